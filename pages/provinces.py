"""Provinsi / Provinces: sortable ranking of all 38 provinces and a scorecard of one province."""

import pandas as pd
import streamlit as st

from ovop_analytics import numbers
from ovop_analytics import metrics, ui
from ovop_analytics.briefing import resolve_scope
from ovop_analytics.briefing.render import briefing_pdf
from ovop_analytics.provenance import file_stem
from ovop_analytics import facts as published_facts
from ovop_analytics.ui import analytics as ua
from ovop_analytics.charts import analytics as analytics_charts
from ovop_analytics.i18n import commodity_label
from ovop_analytics.metrics import METRICS, denominators
from ovop_analytics.regions import region_name, splits_from
from ovop_analytics.provenance import coverage_text
from ovop_analytics.store import Dataset, queries

tr = ui.tr
dataset, _years = ui.dataset_page("provinces_title")

# All records of the dataset (no period on this page), the same function as every page and the CLI.
COUNTS = ("ikm_ovop", "types", "commodity_groups")
stats = ui.data(metrics.region_metrics, dataset, "province", COUNTS)
unavailable = ui.data(metrics.unavailable_metrics, dataset, COUNTS)
st.subheader(tr("provinces_ranking"))
st.caption(tr("provinces_ranking_help") + " " + tr("analytics_no_value_reason"))
for reason in sorted(set(unavailable.values())):
    st.info(tr(f"unavail_{reason}"))
ranking = stats[["region_code", "region_name", "ikm_ovop", "types", "commodity_groups"]].copy()
# beside the count, the count per 1 million residents: a province of 50 million and one of 600 thousand
ranking.insert(3, "ikm_ovop_per_1m",
               denominators.apply_basis(stats[["region_code", "ikm_ovop"]], "province", ["ikm_ovop"], "capita")["ikm_ovop"])
rank_by = "types" if "ikm_ovop" in unavailable else "ikm_ovop"
ranking.insert(0, "rank", ranking[rank_by].astype("Float64").rank(ascending=False, method="min").astype("Int64"))
ranking = ranking.sort_values(["rank", "region_code"], na_position="last").drop(
    columns=[m for m in unavailable if m in ranking])
ui.table(ranking, dataset, name="province_ranking", height=400, column_config={
    "rank": st.column_config.NumberColumn(tr("provinces_col_rank"), width="small"),
    "region_code": st.column_config.TextColumn(tr("common_col_region_code"), width="small"),
    # every column says its period: all the dataset's records, first to last year
    "region_name": tr("common_col_province"),
    **{m: analytics_charts.metric_header(m, ui.lang(), min(_years), max(_years))
       for m in ("ikm_ovop", "types", "commodity_groups")},
    "ikm_ovop_per_1m": st.column_config.NumberColumn(
        denominators.basis_label(tr("provinces_col_ikm"), "capita", "dukcapil", ui.lang()), format="%.2f")})
ui.caption(denominators.basis_citation("capita", "dukcapil", ui.lang()))

st.divider()


@st.fragment
def scorecard(dataset: Dataset, _years: list[int], stats: pd.DataFrame, unavailable: dict[str, str]) -> None:
    """The chosen province's scorecard, charts and tables: a fragment, so choosing another province reruns
    only this part (not the ranking above, which does not depend on it). The choice stays in the URL."""
    st.subheader(tr("provinces_scorecard"))
    codes = stats["region_code"].tolist()
    ui.url_bound("province", codes, "33")
    code = st.selectbox(tr("provinces_choose_province"), codes, key="province", format_func=lambda c: f"{c} · {region_name(c)}")
    ui.to_url("province")
    name = region_name(code)
    _lang = ui.lang()
    st.download_button(  # typeset on click, on Streamlit's download thread
        tr("brief_button"), data=lambda: briefing_pdf(ui.store(), dataset, resolve_scope("province", code), _lang),
        file_name=f"{file_stem(dataset, f'briefing_{code}_{_lang}')}.pdf", mime="application/pdf", key="briefing_pdf",
        icon=":material/picture_as_pdf:", help=tr("brief_button_help"), on_click="ignore")
    _headline_kpis(dataset, code, stats, unavailable)
    entrants = _score_kpis(dataset, code, _years)
    for split in splits_from(code):
        st.caption(tr("provinces_split_note", parent=name, year=split.year, children=region_name(split.child_code)))

    if dataset.covers(code):
        _composition_and_awards(dataset, code, name, entrants)
    else:
        st.info(tr("provinces_province_outside_coverage", region=name, coverage=coverage_text(dataset, ui.lang())))

    _award_holders(code, name)
    _kabkota_table(dataset, code, name, unavailable)


