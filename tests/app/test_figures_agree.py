"""Issue 9: one figure, one meaning. The pages, the CLI's `stats` and the exports give the same numbers
for the same dataset, period and provinces; no data is never 0 and 0 is never no data; a dataset of one
programme shows what exists and a sentence for the rest."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st

from ovop_analytics import cli, ingest, numbers
from ovop_analytics.charts.analytics import format_metric
from ovop_analytics.store import Store
from tests.support.apptest import run_page

AWARDS_ONLY = """kode_wilayah,tahun,program,komoditas,bintang,nama_ikm,produk
33.02,2015,kemenperin_ovop_award,kain_batik,4,Batik Sokaraja,Batik
33.02,2018,kemenperin_ovop_award,kain_batik,5,Batik Sokaraja,Batik
33.74,2018,kemenperin_ovop_award,makanan_minuman,3,Bandeng Juwana,Bandeng presto
35.07,2022,kemenperin_ovop_award,gerabah,3,Gerabah Dinoyo,Gerabah
51.03,2024,kemenperin_ovop_award,anyaman,4,Ata Badung,Tas ata
"""
BALI_ONLY = """kode_wilayah,tahun,program,komoditas,bintang,nama_ikm,produk
51.03,2018,kemenperin_ovop_award,makanan_minuman,4,Kopi Pelaga,Kopi
51.04,2022,kemenperin_ovop_award,kain_tenun,3,Tenun Gianyar,Endek
51.71,2024,kemenperin_ovop_award,anyaman,5,Ata Denpasar,Tas ata
"""


def _load(store: Store, name: str, text: str, coverage: list[str] | None = None) -> None:
    parsed = ingest.parse_upload(text.encode(), f"{name}.csv")
    assert parsed.ready
    ingest.load_parsed(store, parsed, name, kind="shared", visibility="public", coverage=coverage)


@pytest.fixture
def uploads(data_dir: Path) -> Iterator[Path]:
    """An award-only dataset covering all of Indonesia, and a Bali-only one (coverage: the provinces its
    rows touch). Streamlit's caches outlive a test, so they are cleared around it."""
    st.cache_resource.clear()
    st.cache_data.clear()
    store = Store(data_dir / "ovop.duckdb")
    _load(store, "awards_only", AWARDS_ONLY, coverage=["national"])
    _load(store, "bali_only", BALI_ONLY)
    yield data_dir
    st.cache_resource.clear()
    st.cache_data.clear()


def stats(capsys: pytest.CaptureFixture[str], *args: str) -> pd.DataFrame:
    assert cli.main(["stats", *args, "--format", "json"]) == 0
    return pd.DataFrame(json.loads(capsys.readouterr().out)).set_index("region_code")


def _label_row(table: pd.DataFrame, prefix: str) -> pd.Series:
    rows = [label for label in table.index if label.startswith(prefix)]
    assert len(rows) == 1, (prefix, list(table.index))
    return table.loc[rows[0]]


@pytest.mark.parametrize(("dataset", "period"), [("demo", (2013, 2024)), ("demo", (2015, 2022)),
                                                  ("awards_only", (2015, 2024))])
def test_compare_table_equals_stats(uploads: Path, capsys: pytest.CaptureFixture[str], dataset: str,
                                    period: tuple[int, int]) -> None:
    codes = ["33", "35", "51"]
    app = run_page("pages/compare.py", dataset=dataset, provinces=codes, period_from=period[0], period_to=period[1])
    assert not app.exception, [e.value for e in app.exception]
    table = app.dataframe[0].value.set_index("metric")
    wanted = ["types", "types_to_date", "coverage_types", "coverage_types_to_date", "uniqueness", "shannon",
              "ikm_ovop_to_date"]
    expected = stats(capsys, "--dataset", dataset, "--level", "province", "--from-year", str(period[0]),
                     "--to-year", str(period[1]), "--metrics", ",".join(wanted))
    start, end = period
    checks = {"IKM OVOP (": "ikm_ovop", "IKM OVOP s.d.": "ikm_ovop_to_date", "Indeks Shannon (": "shannon"}
    if dataset == "demo":
        checks.update({"Jenis OVOP (": "types", "Jenis OVOP s.d.": "types_to_date",
                       "Cakupan katalog (": "coverage_types", "Cakupan katalog s.d.": "coverage_types_to_date",
                       "Keunikan (": "uniqueness"})
    else:  # no Kemenkop types in the file: no type rows at all, and a sentence saying why
        assert not [label for label in table.index if label.startswith(("Jenis OVOP", "Cakupan", "Keunikan"))]
        assert any("tidak memuat jenis OVOP" in info.value for info in app.info)
    for prefix, metric in checks.items():
        row = _label_row(table, prefix)
        assert (f"({start}–{end})" in row.name) == (not metric.endswith("_to_date")), row.name
        for code in codes:
            assert row[code] == format_metric(metric, expected.loc[code, metric], "id"), (metric, code)


