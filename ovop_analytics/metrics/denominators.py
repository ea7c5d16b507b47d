"""Counts per 1 million residents and per 1,000 km²: a province of 50 million people and one of 600 thousand
are not compared as if equal.

Denominators come from the bundled reference files (data/, copied unchanged from shared/data/reference):
- `region_population_area.csv`: population of all 38 provinces and 514 kabupaten/kota (Dukcapil
  Kemendagri, DKB semester II 2024, Kepmendagri 300.2.2-2138/2025) and land area (BIG, December 2024);
- `province_population_bps_2024.csv`: provinces on BPS's mid-2024 basis (five Papuan provinces created in
  2022 carry Dukcapil counts there, and their note says so).

Only counts take a denominator (RATE_METRICS); an index or a share divided by people means nothing.
No data stays no data: a count that is NA stays NA, never 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from ovop_analytics.config import PROJECT_DIR
from ovop_analytics.errors import InvalidArgumentError

POPULATION_AREA_FILE = PROJECT_DIR / "data" / "region_population_area.csv"
PROVINCE_BPS_FILE = PROJECT_DIR / "data" / "province_population_bps_2024.csv"

BASES = ("count", "capita", "area")  # raw count, per 1 million residents, per 1,000 km²
POPULATION_SOURCES = ("dukcapil", "bps")  # bps: provinces only
SCALE = {"capita": 1_000_000, "area": 1_000}
# The counts a denominator makes sense for (commodity groups and richness are bounded by 5: not a rate).
RATE_METRICS = ("ikm_ovop", "ikm_ovop_to_date", "types", "types_to_date")
COLUMN_SUFFIX = {"count": "", "capita": "_per_1m", "area": "_per_1000km2"}  # exports and `stats --per`


@dataclass(frozen=True)
class Denominator:
    """What a figure was divided by: the basis, the population source, and how to cite it."""

    basis: str  # 'count', 'capita', 'area'
    source: str  # 'dukcapil' or 'bps' (population); 'big' for area; '' for counts
    citation: str  # in English, as the reference README asks it to be cited
    values: pd.Series  # region_code -> population or km² (empty for counts)

    @property
    def scale(self) -> int:
        return SCALE.get(self.basis, 1)


CITATIONS = {
    "dukcapil": "Dukcapil Kemendagri, DKB semester II 2024 (Kepmendagri 300.2.2-2138/2025)",
    "bps": "BPS, mid-2024 population projection by province (SP2020-based), 2025 release; the five Papuan "
           "provinces created in 2022: Dukcapil DKB semester II 2024",
    "big": "luas: BIG 2024 (letter B-16.10/DIGD-BIG/IGD.04.04/12/2024)",
}


def check_basis(basis: str, population: str = "dukcapil", level: str | None = None) -> tuple[str, str]:
    """A valid (basis, population source); BPS figures exist for provinces only."""
    if basis not in BASES:
        raise InvalidArgumentError(f"--per must be one of capita, area (or count), not '{basis}'.",
                                   code="spatial_err_per_basis", values={"value": basis})
    if population not in POPULATION_SOURCES:
        raise InvalidArgumentError(f"The population source must be dukcapil or bps, not '{population}'.",
                                   code="spatial_err_population_source", values={"value": population})
    if population == "bps" and level is not None and level != "province":
        raise InvalidArgumentError("The BPS population basis exists for provinces only; use dukcapil for "
                                   "kabupaten/kota.", code="spatial_err_bps_provinces_only", values={})
    return basis, population


@lru_cache(maxsize=4)
def _read_population_area(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype={"region_code": str, "level": str})


@lru_cache(maxsize=4)
def _read_bps(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype={"province_code": str})


def population_area() -> pd.DataFrame:
    """region_code, region_name, level, population, population_male, population_female, area_km2 (a copy)."""
    return _read_population_area(POPULATION_AREA_FILE).copy()


def province_population_bps() -> pd.DataFrame:
    """province_code, province_name, population, reference_date, source_title, source_url, note (a copy)."""
    return _read_bps(PROVINCE_BPS_FILE).copy()


def denominator(level: str, basis: str, population: str = "dukcapil") -> Denominator:
    """The denominator of `basis` for every region of `level` (population or land area by region code)."""
    check_basis(basis, population, level)
    if basis == "count":
        return Denominator("count", "", "", pd.Series(dtype=float))
    if basis == "area":
        table = _read_population_area(POPULATION_AREA_FILE)
        rows = table[table["level"] == level]
        return Denominator("area", "big", CITATIONS["big"],
                           pd.Series(rows["area_km2"].to_numpy(float), index=rows["region_code"].to_numpy()))
    if population == "bps":
        bps = _read_bps(PROVINCE_BPS_FILE)
        return Denominator("capita", "bps", CITATIONS["bps"],
                           pd.Series(bps["population"].to_numpy(float), index=bps["province_code"].to_numpy()))
    table = _read_population_area(POPULATION_AREA_FILE)
    rows = table[table["level"] == level]
    return Denominator("capita", "dukcapil", CITATIONS["dukcapil"],
                       pd.Series(rows["population"].to_numpy(float), index=rows["region_code"].to_numpy()))


def per_unit(counts: pd.Series, codes: Iterable[str], denominators: pd.Series, scale: float) -> pd.Series:
    """count / denominator × scale, aligned on region codes; NA (no data) stays NA, a missing or zero
    denominator gives NA (never a division by zero shown as a number)."""
    codes = list(codes)
    values = pd.to_numeric(pd.Series(counts).astype(object), errors="coerce").to_numpy(float)
    base = denominators.reindex(codes).to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        rate = np.where(base > 0, values / base * scale, np.nan)
    return pd.Series(rate, index=pd.Series(counts).index, dtype=float)


def apply_basis(frame: pd.DataFrame, level: str, names: Iterable[str], basis: str,
                population: str = "dukcapil") -> pd.DataFrame:
    """`frame` (region_code + metric columns, as region_metrics returns) with the count metrics of `names`
    divided by the basis' denominator; the others unchanged. `count` returns the frame as it is."""
    if basis == "count":
        check_basis(basis, population, level)
        return frame
    den = denominator(level, basis, population)
    out = frame.copy()
    for name in names:
        if name in RATE_METRICS and name in out.columns:
            out[name] = per_unit(out[name], out["region_code"], den.values, den.scale)
    return out


