"""Named, parameterised read queries. Pages and metrics call these; nothing else writes SQL for reading."""

from __future__ import annotations

import pandas as pd

from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.store.connection import Store

LEVELS = ("province", "kabupaten_kota")
PROGRAMS = ("kemenkop_ovop", "kemenperin_ovop_award")


def check_level(level: str) -> str:
    if level not in LEVELS:
        raise InvalidArgumentError(f"Level must be 'province' or 'kabupaten_kota', not '{level}'.")
    return level


# Records of one dataset keyed at the requested level: a kabupaten/kota record counts for its province;
# a record reported only at province level counts at province level and not for any kabupaten/kota.
_RECORDS_AT_LEVEL = """
    SELECT CASE WHEN $level = 'province' THEN split_part(region_code, '.', 1) ELSE region_code END AS code,
           year, program, commodity_group, type_code, star, entity_name, product
    FROM ovop_records
    WHERE dataset_id = $dataset_id
      AND ($level = 'province' OR length(region_code) = 5)
      AND ($year_from IS NULL OR year >= $year_from)
      AND ($year_to IS NULL OR year <= $year_to)
"""


def _params(dataset_id: int, level: str, year_from: int | None, year_to: int | None) -> dict:
    return {"dataset_id": dataset_id, "level": check_level(level), "year_from": year_from, "year_to": year_to}


def region_stats(store: Store, dataset_id: int, level: str, year: int | None = None,
                 year_from: int | None = None, year_to: int | None = None) -> pd.DataFrame:
    """One row per region of `level` (all 38 or 514, none hidden): counts of IKM OVOP, types and groups.

    `year` selects one designation year or award round; `year_from`/`year_to` a period.
    `has_records` tells a true zero from a region the dataset says nothing about.
    """
    if year is not None:
        year_from = year_to = year
    return store.query(f"""
        WITH rec AS ({_RECORDS_AT_LEVEL})
        SELECT g.code AS region_code, g.name AS region_name, g.parent_code AS province_code,
               count(rec.program) FILTER (WHERE rec.program = 'kemenperin_ovop_award')::INTEGER AS ikm_ovop,
               count(DISTINCT rec.type_code)::INTEGER AS types,
               count(DISTINCT rec.commodity_group)::INTEGER AS commodity_groups,
               count(rec.program)::INTEGER AS records,
               count(rec.program) > 0 AS has_records
        FROM regions g LEFT JOIN rec ON rec.code = g.code
        WHERE g.level = $level
        GROUP BY ALL ORDER BY g.code""", _params(dataset_id, level, year_from, year_to))


def records(store: Store, dataset_id: int, level: str = "province", year_from: int | None = None,
            year_to: int | None = None) -> pd.DataFrame:
    """The records of a dataset keyed at `level` (column `code`), for metrics that need the rows."""
    return store.query(f"SELECT * FROM ({_RECORDS_AT_LEVEL}) ORDER BY code, year",
                       _params(dataset_id, level, year_from, year_to))


def awards_by_round(store: Store, dataset_id: int, province_code: str | None = None) -> pd.DataFrame:
    """IKM OVOP per award round and star (one row per round and star present)."""
    return store.query("""
        SELECT year AS round, star, count(*)::INTEGER AS ikm
        FROM ovop_records
        WHERE dataset_id = $d AND program = 'kemenperin_ovop_award'
          AND ($p IS NULL OR split_part(region_code, '.', 1) = $p)
        GROUP BY ALL ORDER BY round, star""", {"d": dataset_id, "p": province_code})


def commodity_mix(store: Store, dataset_id: int, province_code: str | None = None) -> pd.DataFrame:
    """Records per commodity group (all five listed, zero where none), for a province or the nation."""
    return store.query("""
        SELECT g.code AS commodity_group, g.name_id, g.name_en, count(r.program)::INTEGER AS records
        FROM commodity_groups g LEFT JOIN ovop_records r
          ON r.commodity_group = g.code AND r.dataset_id = $d
         AND ($p IS NULL OR split_part(r.region_code, '.', 1) = $p)
        GROUP BY ALL ORDER BY g.code""", {"d": dataset_id, "p": province_code})


