"""Benchmark: all province-level metrics over 1,000,000 synthetic OVOP records, DuckDB path vs pandas.

Builds a throw-away database (gazetteer + a 'bench' dataset generated inside DuckDB with range() and
hash(): the real 514 kabupaten/kota codes, 2% of records at province level, the demo's 108 types in the
five groups, years 2007-2024, a quarter of them IKM OVOP awards), then times in one run:
- DuckDB path: `region_metrics(store, id, 'province', <every metric>)` (GROUP BY in SQL, formulas in pandas);
- pandas baseline: the records loaded into one DataFrame, the same metrics from groupby, the same formulas.
Prints both, the ratio and the largest difference between the two results. Asserts nothing.
Target: the DuckDB path under 1 s.

    python -m bench.bench_metrics [--records 1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from ovop_analytics.datasets import demo
from ovop_analytics.metrics import METRICS, region_metrics
from ovop_analytics.metrics.coverage import catalogue_coverage
from ovop_analytics.metrics.diversity import diversity_table
from ovop_analytics.metrics.growth import cagr_series
from ovop_analytics.metrics.overlap import uniqueness
from ovop_analytics.metrics.registry import GROUP_CODES
from ovop_analytics.metrics.specialisation import location_quotients
from ovop_analytics.store import Store
from ovop_analytics.commodities import COMMODITY_GROUPS
from ovop_analytics.store.migrations import migrate
from ovop_analytics.store.registry import create_dataset, insert_types
from ovop_analytics.regions import all_regions

YEAR_FROM, YEAR_TO = 2007, 2024

GENERATE = """
    INSERT INTO ovop_records
    WITH k AS (SELECT (row_number() OVER (ORDER BY code) - 1)::BIGINT AS i, code, parent_code
               FROM regions WHERE level = 'kabupaten_kota'),
         t AS (SELECT (row_number() OVER (ORDER BY type_code) - 1)::BIGINT AS j, type_code, commodity_group
               FROM ovop_types WHERE dataset_id = $d),
         r AS (SELECT n,
                      -- squared uniform: busy kabupaten/kota and quiet ones, like the real programme
                      floor(514 * pow((hash(n, 'k') % 1000003) / 1000003.0, 2))::BIGINT AS i,
                      (hash(n, 't') % 108)::BIGINT AS j,
                      hash(n, 'p') % 4 = 0 AS is_award
               FROM range($n) AS s(n))
    SELECT $d,
           CASE WHEN hash(r.n, 'l') % 50 = 0 THEN k.parent_code ELSE k.code END,
           2007 + (hash(r.n, 'y') % 18)::INTEGER,
           CASE WHEN r.is_award THEN 'kemenperin_ovop_award' ELSE 'kemenkop_ovop' END,
           t.commodity_group, t.type_code,
           CASE WHEN r.is_award THEN 1 + (hash(r.n, 's') % 5)::TINYINT END,
           CASE WHEN r.is_award THEN 'IKM ' || (hash(r.n, 'e') % 20000)::VARCHAR END,
           NULL, NULL
    FROM r JOIN k ON k.i = r.i JOIN t ON t.j = r.j
