"""The computing layer: DuckDB aggregates (sql.py), the pure functions apply the formulas.

What the pages, the CLI, the exports and the briefings call, so one figure has one definition. Every
per-region table lists every region of the level (38 provinces or 514 kabupaten/kota, none hidden).

Period basis (each metric's `basis` in registry.py, shown on the Sumber data page under Methods):
- "period" (a flow): records dated year_from <= year <= year_to. ikm_ovop, types, commodity_groups, the
  diversity indices, location quotients, coverage_types and uniqueness are all of this basis, so
  coverage_types = types in the period / catalogue size;
- "to_date" (a stock): every record up to year_to, whatever year_from is: ikm_ovop_to_date, types_to_date,
  coverage_types_to_date, uniqueness_to_date (a type designated in 2008 is still the region's in 2024);
- "change": CAGR compares the stock at the end of year_from with that at the end of year_to.

No data is never zero: a region outside the dataset's coverage has no value (NA) for every metric; inside
it a region without records counts 0. A metric whose programme the dataset does not hold (types in an
award-only upload) is NA for every region, and `unavailable_metrics` says why.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.metrics import sql
from ovop_analytics.metrics.coverage import catalogue_coverage, coverage_fraction
from ovop_analytics.metrics.diversity import diversity_table
from ovop_analytics.metrics.growth import cagr_series, entrants_per_round, growth_table, star_upgrades_of
from ovop_analytics.metrics.overlap import jaccard_matrix, regions_per_type, uniqueness
from ovop_analytics.metrics.registry import GROUP_CODES, METRICS, check_metrics
from ovop_analytics.metrics.specialisation import location_quotients as lq_table
from ovop_analytics.store.connection import Store
from ovop_analytics.store.queries import check_level

MEASURES = ("ikm_ovop", "types")
AWARD_PROGRAM = "kemenperin_ovop_award"
TYPES_PROGRAM = "kemenkop_ovop"
SERIES_KEYS = ("province", "commodity_group", "national")
TARGET_METRIC = "target_kabkota_proposing_min_one_ikm"  # published fact F41: "534 kabupaten/kota"
TARGET_FALLBACK = ("F41", 534.0)  # as reported; used when the reference facts are not in the database

_GROUP_DIVERSITY = {"richness": "richness", "shannon": "shannon", "evenness": "evenness",
                    "gini_simpson": "gini_simpson", "hhi": "hhi"}
_TYPE_DIVERSITY = {"type_shannon": "shannon", "type_evenness": "evenness",
                   "type_gini_simpson": "gini_simpson", "type_hhi": "hhi"}


def _check_period(year_from: int | None, year_to: int | None) -> None:
    if year_from is not None and year_to is not None and year_from > year_to:
        raise InvalidArgumentError(f"The start year {year_from} is after the end year {year_to}.")


def _check_choice(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise InvalidArgumentError(f"{what} must be one of {', '.join(allowed)}, not '{value}'.")
    return value


def _pivot(counts: pd.DataFrame, column: str, codes: pd.Index, keep: Sequence[str] | None = None) -> pd.DataFrame:
    """Regions x categories of record counts, every region a row (zeros where none)."""
    rows = counts[counts[column].notna()]
    if keep is not None:
        rows = rows[rows[column].isin(keep)]
    table = rows.pivot_table(index="code", columns=column, values="records", aggfunc="sum", fill_value=0)
    table = table.reindex(index=codes, fill_value=0)
    if keep is not None:
        table = table.reindex(columns=list(keep), fill_value=0)
    return table.astype(float)


def cagr_period(store: Store, dataset_id: int, measure: str, year_from: int | None,
                year_to: int | None) -> tuple[int, int] | None:
    """The (start, end) years of a CAGR: as given, else the first and last year of the measure's records."""
    first, last = (year_from, year_to) if None not in (year_from, year_to) else \
        sql.year_range(store, dataset_id, measure)
    start = year_from if year_from is not None else first
    end = year_to if year_to is not None else last
    if start is None or end is None:
        return None
    if end <= start:
        raise InvalidArgumentError(f"CAGR needs an end year after the start year; got {start} to {end}. "
                                   "Choose a period that spans at least two award rounds.")
    return start, end


