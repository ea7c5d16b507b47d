"""Turning the region columns of an upload into Kemendagri codes, with a person confirming the doubtful.

Order of trust per row: a code, then the name (normalised, with aliases), then a fuzzy match with a
score. Each distinct (province, kabupaten/kota) pair is matched once, so a million rows cost as much as
the few hundred names they contain. Fuzzy matches scoring below ACCEPT_SCORE, and names with no match,
are returned for review; nothing is written until each is confirmed or corrected. Corrections are a
table (source_name, level, province, region_code) that can be saved as CSV and reused with the next file.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process

from ovop_analytics.errors import DataValidationError
from ovop_analytics.ingest.dictionary import header_key, value_key
from ovop_analytics.ingest.model import Problem
from ovop_analytics.problems import Reason
from ovop_analytics.regions import by_code, kabupaten_kota, match_region, provinces
from ovop_analytics.regions.matching import PROVINCE_ALIASES, Match, normalise, parse_code

ACCEPT_SCORE = 90.0  # fuzzy matches at or above are taken without asking
SUGGEST_SCORE = 70.0  # below this a fuzzy candidate is noise: the name is shown as unmatched, without a suggestion
AMBIGUITY_MARGIN = 3.0  # a fuzzy match this close to another region's score is not taken without asking
NAME_COLUMNS = ["source_name", "level", "province", "region_code", "region_name", "method", "score", "status",
                "note", "rows", "first_row"]
CORRECTION_COLUMNS = ["source_name", "level", "province", "region_code"]
_LEVEL_WORDS = {"province": "province", "provinsi": "province", "prov": "province",
                "kabupatenkota": "kabupaten_kota", "kabupaten": "kabupaten_kota", "kota": "kabupaten_kota",
                "kabkota": "kabupaten_kota", "regency": "kabupaten_kota"}
_KEP = re.compile(r"\bkep\b\.?\s*", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+[-–—/|]\s+|\s*[,;]\s*")


@dataclass(frozen=True)
class Resolution:
    """Per-row codes where known, the table of distinct names, and rows that name no region at all."""

    codes: pa.Array  # region code per row, null where a name still needs review
    name_index: np.ndarray  # per row: the row of `names` it was matched through, -1 for rows given a code
    names: pd.DataFrame  # NAME_COLUMNS, one row per distinct (level, province, name)
    problems: list[tuple[np.ndarray, str]]  # (row positions, message) for rows without any region


def _expanded(name: str) -> str:
    """'KAB. KEP. SERIBU' -> 'KAB. kepulauan SERIBU': the abbreviation 'Kep.' inside a name, not only in front."""
    return _KEP.sub("kepulauan ", name)


def _bare(name: str) -> str:
    """'Kab. Banyumas' -> 'banyumas': the part that tells kabupaten/kota apart."""
    return normalise(_expanded(name)).removeprefix("kabupaten ").removeprefix("kota ")


def _kind_of(name: str) -> str | None:
    key = normalise(_expanded(name))
    return "kabupaten" if key.startswith("kabupaten ") else "kota" if key.startswith("kota ") else None


@lru_cache(maxsize=128)
def _fuzzy_candidates(level: str, province_code: str | None) -> dict[str, tuple[str, ...]]:
    """Names to score against -> codes. Kabupaten/kota by bare name (Kabupaten and Kota Bandung share
    'bandung'), within a province when known; provinces by name and by the aliases of matching.py."""
    candidates: dict[str, tuple[str, ...]] = {}
    if level == "province":
        pairs = [(normalise(region.name), region.code) for region in provinces()]
        pairs += list(PROVINCE_ALIASES.items())
    else:
        pairs = [(_bare(region.name), region.code) for region in kabupaten_kota(province_code)]
    for key, code in pairs:
        if code not in candidates.get(key, ()):
            candidates[key] = (*candidates.get(key, ()), code)
    return candidates


def match_name(name: str, level: str, province_code: str | None = None, fuzzy: bool = True) -> Match:
    """The code for a region name: code, exact name (with aliases), then fuzzy, as `match_region`, plus:

    - 'Kep.' inside a name reads as Kepulauan ('KAB. KEP. SERIBU');
    - a bare name with no kabupaten of that name is the kota ('Padang' is Kota Padang);
    - the province may stand in front ('Sumatera Utara – Kab. Dairi');
    - fuzzy scores come from `_fuzzy`, stricter than match_region's (see there); `fuzzy=False` stops
      before them (method 'none'), for counting the names that would need one.
    """
    found = match_region(name, level, province_code, fuzzy=False)
    if found.method in ("code", "name"):
        return found
    for variant in (_expanded(name), f"Kota {name}" if level == "kabupaten_kota" else None):
        if variant and variant != name:
            exact = match_region(variant, level, province_code, fuzzy=False)
            if exact.method == "name":
                return Match(name, exact.code, exact.name, "name", 100.0)
    parts = [part for part in _SEPARATOR.split(name) if part.strip()]
    if len(parts) == 2:  # also in a province column: the kabupaten/kota is the more precise answer
        province = match_region(_expanded(parts[0]), "province", fuzzy=False)
        if province.method in ("code", "name") and (province_code is None or province.code == province_code):
            inner = match_name(parts[1], "kabupaten_kota", province.code)
            if inner.method in ("code", "name"):
                return Match(name, inner.code, inner.name, "name", 100.0)
    if not fuzzy:
        return Match(name, None, None, "none", 0.0)
    return _fuzzy(name, level, province_code)[0]


@lru_cache(maxsize=4096)
def _fuzzy(name: str, level: str, province_code: str | None) -> tuple[Match, Match | None]:
    """(best, runner-up of another code). Scored with token_sort_ratio on names without the words
    Kabupaten/Kota: WRatio's partial matching would give 'Atlantis' 67 against 'Pati' and lift every
    kabupaten name by the word all candidates share."""
    candidates = _fuzzy_candidates(level, province_code)
    query = _bare(name) if level == "kabupaten_kota" else normalise(_expanded(name))
    if not query or not candidates:
        return Match(name, None, None, "none", 0.0), None
    written = _kind_of(name)  # 'Kota Bandug' says kota: Kabupaten Bandung is then no rival
    kind = written or "kabupaten"
    ranked: list[tuple[float, str]] = []
    for key, score, _ in process.extract(query, list(candidates), scorer=fuzz.token_sort_ratio, limit=4):
        codes = sorted(candidates[key], key=lambda code: by_code()[code].kind != kind)
        if written and by_code()[codes[0]].kind == written:
            codes = [code for code in codes if by_code()[code].kind == written]
        ranked += [(float(score), code) for code in codes if code not in {c for _, c in ranked}]
    best_score, best_code = ranked[0]
    best = Match(name, best_code, by_code()[best_code].name, "fuzzy", best_score)
    runner = next(((score, code) for score, code in ranked[1:] if code != best_code), None)
    second = Match(name, runner[1], by_code()[runner[1]].name, "fuzzy", runner[0]) if runner else None
    return best, second


def judge(name: str, level: str, province_code: str | None = None) -> tuple[Match, str, str]:
    """(match, status, note): 'matched' is taken as it is; 'review' waits for a person; 'unmatched' has no
    suggestion. A fuzzy match is only taken at ACCEPT_SCORE or more and clearly ahead of the next name."""
    found = match_name(name, level, province_code)
    if found.method in ("code", "name"):
        other = _other_kota(name, found, province_code) if level == "kabupaten_kota" else None
        if other is not None:
            return found, "review", Reason("region_also_kota", other=other.name, code=other.code)
        return found, "matched", ""
    runner = _fuzzy(name, level, province_code)[1] if found.method == "fuzzy" else None
    if found.method != "fuzzy" or found.score < SUGGEST_SCORE:
        return Match(name, None, None, "none", found.score), "unmatched", Reason("region_unknown")
    if runner is not None and found.score - runner.score < AMBIGUITY_MARGIN:
        return found, "review", Reason("region_close_to", other=runner.name, code=runner.code)
    if found.score < ACCEPT_SCORE:
        return found, "review", Reason("region_similar")
    return found, "matched", ""


def _other_kota(name: str, found: Match, province_code: str | None) -> Match | None:
    """The kota a bare name may also mean: 'Bandung' is matched to Kabupaten Bandung, but Kota Bandung
    exists too, so a person confirms which one the file means."""
    if found.code is None or by_code()[found.code].kind != "kabupaten" or _kind_of(name) is not None:
        return None
    kota = match_region(f"Kota {name}", "kabupaten_kota", province_code, fuzzy=False)
    return kota if kota.method == "name" and kota.code != found.code else None


def _province_code(text: str, cache: dict[str, str | None]) -> str | None:
    if text not in cache:
        cache[text] = None
        if text:
            found, status, _ = judge(text, "province")
            cache[text] = found.code if status == "matched" else None
    return cache[text]


def _refuse_too_many_unknown(pairs: list[tuple[int, str, str]], limit: int) -> None:
    """Refuse a file with more than `limit` distinct names that no exact step knows, before any of them is
    scored: each costs a fuzzy search over hundreds of names, and a file of 20,000 made-up names (usually
    the wrong column, or generated rubbish) would otherwise hold a core for a minute."""
    provinces: dict[str, str | None] = {}
    for province_text in {province_text for _, province_text, _ in pairs if province_text}:
        provinces[province_text] = match_name(province_text, "province", fuzzy=False).code
    count = sum(1 for code in provinces.values() if code is None)
    for _, province_text, kab_text in pairs:
        if kab_text and match_name(kab_text, "kabupaten_kota", provinces.get(province_text),
                                   fuzzy=False).method == "none":
            count += 1
    if count > limit:
        raise DataValidationError(Reason("too_many_region_names", count=count, limit=limit))


def resolve(codes: pa.Array | None, code_bad: np.ndarray, province: pa.Array | None,
            kabupaten_kota: pa.Array | None, rows: np.ndarray,
            max_unknown: int = 2000) -> Resolution:
    """Codes for every row: from the code column where given, else from the names (each distinct pair once).

    Raises DataValidationError (code too_many_region_names) when more than `max_unknown` distinct names
    would need a fuzzy search.
    """
    count = len(rows)
    have_code = (pc.is_valid(codes).to_numpy(zero_copy_only=False) if codes is not None
                 else np.zeros(count, dtype=bool))
    by_name = ~have_code & ~code_bad
    if codes is not None and not by_name.any():  # every row gave a code: no name to match, no row to spread
        return Resolution(codes, np.full(count, -1, dtype=np.int64),
                          pd.DataFrame([], columns=[*NAME_COLUMNS, "suggested_code"]), [])
    provinces = pc.fill_null(province, "") if province is not None else None
    kabkota = pc.fill_null(kabupaten_kota, "") if kabupaten_kota is not None else None

    def indexed(column: pa.Array | None) -> tuple[np.ndarray, list[str]]:
        if column is None:
            return np.zeros(count, dtype=np.int64), [""]
        uniques = pc.unique(column)
        return pc.index_in(column, value_set=uniques).to_numpy(zero_copy_only=False).astype(np.int64), \
            uniques.to_pylist()

    province_at, province_values = indexed(provinces)
    kab_at, kab_values = indexed(kabkota)
    pair = province_at * (len(kab_values) + 1) + kab_at
    pair[~by_name] = -1
    inverse, keys = pd.factorize(pair)
    first = np.flatnonzero(np.concatenate([[True], inverse[1:] > np.maximum.accumulate(inverse)[:-1]])
                           if count else np.array([], dtype=bool))
    counts = np.bincount(inverse, minlength=len(keys))

    records = []
    province_cache: dict[str, str | None] = {}
    problems: list[tuple[np.ndarray, str]] = []
    key_to_name = np.full(len(keys), -1, dtype=np.int64)
    pairs = [(position, province_values[key // (len(kab_values) + 1)] or "",
              kab_values[key % (len(kab_values) + 1)] or "") for position, key in enumerate(keys) if key >= 0]
    _refuse_too_many_unknown(pairs, max_unknown)
    for position, province_text, kab_text in pairs:
        if kab_text:
            level, name = "kabupaten_kota", kab_text
            within = _province_code(province_text, province_cache)
            found, status, note = judge(kab_text, level, within)
            if status == "unmatched" and within is not None:
                found, status, note = judge(kab_text, level)  # the province may be the wrong part
        elif province_text:
            level, name = "province", province_text
            found, status, note = judge(province_text, level)
        else:
            problems.append((np.flatnonzero(inverse == position),
                             Reason("no_region")))
            continue
        suggestion = found.code if status != "unmatched" else None
        records.append({
            "source_name": name, "level": level, "province": province_text if level == "kabupaten_kota" else "",
            "region_code": suggestion if status == "matched" else None,
            "suggested_code": suggestion, "region_name": by_code()[suggestion].name if suggestion else None,
            "method": found.method, "score": round(found.score, 1), "status": status, "note": note,
            "rows": int(counts[position]), "first_row": int(rows[first[position]]),
        })
        key_to_name[position] = len(records) - 1
    names = pd.DataFrame(records, columns=[*NAME_COLUMNS, "suggested_code"])
    # kept as objects: pandas would turn the notes (structured problems) into plain strings
    names["note"] = pd.Series([record["note"] for record in records], index=names.index, dtype=object)
    name_index = key_to_name[inverse]
    name_index[~by_name] = -1
    row_codes = _row_codes(codes, name_index, names)
    return Resolution(row_codes, name_index, names, problems)


def _row_codes(codes: pa.Array | None, name_index: np.ndarray, names: pd.DataFrame) -> pa.Array:
    """Each row's final code: its own code, else the (accepted) code of the name it was matched through."""
    name_codes = pa.array([code if isinstance(code, str) else None for code in names["region_code"]] + [None],
                          pa.string())
    through_name = name_codes.take(pa.array(np.where(name_index >= 0, name_index, len(names))))
    if codes is None:
        return through_name
    return pc.coalesce(codes, through_name)


