"""Published facts prepared for display: conflicts paired with the other source named in the note, the
notes and metric names in the interface language, the named award holders, and the award rounds as
chart rows (each bar segment keeps the fact it comes from).

The bundled facts file stays exactly as published (English notes); translations live beside it in
data/ovop_published_figures_i18n.csv (fact_id, note_id, note_en) and data/ovop_published_metrics_i18n.csv
(metric, label_id, label_en). `tests/unit/test_facts.py` fails when a fact or metric lacks one.
Also the two ministries' policy statements (bundled with their sources) and the selection of facts
and award holders that concern one region.
"""

from __future__ import annotations

import functools

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from ovop_analytics.config import PROJECT_DIR

DATA_DIR = PROJECT_DIR / "data"
AWARDEES_FILE = DATA_DIR / "ovop_named_awardees.csv"
NOTES_FILE = DATA_DIR / "ovop_published_figures_i18n.csv"
METRICS_FILE = DATA_DIR / "ovop_published_metrics_i18n.csv"
AWARDEE_NOTES_FILE = DATA_DIR / "ovop_named_awardees_i18n.csv"
ROUND_METRICS = ("ikm_awarded", "ikm_meeting_criteria")  # the outcome of an award round, nationally

_URL = re.compile(r"https?://[^\s)\"']+")


def other_source_url(note: str | None, own_url: str | None) -> str | None:
    """A second source cited in a fact's note (e.g. ANTARA for the 2015 star conflict), if any."""
    for url in _URL.findall(note or ""):
        if url != own_url:
            return url
    return None


def conflicts(facts: pd.DataFrame) -> pd.DataFrame:
    """The facts marked CONFLICT with the other source's link beside their own: both are shown."""
    rows = facts[facts["is_conflict"]].copy()
    rows["other_source_url"] = [other_source_url(n, u) for n, u in zip(rows["note"], rows["source_url"])]
    return rows


def host(url: str | None) -> str:
    """'bisnis.com' for a source URL: short enough for an axis label, enough to find the source."""
    if not url or pd.isna(url):
        return ""
    return (urlsplit(url).hostname or "").removeprefix("www.").removeprefix("ekonomi.")


def _read_text_table(path: Path) -> pd.DataFrame:
    """A bundled CSV with every column as text and empty cells as missing: a copy of the one read per
    process and file version (the files ship with the product; pages asked for them on every view)."""
    stat = path.stat()
    return _read_cached(path, stat.st_mtime_ns, stat.st_size).copy()


@functools.lru_cache(maxsize=16)
def _read_cached(path: Path, mtime_ns: int, size: int) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False).replace({"": None})


def note_translations(path: Path = NOTES_FILE) -> pd.DataFrame:
    """fact_id, note_id (Bahasa Indonesia) and note_en (as published) of every bundled fact."""
    return _read_text_table(path)


def metric_labels(path: Path = METRICS_FILE) -> pd.DataFrame:
    """metric, label_id, label_en for every `metric` value of the facts file."""
    return _read_text_table(path)


def missing_translations(facts: pd.DataFrame) -> list[str]:
    """Fact ids without a translated note and metrics without both labels: what the test guards."""
    notes = note_translations().set_index("fact_id")
    labels = metric_labels().set_index("metric")
    missing = [f for f, note in zip(facts["fact_id"], facts["note"])
               if note is not None and not pd.isna(note)
               and (f not in notes.index or pd.isna(notes.at[f, "note_id"]) or notes.at[f, "note_en"] != note)]
    missing += [m for m in sorted(set(facts["metric"]))
                if m not in labels.index or labels.loc[m, ["label_id", "label_en"]].isna().any()]
    return missing


_STATEMENT_OF = re.compile(r"\(statement of ([^)]+)\)")


def source_title_in(title: object, lang: str) -> object:
    """A source title as cited in `lang`: the bundled files annotate a speaker in English ('(statement of
    Deputi ...)'), which Bahasa Indonesia writes '(pernyataan Deputi ...)'. The files stay as published."""
    if lang != "id" or not isinstance(title, str):
        return title
    return _STATEMENT_OF.sub(r"(pernyataan \1)", title)


