"""A briefing's words and formatted numbers in one language, as a plain dict the Typst template lays out.

Every figure carries a citation marker: [D] for the dataset the numbers are computed from, the fact id
(F31), named-award id (A07) or policy-statement id (S01) of a published source; the sources list at the
end resolves each marker. Text from files and names stays text: the template never evaluates it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from ovop_analytics import numbers
from ovop_analytics.briefing.figures import Figures, Standing
from ovop_analytics.i18n import commodity_label, t
from ovop_analytics.facts import localise_awardees, localise_facts, source_title_in
from ovop_analytics.metrics.denominators import basis_citation, basis_label
from ovop_analytics.provenance import citation, coverage_text

DATASET_MARK = "D"
MAX_TYPES = 14
MAX_FACTS = 10
MAX_GAPS = 40
NO_VALUE = "–"
PRESENCE_METRICS = {"flagship_product", "named_successful_province"}


def number(value: float | int | None, lang: str, decimals: int = 0) -> str:
    """1.234,5 in Bahasa Indonesia, 1,234.5 in English; '–' for no data."""
    return numbers.fixed(value, lang, decimals) if decimals else numbers.integer(value, lang)


def percent(value: float | None, lang: str) -> str:
    return numbers.percent(value, lang)


def _level_word(figures: Figures, lang: str) -> str:
    return t(f"brief_level_{figures.scope.level}", lang)


def _rank_text(s: Standing, lang: str) -> str:
    """'2 of 38'; '–' when there is no value or nothing to rank (a zero ranks nobody)."""
    if s.rank is None or not s.value:
        return NO_VALUE
    return t("brief_rank_of", lang, rank=s.rank, n=s.of)


def _headline_rows(figures: Figures, lang: str) -> list[dict[str, str]]:
    rows = []
    for key in ("ikm_ovop", "types", "commodity_groups"):
        s = figures.headline[key]
        rows.append({"key": key, "label": t(f"brief_fig_{key}", lang), "value": number(s.value, lang),
                     "rank": _rank_text(s, lang), "peer": number(s.peer_mean, lang, 1),
                     "national": number(s.national_mean, lang, 1), "basis": t("basis_period", lang),
                     "cite": DATASET_MARK})
        if key == "ikm_ovop" and "ikm_ovop_per_1m" in figures.headline:  # the count's rate, beside it
            s = figures.headline["ikm_ovop_per_1m"]
            rows.append({"key": "ikm_ovop_per_1m",
                         "label": basis_label(t("brief_fig_ikm_ovop", lang), "capita", "dukcapil", lang),
                         "value": number(s.value, lang, 2), "rank": _rank_text(s, lang),
                         "peer": number(s.peer_mean, lang, 2), "national": number(s.national_mean, lang, 2),
                         "basis": t("basis_period", lang), "cite": DATASET_MARK})
    return rows


def _stock_rows(figures: Figures, lang: str) -> list[dict[str, str]]:
    stock, scope = figures.stock, figures.scope.level
    basis = t("basis_to_date", lang)
    rows: list[dict[str, str]] = []
    if scope == "national":
        rows.append({"label": t("brief_fig_types_present", lang), "value": NO_VALUE if not stock["catalogue_size"]
                     else t("brief_x_of_y", lang, x=number(stock["types_present"], lang),
                            y=number(stock["catalogue_size"], lang))})
        rows.append({"label": t("brief_fig_provinces_with_ovop", lang), "value": t(
            "brief_x_of_y", lang, x=number(stock["provinces_with_ovop"], lang),
            y=number(stock["provinces_total"], lang))})
    else:
        cov = stock["coverage_types"]
        size = stock["catalogue_size"]
        value = NO_VALUE if cov.value is None else \
            f"{number(round(cov.value * size), lang)}/{number(size, lang)} ({percent(cov.value, lang)})"
        rows.append({"label": t("brief_fig_coverage_types", lang), "value": value, "rank": _rank_text(cov, lang),
                     "peer": percent(cov.peer_mean, lang), "national": percent(cov.national_mean, lang)})
        uniq = stock["uniqueness"]
        rows.append({"label": t("brief_fig_uniqueness", lang), "value": number(uniq.value, lang, 3),
                     "rank": _rank_text(uniq, lang), "peer": number(uniq.peer_mean, lang, 3),
                     "national": number(uniq.national_mean, lang, 3)})
    if scope == "kabupaten_kota":
        rows.append({"label": t("brief_fig_ikm_to_end", lang), "value": number(stock["ikm_to_end"], lang)})
    else:
        rows.append({"label": t("brief_fig_kabkota_with_ikm", lang), "value": t(
            "brief_x_of_y", lang, x=number(stock["kabkota_with_ikm_in_scope"], lang),
            y=number(stock["kabkota_in_scope"], lang)) if stock["kabkota_in_scope"] else NO_VALUE})
    for row in rows:
        row.setdefault("rank", NO_VALUE)
        row.setdefault("peer", NO_VALUE)
        row.setdefault("national", NO_VALUE)
        row.update(basis=basis, cite=DATASET_MARK)
    return rows


def _columns(figures: Figures, lang: str) -> dict[str, str]:
    scope = figures.scope.level
    if scope == "kabupaten_kota":
        return {"rank": t("brief_col_rank_kabkota", lang, province=figures.province_name),
                "peer": t("brief_col_mean_province_kabkota", lang),
                "national": t("brief_col_mean_national_kabkota", lang)}
    if scope == "province":
        # the same comparison as the web scorecard: the average of the provinces with a value (8 for a
        # dataset of 8 provinces, never called national)
        counts = [s.of for s in figures.headline.values() if s.of]
        return {"rank": t("brief_col_rank_province", lang),
                "peer": t("brief_col_mean_provinces", lang, n=max(counts) if counts else 0), "national": ""}
    return {"rank": "", "peer": "", "national": ""}


def _text(value: Any) -> str:
    """A cell as text; '' for None, NaN and NA (facts have empty columns)."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _fact_text(row: pd.Series, lang: str) -> str:
    parts = []
    if _text(row.get("round_year")):
        parts.append(str(int(row["round_year"])))
    metric = _text(row.get("metric"))
    label = _text(row.get("metric_label")) or metric
    value = row.get("value")
    value_text = number(value, lang, 0 if not _text(value) or float(value).is_integer() else 1)
    # A fact that names its IKM or product is itself the count of one: print the name, not ': 1'.
    names_itself = _text(row.get("entity_name")) or _text(row.get("product")) or metric in PRESENCE_METRICS
    parts.append(label if names_itself and value_text == "1" else (f"{label}: {value_text}" if label else value_text))
    if _text(row.get("region_name")) and row.get("level") != "national":
        parts.append(_text(row["region_name"]))
    who = " — ".join(v for v in (_text(row.get("entity_name")), _text(row.get("product"))) if v)
    if who:
        parts.append(who)
    if _text(row.get("commodity_group")):
        parts.append(commodity_label(row["commodity_group"], lang))
    if _text(row.get("star")):
        parts.append(t("common_star_label", lang, n=int(row["star"])))
    text = " · ".join(parts)
    if bool(row.get("is_conflict")):
        text += f" ({t('brief_conflict', lang)}: {_text(row.get('note'))})"
    elif row.get("level") != "national" and _text(row.get("note")):
        text += f" ({t('brief_source_note', lang)}: {_text(row.get('note'))})"
    return text


