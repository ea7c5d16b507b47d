"""Kabupaten/kota: the scorecard of any of the 514 kabupaten/kota, and its PDF briefing."""

import dataclasses

import pandas as pd
import streamlit as st

from ovop_analytics.charts import analytics as analytics_charts
from ovop_analytics import numbers
from ovop_analytics import charts, ui
from ovop_analytics.briefing import briefing_figures, resolve_scope
from ovop_analytics.briefing.document import comparison_table, number, spatial_sentence
from ovop_analytics.briefing.render import render_pdf
from ovop_analytics.facts import localise_awardees, localise_facts
from ovop_analytics.i18n import commodity_label
from ovop_analytics.provenance import file_stem
from ovop_analytics.metrics.denominators import basis_citation
from ovop_analytics.regions import by_code, kabupaten_kota
from ovop_analytics.ui import spatial as ui_spatial

tr = ui.tr
dataset, years = ui.dataset_page("kk_title", "kk_intro")
lang = ui.lang()
regions = by_code()
codes = [r.code for r in kabupaten_kota()]
ui.url_bound("kabkota", codes, "52.01")
code = st.selectbox(tr("kk_choose"), codes, key="kabkota",
                    format_func=lambda c: f"{regions[c].name} · {regions[regions[c].parent_code].name} ({c})")
ui.to_url("kabkota")
start, end = ui.period_slider(years, tr("period_years"), tr("period_help"))
figures = briefing_figures(ui.store(), dataset, resolve_scope("kabupaten_kota", code), start, end)
# its LISA category (IKM OVOP per 1 million residents), for the scorecard and the PDF alike
figures = dataclasses.replace(figures, spatial=ui_spatial.region_category(dataset, code, start, end))
province = figures.province_name
st.caption(tr("kk_in_province", province=province, code=code))
for split in figures.splits:
    key = "brief_split_parent" if split["kind"] == "parent" else "brief_split_child"
    st.caption(tr(key, child=split.get("child_name", ""), parent=split.get("parent_name", ""), year=split["year"]))

st.download_button(tr("brief_button"), data=lambda: render_pdf(figures, lang), icon=":material/picture_as_pdf:",
                   file_name=f"{file_stem(dataset, f'briefing_{code}_{start}-{end}_{lang}')}.pdf",
                   mime="application/pdf",
                   key="briefing_pdf", help=tr("brief_button_help"), on_click="ignore")

if figures.stock["ikm_to_end"] == 0:
    target = figures.target
    with st.container(border=True):
        st.warning(f"**{tr('brief_no_ikm', end=end)}**", icon=":material/flag:")
        # the target as published, with its fact id: text from the facts file, shown as plain text
        st.text(tr("brief_target", value=number(target["value"], lang), total=number(target["kabkota_total"], lang))
                + f" [{target['fact_id']}]")


st.caption(tr("kk_basis_flow", start=start, end=end) + " " + tr("kk_rank_help"))
for column, key in zip(st.columns(3), ("ikm_ovop", "types", "commodity_groups")):
    s = figures.headline[key]
    rank = "–" if s.rank is None or not s.value else tr("brief_rank_of", rank=s.rank, n=s.of)
    column.metric(tr(f"brief_fig_{key}"), number(s.value, lang), border=True,
                  delta_description=tr("kk_rank", rank=rank), help=tr("kk_rank_help"))
if sentence := spatial_sentence(figures, lang):
    ui.caption(sentence)
# The same table as the PDF briefing: the flow figures, the end-of-period figures, rank and averages.
# Widths in pixels that add up to the main column at 1440 px, so the last column (Dasar) is not cut off.
comparison = comparison_table(figures, lang)
widths = {tr("brief_col_figure"): 230, tr("brief_col_value"): 115, tr("brief_col_basis"): 125}
ui.table(comparison, dataset, column_config={
    column: st.column_config.TextColumn(width=widths.get(column, 150)) for column in comparison.columns})
ui.caption(basis_citation("capita", "dukcapil", lang))

provenance = ui.provenance(dataset)
left, right = st.columns(2)
with left:
    if figures.rounds.empty:
        st.markdown(f"**{tr('brief_h_rounds')}**")
        st.info(tr("brief_rounds_empty", start=start, end=end))
    else:
        published = pd.DataFrame(columns=["round", "value", "source_title", "fact_id", "is_conflict"])
        fig = charts.awards_by_round(figures.rounds, published, provenance, lang)
        ui.chart(fig, figures.rounds, dataset, f"awards_by_round_{code}")
