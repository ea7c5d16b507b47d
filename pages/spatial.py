"""Pola spasial / Spatial patterns: global Moran's I, LISA pockets linked to the Moran scatter plot, LISA
significance, Gi* hot and cold spots, the significant kabupaten/kota, methods and downloads."""

import pandas as pd
import streamlit as st

from ovop_analytics import geo, metrics, ui
from ovop_analytics.ui import spatial as ui_spatial
from ovop_analytics.charts import spatial as spatial_charts
from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.problems import say_error
from ovop_analytics.metrics import denominators
from ovop_analytics.regions import provinces, region_name
from ovop_analytics.spatial.analysis import SPATIAL_METRICS, global_record, spatial_analysis_of
from ovop_analytics.spatial.export import methods_rows as export_rows
from ovop_analytics.spatial.export import results_table
from ovop_analytics.spatial.statistics import CUTOFFS, DEFAULT_PERMUTATIONS, DEFAULT_SEED, FDR_PERMUTATIONS
from ovop_analytics.spatial.weights import WEIGHTS

tr = ui.tr
lang = ui.lang()
dataset, years = ui.dataset_page("spatial_title", "spatial_intro")

flag = {"True": True, "False": False}.__getitem__
ui.url_bound("level", ["kabupaten_kota", "province"], "kabupaten_kota")
ui.url_bound("province", [""] + [p.code for p in provinces()], "")
ui.url_bound("metric", list(SPATIAL_METRICS), "ikm_ovop")
ui.url_bound("per", list(denominators.BASES), "capita")
ui.url_bound("population", list(denominators.POPULATION_SOURCES), "dukcapil")
ui.url_bound("weights", list(WEIGHTS), "knn6")
ui.url_bound("cutoff", [str(c) for c in CUTOFFS], "0.05")
ui.url_bound("fdr", [True, False], False, flag)
ui.url_bound("eb", [True, False], False, flag)

controls = st.container()  # drawn after the results (see the Map page): the figures reach the browser first
state = st.session_state
level, province, metric = state["level"], state["province"], state["metric"]
is_rate = metric in denominators.RATE_METRICS
basis = state["per"] if is_rate else "count"
population = state["population"] if level == "province" else "dukcapil"
smoothing = bool(state["eb"]) and basis == "capita"
province = province if level == "kabupaten_kota" else ""
cutoff, fdr, weights = float(state["cutoff"]), bool(state["fdr"]), state["weights"]
permutations = FDR_PERMUTATIONS if fdr else DEFAULT_PERMUTATIONS
year_from, year_to = ui.period_selection(years)


def draw_controls() -> None:
    with controls:
        top = st.columns([1.6, 1.9, 2.5])
        top[0].segmented_control(tr("spatial_level"), ["kabupaten_kota", "province"], key="level", required=True,
                                 format_func=lambda v: tr(f"level_{v}"))
        top[1].selectbox(tr("spatial_metric"), list(SPATIAL_METRICS), key="metric",
                         format_func=lambda m: metrics.METRICS[m].label(lang))
        ui_spatial.basis_control(top[2], disabled=not is_rate)
        second = st.columns([1.6, 1.9, 2.5])
        second[0].selectbox(tr("spatial_area"), [""] + [p.code for p in provinces()], key="province",
                            format_func=lambda c: f"{c} · {region_name(c)}" if c else tr("common_all_indonesia"),
                            disabled=level != "kabupaten_kota", help=tr("spatial_area_help"))
        second[1].segmented_control(tr("spatial_weights"), list(WEIGHTS), key="weights", required=True,
                                    format_func=lambda w: tr(f"spatial_weights_{w}"))
        with second[2]:
            ui.period_slider(years, tr("spatial_period"))
        third = st.columns([1.6, 1.9, 2.5])
        third[0].segmented_control(tr("spatial_cutoff"), [str(c) for c in CUTOFFS], key="cutoff", required=True,
                                   format_func=lambda c: c.replace(".", ",") if lang == "id" else c)
        third[1].toggle(tr("spatial_fdr"), key="fdr", help=tr("spatial_fdr_help"))
        third[2].toggle(tr("spatial_smoothing"), key="eb", disabled=basis != "capita",
                        help=tr("spatial_smoothing_help") if basis == "capita" else tr("spatial_smoothing_capita_only"))
        if level == "province":
            third[2].segmented_control(tr("spatial_population_source"), list(denominators.POPULATION_SOURCES),
                                       key="population", required=True, format_func=lambda s: tr(f"spatial_population_{s}"),
                                       disabled=basis != "capita")
    ui.to_url("level", "province", "metric", "per", "population", "weights", "cutoff", "fdr", "eb")


installed = geo.installed_levels()
if level not in installed:
    st.info(tr("spatial_no_boundaries_page"))
    draw_controls()
    st.stop()

try:
    analysis = ui.data(spatial_analysis_of, dataset, level, metric, basis, population, year_from, year_to, weights,
                       permutations, DEFAULT_SEED, cutoff, fdr, smoothing, province, installed[level].directory)
except InvalidArgumentError as error:
    st.warning(say_error(error, lang))
    draw_controls()
    st.stop()

result = analysis.result
metric_label = denominators.basis_label(metrics.METRICS[metric].label(lang), basis, population, lang)
if smoothing:
    metric_label = f"{metric_label}, {tr('spatial_m_eb')}"