def _headline_kpis(dataset: Dataset, code: str, stats: pd.DataFrame, unavailable: dict[str, str]) -> None:
    """IKM OVOP, types and groups of the province with its rank and the national median."""
    rounds = ui.data(queries.awards_by_round, dataset, code)
    per_round = rounds.groupby("round")["ikm"].sum()
    columns = st.columns(3)
    for column, key in zip(columns, ("ikm_ovop", "types", "commodity_groups")):
        label = analytics_charts.metric_header(key, ui.lang(), min(_years), max(_years))  # 'IKM OVOP (2007–2024)'
        if key in unavailable:
            column.metric(label, "–", border=True, help=tr(f"unavail_{unavailable[key]}"))
            continue
        s = ua.standing(stats, code, key)
        shown = "–" if analytics_charts.is_missing(s.value) else numbers.integer(int(s.value), ui.lang())
        column.metric(label, shown, border=True,
                      chart_data=per_round.tolist() if key == "ikm_ovop" and len(per_round) > 1 else None,
                      chart_type="bar", delta_description=ua.standing_caption(s, key))
    if "ikm_ovop" not in unavailable and len(per_round) > 1:  # the sparkline has no axis: say what it draws
        st.caption(tr("provinces_sparkline_note", first=int(per_round.index.min()), last=int(per_round.index.max())))
    ui.caption(tr("common_kpi_source", source=ui.provenance(dataset).source))


def _score_kpis(dataset: Dataset, code: str, _years: list[int]) -> pd.DataFrame:
    """Diversity, coverage, uniqueness, growth and new entrants of the province; returns its new entrants."""
    # Diversity, coverage, uniqueness and growth: one aggregate over all provinces, ranked and compared with
    # the average of the provinces; a province without records shows "tidak ada data", never a 0 index.
    SCORE_METRICS = ("shannon", "evenness", "uniqueness_to_date", "coverage_types_to_date", "cagr")
    round_years = ui.data(metrics.growth_series, dataset, "national", "ikm_ovop")["period"]
    award_rounds = round_years.nunique()
    cagr_start = int(round_years.min()) if award_rounds else None  # a CAGR 'baru' started from 0 then
    scores = ui.data(metrics.region_metrics, dataset, "province",
                     SCORE_METRICS if award_rounds > 1 else SCORE_METRICS[:-1])  # a CAGR needs two rounds
    if "cagr" not in scores:
        scores["cagr"] = None
    catalogue_size = ui.data(metrics.coverage_summary, dataset)["catalogue_size"]
    score_unavailable = ui.data(metrics.unavailable_metrics, dataset, SCORE_METRICS)
    entrants = ui.data(metrics.new_entrants, dataset, code)
    score_columns = [*st.columns(3), *st.columns(3)]
    for column, metric in zip(score_columns, SCORE_METRICS):
        if metric in score_unavailable:
            column.metric(analytics_charts.metric_header(metric, ui.lang(), min(_years), max(_years)), "–",
                          border=True, help=tr(f"unavail_{score_unavailable[metric]}"))
            continue
        s = ua.standing(scores, code, metric)
        value = analytics_charts.format_metric(metric, s.value, ui.lang())
        if metric == "coverage_types_to_date" and not analytics_charts.is_missing(s.value) and catalogue_size:
            value = f"{round(float(s.value) * catalogue_size)}/{catalogue_size} ({value})"
        info = METRICS[metric]
        column.metric(analytics_charts.metric_header(metric, ui.lang(), min(_years), max(_years)), value, border=True,
                      help=info.description_id if ui.lang() == "id" and info.description_id else info.description_en,
                      delta_description=ua.standing_caption(s, metric, cagr_start))
    if entrants.empty:
        score_columns[-1].metric(tr("provinces_kpi_new_entrants"), tr("common_no_data"), border=True)
    else:
        latest = entrants.iloc[-1]
        score_columns[-1].metric(tr("provinces_kpi_new_entrants"), f"{latest['new_entrants']}", border=True,
                                 delta_description=tr("provinces_new_entrants_of", round=latest["round"], n=latest["ikm"]))
    return entrants


