"""Figure builders of the analytics pages (growth, diversity, coverage, compare, scorecard extras).

Pure plotly: every builder takes small frames from `ovop_analytics.metrics`, returns a figure that went
through `charts.finish` (title, axis titles with units, source line, demo watermark). Colours are
colour-blind safe: Okabe-Ito for categories, ColorBrewer sequential (Blues, YlOrBr) for magnitudes, never
a red-green diverging scale. A region without data is named "tidak ada data / no data", never drawn as 0.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterator, Sequence

import pandas as pd
import plotly.graph_objects as go

from ovop_analytics import numbers
from ovop_analytics.charts import GROUP_COLOURS, OKABE_ITO, Provenance, commodity_mix, finish
from ovop_analytics.i18n import commodity_label, t
from ovop_analytics.metrics import GROUP_CODES, METRICS
from ovop_analytics.metrics.standing import Standing

# Okabe-Ito without yellow (#F0E442 is unreadable as a thin line on white) and black kept for last.
SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#000000"]
BAR_COLOUR = OKABE_ITO[4]  # "#0072B2", the single-series colour of every ranking
SEQUENTIAL = "Blues"  # ColorBrewer sequential, for the overlap heatmap
NO_DATA_GREY = "#d0d0d0"

_SHORT_NAMES = (("Daerah Khusus Ibukota ", "DKI "), ("Daerah Istimewa ", "DI "), ("Kepulauan ", "Kep. "),
                ("Nusa Tenggara Barat", "NTB"), ("Nusa Tenggara Timur", "NTT"))
_UNIT_KEYS = {"count": "common_unit_count", "fraction": "common_unit_fraction", "index": "common_unit_index",
              "ratio": "common_unit_ratio", "per year": "common_unit_per_year", "percent": "chart_unit_percent"}


def short_name(name: str) -> str:
    """A province name short enough for an axis label (DKI Jakarta, DI Yogyakarta, Kep. Riau, NTB)."""
    for long, short in _SHORT_NAMES:
        name = name.replace(long, short)
    return name


def metric_label(name: str, lang: str) -> str:
    info = METRICS[name]
    return info.label_id if lang == "id" else info.label_en


def metric_header(name: str, lang: str, start: int | None, end: int | None) -> str:
    """The metric with its period basis, for table headers and chart titles: 'Jenis OVOP (2013–2024)'
    counts records dated in the period, 'Jenis OVOP s.d. 2024' everything up to its end."""
    info = METRICS[name]
    if start is None or end is None:
        return metric_label(name, lang)
    if info.basis == "to_date":
        base = name.removesuffix("_to_date")
        return t("basis_header_to_date", lang, label=metric_label(base, lang), end=end)
    return t("basis_header_period", lang, label=metric_label(name, lang), start=start, end=end)


def unit_label(name: str, lang: str) -> str:
    return t(_UNIT_KEYS[display_unit(name)], lang)


def metric_axis_title(name: str, lang: str) -> str:
    """The metric's label with its unit, e.g. 'Kemerataan (0–1)'."""
    return f"{metric_label(name, lang)} ({unit_label(name, lang)})"


def is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


def format_value(value: object, unit: str, lang: str) -> str:
    """A value as text by unit: counts whole, 'percent' and 'per year' as %, fractions and indices with 3
    decimals, ratios with 2; no data is named ('tidak ada data'), a CAGR from zero is 'baru'."""
    if is_missing(value):
        return t("common_no_data", lang)
    if isinstance(value, str):  # a CAGR from zero
        return t("chart_cagr_new", lang)
    number = float(value)
    if unit == "count":
        return numbers.integer(number, lang)
    if unit in ("percent", "per year"):
        return numbers.percent(number, lang)
    return numbers.fixed(number, lang, 3 if unit in ("fraction", "index") else 2)


def display_unit(name: str) -> str:
    """The unit a metric is read in: coverage is a share of a whole (shown as %), other 0-1 indices stay
    fractions."""
    return "percent" if name.startswith("coverage_types") else METRICS[name].unit