def flagship_ikm(store: Store, dataset_id: int, province_code: str, limit: int = 10) -> pd.DataFrame:
    """A province's highest-starred IKM OVOP (latest star of each), best first."""
    return store.query("""
        SELECT entity_name, product, commodity_group, region_code, g.name AS region_name,
               max(star)::INTEGER AS best_star, max(year)::INTEGER AS latest_round
        FROM ovop_records r JOIN regions g ON g.code = r.region_code
        WHERE dataset_id = $d AND program = 'kemenperin_ovop_award'
          AND split_part(region_code, '.', 1) = $p
        GROUP BY ALL ORDER BY best_star DESC, latest_round DESC, entity_name LIMIT $n""",
        {"d": dataset_id, "p": province_code, "n": limit})


def designated_types(store: Store, dataset_id: int, province_code: str) -> pd.DataFrame:
    """OVOP types designated in a province, with how many of its kabupaten/kota carry each."""
    return store.query("""
        SELECT coalesce(t.name, r.type_code) AS type_name, r.commodity_group,
               count(DISTINCT r.region_code)::INTEGER AS kabupaten_kota, min(r.year)::INTEGER AS first_year
        FROM ovop_records r LEFT JOIN ovop_types t ON t.dataset_id = r.dataset_id AND t.type_code = r.type_code
        WHERE r.dataset_id = $d AND r.type_code IS NOT NULL AND split_part(r.region_code, '.', 1) = $p
        GROUP BY ALL ORDER BY kabupaten_kota DESC, type_name""", {"d": dataset_id, "p": province_code})


def years(store: Store, dataset_id: int) -> list[int]:
    frame = store.query("SELECT DISTINCT year FROM ovop_records WHERE dataset_id = ? ORDER BY year", [dataset_id])
    return [int(y) for y in frame["year"]]


def published_facts(store: Store) -> pd.DataFrame:
    return store.query("SELECT * FROM published_facts ORDER BY fact_id")


def regions(store: Store, level: str) -> pd.DataFrame:
    return store.query("SELECT code, name, kind, parent_code FROM regions WHERE level = ? ORDER BY code",
                       [check_level(level)])


def commodity_groups(store: Store) -> pd.DataFrame:
    return store.query("SELECT * FROM commodity_groups ORDER BY code")


def published_round_totals(store: Store) -> pd.DataFrame:
    """National IKM OVOP totals per award round as published; conflicting figures are all returned."""
    return store.query("""
        SELECT round_year AS round, value, metric, fact_id, source_title, source_url, is_conflict
        FROM published_facts
        WHERE program = 'kemenperin_ovop_award' AND level = 'national' AND star IS NULL
          AND commodity_group IS NULL AND metric IN ('ikm_awarded', 'ikm_meeting_criteria')
        ORDER BY round_year, fact_id""")


def province_stats_as_of(store: Store, dataset_id: int, as_of: int, year_from: int | None = None,
                         year_to: int | None = None) -> pd.DataFrame:
    """Province counts on the provinces of year `as_of`: a province split off later is merged into its
    parent (Papua Selatan, Tengah and Pegunungan into Papua before 2022), so a parent figure is never
    divided among children. `members` lists today's provinces a row covers."""
    return store.query(f"""
        WITH rec AS ({_RECORDS_AT_LEVEL}),
        parent_of AS (
            SELECT g.code AS today, coalesce(l.parent_code, g.code) AS code
            FROM regions g LEFT JOIN region_lineage l ON l.child_code = g.code AND $as_of < l.split_year
            WHERE g.level = 'province'),
        merged AS (SELECT p.code, rec.* EXCLUDE (code) FROM rec JOIN parent_of p ON p.today = rec.code)
        SELECT g.code AS region_code, g.name AS region_name,
               (SELECT list(today ORDER BY today) FROM parent_of WHERE parent_of.code = g.code) AS members,
               count(m.program) FILTER (WHERE m.program = 'kemenperin_ovop_award')::INTEGER AS ikm_ovop,
               count(DISTINCT m.type_code)::INTEGER AS types,
               count(DISTINCT m.commodity_group)::INTEGER AS commodity_groups,
               count(m.program)::INTEGER AS records,
               count(m.program) > 0 AS has_records
        FROM regions g LEFT JOIN merged m ON m.code = g.code
        WHERE g.level = 'province' AND g.code IN (SELECT code FROM parent_of)
        GROUP BY ALL ORDER BY g.code""",
        {**_params(dataset_id, "province", year_from, year_to), "as_of": as_of})


# One region's figures for the scorecards and briefings. `code` is a province ('52': its records and its
# kabupaten/kota's), a kabupaten/kota ('52.01') or None (the nation); the period bounds are inclusive.
_REGION_FILTER = "($code IS NULL OR region_code = $code OR split_part(region_code, '.', 1) = $code)"