def _awardee_text(row: pd.Series, lang: str) -> str:
    star = _text(row.get("star"))
    parts = [_text(row.get("round_year")), _text(row.get("entity_name")), _text(row.get("product")),
             _text(row.get("region_name")),
             t("common_star_label", lang, n=int(row["star"])) if star else t("brief_star_unstated", lang)]
    return " · ".join(p for p in parts if p)


def _dataset_citation(figures: Figures, lang: str) -> str:
    """The dataset cited as every page cites it (provenance.citation), in `lang`."""
    if figures.source is None:
        return t("brief_cite_dataset", lang, dataset=figures.dataset["name"], source=figures.dataset["source"])
    return citation(figures.source, lang)


def _citations(figures: Figures, lang: str, used: list[tuple[str, pd.Series]]) -> list[dict[str, str]]:
    """The dataset first, then one line per distinct published source with every marker that cites it."""
    data = figures.dataset
    dataset_line = _dataset_citation(figures, lang) + ". " + t(
        "brief_coverage_caption", lang, coverage=coverage_text(figures.source, lang) if figures.source else "")
    if data["is_synthetic"]:
        dataset_line += f" {t('brief_cite_synthetic', lang)}"
    out = [{"marks": DATASET_MARK, "text": dataset_line}]
    groups: dict[tuple[str, str, str], list[str]] = {}
    for mark, row in used:
        key = (_text(source_title_in(row.get("source_title"), lang)), _text(row.get("source_url")),
               _text(row.get("published")))
        groups.setdefault(key, []).append(mark)
    for (title, url, published), marks in groups.items():
        text = title + (f". {url}" if url else f". {t('brief_no_url', lang)}")
        text += f" ({published})" if published else ""
        out.append({"marks": ", ".join(dict.fromkeys(marks)), "text": text})
    return out