def unavailable_metrics(store: Store, dataset_id: int, names: Iterable[str]) -> dict[str, str]:
    """metric -> reason code for the metrics this dataset cannot give: 'no_types_program' (no Kemenkop UKM
    type designations), 'no_award_program' (no Kemenperin IKM OVOP awards)."""
    _, programs = sql.dataset_scope(store, dataset_id)
    return _unavailable(check_metrics(names), programs)


def _unavailable(names: Sequence[str], programs: frozenset[str]) -> dict[str, str]:
    reasons = {TYPES_PROGRAM: "no_types_program", AWARD_PROGRAM: "no_award_program"}
    return {name: reasons[METRICS[name].program] for name in names
            if METRICS[name].program is not None and METRICS[name].program not in programs}


def region_metrics(store: Store, dataset_id: int, level: str, metrics: Iterable[str],
                   year_from: int | None = None, year_to: int | None = None) -> pd.DataFrame:
    """One row per region of `level`: region_code, region_name and one column per requested metric.

    Metric names are the keys of `METRICS`; see the module docstring for each one's period basis. Counts
    are Int64: 0 inside the dataset's coverage where a region has no records, NA outside it. Diversity,
    uniqueness and location quotients are NaN without records; cagr holds floats, "new" or None.
    One aggregate query feeds every metric (plus the catalogue for coverage, and the award years when
    a CAGR bound is not given).
    """
    names = check_metrics(metrics)
    check_level(level)
    _check_period(year_from, year_to)
    coverage, programs = sql.dataset_scope(store, dataset_id)
    unavailable = _unavailable(names, programs)
    period = (cagr_period(store, dataset_id, "ikm_ovop", year_from, year_to)
              if "cagr" in names and "cagr" not in unavailable else None)
    regions = sql.regions_at_level(store, level)
    codes = pd.Index(regions["code"], name="code")
    out = pd.DataFrame({"region_code": regions["code"].to_numpy(), "region_name": regions["name"].to_numpy()},
                       index=codes)
    # One scan of every record up to year_to: `records` counts those in the period, the rest are stock.
    counts = sql.region_counts(store, dataset_id, level, year_from, year_to, period[0] if period else None)
    in_period = counts[counts["records"] > 0]
    typed = {"period": in_period[in_period["type_code"].notna()], "to_date": counts[counts["type_code"].notna()]}
    computed: dict[str, pd.Series] = {
        "ikm_ovop": in_period.groupby("code")["ikm_ovop"].sum(),
        "ikm_ovop_to_date": counts.groupby("code")["awards_to_end"].sum(),
        "types": typed["period"].groupby("code")["type_code"].nunique(),
        "types_to_date": typed["to_date"].groupby("code")["type_code"].nunique(),
        "commodity_groups": in_period[in_period["commodity_group"].notna()].groupby("code")["commodity_group"]
        .nunique(),
    }
    for name, series in computed.items():
        if name in names:
            out[name] = series.reindex(codes, fill_value=0).astype("Int64")
    if any(name in _GROUP_DIVERSITY or name.startswith("lq_") for name in names):
        groups = _pivot(in_period, "commodity_group", codes, GROUP_CODES)
        diversity = diversity_table(groups)
        for name, column in _GROUP_DIVERSITY.items():
            if name in names:
                out[name] = diversity[column]
        lq = lq_table(groups)
        for group in GROUP_CODES:
            if f"lq_{group}" in names:
                out[f"lq_{group}"] = lq[group]
    if any(name in _TYPE_DIVERSITY for name in names):
        diversity = diversity_table(_pivot(in_period, "type_code", codes))
        for name, column in _TYPE_DIVERSITY.items():
            if name in names:
                out[name] = diversity[column]
    for basis, suffix in (("period", ""), ("to_date", "_to_date")):
        pairs = typed[basis][["code", "type_code"]].drop_duplicates()
        if f"coverage_types{suffix}" in names:
            out[f"coverage_types{suffix}"] = catalogue_coverage(
                pairs, sql.catalogue(store, dataset_id)["type_code"], codes)
        if f"uniqueness{suffix}" in names:
            out[f"uniqueness{suffix}"] = uniqueness(pairs, codes)
    if "cagr" in names:
        if period is None:  # the dataset has no IKM OVOP awards: nothing grew, nothing to say
            out["cagr"] = pd.Series([None] * len(codes), index=codes, dtype=object)
        else:
            stock = counts.groupby("code")[["awards_to_stock_year", "awards_to_end"]].sum()
            stock = stock.reindex(codes, fill_value=0)
            out["cagr"] = cagr_series(stock["awards_to_stock_year"], stock["awards_to_end"], period[1] - period[0])
    outside = ~_covered(codes, coverage)
    for name in names:
        if name in unavailable:
            out[name] = _no_value(out.get(name), codes)
        elif outside.any():
            out.loc[outside, name] = None if out[name].dtype == object else pd.NA
    return out[["region_code", "region_name", *names]].reset_index(drop=True)