def localise_facts(facts: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The facts with `note` in the interface language and a `metric_label` beside `metric`.

    English keeps the note as published; a note whose published text no longer matches its translation
    (the facts file was updated) falls back to the published text rather than show a stale translation.
    """
    out = facts.copy()
    labels = metric_labels().set_index("metric")
    column = "label_id" if lang == "id" else "label_en"
    out["metric_label"] = [labels.at[m, column] if m in labels.index else m for m in out["metric"]]
    if "source_title" in out.columns:
        out["source_title"] = [source_title_in(title, lang) for title in out["source_title"]]
    if lang == "id":
        notes = note_translations().set_index("fact_id")
        out["note"] = [notes.at[f, "note_id"] if f in notes.index and notes.at[f, "note_en"] == n else n
                       for f, n in zip(out["fact_id"], out["note"])]
    return out


def named_awardees(path: Path = AWARDEES_FILE) -> pd.DataFrame:
    """The named award holders (bundled unchanged from the shared reference file): a sample of holders
    named in published sources, not totals. Codes stay text; `province_code` is added."""
    frame = _read_text_table(path)
    frame["round_year"] = pd.array(pd.to_numeric(frame["round_year"]), dtype="Int64")
    frame["star"] = pd.array(pd.to_numeric(frame["star"]), dtype="Int64")
    frame["province_code"] = frame["region_code"].str.split(".").str[0]
    return frame


def localise_awardees(awardees: pd.DataFrame, lang: str, path: Path = AWARDEE_NOTES_FILE) -> pd.DataFrame:
    """The award holders with `note` in the interface language (published English kept for 'en')."""
    out = awardees.copy()
    if lang == "id":
        notes = _read_text_table(path).set_index("record_id")
        out["note"] = [notes.at[r, "note_id"] if r in notes.index and notes.at[r, "note_en"] == n else n
                       for r, n in zip(out["record_id"], out["note"])]
    return out


@dataclass(frozen=True)
class AlternativeReading:
    """A second source's version of one fact, as the fact's own note states it."""

    fact_id: str
    star: int  # the star the other source gives the same IKM


# F21's note: "ANTARA (...) reports the same 34 as 1 star ... 2+23+51+34 = 110 either way".
ALTERNATIVE_READINGS = (AlternativeReading("F21", star=1),)


def id_ranges(ids: list[str]) -> str:
    """'F11–F16, F21' from fact ids: consecutive numbers of one prefix become a range."""
    parts: list[list[tuple[str, int]]] = []
    for fid in ids:
        match = re.fullmatch(r"([A-Z]+)(\d+)", fid)
        if match is None:
            parts.append([(fid, -1)])
            continue
        prefix, number = match.group(1), int(match.group(2))
        last = parts[-1][-1] if parts else None
        if last and last[1] >= 0 and last[0][: len(prefix)] == prefix and number == last[1] + 1:
            parts[-1].append((f"{prefix}{number:0{len(match.group(2))}d}", number))
        else:
            parts.append([(fid, number)])
    return ", ".join(run[0][0] if len(run) == 1 else f"{run[0][0]}–{run[-1][0]}" for run in parts)


def award_round_bars(facts: pd.DataFrame, awardees: pd.DataFrame | None = None) -> pd.DataFrame:
    """The national award-round facts as chart rows: one column per round, metric and source.

    Rows: column (label key), round_year, metric, source_title, source_url, kind ('total', 'star' or
    'group'), star, commodity_group, value, fact_id, is_conflict (this value disagrees with another
    source). A conflicting star breakdown gets a second column for the other source's reading, cited to
    that source, so both versions are drawn.
    """
    rounds = facts[(facts["program"] == "kemenperin_ovop_award") & (facts["level"] == "national")
                   & facts["metric"].isin(ROUND_METRICS)].copy()
    rounds["kind"] = ["star" if pd.notna(s) else "group" if pd.notna(g) else "total"
                      for s, g in zip(rounds["star"], rounds["commodity_group"])]
    rounds["column"] = [f"{y}|{m}|{host(u)}" for y, m, u in zip(rounds["round_year"], rounds["metric"],
                                                                 rounds["source_url"])]
    keep = ["column", "round_year", "metric", "source_title", "source_url", "kind", "star", "commodity_group",
            "value", "fact_id", "is_conflict"]
    rows = rounds[keep]
    titles = {} if awardees is None else dict(zip(awardees["source_url"], awardees["source_title"]))
    extra = []
    for reading in ALTERNATIVE_READINGS:
        fact = rounds[rounds["fact_id"] == reading.fact_id]
        if fact.empty:
            continue
        fact = fact.iloc[0]
        url = other_source_url(fact["note"], fact["source_url"])
        if url is None:
            continue
        same_column = rounds[(rounds["column"] == fact["column"]) & (rounds["kind"] == "star")]
        column = f"{fact['round_year']}|{fact['metric']}|{host(url)}"
        for row in same_column.itertuples():
            disputed = row.fact_id == reading.fact_id
            extra.append({"column": column, "round_year": row.round_year, "metric": row.metric,
                          "source_title": titles.get(url, host(url)), "source_url": url, "kind": "star",
                          "star": reading.star if disputed else row.star, "commodity_group": None,
                          "value": row.value, "fact_id": row.fact_id, "is_conflict": disputed})
    if extra:
        rows = pd.concat([rows, pd.DataFrame(extra).astype(rows.dtypes.to_dict())], ignore_index=True)
    order = {c: i for i, c in enumerate(dict.fromkeys(rows.sort_values(["round_year", "metric"])["column"]))}
    rows = rows.assign(_order=rows["column"].map(order)).sort_values(["_order", "kind", "star"], kind="stable")
    return rows.drop(columns="_order").reset_index(drop=True)


POLICY_STATEMENTS_FILE = DATA_DIR / "ovop_policy_statements.csv"


def policy_statements(path: Path = POLICY_STATEMENTS_FILE) -> pd.DataFrame:
    """The two ministries' OVOP principles, strategies and pillars, summarised in id and en, with sources."""
    return _read_text_table(path)


def concerning(frame: pd.DataFrame, region_code: str | None) -> pd.DataFrame:
    """Rows about a region: its own code, and for a province also its kabupaten/kota ('52' takes '52.01').
    None (the nation) takes every row."""
    if region_code is None:
        return frame
    codes = frame["region_code"].fillna("")
    mask = (codes == region_code) | ((len(region_code) == 2) & codes.str.startswith(f"{region_code}."))
    return frame[mask]