def _composition_and_awards(dataset: Dataset, code: str, name: str, entrants: pd.DataFrame) -> None:
    """Commodity mix, flagship IKM, designated types, new entrants and star upgrades of a covered province."""
    left, right = st.columns(2)
    with left:
        mix = ui.data(queries.commodity_mix, dataset, code)
        fig = ui.figure(analytics_charts.commodity_mix_narrow, dataset, mix, name, ui.provenance(dataset),
                        ui.lang())
        ui.chart(fig, mix[["commodity_group", "records"]], dataset, "commodity_mix")
    with right:
        st.markdown(f"**{tr('provinces_flagship')}**")
        flagship = ui.data(queries.flagship_ikm, dataset, code)
        flagship["commodity_group"] = flagship["commodity_group"].map(lambda g: commodity_label(g, ui.lang()))
        ui.table(flagship[["entity_name", "best_star", "product", "commodity_group", "region_name",
                           "latest_round"]], dataset, column_config={
                     "entity_name": tr("common_col_entity"), "product": tr("common_col_product"),
                     "commodity_group": tr("common_axis_group"), "region_name": tr("common_col_kabkota"),
                     # the stars next to the name and narrow: a half-width column shows them whole
                     "best_star": st.column_config.NumberColumn(tr("common_col_star"), format="%d ★", width=70),
                     "latest_round": st.column_config.NumberColumn(tr("provinces_col_latest_round"), format="%d",
                                                                   width="small")})
        st.markdown(f"**{tr('provinces_designated_types')}**")
        types = ui.data(queries.designated_types, dataset, code)
        types["commodity_group"] = types["commodity_group"].map(lambda g: commodity_label(g, ui.lang()))
        if types.empty:  # an IKM-only dataset: say so instead of an empty grid labelled "empty"
            no_types = "types" in ui.data(metrics.unavailable_metrics, dataset, ("types",))
            st.info(tr("unavail_no_types_program") if no_types else tr("common_no_data"))
        else:
            ui.table(types, dataset, height=250, column_config={
                "type_name": tr("provinces_col_type"), "commodity_group": tr("common_axis_group"),
                "kabupaten_kota": tr("provinces_col_kabkota_count"),
                "first_year": st.column_config.NumberColumn(tr("provinces_col_first_year"), format="%d")})

    left, right = st.columns(2)
    with left:
        if entrants.empty:
            st.markdown(f"**{tr('provinces_entrants_title')}**")
            st.info(tr("provinces_no_awards_in_province"))
        else:
            ui.chart(ui.figure(analytics_charts.entrants_bars, dataset, entrants, title=tr("provinces_entrants_title"),
                               subtitle=name, provenance=ui.provenance(dataset), lang=ui.lang()),
                     entrants, dataset, "new_entrants")
    with right:
        st.markdown(f"**{tr('provinces_upgrades_title')}**")
        upgrades = ui.data(metrics.star_upgrades, dataset, code)
        st.caption(tr("provinces_upgrades_count", n=len(upgrades)))
        upgrades = upgrades.assign(
            stars=[f"{a} ★ → {b} ★" for a, b in zip(upgrades["from_star"], upgrades["to_star"])],
            rounds=[f"{a} → {b}" for a, b in zip(upgrades["from_round"], upgrades["to_round"])])
        ui.table(upgrades[["entity_name", "region_name", "stars", "rounds"]], dataset, name=f"star_upgrades_{code}",
                 column_config={"entity_name": st.column_config.TextColumn(tr("common_col_entity"), width="medium"),
                                "region_name": tr("common_col_kabkota"), "stars": tr("provinces_col_stars_change"),
                                "rounds": tr("provinces_col_rounds_change")})


