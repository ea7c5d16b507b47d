"""Sumber data / Data sources: the datasets with their provenance and every published fact with its link."""

from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from ovop_analytics import local_time, numbers
from ovop_analytics import facts as facts_display
from ovop_analytics import ui
from ovop_analytics.metrics import methods_table
from ovop_analytics.provenance import citation, coverage_text
from ovop_analytics.store import queries

ui.require_app_shell()
tr = ui.tr
st.title(tr("sources_title"))

st.subheader(tr("sources_datasets_table"))
zone = local_time.zone_or_default(st.context.timezone)  # stored in UTC, shown in WIB (or the browser's zone)
datasets = [{
    "name": d.name, "kind": tr(f"kind_{d.kind}"), "visibility": tr(f"visibility_{d.visibility}"),
    "synthetic": tr("yes") if d.is_synthetic else tr("no"), "rows": d.rows, "source": citation(d, ui.lang()),
    "coverage": coverage_text(d, ui.lang()),
    "created_at": local_time.to_local(d.created_at, zone)} for d in ui.visible_datasets()]
ui.table(pd.DataFrame(datasets), None, column_config={
    "name": tr("sources_col_name"), "kind": tr("sources_col_kind"), "visibility": tr("sources_col_visibility"),
    "synthetic": tr("sources_col_synthetic"), "rows": tr("sources_col_rows"), "source": st.column_config.TextColumn(
        tr("common_col_source"), width="large"), "coverage": st.column_config.TextColumn(tr("common_meta_coverage")),
    "created_at": st.column_config.DatetimeColumn(f"{tr('sources_col_created')} ({local_time.zone_label(zone)})",
                                                  format="YYYY-MM-DD HH:mm")})

# Notes and metric names in the interface language; the bundled facts file itself stays as published.
facts = facts_display.localise_facts(ui.public_read(queries.published_facts), ui.lang())
st.subheader(tr("facts_title", n=len(facts)))
st.caption(tr("facts_intro"))

link_config = {
    "fact_id": st.column_config.TextColumn(tr("common_col_fact"), width="small"),
    "round_year": st.column_config.NumberColumn(tr("common_col_year"), format="%d", width="small"),
    "region_name": tr("common_col_region"), "metric_label": st.column_config.TextColumn(tr("common_col_metric"), width="medium"),
    "value": tr("common_col_value"),
    "star": st.column_config.NumberColumn(tr("common_col_star"), format="%d"),
    "entity_name": tr("common_col_entity"), "product": tr("common_col_product"),
    "note": st.column_config.TextColumn(tr("common_col_note"), width="large"),
    "is_conflict": st.column_config.CheckboxColumn(tr("sources_col_conflict")),
    "source_title": st.column_config.TextColumn(tr("common_col_source_title"), width="medium"),
    "source_url": st.column_config.LinkColumn(tr("common_col_link"), display_text=r"https?://([^/]+)/.*"),
    "other_source_url": st.column_config.LinkColumn(tr("sources_col_other_link"), display_text=r"https?://([^/]+)/.*"),
    "published": tr("common_col_published"),
}

st.markdown(f"**{tr('sources_conflicts_title')}**")
for fact in facts_display.conflicts(facts).to_dict("records"):
    with st.container(border=True):
        star = f" · {fact['star']:.0f} ★" if pd.notna(fact["star"]) else ""
        st.markdown("**" + ui.plain(f"{fact['fact_id']} · {fact['round_year']} · {fact['metric_label']} = "
                                    f"{numbers.general(fact['value'], ui.lang())}{star}") + "**")
        st.text(fact["note"])
        links = st.columns(2)
        if pd.notna(fact["source_url"]):
            links[0].link_button(f"{tr('common_col_link')}: {fact['source_title']}", fact["source_url"],
                                 icon=":material/open_in_new:")
        if pd.notna(fact["other_source_url"]):
            host = urlsplit(fact["other_source_url"]).hostname or ""
            links[1].link_button(f"{tr('sources_col_other_link')}: {host.removeprefix('www.')}", fact["other_source_url"],
                                 icon=":material/open_in_new:")

st.markdown(f"**{tr('facts_title', n=len(facts))}**")
ui.table(facts[["fact_id", "round_year", "region_name", "metric_label", "value", "star", "note", "entity_name",
                "product", "is_conflict", "source_title", "source_url", "published"]], None,
         column_config=link_config, height=600)
without_url = facts.loc[facts["source_url"].isna(), "fact_id"].tolist()
if without_url:
    st.caption(f"{tr('sources_no_url')}: {', '.join(without_url)}")

# Methods: every metric the product shows or the CLI prints, with its definition, formula, basis and unit.
st.subheader(tr("sources_methods_title"))
st.caption(tr("sources_methods_intro"))
ui.table(methods_table(ui.lang()), None, height=560, column_config={
    "metric": st.column_config.TextColumn("stats --metrics", width="small"),
    "label": st.column_config.TextColumn(tr("common_col_metric"), width="medium"),
    "definition": st.column_config.TextColumn(tr("sources_col_definition"), width="large"),
    "formula": st.column_config.TextColumn(tr("sources_col_formula"), width="medium"),
    "basis": st.column_config.TextColumn(tr("sources_col_basis"), width="small"),
    "unit": st.column_config.TextColumn(tr("sources_col_unit"), width="small"),
    "programme": st.column_config.TextColumn(tr("sources_col_programme"), width="small"),
    "reference": st.column_config.TextColumn(tr("sources_col_reference"), width="medium")})