def format_metric(name: str, value: object, lang: str) -> str:
    return format_value(value, display_unit(name), lang)


def percent_text(part: float, whole: float, lang: str) -> str:
    """part / whole as '70,4%' (id) or '70.4%' (en); '–' when the whole is 0 (nothing to cover)."""
    return "–" if not whole else numbers.percent(part / whole, lang)


def share_text(part: int, whole: int, lang: str) -> str:
    """'76/108 · 70,4%': the count and the share, the way coverage is read out loud."""
    if not whole:
        return "–"
    return f"{numbers.integer(part, lang)}/{numbers.integer(whole, lang)} · {percent_text(part, whole, lang)}"


def series_colours(keys: Sequence[str]) -> dict[str, str]:
    """A colour per series key: commodity groups keep their own colours, anything else Okabe-Ito in order."""
    colours: dict[str, str] = {}
    for i, key in enumerate(keys):
        colours[key] = GROUP_COLOURS.get(key, SERIES_COLOURS[i % len(SERIES_COLOURS)])
    return colours


def wrap_label(text: str, width: int = 12) -> str:
    """A category label on several lines ('Makanan &<br>Minuman'), so narrow charts need no rotated ticks."""
    # whole words only: 'Earthenware' stays one word on a line of its own, never 'Earthenwar' + 'e'
    return "<br>".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)) or text


def unrotate_categories(fig: go.Figure, width: int = 10) -> go.Figure:
    """Category labels of the first trace on several lines instead of rotated (narrow charts built by
    `charts`), with the source line moved down to make room for the taller tick labels."""
    fig.data[0].x = [wrap_label(str(label), width) for label in fig.data[0].x]
    fig.update_xaxes(tickangle=0)
    fig.update_annotations(selector={"yshift": -62}, yshift=-80)
    fig.update_layout(margin={"b": 140})
    return fig


def commodity_mix_narrow(mix: pd.DataFrame, name: str, provenance: Provenance, lang: str) -> go.Figure:
    """`charts.commodity_mix` for a half-width column: category labels on several lines."""
    return unrotate_categories(commodity_mix(mix, name, provenance, lang))


def _finish(fig: go.Figure, *, title: str, subtitle: str | None = None, x_title: str | None,
            y_title: str | None, provenance: Provenance, lang: str, height: int = 420,
            legend: str = "right") -> go.Figure:
    """`charts.finish` plus what half-width charts need: the subtitle (scope and period) on its own line
    under the title, so that titles stay short enough not to be clipped, and the legend on the right or
    in a row above the plot ('top'), never over the title."""
    fig = finish(fig, title=title, x_title=x_title, y_title=y_title, provenance=provenance, lang=lang,
                 height=height)
    top = 50
    if subtitle:
        fig.update_layout(title={"subtitle": {"text": subtitle, "font": {"size": 12, "color": "#555"}}})
        top = 75
    if legend == "top":
        fig.update_layout(legend={"orientation": "h", "yanchor": "bottom", "y": 1.01, "x": 0, "xanchor": "left",
                                  "traceorder": "normal"})
        top += 30
    margin = fig.layout.margin
    fig.update_layout(margin={"t": max(top, margin.t or 0)})
    return fig


def _series_name(key: str, key_name: str, lang: str) -> str:
    if key in GROUP_COLOURS:
        return commodity_label(key, lang)
    return short_name(key_name) if key != "ID" else "Indonesia"


def _per_key(series: pd.DataFrame, colours: dict[str, str] | None,
             lang: str) -> Iterator[tuple[pd.DataFrame, str, str]]:
    """(rows, legend name, colour) of each key of a growth series, in the series' order."""
    keys = list(dict.fromkeys(series["key"]))
    colours = colours or series_colours(keys)
    for key in keys:
        part = series[series["key"] == key]
        yield part, _series_name(key, str(part["key_name"].iloc[0]), lang), colours.get(key, BAR_COLOUR)


