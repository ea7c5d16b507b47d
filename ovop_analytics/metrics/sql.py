"""Named, parameterised queries behind the metrics: DuckDB does the GROUP BY, the metrics do the formulas.

Each function returns a small aggregated frame (regions x groups or types, never the raw records), so the
same code is fast on the 1,500-record demo and on a million records. Level semantics are those of
`store.queries.region_stats`: a kabupaten/kota record also counts for its province; a record reported only
at province level counts at province level and for no kabupaten/kota. Codes that are not in the gazetteer
are left out, as in region_stats, so national totals are the sum of the regions shown.
"""

from __future__ import annotations

import pandas as pd

from ovop_analytics.store.connection import Store
from ovop_analytics.store.queries import check_level

AWARD = "kemenperin_ovop_award"

# Built only from constants; every user value is a $parameter.
_RECORDS_AT_LEVEL = """
    SELECT code, year, program, commodity_group, type_code, star, entity_name
    FROM (
        SELECT CASE WHEN $level = 'province' THEN split_part(region_code, '.', 1) ELSE region_code END AS code,
               year, program, commodity_group, type_code, star, entity_name
        FROM ovop_records
        WHERE dataset_id = $dataset_id
          AND ($level = 'province' OR length(region_code) = 5)
          AND ($year_from IS NULL OR year >= $year_from)
          AND ($year_to IS NULL OR year <= $year_to)
    ) r
    WHERE code IN (SELECT code FROM regions WHERE level = $level)
"""


def _level_params(dataset_id: int, level: str, year_from: int | None, year_to: int | None) -> dict:
    return {"dataset_id": dataset_id, "level": check_level(level), "year_from": year_from, "year_to": year_to}


def regions_at_level(store: Store, level: str) -> pd.DataFrame:
    """code, name, parent_code of every region of the level (38 or 514), in code order."""
    return store.query("SELECT code, name, parent_code FROM regions WHERE level = ? ORDER BY code",
                       [check_level(level)])


def region_counts(store: Store, dataset_id: int, level: str, year_from: int | None = None,
                  year_to: int | None = None, stock_year: int | None = None) -> pd.DataFrame:
    """Per (code, commodity_group, type_code), in one scan of the records up to year_to:

    records and ikm_ovop (award records) dated in the period; awards_to_stock_year and awards_to_end
    (cumulative award records at the end of `stock_year` and of the period, for CAGR). Rows whose
    records are all before year_from keep the type sets "as of" the end of the period (records = 0).
    """
    params = _level_params(dataset_id, level, None, year_to)
    params.update({"period_from": year_from, "stock_year": stock_year})
    return store.query(f"""
        WITH rec AS ({_RECORDS_AT_LEVEL})
        SELECT code, commodity_group, type_code,
               count(*) FILTER (WHERE $period_from IS NULL OR year >= $period_from)::BIGINT AS records,
               count(*) FILTER (WHERE program = '{AWARD}'
                                  AND ($period_from IS NULL OR year >= $period_from))::BIGINT AS ikm_ovop,
               count(*) FILTER (WHERE program = '{AWARD}' AND year <= $stock_year)::BIGINT AS awards_to_stock_year,
               count(*) FILTER (WHERE program = '{AWARD}')::BIGINT AS awards_to_end
        FROM rec GROUP BY ALL""", params)


def region_type_pairs(store: Store, dataset_id: int, level: str, year_from: int | None = None,
                      year_to: int | None = None) -> pd.DataFrame:
    """Distinct (code, type_code): which region has which OVOP type in the period."""
    return store.query(f"""
        WITH rec AS ({_RECORDS_AT_LEVEL})
        SELECT DISTINCT code, type_code FROM rec WHERE type_code IS NOT NULL ORDER BY code, type_code""",
        _level_params(dataset_id, level, year_from, year_to))


