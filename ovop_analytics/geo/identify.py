"""Which Kemendagri region each feature of a boundary layer is: level, code column, name column, matches.

Boundary files in circulation carry codes under many names (code, kode, KODE_PROV, ADM1_PCODE 'ID33'...),
or no code at all and names of every vintage ('Jakarta Raya', 'Irian Jaya Barat', 'KAB. BANYUMAS').
Order of trust per feature: a code, then an exact name (aliases and older names included), then a fuzzy
name at or above FUZZY_MIN_SCORE onto a region no other feature already claims. A feature's code is set
aside for its name only when the name is an exact match elsewhere and does not resemble the code's region
(a BPS or pre-split code beside a current name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd
from rapidfuzz import fuzz

from ovop_analytics.regions import by_code, match_region, normalise, parse_code
from ovop_analytics.regions.matching import KABUPATEN_KOTA_ALIASES, PROVINCE_ALIASES

LEVELS = ("province", "kabupaten_kota")
FUZZY_MIN_SCORE = 90.0
# WRatio rewards partial overlap ('Mu' scores 90 against an alias); a fuzzy match must also be this
# close as a whole string to the region's name, an alias of it, or its name without 'Kabupaten'/'Kota'.
FUZZY_MIN_WHOLE_RATIO = 75.0
# A code whose region name resembles the feature's name at least this much is kept over the name.
_CODE_NAME_AGREEMENT = 85.0
_CODE_TOKENS = ("code", "kode", "kd", "pcode", "id")
_COUNTRY_PREFIX = re.compile(r"^\s*ID[-_ ]?(?=\d)", re.IGNORECASE)


@dataclass(frozen=True)
class FeatureMatch:
    """The region one source feature was matched to (code None: unmatched)."""

    row: int
    label: str  # what the source calls it: its name, else its code value, else '#row'
    code: str | None
    method: str  # 'code' | 'name' | 'fuzzy' | 'none'
    score: float


@dataclass
class Identification:
    level: str
    code_column: str | None
    name_column: str | None
    matches: list[FeatureMatch] = field(default_factory=list)

    @property
    def matched(self) -> list[FeatureMatch]:
        return [m for m in self.matches if m.code is not None]

    @property
    def matched_codes(self) -> set[str]:
        return {m.code for m in self.matches if m.code is not None}


def source_code(value: object, level: str | None = None) -> str | None:
    """A Kemendagri code from a code cell ('33', '3302', '33.02', 'ID33', 3302, 33.0), at `level` if given."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = _COUNTRY_PREFIX.sub("", str(value))
    code = parse_code(text)
    if code is None or (level is not None and by_code()[code].level != level):
        return None
    return code


def _looks_like_code_column(column: str) -> bool:
    tokens = [t for t in re.split(r"[^a-z0-9]+", column.lower()) if t]
    return any(t in _CODE_TOKENS or t.startswith(("kode", "kd", "code")) or t.endswith(("code", "kode"))
               for t in tokens)


def _text_columns(frame: pd.DataFrame) -> list[str]:
    geometry = frame.geometry.name if hasattr(frame, "geometry") else None
    return [c for c in frame.columns if c != geometry
            and (pd.api.types.is_string_dtype(frame[c]) or pd.api.types.is_object_dtype(frame[c]))]


def _code_column(frame: pd.DataFrame, level: str | None) -> tuple[str | None, str | None, int]:
    """(column, level, parsed count) of the best code column: most cells that parse, at least half of them."""
    best: tuple[str | None, str | None, int] = (None, None, 0)
    for column in frame.columns:
        if column == frame.geometry.name or not _looks_like_code_column(str(column)):
            continue
        values = frame[column].dropna()
        if values.empty:
            continue
        for candidate in ([level] if level else LEVELS):
            parsed = sum(source_code(v, candidate) is not None for v in values)
            if parsed * 2 >= len(values) and parsed > best[2]:
                best = (str(column), candidate, parsed)
    return best


def _exact_name_count(values: pd.Series, level: str) -> int:
    unique = values.dropna().astype(str).unique()
    hits = {v for v in unique if match_region(v, level, fuzzy=False).method in ("name", "code")}
    return int(values.astype(str).isin(hits).sum())


def _name_column(frame: pd.DataFrame, level: str | None,
                 exclude: str | None) -> tuple[str | None, str | None, int]:
    """(column, level, exact matches) of the text column whose values best name regions."""
    best: tuple[str | None, str | None, int] = (None, None, 0)
    for column in _text_columns(frame):
        if column == exclude:
            continue
        for candidate in ([level] if level else LEVELS):
            hits = _exact_name_count(frame[column], candidate)
            if hits > best[2]:
                best = (str(column), candidate, hits)
    return best


_NAME_HINT = re.compile(r"name|nama|^nm|wadm|adm\d|prov|kab|kota|region|wilayah|label", re.IGNORECASE)