"""


def build(path: Path, records: int) -> int:
    """A database with the gazetteer and one synthetic dataset of `records` rows; returns its id."""
    store = Store(path)
    with store.writer() as con:
        migrate(con)
    with store.transaction() as con:
        con.executemany("INSERT INTO regions VALUES (?, ?, ?, ?, ?)",
                        [(r.code, r.name, r.level, r.kind, r.parent_code) for r in all_regions()])
        con.executemany("INSERT INTO commodity_groups VALUES (?, ?, ?)", COMMODITY_GROUPS)
        dataset_id = create_dataset(con, name="bench", kind="shared", source="bench_metrics.py",
                                    is_synthetic=True)
        insert_types(con, dataset_id, demo.catalogue())
        con.execute(GENERATE, {"d": dataset_id, "n": records})
    return dataset_id


def pandas_metrics(records: pd.DataFrame, provinces: pd.DataFrame, catalogue: list[str]) -> pd.DataFrame:
    """The same province-level metrics from one in-memory DataFrame with groupby (the baseline)."""
    codes = pd.Index(provinces["code"], name="code")
    rec = records.assign(code=records["region_code"].str.split(".", n=1).str[0])
    rec = rec[rec["code"].isin(codes)]
    in_period = rec[rec["year"].between(YEAR_FROM, YEAR_TO)]
    out = pd.DataFrame({"region_code": codes, "region_name": provinces["name"].to_numpy()}, index=codes)
    awards = in_period["program"] == "kemenperin_ovop_award"
    out["ikm_ovop"] = awards.groupby(in_period["code"]).sum().reindex(codes, fill_value=0)
    out["types"] = in_period.groupby("code")["type_code"].nunique().reindex(codes, fill_value=0)
    out["commodity_groups"] = in_period.groupby("code")["commodity_group"].nunique().reindex(codes, fill_value=0)
    groups = (in_period[in_period["commodity_group"].isin(GROUP_CODES)]
              .groupby(["code", "commodity_group"]).size().unstack(fill_value=0)
              .reindex(index=codes, columns=list(GROUP_CODES), fill_value=0).astype(float))
    div = diversity_table(groups)
    for name in ("richness", "shannon", "evenness", "gini_simpson", "hhi"):
        out[name] = div[name]
    types = (in_period.dropna(subset=["type_code"]).groupby(["code", "type_code"]).size().unstack(fill_value=0)
             .reindex(index=codes, fill_value=0).astype(float))
    div = diversity_table(types)
    for name in ("shannon", "evenness", "gini_simpson", "hhi"):
        out[f"type_{name}"] = div[name]
    as_of = rec[rec["year"] <= YEAR_TO].dropna(subset=["type_code"])
    pairs = as_of[["code", "type_code"]].drop_duplicates()
    out["coverage_types"] = catalogue_coverage(pairs, catalogue, codes)
    out["uniqueness"] = uniqueness(pairs, codes)
    all_awards = rec[rec["program"] == "kemenperin_ovop_award"]
    start = (all_awards["year"] <= YEAR_FROM).groupby(all_awards["code"]).sum().reindex(codes, fill_value=0)
    end = (all_awards["year"] <= YEAR_TO).groupby(all_awards["code"]).sum().reindex(codes, fill_value=0)
    out["cagr"] = cagr_series(start, end, YEAR_TO - YEAR_FROM)
    lq = location_quotients(groups)
    for group in GROUP_CODES:
        out[f"lq_{group}"] = lq[group]
    return out[["region_code", "region_name", *METRICS]].reset_index(drop=True)


def timed(function: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Median wall time of `repeat` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def largest_difference(a: pd.DataFrame, b: pd.DataFrame) -> float:
    worst = 0.0
    for column in METRICS:
        x, y = a[column], b[column]
        if column == "cagr":
            if [v if isinstance(v, str) or v is None else "num" for v in x] != \
               [v if isinstance(v, str) or v is None else "num" for v in y]:
                return float("inf")
            x = pd.to_numeric(x.where(x.map(lambda v: isinstance(v, float))), errors="coerce")
            y = pd.to_numeric(y.where(y.map(lambda v: isinstance(v, float))), errors="coerce")
        x, y = x.astype(float).to_numpy(), y.astype(float).to_numpy()
        if not np.array_equal(np.isnan(x), np.isnan(y)):
            return float("inf")
        both = ~np.isnan(x)
        if both.any():
            worst = max(worst, float(np.abs(x[both] - y[both]).max()))
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    names = list(METRICS)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        dataset_id = build(path, args.records)
        store = Store(path)
        rows = int(store.query("SELECT count(*) AS n FROM ovop_records").n[0])
        print(f"built {rows:,} synthetic records in {time.perf_counter() - start:.2f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")

        duck_s, duck = timed(lambda: region_metrics(store, dataset_id, "province", names, YEAR_FROM, YEAR_TO),
                             args.repeat)
        kab_s, _ = timed(lambda: region_metrics(store, dataset_id, "kabupaten_kota", names, YEAR_FROM, YEAR_TO),
                         args.repeat)
        load_s, records = timed(lambda: store.query(
            "SELECT region_code, year, program, commodity_group, type_code FROM ovop_records "
            "WHERE dataset_id = ?", [dataset_id]), args.repeat)
        provinces = store.query("SELECT code, name FROM regions WHERE level = 'province' ORDER BY code")
        catalogue = store.query("SELECT type_code FROM ovop_types WHERE dataset_id = ?", [dataset_id])["type_code"]
        pandas_s, baseline = timed(lambda: pandas_metrics(records, provinces, list(catalogue)), args.repeat)

    print(f"metrics: {len(names)} ({', '.join(names)})")
    print(f"median of {args.repeat} runs, province level (38 rows):")
    verdict = "met" if duck_s < 1 else "NOT met"
    print(f"  DuckDB path (region_metrics)          {duck_s:8.3f} s   target < 1 s: {verdict}")
    print(f"  pandas baseline, groupby only         {pandas_s:8.3f} s   ratio pandas/DuckDB {pandas_s / duck_s:5.1f}x")
    print(f"  pandas baseline, load + groupby       {load_s + pandas_s:8.3f} s   ratio pandas/DuckDB "
          f"{(load_s + pandas_s) / duck_s:5.1f}x   (load {load_s:.3f} s)")
    print(f"  DuckDB path, kabupaten/kota (514 rows) {kab_s:7.3f} s")
    print(f"largest difference between the two results: {largest_difference(duck, baseline):.2e}")


if __name__ == "__main__":
    main()
