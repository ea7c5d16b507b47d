"""Charts of published facts only: the award rounds (totals, star breakdowns, conflicts drawn as such)
and the map of provinces named in 2011 with the named award holders marked.

Nothing synthetic goes into these figures. Their footers list the fact ids and source titles, so an
exported image keeps its citations; conflicting sources are both drawn, each cited.
"""

from __future__ import annotations

import math
import textwrap
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from ovop_analytics import numbers
from ovop_analytics.charts import EDGE_PX, STAR_COLOURS, Provenance, plotly_text
from ovop_analytics.charts import maps
from ovop_analytics.charts.classify import Classes
from ovop_analytics.facts import host, id_ranges
from ovop_analytics.i18n import commodity_label, t
from ovop_analytics.regions import region_name

TOTAL_COLOUR = "#d9d9d9"
CONFLICT_COLOUR = "#D55E00"  # Okabe-Ito vermilion
NAMED_COLOUR = "#0072B2"
NOT_NAMED_COLOUR = "#e6dfcf"
HOLDER_COLOUR = "#D55E00"
FOOTER_LINE_PX = 15
FOOTER_WIDTH_CHARS = 100


def _short_lines(text: str, width: int = 14) -> list[str]:
    """A tick label in pieces of about `width` characters, so six columns fit side by side on a laptop:
    words wrap at spaces, a long host name before its last dot ('gapuraindonesia', '.com')."""
    if len(text) <= width:
        return [text]
    if " " in text:
        return textwrap.wrap(text, width)
    head, dot, tail = text.rpartition(".")
    return [*_short_lines(head, width), dot + tail] if head else [text]


def _column_label(column: pd.DataFrame, lang: str, several_metrics: bool) -> str:
    first = column.iloc[0]
    lines = [str(first["round_year"])]
    if several_metrics:
        lines += _short_lines(t(f"pub_metric_{first['metric']}", lang))
    lines += _short_lines(host(first["source_url"]))
    return "<br>".join(plotly_text(line) for line in lines)


def citation_lines(facts: pd.DataFrame, lang: str, other: pd.DataFrame | None = None) -> list[str]:
    """One line per source: the fact ids it backs and its title, host and date; then the sources of
    other versions named in notes (e.g. ANTARA for F21)."""
    lines = []
    for title, rows in facts.groupby("source_title", sort=False):
        ids = id_ranges(sorted(rows["fact_id"]))
        detail = ", ".join(part for part in (host(rows["source_url"].iloc[0]), rows["published"].iloc[0]) if part)
        lines.append(t("pub_footer_cite", lang, ids=ids, title=title, detail=detail))
    if other is not None:
        for (title, url), rows in other.groupby(["source_title", "source_url"], sort=False):
            lines.append(t("pub_footer_other", lang, ids=id_ranges(sorted(set(rows["fact_id"]))), title=title,
                           host=host(url)))
    return lines


def _footer(fig: go.Figure, lines: list[str], lang: str, shift: int) -> int:
    """The citation lines under the plot (in the figure, so a PNG export keeps them), wrapped so that a
    laptop-width chart does not cut them (plotly does not wrap); returns their height in px."""
    wrapped = [part for line in [*lines, t("pub_footer_only", lang)]
               for part in textwrap.wrap(line, FOOTER_WIDTH_CHARS, subsequent_indent="    ")]
    fig.add_annotation(text="<br>".join(plotly_text(line) for line in wrapped), xref="paper", yref="paper",
                       x=0, y=0, yshift=-shift, align="left", xanchor="left", yanchor="top", showarrow=False,
                       font={"size": 11, "color": "#444"})
    return len(wrapped) * FOOTER_LINE_PX