def _award_holders(code: str, name: str) -> None:
    # Named award holders of this province: published facts, not the chosen dataset; a sample, not totals.
    st.markdown(f"**{tr('pub_prov_holders_title')}**")
    st.caption(tr("pub_prov_holders_caption"))
    holders = published_facts.localise_awardees(published_facts.named_awardees(), ui.lang())
    holders = holders[holders["province_code"] == code]
    if holders.empty:
        st.text(tr("pub_prov_holders_none", province=name))
    else:
        ui.table(holders[["round_year", "entity_name", "product", "star", "region_name", "note", "source_title",
                          "source_url", "published"]], None, column_config={
            "round_year": st.column_config.NumberColumn(tr("pub_col_round"), format="%d", width="small"),
            "entity_name": st.column_config.TextColumn(tr("common_col_entity"), width="medium"),
            "product": tr("common_col_product"),
            "star": st.column_config.NumberColumn(tr("common_col_star"), format="%d ★", width="small"),
            "region_name": tr("common_col_kabkota"),
            "note": st.column_config.TextColumn(tr("common_col_note"), width="large"),
            "source_title": st.column_config.TextColumn(tr("common_col_source_title"), width="medium"),
            "source_url": st.column_config.LinkColumn(tr("common_col_link"), display_text=r"https?://(?:www\.)?([^/]+)/.*"),
            "published": tr("common_col_published")})


def _kabkota_table(dataset: Dataset, code: str, name: str, unavailable: dict[str, str]) -> None:
    """Every kabupaten/kota of the province: outside coverage (no data), without records (0), with records."""
    st.markdown(f"**{tr('kabkota_table', region=name)}**")
    kabkota = ui.data(metrics.region_metrics, dataset, "kabupaten_kota", (*COUNTS, "shannon", "coverage_types",
                                                                           "uniqueness"))
    kabkota = kabkota[kabkota["region_code"].str.startswith(code + ".")].copy()
    # Three different statements: outside the dataset's coverage (no data), inside it without records (0),
    # and with records. "Without IKM OVOP" and "without OVOP types" are counted apart.
    outside = kabkota["commodity_groups"].isna()
    has_records = (kabkota[list(COUNTS)].fillna(0) > 0).any(axis=1)
    kabkota["status"] = [tr("provinces_status_outside") if out else tr("provinces_status_has_records") if has
                         else tr("provinces_status_no_records")
                         for out, has in zip(outside, has_records)]
    kabkota["coverage_types"] = kabkota["coverage_types"] * 100  # shown as % with one decimal
    statements = []
    if "ikm_ovop" not in unavailable:
        statements.append(tr("kabkota_without_ikm", n=int((kabkota["ikm_ovop"] == 0).sum())))
    if "types" not in unavailable:
        statements.append(tr("kabkota_without_types", n=int((kabkota["types"] == 0).sum())))
    if outside.any():
        statements.append(tr("kabkota_outside", n=int(outside.sum())))
    st.caption(" · ".join(statements) + ". " + tr("analytics_no_value_reason"))
    hidden = set(unavailable) | ({"coverage_types", "uniqueness"} if "types" in unavailable else set())
    kabkota = kabkota.drop(columns=[c for c in hidden if c in kabkota])
    shown = [c for c in ("region_code", "region_name", "status", "ikm_ovop", "types", "commodity_groups", "shannon",
                          "coverage_types", "uniqueness") if c in kabkota]
    order = [c for c in ("ikm_ovop", "types", "region_code") if c in kabkota]
    ui.table(kabkota[shown].sort_values(order, ascending=[c == "region_code" for c in order], na_position="last"),
             dataset,
             name=f"kabupaten_kota_{code}", column_config={
                 "region_code": tr("common_col_region_code"), "region_name": tr("common_col_kabkota"),
                 "status": tr("provinces_col_status"), "ikm_ovop": tr("provinces_col_ikm"),
                 "types": tr("provinces_col_types"), "commodity_groups": tr("provinces_col_groups"),
                 "shannon": st.column_config.NumberColumn(analytics_charts.metric_label("shannon", ui.lang()),
                                                          format="%.3f"),
                 "coverage_types": st.column_config.NumberColumn(
                     analytics_charts.metric_axis_title("coverage_types", ui.lang()), format="%.1f"),
                 "uniqueness": st.column_config.NumberColumn(analytics_charts.metric_label("uniqueness", ui.lang()),
                                                             format="%.3f")})


scorecard(dataset, _years, stats, unavailable)
