"""Counts over time: cumulative totals, change on the previous period, CAGR, new entrants, star moves.

Pure functions on small frames. Periods are designation years or award rounds, so "previous period"
is the previous row of the series (award rounds are 2-4 years apart), never an invented zero year.
The same IKM is the same (entity_name, region_code): names are compared exactly as recorded, and awards
without an entity name cannot be followed between rounds, so they are left out of entrants and moves.
"""

from __future__ import annotations

import math

import pandas as pd

from ovop_analytics.errors import InvalidArgumentError

NEW = "new"  # CAGR from zero: growth from nothing has no finite rate, so it is named, never inf


def cagr(start: float, end: float, years: float) -> float | str | None:
    """Compound annual growth rate (end / start)^(1 / years) - 1, as a fraction (0.10 = 10 % a year).

    start 0 and end > 0 gives "new"; both 0 gives None (nothing to grow); end 0 after a positive start
    gives -1.0 (everything lost).
    """
    if years is None or years <= 0:
        raise InvalidArgumentError(f"CAGR needs a period of at least one year (an end year after the start "
                                   f"year), not {years} years.")
    if start is None or end is None or math.isnan(start) or math.isnan(end) or start < 0 or end < 0:
        raise InvalidArgumentError(f"CAGR needs counts of 0 or more, not start={start}, end={end}.")
    if start == 0:
        return NEW if end > 0 else None
    return (end / start) ** (1.0 / years) - 1.0


def cagr_series(start: pd.Series, end: pd.Series, years: float) -> pd.Series:
    """`cagr` for aligned series; an object series holding floats, "new" and None."""
    values = [cagr(float(s), float(e), years) for s, e in zip(start, end)]
    return pd.Series(values, index=start.index, dtype=object)


NOTE_NO_DATA = "no data"  # the export's cagr_note where no rate exists and the region is not new


def cagr_split(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """A CAGR column (floats, "new", None) as a number and a note: (Float64 with NA where no rate is
    defined, object with "new" / "no data" / None). A spreadsheet, pandas or R reads the first as numbers."""
    raw = values.astype(object)
    is_new = raw.map(lambda v: isinstance(v, str) and v == NEW).astype(bool)
    numeric = pd.to_numeric(raw.where(~is_new, None), errors="coerce").astype("Float64")
    numeric = numeric.where(numeric.notna() & ~numeric.isin([math.inf, -math.inf]), pd.NA)
    note = pd.Series([NEW if n else (NOTE_NO_DATA if pd.isna(v) else None) for n, v in zip(is_new, numeric)],
                     index=values.index, dtype=object)
    return numeric, note


def cagr_for_export(frame: pd.DataFrame) -> pd.DataFrame:
    """A table for a machine file: its `cagr` column numeric (empty where undefined) and, right after
    it, `cagr_note` saying why ("new": growth from 0, "no data"). Other tables are returned as they are."""
    if "cagr" not in frame.columns or "cagr_note" in frame.columns or pd.api.types.is_float_dtype(frame["cagr"]):
        return frame
    numeric, note = cagr_split(frame["cagr"])
    out = frame.copy()
    out["cagr"] = numeric
    out.insert(out.columns.get_loc("cagr") + 1, "cagr_note", note)
    return out


def rank_defined(values: pd.Series, higher_is_better: bool | None = True) -> pd.Series:
    """Ranks (1 = best, ties share the better rank) over the values that are numbers; "new", None and
    NaN get no rank: growth from nothing has no rate to compare, so it never shares rank 1."""
    numeric, _ = cagr_split(values) if values.dtype == object else (values.astype("Float64"), None)
    known = numeric.dropna().astype(float)
    return known.rank(ascending=higher_is_better is False, method="min").astype(int)


def growth_table(counts: pd.DataFrame) -> pd.DataFrame:
    """Add cumulative, change and pct_change to counts per (key, period) (columns key, period, count).

    Every key should list every period (zeros included) so that "previous" means the previous period.
    change is count minus the previous period's count (NaN for a key's first period); pct_change divides
    by the previous count and is NaN when that was 0 (never inf).
    """
    missing = {"key", "period", "count"} - set(counts.columns)
    if missing:
        raise InvalidArgumentError(f"growth_table needs columns key, period, count; missing {sorted(missing)}.")
    table = counts.sort_values(["key", "period"], kind="stable").reset_index(drop=True)
    grouped = table.groupby("key", sort=False)["count"]
    table["cumulative"] = grouped.cumsum()
    previous = grouped.shift(1)
    table["change"] = table["count"] - previous
    table["pct_change"] = (table["change"] / previous.where(previous > 0)).astype(float)
    return table


def _identified(awards: pd.DataFrame) -> pd.DataFrame:
    """Awards that name their IKM, one row per IKM and round (its best star if listed twice in a round)."""
    named = awards[awards["entity_name"].notna() & (awards["entity_name"].astype(str).str.strip() != "")]
    agg = {"star": "max"} if "star" in named.columns else {}
    keys = ["entity_name", "region_code", "year"]
    if not agg:
        return named[keys].drop_duplicates()
    return named.groupby(keys, as_index=False).agg(agg)


def entrants_per_round(awards: pd.DataFrame) -> pd.DataFrame:
    """Per award round: IKM awarded, new entrants (first award ever) and returning IKM.

    `awards` has entity_name, region_code, year (one row per award).
    """
    rows = _identified(awards)
    if rows.empty:
        return pd.DataFrame({"round": pd.Series(dtype="int64"), "ikm": pd.Series(dtype="int64"),
                             "new_entrants": pd.Series(dtype="int64"), "returning": pd.Series(dtype="int64")})
    first = rows.groupby(["entity_name", "region_code"])["year"].transform("min")
    rows = rows.assign(is_new=rows["year"] == first)
    table = rows.groupby("year").agg(ikm=("is_new", "size"), new_entrants=("is_new", "sum")).reset_index()
    table = table.rename(columns={"year": "round"})
    table["returning"] = table["ikm"] - table["new_entrants"]
    return table.astype("int64")


def star_moves(awards: pd.DataFrame) -> pd.DataFrame:
    """Each IKM's consecutive award rounds: from_round, to_round, from_star, to_star, change (stars).

    `awards` has entity_name, region_code, year, star. A positive change is an upgrade (e.g. 3 to 4 stars).
    """
    rows = _identified(awards)
    rows = rows[rows["star"].notna()].sort_values(["entity_name", "region_code", "year"], kind="stable")
    grouped = rows.groupby(["entity_name", "region_code"], sort=False)
    moves = rows.assign(from_round=grouped["year"].shift(1), from_star=grouped["star"].shift(1))
    moves = moves[moves["from_round"].notna()].rename(columns={"year": "to_round", "star": "to_star"})
    moves = moves[["entity_name", "region_code", "from_round", "to_round", "from_star", "to_star"]]
    moves = moves.astype({"from_round": "int64", "to_round": "int64", "from_star": "int64", "to_star": "int64"})
    moves["change"] = moves["to_star"] - moves["from_star"]
    return moves.sort_values(["to_round", "region_code", "entity_name"], kind="stable").reset_index(drop=True)


def star_upgrades_of(awards: pd.DataFrame) -> pd.DataFrame:
    """Only the moves up: the same IKM with more stars than in its previous round."""
    moves = star_moves(awards)
    return moves[moves["change"] > 0].reset_index(drop=True)

