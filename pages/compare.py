"""Perbandingan / Compare: two to five provinces side by side on the same metrics, mix and growth."""

import pandas as pd
import streamlit as st

from ovop_analytics import metrics, regions, ui
from ovop_analytics.ui import analytics as ua
from ovop_analytics.charts import analytics as charts
from ovop_analytics.metrics.composition import province_composition

tr = ui.tr
dataset, years = ui.dataset_page("compare_title", "compare_intro")
provenance, lang = ui.provenance(dataset), ui.lang()

left, right = st.columns([3, 2])
with left:
    codes = ua.province_multiselect([r.code for r in regions.provinces()], ["33", "35", "32"],
                                    tr("compare_choose_provinces_compare"))
with right:
    year_from, year_to = ui.period_slider(years, tr("period_years"), tr("period_help"))
if len(codes) < 2:
    st.info(tr("compare_choose_two_provinces"))
    st.stop()
colours = ua.province_colours(codes)

# Every metric with its basis in the row label: "(2013–2024)" counts records dated in the period,
# "s.d. 2024" everything up to its end. Coverage and uniqueness are given on both bases, like the counts.
TABLE_METRICS = ("ikm_ovop", "ikm_ovop_to_date", "types", "types_to_date", "commodity_groups", "shannon",
                 "evenness", "gini_simpson", "hhi", "coverage_types", "coverage_types_to_date", "uniqueness",
                 "uniqueness_to_date", "cagr")
unavailable = ui.data(metrics.unavailable_metrics, dataset, TABLE_METRICS)
TABLE_METRICS = tuple(m for m in TABLE_METRICS if m not in unavailable)
# The CAGR runs from the end of the start year, or of the first award round when the period starts
# earlier (a stock of 0 would make every province "new"), to the end of the end year.
rounds = ui.data(metrics.growth_series, dataset, "national", "ikm_ovop")["period"]
cagr_from = max(year_from, int(rounds.min())) if not rounds.empty else year_from
wanted = tuple(m for m in TABLE_METRICS if m != "cagr")
all_regions = ui.data(metrics.region_metrics, dataset, "province", wanted, year_from, year_to)
chosen = all_regions.set_index("region_code").loc[codes].reset_index()
chosen["cagr"] = None
if "cagr" in TABLE_METRICS and year_to > cagr_from:
    growth = ui.data(metrics.region_metrics, dataset, "province", ("cagr",), cagr_from, year_to)
    chosen["cagr"] = growth.set_index("region_code").loc[codes, "cagr"].to_numpy()

st.subheader(tr("compare_table_title", period=f"{year_from}–{year_to}"))
for reason in sorted(set(unavailable.values())):
    st.info(tr(f"unavail_{reason}"))
side_by_side = pd.DataFrame({"metric": [
    f"{charts.metric_header(m, lang, year_from, year_to)} ({charts.unit_label(m, lang)})" for m in TABLE_METRICS]})
for row in chosen.itertuples(index=False):
    side_by_side[row.region_code] = [charts.format_metric(m, getattr(row, m), lang) for m in TABLE_METRICS]
ui.table(side_by_side, dataset, name="compare_metrics", height=35 * (len(side_by_side) + 1) + 3, column_config={
    "metric": st.column_config.TextColumn(tr("common_col_metric"), width="large"),
    **{code: ua.short_province(code) for code in codes}})
if "cagr" in TABLE_METRICS:
    st.caption(tr("compare_cagr_note", start=cagr_from, end=year_to))
st.caption(tr("basis_note", start=year_from, end=year_to) + " " + tr("analytics_no_value_reason"))

period = tr("analytics_subtitle_period", start=year_from, end=year_to)
left, right = st.columns(2)
with left:
    counts_metrics = [m for m in ("ikm_ovop", "types") if m in TABLE_METRICS]
    fig = ui.figure(charts.compare_bars, dataset, chosen, counts_metrics, title=tr("compare_counts_title"),
                    subtitle=period, y_title=tr("compare_axis_count"), provenance=provenance, lang=lang, colours=colours)
    ui.chart(fig, chosen[["region_code", "region_name", *counts_metrics]], dataset, "compare_counts")
with right:
    fraction_metrics = [m for m in ("evenness", "gini_simpson", "hhi", "coverage_types", "uniqueness")
                        if m in TABLE_METRICS]
    fig = ui.figure(charts.compare_bars, dataset, chosen, fraction_metrics, title=tr("compare_indices_title"),
                    subtitle=period, y_title=tr("compare_axis_fraction"), provenance=provenance, lang=lang,
                    colours=colours, labels=False)
    ui.chart(fig, chosen[["region_code", "region_name", *fraction_metrics]], dataset, "compare_indices")

left, right = st.columns(2)
with left:
    composition = ui.data(province_composition, dataset, year_from, year_to, tuple(codes))
    fig = ui.figure(charts.composition_bars, dataset, composition, share=True, title=tr("compare_mix_title"),
                    subtitle=period, provenance=provenance, lang=lang, legend="right", height=440)
    ui.chart(fig, composition, dataset, "compare_mix")
with right:
    series = ui.data(metrics.growth_series, dataset, "province", "ikm_ovop", year_from, year_to, tuple(codes))
    series = series.set_index("key").loc[[c for c in codes if c in set(series["key"])]].reset_index()
    if "ikm_ovop" in unavailable:
        st.info(tr("unavail_no_award_program"))
    elif series.empty:
        st.info(tr("compare_no_rounds_in_period"))
    else:
        fig = ui.figure(charts.growth_lines, dataset, series, "cumulative", colours=colours,
                        title=tr("compare_growth_title"), subtitle=period, x_title=tr("axis_period_ikm_ovop"),
                        y_title=tr("axis_cumulative_ikm_ovop"), provenance=provenance, lang=lang)
        ui.chart(fig, series[["key", "key_name", "period", "count", "cumulative"]], dataset, "compare_growth")
