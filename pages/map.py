"""Peta / Map: choropleth of provinces or kabupaten/kota (offline), drill-down, and a province tile grid."""

import pandas as pd
import streamlit as st

from ovop_analytics import geo, metrics, timeline, ui
from ovop_analytics.metrics import denominators
from ovop_analytics.ui import spatial as ui_spatial
from ovop_analytics.ui import present as ui_present
from ovop_analytics.charts import maps
from ovop_analytics.charts.classify import SCHEMES, classify
from ovop_analytics.regions import SPLITS, provinces, region_name
from ovop_analytics.store import queries


@st.cache_resource(max_entries=24, show_spinner=False)
def provinces_as_of(year: int, installed: str) -> dict:
    """Province layer of `year` (children of later splits merged into the parent), shared read-only:
    boundaries are public. `installed` (the install's directory) renews it after a new install."""
    return geo.province_geojson_as_of(year)


tr = ui.tr
lang = ui.lang()
dataset, years = ui.dataset_page("map_title")

installed = geo.installed_levels()
BASE_METRICS = ["ikm_ovop", "types", "commodity_groups"]
map_metrics = [name for name in metrics.METRICS if name != "cagr"]

views = ["map", "tiles"]
ui.url_bound("view", views, "map" if "province" in installed else "tiles")
ui.url_bound("level", ["province", "kabupaten_kota"], "province")
ui.url_bound("metric", map_metrics, "ikm_ovop")
ui.url_bound("scheme", list(SCHEMES), "quantiles")
province_codes = [""] + [p.code for p in provinces()]
ui.url_bound("province", province_codes, "")
ui.url_bound("per", list(denominators.BASES), "count")
ui.url_bound("population", list(denominators.POPULATION_SOURCES), "dukcapil")

# The controls sit above the map but are created after it: the map then reaches the browser first and
# starts drawing while the widgets are still arriving. Widget values are in session state before the
# script runs, so the map is drawn from them.
controls = st.container()
view, province, level = st.session_state["view"], st.session_state["province"], st.session_state["level"]
metric, scheme = st.session_state["metric"], st.session_state["scheme"]
year_from, year_to = ui.period_selection(years)

info = metrics.METRICS[metric]
is_rate = metric in denominators.RATE_METRICS
basis = st.session_state["per"] if is_rate else "count"
if province:
    level = "kabupaten_kota"  # drilling into a province shows its kabupaten/kota
if view == "tiles" and level != "province":
    st.info(tr("map_tiles_provinces_only"))
    level = "province"
if view == "map" and level not in installed:
    st.info(tr("map_no_boundaries") if not installed else tr("map_no_kabkota_boundaries"))
    view, level, province = "tiles", "province", ""
if not installed and view == "tiles":
    st.caption(tr("map_no_boundaries"))
population = st.session_state["population"] if level == "province" else "dukcapil"
metric_label = denominators.basis_label(getattr(info, f"label_{lang}"), basis, population, lang)

# Inside the dataset's coverage a region without records is a real 0 (its own legend entry); outside it,
# or for a metric the dataset cannot give, there is no data. region_metrics decides, as for every page.
values = ui.data(metrics.region_metrics, dataset, level, (metric,), year_from, year_to)
frame = pd.DataFrame({"code": values["region_code"].to_numpy(), "name": values["region_name"].to_numpy(),
                      "value": pd.to_numeric(values[metric].astype(object), errors="coerce").astype(float)})
unavailable = ui.data(metrics.unavailable_metrics, dataset, (metric,))
if unavailable:
    st.info(tr(f"unavail_{unavailable[metric]}"))
note = None
layer = None
later_splits = [s for s in SPLITS if year_to < s.year]
if view == "map" and level == "province" and later_splits:
    if metric in BASE_METRICS:
        as_of = ui.data(queries.province_stats_as_of, dataset, year_to, year_from, year_to)
        parents = sorted({s.parent_code for s in later_splits})
        frame = pd.DataFrame({
            "code": as_of["region_code"],
            "name": [tr("map_as_of_label", name=n, year=min(s.year for s in later_splits if s.parent_code == c))
                     if c in parents else n for c, n in zip(as_of["region_code"], as_of["region_name"])],
            "value": as_of[metric].where([dataset.covers(c) for c in as_of["region_code"]]).astype(float)})
        layer = provinces_as_of(year_to, installed["province"].directory)
        note = tr("map_as_of_note", year=year_to, parents=", ".join(region_name(p) for p in parents))
    else:
        st.caption(tr("map_as_of_metric", year=year_to))
if basis != "count":  # per 1 million residents or 1,000 km² of the land each drawn region covers
    base = denominators.denominators_as_of(level, basis, population, year_to if note else None)
    frame = frame.assign(value=denominators.per_unit(frame["value"], frame["code"], base,
                                                     denominators.SCALE[basis]).to_numpy())
if province:
    frame = frame[frame["code"].str.startswith(province + ".")]

classes = classify(frame["value"], scheme, integer=info.unit == "count" and basis == "count", lang=lang)
area = region_name(province) if province else tr("common_all_indonesia")
title = tr("map_chart_title", metric=metric_label, area=area, start=year_from, end=year_to)
if info.basis == "to_date":
    title = tr("map_chart_title_to_date", metric=metric_label, area=area, end=year_to)
