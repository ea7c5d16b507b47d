"""The analytics pages (growth, diversity, compare, province scorecard) in AppTest, on the demo dataset:
real figures, URL-bound presets, and "tidak ada data" rather than 0 for a region without records."""

from __future__ import annotations

import base64
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from ovop_analytics.store import Store
from ovop_analytics.store.registry import create_dataset, insert_records
from tests.support.apptest import run_page


def _decode(value: Any) -> Any:
    """Plotly sends numeric arrays base64-encoded ({'bdata', 'dtype', 'shape'}); turn them back into numpy."""
    if isinstance(value, dict) and "bdata" in value:
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        shape = value.get("shape")
        return array.reshape([int(n) for n in str(shape).split(",")]) if shape else array
    if isinstance(value, dict):
        return {key: _decode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_decode(item) for item in value]
    return value


def figures(app: AppTest) -> list[go.Figure]:
    """The plotly figures the page drew, arrays decoded."""
    return [go.Figure(_decode(json.loads(chart.proto.spec))) for chart in app.get("plotly_chart")]


def titles(app: AppTest) -> list[str]:
    return [figure.layout.title.text for figure in figures(app)]


def assert_clean(app: AppTest) -> None:
    assert not app.exception, [e.value for e in app.exception]


def test_growth_defaults_to_the_five_top_movers(data_dir: Path) -> None:
    app = run_page("pages/growth.py")
    assert_clean(app)
    assert app.multiselect(key="provinces").value == ["35", "33", "32", "11", "73"]
    cumulative = figures(app)[0]
    assert [trace.name for trace in cumulative.data][:2] == ["Jawa Timur", "Jawa Tengah"]
    assert cumulative.data[0].y[-1] == 74  # Jawa Timur: 74 IKM OVOP awards by 2024
    assert cumulative.layout.title.subtitle.text == "Menurut provinsi · periode 2013–2024"
    movers = app.dataframe[-1].value
    assert movers.iloc[0]["region_name"] == "Jawa Timur" and movers.iloc[0]["change"] == 66
    assert len(titles(app)) == 3, "cumulative, per round, top movers"


@pytest.mark.parametrize(("state", "names", "period"), [
    ({"by": "commodity_group", "measure": "types", "period_from": 2010, "period_to": 2020},
     ["Makanan & Minuman", "Kain Tenun", "Kain Batik", "Anyaman", "Gerabah"], (2010, 2020)),
    ({"by": "national", "period_from": 2015, "period_to": 2022}, ["Indonesia"], (2015, 2022)),
    ({"provinces": ["51", "52"], "period_from": 2018, "period_to": 2018}, ["Bali", "NTB"], (2018, 2018)),
])
def test_growth_presets_from_the_url_keys(data_dir: Path, state: dict, names: list[str],
                                          period: tuple[int, int]) -> None:
    app = run_page("pages/growth.py", **state)
    assert_clean(app)
    assert app.select_slider(key="period").value == period
    assert sorted(trace.name for trace in figures(app)[0].data) == sorted(names)
    if period[0] == period[1]:
        assert any("tahun akhir setelah tahun awal" in i.value for i in app.info), "no growth in one year"


def test_growth_slider_change_reruns_with_the_new_period(data_dir: Path) -> None:
    app = run_page("pages/growth.py")
    app.select_slider(key="period").set_value((2015, 2022)).run()
    assert_clean(app)
    assert app.session_state["period_from"] == 2015 and app.session_state["period_to"] == 2022
    periods = figures(app)[0].data[0].x
    assert periods[0] == 2015 and periods[-1] == 2022