def growth_lines(series: pd.DataFrame, value: str, *, title: str, subtitle: str | None = None, x_title: str,
                 y_title: str, provenance: Provenance, lang: str, colours: dict[str, str] | None = None,
                 height: int = 440) -> go.Figure:
    """One line per key over the periods (`value` is 'cumulative' or 'count').

    `series` is `metrics.growth_series` output: key, key_name, period, count, cumulative. The x axis keeps
    real years, so award rounds 2-4 years apart are spaced as they were.
    """
    fig = go.Figure()
    for part, name, colour in _per_key(series, colours, lang):
        fig.add_scatter(x=part["period"], y=part[value], mode="lines+markers", name=name,
                        line={"color": colour, "width": 2.5}, marker={"size": 7},
                        hovertemplate=f"{name}<br>%{{x}}: %{{y:,}}<extra></extra>")
    periods = sorted(series["period"].unique())
    fig.update_xaxes(tickmode="array", tickvals=periods, ticktext=[str(p) for p in periods])
    fig.update_yaxes(rangemode="tozero")
    return _finish(fig, title=title, subtitle=subtitle, x_title=x_title, y_title=y_title, provenance=provenance,
                   lang=lang, height=height)


def growth_bars(series: pd.DataFrame, *, title: str, subtitle: str | None = None, x_title: str, y_title: str,
                provenance: Provenance, lang: str, colours: dict[str, str] | None = None) -> go.Figure:
    """Grouped bars of the count in each period (awards per round, or new types per year) per key."""
    fig = go.Figure()
    for part, name, colour in _per_key(series, colours, lang):
        fig.add_bar(x=part["period"].astype(str), y=part["count"], name=name, marker_color=colour,
                    hovertemplate=f"{name}<br>%{{x}}: %{{y:,}}<extra></extra>")
    fig.update_layout(barmode="group", bargap=0.25)
    fig.update_xaxes(type="category", categoryorder="category ascending")
    return _finish(fig, title=title, subtitle=subtitle, x_title=x_title, y_title=y_title, provenance=provenance,
                   lang=lang, height=440)


def top_movers_bar(movers: pd.DataFrame, *, title: str, subtitle: str | None = None, x_title: str,
                   provenance: Provenance, lang: str) -> go.Figure:
    """Horizontal bars of the growth of the stock (end - start), largest on top, labelled with start → end
    and the CAGR ('baru / new' when the start was 0)."""
    rows = movers.iloc[::-1]
    labels = [f"{int(s)} → {int(e)} · CAGR {format_value(c, 'per year', lang)}"
              for s, e, c in zip(rows["start"], rows["end"], rows["cagr"])]
    fig = go.Figure(go.Bar(x=rows["change"], y=[short_name(n) for n in rows["region_name"]], orientation="h",
                           marker_color=BAR_COLOUR, text=labels, textposition="auto",
                           insidetextanchor="end", hovertemplate="%{y}: +%{x:,}<br>%{text}<extra></extra>"))
    fig.update_layout(uniformtext={"minsize": 10, "mode": "show"})
    return _finish(fig, title=title, subtitle=subtitle, x_title=x_title, y_title=None, provenance=provenance,
                   lang=lang, height=max(360, 34 * len(rows) + 170))


