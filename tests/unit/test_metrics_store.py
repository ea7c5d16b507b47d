"""The computing layer over DuckDB: a tiny dataset whose every figure is worked out by hand, plus the demo."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ovop_analytics import metrics
from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.store import Store, get_dataset
from ovop_analytics.store import queries
from tests.support.oracles import national_summary
from ovop_analytics.store.registry import create_dataset, insert_records, insert_types

KEMENKOP, AWARD = "kemenkop_ovop", "kemenperin_ovop_award"
MM, KB, GE = "makanan_minuman", "kain_batik", "gerabah"

# region, year, program, group, type, star, entity
TINY = [
    ("33.01", 2010, KEMENKOP, MM, "T001", None, None),
    ("33.01", 2012, KEMENKOP, KB, "T002", None, None),
    ("33.02", 2010, KEMENKOP, MM, "T001", None, None),
    ("33", 2011, KEMENKOP, GE, "T003", None, None),      # reported at province level only
    ("34.01", 2010, KEMENKOP, KB, "T002", None, None),
    ("33.01", 2013, AWARD, MM, "T001", 3, "UD A"),
    ("33.01", 2015, AWARD, MM, "T001", 4, "UD A"),       # upgrade 3 -> 4
    ("33.02", 2015, AWARD, MM, "T001", 2, "UD B"),
    ("34.01", 2015, AWARD, KB, "T002", 5, "CV C"),
    ("34.01", 2018, AWARD, KB, "T002", 5, "CV C"),       # same star again
    ("99.01", 2015, AWARD, GE, "T004", 1, "Nowhere"),    # not in the gazetteer: ignored everywhere
]
# By hand, province level: 33 has MM 5, KB 1, GE 1 (7 records); 34 has KB 3; the nation MM 5, KB 4, GE 1 (10).
# Kabupaten/kota level: the province-level GE record drops out: MM 5, KB 4 (9).


@pytest.fixture
def tiny(store: Store) -> int:
    with store.transaction() as con:
        dataset_id = create_dataset(con, name="tiny", kind="shared", source="test", is_synthetic=True)
        insert_types(con, dataset_id, pd.DataFrame({
            "type_code": ["T001", "T002", "T003", "T004"], "name": ["Kopi", "Batik", "Gerabah", "Anyaman"],
            "commodity_group": [MM, KB, GE, "anyaman"]}))
        insert_records(con, dataset_id, pd.DataFrame(TINY, columns=[
            "region_code", "year", "program", "commodity_group", "type_code", "star", "entity_name"]))
    return dataset_id


@pytest.fixture
def demo_id(store: Store) -> int:
    return get_dataset(store, "demo").id


def _row(frame: pd.DataFrame, code: str) -> pd.Series:
    return frame.set_index("region_code").loc[code]


def test_province_metrics_by_hand(store: Store, tiny: int) -> None:
    frame = metrics.region_metrics(store, tiny, "province", list(metrics.METRICS))
    assert len(frame) == 38 and list(frame.columns[:2]) == ["region_code", "region_name"]
    jateng, diy = _row(frame, "33"), _row(frame, "34")
    assert (jateng["ikm_ovop"], jateng["types"], jateng["commodity_groups"], jateng["richness"]) == (3, 3, 3, 3)
    h = -(5 / 7 * math.log(5 / 7) + 2 / 7 * math.log(1 / 7))
    assert jateng["shannon"] == pytest.approx(h)
    assert jateng["evenness"] == pytest.approx(h / math.log(3))
    assert jateng["hhi"] == pytest.approx(27 / 49) and jateng["gini_simpson"] == pytest.approx(22 / 49)
    assert (diy["shannon"], diy["evenness"], diy["gini_simpson"], diy["hhi"]) == (0.0, 0.0, 0.0, 1.0)
    assert jateng["coverage_types"] == 0.75 and diy["coverage_types"] == 0.25
    assert jateng["uniqueness"] == pytest.approx(5 / 6) and diy["uniqueness"] == pytest.approx(1 / 2)
    assert jateng["lq_makanan_minuman"] == pytest.approx(10 / 7)
    assert jateng["lq_kain_batik"] == pytest.approx(5 / 14) and jateng["lq_gerabah"] == pytest.approx(10 / 7)
    assert diy["lq_kain_batik"] == pytest.approx(2.5) and diy["lq_makanan_minuman"] == 0.0
    assert math.isnan(jateng["lq_anyaman"])  # no anyaman anywhere: no national share
    # CAGR of cumulative awards, default period = first to last award round (2013 -> 2018)
    assert jateng["cagr"] == pytest.approx(3 ** (1 / 5) - 1) and diy["cagr"] == "new"
    aceh = _row(frame, "11")
    assert (aceh["ikm_ovop"], aceh["types"], aceh["coverage_types"]) == (0, 0, 0.0)
    assert aceh[["shannon", "evenness", "hhi", "uniqueness", "lq_kain_batik"]].isna().all()
    assert aceh["cagr"] is None


def test_kabupaten_kota_metrics_leave_province_records_out(store: Store, tiny: int) -> None:
    frame = metrics.region_metrics(store, tiny, "kabupaten_kota",
                                   ["types", "coverage_types", "uniqueness", "lq_makanan_minuman", "hhi"])
    assert len(frame) == 514
    first = _row(frame, "33.01")
    assert first["types"] == 2 and first["coverage_types"] == 0.5 and first["uniqueness"] == 0.5
    assert first["lq_makanan_minuman"] == pytest.approx((3 / 4) / (5 / 9))
    assert first["hhi"] == pytest.approx((9 + 1) / 16)
    assert _row(frame, "33.02")["hhi"] == 1.0


def test_period_filters_events_while_type_sets_are_as_of_the_end(store: Store, tiny: int) -> None:
    frame = metrics.region_metrics(store, tiny, "province", ["ikm_ovop", "types", "coverage_types", "cagr",
                                                             "types_to_date", "coverage_types_to_date",
                                                             "ikm_ovop_to_date"],
                                   year_from=2015, year_to=2018)
    jateng = _row(frame, "33")
    assert jateng["ikm_ovop"] == 2 and jateng["types"] == 1       # only 2015-2018 records
    assert jateng["coverage_types"] == 0.25                        # the same basis as types: 1 of 4
    assert jateng["types_to_date"] == 3 and jateng["coverage_types_to_date"] == 0.75  # 2010-2012 count too
    assert jateng["ikm_ovop_to_date"] == 3
    assert jateng["cagr"] == 0.0                                   # stock 3 at end of 2015 and of 2018
    assert _row(frame, "34")["cagr"] == pytest.approx(2 ** (1 / 3) - 1)  # 1 at end of 2015, 2 at end of 2018


@pytest.mark.parametrize("kwargs, match", [
    ({"metrics": ["nope"]}, "Unknown metric 'nope'"),
    ({"metrics": ["types"], "level": "desa"}, "Level must be"),
    ({"metrics": ["types"], "year_from": 2020, "year_to": 2010}, "after the end year"),
    ({"metrics": ["cagr"], "year_from": 2015, "year_to": 2015}, "end year after the start year"),
])
def test_region_metrics_refuses_bad_arguments(store: Store, tiny: int, kwargs: dict, match: str) -> None:
    arguments = {"level": "province", **kwargs}
    with pytest.raises(InvalidArgumentError, match=match):
        metrics.region_metrics(store, tiny, **arguments)


@pytest.mark.parametrize("level", ["province", "kabupaten_kota"])
@pytest.mark.parametrize("period", [(None, None), (2013, 2018)])
def test_counts_agree_with_region_stats_on_the_demo(store: Store, demo_id: int, level: str,
                                                    period: tuple) -> None:
    ours = metrics.region_metrics(store, demo_id, level, ["ikm_ovop", "types", "commodity_groups"], *period)
    theirs = queries.region_stats(store, demo_id, level, year_from=period[0], year_to=period[1])
    columns = ["region_code", "region_name", "ikm_ovop", "types", "commodity_groups"]
    pd.testing.assert_frame_equal(ours[columns], theirs[columns], check_dtype=False)


def test_demo_jawa_tengah_covers_76_of_108_types(store: Store, demo_id: int) -> None:
    for period in [(None, None), (2013, 2024)]:
        frame = metrics.region_metrics(store, demo_id, "province", ["coverage_types_to_date", "types_to_date"],
                                       *period)
        assert _row(frame, "33")["coverage_types_to_date"] == pytest.approx(76 / 108)
        assert _row(frame, "33")["types_to_date"] == 76
    frame = metrics.region_metrics(store, demo_id, "province", ["coverage_types"])
    assert _row(frame, "33")["coverage_types"] == pytest.approx(76 / 108)  # all years: flow = stock


def test_growth_series_by_province_by_hand(store: Store, tiny: int) -> None:
    series = metrics.growth_series(store, tiny, by="province", measure="ikm_ovop", codes=["33", "34"])
    jateng = series[series["key"] == "33"]
    assert jateng["period"].tolist() == [2013, 2015, 2018]  # award rounds only, no invented years
    assert jateng["count"].tolist() == [1, 2, 0] and jateng["cumulative"].tolist() == [1, 3, 3]
    assert jateng["key_name"].iloc[0] == "Jawa Tengah"
    diy = series[series["key"] == "34"]
    assert diy["cumulative"].tolist() == [0, 1, 2] and math.isnan(diy["pct_change"].iloc[1])
    assert len(metrics.growth_series(store, tiny, by="province")) == 38 * 3


def test_growth_series_of_types_counts_first_appearances(store: Store, tiny: int) -> None:
    series = metrics.growth_series(store, tiny, by="national", measure="types")
    assert series["period"].tolist() == [2010, 2011, 2012, 2013, 2015, 2018]
    assert series["count"].tolist() == [2, 1, 0, 0, 0, 0]  # T004 is only in the unknown region 99.01
    assert series["cumulative"].iloc[-1] == 3
    windowed = metrics.growth_series(store, tiny, by="commodity_group", measure="ikm_ovop", year_from=2015)
    batik = windowed[windowed["key"] == KB]
    assert batik["period"].tolist() == [2015, 2018] and batik["cumulative"].tolist() == [1, 2]
    with pytest.raises(InvalidArgumentError, match="by must be one of"):
        metrics.growth_series(store, tiny, by="island")


def test_top_movers_by_hand(store: Store, tiny: int) -> None:
    movers = metrics.top_movers(store, tiny, "province", "ikm_ovop", 2013, 2018, n=3)
    assert movers["region_code"].tolist()[:2] == ["33", "34"]  # both +2; 33 ends higher
    assert movers[["start", "end", "change"]].values.tolist()[:2] == [[1, 3, 2], [0, 2, 2]]
    assert movers["cagr"].iloc[1] == "new"


def test_overlap_matrix_by_hand(store: Store, tiny: int) -> None:
    matrix = metrics.overlap_matrix(store, tiny, ["33", "34", "11"])
    assert matrix.loc["33", "34"] == pytest.approx(1 / 3) and matrix.loc["33", "33"] == 1.0
    assert matrix.loc["33", "11"] == 0.0 and math.isnan(matrix.loc["11", "11"])
    assert metrics.overlap_matrix(store, tiny).shape == (38, 38)
    assert metrics.overlap_matrix(store, tiny, as_of=2010).loc["33", "34"] == 0.0  # {T001} vs {T002}
    with pytest.raises(InvalidArgumentError, match="Unknown province codes: 99"):
        metrics.overlap_matrix(store, tiny, ["33", "99"])


def test_type_spread_lists_the_whole_catalogue(store: Store, tiny: int) -> None:
    spread = metrics.type_spread(store, tiny, "province").set_index("type_code")
    assert spread["regions"].to_dict() == {"T002": 2, "T001": 1, "T003": 1, "T004": 0}
    assert spread.loc["T002", "share_of_regions"] == pytest.approx(2 / 38)
    assert spread.loc["T002", "name"] == "Batik"


def test_location_quotients_helper_gives_all_five_groups(store: Store, tiny: int) -> None:
    frame = metrics.location_quotients(store, tiny, "province")
    assert list(frame.columns) == ["region_code", "region_name"] + [f"lq_{g}" for g in metrics.GROUP_CODES]
    assert _row(frame, "34")["lq_kain_batik"] == pytest.approx(2.5)


def test_coverage_summary_by_hand(store: Store, tiny: int) -> None:
    summary = metrics.coverage_summary(store, tiny)
    assert summary["provinces_with_ovop"] == 2 and summary["provinces_total"] == 38
    assert summary["kabkota_with_ikm"] == 3 and summary["kabkota_total"] == 514
    assert summary["target_source_value"] == 534 and summary["target_fact_id"] == "F41"
    assert summary["catalogue_size"] == 4 and summary["types_present"] == 3
    assert summary["catalogue_coverage"] == 0.75
    early = metrics.coverage_summary(store, tiny, as_of=2010)
    assert early["kabkota_with_ikm"] == 0 and early["kabkota_with_ovop"] == 3 and early["types_present"] == 2


def test_coverage_summary_of_the_demo(store: Store, demo_id: int) -> None:
    summary = metrics.coverage_summary(store, demo_id)
    national = national_summary(store, demo_id)
    assert summary["catalogue_size"] == 108 and summary["types_present"] == 108
    assert summary["kabkota_with_ikm"] == national["kabkota_with_ikm"]
    assert summary["provinces_with_ovop"] == national["provinces_with_ovop"]


def test_star_upgrades_and_new_entrants_by_hand(store: Store, tiny: int) -> None:
    upgrades = metrics.star_upgrades(store, tiny)
    assert upgrades[["entity_name", "region_name", "from_round", "to_round", "from_star", "to_star"]] \
        .values.tolist() == [["UD A", "Kabupaten Cilacap", 2013, 2015, 3, 4]]
    assert metrics.star_upgrades(store, tiny, province_code="34").empty
    entrants = metrics.new_entrants(store, tiny, province_code="33")
    assert entrants.to_dict("list") == {"round": [2013, 2015], "ikm": [1, 2], "new_entrants": [1, 1],
                                        "returning": [0, 1]}


def test_json_records_never_carry_nan_or_inf() -> None:
    frame = pd.DataFrame({"a": [1.5, float("nan"), float("inf")], "b": ["new", None, pd.NA]})
    assert metrics.json_records(frame) == [{"a": 1.5, "b": "new"}, {"a": None, "b": None},
                                           {"a": None, "b": None}]


@pytest.fixture(scope="module")
def demo_all_metrics(initialised_db) -> pd.DataFrame:
    store = Store(initialised_db)  # read-only use of the session template
    return metrics.region_metrics(store, get_dataset(store, "demo").id, "province", list(metrics.METRICS),
                                  2013, 2024)


@pytest.mark.parametrize("name", list(metrics.METRICS))
def test_each_metric_alone_equals_its_column_among_all(initialised_db, demo_all_metrics: pd.DataFrame,
                                                       name: str) -> None:
    store = Store(initialised_db)
    alone = metrics.region_metrics(store, get_dataset(store, "demo").id, "province", [name], 2013, 2024)
    pd.testing.assert_series_equal(alone[name], demo_all_metrics[name])


def test_a_dataset_without_records_gives_no_values_and_no_errors(store: Store) -> None:
    """The reference dataset holds published facts only: every helper answers, with no data."""
    reference = get_dataset(store, "reference").id
    frame = metrics.region_metrics(store, reference, "province", list(metrics.METRICS))
    # It holds neither programme: counts of either are no value, not 0.
    assert frame["ikm_ovop"].isna().all() and frame["types"].isna().all() and frame["cagr"].isna().all()
    assert (frame["commodity_groups"] == 0).all()
    assert frame[["shannon", "coverage_types", "uniqueness", "lq_gerabah"]].isna().all().all()
    assert metrics.overlap_matrix(store, reference, ["33", "34"]).isna().all().all()
    assert metrics.coverage_summary(store, reference)["catalogue_coverage"] is None
    assert metrics.top_movers(store, reference).empty and metrics.growth_series(store, reference).empty
