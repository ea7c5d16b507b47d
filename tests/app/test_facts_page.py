"""The published-facts page and the published parts of Sumber data and the province scorecard: only
published, cited figures, in the interface language."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from streamlit.testing.v1 import AppTest

from tests.support.apptest import run_page


def facts_table(app: AppTest) -> pd.DataFrame:
    """The table of published facts on Sumber data (the methods table follows it), by fact id."""
    return next(d.value for d in app.dataframe if "fact_id" in d.value.columns).set_index("fact_id")


def test_facts_page_shows_only_published_figures(data_dir: Path) -> None:
    app = run_page("pages/facts.py")
    assert not app.exception, [e.value for e in app.exception]
    assert app.title[0].value == "Fakta OVOP terbitan"
    assert {m.label: m.value for m in app.metric} == {"Jenis OVOP yang ditetapkan, nasional": "108",
                                                      "Jenis OVOP di Jawa Tengah": "76"}
    assert not [w for w in app.warning if "sintetis" in w.value], "no demo banner: nothing synthetic here"
    charts = app.get("plotly_chart")
    assert len(charts) == 1 and len(app.get("vega_lite_chart")) == 1
    holders = app.dataframe[-1].value
    assert len(holders) == 15 and holders["source_url"].notna().all()
    assert any("bukan total" in i.value for i in app.info), "the holders are said to be a sample"
    texts = " ".join(t.value for t in app.text)
    assert "F08: Disebut di antara provinsi" in texts and "Jawa Tengah (F03)" in texts


def test_facts_page_in_english(data_dir: Path) -> None:
    app = run_page("pages/facts.py", lang="en")
    assert not app.exception
    assert app.title[0].value == "Published OVOP facts"
    assert any("not totals" in i.value for i in app.info)
    holders = app.dataframe[-1].value
    assert holders.set_index("record_id").at["A08", "note"] == "Handed over on 22 December 2015."


def test_sources_page_notes_and_metric_names_follow_the_language(data_dir: Path) -> None:
    indonesian = facts_table(run_page("pages/sources.py"))
    assert indonesian.at["F11", "note"] == "Putaran pertama penghargaan OVOP Kemenperin; 38 IKM."
    assert indonesian.at["F11", "metric_label"] == "IKM penerima penghargaan"
    english = facts_table(run_page("pages/sources.py", lang="en"))
    assert english.at["F11", "note"] == "First Kemenperin OVOP award round; 38 IKM."
    assert english.at["F11", "metric_label"] == "IKM awarded"
    assert indonesian["note"].notna().sum() == english["note"].notna().sum() == 41


def test_province_scorecard_lists_its_named_award_holders(data_dir: Path) -> None:
    app = run_page("pages/provinces.py", province="51")
    assert not app.exception
    holders = next(d.value for d in app.dataframe if "source_url" in d.value.columns)
    assert list(holders["entity_name"]) == ["Tunjung Biru Artshop", "AMBHU"]
    assert (holders["source_url"] == "https://kabarbaliterkini.com/?p=757").all()
    aceh = run_page("pages/provinces.py", province="11")
    assert not [d for d in aceh.dataframe if "source_url" in d.value.columns]
    assert any("tidak menyebut nama pemegang penghargaan di Aceh" in t.value for t in aceh.text)