def composition_bars(composition: pd.DataFrame, *, share: bool, title: str, subtitle: str | None = None,
                     provenance: Provenance, lang: str, legend: str = "top",
                     height: int | None = None) -> go.Figure:
    """Stacked horizontal bars of each region's records by commodity group (as counts or as % of the
    region's records), first region on top. Regions without records keep their row, labelled
    'tidak ada data'. The legend goes in a row on top for a full-width chart, 'right' for a narrow one."""
    rows = composition.iloc[::-1]
    names = [short_name(n) for n in rows["region_name"]]
    totals = rows["total"].where(rows["total"] > 0)
    fig = go.Figure()
    for group in GROUP_CODES:
        values = rows[group] / totals * 100 if share else rows[group]
        label = commodity_label(group, lang)
        fig.add_bar(x=values, y=names, orientation="h", name=label, marker_color=GROUP_COLOURS[group],
                    customdata=rows[group],
                    hovertemplate=f"%{{y}} · {label}: %{{customdata:,}}"
                                  + (" (%{x:.1f}%)" if share else "") + "<extra></extra>")
    for name in (short_name(n) for n in rows.loc[rows["total"] == 0, "region_name"]):
        fig.add_annotation(x=0, y=name, text=t("common_no_data", lang), showarrow=False, xanchor="left",
                           font={"size": 11, "color": "#555"})
    fig.update_layout(barmode="stack", bargap=0.2)
    fig.update_yaxes(tickfont={"size": 11})
    if share:
        fig.update_xaxes(range=[0, 100], ticksuffix="%")
    x_title = t("chart_axis_share_records", lang) if share else t("common_axis_records", lang)
    return _finish(fig, title=title, subtitle=subtitle, x_title=x_title, y_title=None, provenance=provenance,
                   lang=lang, height=height or max(330, 26 * len(rows) + 230), legend=legend)


def composition_treemap(composition: pd.DataFrame, *, title: str, subtitle: str | None = None,
                        provenance: Provenance, lang: str) -> go.Figure:
    """Treemap of records: a tile per region, split into its commodity groups (coloured as everywhere)."""
    ids, labels, parents, values, colours = [], [], [], [], []
    for row in composition[composition["total"] > 0].itertuples(index=False):
        region = str(row.region_code)
        ids.append(region)
        labels.append(short_name(str(row.region_name)))
        parents.append("")
        values.append(int(row.total))
        colours.append("#f2f2f2")
        for group in GROUP_CODES:
            count = int(getattr(row, group))
            if count:
                ids.append(f"{region}/{group}")
                labels.append(commodity_label(group, lang))
                parents.append(region)
                values.append(count)
                colours.append(GROUP_COLOURS[group])
    fig = go.Figure(go.Treemap(ids=ids, labels=labels, parents=parents, values=values, branchvalues="total",
                               marker={"colors": colours, "line": {"width": 1, "color": "#fff"}},
                               textinfo="label+value", pathbar={"visible": False}, tiling={"pad": 2},
                               hovertemplate="%{label}: %{value:,}<extra>%{parent}</extra>"))
    fig.update_layout(uniformtext={"minsize": 10, "mode": "hide"})
    return _finish(fig, title=title, subtitle=subtitle, x_title=None, y_title=None, provenance=provenance,
                   lang=lang, height=600)


def metric_ranking(frame: pd.DataFrame, metric: str, *, title: str, subtitle: str | None = None,
                   provenance: Provenance, lang: str, highlight: str | None = None) -> go.Figure:
    """Horizontal bars of one metric over the regions, best on top (lowest first for a concentration
    index such as HHI); regions without a value get no bar (the page names them)."""
    info = METRICS[metric]
    rows = frame[frame[metric].notna()]
    rows = rows.sort_values(metric, ascending=info.higher_is_better is False, kind="stable").iloc[::-1]
    text = [format_metric(metric, v, lang) for v in rows[metric]]
    colours = ["#E69F00" if code == highlight else BAR_COLOUR for code in rows["region_code"]]
    fig = go.Figure(go.Bar(x=rows[metric], y=[short_name(n) for n in rows["region_name"]], orientation="h",
                           marker_color=colours, text=text, textposition="outside", cliponaxis=False,
                           hovertemplate="%{y}: %{text}<extra></extra>"))
    top = float(rows[metric].max()) if not rows.empty else 1.0
    fig.update_xaxes(range=[0, (top or 1.0) * 1.18])
    fig.update_yaxes(tickfont={"size": 11})
    return _finish(fig, title=title, subtitle=subtitle, x_title=metric_axis_title(metric, lang), y_title=None,
                   provenance=provenance, lang=lang, height=max(360, 24 * len(rows) + 190))


