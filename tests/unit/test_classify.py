"""Map classes: no data is never a class, integer counts get whole-number bounds, labels show bounds."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from ovop_analytics.charts import Provenance, maps
from ovop_analytics.charts.classify import ZERO_COLOUR, NO_DATA_COLOUR, SEQUENTIAL, classify
from ovop_analytics.errors import InvalidArgumentError

COUNTS = pd.Series([0, 0, 0, 1, 1, 2, 3, 5, 8, 13, 21, 40, math.nan])


def test_missing_values_are_no_data_not_the_lowest_class() -> None:
    classes = classify(COUNTS)
    assert classes.index.iloc[-1] == -1
    assert (classes.index.iloc[:-1] >= 0).all()


def test_quantiles_of_counts_have_whole_number_bounds_and_labels() -> None:
    nonzero = COUNTS.where(COUNTS != 0)
    classes = classify(nonzero, "quantiles", k=5, integer=True)
    assert all(float(b).is_integer() for b in classes.bounds)
    assert all("." not in label for label in classes.labels)
    assert classes.colours == SEQUENTIAL[len(classes.bounds)] and NO_DATA_COLOUR not in classes.colours


def test_zero_is_its_own_class_apart_from_the_lowest_and_from_no_data() -> None:
    classes = classify(COUNTS, "quantiles", k=5, integer=True)
    assert classes.bounds[0] == 0 and classes.labels[0] == "0" and classes.colours[0] == ZERO_COLOUR
    zero = COUNTS.eq(0).fillna(False).astype(bool)
    assert (classes.index[zero] == 0).all() and (classes.index[~zero & COUNTS.notna()] >= 1).all()
    assert (classes.index[COUNTS.isna()] == -1).all()
    assert ZERO_COLOUR not in SEQUENTIAL[len(classes.bounds) - 1] and ZERO_COLOUR != NO_DATA_COLOUR


@pytest.mark.parametrize("scheme, bounds", [
    ("equal_interval", [8.8, 16.6, 24.4, 32.2, 40]),  # from 1 to 40 now that 0 is a class of its own
    ("natural_breaks", [3, 8, 13, 21, 40]),
])
def test_other_schemes(scheme: str, bounds: list[float]) -> None:
    assert classify(COUNTS.where(COUNTS != 0), scheme, k=5).bounds == pytest.approx(bounds)


def test_continuous_labels_show_open_lower_bounds() -> None:
    classes = classify(pd.Series([0.25, 0.5, 1.0, 1.5]), "equal_interval", k=2, lang="en")
    assert classes.labels == ["0.25 – 0.875", "> 0.875 – 1.5"]
    # Bahasa Indonesia: a decimal comma (a dot would read as thousands)
    assert classify(pd.Series([0.25, 0.5, 1.0, 1.5]), "equal_interval", k=2).labels == ["0,25 – 0,875",
                                                                                         "> 0,875 – 1,5"]


def test_one_distinct_value_is_one_class() -> None:
    classes = classify(pd.Series([3.0, 3.0, math.nan]))
    assert classes.labels == ["3"] and classes.index.tolist() == [0, 0, -1]


def test_all_missing_gives_no_classes() -> None:
    classes = classify(pd.Series([math.nan, math.nan]))
    assert classes.labels == [] and classes.index.tolist() == [-1, -1]


def test_unknown_scheme_is_refused() -> None:
    with pytest.raises(InvalidArgumentError, match="quantiles"):
        classify(COUNTS, "jenks_caspall")


# The map is a Vega-Lite spec: every region of the layer is one geoshape feature whose class label
# picks its colour from an explicit scale; no data is its own grey entry, never the lowest class.
LAYER = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "id": code, "properties": {"code": code, "name": f"Wilayah {code}"},
     "geometry": {"type": "Polygon", "coordinates": [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]]}}
    for x, code in enumerate(["11", "12", "13", "14", "15"])]}


def drawn_colours(spec: dict) -> dict[str, str]:
    """The fill each region gets: its class label looked up in the colour scale, as Vega does."""
    regions = spec["layer"][0]
    scale = regions["encoding"]["color"]["scale"]
    colour_of = dict(zip(scale["domain"], scale["range"], strict=True))
    rows = {row["code"]: row for row in maps.region_rows(regions)}  # joined to the shapes by id, as Vega does
    return {f["id"]: colour_of[rows[f["id"]]["class"]] for f in maps.geometry_features(regions["data"])}


def test_choropleth_colours_each_region_by_class_and_greys_no_data() -> None:
    # "15" is in the layer but not in the frame: no data as well.
    frame = pd.DataFrame({"code": ["11", "12", "13", "14"], "name": ["A", "B", "C", "D"],
                          "value": [1.0, 5.0, 9.0, math.nan]})
    classes = classify(frame["value"], "equal_interval", k=2)
    spec = maps.choropleth(LAYER, frame, classes, title="t", metric_label="Ukuran",
                           provenance=Provenance("demo", "sumber", True), lang="id")
    assert drawn_colours(spec) == {"11": SEQUENTIAL[2][0], "12": SEQUENTIAL[2][0], "13": SEQUENTIAL[2][1],
                                   "14": NO_DATA_COLOUR, "15": NO_DATA_COLOUR}
    legend = spec["layer"][0]["encoding"]["color"]
    assert legend["scale"]["domain"] == [*classes.labels, "tidak ada data"]  # bounds shown, no data last
    assert legend["legend"]["title"] == "Ukuran"
    values = {row["code"]: row for row in maps.region_rows(spec["layer"][0])}
    assert values["13"]["value"] == "9" and values["14"]["value"] == "tidak ada data"  # never "0"
    assert values["11"]["name"] == "A" and values["15"]["name"] == "Wilayah 15"
    assert {values["11"]["dataset"], values["11"]["source"]} == {"demo", "sumber"}  # hover says where from


def test_choropleth_carries_source_line_and_watermark_and_fetches_nothing() -> None:
    frame = pd.DataFrame({"code": ["11", "12"], "name": ["A", "B"], "value": [1.0, 2.0]})
    classes = classify(frame["value"])
    spec = maps.choropleth(LAYER, frame, classes, title="Judul", metric_label="Ukuran",
                           provenance=Provenance("demo", "generator", True), lang="id")
    texts = [layer["mark"]["text"] for layer in spec["layer"][1:]]
    assert texts == ["Sumber: generator", "DATA DEMO (SINTETIS)"]
    public = maps.choropleth(LAYER, frame, classes, title="Judul", metric_label="Ukuran",
                             provenance=Provenance("bps", "BPS 2023", False), lang="en")
    assert [layer["mark"]["text"] for layer in public["layer"][1:]] == ["Source: BPS 2023"]
    text = json.dumps(spec)  # what Streamlit sends: plain JSON, all data inline
    assert '"url"' not in text and "http" not in text
    assert spec["usermeta"]["embedOptions"]["renderer"] == "svg"


def test_tile_map_places_38_provinces_and_labels_them() -> None:
    from ovop_analytics.geo import tile_grid

    grid = tile_grid()
    frame = pd.DataFrame({"code": ["33", "34"], "name": ["Jawa Tengah", "DI Yogyakarta"], "value": [76.0, 1.0]})
    classes = classify(frame["value"], k=2, integer=True)
    assert classes.labels == ["1 – 38", "39 – 76"]
    spec = maps.tile_map(grid, frame, classes, title="t", metric_label="Jenis",
                         provenance=Provenance("demo", "s", False), lang="id")
    rows = {row["code"]: row for row in spec["layer"][0]["data"]["values"]}
    assert len(rows) == 38
    assert rows["34"]["short"] == "DIY" and rows["34"]["class"] == "1 – 38"
    assert rows["33"]["dark"] and not rows["34"]["dark"]
    assert rows["11"]["class"] == "tidak ada data" and rows["11"]["name"] == "Aceh"


def test_no_data_is_hatched_and_stays_apart_from_zero_in_greyscale() -> None:
    """Drawn by Vega (vl-convert, the engine of the image export) and turned to greyscale: the region
    without data is striped (two grey levels far apart), the 0 region one flat grey (issue 22)."""
    import io

    import vl_convert
    from PIL import Image

    # Clockwise rings, as d3-geo draws them (the counter-clockwise LAYER above would cover the globe).
    layer = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": code, "properties": {"code": code, "name": code},
         "geometry": {"type": "Polygon", "coordinates": [[[2 * x, 0], [2 * x, 1], [2 * x + 1, 1], [2 * x + 1, 0],
                                                          [2 * x, 0]]]}}
        for x, code in enumerate(["11", "12", "13", "14"])]}
    frame = pd.DataFrame({"code": ["11", "12", "13", "14"], "name": list("ABCD"), "value": [0.0, 1.0, 9.0, math.nan]})
    spec = maps.choropleth(layer, frame, classify(frame["value"], "equal_interval", k=3), title="t",
                           metric_label="m", provenance=Provenance("d", "s", False), lang="en")
    spec["width"] = 500
    grey = Image.open(io.BytesIO(vl_convert.vegalite_to_png(spec, scale=1))).convert("L")
    width, height = grey.size
    pixels = grey.load()
    # The map's regions: runs of non-white pixels along the row that crosses them, left of the legend.
    counts = {y: sum(pixels[x, y] < 250 for x in range(width - 100)) for y in range(40, height - 40)}
    crossing = [y for y, n in counts.items() if n >= 0.9 * max(counts.values())]
    row = crossing[len(crossing) // 2]  # the middle of the band of rows that cross the regions
    regions, start, gap = [], None, 0
    for x in range(width - 100):
        if pixels[x, row] < 250:
            start, gap = (x if start is None else start), 0
        elif start is not None:
            gap += 1
            if gap > 30:
                regions.append((start, x - gap))
                start, gap = None, 0
    if start is not None:
        regions.append((start, width - 100))
    assert len(regions) == 4, regions

    def levels(span: tuple[int, int]) -> list[int]:
        """Grey levels (of 16) covering at least a tenth of the region's middle (edges are anti-aliased)."""
        from collections import Counter

        counts = Counter(pixels[x, y] // 16 for x in range(span[0] + 5, span[1] - 5) for y in range(row - 15, row + 15))
        return sorted(level for level, n in counts.items() if n >= 0.1 * sum(counts.values()))

    zero, no_data = levels(regions[0]), levels(regions[3])
    assert len(zero) == 1, zero  # flat
    assert max(no_data) - min(no_data) >= 4, no_data  # stripes at least 64 grey levels apart
