"""`ovop-analytics spatial` and `stats --per` on the demo dataset with the real boundaries installed: the
command, the library and the hand computation agree region by region."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ovop_analytics.cli import main
from ovop_analytics.metrics import denominators
from ovop_analytics.store import Store, get_dataset
from tests.support.boundaries import data_dir_with_boundaries

pytestmark = pytest.mark.slow  # installs the kabupaten/kota and province boundaries once (tens of seconds)


@pytest.fixture(scope="module")
def installed_dir(tmp_path_factory: pytest.TempPathFactory, initialised_db: Path) -> Path:
    return data_dir_with_boundaries(tmp_path_factory.mktemp("spatial-data"), initialised_db)


@pytest.fixture
def spatial_store(installed_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setenv("OVOP_DATA_DIR", str(installed_dir))
    return Store(installed_dir / "ovop.duckdb")


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    assert main(["spatial", "--dataset", "demo", "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_knn6_is_one_connected_graph_and_contiguity_is_a_check(spatial_store: Store) -> None:
    from ovop_analytics.spatial.weights import layer_weights

    knn = layer_weights("kabupaten_kota", "knn6")
    assert knn.n == 514 and knn.n_components == 1 and len(knn.isolates) == 0
    assert knn.cardinalities.min() >= 6
    assert (knn.adjacency.sort_index() == knn.adjacency.swaplevel().sort_index()).all(), "symmetric"
    contiguity = layer_weights("kabupaten_kota", "contiguity")
    assert contiguity.n == 514 and len(contiguity.isolates) == 0, "KNN-2 leaves no island alone"
    assert layer_weights("kabupaten_kota", "knn6") is knn, "built once per layer and process"


def test_cli_equals_the_library_and_the_hand_computed_rates(capsys: pytest.CaptureFixture[str],
                                                            spatial_store: Store) -> None:
    from ovop_analytics.spatial.analysis import SpatialRequest, spatial_analysis

    document = _json(capsys, "--metric", "ikm_ovop", "--per", "capita")
    assert document["synthetic"] is True and len(document["regions"]) == 514
    assert document["methods"]["seed"] == 12345 and document["methods"]["permutations"] == 999
    assert document["methods"]["esda_version"] and document["methods"]["weights_components"] == 1
    counts = document["global"]["categories"]
    assert sum(counts.values()) == 514
    dataset = get_dataset(spatial_store, "demo")
    library = spatial_analysis(spatial_store, dataset.id, SpatialRequest(), with_stability=False)
    assert document["global"]["moran_i"] == pytest.approx(library.result.moran_i, abs=1e-12)
    assert document["global"]["p_value"] == library.result.p_value
    rows = pd.DataFrame(document["regions"]).set_index("region_code")
    mine = library.regions.set_index("region_code")
    assert (rows["category"] == mine["category"]).all() and (rows["gi_bin"] == mine["gi_bin"]).all()
    np.testing.assert_allclose(rows["p_value"], mine["p_value"], rtol=0, atol=0)
    # value = IKM OVOP / Dukcapil population × 1,000,000, by hand from the reference file
    population = denominators.population_area().set_index("region_code")["population"]
    for code in ("33.02", "51.03", "11.01"):
        assert rows.loc[code, "value"] == pytest.approx(rows.loc[code, "count"] / population[code] * 1e6, rel=1e-12)


def test_same_seed_same_result_and_csv_agrees(capsys: pytest.CaptureFixture[str], spatial_store: Store) -> None:
    first = _json(capsys, "--seed", "7")
    again = _json(capsys, "--seed", "7")
    assert first["regions"] == again["regions"] and first["global"] == again["global"]
    assert main(["spatial", "--dataset", "demo", "--format", "csv", "--seed", "7"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype={"region_code": str})
    assert len(table) == 514 and table["global_moran_i"].nunique() == 1
    assert table["global_moran_i"].iloc[0] == pytest.approx(first["global"]["moran_i"], abs=1e-12)
    by_code = {r["region_code"]: r for r in first["regions"]}
    assert all(by_code[c]["category"] == k for c, k in zip(table["region_code"], table["category"]))


def test_provinces_give_the_global_statistic_only(capsys: pytest.CaptureFixture[str], spatial_store: Store) -> None:
    document = _json(capsys, "--level", "province", "--population", "bps")
    assert document["regions"] == [] and document["global"]["n"] == 38
    assert "BPS" in document["methods"]["denominator"]


def test_stats_per_capita_gives_the_numbers_the_library_gives(capsys: pytest.CaptureFixture[str],
                                                              spatial_store: Store) -> None:
    assert main(["stats", "--dataset", "demo", "--level", "kabupaten_kota", "--per", "capita"]) == 0
    rows = {r["region_code"]: r for r in json.loads(capsys.readouterr().out)}
    population = denominators.population_area().set_index("region_code")["population"]
    assert main(["stats", "--dataset", "demo", "--level", "kabupaten_kota"]) == 0
    counts = {r["region_code"]: r for r in json.loads(capsys.readouterr().out)}
    for code in ("33.02", "51.03", "11.01", "35.78"):
        expected = counts[code]["ikm_ovop"] / population[code] * 1_000_000
        assert rows[code]["ikm_ovop_per_1m"] == pytest.approx(expected, rel=1e-12)
        assert rows[code]["commodity_groups"] == counts[code]["commodity_groups"], "not a count rate: unchanged"
    assert main(["stats", "--dataset", "demo", "--level", "province", "--per", "area"]) == 0
    areas = denominators.population_area().set_index("region_code")["area_km2"]
    province = {r["region_code"]: r for r in json.loads(capsys.readouterr().out)}
    assert "types_per_1000km2" in province["33"]
    assert main(["stats", "--dataset", "demo", "--level", "province"]) == 0
    raw = {r["region_code"]: r for r in json.loads(capsys.readouterr().out)}
    assert province["33"]["ikm_ovop_per_1000km2"] == pytest.approx(raw["33"]["ikm_ovop"] / areas["33"] * 1000)


def test_bad_arguments_are_one_line_in_the_interface_language(capsys: pytest.CaptureFixture[str],
                                                              spatial_store: Store) -> None:
    assert main(["--lang", "id", "spatial", "--dataset", "demo", "--metric", "shannon"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "bukan jumlah" in error and "Traceback" not in error
    assert main(["--lang", "id", "spatial", "--dataset", "demo", "--from-year", "2024", "--to-year", "2013"]) == 2
    assert "Tahun awal 2024 sesudah tahun akhir 2013" in capsys.readouterr().err
    assert main(["spatial", "--dataset", "demo", "--permutations", "5"]) == 2
    assert "between 99 and 99999" in capsys.readouterr().err
    assert main(["stats", "--dataset", "demo", "--level", "kabupaten_kota", "--per", "capita",
                 "--population", "bps"]) == 2
    assert "provinces only" in capsys.readouterr().err


def test_without_boundaries_the_command_says_how_to_install(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    assert main(["spatial", "--dataset", "demo"]) == 2
    assert "boundaries install" in capsys.readouterr().err


def test_geopackage_opens_back_with_geopandas_with_methods(spatial_store: Store, tmp_path: Path) -> None:
    import geopandas as gpd
    import pyogrio

    from ovop_analytics.spatial import export
    from ovop_analytics.spatial.analysis import SpatialRequest, global_record, spatial_analysis

    dataset = get_dataset(spatial_store, "demo")
    analysis = spatial_analysis(spatial_store, dataset.id, SpatialRequest(), with_stability=False)
    rows = export.methods_rows(analysis.methods, global_record(analysis), [("dataset", "demo")])
    path = tmp_path / "hasil.gpkg"
    path.write_bytes(export.geopackage_bytes(export.results_table(analysis.regions, True), "kabupaten_kota", rows))
    layer = gpd.read_file(path, layer=export.LAYER)
    assert len(layer) == 514 and layer.crs.to_epsg() == 4326 and layer.geometry.notna().all()
    assert (layer["data_status"] == export.SYNTHETIC_STATUS).all()
    mine = analysis.regions.set_index("region_code")
    back = layer.set_index("region_code")
    assert (back["category"] == mine["category"].reindex(back.index)).all()
    np.testing.assert_allclose(back["value"], mine["value"].reindex(back.index), rtol=1e-12)
    methods = dict(gpd.read_file(path, layer=export.METHODS_LAYER)[["field", "value"]].itertuples(index=False))
    assert methods["method.seed"] == "12345" and methods["method.weights"] == "knn6"
    assert pyogrio.read_info(path, layer=export.LAYER)["layer_metadata"]["method.permutations"] == "999"
