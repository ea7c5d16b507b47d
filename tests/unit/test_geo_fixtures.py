"""Builders of the small boundary files the geo tests install, and checks that they say what we think.

Every file is made in a temporary directory from hand-written squares; the only stored one is
tests/fixtures/geo/squares.topojson (see the README there).
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from tests.support.geo_squares import (FORMATS, SQUARE_CODES, SQUARE_UNMATCHED, SQUARES, TOPOJSON,  # noqa: F401
                                     squares_frame,
                                     write_squares)


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_fixture_format_holds_the_six_squares(tmp_path: Path, fmt: str) -> None:
    """The generated files (and the hand-written TopoJSON) read back as the six named squares."""
    path = write_squares(tmp_path, fmt)
    frame = gpd.read_file(f"/vsizip/{path}" if fmt == "shapefile_zip" else path)
    assert list(frame["NAMA"]) == [name for name, _, _ in SQUARES]
    assert [round(a, 6) for a in shapely.area(frame.geometry.values)] == [0.01] * 6


def test_topojson_fixture_is_a_topology() -> None:
    """The stored fixture is real TopoJSON (arcs + transform), so the TopoJSON driver is what reads it."""
    data = json.loads(TOPOJSON.read_text())
    assert data["type"] == "Topology" and "transform" in data and len(data["arcs"]) == 6