def award_rounds(bars: pd.DataFrame, facts: pd.DataFrame, lang: str) -> go.Figure:
    """Per award round and source: the published total as a grey bar and the published star breakdown
    stacked inside it. Conflicting values are hatched with a red outline and every version is drawn.

    `bars` comes from `facts.award_round_bars`; `facts` are the facts it was built from (for the footer).
    """
    several = bars.groupby("round_year")["metric"].nunique()
    columns = list(dict.fromkeys(bars["column"]))
    labels = {c: _column_label(bars[bars["column"] == c], lang, several[bars.loc[bars["column"] == c,
                                                                                    "round_year"].iloc[0]] > 1)
              for c in columns}
    fig = go.Figure()
    totals = bars[bars["kind"] == "total"]
    groups = bars[bars["kind"] == "group"]
    for conflict in (False, True):
        part = totals[totals["is_conflict"] == conflict]
        if part.empty:
            continue
        text = []
        for row in part.itertuples():
            label = f"{numbers.general(row.value, lang)} · {row.fact_id}"
            for g in groups[groups["column"] == row.column].itertuples():
                label += "<br>" + plotly_text(t("pub_group_part", lang, value=numbers.general(g.value, lang), fact=g.fact_id,
                                                group=commodity_label(g.commodity_group, lang).lower()))
            text.append(label)
        fig.add_bar(x=[labels[c] for c in part["column"]], y=part["value"], width=0.78,
                    name=t("pub_total_conflict" if conflict else "pub_total", lang),
                    marker={"color": TOTAL_COLOUR,
                            "line": {"color": CONFLICT_COLOUR if conflict else "#9e9e9e",
                                     "width": 2 if conflict else 1},
                            "pattern": {"shape": "/" if conflict else "", "fgcolor": CONFLICT_COLOUR, "size": 8}},
                    text=text, textposition="outside", cliponaxis=False, textfont={"size": 12, "color": "#222"},
                    customdata=part[["fact_id", "source_title"]],
                    hovertemplate="%{y} IKM<br>%{customdata[0]}: %{customdata[1]}<extra></extra>")
    stars = bars[bars["kind"] == "star"].sort_values(["column", "star"])
    stars = stars.assign(base=stars.groupby("column")["value"].cumsum() - stars["value"])
    for star in range(1, 6):
        part = stars[stars["star"] == star]
        if part.empty:
            continue
        fig.add_bar(x=[labels[c] for c in part["column"]], y=part["value"], base=part["base"], width=0.5,
                    name=t("common_star_label", lang, n=star),
                    marker={"color": STAR_COLOURS[star],
                            "line": {"color": [CONFLICT_COLOUR if c else "#ffffff" for c in part["is_conflict"]],
                                     "width": [3 if c else 0.5 for c in part["is_conflict"]]},
                            "pattern": {"shape": ["/" if c else "" for c in part["is_conflict"]],
                                        "fgcolor": CONFLICT_COLOUR, "size": 8}},
                    customdata=part[["fact_id", "source_title"]],
                    hovertemplate="%{y} IKM, " + t("common_star_label", lang, n=star)
                    + "<br>%{customdata[0]}: %{customdata[1]}<extra></extra>")
    if bars["is_conflict"].any():  # a legend entry naming the red hatching of star segments
        fig.add_bar(x=[None], y=[None], name=t("pub_star_conflict", lang), showlegend=True,
                    marker={"color": "#ffffff", "line": {"color": CONFLICT_COLOUR, "width": 3},
                            "pattern": {"shape": "/", "fgcolor": CONFLICT_COLOUR, "size": 8}})
    other = bars[~bars["fact_id"].isin(facts["fact_id"]) | ~bars["source_url"].isin(facts["source_url"])]
    used = facts[facts["fact_id"].isin(bars["fact_id"])]
    tick_lines = max(label.count("<br>") + 1 for label in labels.values())
    ticks_px = 16 * tick_lines + 14
    footer_px = _footer(fig, citation_lines(used, lang, other), lang, ticks_px)
    fig.update_layout(
        barmode="overlay", bargap=0.2, template="plotly_white",
        title={"text": t("pub_rounds_title", lang), "x": 0, "xanchor": "left", "yref": "container", "y": 1,
               "yanchor": "top", "pad": {"t": 14, "l": EDGE_PX}},
        xaxis={"type": "category", "categoryorder": "array", "categoryarray": [labels[c] for c in columns],
               "tickangle": 0, "title": None, "tickfont": {"size": 11}},
        uniformtext={"minsize": 11, "mode": "show"},
        yaxis={"title": t("pub_axis_ikm", lang), "rangemode": "tozero"},
        # Legend above the plot: beside it, it takes a third of a laptop-width chart.
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.04, "x": 0, "xanchor": "left"},
        height=540 + ticks_px + footer_px, margin={"l": 10, "r": 10, "t": 160, "b": ticks_px + footer_px + 10,
                                                             "pad": EDGE_PX - 2})
    return fig


