"""Fakta terbitan / Published facts: only published, cited figures (award rounds, the catalogue, the
provinces named in 2011, the named award holders). No synthetic number appears on this page, whatever
dataset the sidebar has chosen."""

import pandas as pd
import streamlit as st

from ovop_analytics import numbers
from ovop_analytics import facts as published
from ovop_analytics import geo, ui
from ovop_analytics.charts import published as published_charts
from ovop_analytics.regions import provinces, region_name
from ovop_analytics.store import queries

ui.require_app_shell()
tr = ui.tr
lang = ui.lang()
st.title(tr("pub_title"))
st.caption(tr("pub_intro"))

facts = published.localise_facts(queries.published_facts(ui.store()), lang)
awardees = published.localise_awardees(published.named_awardees(), lang)
link = {"display_text": r"https?://(?:www\.)?([^/]+)/.*"}

# Award rounds: totals and star breakdowns, conflicting sources both drawn.
st.subheader(tr("pub_rounds_heading"))
st.caption(tr("pub_rounds_caption"))
bars = published.award_round_bars(facts, awardees)
st.plotly_chart(published_charts.award_rounds(bars, facts, lang), config={"displaylogo": False})
round_facts = facts[facts["fact_id"].isin(bars["fact_id"])]
round_columns = ["fact_id", "round_year", "metric_label", "star", "value", "note", "source_title", "source_url",
                 "published"]
st.download_button(tr("common_download_csv"), ui.csv_bytes(round_facts[round_columns], synthetic=False),
                   file_name="fakta_terbitan_putaran_penghargaan.csv", mime="text/csv", key="dl_pub_rounds",
                   icon=":material/download:", on_click="ignore")
facts_config = {
    "fact_id": st.column_config.TextColumn(tr("common_col_fact"), width="small"),
    "round_year": st.column_config.NumberColumn(tr("common_col_year"), format="%d", width="small"),
    "metric_label": st.column_config.TextColumn(tr("common_col_metric"), width="medium"),
    "star": st.column_config.NumberColumn(tr("common_col_star"), format="%d ★", width="small"),
    "value": st.column_config.NumberColumn(tr("common_col_value"), format="%g", width="small"),
    "note": st.column_config.TextColumn(tr("common_col_note"), width="large"),
    "source_title": st.column_config.TextColumn(tr("common_col_source_title"), width="medium"),
    "source_url": st.column_config.LinkColumn(tr("common_col_link"), **link),
    "published": tr("common_col_published"),
}
with st.expander(tr("facts_title", n=len(round_facts))):
    ui.table(round_facts[round_columns], None, column_config=facts_config)

# The Kemenkop UKM catalogue.
st.subheader(tr("pub_catalogue_heading"))
catalogue = facts[facts["metric"] == "ovop_types_designated"]
national = catalogue[catalogue["level"] == "national"]
regional = catalogue[catalogue["level"] == "province"]
tiles = st.columns(1 + len(regional))
total = None
if not national.empty:
    row = national.iloc[0]
    total = row["value"]
    tiles[0].metric(tr("pub_kpi_national"), numbers.general(row['value'], lang), border=True, delta_description=row["fact_id"])
for tile, row in zip(tiles[1:], regional.itertuples()):
    tile.metric(tr("pub_kpi_province", province=region_name(row.region_code)), numbers.general(row.value, lang), border=True,
                delta_description=f"{row.fact_id} · " + (tr("pub_kpi_share", share=numbers.percent(row.value / total, lang, 0))
                                                         if total else ""))
# Text from the facts file is shown as plain text (st.text), never as Markdown.
for row in catalogue.itertuples():
    st.text(f"{row.fact_id}: {row.note}")
for line in published_charts.citation_lines(catalogue, lang):
    st.text(tr("pub_cite_caption", cite=line))

# The provinces named in 2011 and the named award holders, on a map.
st.subheader(tr("pub_map_heading"))
named = facts[facts["metric"] == "named_successful_province"]
installed = geo.installed_levels()
layer, points, points_level = None, None, "province"
if "province" in installed:
    layer = geo.shared_display_layer("province", overview=True)
    if "kabupaten_kota" in installed:
        points_level = "kabupaten_kota"
        points = published_charts.representative_points(geo.shared_display_layer("kabupaten_kota", overview=True),
                                                        set(awardees["region_code"]))
    else:
        points = published_charts.representative_points(layer, set(awardees["province_code"]))
else:
    st.caption(tr("pub_map_no_boundaries"))
province_frame = pd.DataFrame([{"code": p.code, "name": p.name} for p in provinces()])
spec = published_charts.named_provinces_map(
    layer, geo.tile_grid(), province_frame, named, awardees, points, points_level,
    awardees[["record_id", "source_title", "source_url", "published"]], lang)
st.vega_lite_chart(spec, width="stretch", theme="streamlit")
st.text(f"{tr('pub_named')}: " + " · ".join(f"{region_name(r.region_code)} ({r.fact_id})"
                                           for r in named.sort_values("region_code").itertuples()))
for row in named[named["note"] != named["note"].mode().iloc[0]].itertuples():
    st.text(f"{row.fact_id}: {row.note}")  # F08: Kalimantan Timur included today's Kalimantan Utara in 2011

# The named award holders with their sources: a sample, never totals.
st.subheader(tr("pub_holders_heading"))
st.info(tr("pub_holders_sample", n=len(awardees)), icon=":material/info:")
holders = awardees.assign(province=[region_name(c) for c in awardees["province_code"]])
holder_columns = ["record_id", "round_year", "entity_name", "product", "star", "region_name", "province", "note",
                  "source_title", "source_url", "published"]
ui.table(holders[holder_columns], None, column_config={
    "record_id": st.column_config.TextColumn(tr("pub_col_record"), width="small"),
    "round_year": st.column_config.NumberColumn(tr("pub_col_round"), format="%d", width="small"),
    "entity_name": st.column_config.TextColumn(tr("common_col_entity"), width="medium"),
    "product": tr("common_col_product"),
    "star": st.column_config.NumberColumn(tr("common_col_star"), format="%d ★", width="small"),
    "region_name": tr("common_col_kabkota"), "province": tr("common_col_province"),
    "note": st.column_config.TextColumn(tr("common_col_note"), width="large"),
    "source_title": st.column_config.TextColumn(tr("common_col_source_title"), width="medium"),
    "source_url": st.column_config.LinkColumn(tr("common_col_link"), **link),
    "published": tr("common_col_published")})
