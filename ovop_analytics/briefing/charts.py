"""The briefing's static charts as Vega-Lite specs, rendered to SVG by vl-convert (no browser, no network).

Print is its own medium: no tooltips, no interaction, fixed sizes in points, the bundled font. The
numbers come from `briefing.figures` (the library's metric functions), so they agree with the pages.
Names from the gazetteer or uploads are Vega text values, never markup.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from ovop_analytics.briefing.fonts import FONT_DIR, FONT_FAMILY
from ovop_analytics.charts import GROUP_COLOURS, STAR_COLOURS
from ovop_analytics.i18n import commodity_label, t

HIGHLIGHT = "#0c2c84"
OTHER = "#d9d9d9"
# The Map page's no-data grey (charts.classify.NO_DATA_COLOUR, checked equal by a test); not imported from
# there because mapclassify loads scipy, which would double a briefing's start-up from the command line.
NO_DATA_COLOUR = "#d9d9d9"
# IKM OVOP per region on the maps: fixed classes (counts are small and must read the same on every map).
MAP_CLASSES = ((0, 0), (1, 1), (2, 3), (4, 7), (8, None))
MAP_COLOURS = ("#f2f2f2", "#c7e9b4", "#7fcdbb", "#2c7fb8", "#253494")
_fonts_registered = False


def _config() -> dict[str, Any]:
    return {"font": FONT_FAMILY, "view": {"stroke": None}, "axis": {"labelFontSize": 9, "titleFontSize": 9},
            "legend": {"labelFontSize": 9, "titleFontSize": 9}, "background": "white"}


def to_svg(spec: dict[str, Any]) -> str:
    """Render a Vega-Lite spec to SVG text with the bundled font registered (once per process)."""
    global _fonts_registered
    import vl_convert  # deferred: its JavaScript engine starts on first use

    if not _fonts_registered:
        vl_convert.register_font_directory(str(FONT_DIR))
        _fonts_registered = True
    return vl_convert.vegalite_to_svg(spec)


def rounds_spec(rounds: pd.DataFrame, lang: str, width: int = 250, height: int = 130) -> dict[str, Any]:
    """Stacked bars: IKM OVOP per award round, one colour per star (the pages' star colours)."""
    values = [{"round": str(int(r)), "star": t("common_star_label", lang, n=int(s)), "n": int(s), "ikm": int(k)}
              for r, s, k in zip(rounds["round"], rounds["star"], rounds["ikm"])]
    stars = [t("common_star_label", lang, n=n) for n in range(1, 6)]
    tallest = int(rounds.groupby("round")["ikm"].sum().max()) if not rounds.empty else 1
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": width, "height": height,
            "data": {"values": values}, "config": _config(), "mark": {"type": "bar"},
            "encoding": {
                "x": {"field": "round", "type": "ordinal", "title": t("common_axis_round", lang), "axis": {"labelAngle": 0}},
                "y": {"field": "ikm", "type": "quantitative", "title": t("common_axis_ikm", lang),
                      "axis": {"tickCount": min(tallest, 5), "format": "d"}},
                "color": {"field": "star", "type": "nominal", "title": None,
                          "scale": {"domain": stars, "range": [STAR_COLOURS[n] for n in range(1, 6)]},
                          "legend": {"orient": "top", "direction": "horizontal"}},
                "order": {"field": "n"}}}


def mix_spec(mix: pd.DataFrame, lang: str, width: int = 190, height: int = 95) -> dict[str, Any]:
    """Horizontal bars: OVOP records per commodity group (all five, zero included), labelled."""
    values = [{"group": commodity_label(g, lang), "code": g, "records": int(n)}
              for g, n in zip(mix["commodity_group"], mix["records"])]
    order = [commodity_label(g, lang) for g in GROUP_COLOURS]
    bars = {"mark": {"type": "bar"},
            "encoding": {"color": {"field": "code", "type": "nominal", "legend": None,
                                   "scale": {"domain": list(GROUP_COLOURS), "range": list(GROUP_COLOURS.values())}}}}
    labels = {"mark": {"type": "text", "align": "left", "dx": 3, "fontSize": 9},
              "encoding": {"text": {"field": "records", "type": "quantitative"}}}
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": width, "height": height,
            "data": {"values": values}, "config": _config(),
            "encoding": {"y": {"field": "group", "type": "nominal", "title": None, "sort": order},
                         "x": {"field": "records", "type": "quantitative", "title": t("common_axis_records", lang),
                               "axis": {"tickCount": max(1, min(int(mix["records"].max()), 5)), "format": "d"}}},
            "layer": [bars, labels]}


