"""The Spatial patterns page and the per-capita Map agree with `ovop-analytics spatial` / `stats --per`
region by region (AppTest, real boundaries installed)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from ovop_analytics import numbers
import streamlit as st

from ovop_analytics import cli
from tests.support.apptest import run_page
from tests.support.boundaries import data_dir_with_boundaries

pytestmark = pytest.mark.slow  # installs both boundary levels once for the module


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, initialised_db: Path) -> Path:
    return data_dir_with_boundaries(tmp_path_factory.mktemp("spatial-pages"), initialised_db)


@pytest.fixture
def with_boundaries(installed: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OVOP_DATA_DIR", str(installed))
    st.cache_data.clear()
    st.cache_resource.clear()
    return installed


def _cli_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    assert cli.main([*args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def _lisa_rows(app) -> pd.DataFrame:  # noqa: ANN001 - AppTest
    """The rows the LISA map joins to its shapes (what its tooltips show), from the page's first chart."""
    spec = json.loads(app.get("vega_lite_chart")[0].proto.spec)
    layer = spec["vconcat"][0]["layer"][0]
    return pd.DataFrame(layer["transform"][0]["from"]["data"]["values"]).set_index("code")


def test_spatial_page_agrees_with_the_command_region_by_region(capsys: pytest.CaptureFixture[str],
                                                               with_boundaries: Path) -> None:
    document = _cli_json(capsys, "spatial", "--dataset", "demo")
    app = run_page("pages/spatial.py")
    assert not app.exception, [e.value for e in app.exception]
    sentence = app.info[0].value
    i = document["global"]["moran_i"]
    assert f"I = {i:.3f}".replace(".", ",") in sentence and "12345" in sentence and "999 permutasi" in sentence
    rows = _lisa_rows(app)
    assert len(rows) == 514
    labels = {"high_high": "Tinggi-Tinggi", "low_low": "Rendah-Rendah", "low_high": "Rendah-Tinggi",
              "high_low": "Tinggi-Rendah", "not_significant": "Tidak signifikan"}
    for region in document["regions"]:
        row = rows.loc[region["region_code"]]
        assert row["class"].startswith(labels[region["category"]]), region
        assert row["value"] == numbers.with_spec(region["value"], ",.2f", "id"), region  # 1.234,50
    # every legend entry carries its count; the counts add up to the regions on the map
    spec = json.loads(app.get("vega_lite_chart")[0].proto.spec)
    domain = spec["vconcat"][0]["layer"][0]["encoding"]["color"]["scale"]["domain"]
    counts = [int(label.rsplit("(", 1)[1].rstrip(")")) for label in domain]
    assert sum(counts) == 514 and domain[0].startswith("Tinggi-Tinggi (kantong tinggi)")
    table = next(d.value for d in app.dataframe if "Kategori" in d.value.columns)
    significant = [r for r in document["regions"] if r["category"] in labels and r["category"] != "not_significant"]
    assert len(table) == len(significant)


def test_provinces_show_the_global_statistic_only_in_english(capsys: pytest.CaptureFixture[str],
                                                             with_boundaries: Path) -> None:
    document = _cli_json(capsys, "spatial", "--dataset", "demo", "--level", "province")
    app = run_page("pages/spatial.py", lang="en", level="province")
    assert not app.exception, [e.value for e in app.exception]
    assert f"I = {document['global']['moran_i']:.3f}" in app.info[0].value
    assert "Global Moran's I of IKM OVOP per 1 million residents (Dukcapil 2024)" in app.info[0].value
    assert len(app.get("vega_lite_chart")) == 0


def test_map_per_capita_tooltips_equal_stats_per_capita(capsys: pytest.CaptureFixture[str],
                                                        with_boundaries: Path) -> None:
    stats = pd.DataFrame(_cli_json(capsys, "stats", "--dataset", "demo", "--level", "kabupaten_kota", "--per",
                                   "capita")).set_index("region_code")
    app = run_page("pages/map.py", level="kabupaten_kota", per="capita")
    assert not app.exception, [e.value for e in app.exception]
    spec = json.loads(app.get("vega_lite_chart")[0].proto.spec)
    regions = spec["layer"][0]["transform"][0]["from"]["data"]["values"]
    assert len(regions) == 514
    assert spec["layer"][0]["encoding"]["color"]["legend"]["title"] == "IKM OVOP per 1 juta penduduk (Dukcapil 2024)"
    for row in regions:
        assert row["value"] == numbers.with_spec(stats.loc[row["code"], "ikm_ovop_per_1m"], ",.2f", "id"), row
    assert "Penyebut: Dukcapil Kemendagri" in regions[0]["source"]