def pending(names: pd.DataFrame) -> pd.DataFrame:
    """Names still waiting for a person: low-confidence suggestions and names without a match."""
    return names[names["region_code"].isna()]


PENDING_STATUSES = ("review", "unmatched")  # a downloaded row nobody has answered for yet


def read_corrections(data: bytes | pd.DataFrame) -> pd.DataFrame:
    """A corrections table from CSV bytes (as downloaded, possibly edited in a spreadsheet) or a DataFrame.

    A file row that gives a code but still has status 'review' or 'unmatched' is refused: the code there
    is only the suggestion it was downloaded with, and nobody has confirmed it (set status to 'confirmed').
    A DataFrame is the person's answer from the page itself and is taken as confirmed.
    """
    statuses: list[str] | None = None
    if isinstance(data, pd.DataFrame):
        frame = data.copy()
    else:
        text = data.decode("utf-8-sig", errors="replace")
        delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
        try:
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=delimiter)
        except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
            detail = str(error).strip().splitlines()[0] if str(error).strip() else "empty file"
            raise DataValidationError(f"The corrections table is not a readable CSV table: {detail}.",
                                      code="ops_corrections_unreadable", values={"detail": detail}) from error
    aliases = {"sourcename": "source_name", "nama": "source_name", "name": "source_name",
               "namasumber": "source_name", "level": "level", "tingkat": "level", "province": "province",
               "provinsi": "province", "regioncode": "region_code", "kodewilayah": "region_code",
               "kode": "region_code", "code": "region_code"}
    frame = frame.rename(columns={c: aliases.get(header_key(c), c) for c in frame.columns})
    if not isinstance(data, pd.DataFrame) and "status" in frame.columns:
        statuses = [str(status).strip().lower() for status in frame["status"].fillna("")]
    missing = [c for c in ("source_name", "region_code") if c not in frame.columns]
    if missing:
        raise DataValidationError(Reason("corrections_columns", columns=", ".join(CORRECTION_COLUMNS),
                                         missing=", ".join(missing)))
    for column in ("level", "province"):
        if column not in frame.columns:
            frame[column] = ""
    frame = frame[CORRECTION_COLUMNS].fillna("").astype(str)
    problems = []
    for number, row in enumerate(frame.itertuples(index=False), 2):
        level = row.level.strip()
        if level and _LEVEL_WORDS.get(header_key(level), level) not in ("province", "kabupaten_kota"):
            problems.append(Problem(Reason("corrections_level"), number, "level", level))
        if row.region_code.strip() and _correction_code(row.region_code) is None:
            problems.append(Problem(Reason("corrections_code"), number, "region_code", row.region_code))
        elif row.region_code.strip() and statuses and statuses[number - 2] in PENDING_STATUSES:
            problems.append(Problem(Reason("corrections_pending", status=statuses[number - 2]), number, "status",
                                    statuses[number - 2]))
    if problems:
        raise DataValidationError(Reason("corrections_refused", count=len(problems)), problems)
    frame["level"] = [_LEVEL_WORDS.get(header_key(level), level.strip()) for level in frame["level"]]
    return frame