def class_label(index: int, lang: str) -> str:
    if index < 0:
        return t("common_no_data", lang)
    low, high = MAP_CLASSES[index]
    if high == 0:
        return t("brief_map_none", lang)
    if high is None:
        return f"≥ {low}"
    return str(low) if low == high else f"{low}–{high}"


def map_class(value: float | None) -> int:
    """The class of an IKM OVOP count; -1 for no data (a region outside the dataset's coverage)."""
    if value is None:
        return -1
    for index, (low, high) in enumerate(MAP_CLASSES):
        if value >= low and (high is None or value <= high):
            return index
    return 0


def _legend(lang: str, title: str, no_data: bool = False) -> dict[str, Any]:
    labels = [class_label(i, lang) for i in range(len(MAP_CLASSES))] + ([t("common_no_data", lang)] if no_data else [])
    colours = list(MAP_COLOURS) + ([NO_DATA_COLOUR] if no_data else [])
    return {"field": "class", "type": "nominal", "title": title,
            "scale": {"domain": labels, "range": colours},
            "legend": {"orient": "bottom", "direction": "horizontal", "symbolType": "square",
                       "symbolStrokeColor": "#888888", "symbolStrokeWidth": 0.5}}


def choropleth_spec(features: list[dict[str, Any]], values: dict[str, float], lang: str, title: str,
                    highlight: str | None = None, width: int = 250, height: int = 230) -> dict[str, Any]:
    """Regions coloured by their IKM OVOP class; with `highlight`, that region dark and the others grey."""
    shapes = []
    for feature in features:
        code = feature["id"]
        value = values.get(code)
        props = {"code": code, "class": class_label(map_class(value), lang),
                 "fill": (HIGHLIGHT if code == highlight else OTHER) if highlight else None}
        shapes.append({"type": "Feature", "id": code, "geometry": feature["geometry"], "properties": props})
    if highlight:
        colour: dict[str, Any] = {"field": "properties.fill", "type": "nominal", "scale": None}
    else:
        colour = {**_legend(lang, title, any(values.get(f["id"]) is None for f in features)),
                  "field": "properties.class"}
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": width, "height": height,
            "config": _config(), "projection": {"type": "mercator"},
            "data": {"values": {"type": "FeatureCollection", "features": shapes}, "format": {"property": "features"}},
            "mark": {"type": "geoshape", "stroke": "#ffffff" if not highlight else "#777777", "strokeWidth": 0.4},
            "encoding": {"color": colour}}


def tile_spec(grid: pd.DataFrame, values: dict[str, float], lang: str, title: str, highlight: str | None = None,
              width: int = 250, height: int = 150) -> dict[str, Any]:
    """The 38-province tile grid (no boundary file needed), coloured by class or with one province
    highlighted."""
    rows = []
    for code, short, row, col in zip(grid["code"], grid["short"], grid["row"], grid["col"]):
        value = values.get(code)
        if highlight:
            fill, dark = (HIGHLIGHT, True) if code == highlight else (OTHER, False)
        else:
            index = map_class(value)
            fill, dark = (MAP_COLOURS[index], index >= 3) if index >= 0 else (NO_DATA_COLOUR, False)
        rows.append({"code": code, "short": short if not highlight or code == highlight else "", "row": int(row),
                     "col": int(col), "fill": fill, "dark": dark, "class": class_label(map_class(value), lang)})
    columns, lines = int(grid["col"].max()), int(grid["row"].max())
    x = {"type": "quantitative", "axis": None, "scale": {"domain": [-0.5, columns + 0.5], "nice": False}}
    y = {"type": "quantitative", "axis": None, "scale": {"domain": [lines + 0.5, -0.5], "nice": False}}
    colour = ({"field": "fill", "type": "nominal", "scale": None} if highlight
              else _legend(lang, title, any(values.get(c) is None for c in grid["code"])))
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": width, "height": height,
            "config": _config(), "data": {"values": rows},
            "transform": [{"calculate": "datum.col - 0.46", "as": "x0"}, {"calculate": "datum.col + 0.46", "as": "x1"},
                          {"calculate": "datum.row - 0.46", "as": "y0"}, {"calculate": "datum.row + 0.46", "as": "y1"}],
            "layer": [
                {"mark": {"type": "rect", "cornerRadius": 2, "stroke": "#999999", "strokeWidth": 0.3},
                 "encoding": {"x": {**x, "field": "x0"}, "x2": {"field": "x1"}, "y": {**y, "field": "y0"},
                              "y2": {"field": "y1"}, "color": colour}},
                {"mark": {"type": "text", "fontSize": 5 if highlight else 4.6},
                 "encoding": {"x": {**x, "field": "col"}, "y": {**y, "field": "row"}, "text": {"field": "short"},
                              "color": {"condition": {"test": "datum.dark", "value": "#ffffff"},
                                        "value": "#222222"}}}]}

