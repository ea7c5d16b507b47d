"""Map classes: no data is never a class, integer counts get whole-number bounds, labels show bounds."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ovop_analytics.charts import Provenance, maps
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


# The map draws every region with one choroplethmap trace (fewer MapLibre layers): z is the class + 1 on a
# stepped colorscale whose band 0 is no data, so each class must land on its own colour.
LAYER = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "id": code, "properties": {},
     "geometry": {"type": "Polygon", "coordinates": [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]]}}
    for x, code in enumerate(["11", "12", "13", "14"])]}


def colour_at(scale: list[list], position: float) -> str:
    """The colour of a stepped colorscale at `position` (0-1), as plotly reads it between equal stops."""
    for (low, colour), (high, _next) in zip(scale[::2], scale[1::2]):
        if low <= position <= high:
            return colour
    raise AssertionError(f"{position} outside the colorscale")


def test_one_choropleth_trace_colours_each_region_by_class_and_greys_no_data() -> None:
    frame = pd.DataFrame({"code": ["11", "12", "13", "14"], "name": ["A", "B", "C", "D"],
                          "value": [1.0, 5.0, 9.0, math.nan]})
    classes = classify(frame["value"], "equal_interval", k=2)
    figure = maps.choropleth(LAYER, frame, classes, title="t", metric_label="Ukuran",
                             provenance=Provenance("demo", "sumber", True), lang="id")
    (trace,) = figure.data
    scale = [list(stop) for stop in trace.colorscale]
    drawn = {code: colour_at(scale, (z - trace.zmin) / (trace.zmax - trace.zmin))
             for code, z in zip(trace.locations, trace.z)}
    assert drawn == {"11": SEQUENTIAL[2][0], "12": SEQUENTIAL[2][0], "13": SEQUENTIAL[2][1],
                     "14": NO_DATA_COLOUR}
    legend = next(a.text for a in figure.layout.annotations if "Ukuran" in a.text)
    for label in [*classes.labels, "tidak ada data"]:
        assert maps.plotly_text(label) in legend  # escaped: '> 5 – 9' is shown, not read as markup
