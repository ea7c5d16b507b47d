"""Presentasi / Present: full-screen slides for a projector, stepped with the arrow keys, PageDown/PageUp
(a clicker) or the on-screen buttons; `?slide=N` opens the deck at slide N.

Every slide is drawn once and the deck component shows one at a time in the browser (see ovop_analytics.ui.present),
so a slide change never waits for the server.
"""

import pandas as pd
import streamlit as st

from ovop_analytics import numbers
from ovop_analytics import charts, export_images, geo, metrics, timeline, ui
from ovop_analytics.ui import analytics as ua
from ovop_analytics.ui import present as up
from ovop_analytics.charts import analytics as analytics_charts
from ovop_analytics.charts import maps
from ovop_analytics.charts.classify import classify
from ovop_analytics.i18n import LANGUAGES, commodity_label
from ovop_analytics.regions import provinces, region_name
from ovop_analytics.store import queries

ui.require_app_shell()
tr, lang = ui.tr, ui.lang()
CHART_HEIGHT = 560  # fits 1280x720 with the slide title and the control bar
MAP_FONT_SCALE = 1.4
INTERVALS = [0, 10, 20, 30, 60]

dataset = ui.current_dataset()
if dataset is None:
    st.title(tr("pres_title"))
    st.info(tr("common_no_records"))
    st.stop()
provenance = ui.provenance(dataset)
source_line = charts.source_text(provenance, lang)

# --- settings (their own controls; language and dataset mirror the hidden sidebar's) ----------------
province_codes = [p.code for p in provinces()]
ui.url_bound("provinces", province_codes, [])
ui.url_bound("auto", INTERVALS, 0, int)
chosen = [c for c in st.session_state["provinces"] if c in province_codes][:ua.MAX_COMPARED]


def _set_global(source: str, target: str) -> None:
    st.session_state[target] = st.session_state[source]
    if target == ui.LANGUAGE_KEY:  # the chosen values ('Mati') in the new language too
        ui.relabel_page()


years = ui.data(queries.years, dataset)
# The same functions as the Overview and the CLI: stock of every record, inside the dataset's coverage;
# a programme the dataset lacks is "–", never 0 / 0.
summary = ui.data(metrics.coverage_summary, dataset)
unavailable = ui.data(metrics.unavailable_metrics, dataset, ("types", "ikm_ovop"))
province_values = ui.data(metrics.region_metrics, dataset, "province", ("ikm_ovop", "types"))
slide_count = 8 + len(chosen)
st.html(up.deck_css(slide_count))


def slide(number: int):
    return st.container(key=f"{up.SLIDE_KEY}{number}")


def slide_chart(fig, name: str, wrap: int = 72, lines: int = 3, height: int = CHART_HEIGHT) -> None:
    figure = up.slide_figure(fig, height, wrap, lines)
    st.plotly_chart(figure, config=ui.plotly_config(figure, dataset, st.session_state.get("pres_image", "png_1920")),
                    key=f"pres_fig_{name}", theme=None)


def footer() -> None:
    ui.caption(source_line)


# 1. National KPIs
with slide(1):
    st.title(tr("pres_kpi_title"))
    ui.caption(tr("pres_kpi_subtitle", dataset=dataset.name, start=years[0] if years else "–",
                  end=years[-1] if years else "–"))
    kpis = st.columns(2)
    kpis[0].metric(tr("common_kpi_provinces"), f"{summary['provinces_with_ovop']} / {summary['provinces_total']}",
                   border=True)
    kpis[1].metric(tr("common_kpi_kabkota"), f"{summary['kabkota_with_ovop']} / {summary['kabkota_total']}", border=True)
    kpis = st.columns(2)
    kpis[0].metric(tr("common_kpi_types"), "–" if "types" in unavailable else
                   f"{summary['types_present']} / {summary['catalogue_size']}", border=True)
    kpis[1].metric(tr("common_kpi_ikm"), "–" if "ikm_ovop" in unavailable
                   else numbers.integer(int(province_values["ikm_ovop"].sum()), lang),
                   border=True)
    for reason in sorted(set(unavailable.values())):
        ui.caption(tr(f"unavail_{reason}"))
    footer()

# 2. National map and 3. the timeline of award rounds
installed = geo.installed_levels()
if "province" in installed:
    layer = geo.shared_display_layer("province", overview=True)
else:
    layer = None
# region_metrics decides 0 (inside the coverage) from no data, as on the Map page
frame = pd.DataFrame({"code": province_values["region_code"].to_numpy(),
                      "name": province_values["region_name"].to_numpy(),
                      "value": pd.to_numeric(province_values["ikm_ovop"].astype(object), errors="coerce").astype(float)})
