"""Published facts for display: translations beside the facts file, the named award holders, the award
rounds as chart rows (conflicts both drawn and cited) and the facts-only charts."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from ovop_analytics import facts
from ovop_analytics.charts import maps
from ovop_analytics.charts import published as published_charts
from ovop_analytics.datasets import reference
from ovop_analytics.geo import tile_grid
from ovop_analytics.regions import provinces
from tests.support.paths import SHARED_DIR

# Indonesian quoted in the published (English) notes: kept word for word in the translation.
QUOTED = re.compile(r"'([^']{12,})'")


@pytest.fixture(scope="module")
def published() -> pd.DataFrame:
    return reference.read_facts()


@pytest.fixture(scope="module")
def awardees() -> pd.DataFrame:
    return facts.named_awardees()


def test_every_fact_has_a_translated_note_and_every_metric_a_name(published: pd.DataFrame) -> None:
    assert facts.missing_translations(published) == []
    notes = facts.note_translations().set_index("fact_id")
    assert list(notes.index) == list(published["fact_id"])
    for fact in published.itertuples():
        note_id = notes.at[fact.fact_id, "note_id"]
        assert note_id and note_id != fact.note, f"{fact.fact_id} is not translated"
        for quoted in QUOTED.findall(fact.note):
            assert quoted in note_id, f"{fact.fact_id}: the quoted Indonesian text must stay as published"
    labels = facts.metric_labels()
    assert set(labels["metric"]) == set(published["metric"])
    assert labels[["label_id", "label_en"]].notna().all().all()


def test_missing_translation_is_reported(published: pd.DataFrame) -> None:
    changed = published.copy()
    changed.loc[changed["fact_id"] == "F05", "note"] = "A note the translation file does not know."
    changed.loc[changed["fact_id"] == "F06", "metric"] = "new_metric"
    assert facts.missing_translations(changed) == ["F05", "new_metric"]
    # a stale translation is never shown: the published text is
    assert facts.localise_facts(changed, "id").set_index("fact_id").at["F05", "note"] == changed.iloc[4]["note"]


def test_facts_in_the_interface_language(published: pd.DataFrame) -> None:
    indonesian = facts.localise_facts(published, "id").set_index("fact_id")
    english = facts.localise_facts(published, "en").set_index("fact_id")
    assert indonesian.at["F21", "note"].startswith("Rincian bintang 2015: bintang 2 menurut sumber ini")
    assert "KONFLIK" in indonesian.at["F21", "note"] and "antaranews.com" in indonesian.at["F21", "note"]
    assert indonesian.at["F21", "metric_label"] == "IKM penerima penghargaan"
    assert english.at["F21", "note"] == published.set_index("fact_id").at["F21", "note"]  # as published
    assert english.at["F24", "metric_label"] == "IKM meeting the criteria"
    assert list(indonesian["metric"]) == list(published["metric"])  # the code stays beside the label


def test_named_awardees_are_the_shared_file_unchanged(awardees: pd.DataFrame) -> None:
    shared = SHARED_DIR / "data" / "reference" / "ovop_named_awardees.csv"
    assert facts.AWARDEES_FILE.read_bytes() == shared.read_bytes()
    assert len(awardees) == 15 and awardees["source_url"].notna().all() and awardees["source_title"].notna().all()
    assert awardees.set_index("record_id").at["A06", "region_code"] == "34.71"  # codes stay text
    assert awardees.set_index("record_id").at["A06", "province_code"] == "34"
    assert awardees["star"].isna().sum() == 3  # A01, A02, A04: star not published, never 0


def test_named_awardee_notes_are_translated(awardees: pd.DataFrame) -> None:
    indonesian = facts.localise_awardees(awardees, "id")
    assert (indonesian["note"] != awardees["note"]).sum() >= 13  # 'F34.' and 'F35.' read the same
    assert indonesian.set_index("record_id").at["A08", "note"] == "Diserahkan pada 22 Desember 2015."
    assert facts.localise_awardees(awardees, "en")["note"].equals(awardees["note"])


def test_award_rounds_keep_both_sides_of_each_conflict(published: pd.DataFrame, awardees: pd.DataFrame) -> None:
    bars = facts.award_round_bars(published, awardees)
    assert set(bars["fact_id"]) == {f"F{n}" for n in range(11, 27)}
    columns = list(dict.fromkeys(bars["column"]))
    assert columns == ["2013|ikm_awarded|gapuraindonesia.com", "2015|ikm_awarded|bisnis.com",
                       "2015|ikm_awarded|antaranews.com", "2018|ikm_awarded|beritamoneter.com",
                       "2018|ikm_meeting_criteria|koranbernas.id",
                       "2022|ikm_awarded|harianrakyatbengkulu.bacakoran.co"]
    stars = bars[bars["kind"] == "star"]
    by_column = stars.groupby("column")["value"].sum()
    assert by_column["2013|ikm_awarded|gapuraindonesia.com"] == 38
    assert by_column["2015|ikm_awarded|bisnis.com"] == by_column["2015|ikm_awarded|antaranews.com"] == 110
    f21 = stars[stars["fact_id"] == "F21"].set_index("column")
    assert f21.at["2015|ikm_awarded|bisnis.com", "star"] == 2
    assert f21.at["2015|ikm_awarded|antaranews.com", "star"] == 1
    assert f21["is_conflict"].all()
    antara = bars[bars["column"] == "2015|ikm_awarded|antaranews.com"]
    assert (antara["source_title"] == "110 usaha kecil mendapat penghargaan tertinggi IKM").all()
    totals = bars[bars["kind"] == "total"].set_index("fact_id")
    assert totals.at["F22", "value"] == 112 and totals.at["F24", "value"] == 118
    assert totals.loc[["F22", "F24"], "is_conflict"].all() and not totals.at["F11", "is_conflict"]


def test_id_ranges() -> None:
    assert facts.id_ranges(["F11", "F12", "F13", "F21", "F24", "A01", "A02"]) == "F11–F13, F21, F24, A01–A02"
    assert facts.id_ranges(["F09", "F10"]) == "F09–F10"


def test_award_rounds_chart_cites_every_fact_and_source(published: pd.DataFrame, awardees: pd.DataFrame) -> None:
    bars = facts.award_round_bars(published, awardees)
    fig = published_charts.award_rounds(bars, published, "id")
    footer = " ".join(a.text for a in fig.layout.annotations).replace("<br>    ", " ")
    for ids in ("F11–F16", "F17–F21", "F22–F23", "F24–F25", "F26"):
        assert ids in footer
    for title in bars["source_title"].unique():
        assert title in footer.replace("<br>", " ")
    assert "antaranews.com" in footer and "tidak ada data sintetis" in footer
    names = {trace.name for trace in fig.data}
    assert {"Total terbitan", "Total terbitan, sumber berbeda", "Bintang berbeda antarsumber"} <= names
    conflict_totals = next(trace for trace in fig.data if trace.name == "Total terbitan, sumber berbeda")
    assert sorted(conflict_totals.y) == [112, 118]
    assert not any("sintetis)" in (a.text or "").lower() for a in fig.layout.annotations)  # no demo watermark


def _square(x: float, y: float) -> dict:
    return {"type": "Polygon", "coordinates": [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]]}


def _map_inputs(published: pd.DataFrame, awardees: pd.DataFrame):
    named = facts.localise_facts(published, "en")
    named = named[named["metric"] == "named_successful_province"]
    frame = pd.DataFrame([{"code": p.code, "name": p.name} for p in provinces()])
    return named, frame, awardees[["record_id", "source_title", "source_url", "published"]]


def test_map_marks_named_provinces_and_holders_on_the_tile_grid(published: pd.DataFrame,
                                                                 awardees: pd.DataFrame) -> None:
    named, frame, cites = _map_inputs(published, awardees)
    spec = published_charts.named_provinces_map(None, tile_grid(), frame, named, awardees, None, "province",
                                                cites, "en")
    tiles = spec["layer"][0]["data"]["values"]
    classes = {row["code"]: row["class"] for row in tiles}
    assert [c for c, label in classes.items() if label == "Named as successful (2011)"] == \
        ["11", "13", "33", "35", "51", "63", "64"]
    assert sum(label == "Not named" for label in classes.values()) == 31
    assert {row["code"] for row in tiles if row["dark"]} == {"11", "13", "33", "35", "51", "63", "64"}
    dots = spec["layer"][1]["data"]["values"]
    assert {d["code"] for d in dots} == {"13", "16", "19", "32", "34", "51", "52"}
    bali = next(d for d in dots if d["code"] == "51")
    assert bali["records"] == "A14, A15" and bali["region"] == "Bali"
    assert bali["holders"] == "Tunjung Biru Artshop; AMBHU"
    footer = spec["layer"][-1]["mark"]["text"]
    assert footer[0].startswith("F03–F09: ") and any(line.startswith("A14–A15: ") for line in footer)
    assert footer[-1] == "Published figures only; no synthetic data."
    assert not any("synthetic)" in str(layer) for layer in spec["layer"])  # no demo watermark layer


def test_map_on_boundaries_puts_each_holder_in_its_kabupaten_kota(published: pd.DataFrame,
                                                                   awardees: pd.DataFrame) -> None:
    named, frame, cites = _map_inputs(published, awardees)
    provinces_layer = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": code, "properties": {"name": name}, "geometry": _square(i, 0)}
        for i, (code, name) in enumerate(zip(frame["code"], frame["name"]))]}
    kabkota_layer = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": code, "properties": {}, "geometry": _square(100 + i, 5)}
        for i, code in enumerate(sorted(set(awardees["region_code"])))]}
    points = published_charts.representative_points(kabkota_layer, set(awardees["region_code"]))
    assert len(points) == 9
    spec = published_charts.named_provinces_map(provinces_layer, tile_grid(), frame, named, awardees, points,
                                                "kabupaten_kota", cites, "id")
    bali = next(row for row in maps.region_rows(spec["layer"][0]) if row["code"] == "51")
    assert bali["class"] == "Disebut berhasil (2011)" and bali["value"] == "disebut (F05)"
    dots = spec["layer"][1]["data"]["values"]
    assert len(dots) == 9
    garut = next(d for d in dots if d["code"] == "32.05")
    assert garut["region"] == "Kabupaten Garut" and garut["records"] == "A01, A10"
    assert 100 < garut["x"] < 110 and 5 < garut["y"] < 6
    # the projection fits all regions into the view as drawn (Vega's own fit cut the east off)
    projection = spec["projection"]
    assert projection["center"][0] == pytest.approx((0 + 38) / 2, abs=0.01)
    assert "width" in projection["scale"]["expr"] and "height" in projection["scale"]["expr"]