@pytest.mark.parametrize("dataset", ["demo", "awards_only"])
def test_scorecard_and_ranking_equal_stats(uploads: Path, capsys: pytest.CaptureFixture[str], dataset: str) -> None:
    app = run_page("pages/provinces.py", dataset=dataset, province="33")
    assert not app.exception, [e.value for e in app.exception]
    expected = stats(capsys, "--dataset", dataset, "--level", "province")
    ranking = app.dataframe[0].value.set_index("region_code")
    for code in ("33", "35", "51", "11"):
        assert ranking.loc[code, "ikm_ovop"] == expected.loc[code, "ikm_ovop"]
    # the cards name their period ("IKM OVOP (2007–2024)") and write numbers the Indonesian way (1.391)
    tiles = {m.label.split(" (")[0]: m.value for m in app.metric}
    assert tiles["IKM OVOP"] == numbers.integer(int(expected.loc['33', 'ikm_ovop']), "id")
    kab = stats(capsys, "--dataset", dataset, "--level", "kabupaten_kota")
    kabkota = app.dataframe[-1].value.set_index("region_code")
    for code in kabkota.index:
        assert kabkota.loc[code, "ikm_ovop"] == kab.loc[code, "ikm_ovop"]
    if dataset == "awards_only":
        assert tiles["Jenis OVOP"] == "–" and "types" not in ranking.columns
        assert not any(" / 0" in value for value in tiles.values())


def test_diversity_indices_equal_stats(uploads: Path, capsys: pytest.CaptureFixture[str]) -> None:
    app = run_page("pages/diversity.py", period_from=2013, period_to=2022)
    assert not app.exception, [e.value for e in app.exception]
    expected = stats(capsys, "--dataset", "demo", "--level", "province", "--from-year", "2013", "--to-year", "2022",
                     "--metrics", "shannon,hhi,evenness")
    indices = next(d.value for d in app.dataframe if "hhi" in d.value.columns).set_index("region_code")
    for code in ("33", "35", "51", "93"):
        for metric in ("shannon", "hhi", "evenness"):
            shown, wanted = indices.loc[code, metric], expected.loc[code, metric]
            assert (pd.isna(shown) and pd.isna(wanted)) or shown == pytest.approx(wanted)


def test_bali_only_upload_is_no_data_outside_bali_and_zero_inside(uploads: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    kab = stats(capsys, "--dataset", "bali_only", "--level", "kabupaten_kota")
    bali = kab[kab.index.str.startswith("51.")]
    assert kab.loc[~kab.index.str.startswith("51."), "ikm_ovop"].isna().all()
    assert (bali["ikm_ovop"] >= 0).all() and (bali["ikm_ovop"] == 0).sum() == len(bali) - 3
    # Jawa Tengah's scorecard: every kabupaten/kota is no data, never 0
    app = run_page("pages/provinces.py", dataset="bali_only", province="33")
    assert not app.exception, [e.value for e in app.exception]
    kabkota = app.dataframe[-1].value
    assert kabkota["ikm_ovop"].isna().all() and set(kabkota["status"]) == {"tidak ada data (di luar cakupan)"}
    assert {m.label.split(" (")[0]: m.value for m in app.metric}["IKM OVOP"] == "–"
    # Bali's: the kabupaten/kota without a record are a real 0
    app = run_page("pages/provinces.py", dataset="bali_only", province="51")
    kabkota = app.dataframe[-1].value.set_index("region_code")
    assert kabkota.loc["51.01", "ikm_ovop"] == 0 and kabkota.loc["51.01", "status"] == "tanpa catatan (0)"
    assert kabkota.loc["51.03", "ikm_ovop"] == 1
    captions = " ".join(c.value for c in app.caption)
    assert "6 kabupaten/kota tanpa IKM OVOP" in captions and "tanpa jenis OVOP" not in captions


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/map.py", "pages/provinces.py", "pages/growth.py",
                                  "pages/diversity.py", "pages/compare.py"])
def test_award_only_dataset_renders_without_zero_over_zero(uploads: Path, page: str) -> None:
    app = run_page(page, dataset="awards_only")
    assert not app.exception, [e.value for e in app.exception]
    values = [m.value for m in app.metric]
    assert not any(v.strip() in ("0 / 0", "0/0") or v.endswith(" / 0") for v in values), values
    if page in ("pages/overview.py", "pages/diversity.py", "pages/compare.py", "pages/provinces.py"):
        assert any("tidak memuat jenis OVOP" in info.value for info in app.info)
    for chart in app.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        assert spec["data"], "no empty chart"