_STOCK = {
    "ikm_ovop": f"""count(*) FILTER (WHERE program = '{AWARD}' AND year <= $start_year)::BIGINT AS start,
                    count(*) FILTER (WHERE program = '{AWARD}')::BIGINT AS "end" """,
    "types": """count(DISTINCT type_code) FILTER (WHERE year <= $start_year)::BIGINT AS start,
                count(DISTINCT type_code)::BIGINT AS "end" """,
}


def stock_at(store: Store, dataset_id: int, level: str, measure: str, start_year: int,
             end_year: int) -> pd.DataFrame:
    """Per code: the cumulative stock at the end of `start_year` and of `end_year`.

    measure 'ikm_ovop': IKM OVOP award records so far; 'types': distinct OVOP types so far. (Two fixed
    statements rather than one CASE, because DuckDB would compute the costly DISTINCT for both.)
    """
    params = _level_params(dataset_id, level, None, end_year)
    params["start_year"] = start_year
    return store.query(f"""
        WITH rec AS ({_RECORDS_AT_LEVEL})
        SELECT code, {_STOCK[measure]} FROM rec GROUP BY code ORDER BY code""", params)


def year_range(store: Store, dataset_id: int, measure: str) -> tuple[int | None, int | None]:
    """First and last year with a record of the measure (award rounds for 'ikm_ovop'); None when none."""
    row = store.query(f"""
        SELECT min(year) AS first, max(year) AS last FROM ovop_records
        WHERE dataset_id = $d AND region_code IN (SELECT code FROM regions)
          AND (CASE WHEN $m = 'types' THEN type_code IS NOT NULL
               ELSE program = '{AWARD}' END)""",
        {"d": dataset_id, "m": measure}).iloc[0]
    return (None if pd.isna(row["first"]) else int(row["first"]),
            None if pd.isna(row["last"]) else int(row["last"]))


def new_per_period(store: Store, dataset_id: int, by: str, measure: str) -> pd.DataFrame:
    """key, period, count: awards per round ('ikm_ovop') or types first seen per year ('types') per key.

    by 'province' keys on the province code (kabupaten/kota records roll up), 'commodity_group' on the
    group, 'national' on one key 'ID'. Periods without anything new are absent here.
    """
    return store.query(f"""
        WITH keyed AS (
            SELECT CASE WHEN $by = 'province' THEN split_part(region_code, '.', 1)
                        WHEN $by = 'commodity_group' THEN commodity_group ELSE 'ID' END AS key,
                   year, program, type_code
            FROM ovop_records WHERE dataset_id = $d AND region_code IN (SELECT code FROM regions)
        ), events AS (
            SELECT key, year AS period, 1 AS n FROM keyed WHERE $m = 'ikm_ovop' AND program = '{AWARD}'
            UNION ALL
            SELECT key, min(year) AS period, 1 AS n FROM keyed
            WHERE $m = 'types' AND type_code IS NOT NULL GROUP BY key, type_code
        )
        SELECT key, period, count(*)::BIGINT AS count FROM events WHERE key IS NOT NULL
        GROUP BY ALL ORDER BY key, period""", {"d": dataset_id, "by": by, "m": measure})


def periods(store: Store, dataset_id: int, measure: str) -> list[int]:
    """Years that hold a record of the measure: award rounds for 'ikm_ovop', designation years for 'types'."""
    frame = store.query(f"""
        SELECT DISTINCT year FROM ovop_records
        WHERE dataset_id = $d AND region_code IN (SELECT code FROM regions)
          AND (CASE WHEN $m = 'types' THEN type_code IS NOT NULL
               ELSE program = '{AWARD}' END)
        ORDER BY year""", {"d": dataset_id, "m": measure})
    return [int(y) for y in frame["year"]]


