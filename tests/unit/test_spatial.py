"""Spatial statistics on small hand-computed cases, and per-capita figures checked by hand from the
reference file."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from ovop_analytics.metrics import denominators
from ovop_analytics.spatial.statistics import (empirical_bayes, gi_bin, spatial_statistics, stability)
from ovop_analytics.spatial.weights import _from_edges, knn_graph

GRID = [f"r{i:02d}" for i in range(16)]


def rook_lattice(extra: tuple[str, ...] = ()) -> object:
    """4x4 grid, rook neighbours (shared edge), plus `extra` regions without any neighbour."""
    focal, neighbour = [], []
    for row in range(4):
        for col in range(4):
            i = row * 4 + col
            if col < 3:
                focal.append(i), neighbour.append(i + 1)
            if row < 3:
                focal.append(i), neighbour.append(i + 4)
    return _from_edges(GRID + list(extra), np.array(focal), np.array(neighbour))


def rook_matrix() -> np.ndarray:
    w = np.zeros((16, 16))
    for i in range(16):
        row, col = divmod(i, 4)
        for r, c in ((row - 1, col), (row + 1, col), (row, col - 1), (row, col + 1)):
            if 0 <= r < 4 and 0 <= c < 4:
                w[i, r * 4 + c] = 1
    return w


VALUES = pd.Series([3.0, 7, 1, 9, 4, 4, 8, 2, 6, 5, 0, 11, 2, 8, 3, 10], index=GRID)


def test_moran_and_local_moran_equal_the_textbook_formulas() -> None:
    """I = (n / S0) Σij wij zi zj / Σ zi² and Ii = zi / m2 Σj wij zj, row-standardised W, with esda's
    m2 = Σ zi² / (n - 1) (the sample variance; Anselin 1995 writes / n, a constant factor)."""
    result = spatial_statistics(VALUES, rook_lattice(), permutations=99, seed=1)
    w = rook_matrix()
    w = w / w.sum(axis=1, keepdims=True)
    z = VALUES.to_numpy() - VALUES.mean()
    n, s0 = 16, w.sum()
    expected_i = n / s0 * (z @ w @ z) / (z @ z)
    assert result.moran_i == pytest.approx(expected_i, abs=1e-9)
    assert result.expected_i == pytest.approx(-1 / 15, abs=1e-12)
    m2 = (z @ z) / (n - 1)
    local = result.table.set_index("region_code")["local_i"].reindex(GRID).to_numpy()
    np.testing.assert_allclose(local, z / m2 * (w @ z), atol=1e-9, rtol=0)
    lag = result.table.set_index("region_code")["lag"].reindex(GRID).to_numpy()
    np.testing.assert_allclose(lag, w @ VALUES.to_numpy(), atol=1e-9, rtol=0)
    assert local.sum() / (n - 1) == pytest.approx(result.moran_i, abs=1e-9), "I from the local I"


def test_gi_star_equals_the_textbook_formula() -> None:
    """Gi* z = (Σj wij xj - x̄ Σj wij) / (s sqrt((n Σj wij² - (Σj wij)²) / (n - 1))), self included."""
    result = spatial_statistics(VALUES, rook_lattice(), permutations=99, seed=1)
    w = rook_matrix() + np.eye(16)
    x = VALUES.to_numpy()
    n = 16
    s = np.sqrt((x ** 2).mean() - x.mean() ** 2)
    wi = w.sum(axis=1)
    expected = (w @ x - x.mean() * wi) / (s * np.sqrt((n * (w ** 2).sum(axis=1) - wi ** 2) / (n - 1)))
    got = result.table.set_index("region_code")["gi_z"].reindex(GRID).to_numpy()
    np.testing.assert_allclose(got, expected, atol=1e-9, rtol=0)


def test_a_checkerboard_gives_negative_autocorrelation() -> None:
    board = pd.Series([float((i // 4 + i % 4) % 2) for i in range(16)], index=GRID)
    result = spatial_statistics(board, rook_lattice(), permutations=999, seed=7)
    assert result.moran_i == pytest.approx(-1.0, abs=1e-12)
    assert result.p_value <= 0.01
    assert set(result.table["category"]) <= {"low_high", "high_low", "not_significant"}


def test_a_region_without_neighbours_is_tanpa_tetangga_never_significant() -> None:
    values = pd.concat([VALUES, pd.Series({"island": 1000.0})])
    result = spatial_statistics(values, rook_lattice(("island",)), permutations=99, seed=1)
    island = result.table.set_index("region_code").loc["island"]
    assert island["category"] == "isolate" and island["gi_bin"] == "isolate"
    assert np.isnan(island["p_value"]) and island["value"] == 1000.0
    assert result.n == 16 and result.isolates == 1
    # the island changes nothing for the others: it is not in the test
    alone = spatial_statistics(VALUES, rook_lattice(), permutations=99, seed=1)
    assert result.moran_i == pytest.approx(alone.moran_i, abs=1e-12)
    assert result.counts()["isolate"] == 1 and sum(result.counts().values()) == 17


def test_a_region_outside_coverage_is_tidak_ada_data_never_zero() -> None:
    values = VALUES.copy()
    values["r05"] = np.nan
    result = spatial_statistics(values, rook_lattice(), permutations=99, seed=1)
    row = result.table.set_index("region_code").loc["r05"]
    assert row["category"] == "no_data" and np.isnan(row["value"]) and np.isnan(row["p_value"])
    assert result.n == 15 and result.no_data == 1
    # a region whose only neighbours have no data is left without neighbours
    corner = VALUES.copy()
    corner[["r01", "r04"]] = np.nan
    cut = spatial_statistics(corner, rook_lattice(), permutations=99, seed=1).table.set_index("region_code")
    assert cut.loc["r00", "category"] == "isolate" and cut.loc["r01", "category"] == "no_data"


def test_same_seed_same_result_other_seed_other_draws() -> None:
    first = spatial_statistics(VALUES, rook_lattice(), permutations=999, seed=42)
    again = spatial_statistics(VALUES, rook_lattice(), permutations=999, seed=42)
    pd.testing.assert_frame_equal(first.table, again.table)
    assert first.p_value == again.p_value
    other = spatial_statistics(VALUES, rook_lattice(), permutations=999, seed=43)
    assert not np.array_equal(first.table["p_value"].to_numpy(), other.table["p_value"].to_numpy())


def test_p_values_are_exact_multiples_of_one_over_permutations_plus_one() -> None:
    """With 999 permutations the smallest p is 1/1000 exactly, so it lands in the p ≤ 0.001 class."""
    from ovop_analytics.charts.spatial import significance_class

    board = pd.Series([float((i // 4 + i % 4) % 2) for i in range(16)], index=GRID)
    result = spatial_statistics(board, rook_lattice(), permutations=999, seed=7)
    p = result.table["p_value"].to_numpy()
    assert p.dtype == np.float64 and np.allclose(p * 1000, np.round(p * 1000), atol=1e-9)
    smallest = result.table.loc[result.table["p_value"].idxmin()]
    assert smallest["p_value"] == 0.001
    assert significance_class(smallest["category"], smallest["p_value"], 0.05) == "0.001"


def test_fdr_is_never_looser_than_the_cut_off() -> None:
    result = spatial_statistics(VALUES, rook_lattice(), permutations=999, seed=1, cutoff=0.05, fdr=True)
    assert result.significance <= 0.05
    significant = ~result.table["category"].isin(["not_significant", "isolate", "no_data"])
    assert (result.table.loc[significant, "p_value"] <= result.significance).all()


def test_constant_values_and_too_few_regions_are_refused() -> None:
    from ovop_analytics.errors import InvalidArgumentError

    with pytest.raises(InvalidArgumentError) as constant:
        spatial_statistics(pd.Series(2.0, index=GRID), rook_lattice())
    assert constant.value.code == "spatial_constant"
    few = pd.Series(np.nan, index=GRID)
    few[["r00", "r01"]] = [1.0, 2.0]
    with pytest.raises(InvalidArgumentError) as too_few:
        spatial_statistics(few, rook_lattice())
    assert too_few.value.code == "spatial_too_few"


def test_gi_bins_and_stability() -> None:
    assert [gi_bin(2.0, 0.005), gi_bin(2.0, 0.03), gi_bin(1.0, 0.08), gi_bin(-2.0, 0.01), gi_bin(3.0, 0.2)] == \
        ["hot_99", "hot_95", "hot_90", "cold_99", "not_significant"]
    result = spatial_statistics(VALUES, rook_lattice(), permutations=99, seed=1)
    assert stability(result, result) == 1.0


def test_knn_graph_is_symmetric_and_uses_great_circle_distance() -> None:
    # four points on the equator and one far north: each point's single nearest neighbour
    lon = np.array([0.0, 1.0, 2.5, 4.5, 0.0])
    lat = np.array([0.0, 0.0, 0.0, 0.0, 10.0])
    graph = knn_graph(["a", "b", "c", "d", "e"], lon, lat, k=1)
    pairs = set(graph.adjacency[graph.adjacency > 0].index)
    assert pairs == {("a", "b"), ("b", "a"), ("b", "c"), ("c", "b"), ("c", "d"), ("d", "c"), ("e", "a"), ("a", "e")}


def test_empirical_bayes_equals_marshall_formula() -> None:
    events = pd.Series([1.0, 0.0, 30.0, 5.0, np.nan], index=list("abcde"))
    population = pd.Series([1_000.0, 200.0, 50_000.0, 8_000.0, 500.0], index=list("abcde"))
    got = empirical_bayes(events, population, 1_000_000)
    e, n = events[:4].to_numpy(), population[:4].to_numpy()
    b = e.sum() / n.sum()
    s2 = (n * (e / n - b) ** 2).sum() / n.sum() - b / n.mean()
    s2 = max(s2, 0.0)
    w = s2 / (s2 + b / n)
    np.testing.assert_allclose(got[:4].to_numpy(), (w * e / n + (1 - w) * b) * 1e6, rtol=1e-9)
    assert np.isnan(got["e"]), "no data stays no data"
    # a real spread between regions: the same as esda's estimator
    from esda.smoothing import Empirical_Bayes

    e2, n2 = np.array([1.0, 40.0, 30.0, 5.0]), np.array([1_000.0, 2_000.0, 50_000.0, 8_000.0])
    mine = empirical_bayes(pd.Series(e2), pd.Series(n2), 1.0).to_numpy()
    np.testing.assert_allclose(mine, Empirical_Bayes(e2, n2).r.ravel(), rtol=1e-12)
    assert mine[1] < 40 / 2_000, "a high rate of a small population shrinks towards the overall rate"


def test_per_capita_and_per_area_hand_checked_from_the_reference_file() -> None:
    """Aceh Selatan 239,629 residents, 4,174.211 km²; Kota Banda Aceh 11.71; Jawa Tengah (province 33)."""
    table = denominators.population_area().set_index("region_code")
    assert table.loc["11.01", "population"] == 239_629 and table.loc["11.01", "area_km2"] == pytest.approx(4174.211)
    frame = pd.DataFrame({"region_code": ["11.01", "11.71", "11.02"], "ikm_ovop": pd.array([3, 0, None], "Int64"),
                          "shannon": [0.5, 0.1, np.nan]})
    per_capita = denominators.apply_basis(frame, "kabupaten_kota", ["ikm_ovop", "shannon"], "capita")
    banda_aceh = int(table.loc["11.71", "population"])
    assert per_capita["ikm_ovop"].iloc[0] == pytest.approx(3 / 239_629 * 1_000_000, rel=1e-12)
    assert per_capita["ikm_ovop"].iloc[1] == 0.0 and banda_aceh > 0
    assert pd.isna(per_capita["ikm_ovop"].iloc[2]), "no data is never 0"
    assert per_capita["shannon"].tolist()[:2] == [0.5, 0.1], "not a count: unchanged"
    per_area = denominators.apply_basis(frame, "kabupaten_kota", ["ikm_ovop"], "area")
    assert per_area["ikm_ovop"].iloc[0] == pytest.approx(3 / 4174.211 * 1_000, rel=1e-12)
    province = pd.DataFrame({"region_code": ["33"], "ikm_ovop": pd.array([74], "Int64")})
    dukcapil = denominators.apply_basis(province, "province", ["ikm_ovop"], "capita")["ikm_ovop"].iloc[0]
    bps = denominators.apply_basis(province, "province", ["ikm_ovop"], "capita", "bps")["ikm_ovop"].iloc[0]
    assert dukcapil == pytest.approx(74 / table.loc["33", "population"] * 1e6, rel=1e-12)
    bps_population = denominators.province_population_bps().set_index("province_code").loc["33", "population"]
    assert bps == pytest.approx(74 / bps_population * 1e6, rel=1e-12) and bps != dukcapil


def test_denominators_cover_every_region_and_bps_is_provinces_only() -> None:
    from ovop_analytics.errors import InvalidArgumentError
    from ovop_analytics.regions import all_regions

    codes = {r.code for r in all_regions()}
    table = denominators.population_area()
    assert set(table["region_code"]) == codes and (table["population"] > 0).all() and (table["area_km2"] > 0).all()
    with pytest.raises(InvalidArgumentError) as error:
        denominators.denominator("kabupaten_kota", "capita", "bps")
    assert error.value.code == "spatial_err_bps_provinces_only"
    assert denominators.basis_label("IKM OVOP", "capita", "dukcapil", "id") == \
        "IKM OVOP per 1 juta penduduk (Dukcapil 2024)"


def test_esda_and_libpysal_load_only_when_a_statistic_is_computed_and_numba_is_absent() -> None:
    """The CLI and the spatial modules import without esda or libpysal (seconds of import paid only by the
    page or command that computes); numba must stay uninstalled: with it, esda's first call in a process
    compiles for 30-90 s."""
    import importlib.util
    import subprocess
    import sys

    code = ("import sys; import ovop_analytics.cli, ovop_analytics.spatial.analysis, ovop_analytics.charts.spatial; "
            "print(sorted(m for m in ('esda', 'libpysal') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert loaded == "[]"
    assert importlib.util.find_spec("numba") is None