def _correction_code(text: str) -> str | None:
    value = text.strip().replace(",", ".")
    if re.fullmatch(r"\d{2}\.\d", value):
        value += "0"
    return parse_code(value)


def apply(names: pd.DataFrame, corrections: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Names with the corrections applied (status 'corrected'); also how many corrections were used.

    A correction matches on level and name (case and punctuation ignored); a correction that gives a
    province applies only under that province, one without a province applies under any.
    """
    table = {}
    for row in read_corrections(corrections).itertuples(index=False):
        code = _correction_code(row.region_code)
        if code is None:
            continue
        table[(row.level, value_key(row.source_name), value_key(row.province))] = code
    updated = names.copy()
    used = 0
    for position, row in enumerate(updated.itertuples(index=False)):
        name, province = value_key(row.source_name), value_key(row.province)
        code = (table.get((row.level, name, province)) or table.get((row.level, name, ""))
                or table.get(("", name, province)) or table.get(("", name, "")))
        if code is None:
            continue
        used += 1
        updated.iloc[position, updated.columns.get_loc("region_code")] = code
        updated.iloc[position, updated.columns.get_loc("region_name")] = by_code()[code].name
        updated.iloc[position, updated.columns.get_loc("status")] = "corrected"
        updated.iloc[position, updated.columns.get_loc("note")] = ""  # answered: the doubt no longer holds
    return updated, used


def corrections_frame(names: pd.DataFrame, only_pending: bool = True) -> pd.DataFrame:
    """The corrections table to download: the suggestion pre-filled in region_code, ready to confirm or edit."""
    chosen = pending(names) if only_pending else names
    frame = chosen.assign(region_code=chosen["region_code"].fillna(chosen["suggested_code"]))
    frame = frame.assign(suggested_name=chosen["region_name"])
    columns = [*CORRECTION_COLUMNS, "suggested_name", "score", "status", "note", "rows", "first_row"]
    return frame[columns].reset_index(drop=True)


def audit(names: pd.DataFrame) -> pd.DataFrame:
    """Every name a person should be able to check: all but those matched exactly (by code or name), so
    fuzzy matches taken automatically are listed too, beside the ones waiting and the ones answered."""
    exact = names["method"].isin(["code", "name"]) & names["status"].eq("matched")
    return names[~exact].reset_index(drop=True)


def audit_corrections(names: pd.DataFrame) -> pd.DataFrame:
    """The corrections table of every audited name, as downloaded: re-applies on the next upload (rows
    still waiting keep status review/unmatched, so they are not taken as confirmed)."""
    chosen = audit(names)
    frame = chosen.assign(region_code=chosen["region_code"].fillna(chosen["suggested_code"]),
                          suggested_name=chosen["region_name"])
    columns = [*CORRECTION_COLUMNS, "suggested_name", "score", "status", "note", "rows", "first_row"]
    return frame[columns].reset_index(drop=True)


def candidates(level: str, province_text: str) -> list[str]:
    """Codes a person may choose for a name: the kabupaten/kota of its province when the province is known
    (all of them otherwise), or every province."""
    if level == "province":
        return [region.code for region in provinces()]
    within = _province_code(province_text, {}) if province_text else None
    return [region.code for region in kabupaten_kota(within)]
