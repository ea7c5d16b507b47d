"""Every page runs in Streamlit's AppTest without an exception and shows its real numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.apptest import PAGES, run_page

@pytest.mark.parametrize("page", PAGES)
def test_page_runs_without_exception(page: str, data_dir: Path) -> None:
    app = run_page(page)
    assert not app.exception, [e.value for e in app.exception]
    assert app.title, "every page has a title"


def test_overview_shows_national_kpis_of_the_demo(data_dir: Path) -> None:
    app = run_page("pages/overview.py")
    values = {m.label: m.value for m in app.metric}
    assert values["Provinsi dengan OVOP"].endswith("/ 38")
    assert values["Kabupaten/kota dengan OVOP"].endswith("/ 514")
    assert values["Jenis OVOP tercakup"] == "108 / 108"
    assert any("Data demo (sintetis)" in w.value for w in app.warning), "demo data is watermarked"


def test_language_switch_to_english(data_dir: Path) -> None:
    app = run_page("pages/overview.py", lang="en")
    assert app.title[0].value == "National OVOP overview"
    assert "Provinces with OVOP" in [m.label for m in app.metric]


def test_province_scorecard_of_jawa_tengah_lists_all_kabupaten_kota(data_dir: Path) -> None:
    app = run_page("pages/provinces.py", province="33")
    types = next(m for m in app.metric if m.label.startswith("Jenis OVOP"))
    assert types.value == "76"
    assert types.label == "Jenis OVOP (2007–2024)"  # every card states its period (issue 18)
    kabkota_table = app.dataframe[-1].value
    assert len(kabkota_table) == 35  # Jawa Tengah has 35 kabupaten/kota; none hidden


def test_sources_page_shows_all_facts_and_the_2015_conflict(data_dir: Path) -> None:
    app = run_page("pages/sources.py")
    facts_table = next(d.value for d in app.dataframe if "fact_id" in d.value.columns)
    assert len(facts_table) == 41
    methods = app.dataframe[-1].value  # every metric defined, with its basis
    assert {"types", "types_to_date", "coverage_types", "coverage_types_to_date", "cagr"} <= set(methods["metric"])
    assert set(methods["basis"]) == {"dalam periode", "s.d. akhir periode", "perubahan stok antara awal dan akhir periode",
                                     "sama dengan metrik yang dipakai"}  # per capita, per km², spatial statistics
    assert {"per_1m", "per_1000km2", "moran_i", "lisa", "gi_star"} <= set(methods["metric"])
    markdown = " ".join(m.value for m in app.markdown)
    assert "F21 · 2015" in markdown
    texts = " ".join(t.value for t in app.text)
    assert "KONFLIK" in texts and "antaranews.com" in texts  # notes in the interface language
