"""The pure metric formulas on tiny hand-computed cases: diversity, growth, coverage, overlap, LQ, registry."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.metrics import diversity, growth
from ovop_analytics.metrics.coverage import catalogue_coverage, coverage_fraction
from ovop_analytics.metrics.overlap import jaccard, jaccard_matrix, regions_per_type, uniqueness
from ovop_analytics.metrics.registry import GROUP_CODES, METRICS, check_metrics
from ovop_analytics.metrics.specialisation import location_quotients

LN2 = math.log(2)


# --- diversity -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("counts, expected", [
    # counts, (richness, shannon, evenness, gini_simpson, hhi)
    ([0.5, 0.5], (2, LN2, 1.0, 0.5, 0.5)),
    ([50, 50, 0, 0, 0], (2, LN2, 1.0, 0.5, 0.5)),  # counts and shares give the same indices
    ([1, 1, 1, 1], (4, math.log(4), 1.0, 0.75, 0.25)),
    ([2, 1, 1], (3, 1.5 * LN2, 1.5 * LN2 / math.log(3), 0.625, 0.375)),
    ([7, 0, 0, 0, 0], (1, 0.0, 0.0, 0.0, 1.0)),  # one group: 0 diversity, evenness defined as 0
    ([3, 1], (2, -(0.75 * math.log(0.75) + 0.25 * math.log(0.25)),
              -(0.75 * math.log(0.75) + 0.25 * math.log(0.25)) / LN2, 0.375, 0.625)),
])
def test_diversity_indices_by_hand(counts: list[float], expected: tuple) -> None:
    k, h, e, gs, hhi = expected
    assert diversity.richness(counts) == k
    assert diversity.shannon(counts) == pytest.approx(h)
    assert diversity.evenness(counts) == pytest.approx(e)
    assert diversity.gini_simpson(counts) == pytest.approx(gs)
    assert diversity.hhi(counts) == pytest.approx(hhi)


def test_no_records_has_no_diversity_value_but_richness_zero() -> None:
    assert diversity.richness([0, 0, 0]) == 0
    for index in (diversity.shannon, diversity.evenness, diversity.gini_simpson, diversity.hhi):
        assert index([0, 0, 0]) is None


def test_one_group_is_exactly_zero_not_minus_zero() -> None:
    assert math.copysign(1.0, diversity.shannon([4, 0])) == 1.0


@pytest.mark.parametrize("bad", [[1, -1], [float("nan"), 1]])
def test_negative_or_missing_counts_are_refused(bad: list[float]) -> None:
    with pytest.raises(InvalidArgumentError, match="0 or more"):
        diversity.shannon(bad)


def test_diversity_table_keeps_the_index_and_marks_empty_rows_nan() -> None:
    counts = pd.DataFrame({"a": [1, 0, 5], "b": [1, 0, 0]}, index=["33", "34", "35"])
    table = diversity.diversity_table(counts)
    assert list(table.index) == ["33", "34", "35"]
    assert table.loc["33", "shannon"] == pytest.approx(LN2)
    assert table.loc["34"].drop("richness").isna().all() and table.loc["34", "richness"] == 0
    assert table.loc["35", "hhi"] == 1.0 and table.loc["35", "evenness"] == 0.0


# --- growth -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("start, end, years, expected", [
    (100, 121, 2, 0.10),
    (100, 100, 5, 0.0),
    (10, 0, 1, -1.0),
    (1, 8, 3, 1.0),
])
def test_cagr_by_hand(start: float, end: float, years: int, expected: float) -> None:
    assert growth.cagr(start, end, years) == pytest.approx(expected)


def test_cagr_from_zero_is_new_and_zero_to_zero_is_none() -> None:
    assert growth.cagr(0, 5, 3) == "new" == growth.NEW
    assert growth.cagr(0, 0, 3) is None


@pytest.mark.parametrize("start, end, years", [(1, 2, 0), (1, 2, -1), (-1, 2, 1), (1, float("nan"), 1)])
def test_cagr_refuses_bad_inputs(start: float, end: float, years: int) -> None:
    with pytest.raises(InvalidArgumentError):
        growth.cagr(start, end, years)


def test_growth_table_cumulative_and_change_by_hand() -> None:
    counts = pd.DataFrame({"key": ["b", "b", "b", "a", "a", "a"], "period": [2013, 2015, 2018] * 2,
                           "count": [0, 4, 2, 1, 2, 0]})
    table = growth.growth_table(counts)
    a = table[table["key"] == "a"]
    b = table[table["key"] == "b"]
    assert a["cumulative"].tolist() == [1, 3, 3] and b["cumulative"].tolist() == [0, 4, 6]
    assert a["change"].tolist()[1:] == [1, -2] and math.isnan(a["change"].iloc[0])
    assert a["pct_change"].tolist()[1:] == [1.0, -1.0]
    # from 0 the percentage is undefined: NaN, never inf
    assert math.isnan(b["pct_change"].iloc[1]) and b["pct_change"].iloc[2] == -0.5
    assert not np.isinf(table["pct_change"]).any()


def test_growth_table_names_missing_columns() -> None:
    with pytest.raises(InvalidArgumentError, match="missing"):
        growth.growth_table(pd.DataFrame({"key": [], "count": []}))


AWARDS = pd.DataFrame([
    # entity_name, region_code, year, star
    ("UD A", "33.01", 2013, 3),
    ("UD A", "33.01", 2015, 4),   # upgrade 3 -> 4
    ("UD A", "33.01", 2018, 4),   # same
    ("UD A", "33.02", 2015, 2),   # same name elsewhere: another IKM
    ("CV B", "34.01", 2015, 5),
    ("CV B", "34.01", 2015, 3),   # listed twice in a round: its best star counts
    ("CV B", "34.01", 2018, 4),   # downgrade 5 -> 4
    (None, "35.01", 2015, 5),     # unnamed: cannot be followed, left out
], columns=["entity_name", "region_code", "year", "star"])


def test_new_entrants_per_round_by_hand() -> None:
    table = growth.entrants_per_round(AWARDS)
    assert table.to_dict("list") == {"round": [2013, 2015, 2018], "ikm": [1, 3, 2],
                                     "new_entrants": [1, 2, 0], "returning": [0, 1, 2]}


def test_star_moves_and_upgrades_by_hand() -> None:
    moves = growth.star_moves(AWARDS)
    as_tuples = set(moves[["entity_name", "region_code", "from_round", "to_round", "from_star", "to_star",
                           "change"]].itertuples(index=False, name=None))
    assert as_tuples == {("UD A", "33.01", 2013, 2015, 3, 4, 1), ("UD A", "33.01", 2015, 2018, 4, 4, 0),
                         ("CV B", "34.01", 2015, 2018, 5, 4, -1)}
    upgrades = growth.star_upgrades_of(AWARDS)
    assert upgrades[["entity_name", "from_star", "to_star"]].values.tolist() == [["UD A", 3, 4]]


def test_entrants_of_no_awards_is_an_empty_table() -> None:
    table = growth.entrants_per_round(AWARDS.iloc[0:0])
    assert table.empty and list(table.columns) == ["round", "ikm", "new_entrants", "returning"]


# --- coverage ---------------------------------------------------------------------------------------

def test_coverage_fraction() -> None:
    assert coverage_fraction(76, 108) == pytest.approx(0.7037, abs=1e-4)
    assert coverage_fraction(0, 10) == 0.0
    assert coverage_fraction(0, 0) is None
    with pytest.raises(InvalidArgumentError):
        coverage_fraction(5, 4)


def test_catalogue_coverage_ignores_types_outside_the_catalogue_and_lists_every_region() -> None:
    pairs = pd.DataFrame({"code": ["33", "33", "33", "34"], "type_code": ["T1", "T2", "X9", "T1"]})
    result = catalogue_coverage(pairs, ["T1", "T2", "T3", "T4"], regions=["33", "34", "35"])
    assert result.to_dict() == {"33": 0.5, "34": 0.25, "35": 0.0}
    assert catalogue_coverage(pairs, [], regions=["33"]).isna().all()


# --- overlap and uniqueness ---------------------------------------------------------------------------

PAIRS = pd.DataFrame({"code": ["A", "A", "A", "B", "B", "C"], "type_code": ["t1", "t2", "t3", "t2", "t3", "t3"]})


def test_regions_per_type_and_uniqueness_by_hand() -> None:
    assert regions_per_type(PAIRS).to_dict() == {"t1": 1, "t2": 2, "t3": 3}
    scores = uniqueness(PAIRS, regions=["A", "B", "C", "D"])
    assert scores["A"] == pytest.approx((1 + 1 / 2 + 1 / 3) / 3)
    assert scores["B"] == pytest.approx((1 / 2 + 1 / 3) / 2)
    assert scores["C"] == pytest.approx(1 / 3)
    assert math.isnan(scores["D"])  # no types: no value


def test_uniqueness_counts_each_region_once_per_type() -> None:
    doubled = pd.concat([PAIRS, PAIRS])
    pd.testing.assert_series_equal(uniqueness(doubled), uniqueness(PAIRS))


@pytest.mark.parametrize("a, b, expected", [
    ({"t1", "t2"}, {"t2", "t3"}, 1 / 3), ({"t1"}, {"t1"}, 1.0), ({"t1"}, set(), 0.0), (set(), set(), None)])
def test_jaccard_by_hand(a: set[str], b: set[str], expected: float | None) -> None:
    assert jaccard(a, b) == (pytest.approx(expected) if expected is not None else None)


def test_jaccard_matrix_agrees_with_pairwise_jaccard_and_marks_empty_pairs_nan() -> None:
    matrix = jaccard_matrix(PAIRS, ["A", "B", "C", "D"])
    sets = {code: set(PAIRS.loc[PAIRS["code"] == code, "type_code"]) for code in "ABCD"}
    for x in "ABC":
        for y in "ABCD":
            assert matrix.loc[x, y] == pytest.approx(jaccard(sets[x], sets[y]))
    assert math.isnan(matrix.loc["D", "D"])
    assert matrix.loc["A", "B"] == pytest.approx(2 / 3)


def test_jaccard_matrix_without_any_types_is_all_nan() -> None:
    matrix = jaccard_matrix(PAIRS.iloc[0:0], ["A", "B"])
    assert matrix.shape == (2, 2) and matrix.isna().all().all()


# --- specialisation ---------------------------------------------------------------------------------

def test_location_quotients_by_hand() -> None:
    counts = pd.DataFrame({"g1": [3, 1, 0], "g2": [1, 3, 0], "g3": [0, 0, 0]}, index=["A", "B", "C"])
    lq = location_quotients(counts)
    assert lq.loc["A", "g1"] == pytest.approx(1.5) and lq.loc["A", "g2"] == pytest.approx(0.5)
    assert lq.loc["B", "g2"] == pytest.approx(1.5)
    assert lq.loc["C"].isna().all()  # region without records
    assert lq["g3"].isna().all()     # group absent nationally: no value, not a division by zero


def test_location_quotients_weighted_by_national_share_sum_to_one() -> None:
    counts = pd.DataFrame({"g1": [5, 0, 2], "g2": [1, 3, 2], "g3": [1, 0, 7]}, index=["A", "B", "C"])
    national_share = counts.sum() / counts.to_numpy().sum()
    weighted = (location_quotients(counts) * national_share).sum(axis=1)
    assert weighted.tolist() == pytest.approx([1.0, 1.0, 1.0])


def test_location_quotients_refuse_negative_counts() -> None:
    with pytest.raises(InvalidArgumentError):
        location_quotients(pd.DataFrame({"g": [-1, 2]}))


# --- registry ---------------------------------------------------------------------------------------

def test_registry_has_the_required_metrics_labelled_in_both_languages() -> None:
    required = {"ikm_ovop", "types", "commodity_groups", "richness", "shannon", "evenness", "gini_simpson",
                "hhi", "coverage_types", "uniqueness", "cagr"} | {f"lq_{g}" for g in GROUP_CODES}
    assert required <= set(METRICS)
    assert len(GROUP_CODES) == 5
    for name, info in METRICS.items():
        assert info.label_id and info.label_en and info.description_en and info.unit, name


def test_check_metrics_strips_deduplicates_and_names_the_valid_ones() -> None:
    assert check_metrics([" shannon", "hhi", "shannon", ""]) == ["shannon", "hhi"]
    with pytest.raises(InvalidArgumentError, match="Unknown metric 'entropy'. Valid metrics: ikm_ovop, "):
        check_metrics(["shannon", "entropy"])
    with pytest.raises(InvalidArgumentError, match="No metric given"):
        check_metrics(["", " "])