def build_document(figures: Figures, lang: str, generated: date | None = None,
                   map_note: str | None = None) -> dict[str, Any]:
    """The briefing in `lang` ('id' or 'en'): every word and number the template prints."""
    used: list[tuple[str, pd.Series]] = []  # (marker, row) of every fact cited, for the sources list
    doc = _head(figures, lang, generated or date.today(), map_note)
    doc.update(_strengths_and_gaps(figures, lang))
    doc.update(_types_section(figures, lang))
    doc.update(_cited_sections(figures, lang, used))
    # The target's citation (F41) even when the facts list of this scope does not show it.
    if figures.target.get("row") is not None:
        used.append((figures.target["fact_id"], figures.target["row"]))
    doc["splits"] = [_split_text(split, lang) for split in figures.splits]
    doc["spatial"] = spatial_sentence(figures, lang)
    doc["denominator"] = basis_citation("capita", "dukcapil", lang) if "ikm_ovop_per_1m" in figures.headline else ""
    doc["sources"] = _citations(figures, lang, used)
    doc["footer"] = t("brief_footer", lang)
    return doc


def _head(figures: Figures, lang: str, generated: date, map_note: str | None) -> dict[str, Any]:
    """Title, period, headings, column names, headline and stock rows, the target and the notes."""
    start, end = figures.period
    scope = figures.scope.level
    title = t("brief_title", lang, region=figures.name)
    if scope == "kabupaten_kota":
        subtitle = t("brief_subtitle_kabkota", lang, province=figures.province_name)
    else:
        subtitle = _level_word(figures, lang)
    period = t("brief_period", lang, start=start, end=end)
    doc: dict[str, Any] = {
        "lang": lang, "title": title, "subtitle": subtitle, "period": period,
        "dataset_line": t("brief_dataset_line", lang, dataset=figures.dataset["name"]),
        "generated": t("brief_generated", lang, date=generated.isoformat()),
        "synthetic": figures.is_synthetic, "watermark": t("common_synthetic_watermark", lang).upper(),
        "synthetic_note": t("brief_synthetic_note", lang) if figures.is_synthetic else "",
        "h": {key: t(f"brief_h_{key}", lang) for key in (
            "headline", "stock", "map", "rounds", "mix", "strengths", "gaps", "types", "facts", "awardees",
            "policy", "basis", "sources")},
        "col": {"figure": t("brief_col_figure", lang), "value": t("brief_col_value", lang),
                "basis": t("brief_col_basis", lang), "source": t("brief_col_source", lang),
                "type": t("brief_col_type", lang), "group": t("brief_col_group", lang),
                "first_year": t("brief_col_first_year", lang), "in_province": t("brief_col_in_province", lang),
                "nationally": t("brief_col_nationally_kabkota" if scope == "kabupaten_kota"
                                else "brief_col_nationally_province", lang),
                **_columns(figures, lang)},
        "headline": _headline_rows(figures, lang),
        "stock": _stock_rows(figures, lang),
        "basis": [t("brief_basis_flow", lang, start=start, end=end), t("brief_basis_stock", lang, end=end),
                  t("brief_basis_averages", lang)],
        "map_note": map_note or "",
        "rounds_empty": t("brief_rounds_empty", lang, start=start, end=end) if figures.rounds.empty else "",
        "mix_empty": t("brief_mix_empty", lang) if int(figures.mix["records"].sum()) == 0 else "",
        "cite_dataset": DATASET_MARK,
        "compare": {"national": [], "province": ["rank", "peer"],
                    "kabupaten_kota": ["rank", "peer", "national"]}[scope],
        "cite_line": t("common_source_line", lang, source=_dataset_citation(figures, lang)) + f" [{DATASET_MARK}]",
    }
    # The Kemenperin target, as published (fact F41), beside what the scope has.
    target = figures.target
    doc["target"] = t("brief_target", lang, value=number(target["value"], lang),
                      total=number(target["kabkota_total"], lang))
    doc["target_mark"] = target["fact_id"]
    doc["outside"] = t("brief_outside_coverage", lang) if figures.headline["ikm_ovop"].value is None else ""
    doc["no_ikm"] = ""
    if scope == "kabupaten_kota" and figures.stock["ikm_to_end"] == 0:
        doc["no_ikm"] = t("brief_no_ikm", lang, end=end)
    return doc