def test_diversity_shows_coverage_against_the_target(data_dir: Path) -> None:
    app = run_page("pages/diversity.py")
    assert_clean(app)
    values = {m.label: m.value for m in app.metric}
    assert values["Kabupaten/kota dengan ≥1 IKM OVOP"] == "175 / 514"
    assert values["Provinsi dengan OVOP"] == "35 / 38"
    assert values["Katalog jenis nasional tercakup"] == "108 / 108"
    note = " ".join(c.value for c in app.caption)
    assert "514 kabupaten/kota dalam gazeter" in note and "534" in note and "fakta F41" in note
    coverage = next(d.value for d in app.dataframe if "catalogue_text" in d.value.columns)
    jateng = coverage.set_index("region_code").loc["33"]
    assert jateng["catalogue_text"] == "76/108 · 70,4%"  # Bahasa Indonesia: a decimal comma
    assert jateng["coverage_types"] == pytest.approx(76 / 108)
    assert len(coverage) == 38


def test_diversity_indices_are_missing_not_zero_without_records(data_dir: Path) -> None:
    app = run_page("pages/diversity.py")
    ranking = next(d.value for d in app.dataframe if {"shannon", "hhi"} <= set(d.value.columns)).set_index("region_code")
    assert len(ranking) == 38
    for code in ("93", "94", "95"):  # Papua Selatan, Tengah, Pegunungan: no records in the demo
        assert math.isnan(ranking.at[code, "shannon"]) and math.isnan(ranking.at[code, "hhi"])
    assert ranking.at["33", "shannon"] == pytest.approx(1.44884, abs=1e-4)
    assert any("Tidak ada data: Papua Selatan, Papua Tengah, Papua Pegunungan" in c.value for c in app.caption)
    heatmap = next(f.data[0] for f in figures(app) if f.data[0].type == "heatmap")
    assert len(heatmap.z) == 38
    row = list(heatmap.y).index("Papua Selatan")
    assert all(math.isnan(v) for v in heatmap.z[row]), "no data, not a row of zeros"
    assert 0 < heatmap.z[list(heatmap.y).index("Jawa Tengah")][list(heatmap.x).index("Jawa Timur")] < 1


def test_diversity_metric_and_period_presets(data_dir: Path) -> None:
    app = run_page("pages/diversity.py", metric="hhi", period_from=2013, period_to=2018, scale="count")
    assert_clean(app)
    ranking = figures(app)
    bars = next(f.data[0] for f in ranking if f.layout.title.text.startswith("Indeks Herfindahl"))
    assert bars.x[-1] == min(bars.x), "the lowest HHI (the most diverse) on top"
    table = next(d.value for d in app.dataframe if "hhi" in d.value.columns)
    assert len(table) == 38 and len(bars.x) == table["hhi"].notna().sum() < 38, "no bar where there is no data"
    assert app.select_slider(key="period").value == (2013, 2018)


def test_diversity_in_english(data_dir: Path) -> None:
    app = run_page("pages/diversity.py", lang="en")
    assert_clean(app)
    assert app.title[0].value == "Commodity diversity and coverage"
    assert "National catalogue coverage by province" in titles(app)


def test_compare_shows_three_provinces_side_by_side(data_dir: Path) -> None:
    app = run_page("pages/compare.py")
    assert_clean(app)
    table = app.dataframe[0].value
    assert list(table.columns) == ["metric", "33", "35", "32"]
    # Every row names its basis: the period (all demo years here) or "s.d." its end.
    rows = table.set_index("metric")
    assert rows.loc["Cakupan katalog (2007–2024) (%)", "33"] == "70,4%"
    assert rows.loc["Cakupan katalog s.d. 2024 (%)", "33"] == "70,4%"
    assert rows.loc["IKM OVOP (2007–2024) (jumlah)", "35"] == "74"
    counts = figures(app)[0]
    assert [trace.name for trace in counts.data] == ["Jawa Tengah", "Jawa Timur", "Jawa Barat"]
    assert len(figures(app)) == 4


@pytest.mark.parametrize(("chosen", "shown"), [
    (["11", "12"], ["11", "12"]),
    (["11", "12", "13", "14", "15", "16"], ["11", "12", "13", "14", "15"]),  # at most five
])
def test_compare_province_presets(data_dir: Path, chosen: list[str], shown: list[str]) -> None:
    app = run_page("pages/compare.py", provinces=chosen)
    assert_clean(app)
    assert list(app.dataframe[0].value.columns)[1:] == shown