area = (tr("spatial_province_area", province=region_name(province)) if province else tr("common_all_indonesia"))
provenance = ui_spatial.provenance_with_basis(dataset, basis, population)
def number(value: float, fmt: str) -> str:
    return spatial_charts.decimal(value, fmt, lang)


verdict = (tr("spatial_moran_none", cutoff=number(cutoff, "g")) if result.p_value > cutoff
           else tr("spatial_moran_positive" if result.moran_i > result.expected_i else "spatial_moran_negative"))
st.info(tr("spatial_moran_sentence", metric=metric_label, i=number(result.moran_i, ".3f"), ei=number(result.expected_i, ".3f"),
           p=number(result.p_value, ".3f"), perms=number(result.permutations, ",d"), seed=result.seed, n=result.n,
           verdict=verdict), icon=":material/scatter_plot:")
if not is_rate:
    st.caption(tr("spatial_basis_not_rate"))
if analysis.stability is not None:
    other = next(w for w in WEIGHTS if w != weights)
    st.caption(tr("spatial_stability", share=f"{analysis.stability:.0%}", other=tr(f"spatial_weights_{other}")))

labels = {**{k: tr(f"spatial_lisa_{k}") for k in spatial_charts.LISA_ORDER},
          **{k: tr(f"spatial_gi_{k}") for k in spatial_charts.GI_ORDER if k not in ("not_significant", "isolate", "no_data")}}
table = results_table(analysis.regions, dataset.is_synthetic, labels)
value_column = f"value{denominators.COLUMN_SUFFIX[basis]}"
table = table.rename(columns={"value": value_column})
description = export_rows(analysis.methods, global_record(analysis), ui_spatial.view_description(dataset, "spatial", table)
                          .rows(lang))
rows = ui_spatial.methods_rows(analysis, metric_label, lang)
name = f"spatial_{metric}_{basis}_{level}{'_' + province if province else ''}"

if level == "province":
    st.caption(tr("spatial_provinces_global_only"))
    draw_controls()
    ui_spatial.methods_box(rows)
    ui_spatial.downloads(analysis, dataset, name, table, level, description)
    st.stop()

layer = geo.shared_display_layer(level, overview=not province)
if province:
    keep = set(analysis.regions["region_code"])
    layer = {"type": "FeatureCollection", "features": [f for f in layer["features"] if f["id"] in keep]}
value_format = ",.2f" if basis != "count" else ",.3g"
titles = {"spatial_map_title": tr("spatial_map_title", metric=metric_label, area=area, start=year_from, end=year_to),
          **{key: tr(key, area=area, start=year_from, end=year_to) for key in ("spatial_sig_title", "spatial_gi_title")}}
# One after the other, no tabs: a chart in a hidden tab is not drawn until it is opened.
st.subheader(tr("spatial_tab_clusters"))
st.caption(tr("spatial_hover_hint"))
spec = spatial_charts.cluster_map_and_scatter(layer, analysis.regions, title=titles["spatial_map_title"],
                                              metric_label=metric_label, moran_i=result.moran_i,
                                              provenance=provenance, lang=lang, value_format=value_format,
                                              width_px=600)
ui_spatial.linked_chart(spec, table, dataset, f"{name}_lisa")
st.subheader(tr("spatial_tab_significance"))
spec = spatial_charts.category_map(layer, analysis.regions, "significance", title=titles["spatial_sig_title"],
                                   metric_label=metric_label, provenance=provenance, lang=lang, cutoff=cutoff,
                                   value_format=value_format, note=metric_label)
ui.chart(spec, table, dataset, f"{name}_significance")
st.subheader(tr("spatial_tab_gi"))
spec = spatial_charts.category_map(layer, analysis.regions, "gi", title=titles["spatial_gi_title"],
                                   metric_label=metric_label, provenance=provenance, lang=lang,
                                   value_format=value_format, note=metric_label)
ui.chart(spec, table, dataset, f"{name}_gi")

significant = analysis.regions[analysis.regions["category"].isin(["high_high", "low_low", "low_high", "high_low"])]
st.subheader(tr("spatial_table_title", n=len(significant)))
if significant.empty:
    st.text(tr("spatial_table_empty"))
else:
    shown = pd.DataFrame({
        tr("common_col_region_code"): significant["region_code"], tr("common_col_kabkota"): significant["region_name"],
        tr("common_col_province"): [region_name(c.split(".")[0]) for c in significant["region_code"]],
        metric_label: significant["value"], tr("spatial_col_spatial_lag"): significant["lag"],
        tr("spatial_col_spatial_local_i"): significant["local_i"], tr("spatial_col_spatial_p"): significant["p_value"],
        tr("spatial_category"): significant["category"].map(labels),
        tr("spatial_col_spatial_gi"): significant["gi_bin"].map(lambda b: tr(f"spatial_gi_{b}")),
    }).sort_values([tr("spatial_category"), tr("spatial_col_spatial_p")], kind="stable")
    ui.table(shown, dataset, column_config={
        metric_label: st.column_config.NumberColumn(format="%.2f"),
        tr("spatial_col_spatial_lag"): st.column_config.NumberColumn(format="%.2f"),
        tr("spatial_col_spatial_local_i"): st.column_config.NumberColumn(format="%.3f"),
        tr("spatial_col_spatial_p"): st.column_config.NumberColumn(format="%.3f")})

ui_spatial.methods_box(rows)
ui_spatial.downloads(analysis, dataset, name, table, level, description)
draw_controls()
