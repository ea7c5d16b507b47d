"""Keragaman komoditas / Commodity diversity: coverage against Kemenperin's target and the national
catalogue, the commodity mix of each province, diversity indices, overlap of type sets and location
quotients, all over one period."""

import pandas as pd
import streamlit as st

from ovop_analytics import metrics, regions, ui
from ovop_analytics.charts import analytics as charts
from ovop_analytics.i18n import commodity_label
from ovop_analytics.metrics import GROUP_CODES, METRICS
from ovop_analytics.metrics.composition import province_composition

tr = ui.tr
dataset, years = ui.dataset_page("diversity_title", "diversity_intro")
provenance, lang = ui.provenance(dataset), ui.lang()

year_from, year_to = ui.period_slider(years, tr("period_years"), tr("period_help"))
period = tr("analytics_subtitle_period", start=year_from, end=year_to)
as_of = tr("diversity_subtitle_as_of", year=year_to)
province_frame = pd.DataFrame([(r.code, r.name) for r in regions.provinces()], columns=["region_code", "region_name"])
unavailable = ui.data(metrics.unavailable_metrics, dataset, ("types", "ikm_ovop"))
names = dict(zip(province_frame["region_code"], province_frame["region_name"]))

# --- coverage --------------------------------------------------------------------------------------
st.header(tr("diversity_coverage_title"))
coverage = ui.data(metrics.coverage_summary, dataset, year_to)
for reason in sorted(set(unavailable.values())):
    st.info(tr(f"unavail_{reason}"))
kpis = st.columns(3)
if "ikm_ovop" in unavailable:
    kpis[0].metric(tr("common_kpi_kabkota_ikm"), "–", border=True, help=tr("unavail_no_award_program"))
else:
    kpis[0].metric(tr("common_kpi_kabkota_ikm"), f"{coverage['kabkota_with_ikm']} / {coverage['kabkota_total']}",
                   border=True, delta_description=charts.percent_text(coverage["kabkota_with_ikm"],
                                                                      coverage["kabkota_total"], lang)
                   + " · " + tr("diversity_target_short", n=coverage["kabkota_total"]))
kpis[1].metric(tr("common_kpi_provinces"), f"{coverage['provinces_with_ovop']} / {coverage['provinces_total']}",
               border=True, delta_description=charts.percent_text(coverage["provinces_with_ovop"],
                                                                  coverage["provinces_total"], lang))
if "types" in unavailable:
    kpis[2].metric(tr("common_kpi_catalogue"), "–", border=True, help=tr("unavail_no_types_program"))
else:
    kpis[2].metric(tr("common_kpi_catalogue"), f"{coverage['types_present']} / {coverage['catalogue_size']}",
                   border=True, delta_description=charts.percent_text(coverage["types_present"],
                                                                      coverage["catalogue_size"], lang))
ui.caption(tr("common_kpi_source", source=provenance.source) + " · " + tr("diversity_subtitle_as_of", year=year_to))
st.caption(tr("diversity_target_note", total=coverage["kabkota_total"], source_value=coverage["target_source_value"],
              fact=coverage["target_fact_id"], missing=coverage["kabkota_without_ikm"], year=year_to))

per_province = ui.data(metrics.region_metrics, dataset, "province",
                       ("ikm_ovop", "types", "coverage_types_to_date", "richness", "shannon", "evenness",
                        "gini_simpson", "hhi", "uniqueness"), year_from, year_to)
# Coverage is a stock: every award and designation up to the end of the period. Outside the dataset's
# coverage a kabupaten/kota has no data and is left out of the share, never counted as without IKM.
kabkota = ui.data(metrics.region_metrics, dataset, "kabupaten_kota", ("ikm_ovop_to_date",), None, year_to)
kabkota = kabkota[kabkota["ikm_ovop_to_date"].notna()]
kabkota_cover = kabkota.assign(with_ikm=kabkota["ikm_ovop_to_date"] > 0,
                               province_code=kabkota["region_code"].str[:2]).groupby("province_code").agg(
    kabkota_with_ikm=("with_ikm", "sum"), kabkota_total=("with_ikm", "size"))