classes = classify(frame["value"], "quantiles", integer=True, lang=lang)
map_title = tr("map_chart_title", metric="IKM OVOP", area=tr("common_all_indonesia"), start=years[0] if years else "",
               end=years[-1] if years else "")
with slide(2):
    st.header(tr("pres_map_title"))
    if layer is not None:
        spec = maps.choropleth(layer, frame, classes, title=map_title, metric_label="IKM OVOP",
                               provenance=provenance, lang=lang, value_format=",.0f", width_px=900)
    else:
        spec = maps.tile_map(geo.tile_grid(), frame, classes, title=map_title, metric_label="IKM OVOP",
                             provenance=provenance, lang=lang, value_format=",.0f")
    spec = export_images.scale_text(spec, MAP_FONT_SCALE)
    spec["height"] = CHART_HEIGHT - 40
    st.vega_lite_chart(spec, width="stretch", theme="streamlit", key="pres_map")

with slide(3):
    st.header(tr("pres_timeline_slide"))
    steps = ui.data(timeline.timeline, dataset, "province", "ikm_ovop", "per_period")
    if layer is None or not steps.periods:
        st.info(tr("pres_no_periods") if layer is not None else tr("map_no_boundaries"))
        footer()
    else:
        all_classes = classify(steps.frames["value"], "quantiles", integer=True, lang=lang)
        labels = {p: tr("pres_round", round=p) for p in steps.periods}
        with st.container(key="pres_timeline_box"):
            up.timeline_player("pres_timeline_box", {"play": tr("pres_play"), "pause": tr("pres_pause"),
                                                     "prev": tr("pres_previous"), "next": tr("pres_next")})
            tspec = maps.timeline_map(layer, steps.frames, all_classes,
                                      title=tr("pres_timeline_map_title_ikm_ovop", area=tr("common_all_indonesia")),
                                      frame_labels=labels, metric_label="IKM OVOP", provenance=provenance, lang=lang)
            tspec = export_images.scale_text(tspec, MAP_FONT_SCALE)
            tspec["height"] = CHART_HEIGHT - 110
            st.vega_lite_chart(tspec, width="stretch", theme="streamlit", key="pres_timeline_map")

# 4. Award rounds by star with the published totals, cited
rounds = ui.data(queries.awards_by_round, dataset)
published = queries.published_round_totals(ui.store())
with slide(4):
    # No slide heading: the chart's title says it, and its footer cites every published fact it draws
    # (ids and titles, as on the Overview), which needs the room.
    cited = "; ".join(f"{row.fact_id} '{row.source_title}'" for row in published.itertuples())
    if "ikm_ovop" in unavailable:
        st.header(tr("pres_rounds_title"))
        st.info(tr("unavail_no_award_program"))
    else:
        slide_chart(charts.awards_by_round(rounds, published, ui.provenance(dataset, facts=cited), lang), "rounds",
                    wrap=88, lines=6, height=630)

# 5. Top provinces
with slide(5):
    st.header(tr("pres_top_title"))
    measure = "types" if "ikm_ovop" in unavailable else "ikm_ovop"  # as on the Overview
    top = province_values.dropna(subset=[measure]).nlargest(10, measure)
    slide_chart(charts.top_regions(top, measure, tr("common_axis_types" if measure == "types" else "common_axis_ikm"), 10,
                                   provenance, lang), "top")

# 6. Growth: cumulative IKM OVOP per commodity group over the award rounds
with slide(6):
    st.header(tr("pres_growth_title"))
    series = ui.data(metrics.growth_series, dataset, "commodity_group", "ikm_ovop")
    if series.empty:
        st.info(tr("pres_no_periods"))
        footer()
    else:
        slide_chart(analytics_charts.growth_lines(
            series, "cumulative", title=tr("growth_cumulative_title", what=tr("measure_ikm_ovop")),
            x_title=tr("axis_period_ikm_ovop"), y_title=tr("axis_cumulative_ikm_ovop"), provenance=provenance,
            lang=lang), "growth")

# 7. Commodity diversity: national mix and catalogue coverage
with slide(7):
    st.header(tr("pres_diversity_title"))
    coverage = ui.data(metrics.coverage_summary, dataset)
    left, right = st.columns([1, 2.6])
    left.metric(tr("common_kpi_catalogue"), f"{coverage['types_present']} / {coverage['catalogue_size']}", border=True)
    left.metric(tr("common_kpi_kabkota_ikm"), f"{coverage['kabkota_with_ikm']} / {coverage['kabkota_total']}",
                border=True)
    with right:
        mix = ui.data(queries.commodity_mix, dataset)
        slide_chart(analytics_charts.unrotate_categories(
            charts.commodity_mix(mix, tr("common_all_indonesia"), provenance, lang), width=14), "mix", wrap=60)