def _covered(codes: pd.Index, coverage: str | None) -> np.ndarray:
    """True for the regions inside a dataset's coverage (all of them for a national dataset)."""
    if not coverage:
        return np.ones(len(codes), dtype=bool)
    provinces = set(coverage.split(","))
    return np.array([code.split(".")[0] in provinces for code in codes], dtype=bool)


def _no_value(column: pd.Series | None, codes: pd.Index) -> pd.Series:
    """A column of no values, keeping the column's kind (counts stay Int64)."""
    if column is not None and str(column.dtype) == "Int64":
        return pd.Series(pd.NA, index=codes, dtype="Int64")
    if column is not None and column.dtype == object:
        return pd.Series([None] * len(codes), index=codes, dtype=object)
    return pd.Series(np.nan, index=codes, dtype=float)


def json_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as JSON-safe dicts: NaN, inf and NA become None; numpy numbers become Python numbers."""
    def clean(value: Any) -> Any:
        if value is None or value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, np.integer):
            return int(value)
        if isinstance(value, (float, np.floating)):
            return float(value) if math.isfinite(value) else None
        if isinstance(value, np.bool_):
            return bool(value)
        return value
    return [{key: clean(value) for key, value in row.items()} for row in frame.to_dict("records")]


def growth_series(store: Store, dataset_id: int, by: str = "province", measure: str = "ikm_ovop",
                  year_from: int | None = None, year_to: int | None = None,
                  codes: Sequence[str] | None = None) -> pd.DataFrame:
    """Per key (province, commodity group, or 'ID' for the nation) and period: count, cumulative, change.

    measure 'ikm_ovop' counts award records per award round; 'types' counts OVOP types first seen in the
    key per designation year (so cumulative = distinct types so far). Periods are the years that hold
    the measure anywhere in the dataset; every key lists every period (0 where none). Cumulative totals
    include the years before year_from; the window only trims the rows returned.
    """
    _check_choice(by, SERIES_KEYS, "by")
    _check_choice(measure, MEASURES, "measure")
    _check_period(year_from, year_to)
    if by == "province":
        keys = sql.regions_at_level(store, "province")[["code", "name"]]
    elif by == "commodity_group":
        keys = _group_keys(store)
    else:
        keys = pd.DataFrame({"code": ["ID"], "name": ["Indonesia"]})
    if codes is not None:
        keys = keys[keys["code"].isin(list(codes))]
    coverage, _ = sql.dataset_scope(store, dataset_id)
    if by == "province" and coverage:  # a province outside the coverage has no series, not a line at 0
        keys = keys[_covered(pd.Index(keys["code"]), coverage)]
    years = sql.periods(store, dataset_id, measure)
    grid = pd.MultiIndex.from_product([keys["code"], years], names=["key", "period"])
    counts = sql.new_per_period(store, dataset_id, by, measure).set_index(["key", "period"])["count"]
    frame = counts.reindex(grid, fill_value=0).rename("count").reset_index()
    table = growth_table(frame)
    if year_from is not None:
        table = table[table["period"] >= year_from]
    if year_to is not None:
        table = table[table["period"] <= year_to]
    table.insert(1, "key_name", table["key"].map(dict(zip(keys["code"], keys["name"]))))
    return table.reset_index(drop=True)


def _group_keys(store: Store) -> pd.DataFrame:
    """code, name of the five Kemenperin commodity groups (Bahasa Indonesia names), in a fixed order."""
    groups = store.query("SELECT code, name_id AS name FROM commodity_groups")
    return groups.set_index("code").reindex(list(GROUP_CODES)).reset_index()


def top_movers(store: Store, dataset_id: int, level: str = "province", measure: str = "ikm_ovop",
               year_from: int | None = None, year_to: int | None = None, n: int = 10) -> pd.DataFrame:
    """The n regions whose cumulative stock grew most from the end of year_from to the end of year_to.

    Columns region_code, region_name, start, end, change, cagr; sorted by change, then end, then code.
    Years default to the first and last year of the measure's records.
    """
    _check_choice(measure, MEASURES, "measure")
    check_level(level)
    if n < 1:
        raise InvalidArgumentError(f"n must be at least 1, not {n}.")
    period = cagr_period(store, dataset_id, measure, year_from, year_to)
    regions = sql.regions_at_level(store, level)
    if period is None:
        return pd.DataFrame(columns=["region_code", "region_name", "start", "end", "change", "cagr"])
    coverage, _ = sql.dataset_scope(store, dataset_id)
    regions = regions[_covered(pd.Index(regions["code"]), coverage)]  # outside the coverage: no data, not 0
    stock = sql.stock_at(store, dataset_id, level, measure, *period).set_index("code")
    stock = stock.reindex(regions["code"], fill_value=0)
    table = pd.DataFrame({"region_code": regions["code"].to_numpy(), "region_name": regions["name"].to_numpy(),
                          "start": stock["start"].to_numpy(), "end": stock["end"].to_numpy()})
    table["change"] = table["end"] - table["start"]
    table["cagr"] = cagr_series(table["start"], table["end"], period[1] - period[0])
    table = table.sort_values(["change", "end", "region_code"], ascending=[False, False, True], kind="stable")
    return table.head(n).reset_index(drop=True)


def overlap_matrix(store: Store, dataset_id: int, province_codes: Sequence[str] | None = None,
                   as_of: int | None = None) -> pd.DataFrame:
    """Province x province Jaccard overlap of OVOP type sets as of a year (all 38 when no codes are given).

    Index and columns are province codes; NaN where both provinces have no types.
    """
    provinces = sql.regions_at_level(store, "province")["code"].tolist()
    codes = provinces if province_codes is None else list(province_codes)
    unknown = sorted(set(codes) - set(provinces))
    if unknown:
        raise InvalidArgumentError(f"Unknown province codes: {', '.join(unknown)} (use 2-digit codes like '33').")
    pairs = sql.region_type_pairs(store, dataset_id, "province", None, as_of)
    return jaccard_matrix(pairs, codes)


def location_quotients(store: Store, dataset_id: int, level: str = "province", year_from: int | None = None,
                       year_to: int | None = None) -> pd.DataFrame:
    """region_code, region_name and lq_<group> for the five commodity groups, every region of the level."""
    return region_metrics(store, dataset_id, level, [f"lq_{g}" for g in GROUP_CODES], year_from, year_to)


def type_spread(store: Store, dataset_id: int, level: str = "province", as_of: int | None = None) -> pd.DataFrame:
    """Per OVOP type: how many regions of the level produce it (as of a year), and that share of all regions.

    Every catalogue type is listed (0 where nobody has it), plus any type the records name outside it;
    sorted by regions, most widespread first.
    """
    check_level(level)
    catalogue = sql.catalogue(store, dataset_id).set_index("type_code")
    pairs = sql.region_type_pairs(store, dataset_id, level, None, as_of)
    spread = regions_per_type(pairs)
    index = catalogue.index.union(spread.index)
    table = pd.DataFrame({"type_code": index})
    table["name"] = table["type_code"].map(catalogue["name"]).fillna(table["type_code"])
    table["commodity_group"] = table["type_code"].map(catalogue["commodity_group"])
    table["regions"] = table["type_code"].map(spread).fillna(0).astype("int64")
    total = len(sql.regions_at_level(store, level))
    table["share_of_regions"] = table["regions"] / total
    return table.sort_values(["regions", "type_code"], ascending=[False, True], kind="stable").reset_index(drop=True)


def coverage_summary(store: Store, dataset_id: int, as_of: int | None = None) -> dict[str, Any]:
    """National coverage as of a year (default: all records): provinces with any OVOP of 38, kabupaten/kota
    with at least one IKM OVOP of 514, against Kemenperin's target.

    Kemenperin's target is that every kabupaten/kota proposes at least one IKM; the published figure says
    534 kabupaten/kota (fact F41, shown as reported) while the gazetteer has 514, so both are given:
    target_source_value and kabkota_total. Shares are fractions 0-1.
    """
    counts = sql.coverage_counts(store, dataset_id, None, as_of)
    coverage, _ = sql.dataset_scope(store, dataset_id)
    if coverage:  # shares of the regions the dataset covers: outside them it says nothing
        provinces = sql.regions_at_level(store, "province")
        kabkota = sql.regions_at_level(store, "kabupaten_kota")
        counts["provinces_total"] = int(_covered(pd.Index(provinces["code"]), coverage).sum())
        counts["kabkota_total"] = int(_covered(pd.Index(kabkota["code"]), coverage).sum())
    fact_id, target = sql.published_value(store, TARGET_METRIC) or TARGET_FALLBACK
    catalogue = sql.catalogue(store, dataset_id)
    pairs = sql.region_type_pairs(store, dataset_id, "province", None, as_of)
    present = int(pairs.loc[pairs["type_code"].isin(catalogue["type_code"]), "type_code"].nunique())
    size = len(catalogue)
    return {
        **counts,
        "provinces_share": coverage_fraction(counts["provinces_with_ovop"], counts["provinces_total"]),
        "kabkota_ikm_share": coverage_fraction(counts["kabkota_with_ikm"], counts["kabkota_total"]),
        "kabkota_without_ikm": counts["kabkota_total"] - counts["kabkota_with_ikm"],
        "target_source_value": int(target),
        "target_fact_id": fact_id,
        "catalogue_size": size,
        "catalogue_from_types_table": bool(catalogue["from_catalogue"].all()) if size else False,
        "types_present": present,
        "catalogue_coverage": coverage_fraction(present, size),
    }


def star_upgrades(store: Store, dataset_id: int, province_code: str | None = None) -> pd.DataFrame:
    """IKM OVOP that moved up between their consecutive award rounds (e.g. 3 to 4 stars), latest first.

    The same IKM is the same entity_name and region_code. Columns entity_name, region_code, region_name,
    from_round, to_round, from_star, to_star, change.
    """
    awards = sql.award_rows(store, dataset_id, province_code)
    upgrades = star_upgrades_of(awards)
    names = dict(zip(awards["region_code"], awards["region_name"]))
    upgrades.insert(2, "region_name", upgrades["region_code"].map(names))
    return upgrades.sort_values(["to_round", "change", "region_code", "entity_name"],
                                ascending=[False, False, True, True], kind="stable").reset_index(drop=True)


def new_entrants(store: Store, dataset_id: int, province_code: str | None = None) -> pd.DataFrame:
    """Per award round: IKM awarded, new entrants (first award ever) and returning IKM."""
    return entrants_per_round(sql.award_rows(store, dataset_id, province_code))