size = int(coverage["catalogue_size"])
cover = per_province[["region_code", "region_name", "coverage_types_to_date"]].rename(
    columns={"coverage_types_to_date": "coverage_types"})
cover["types_present"] = (cover["coverage_types"] * size).round().astype("Int64") if size else 0
cover["catalogue_size"] = size
cover["catalogue_text"] = ["–" if p is pd.NA else charts.share_text(int(p), size, lang) for p in cover["types_present"]]
cover = cover.join(kabkota_cover, on="region_code")
cover[["kabkota_with_ikm", "kabkota_total"]] = cover[["kabkota_with_ikm", "kabkota_total"]].astype("Int64")
cover["kabkota_share"] = (cover["kabkota_with_ikm"] / cover["kabkota_total"].where(cover["kabkota_total"] > 0)
                          ).astype("Float64")
cover["kabkota_text"] = ["–" if w is pd.NA or p is pd.NA else charts.share_text(int(p), int(w), lang)
                         for p, w in zip(cover["kabkota_with_ikm"], cover["kabkota_total"])]

left, right = st.columns(2)
with left:
    if "types" in unavailable:
        st.info(tr("unavail_no_types_program"))
    else:
        fig = ui.figure(charts.coverage_bars, dataset, cover, "types_present", "catalogue_size",
                        title=tr("diversity_catalogue_coverage_title"),
                        subtitle=tr("diversity_subtitle_catalogue", n=size, year=year_to),
                        x_title=tr("diversity_axis_catalogue_share"), provenance=provenance, lang=lang)
        ui.chart(fig, cover[["region_code", "region_name", "types_present", "catalogue_size", "coverage_types"]]
                 .rename(columns={"coverage_types": "coverage_types_to_date"}), dataset, "catalogue_coverage")
with right:
    if "ikm_ovop" in unavailable:
        st.info(tr("unavail_no_award_program"))
    else:
        fig = ui.figure(charts.coverage_bars, dataset, cover, "kabkota_with_ikm", "kabkota_total",
                        title=tr("kabkota_coverage_title"), subtitle=as_of,
                        x_title=tr("diversity_axis_kabkota_share"), provenance=provenance, lang=lang)
        ui.chart(fig, cover[["region_code", "region_name", "kabkota_with_ikm", "kabkota_total", "kabkota_share"]],
                 dataset, "kabkota_coverage")
with st.expander(tr("diversity_coverage_table"), expanded=False):
    ui.table(cover[["region_code", "region_name", "catalogue_text", "coverage_types", "kabkota_text",
                    "kabkota_share"]], dataset, name="coverage_by_province", column_config={
        "region_code": st.column_config.TextColumn(tr("common_col_region_code"), width="small"),
        "region_name": tr("common_col_province"), "catalogue_text": tr("diversity_col_catalogue"),
        "coverage_types": st.column_config.NumberColumn(tr("diversity_col_catalogue_share"), format="percent"),
        "kabkota_text": tr("diversity_col_kabkota_ikm"),
        "kabkota_share": st.column_config.NumberColumn(tr("diversity_col_kabkota_share"), format="percent")})

# --- composition -----------------------------------------------------------------------------------
st.header(tr("diversity_composition_title"))
SCALES = ["share", "count"]
ui.url_bound("scale", SCALES, "share")
scale = st.segmented_control(tr("diversity_composition_scale"), SCALES, key="scale", required=True,
                             format_func=lambda s: tr(f"scale_{s}"))
ui.to_url("scale")
composition = ui.data(province_composition, dataset, year_from, year_to)
fig = ui.figure(charts.composition_bars, dataset, composition, share=scale == "share",
                title=tr("diversity_composition_bars_title"), subtitle=period, provenance=provenance, lang=lang)
