"""Map shapes published once as content-named static files, and map specs naming them by URL."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

from ovop_analytics.ui import static_files
from ovop_analytics.charts import Provenance, maps
from ovop_analytics.charts.classify import classify

SQUARE = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "id": "11", "properties": {"code": "11", "name": "Aceh"},
     "geometry": {"type": "Polygon", "coordinates": [[[95, 5], [96, 5], [96, 6], [95, 5]]]}},
    {"type": "Feature", "id": "12", "properties": {"code": "12", "name": "Sumatera Utara"},
     "geometry": {"type": "Polygon", "coordinates": [[[98, 2], [99, 2], [99, 3], [98, 2]]]}}]}


def _map() -> dict:
    frame = pd.DataFrame({"code": ["11", "12"], "name": ["Aceh", "Sumatera Utara"], "value": [3.0, 5.0]})
    return maps.choropleth(SQUARE, frame, classify(frame["value"], integer=True), title="t", metric_label="m",
                           provenance=Provenance("demo", "src", True), lang="id")


def test_publish_writes_once_under_a_content_name(tmp_path: Path) -> None:
    text = maps.geometry_text(SQUARE["features"])
    url = static_files.publish(text, tmp_path, "app/static/shapes/")
    assert url is not None and url.startswith("app/static/shapes/") and url.endswith(".json")
    written = tmp_path / url.rsplit("/", 1)[1]
    assert written.read_text(encoding="utf-8") == text
    assert os.stat(written).st_mtime == static_files.OLD_MTIME  # kept by the browser's heuristic freshness
    assert [p.name for p in tmp_path.iterdir()] == [written.name]  # no temporary file left behind
    assert static_files.publish(text, tmp_path, "app/static/shapes/") == url
    other = json.dumps({"type": "FeatureCollection", "features": SQUARE["features"][:1]})
    assert static_files.publish(other, tmp_path, "app/static/shapes/") != url  # new content, new name


def test_publish_returns_none_where_it_cannot_write(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert static_files.publish("{\"features\": []}", blocked / "shapes", "x/") is None


def test_shapes_by_url_names_the_file_and_leaves_the_inline_spec_whole() -> None:
    spec = _map()
    swapped = maps.shapes_by_url(spec, lambda text: "app/static/shapes/abc.json")
    assert swapped["layer"][0]["data"] == {"url": "app/static/shapes/abc.json", "format": maps.GEOMETRY_FORMAT}
    assert isinstance(spec["layer"][0]["data"]["values"], str)  # the original keeps its shapes (image export)
    assert swapped["layer"][0]["transform"] == spec["layer"][0]["transform"]  # values still travel inline
    assert swapped["layer"][1:] == spec["layer"][1:]
    assert len(json.dumps(swapped)) < len(json.dumps(spec)) - len(maps.geometry_text(SQUARE["features"])) + 200


def test_shapes_by_url_keeps_shapes_inline_without_a_url() -> None:
    spec = _map()
    assert maps.shapes_by_url(spec, lambda text: None) == spec
