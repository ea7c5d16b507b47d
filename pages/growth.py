"""Pertumbuhan klaster / Cluster growth: cumulative and per-period series by province, commodity group or
the nation, over a chosen period, and the provinces that grew most."""

import streamlit as st

from ovop_analytics import metrics, regions, ui
from ovop_analytics.ui import analytics as ua
from ovop_analytics.charts import analytics as charts

tr = ui.tr
dataset, _years = ui.dataset_page("growth_title", "growth_intro")
provenance, lang = ui.provenance(dataset), ui.lang()

BY = ["province", "commodity_group", "national"]
MEASURES = ["ikm_ovop", "types"]
controls = st.columns([3, 2])
with controls[0]:
    ui.url_bound("by", BY, "province")
    by = st.segmented_control(tr("growth_by"), BY, key="by", required=True, format_func=lambda b: tr(f"by_{b}"))
with controls[1]:
    ui.url_bound("measure", MEASURES, "ikm_ovop")
    measure = st.segmented_control(tr("growth_measure"), MEASURES, key="measure", required=True,
                                   format_func=lambda m: tr(f"measure_{m}"))
ui.to_url("by", "measure")

# The periods of the measure: award rounds for IKM OVOP, designation years for types.
national = ui.data(metrics.growth_series, dataset, "national", measure)
periods = sorted(int(p) for p in national["period"].unique())
if not periods:
    st.info(tr("growth_no_measure_records", measure=tr(f"measure_{measure}")))
    st.stop()
controls = st.columns([3, 2]) if by == "province" else st.columns(1)
with controls[-1]:
    year_from, year_to = ui.period_slider(periods, tr(f"period_{measure}"), tr("period_help"))

codes = None
if by == "province":
    # Default: the five provinces that grew most over all periods (growth needs two periods at least).
    leaders = ui.data(metrics.top_movers, dataset, "province", measure, None, None, 5) if len(periods) > 1 else None
    default = leaders["region_code"].tolist() if leaders is not None and len(leaders) else ["33", "35", "32"]
    with controls[0]:
        codes = ua.province_multiselect([r.code for r in regions.provinces()], default, tr("growth_choose_provinces"),
                                        max_selections=len(charts.SERIES_COLOURS))
    if not codes:
        st.info(tr("growth_choose_one_province"))
        st.stop()
series = ui.data(metrics.growth_series, dataset, by, measure, year_from, year_to, tuple(codes) if codes else None)
if codes:  # keep the order of the selection, so that colours follow it
    series = series.set_index("key").loc[[c for c in codes if c in set(series["key"])]].reset_index()

x_title = tr(f"axis_period_{measure}")
noun = tr(f"measure_{measure}")
period = tr("growth_subtitle_scope_period", scope=tr(f"scope_{by}"), start=year_from, end=year_to)
left, right = st.columns(2)
with left:
    fig = ui.figure(charts.growth_lines, dataset, series, "cumulative", title=tr("growth_cumulative_title", what=noun),
                    subtitle=period, x_title=x_title, y_title=tr(f"axis_cumulative_{measure}"),
                    provenance=provenance, lang=lang)
    ui.chart(fig, series[["key", "key_name", "period", "cumulative"]], dataset, "growth_cumulative")
with right:
    fig = ui.figure(charts.growth_bars, dataset, series, title=tr(f"growth_per_period_title_{measure}"),
                    subtitle=period, x_title=x_title, y_title=tr(f"axis_per_period_{measure}"),
                    provenance=provenance, lang=lang)
    ui.chart(fig, series[["key", "key_name", "period", "count", "change", "pct_change"]], dataset,
             "growth_per_period")
st.caption(tr("growth_cumulative_note"))

st.subheader(tr("top_movers"))
if year_from >= year_to:
    st.info(tr("growth_movers_need_period"))
else:
    movers = ui.data(metrics.top_movers, dataset, "province", measure, year_from, year_to, 10)
    st.caption(tr("growth_movers_intro", start=year_from, end=year_to))
    left, right = st.columns([5, 6])
    with left:
        fig = ui.figure(charts.top_movers_bar, dataset, movers, title=tr("growth_movers_title", what=noun),
                        subtitle=tr("growth_subtitle_movers", start=year_from, end=year_to),
                        x_title=tr(f"axis_growth_{measure}"), provenance=provenance, lang=lang)
        ui.chart(fig, movers, dataset, "top_movers")
    with right:
        table = movers.drop(columns="region_code")
        # the CAGR stays a number in the download (cagr + cagr_note); on screen a rate, 'baru' or no data
        ui.table(table, dataset, formats={"cagr": lambda v: charts.format_value(v, "per year", lang)}, column_config={
            "region_name": st.column_config.TextColumn(tr("common_col_province")),
            "start": st.column_config.NumberColumn(tr("growth_col_start", year=year_from), width="small"),
            "end": st.column_config.NumberColumn(tr("growth_col_end", year=year_to), width="small"),
            "change": st.column_config.NumberColumn(tr("growth_col_change"), width="small"),
            "cagr": st.column_config.TextColumn(tr("growth_col_cagr"), width="small", help=tr("growth_col_cagr_help"))})
