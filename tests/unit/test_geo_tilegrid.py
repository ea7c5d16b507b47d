"""The tile-grid map: all 38 provinces, one tile each, placed roughly where they lie."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from ovop_analytics.geo import tile_grid
from ovop_analytics.regions import provinces
from tests.support.paths import BOUNDARIES_DIR


@pytest.fixture(scope="module")
def grid() -> pd.DataFrame:
    return tile_grid()


def test_every_province_has_exactly_one_tile(grid: pd.DataFrame) -> None:
    assert list(grid.columns) == ["code", "name", "short", "row", "col"]
    assert sorted(grid["code"]) == sorted(p.code for p in provinces())
    assert len(grid) == 38 and not grid.duplicated(["row", "col"]).any()


def test_labels_are_short_unique_capitals(grid: pd.DataFrame) -> None:
    assert grid["short"].is_unique
    assert all(2 <= len(s) <= 7 and s.isupper() for s in grid["short"])


@pytest.mark.parametrize("code, short", [("11", "ACEH"), ("31", "JKT"), ("34", "DIY"), ("51", "BALI"),
                                         ("91", "PAPUA"), ("12", "SUMUT")])
def test_familiar_labels(grid: pd.DataFrame, code: str, short: str) -> None:
    assert grid.set_index("code").loc[code, "short"] == short


def test_tiles_follow_geography(grid: pd.DataFrame) -> None:
    """Columns rank like longitude, rows like latitude southwards (centroids of the shared file)."""
    features = json.loads((BOUNDARIES_DIR / "idn_provinces.geojson").read_text())["features"]
    centroid = {f["properties"]["code"]: f["properties"] for f in features}
    frame = grid.assign(lon=grid["code"].map(lambda c: centroid[c]["centroid_lon"]),
                        lat=grid["code"].map(lambda c: centroid[c]["centroid_lat"]))
    assert frame["col"].corr(frame["lon"], method="spearman") > 0.95
    assert frame["row"].corr(frame["lat"], method="spearman") < -0.8


@pytest.mark.parametrize("west, east", [("11", "91"), ("31", "35"), ("52", "53"), ("61", "64")])
def test_west_before_east(grid: pd.DataFrame, west: str, east: str) -> None:
    cols = grid.set_index("code")["col"]
    assert cols[west] < cols[east]


@pytest.mark.parametrize("north, south", [("11", "18"), ("65", "63"), ("71", "73"), ("91", "93"),
                                          ("31", "34")])
def test_north_above_south(grid: pd.DataFrame, north: str, south: str) -> None:
    rows = grid.set_index("code")["row"]
    assert rows[north] < rows[south]