with right:
    if int(figures.mix["records"].sum()) == 0:
        st.markdown(f"**{tr('brief_h_mix')}**")
        st.info(tr("brief_mix_empty"))
    else:
        # labels on several lines, not rotated: the axis title stays clear of the source line
        fig = analytics_charts.commodity_mix_narrow(figures.mix, figures.name, provenance, lang)
        ui.chart(fig, figures.mix, dataset, f"commodity_mix_{code}")

left, right = st.columns(2)
with left:
    st.markdown(f"**{tr('kk_types')}**")
    if figures.types.empty:
        st.info(tr("brief_types_empty", end=end))
    types = figures.types.assign(
        commodity_group=figures.types["commodity_group"].map(lambda g: commodity_label(g, lang)))
    if not types.empty:
        ui.table(types[["type_name", "commodity_group", "first_year", "in_province", "nationally"]], dataset,
             name=f"types_{code}", column_config={
                 "type_name": tr("brief_col_type"), "commodity_group": tr("brief_col_group"),
                 "first_year": st.column_config.NumberColumn(tr("brief_col_first_year"), format="%d"),
                 "in_province": tr("brief_col_in_province"), "nationally": tr("brief_col_nationally_kabkota")})
    st.markdown(f"**{tr('kk_strengths')}**")
    if figures.strengths.empty:
        st.text(tr("brief_strengths_empty"))
    for row in figures.strengths.itertuples():
        where = tr("brief_unique_national") if row.nationally == 1 else tr("brief_unique_kabkota", province=province)
        st.text(f"• {row.type_name} ({commodity_label(row.commodity_group, lang)}) — {where}")
with right:
    st.markdown(f"**{tr('kk_peers', province=province)}**")
    peers = figures.region_values.sort_values(["ikm_ovop", "ikm_to_end", "region_code"], ascending=[False, False, True])
    ui.table(peers, dataset, name=f"kabkota_of_{figures.scope.province_code}", column_config={
        "region_code": tr("common_col_region_code"), "region_name": tr("common_col_kabkota"),
        "ikm_ovop": f"{tr('brief_fig_ikm_ovop')} ({tr('basis_period')})",
        "ikm_to_end": f"{tr('brief_fig_ikm_ovop')} ({tr('basis_to_date')})"})
    st.markdown(f"**{tr('kk_gaps', province=province)}**")
    st.text(", ".join(figures.gaps["region_name"]) or tr("kk_none"))

st.subheader(tr("kk_facts"))
if figures.facts.empty:
    st.text(tr("brief_facts_empty"))
else:
    facts = localise_facts(figures.facts, lang)  # notes and metric names in the interface language
    facts = facts.assign(
        commodity_group=facts["commodity_group"].map(lambda g: commodity_label(g, lang) if isinstance(g, str)
                                                     else None),
        metric=facts["metric_label"])
    facts_shown, facts_config = numbers.styled_table(facts[[
        "fact_id", "round_year", "metric", "value", "entity_name", "product", "star", "source_title", "source_url",
        "published", "commodity_group", "note"]], {"value": None}, lang)
    st.dataframe(facts_shown, hide_index=True, placeholder="–",
                 column_config={"fact_id": tr("kk_col_mark"), "round_year": tr("kk_col_round"),
                                "note": tr("kk_col_note"), "source_title": tr("kk_col_source"),
                                "source_url": st.column_config.TextColumn(tr("kk_col_url")),
                                "published": tr("kk_col_published"), "entity_name": tr("common_col_entity"),
                                "product": tr("common_col_product"), "commodity_group": tr("common_axis_group"),
                                "star": tr("common_col_star"), "metric": tr("kk_col_metric"), "value": tr("kk_col_value")})
st.subheader(tr("kk_awardees"))
st.caption(tr("brief_awardees_note"))
if figures.awardees.empty:
    st.text(tr("kk_none"))
else:
    st.dataframe(localise_awardees(figures.awardees, lang)[["record_id", "round_year", "entity_name", "product", "star",
                                                            "source_title", "source_url", "published", "note"]],
                 hide_index=True, placeholder="–",
                 column_config={"record_id": tr("kk_col_mark"), "round_year": tr("kk_col_round"),
                                "entity_name": tr("common_col_entity"), "product": tr("common_col_product"),
                                "star": tr("common_col_star"), "note": tr("kk_col_note"), "source_title": tr("kk_col_source"),
                                "source_url": st.column_config.TextColumn(tr("kk_col_url")),
                                "published": tr("kk_col_published")})