def overlap_heatmap(matrix: pd.DataFrame, names: dict[str, str], *, title: str, subtitle: str | None = None,
                    provenance: Provenance, lang: str) -> go.Figure:
    """Province x province Jaccard overlap of type sets on a sequential scale (ColorBrewer Blues).

    The diagonal (a province with itself, always 1) is left blank so that the scale shows the overlaps
    between provinces. A province without types (its diagonal is NaN) has no data: its row and column
    stay blank ('tidak ada data' on hover) instead of a row of zeros.
    """
    codes = list(matrix.index)
    labels = [short_name(names.get(c, c)) for c in codes]
    values = matrix.to_numpy(dtype=float, copy=True)
    empty = [i for i in range(len(codes)) if math.isnan(values[i, i])]
    values[empty, :] = float("nan")
    values[:, empty] = float("nan")
    for i in range(len(codes)):
        values[i, i] = float("nan")
    off_diagonal = pd.Series(values.ravel()).dropna()
    zmax = float(off_diagonal.max()) if not off_diagonal.empty and off_diagonal.max() > 0 else 1.0
    hover = [[t("common_no_data", lang) if math.isnan(v) else f"{v:.2f}" for v in row] for row in values]
    fig = go.Figure(go.Heatmap(z=values, x=labels, y=labels, colorscale=SEQUENTIAL, zmin=0, zmax=zmax,
                               customdata=hover, xgap=1, ygap=1, hoverongaps=True,
                               colorbar={"title": {"text": t("chart_jaccard_scale", lang), "side": "right"},
                                         "thickness": 14},
                               hovertemplate="%{y} × %{x}: %{customdata}<extra></extra>"))
    fig.update_xaxes(tickangle=-60, tickfont={"size": 11}, showgrid=False)
    fig.update_yaxes(autorange="reversed", tickfont={"size": 11}, showgrid=False)
    fig = _finish(fig, title=title, subtitle=subtitle, x_title=None, y_title=None, provenance=provenance,
                  lang=lang, height=max(420, 22 * len(codes) + 260))
    # Grey behind the cells: a blank (no data) cell is grey, a true 0 is the scale's near-white.
    fig.update_layout(margin={"b": 190}, plot_bgcolor=NO_DATA_GREY)
    fig.update_annotations(selector={"yshift": -62}, yshift=-140)
    return fig


def coverage_bars(frame: pd.DataFrame, part: str, whole: str, *, title: str, subtitle: str | None = None,
                  x_title: str, provenance: Provenance, lang: str, highlight: str | None = None) -> go.Figure:
    """Horizontal bars of part / whole per region in %, labelled '76/108 · 70.4%', highest on top.

    A region whose whole is 0 (nothing to cover) is labelled 'tidak ada data'.
    """
    rows = frame.assign(_share=frame[part] / frame[whole].where(frame[whole] > 0) * 100)
    rows = rows.sort_values(["_share", "region_code"], ascending=[True, False], na_position="first")
    text = [t("common_no_data", lang) if is_missing(p) or is_missing(w) or not w else share_text(int(p), int(w), lang)
            for p, w in zip(rows[part], rows[whole])]
    colours = ["#E69F00" if code == highlight else BAR_COLOUR for code in rows["region_code"]]
    fig = go.Figure(go.Bar(x=[None if is_missing(v) else float(v) for v in rows["_share"]],
                           y=[short_name(n) for n in rows["region_name"]],
                           orientation="h", marker_color=colours, text=text, textposition="outside",
                           cliponaxis=False, hovertemplate="%{y}: %{text}<extra></extra>"))
    fig.update_xaxes(range=[0, 122], ticksuffix="%", tickvals=[0, 20, 40, 60, 80, 100])
    fig.update_yaxes(tickfont={"size": 11})
    return _finish(fig, title=title, subtitle=subtitle, x_title=x_title, y_title=None, provenance=provenance,
                   lang=lang, height=max(360, 24 * len(rows) + 190))