def representative_points(layer: dict[str, Any], codes: set[str]) -> dict[str, tuple[float, float]]:
    """A point inside each region of `codes` (lon, lat): where a region's dot is drawn on the map."""
    from shapely.geometry import shape  # shapely comes with geopandas; loaded only for this map

    points = {}
    for feature in layer["features"]:
        if feature["id"] in codes:
            point = shape(feature["geometry"]).representative_point()
            points[feature["id"]] = (round(point.x, 4), round(point.y, 4))
    return points


def _holder_points(awardees: pd.DataFrame, positions: dict[str, tuple[float, float]], by: str) -> list[dict]:
    """One point per region (`by`: region_code or province_code) with its holders' names and records."""
    points = []
    for code, rows in awardees.groupby(by, sort=True):
        if code not in positions:
            continue
        x, y = positions[code]
        names = list(dict.fromkeys(rows["entity_name"]))
        points.append({"code": code, "x": x, "y": y,
                       "region": rows["region_name"].iloc[0] if by == "region_code" else region_name(code),
                       "holders": "; ".join(names), "records": ", ".join(rows["record_id"])})
    return points


def _not_decoration(layer: dict[str, Any]) -> bool:
    """maps.py appends text layers (source line, watermark) on a one-row dataset: replaced here."""
    return not (layer.get("data") == {"values": [{}]} and layer.get("mark", {}).get("type") == "text")