def _strengths_and_gaps(figures: Figures, lang: str) -> dict[str, Any]:
    """What the scope has that few others have, and the kabupaten/kota without an IKM OVOP."""
    start, end = figures.period
    scope = figures.scope.level
    doc: dict[str, Any] = {}
    if scope == "national":
        top = figures.region_values.sort_values(["ikm_ovop", "region_code"], ascending=[False, True]).head(5)
        doc["strengths"] = [t("brief_top_province", lang, name=n, n=number(v, lang))
                            for n, v in zip(top["region_name"], top["ikm_ovop"]) if pd.notna(v) and v > 0]
        doc["strengths_intro"] = t("brief_strengths_national", lang, start=start, end=end)
        doc["gaps_intro"] = t("brief_gaps_national", lang, end=end,
                              n=number(figures.stock["kabkota_in_scope"]
                                       - figures.stock["kabkota_with_ikm_in_scope"], lang),
                              total=number(figures.stock["kabkota_in_scope"], lang))
    else:
        key = "brief_unique_province" if scope == "province" else "brief_unique_kabkota"
        doc["strengths"] = [
            f"{row.type_name} ({commodity_label(row.commodity_group, lang)}) — "
            + (t("brief_unique_national", lang) if row.nationally == 1
               else t(key, lang, province=figures.province_name))
            for row in figures.strengths.itertuples()]
        doc["strengths_intro"] = t("brief_strengths_intro", lang, end=end)
        doc["gaps_intro"] = t("brief_gaps_intro", lang, province=figures.province_name, end=end,
                              n=number(len(figures.gaps), lang), total=number(figures.stock["kabkota_in_scope"], lang)) \
            if figures.stock["kabkota_in_scope"] else t("brief_gaps_outside", lang, province=figures.province_name)
    doc["strengths_empty"] = t("brief_strengths_empty", lang)
    gap_names = list(figures.gaps["region_name"])
    doc["gaps"] = ", ".join(gap_names[:MAX_GAPS]) + (
        " " + t("brief_and_more", lang, n=len(gap_names) - MAX_GAPS) if len(gap_names) > MAX_GAPS else "")
    doc["gaps_empty"] = t("brief_gaps_empty", lang)
    return doc


def _types_section(figures: Figures, lang: str) -> dict[str, Any]:
    """The OVOP types as of the end of the period, most distinctive first."""
    end = figures.period[1]
    doc: dict[str, Any] = {}
    types = figures.types.head(MAX_TYPES)
    doc["types"] = [{"name": str(r.type_name), "group": commodity_label(r.commodity_group, lang),
                     "first_year": "" if pd.isna(r.first_year) else str(int(r.first_year)),
                     "in_province": "" if pd.isna(r.in_province) else number(r.in_province, lang),
                     "nationally": number(r.nationally, lang)} for r in types.itertuples()]
    more = len(figures.types) - MAX_TYPES
    doc["types_more"] = t("brief_and_more", lang, n=more) if more > 0 else ""
    doc["types_empty"] = t("brief_types_empty", lang, end=end)
    doc["types_in_province"] = figures.scope.province_code is not None
    return doc


