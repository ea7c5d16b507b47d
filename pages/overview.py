"""Ringkasan / Overview: national KPIs, IKM OVOP per award round by star, top provinces."""

import streamlit as st

from ovop_analytics import numbers
from ovop_analytics import charts, metrics, ui
from ovop_analytics.store import queries

tr = ui.tr
dataset, years = ui.dataset_page("overview_title", "overview_intro")
provenance = ui.provenance(dataset)

# The same functions as every other page and the CLI: stock of every record (no period chosen here),
# inside the dataset's coverage; a programme the dataset lacks is "–" with a sentence, never 0 / 0.
summary = ui.data(metrics.coverage_summary, dataset)
unavailable = ui.data(metrics.unavailable_metrics, dataset, ("types", "ikm_ovop"))
provinces = ui.data(metrics.region_metrics, dataset, "province", ("ikm_ovop", "types"))
kpis = st.columns(4)
kpis[0].metric(tr("common_kpi_provinces"), f"{summary['provinces_with_ovop']} / {summary['provinces_total']}", border=True)
kpis[1].metric(tr("common_kpi_kabkota"), f"{summary['kabkota_with_ovop']} / {summary['kabkota_total']}", border=True)
if "types" in unavailable:
    kpis[2].metric(tr("common_kpi_types"), "–", border=True, help=tr("unavail_no_types_program"))
else:
    kpis[2].metric(tr("common_kpi_types"), f"{summary['types_present']} / {summary['catalogue_size']}", border=True)
if "ikm_ovop" in unavailable:
    kpis[3].metric(tr("common_kpi_ikm"), "–", border=True, help=tr("unavail_no_award_program"))
else:
    kpis[3].metric(tr("common_kpi_ikm"), numbers.integer(int(provinces['ikm_ovop'].sum()), ui.lang()), border=True)
ui.caption(tr("common_kpi_source", source=provenance.source) + " · "
           + tr("basis_header_to_date", label=tr("overview_all_records"), end=max(years)))
for reason in sorted(set(unavailable.values())):
    st.info(tr(f"unavail_{reason}"))

left, right = st.columns([3, 2])
with left:
    if "ikm_ovop" not in unavailable:
        rounds = ui.data(queries.awards_by_round, dataset)
        published = ui.public_read(queries.published_round_totals)
        cited = "; ".join(f"{row.fact_id} '{row.source_title}'" for row in published.itertuples())
        ui.chart(ui.figure(charts.awards_by_round, dataset, rounds, published, ui.provenance(dataset, facts=cited),
                           ui.lang()), rounds, dataset, "ikm_per_round")
with right:
    measure = "types" if "ikm_ovop" in unavailable else "ikm_ovop"
    label = tr("common_axis_types" if measure == "types" else "common_axis_ikm")
    top = provinces.dropna(subset=[measure]).nlargest(10, measure)[["region_code", "region_name", measure]]
    ui.chart(ui.figure(charts.top_regions, dataset, top, measure, label, 10, provenance, ui.lang()), top, dataset,
             "top_provinces")
