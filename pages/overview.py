"""Ringkasan / Overview: national KPIs, IKM OVOP per award round by star, top provinces."""

import streamlit as st

from ovop_analytics import charts, ui
from ovop_analytics.store import queries

tr = ui.tr
dataset, _years = ui.dataset_page("overview_title", "overview_intro")

summary = ui.data(queries.national_summary, dataset)
catalogue = summary["catalogue_size"] or summary["types_present"]
kpis = st.columns(4)
kpis[0].metric(tr("kpi_provinces"), f"{summary['provinces_with_ovop']} / {summary['provinces_total']}", border=True)
kpis[1].metric(tr("kpi_kabkota"), f"{summary['kabkota_with_ovop']} / {summary['kabkota_total']}", border=True)
kpis[2].metric(tr("kpi_types"), f"{summary['types_present']} / {catalogue}", border=True)
kpis[3].metric(tr("kpi_ikm"), f"{summary['ikm_ovop']}", border=True)
st.caption(charts.source_text(ui.provenance(dataset), ui.lang()))

left, right = st.columns([3, 2])
with left:
    rounds = ui.data(queries.awards_by_round, dataset)
    published = ui.public_read(queries.published_round_totals)
    ui.chart(ui.figure(charts.awards_by_round, dataset, rounds, published, ui.provenance(dataset), ui.lang()),
             rounds, dataset, "ikm_per_round")
with right:
    stats = ui.data(queries.region_stats, dataset, "province")
    top = stats.nlargest(10, "ikm_ovop")[["region_code", "region_name", "ikm_ovop", "types"]]
    ui.chart(ui.figure(charts.top_regions, dataset, stats, "ikm_ovop", tr("axis_ikm"), 10, ui.provenance(dataset),
                       ui.lang()),
             top, dataset, "top_provinces")