ui.chart(fig, composition, dataset, "composition_by_province")
fig = ui.figure(charts.composition_treemap, dataset, composition, title=tr("diversity_composition_treemap_title"),
                subtitle=period, provenance=provenance, lang=lang)
ui.chart(fig, composition, dataset, "composition_treemap")

# --- diversity ranking -----------------------------------------------------------------------------
st.header(tr("diversity_ranking_diversity"))
INDICES = ["shannon", "evenness", "gini_simpson", "hhi", "richness"]
SHORT_LABELS = {"shannon": "Shannon H", "hhi": "HHI"}
ui.url_bound("metric", INDICES, "shannon")
metric = st.segmented_control(tr("diversity_choose_index"), INDICES, key="metric", required=True,
                              format_func=lambda m: charts.metric_label(m, lang))
ui.to_url("metric")
info = METRICS[metric]
st.caption(info.description_id if lang == "id" and info.description_id else info.description_en)
left, right = st.columns([4, 6])
with left:
    fig = ui.figure(charts.metric_ranking, dataset, per_province, metric,
                    title=tr("diversity_ranking_index_title", index=charts.metric_label(metric, lang)),
                    subtitle=tr("diversity_subtitle_index", start=year_from, end=year_to),
                    provenance=provenance, lang=lang)
    ui.chart(fig, per_province[["region_code", "region_name", metric]], dataset, "diversity_ranking")
    missing = per_province.loc[per_province[metric].isna(), "region_name"].tolist()
    if missing:
        st.caption(tr("diversity_without_data", names=", ".join(missing)))
with right:
    # Sorted by the chosen index (best first, lowest first for HHI); no data last. No rank column: the
    # chart beside it shows the order, and the table stays narrow enough for every index to be seen.
    ranking = per_province[["region_code", "region_name", *INDICES]].sort_values(
        [metric, "region_code"], ascending=[info.higher_is_better is False, True], na_position="last")
    index_config = {m: st.column_config.NumberColumn(SHORT_LABELS.get(m, charts.metric_label(m, lang)),
                                                     format="%.3f", width="small", help=charts.metric_label(m, lang))
                    for m in ("shannon", "evenness", "gini_simpson", "hhi")}
    st.caption(tr("diversity_dash_is_no_data"))
    ui.table(ranking, dataset, name="diversity_indices", height=720, column_config={
        "region_code": None, "region_name": st.column_config.TextColumn(tr("common_col_province")),
        "richness": st.column_config.NumberColumn(tr("diversity_col_richness"), width="small"), **index_config})

# --- overlap ---------------------------------------------------------------------------------------
st.header(tr("diversity_overlap_title"))
st.caption(tr("diversity_overlap_intro", year=year_to))
if "types" in unavailable:
    st.info(tr("unavail_no_types_program"))
else:
    overlap = ui.data(metrics.overlap_matrix, dataset, None, year_to)
    fig = ui.figure(charts.overlap_heatmap, dataset, overlap, names, title=tr("diversity_overlap_chart_title"),
                    subtitle=as_of, provenance=provenance, lang=lang)
    frame = overlap.copy()
    frame.insert(0, "region_name", [names.get(c, c) for c in frame.index])
    ui.chart(fig, frame.reset_index(names="region_code"), dataset, "overlap_jaccard")

# --- location quotients ----------------------------------------------------------------------------
st.header(tr("lq_title"))
st.caption(tr("lq_intro"))
lq = ui.data(metrics.location_quotients, dataset, "province", year_from, year_to)
ui.table(lq, dataset, name="location_quotients", height=500, column_config={
    "region_code": st.column_config.TextColumn(tr("common_col_region_code"), width="small"),
    "region_name": tr("common_col_province"),
    **{f"lq_{g}": st.column_config.NumberColumn(f"LQ {commodity_label(g, lang)}", format="%.2f")
       for g in GROUP_CODES}})
st.caption(tr("diversity_dash_is_no_data"))
