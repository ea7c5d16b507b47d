"""Provinsi / Provinces: sortable ranking of all 38 provinces and a scorecard of one province."""

import streamlit as st

from ovop_analytics import charts, ui
from ovop_analytics.i18n import commodity_label
from ovop_analytics.regions import region_name, splits_from
from ovop_analytics.scorecard import standing
from ovop_analytics.store import queries

ui.require_app_shell()
tr = ui.tr
st.title(tr("provinces_title"))
dataset = ui.current_dataset()
if dataset is None:
    st.stop()
ui.dataset_notice(dataset)

stats = ui.data(queries.region_stats, dataset, "province")
st.subheader(tr("ranking"))
st.caption(tr("ranking_help"))
ranking = stats[["region_code", "region_name", "ikm_ovop", "types", "commodity_groups"]].copy()
ranking.insert(0, "rank", ranking["ikm_ovop"].rank(ascending=False, method="min").astype(int))
ranking = ranking.sort_values(["rank", "region_code"])
ui.table(ranking, dataset, name="province_ranking", height=400, column_config={
    "rank": st.column_config.NumberColumn(tr("col_rank"), width="small"),
    "region_code": st.column_config.TextColumn(tr("col_region_code"), width="small"),
    "region_name": tr("col_province"), "ikm_ovop": tr("col_ikm"), "types": tr("col_types"),
    "commodity_groups": tr("col_groups")})

st.divider()
st.subheader(tr("scorecard"))
codes = stats["region_code"].tolist()
ui.url_bound("province", codes, "33")
code = st.selectbox(tr("choose_province"), codes, key="province", format_func=lambda c: f"{c} · {region_name(c)}")
ui.to_url("province")
name = region_name(code)
rounds = ui.data(queries.awards_by_round, dataset, code)
per_round = rounds.groupby("round")["ikm"].sum()
columns = st.columns(3)
for column, (key, label) in zip(columns, (("ikm_ovop", "col_ikm"), ("types", "col_types"),
                                          ("commodity_groups", "col_groups"))):
    s = standing(stats, code, key)
    column.metric(tr(label), f"{s.value:.0f}", border=True,
                  chart_data=per_round.tolist() if key == "ikm_ovop" and len(per_round) > 1 else None,
                  chart_type="bar",
                  delta_description=f"{tr('rank_of', rank=s.rank, n=s.of)} · "
                                    f"{tr('median_national', value=f'{s.median:g}')}")
for split in splits_from(code):
    st.caption(tr("split_note", parent=name, year=split.year, children=region_name(split.child_code)))

left, right = st.columns(2)
with left:
    mix = ui.data(queries.commodity_mix, dataset, code)
    ui.chart(charts.commodity_mix(mix, name, ui.provenance(dataset), ui.lang()),
             mix[["commodity_group", "records"]], dataset, "commodity_mix")
with right:
    st.markdown(f"**{tr('flagship')}**")
    flagship = ui.data(queries.flagship_ikm, dataset, code)
    flagship["commodity_group"] = flagship["commodity_group"].map(lambda g: commodity_label(g, ui.lang()))
    ui.table(flagship[["entity_name", "product", "commodity_group", "region_name", "best_star", "latest_round"]],
             dataset, column_config={
                 "entity_name": tr("col_entity"), "product": tr("col_product"),
                 "commodity_group": tr("axis_group"), "region_name": tr("col_kabkota"),
                 "best_star": st.column_config.NumberColumn(tr("col_star"), format="%d ★"),
                 "latest_round": st.column_config.NumberColumn(tr("col_latest_round"), format="%d")})
    st.markdown(f"**{tr('designated_types')}**")
    types = ui.data(queries.designated_types, dataset, code)
    types["commodity_group"] = types["commodity_group"].map(lambda g: commodity_label(g, ui.lang()))
    ui.table(types, dataset, height=250, column_config={
        "type_name": tr("col_type"), "commodity_group": tr("axis_group"),
        "kabupaten_kota": tr("col_kabkota_count"),
        "first_year": st.column_config.NumberColumn(tr("col_first_year"), format="%d")})

st.markdown(f"**{tr('kabkota_table', region=name)}**")
kabkota = ui.data(queries.region_stats, dataset, "kabupaten_kota")
kabkota = kabkota[kabkota["province_code"] == code]
st.caption(tr("kabkota_none", n=int((~kabkota["has_records"]).sum())))
ui.table(kabkota[["region_code", "region_name", "ikm_ovop", "types", "commodity_groups"]]
         .sort_values("ikm_ovop", ascending=False), dataset, name=f"kabupaten_kota_{code}", column_config={
             "region_code": tr("col_region_code"), "region_name": tr("col_kabkota"), "ikm_ovop": tr("col_ikm"),
             "types": tr("col_types"), "commodity_groups": tr("col_groups")})