def _cited_sections(figures: Figures, lang: str, used: list[tuple[str, pd.Series]]) -> dict[str, Any]:
    """Published facts, named award holders and policy statements about the scope, each with its marker
    (added to `used`)."""
    scope = figures.scope.level
    doc: dict[str, Any] = {}
    # Published facts and named award holders about the scope, each with its marker.
    fact_rows = localise_facts(figures.facts, lang)  # notes and metric names in `lang` (main's translations)
    if scope == "national":
        fact_rows = fact_rows[fact_rows["star"].isna() & fact_rows["commodity_group"].isna()]
    doc["facts"] = []
    for _, row in fact_rows.head(MAX_FACTS).iterrows():
        doc["facts"].append({"mark": row["fact_id"], "text": _fact_text(row, lang)})
        used.append((row["fact_id"], row))
    doc["facts_more"] = t("brief_facts_more", lang, n=len(fact_rows) - MAX_FACTS) if len(fact_rows) > MAX_FACTS else ""
    doc["facts_empty"] = t("brief_facts_empty", lang)
    awardees = localise_awardees(figures.awardees if scope != "national" else figures.awardees.head(0), lang)
    doc["awardees"] = []
    for _, row in awardees.iterrows():
        doc["awardees"].append({"mark": row["record_id"], "text": _awardee_text(row, lang)})
        used.append((row["record_id"], row))
    doc["awardees_note"] = t("brief_awardees_note", lang)
    # Policy context: the ministries' own statements, summarised, each cited.
    text_column = "text_id" if lang == "id" else "text_en"
    doc["policy"] = []
    for _, row in figures.policy.iterrows():
        doc["policy"].append({"mark": row["statement_id"], "program_code": row["program"],
                              "kind": t(f"brief_kind_{row['kind']}", lang),
                              "program": t(f"brief_program_{row['program']}", lang), "text": str(row[text_column])})
        used.append((row["statement_id"], row))
    doc["policy_intro"] = t("brief_policy_intro", lang)
    return doc


def spatial_sentence(figures: Figures, lang: str) -> str:
    """One sentence: the LISA category of the kab/kota for IKM OVOP per 1 million residents, with p (or
    '' when the analysis was not made: no boundaries installed, or outside the test)."""
    found = figures.spatial
    if not found:
        return ""
    metric = basis_label(t("brief_fig_ikm_ovop", lang), "capita", "dukcapil", lang)
    category = t(f"spatial_lisa_{found['category']}", lang)
    if found["p_value"] is None:
        return t("spatial_region_lisa_outside", lang, metric=metric, region=figures.name, category=category)
    return t("spatial_region_lisa_sentence", lang, metric=metric, region=figures.name, category=category,
             p=number(found["p_value"], lang, 3), perms=number(found["permutations"], lang), seed=found["seed"])


def _split_text(split: dict[str, Any], lang: str) -> str:
    if split["kind"] == "parent":
        return t("brief_split_parent", lang, child=split["child_name"], year=split["year"])
    return t("brief_split_child", lang, parent=split["parent_name"], year=split["year"])


def comparison_table(figures: Figures, lang: str) -> pd.DataFrame:
    """The briefing's figures table (headline and end-of-period rows) for a page: the same rows, words and
    formatting as the PDF, with the column titles of this scope as column names."""
    columns = _columns(figures, lang)
    names = {"label": t("brief_col_figure", lang), "value": t("brief_col_value", lang),
             **{key: columns[key] for key in ("rank", "peer", "national") if columns[key]},
             "basis": t("brief_col_basis", lang)}
    rows = pd.DataFrame(_headline_rows(figures, lang) + _stock_rows(figures, lang))
    return rows[list(names)].rename(columns=names)
