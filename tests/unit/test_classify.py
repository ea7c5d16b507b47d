"""Map classes: no data is never a class, integer counts get whole-number bounds, labels show bounds."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ovop_analytics.charts.classify import NO_DATA_COLOUR, SEQUENTIAL, classify
from ovop_analytics.errors import InvalidArgumentError

COUNTS = pd.Series([0, 0, 0, 1, 1, 2, 3, 5, 8, 13, 21, 40, math.nan])


def test_missing_values_are_no_data_not_the_lowest_class() -> None:
    classes = classify(COUNTS)
    assert classes.index.iloc[-1] == -1
    assert (classes.index.iloc[:-1] >= 0).all()


def test_quantiles_of_counts_have_whole_number_bounds_and_labels() -> None:
    classes = classify(COUNTS, "quantiles", k=5, integer=True)
    # mapclassify's quintile bins are 0.2, 1.4, 4.2, 12, 40; floored for counts: 0, 1, 4, 12, 40
    assert classes.bounds == [0, 1, 4, 12, 40]
    assert classes.labels == ["0", "1", "2 – 4", "5 – 12", "13 – 40"]
    assert classes.index.iloc[:-1].tolist() == [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4]
    assert classes.colours == SEQUENTIAL[5] and NO_DATA_COLOUR not in classes.colours


@pytest.mark.parametrize("scheme, bounds", [
    ("equal_interval", [8, 16, 24, 32, 40]),
    ("natural_breaks", [3, 8, 13, 21, 40]),
])
def test_other_schemes(scheme: str, bounds: list[float]) -> None:
    assert classify(COUNTS, scheme, k=5).bounds == bounds


def test_continuous_labels_show_open_lower_bounds() -> None:
    classes = classify(pd.Series([0.0, 0.5, 1.0, 1.5]), "equal_interval", k=2)
    assert classes.labels == ["0 – 0.75", "> 0.75 – 1.5"]


def test_one_distinct_value_is_one_class() -> None:
    classes = classify(pd.Series([3.0, 3.0, math.nan]))
    assert classes.labels == ["3"] and classes.index.tolist() == [0, 0, -1]


def test_all_missing_gives_no_classes() -> None:
    classes = classify(pd.Series([math.nan, math.nan]))
    assert classes.labels == [] and classes.index.tolist() == [-1, -1]


def test_unknown_scheme_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="quantiles"):
        classify(COUNTS, "jenks_caspall")
