"""Matching region names from the wild to Kemendagri codes.

Order of trust: a code, then the normalised name (with known aliases and older names), then a fuzzy
match from rapidfuzz with a confidence score that the caller may ask a person to confirm.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from ovop_analytics.regions.gazetteer import Region, all_regions, by_code

# Older and informal province names, already normalised (see `normalise`).
PROVINCE_ALIASES: dict[str, str] = {
    "jakarta": "31", "jakarta raya": "31", "dki jakarta": "31", "dki": "31",
    "daerah khusus ibukota jakarta": "31", "daerah khusus jakarta": "31", "dk jakarta": "31",
    "yogyakarta": "34", "di yogyakarta": "34", "diy": "34", "jogjakarta": "34", "jogja": "34",
    "daerah istimewa yogyakarta": "34",
    "bangka belitung": "19", "kepulauan bangka belitung": "19", "babel": "19",
    "kep bangka belitung": "19",
    "kepulauan riau": "21", "kep riau": "21", "kepri": "21",
    "nanggroe aceh darussalam": "11", "nad": "11", "aceh": "11", "daerah istimewa aceh": "11",
    "irian jaya barat": "92", "irja barat": "92",
    "irian jaya": "91", "irian jaya timur": "91", "irian jaya tengah": "91",
    "ntb": "52", "ntt": "53", "sumut": "12", "sumbar": "13", "sumsel": "16", "jabar": "32",
    "jateng": "33", "jatim": "35", "kalbar": "61", "kalteng": "62", "kalsel": "63", "kaltim": "64",
    "kaltara": "65", "sulut": "71", "sulteng": "72", "sulsel": "73", "sultra": "74", "sulbar": "76",
    "malut": "82", "papua barat daya": "96", "papua pegunungan": "95", "papua tengah": "94",
    "papua selatan": "93",
}

# Kabupaten/kota renamed since the boundary files and tables in circulation were made, already normalised.
# Without these, fuzzy matching would send e.g. 'Toba Samosir' to its neighbour 'Samosir'.
KABUPATEN_KOTA_ALIASES: dict[str, str] = {
    "kabupaten toba samosir": "12.12",  # renamed Toba in 2020
    "kabupaten pasir": "64.01",  # renamed Paser in 2007
    "kabupaten mamuju utara": "76.01",  # renamed Pasangkayu in 2017
    "kabupaten maluku tenggara barat": "81.03",  # renamed Kepulauan Tanimbar in 2019
    "kabupaten selayar": "73.01",  # renamed Kepulauan Selayar in 2008
    "kabupaten siak sri indrapura": "14.08",
}

# Kemendagri and BPS abbreviations, as whole words anywhere in a name ('KAB. ADM. KEP. SERIBU'): the
# word they stand for, or nothing for words that never tell two regions apart (Administrasi, Provinsi).
ABBREVIATIONS: dict[str, str] = {
    "kab": "kabupaten", "kodya": "kota", "kotamadya": "kota", "kep": "kepulauan", "kepl": "kepulauan",
    "adm": "", "administrasi": "", "administratif": "", "prov": "", "provinsi": "", "propinsi": "", "prop": "",
}
_WORD = re.compile(r"[a-z0-9]+")


def normalise(name: str) -> str:
    """Lower case, ASCII, punctuation to spaces, abbreviations spelt out, single spaces:
    'KAB. Bandung-Barat' -> 'kabupaten bandung barat', 'KOTA ADM. JAKARTA TIMUR' -> 'kota jakarta timur'."""
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode().lower()
    words = [ABBREVIATIONS.get(word, word) for word in _WORD.findall(text)]
    return " ".join(word for word in words if word)


def _squash(text: str) -> str:
    """Without spaces, so that 'tanahdatar' and 'tanah datar' meet."""
    return text.replace(" ", "")


@dataclass(frozen=True, slots=True)
class Match:
    query: str
    code: str | None
    name: str | None
    method: str  # 'code' | 'name' | 'fuzzy' | 'none'
    score: float  # 0-100; 100 for code and exact name matches


@lru_cache(maxsize=4)
def _index(level: str) -> dict[str, str]:
    """Normalised (and squashed) name -> code, for one level; kabupaten/kota names also without 'kabupaten'."""
    index: dict[str, str] = {}
    ambiguous: set[str] = set()
    for region in all_regions():
        if region.level != level:
            continue
        keys = {normalise(region.name)}
        if level == "kabupaten_kota":
            bare = normalise(region.name).removeprefix("kabupaten ").removeprefix("kota ")
            # 'Bandung' alone is ambiguous between Kabupaten and Kota Bandung: only Kabupaten takes the
            # bare name, as statistics tables commonly write kabupaten without the word.
            if region.kind == "kabupaten":
                keys.add(bare)
        for key in list(keys):
            keys.add(_squash(key))
        for key in keys:
            if key in index and index[key] != region.code:
                ambiguous.add(key)
            index[key] = region.code
    aliases = PROVINCE_ALIASES if level == "province" else KABUPATEN_KOTA_ALIASES
    for alias, code in aliases.items():
        for key in {alias, alias.removeprefix("kabupaten ")}:
            index[key] = code
            index[_squash(key)] = code
    for key in ambiguous:
        index.pop(key, None)
    if level == "kabupaten_kota":
        _add_without_kepulauan(index)
    return index


def _add_without_kepulauan(index: dict[str, str]) -> None:
    """'Kabupaten Kepulauan Siau Tagulandang Biaro' is often written without the word Kepulauan. Those
    shorter names are added only where no region already owns them and only one region would take them."""
    weak: dict[str, set[str]] = {}
    for region in all_regions():
        words = normalise(region.name).split()
        if region.level != "kabupaten_kota" or "kepulauan" not in words[1:2]:
            continue
        short = " ".join([words[0], *words[2:]])
        keys = {short, _squash(short)} | ({" ".join(words[2:]), "".join(words[2:])} if region.kind == "kabupaten"
                                          else set())
        for key in keys:
            weak.setdefault(key, set()).add(region.code)
    for key, codes in weak.items():
        if len(codes) == 1 and key not in index:
            index[key] = next(iter(codes))


@lru_cache(maxsize=64)
def _within(level: str, province_code: str | None) -> dict[str, str]:
    """The index of one level, kabupaten/kota narrowed to one province: built once, not per name."""
    index = _index(level)
    if province_code is None:
        return index
    return {key: code for key, code in index.items() if code.startswith(province_code + ".")}


_CODE = re.compile(r"^\s*(\d{2})(?:[.\s]?(\d{2}))?\s*$")


def parse_code(value: object) -> str | None:
    """'33', '3302', '33.02', 33.02 -> a dotted Kemendagri code if it exists, else None."""
    if value is None:
        return None
    text = str(value).strip()
    if text.endswith(".0") and text.replace(".", "").isdigit() and len(text) in (4, 6):
        text = text[:-2]  # a code read as a float by a spreadsheet: 33.0 or 3302.0
    match = _CODE.match(text)
    if not match:
        return None
    code = match.group(1) + (f".{match.group(2)}" if match.group(2) else "")
    return code if code in by_code() else None


def match_region(name: str, level: str, province_code: str | None = None,
                 min_score: float = 0.0, fuzzy: bool = True) -> Match:
    """Best code for `name` at `level` ('province' | 'kabupaten_kota'), optionally within a province.

    `fuzzy=False` stops after the code and exact-name steps, for callers that score many candidate
    columns and only want certain answers cheaply.
    """
    code = parse_code(name)
    if code and by_code()[code].level == level:
        return Match(name, code, by_code()[code].name, "code", 100.0)
    key = normalise(name)
    candidates = _within(level, province_code if level == "kabupaten_kota" else None)
    for probe in (key, _squash(key)):
        if probe in candidates:
            found = candidates[probe]
            return Match(name, found, by_code()[found].name, "name", 100.0)
    if not key or not candidates or not fuzzy:
        return Match(name, None, None, "none", 0.0)
    best = process.extractOne(key, list(candidates), scorer=fuzz.WRatio)
    if best is None or best[1] < min_score:
        return Match(name, None, None, "none", float(best[1]) if best else 0.0)
    found = candidates[best[0]]
    return Match(name, found, by_code()[found].name, "fuzzy", float(best[1]))


def region_name(code: str) -> str:
    region: Region | None = by_code().get(code)
    return region.name if region else code