# 8.. One slide per chosen province: its scorecard in brief
scores = ui.data(metrics.region_metrics, dataset, "province", ("ikm_ovop", "types", "commodity_groups", "shannon",
                                                               "coverage_types"))
for offset, code in enumerate(chosen):
    with slide(8 + offset):
        name = region_name(code)
        st.header(tr("pres_province_title", name=name))
        top = st.columns(4)
        for column, metric in zip(top, ("ikm_ovop", "types", "commodity_groups", "shannon")):
            s = ua.standing(scores, code, metric)
            column.metric(analytics_charts.metric_label(metric, lang),
                          analytics_charts.format_metric(metric, s.value, lang), border=True,
                          delta_description=ua.standing_caption(s, metric), delta_arrow="off")
        mix = ui.data(queries.commodity_mix, dataset, code)
        figure = up.slide_figure(analytics_charts.unrotate_categories(
            charts.commodity_mix(mix, name, provenance, lang), width=14), 410, wrap=72, lines=3)
        st.plotly_chart(figure, config=ui.plotly_config(figure, dataset), key=f"pres_fig_mix_{code}", theme=None)

# Last: published facts and sources
facts = queries.published_facts(ui.store())
with slide(slide_count):
    st.header(tr("pres_sources_title"))
    st.markdown(ui.tr_plain("pres_sources_dataset", source=provenance.source))  # the citation names the dataset
    if dataset.is_synthetic:
        st.markdown(tr("common_synthetic_banner"))
    shown = facts[facts["program"].eq("kemenperin_ovop_award") & facts["level"].eq("national")
                  & facts["star"].isna() & facts["round_year"].notna()].head(6)
    # a figure of one commodity group (F25: 63 food-and-drink IKM in 2018) says so: it is not a round total
    lines = [f"{r.fact_id} · {int(r.round_year)} · {numbers.general(r.value, lang)}"
             + (f" ({tr('pres_subset', group=commodity_label(r.commodity_group, lang).lower())})"
                if isinstance(r.commodity_group, str) else "")
             + f" · {r.source_title}" + (f" ({tr('pres_conflict')})" if r.is_conflict else "")
             for r in shown.itertuples()]
    for line in lines:
        st.text(line)
    st.caption(ui.plain(tr("pres_sources_more", n=len(facts))))

# --- badge, controls and settings, fixed over the slides -------------------------------------------
if dataset.is_synthetic:
    with st.container(key="pres_badge"):
        st.markdown(tr("common_synthetic_watermark").upper())
with st.container(key="pres_bar"):
    up.deck_controls(slide_count, {"prev": tr("pres_previous"), "next": tr("pres_next"),
                                   "auto": tr("pres_auto_start"), "stop": tr("pres_auto_stop")},
                     int(st.session_state["auto"]), autostart=int(st.session_state["auto"]) > 0)
with st.container(key="pres_setup"):
    with st.popover(tr("pres_settings"), icon=":material/tune:"):
        st.session_state["pres_lang"] = lang
        st.segmented_control(tr("common_language"), list(LANGUAGES), key="pres_lang", format_func=LANGUAGES.get,
                             required=True, on_change=_set_global, args=("pres_lang", ui.LANGUAGE_KEY))
        names = [d.name for d in ui.visible_datasets() if d.kind != "reference"]
        st.session_state["pres_dataset"] = dataset.name
        st.selectbox(tr("dataset"), names, key="pres_dataset", on_change=_set_global,
                     args=("pres_dataset", ui.DATASET_KEY))
        ua.province_multiselect(province_codes, [], tr("pres_choose_provinces"))
        st.selectbox(tr("pres_auto"), INTERVALS, key="auto",
                     format_func=lambda s: tr("pres_auto_off") if s == 0 else tr("pres_auto_seconds", s=s))
        st.segmented_control(tr("pres_image_size"), list(export_images.FORMATS), key="pres_image",
                             format_func=ui.image_format_label, default="png_1920", required=True)
        st.caption(tr("pres_image_camera_hint"))
        if layer is not None:
            st.caption(tr("pres_map_images"))
            ui.vega_image_buttons(maps.choropleth(layer, frame, classes, title=map_title, metric_label="IKM OVOP",
                                                  provenance=provenance, lang=lang, value_format=",.0f"),
                                  dataset, "pres_map")
        st.caption(tr("pres_keys_hint"))
ui.to_url("auto")