def catalogue(store: Store, dataset_id: int) -> pd.DataFrame:
    """type_code, name, commodity_group, from_catalogue: the dataset's national catalogue of OVOP types.

    A dataset without a catalogue (an upload that only lists records) falls back to the types present in
    its records (from_catalogue false), so coverage still has a whole to measure against.
    """
    return store.query("""
        SELECT type_code, name, commodity_group, true AS from_catalogue
        FROM ovop_types WHERE dataset_id = $d
        UNION ALL
        SELECT type_code, type_code AS name, any_value(commodity_group) AS commodity_group, false
        FROM ovop_records
        WHERE dataset_id = $d AND type_code IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM ovop_types WHERE dataset_id = $d)
        GROUP BY type_code
        ORDER BY type_code""", {"d": dataset_id})


def award_rows(store: Store, dataset_id: int, province_code: str | None = None) -> pd.DataFrame:
    """IKM OVOP awards (entity_name, region_code, region_name, year, star, product), of one province or all."""
    return store.query(f"""
        SELECT r.entity_name, r.region_code, g.name AS region_name, r.year, r.star, r.product
        FROM ovop_records r JOIN regions g ON g.code = r.region_code
        WHERE r.dataset_id = $d AND r.program = '{AWARD}'
          AND ($p IS NULL OR split_part(r.region_code, '.', 1) = $p)
        ORDER BY r.year, r.region_code, r.entity_name""", {"d": dataset_id, "p": province_code})


def coverage_counts(store: Store, dataset_id: int, year_from: int | None = None,
                    year_to: int | None = None) -> dict[str, int]:
    """Provinces with any OVOP, kabupaten/kota with any OVOP and with at least one IKM OVOP, in the period."""
    row = store.query(f"""
        SELECT count(DISTINCT split_part(region_code, '.', 1))
                 FILTER (WHERE split_part(region_code, '.', 1) IN (SELECT code FROM regions
                                                                 WHERE level = 'province'))::BIGINT
                 AS provinces_with_ovop,
               count(DISTINCT region_code)
                 FILTER (WHERE region_code IN (SELECT code FROM regions WHERE level = 'kabupaten_kota'))::BIGINT
                 AS kabkota_with_ovop,
               count(DISTINCT region_code)
                 FILTER (WHERE program = '{AWARD}'
                         AND region_code IN (SELECT code FROM regions WHERE level = 'kabupaten_kota'))::BIGINT
                 AS kabkota_with_ikm,
               (SELECT count(*) FROM regions WHERE level = 'province')::BIGINT AS provinces_total,
               (SELECT count(*) FROM regions WHERE level = 'kabupaten_kota')::BIGINT AS kabkota_total
        FROM ovop_records
        WHERE dataset_id = $d AND ($year_from IS NULL OR year >= $year_from)
          AND ($year_to IS NULL OR year <= $year_to)""",
        {"d": dataset_id, "year_from": year_from, "year_to": year_to}).iloc[0]
    return {key: int(value) for key, value in row.items()}


def published_value(store: Store, metric: str) -> tuple[str, float] | None:
    """(fact_id, value) of the first published fact with this metric, e.g. Kemenperin's kabupaten/kota target."""
    frame = store.query("SELECT fact_id, value FROM published_facts WHERE metric = ? ORDER BY fact_id LIMIT 1",
                        [metric])
    if frame.empty:
        return None
    return str(frame["fact_id"].iloc[0]), float(frame["value"].iloc[0])


def dataset_scope(store: Store, dataset_id: int) -> tuple[str | None, frozenset[str]]:
    """(coverage, programmes): the province codes the dataset covers (None: national) and the
    programmes its records hold, which decide where a missing record is 0 and which metrics exist."""
    frame = store.query("""
        SELECT d.coverage,
               coalesce((SELECT list(DISTINCT r.program) FROM ovop_records r WHERE r.dataset_id = d.id),
                        []::VARCHAR[]) AS programs
        FROM datasets d WHERE d.id = $d""", {"d": dataset_id})
    if frame.empty:
        return None, frozenset()
    programs = frame["programs"].iloc[0]
    coverage = frame["coverage"].iloc[0]
    return (coverage if isinstance(coverage, str) and coverage else None,
            frozenset(programs))