def compare_bars(frame: pd.DataFrame, metrics: Sequence[str], *, title: str, subtitle: str | None = None,
                 y_title: str, provenance: Provenance, lang: str, colours: dict[str, str],
                 labels: bool = True) -> go.Figure:
    """Grouped bars: one group per metric, one bar per region (coloured as on the rest of the page).

    Metrics must share a scale (counts, or values 0-1). A region without a value gets no bar and, with
    `labels`, a 'tidak ada data' label at the baseline (values are otherwise printed above the bars).
    """
    categories = [wrap_label(metric_label(m, lang), 14) for m in metrics]
    fig = go.Figure()
    for row in frame.itertuples(index=False):
        values = [getattr(row, m) for m in metrics]
        text = [format_metric(m, v, lang) for v, m in zip(values, metrics)]
        name = short_name(str(row.region_name))
        fig.add_bar(x=categories, y=[None if is_missing(v) else float(v) for v in values], name=name,
                    marker_color=colours.get(str(row.region_code), BAR_COLOUR),
                    text=text if labels else None, textposition="outside" if labels else "none",
                    cliponaxis=False, customdata=text,
                    hovertemplate=f"{name} · %{{x}}: %{{customdata}}<extra></extra>")
    fig.update_layout(barmode="group", bargap=0.25, bargroupgap=0.05)
    fig.update_xaxes(tickangle=0)
    if all(METRICS[m].unit == "fraction" for m in metrics):
        fig.update_yaxes(range=[0, 1.05])
    return _finish(fig, title=title, subtitle=subtitle, x_title=None, y_title=y_title, provenance=provenance,
                   lang=lang, height=440, legend="top")


def entrants_bars(entrants: pd.DataFrame, *, title: str, subtitle: str | None = None, provenance: Provenance,
                  lang: str) -> go.Figure:
    """Stacked bars per award round: IKM awarded for the first time and IKM awarded again."""
    fig = go.Figure()
    rounds = entrants["round"].astype(str)
    fig.add_bar(x=rounds, y=entrants["new_entrants"], name=t("new_entrants", lang), marker_color="#0072B2",
                hovertemplate="%{x}: %{y}<extra>" + t("new_entrants", lang) + "</extra>")
    fig.add_bar(x=rounds, y=entrants["returning"], name=t("returning", lang), marker_color="#E69F00",
                hovertemplate="%{x}: %{y}<extra>" + t("returning", lang) + "</extra>")
    fig.update_layout(barmode="stack")
    fig.update_xaxes(type="category")
    return _finish(fig, title=title, subtitle=subtitle, x_title=t("common_axis_round", lang), y_title=t("common_axis_ikm", lang),
                   provenance=provenance, lang=lang, height=400, legend="top")


def standing_caption(s: Standing, metric: str, lang: str, start: int | None = None) -> str:
    """'peringkat 3 dari 17 · rata-rata 17 provinsi 12,0%'; a CAGR from 0: 'baru: mulai dari 0 pada 2013',
    not ranked. The average is over the provinces with a value: never 'nasional' for an 8-province dataset.
    The scorecard pages and the carried-away deck print this same sentence."""
    # an average of counts keeps one decimal, as the PDF writes it (11,0), not rounded to a count
    mean_text = (numbers.fixed(s.mean, lang, 1) if METRICS[metric].unit == "count"
                 else format_metric(metric, s.mean, lang))
    average = t("analytics_mean_provinces", lang, n=s.known, value=mean_text)
    apart = t("analytics_cagr_new_apart", lang, n=s.new) if s.new else ""
    if isinstance(s.value, str):
        head = (t("analytics_cagr_new_from", lang, year=start) if start is not None
                else t("chart_cagr_new", lang))
        return " · ".join(part for part in (head, t("analytics_not_ranked", lang), average) if part)
    if s.rank is None:
        return f"{t('common_no_data', lang)} · {average}"
    return " · ".join(part for part in (t("analytics_rank_of", lang, rank=s.rank, n=s.of), average, apart) if part)