def _fitted_projection(features: list[dict[str, Any]], margin: float = 1.04) -> dict[str, Any]:
    """A Mercator projection that fits `features` into the view as it is drawn: scale and translate are
    Vega expressions of the view's width and height. Vega's own `fit` is computed before the legends and
    the citation lines take their room, so it drew the map larger than its view and cut off the east."""
    west, south, east, north = maps._bbox(features)

    def mercator_y(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    width_rad = math.radians(max(east - west, 0.05)) * margin
    height_rad = max(mercator_y(north) - mercator_y(south), 0.001) * margin
    centre_lat = math.degrees(2 * math.atan(math.exp((mercator_y(north) + mercator_y(south)) / 2)) - math.pi / 2)
    return {"type": "mercator", "center": [round((west + east) / 2, 4), round(centre_lat, 4)],
            "scale": {"expr": f"min(width / {width_rad:.5f}, height / {height_rad:.5f})"},
            "translate": {"expr": "[width / 2, height / 2]"}}


def _legends_on_top(node: Any) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "legend" and isinstance(value, dict):
                value.update(orient="top", direction="horizontal")
            else:
                _legends_on_top(value)
    elif isinstance(node, list):
        for item in node:
            _legends_on_top(item)


def _footer_layer(lines: list[str]) -> dict[str, Any]:
    return {"data": {"values": [{}]},
            "mark": {"type": "text", "text": lines, "align": "left", "baseline": "top", "x": 0,
                     "y": {"expr": "height + 10"}, "fontSize": 11, "color": "#444444", "lineHeight": FOOTER_LINE_PX,
                     "limit": {"expr": "width"}}}


def named_provinces_map(layer: dict[str, Any] | None, grid: pd.DataFrame, provinces: pd.DataFrame,
                        named: pd.DataFrame, awardees: pd.DataFrame,
                        points: dict[str, tuple[float, float]] | None, points_level: str,
                        awardee_facts: pd.DataFrame, lang: str) -> dict[str, Any]:
    """The provinces named as successful in 2011 (categorical: named / not named) with the named award
    holders as dots; a choropleth of `layer` or, without boundaries, the tile grid.

    `provinces`: code, name of all provinces; `named`: the F03-F09 facts; `points`: lon/lat per
    kabupaten/kota (`points_level` 'kabupaten_kota') or province ('province'); ignored for the tile grid.
    `awardee_facts`: record_id, source_title, source_url, published of the holders (for the footer).
    """
    named_facts = named.set_index("region_code")["fact_id"]
    frame = pd.DataFrame({"code": provinces["code"], "name": provinces["name"],
                          "value": provinces["code"].isin(named_facts.index).astype(float)})
    classes = Classes(index=pd.Series((frame["value"] == 0).astype(int).to_numpy(), index=frame.index),
                      bounds=[], labels=[t("pub_named", lang), t("pub_not_named", lang)],
                      colours=[NAMED_COLOUR, NOT_NAMED_COLOUR])
    provenance = Provenance(dataset=t("pub_map_dataset", lang), source="", is_synthetic=False)
    title = t("pub_map_title", lang)
    value_text = {code: t("pub_tooltip_named_value", lang, fact=named_facts[code]) if code in named_facts.index
                  else t("pub_tooltip_not_named", lang) for code in frame["code"]}
    if layer is not None:
        spec = maps.choropleth(layer, frame, classes, title=title, metric_label=t("pub_legend_provinces", lang),
                               provenance=provenance, lang=lang,
                               note=t("pub_map_subtitle" if points_level == "kabupaten_kota"
                                      else "pub_map_subtitle_province", lang))
        regions = spec["layer"][0]
        for row in maps.region_rows(regions):
            row["value"] = value_text.get(row["code"], t("pub_tooltip_not_named", lang))
            row["source"] = named_facts.get(row["code"], "")
        spec["projection"] = _fitted_projection(layer["features"])
        by = "region_code" if points_level == "kabupaten_kota" else "province_code"
        dots = _holder_points(awardees, points or {}, by)
        position = {"longitude": {"field": "x", "type": "quantitative"},
                    "latitude": {"field": "y", "type": "quantitative"}}
    else:
        spec = maps.tile_map(grid, frame, classes, title=title, metric_label=t("pub_legend_provinces", lang),
                             provenance=provenance, lang=lang)
        spec["title"] = {**spec["title"], "subtitle": t("pub_map_subtitle_province", lang), "subtitleFontSize": 12}
        squares = spec["layer"][0]
        for row in squares["data"]["values"]:
            row["dark"] = row["code"] in named_facts.index  # white labels on the dark "named" tiles only
            row["value"] = value_text.get(row["code"], t("pub_tooltip_not_named", lang))
            row["source"] = named_facts.get(row["code"], "")
        tiles = grid.set_index("code")
        tile_positions = {c: (float(tiles.at[c, "col"]) + 0.3, float(tiles.at[c, "row"]) - 0.3) for c in tiles.index}
        dots = _holder_points(awardees, tile_positions, "province_code")
        scale_x = squares["layer"][0]["encoding"]["x"]["scale"]
        scale_y = squares["layer"][0]["encoding"]["y"]["scale"]
        position = {"x": {"field": "x", "type": "quantitative", "axis": None, "scale": scale_x},
                    "y": {"field": "y", "type": "quantitative", "axis": None, "scale": scale_y}}
    marker = t("pub_holder_marker", lang)
    for dot in dots:
        dot["marker"] = marker
    holders_layer = {
        "data": {"values": dots},
        # One size for every dot: the holders are a sample, so a bigger dot would suggest a total.
        "mark": {"type": "circle", "size": 150, "stroke": "#ffffff", "strokeWidth": 1.5, "opacity": 1},
        "encoding": {**position,
                     "color": {"field": "marker", "type": "nominal",
                               "scale": {"domain": [marker], "range": [HOLDER_COLOUR]},
                               "legend": {"title": t("pub_legend_holders", lang), "orient": "right",
                                          "symbolSize": 150, "labelLimit": maps.LEGEND_LABEL_LIMIT,
                                          "titleLimit": maps.LEGEND_LABEL_LIMIT, "labelFontSize": 12,
                                          "titleFontSize": 12}},
                     "tooltip": [{"field": "region", "title": t("common_col_region", lang)},
                                 {"field": "holders", "title": t("pub_tooltip_holders", lang)},
                                 {"field": "records", "title": t("pub_tooltip_facts", lang)}]},
    }
    lines = citation_lines(named, lang)
    lines += citation_lines(awardee_facts.rename(columns={"record_id": "fact_id"}), lang)
    lines.append(t("pub_footer_only", lang))
    spec["layer"] = [*filter(_not_decoration, spec["layer"]), holders_layer, _footer_layer(lines)]
    spec["resolve"] = {"scale": {"color": "independent"}}
    # Legends above the map: beside it they take a third of a laptop-width chart.
    _legends_on_top(spec)
    # Streamlit fits the whole chart into `height`: the citation lines below the map add to it.
    spec["height"] = spec["height"] + len(lines) * FOOTER_LINE_PX
    return spec
