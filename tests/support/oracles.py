"""Independent reads the tests check the library against (plain SQL, written apart from the metric
functions, so a wrong metric cannot agree with itself)."""

from __future__ import annotations

from ovop_analytics.store import Store

def national_summary(store: Store, dataset_id: int) -> dict[str, int]:
    """Headline counts: regions with any OVOP, distinct types, catalogue size, IKM OVOP records."""
    row = store.query("""
        SELECT count(DISTINCT split_part(region_code, '.', 1))::INTEGER AS provinces_with_ovop,
               count(DISTINCT region_code) FILTER (WHERE length(region_code) = 5)::INTEGER AS kabkota_with_ovop,
               count(DISTINCT region_code) FILTER (WHERE length(region_code) = 5
                     AND program = 'kemenperin_ovop_award')::INTEGER AS kabkota_with_ikm,
               count(DISTINCT type_code)::INTEGER AS types_present,
               (count(*) FILTER (WHERE program = 'kemenperin_ovop_award'))::INTEGER AS ikm_ovop,
               (SELECT count(*) FROM ovop_types t WHERE t.dataset_id = $d)::INTEGER AS catalogue_size,
               (SELECT count(*) FROM regions WHERE level = 'province')::INTEGER AS provinces_total,
               (SELECT count(*) FROM regions WHERE level = 'kabupaten_kota')::INTEGER AS kabkota_total
        FROM ovop_records WHERE dataset_id = $d""", {"d": dataset_id}).iloc[0]
    return {k: int(v) for k, v in row.items()}