def _likely_name_column(frame: pd.DataFrame, exclude: str | None) -> str | None:
    """When no column holds an exact region name: the one most likely to hold names, for fuzzy matching
    and for telling the user what the features are called."""
    candidates = [c for c in _text_columns(frame) if c != exclude and frame[c].notna().any()]
    if not candidates:
        return None
    hinted = [c for c in candidates if _NAME_HINT.search(str(c))]
    return str(max(hinted or candidates, key=lambda c: frame[c].nunique()))


def _province_context(frame: pd.DataFrame, exclude: set[str | None]) -> list[str | None] | None:
    """Per row, the province a kabupaten/kota file says it is in, when a column says so for most rows."""
    for column in _text_columns(frame):
        if column in exclude:
            continue
        codes = [match_region(str(v), "province", fuzzy=False).code if pd.notna(v) else None
                 for v in frame[column]]
        if sum(c is not None for c in codes) >= 0.8 * len(frame):
            return codes
    return None


def identify(frame: pd.DataFrame, level: str | None = None) -> Identification:
    """Match every feature of `frame` to a region code at `level` (detected when None)."""
    code_column, code_level, code_hits = _code_column(frame, level)
    name_column, name_level, name_hits = _name_column(frame, level, exclude=code_column)
    if level is None:
        level = (code_level if code_hits else name_level if name_hits
                 else "province" if len(frame) <= 60 else "kabupaten_kota")
        if code_hits and name_column is not None and name_level != level:
            name_column, _, name_hits = _name_column(frame, level, exclude=code_column)
    if name_column is None:
        name_column = _likely_name_column(frame, exclude=code_column)
    provinces = (_province_context(frame, {code_column, name_column})
                 if level == "kabupaten_kota" and name_column else None)

    result = Identification(level, code_column, name_column)
    exact: dict[int, FeatureMatch] = {}
    pending: list[tuple[int, str]] = []
    for row in range(len(frame)):
        label = _label(frame, row, name_column, code_column)
        code = source_code(frame[code_column].iloc[row], level) if code_column else None
        name_cell = frame[name_column].iloc[row] if name_column else None
        name = str(name_cell).strip() if name_cell is not None and pd.notna(name_cell) else ""
        by_name = match_region(name, level, fuzzy=False) if name else None
        named = by_name.code if by_name is not None and by_name.method == "name" else None
        if code and named and named != code and not _resembles(name, code):
            code = None  # the name is certain and the code names another region: trust the name
        if code or named:
            exact[row] = FeatureMatch(row, label, code or named, "code" if code else "name", 100.0)
        elif name:
            pending.append((row, name))
    claimed = {m.code for m in exact.values() if m.code}
    fuzzy = _fuzzy_matches(pending, level, claimed, provinces)
    for row in range(len(frame)):
        match = exact.get(row) or fuzzy.get(row)
        result.matches.append(match or FeatureMatch(row, _label(frame, row, name_column, code_column),
                                                    None, "none", 0.0))
    return result


def _label(frame: pd.DataFrame, row: int, name_column: str | None, code_column: str | None) -> str:
    for column in (name_column, code_column):
        if column is not None:
            value = frame[column].iloc[row]
            if value is not None and pd.notna(value) and str(value).strip():
                return str(value).strip()
    return f"#{row + 1}"


def _resembles(name: str, code: str) -> bool:
    return fuzz.WRatio(normalise(name), normalise(by_code()[code].name)) >= _CODE_NAME_AGREEMENT


def _bare(key: str) -> str:
    return key.removeprefix("kabupaten ").removeprefix("kota ")


def _whole_ratio(key: str, code: str) -> float:
    """Best whole-string similarity of a normalised name to region `code`'s name or one of its aliases."""
    aliases = PROVINCE_ALIASES if by_code()[code].level == "province" else KABUPATEN_KOTA_ALIASES
    targets = {normalise(by_code()[code].name)} | {a for a, c in aliases.items() if c == code}
    return max(max(fuzz.ratio(key, t), fuzz.ratio(_bare(key), _bare(t))) for t in targets)


def _fuzzy_matches(pending: list[tuple[int, str]], level: str, claimed: set[str],
                   provinces: list[str | None] | None) -> dict[int, FeatureMatch]:
    """Confident fuzzy matches onto unclaimed regions; when two features want one region the better wins."""
    best: dict[str, FeatureMatch] = {}
    for row, name in pending:
        key = normalise(name)
        if level == "province" and key.startswith(("kabupaten ", "kota ")):
            continue  # a kabupaten/kota name never stands for a province, however alike the words
        province = provinces[row] if provinces else None
        found = match_region(name, level, province_code=province, min_score=FUZZY_MIN_SCORE)
        if found.method != "fuzzy" or found.code is None or found.code in claimed:
            continue
        if _whole_ratio(key, found.code) < FUZZY_MIN_WHOLE_RATIO:
            continue
        current = best.get(found.code)
        if current is None or found.score > current.score:
            best[found.code] = FeatureMatch(row, name, found.code, "fuzzy", found.score)
    return {m.row: m for m in best.values()}
