"""The kabupaten/kota scorecard in AppTest: published awards with their sources, the no-IKM state, English."""

from __future__ import annotations

from pathlib import Path

from tests.support.apptest import run_page


def test_lombok_barat_shows_ud_mawar_art_shop_awards_with_sources(data_dir: Path) -> None:
    """Lombok Barat's scorecard lists UD Mawar Art Shop's 2015 and 2018 awards with their sources."""
    app = run_page("pages/kabkota.py", kabkota="52.01")
    assert not app.exception, [e.value for e in app.exception]
    frames = [d.value for d in app.dataframe]
    awardees = next(f for f in frames if "record_id" in f.columns)
    assert list(awardees["entity_name"]) == ["UD Mawar Art Shop", "UD Mawar Art Shop"]
    assert list(awardees["round_year"]) == [2015, 2018] and list(awardees["star"]) == [5, 5]
    assert awardees["source_title"].str.len().gt(0).all() and awardees["source_url"].str.startswith("https://").all()
    published = next(f for f in frames if "fact_id" in f.columns)
    assert list(published["fact_id"]) == ["F31", "F35"]
    assert published["source_url"].str.startswith("https://").all()
    assert app.selectbox(key="kabkota").value == "52.01"
    assert all("Belum ada IKM OVOP" not in w.value for w in app.warning)


def test_kabupaten_kota_without_ikm_shows_the_target(data_dir: Path) -> None:
    """Aceh Besar in English: the no-IKM state with Kemenperin's target as plain text."""
    app = run_page("pages/kabkota.py", kabkota="11.06", lang="en")
    assert not app.exception, [e.value for e in app.exception]
    assert any("No IKM OVOP in this kabupaten/kota yet, up to 2024." in w.value for w in app.warning)
    texts = " ".join(t.value for t in app.text)
    assert "every kabupaten/kota proposes at least one IKM OVOP (534 kab/kota as reported" in texts
    assert "[F41]" in texts
    assert app.title[0].value == "Kabupaten/kota scorecard"
    assert "IKM OVOP awarded" in [m.label for m in app.metric]