def rate_metrics(names: Iterable[str]) -> list[str]:
    """The names among `names` that can be shown per capita or per km²."""
    return [name for name in names if name in RATE_METRICS]


def basis_label(metric_label: str, basis: str, population: str, lang: str) -> str:
    """A legend or column header that names the basis: 'IKM OVOP per 1 juta penduduk (Dukcapil 2024)'."""
    from ovop_analytics.i18n import t

    if basis == "count":
        return metric_label
    if basis == "area":
        return t("spatial_per_area_label", lang, label=metric_label)
    return t("spatial_per_capita_label", lang, label=metric_label, source=t(f"spatial_population_short_{population}", lang))


def basis_citation(basis: str, population: str, lang: str) -> str:
    """The denominator's citation for source lines and exports ('' for plain counts)."""
    from ovop_analytics.i18n import t

    if basis == "count":
        return ""
    key = "big" if basis == "area" else population
    return t("spatial_denominator_cite", lang, source=CITATIONS[key])


def denominators_as_of(level: str, basis: str, population: str = "dukcapil", year: int | None = None) -> pd.Series:
    """Region code -> denominator, plus, for provinces before a later split (a map of `year`), the parent
    province's code -> the sum over today's provinces of its territory then (Papua before 2022 is today's
    91, 93, 94, 95): the 2024 population or area of the land the figure covers."""
    values = denominator(level, basis, population).values
    if level != "province" or year is None or basis == "count":
        return values
    from ovop_analytics.regions import provinces, territory_in

    merged = {p.code: float(values.reindex(territory_in(p.code, year)).sum(min_count=1)) for p in provinces()}
    return pd.Series(merged, dtype=float)


def methods_rows(lang: str) -> list[dict[str, str]]:
    """Rows of the Methods table (Data sources page) for the per-capita and per-km² bases and the spatial
    statistics, in the columns of `registry.methods_table`."""
    from ovop_analytics.i18n import t

    rate_metrics = ", ".join(RATE_METRICS)
    rows = [
        ("per_1m", "x / population × 1,000,000", f"{CITATIONS['dukcapil']}; provinces also: {CITATIONS['bps']}"),
        ("per_1000km2", "x / area_km2 × 1,000", CITATIONS["big"]),
        ("moran_i", "I = (n / S0) Σij wij zi zj / Σ zi²", "Moran (1950); esda"),
        ("lisa", "Ii = zi Σj wij zj / m2", "Anselin (1995); esda"),
        ("gi_star", "Gi* z-score, wii = 1", "Getis & Ord (1992); Ord & Getis (1995); esda"),
        ("eb_rate", "ri = wi pi + (1 - wi) b, wi = s² / (s² + b / ni)", "Marshall (1991)"),
    ]
    return [{"metric": name, "label": t(f"spatial_methods_{name}_label", lang),
             "definition": t(f"spatial_methods_{name}_definition", lang, metrics=rate_metrics),
             "formula": formula, "basis": t("spatial_methods_basis", lang), "unit": t(f"spatial_methods_{name}_unit", lang),
             "programme": t("programme_any", lang), "reference": reference} for name, formula, reference in rows]