def test_compare_needs_two_provinces(data_dir: Path) -> None:
    app = run_page("pages/compare.py", provinces=["33"])
    assert_clean(app)
    assert any("minimal dua provinsi" in i.value for i in app.info)
    assert not app.get("plotly_chart")


def test_compare_papua_selatan_has_no_data_not_zero(data_dir: Path) -> None:
    app = run_page("pages/compare.py", provinces=["33", "93"])
    table = app.dataframe[0].value.set_index("metric")
    assert table.loc["Indeks Shannon (2007–2024) (indeks)", "93"] == "tidak ada data"
    assert table.loc["IKM OVOP (2007–2024) (jumlah)", "93"] == "0"  # inside the demo's coverage: a true zero


def test_scorecard_adds_diversity_coverage_and_growth(data_dir: Path) -> None:
    app = run_page("pages/provinces.py", province="33")
    assert_clean(app)
    values = {m.label: m.value for m in app.metric}
    assert values["Cakupan katalog s.d. 2024"] == "76/108 (70,4%)"
    assert values["Indeks Shannon (2007–2024)"] == "1,449"  # not one thousand four hundred forty-nine
    assert values["IKM baru di putaran terakhir"] == "10"
    kabkota = app.dataframe[-1].value
    assert {"shannon", "coverage_types", "uniqueness", "status"} <= set(kabkota.columns)
    assert len(kabkota) == 35


def test_scorecard_of_a_province_without_records(data_dir: Path) -> None:
    app = run_page("pages/provinces.py", province="93")  # Papua Selatan: nothing in the demo
    assert_clean(app)
    values = {m.label: m.value for m in app.metric}
    assert values["Indeks Shannon (2007–2024)"] == "tidak ada data"
    assert values["Kemerataan (2007–2024)"] == "tidak ada data"
    kabkota = app.dataframe[-1].value
    # The demo covers all of Indonesia: no record is a true 0, not "no data".
    assert len(kabkota) > 0 and set(kabkota["status"]) == {"tanpa catatan (0)"}, "listed, not hidden"
    assert (kabkota["ikm_ovop"] == 0).all()


@pytest.fixture
def sparse_datasets(data_dir: Path) -> Iterator[Path]:
    """Two tiny shared datasets: designated types only (no award at all), and a single award round.

    Streamlit's caches live as long as the process: the app's Store (a path) and cached metrics of
    earlier tests would point at another test's database, so they are cleared around this one.
    """
    st.cache_resource.clear()
    st.cache_data.clear()
    store = Store(data_dir / "ovop.duckdb")
    with store.transaction() as con:
        types_only = create_dataset(con, name="types-only", kind="shared", source="test", is_synthetic=False)
        insert_records(con, types_only, pd.DataFrame({
            "region_code": ["33.02", "33.03", "51"], "year": [2010, 2012, 2012], "program": ["kemenkop_ovop"] * 3,
            "commodity_group": ["kain_batik", "anyaman", "gerabah"], "type_code": ["X1", "X2", "X1"]}))
        one_round = create_dataset(con, name="one-round", kind="shared", source="test", is_synthetic=False)
        insert_records(con, one_round, pd.DataFrame({
            "region_code": ["33.02"], "year": [2018], "program": ["kemenperin_ovop_award"],
            "commodity_group": ["kain_batik"], "star": [3], "entity_name": ["UD Contoh"]}))
    yield data_dir
    st.cache_resource.clear()
    st.cache_data.clear()


@pytest.mark.parametrize("page", ["pages/growth.py", "pages/diversity.py", "pages/compare.py", "pages/provinces.py"])
@pytest.mark.parametrize("dataset", ["types-only", "one-round"])
def test_sparse_datasets_render_without_exception(sparse_datasets: Path, page: str, dataset: str) -> None:
    """No awards, or a single award round (no growth to measure): the pages say so instead of failing."""
    app = run_page(page, dataset=dataset)
    assert_clean(app)
    assert app.session_state["dataset"] == dataset