value_format = ",.0f" if info.unit == "count" and basis == "count" else ",.2f" if basis != "count" else ",.3f"
provenance = ui_spatial.provenance_with_basis(dataset, basis, population)
if view == "map":
    layer = layer or geo.shared_display_layer(level, overview=not province)  # lighter for all Indonesia
    if province:
        layer = {"type": "FeatureCollection",
                 "features": [f for f in layer["features"] if f["id"].startswith(province + ".")]}
    figure = maps.choropleth(layer, frame, classes, title=title, metric_label=metric_label, provenance=provenance,
                             lang=lang, value_format=value_format, note=note)
else:
    figure = maps.tile_map(geo.tile_grid(), frame, classes, title=title, metric_label=metric_label,
                           provenance=provenance, lang=lang, value_format=value_format)
st.caption(getattr(info, "description_id" if lang == "id" and info.description_id else "description_en"))
if not is_rate and st.session_state["per"] != "count":
    st.caption(tr("spatial_basis_not_rate"))
column = f"{metric}{denominators.COLUMN_SUFFIX[basis]}"  # the export names its basis: ikm_ovop_per_1m
ui.chart(figure, frame.rename(columns={"code": "region_code", "name": "region_name", "value": column}), dataset,
         f"map_{column}_{level}")

with controls:
    top = st.columns([1.7, 1.6, 1.7])
    top[0].segmented_control(tr("map_view"), views, key="view", required=True,
                             format_func=lambda v: tr("map_view_boundaries" if v == "map" else "map_view_tiles"))
    top[2].selectbox(tr("map_province"), province_codes, key="province",
                     format_func=lambda c: f"{c} · {region_name(c)}" if c else tr("common_all_indonesia"))
    top[1].segmented_control(tr("map_level"), ["province", "kabupaten_kota"], key="level", required=True,
                             format_func=lambda v: tr(f"level_{v}"), disabled=bool(province))
    second = st.columns([2, 1.3, 2.7])
    second[0].selectbox(tr("map_metric"), map_metrics, key="metric",
                        format_func=lambda m: getattr(metrics.METRICS[m], f"label_{lang}"))
    second[1].selectbox(tr("map_scheme"), list(SCHEMES), key="scheme", format_func=lambda s: tr(f"scheme_{s}"))
    with second[2]:
        ui.period_slider(years, tr("map_period"))
    third = st.columns([2, 1.3, 2.7])
    ui_spatial.basis_control(third[0], disabled=not is_rate)
    if level == "province" and basis == "capita":
        third[2].segmented_control(tr("spatial_population_source"), list(denominators.POPULATION_SOURCES),
                                   key="population", required=True,
                                   format_func=lambda s: tr(f"spatial_population_{s}"))
ui.to_url("view", "level", "metric", "scheme", "province", "per", "population")


@st.fragment
def timeline_section(level: str, province: str, layer: dict | None) -> None:
    """The map timeline: every period in one Vega map, stepped and played in the browser; the measure
    and per-period/cumulative switches rerun only this part (a fragment)."""
    st.subheader(tr("pres_timeline_title"))
    st.caption(tr("pres_timeline_intro"))
    columns = st.columns(2)
    ui.url_bound("tl_measure", list(timeline.MEASURES), "ikm_ovop")
    ui.url_bound("tl_mode", list(timeline.MODES), "per_period")
    measure = columns[0].segmented_control(tr("pres_timeline_measure"), list(timeline.MEASURES), key="tl_measure",
                                           required=True, format_func=lambda m: tr(f"measure_{m}"))
    mode = columns[1].segmented_control(tr("pres_timeline_mode"), list(timeline.MODES), key="tl_mode",
                                        required=True, format_func=lambda m: tr(f"pres_mode_{m}"))
    ui.to_url("tl_measure", "tl_mode")
    steps = ui.data(timeline.timeline, dataset, level, measure, mode)
    if not steps.periods:
        st.info(tr("pres_no_periods"))
        return
    frames = steps.frames
    if province:
        frames = frames[frames["code"].str.startswith(province + ".")]
    classes = classify(frames["value"], "quantiles", integer=True, lang=lang)
    st.caption(tr("map_timeline_classes"))  # its own classes, over all periods: not the map's above
    key = ("pres_round" if measure == "ikm_ovop" else "pres_year") + ("_cumulative" if mode == "cumulative" else "")
    labels = {p: tr(key, round=p, year=p) for p in steps.periods}
    area = region_name(province) if province else tr("common_all_indonesia")
    label = getattr(metrics.METRICS[measure], f"label_{lang}")
    with st.container(key="map_timeline"):
        if layer is not None:
            ui_present.timeline_player("map_timeline", {"play": tr("pres_play"), "pause": tr("pres_pause"),
                                                        "prev": tr("pres_previous"), "next": tr("pres_next")})
            spec = maps.timeline_map(layer, frames, classes, title=tr(f"pres_timeline_map_title_{measure}", area=area),
                                     frame_labels=labels, metric_label=label, provenance=provenance, lang=lang)
            ui.chart(spec, frames.rename(columns={"code": "region_code", "name": "region_name", "value": measure}),
                     dataset, f"map_timeline_{measure}_{mode}")


if view == "map" and not note:
    timeline_section(level, province, layer)