def region_awards_by_round(store: Store, dataset_id: int, code: str | None, year_from: int | None = None,
                           year_to: int | None = None) -> pd.DataFrame:
    """round, star, ikm: IKM OVOP awards of a region per award round and star, dated in the period."""
    return store.query(f"""
        SELECT year AS round, star, count(*)::INTEGER AS ikm
        FROM ovop_records
        WHERE dataset_id = $d AND program = 'kemenperin_ovop_award' AND {_REGION_FILTER}
          AND ($year_from IS NULL OR year >= $year_from) AND ($year_to IS NULL OR year <= $year_to)
        GROUP BY ALL ORDER BY round, star""",
        {"d": dataset_id, "code": code, "year_from": year_from, "year_to": year_to})


def region_commodity_mix(store: Store, dataset_id: int, code: str | None, year_from: int | None = None,
                         year_to: int | None = None) -> pd.DataFrame:
    """commodity_group, records: a region's OVOP records per commodity group dated in the period (all five
    groups listed, zero where none)."""
    return store.query(f"""
        SELECT g.code AS commodity_group, count(r.program)::INTEGER AS records
        FROM commodity_groups g LEFT JOIN (
            SELECT program, commodity_group FROM ovop_records
            WHERE dataset_id = $d AND {_REGION_FILTER}
              AND ($year_from IS NULL OR year >= $year_from) AND ($year_to IS NULL OR year <= $year_to)
        ) r ON r.commodity_group = g.code
        GROUP BY ALL ORDER BY g.code""",
        {"d": dataset_id, "code": code, "year_from": year_from, "year_to": year_to})


def kabkota_types(store: Store, dataset_id: int, province_code: str, year_to: int | None = None) -> pd.DataFrame:
    """region_code, type_code, type_name, commodity_group, first_year: the OVOP types of each kabupaten/kota
    of a province as of the end of year_to (a type designated earlier is still the region's type)."""
    return store.query("""
        SELECT r.region_code, r.type_code, coalesce(any_value(t.name), r.type_code) AS type_name,
               any_value(r.commodity_group) AS commodity_group, min(r.year)::INTEGER AS first_year
        FROM ovop_records r LEFT JOIN ovop_types t ON t.dataset_id = r.dataset_id AND t.type_code = r.type_code
        WHERE r.dataset_id = $d AND r.type_code IS NOT NULL AND length(r.region_code) = 5
          AND split_part(r.region_code, '.', 1) = $p AND ($year_to IS NULL OR r.year <= $year_to)
        GROUP BY r.region_code, r.type_code ORDER BY r.region_code, type_name""",
        {"d": dataset_id, "p": province_code, "year_to": year_to})


def region_types(store: Store, dataset_id: int, code: str | None, year_to: int | None = None) -> pd.DataFrame:
    """type_code, type_name, commodity_group, first_year: the OVOP types of a region (a province with its
    kabupaten/kota, a kabupaten/kota, or None for the nation) as of the end of year_to."""
    return store.query("""
        SELECT r.type_code, coalesce(any_value(t.name), r.type_code) AS type_name,
               any_value(r.commodity_group) AS commodity_group, min(r.year)::INTEGER AS first_year
        FROM ovop_records r LEFT JOIN ovop_types t ON t.dataset_id = r.dataset_id AND t.type_code = r.type_code
        WHERE r.dataset_id = $d AND r.type_code IS NOT NULL AND ($year_to IS NULL OR r.year <= $year_to)
          AND ($code IS NULL OR r.region_code = $code OR split_part(r.region_code, '.', 1) = $code)
        GROUP BY r.type_code ORDER BY type_name""", {"d": dataset_id, "code": code, "year_to": year_to})


def distinct_types_in_period(store: Store, dataset_id: int, year_from: int | None = None,
                             year_to: int | None = None) -> int:
    """Distinct OVOP types with a record (of a gazetteer region) dated in the period, nationally."""
    frame = store.query("""
        SELECT count(DISTINCT type_code)::INTEGER AS n FROM ovop_records
        WHERE dataset_id = $d AND type_code IS NOT NULL AND region_code IN (SELECT code FROM regions)
          AND ($year_from IS NULL OR year >= $year_from) AND ($year_to IS NULL OR year <= $year_to)""",
        {"d": dataset_id, "year_from": year_from, "year_to": year_to})
    return int(frame["n"].iloc[0])
