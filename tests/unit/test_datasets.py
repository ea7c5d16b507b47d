"""Bundled datasets: the published facts (with citations and conflicts) and the seeded demo generator."""

from __future__ import annotations

import pandas as pd

from ovop_analytics.datasets import demo, reference
from ovop_analytics.facts import conflicts, other_source_url
from tests.support.paths import SHARED_DIR


def test_reference_is_the_shared_file_unchanged() -> None:
    ours = reference.read_facts()
    shared = reference.read_facts(SHARED_DIR / "data" / "reference" / "ovop_published_figures.csv")
    pd.testing.assert_frame_equal(ours, shared)
    assert len(ours) == 41 and ours["source_title"].notna().all()


def test_conflicts_are_kept_with_the_other_source() -> None:
    found = conflicts(reference.read_facts()).set_index("fact_id")
    assert {"F21", "F22", "F24", "F36"} <= set(found.index)
    assert found.loc["F21", "other_source_url"].startswith("https://www.antaranews.com/")
    assert other_source_url("see https://a.example/x", "https://a.example/x") is None


def test_demo_is_deterministic() -> None:
    types_a, records_a = demo.generate()
    types_b, records_b = demo.generate()
    pd.testing.assert_frame_equal(records_a, records_b)
    assert not records_a.equals(demo.generate(seed=1)[1])


def test_demo_respects_the_published_anchors() -> None:
    types, records = demo.generate()
    assert len(types) == 108 and records["type_code"].nunique() == 108
    assert records.loc[records["region_code"].str.startswith("33."), "type_code"].nunique() == 76
    awards = records[records["program"] == "kemenperin_ovop_award"]
    by_star = awards.groupby(["year", "star"]).size()
    assert awards.groupby("year").size()[2013] == 38 and awards.groupby("year").size()[2015] == 110
    assert [by_star[(2013, s)] for s in (5, 4, 3, 2, 1)] == [2, 9, 13, 11, 3]
    assert [by_star.get((2015, s), 0) for s in (5, 4, 3, 2, 1)] == [2, 23, 51, 34, 0]
    assert set(records["commodity_group"]) == {"makanan_minuman", "kain_tenun", "kain_batik", "anyaman",
                                               "gerabah"}


def test_demo_spread_is_uneven_with_many_regions_empty() -> None:
    _, records = demo.generate()
    kabkota = records["region_code"].nunique()
    assert 200 < kabkota < 450  # of 514: many kabupaten/kota have no OVOP at all
    assert records["year"].between(2007, 2024).all()


def test_demo_star_upgrades_exist() -> None:
    _, records = demo.generate()
    awards = records[records["program"] == "kemenperin_ovop_award"].sort_values("year")
    stars = awards.groupby(["entity_name", "region_code"])["star"].agg(["first", "last", "count"])
    assert ((stars["count"] > 1) & (stars["last"] > stars["first"])).any()
