"""Presenters: slide-ready map images (size, legend inside), image file names, the timeline's frames and
its one-spec map, and the slide styling of plotly charts."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image

from ovop_analytics import export_images, timeline
from ovop_analytics.charts import Provenance, finish, maps
from ovop_analytics.charts.classify import classify
from ovop_analytics.store import Store, list_datasets

SQUARES = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "id": code, "properties": {"name": name},
     "geometry": {"type": "Polygon", "coordinates": [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]]}}
    for code, name, x, y in (("11", "Aceh", 95, 4), ("12", "Sumatera Utara", 97, 2), ("13", "Sumatera Barat", 99, 0),
                             ("14", "Riau", 101, 0))]}
PROVENANCE = Provenance("demo", "Dataset 'demo': data demo sintetis", True)
LONG_LABEL = "Jumlah IKM OVOP dengan label legenda yang sangat panjang"


def _spec() -> dict:
    frame = pd.DataFrame({"code": ["11", "12", "13", "14"], "name": ["Aceh", "Sumatera Utara", "Sumatera Barat", "Riau"],
                          "value": [1.0, 5.0, 40.0, float("nan")]})
    return maps.choropleth(SQUARES, frame, classify(frame["value"], integer=True),
                           title="IKM OVOP, Sumatera, 2013-2024", metric_label=LONG_LABEL, provenance=PROVENANCE,
                           lang="id", value_format=",.0f")


def _translate(node: ET.Element) -> tuple[float, float]:
    match = re.search(r"translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)", node.get("transform", ""))
    return (float(match.group(1)), float(match.group(2))) if match else (0.0, 0.0)


def _legend_label_boxes(svg: str) -> tuple[tuple[float, float], list[tuple[str, float, float, float]]]:
    """Size of the SVG and (text, left, right, baseline) of each legend label, from Vega's translate()
    transforms (text width estimated at 0.6 em per character, generous for this font)."""
    root = ET.fromstring(svg)
    size = (float(root.get("width")), float(root.get("height")))
    labels = []

    def walk(node: ET.Element, x: float, y: float, in_legend_label: bool) -> None:
        dx, dy = _translate(node)
        x, y = x + dx, y + dy
        in_legend_label = in_legend_label or "role-legend-label" in (node.get("class") or "")
        if node.tag.endswith("text") and in_legend_label and (node.text or "").strip():
            font = float(re.search(r"font-size:\s*([\d.]+)px", node.get("style", "") + ";font-size:"
                                   + node.get("font-size", "12") + "px").group(1))
            width = len(node.text) * font * 0.6
            left = x - (width if node.get("text-anchor") == "end" else 0)
            labels.append((node.text, left, left + width, y))
        for child in node:
            walk(child, x, y, in_legend_label)

    walk(root, 0.0, 0.0, False)
    return size, labels


@pytest.mark.parametrize("key", list(export_images.FORMATS))
def test_map_images_have_the_requested_size_and_the_whole_legend(key: str) -> None:
    """A map image has the format's pixel size, and (SVG) every legend label, the last included, lies inside."""
    image_format = export_images.FORMATS[key]
    data = export_images.vega_image(_spec(), image_format)
    if image_format.extension == "png":
        assert Image.open(io.BytesIO(data)).size == (image_format.width, image_format.height)
        return
    (width, height), labels = _legend_label_boxes(data.decode())
    assert (width, height) == (1280, 720)
    texts = [text for text, *_ in labels]
    assert texts[-1] == "tidak ada data", texts  # the last legend entry, and it is drawn
    for text, left, right, baseline in labels:
        assert 0 <= left and right <= width and 0 < baseline <= height, (text, left, right, baseline)
    svg = data.decode()
    assert "Sumber: Dataset" in svg and "DATA DEMO (SINTETIS)" in svg and "IKM OVOP, Sumatera" in svg
    assert "http" not in re.sub(r'xmlns(:\w+)?="[^"]+"', "", svg)  # nothing linked from outside


def test_map_image_draws_the_same_picture_as_the_page_spec() -> None:
    """The lean export spec (no tooltips, geometry rounded and projected once per process) draws the same
    pixels as the map's own spec laid out for the slide; a small area keeps its detail."""
    import numpy as np
    import vl_convert
    from PIL import ImageChops

    clockwise = {**SQUARES, "features": [  # Vega's spherical drawing (the page's) wants clockwise rings
        {**f, "geometry": {"type": "Polygon", "coordinates": [f["geometry"]["coordinates"][0][::-1]]}}
        for f in SQUARES["features"]]}
    frame = pd.DataFrame({"code": ["11", "12", "13", "14"], "name": ["Aceh", "Sumut", "Sumbar", "Riau"],
                          "value": [1.0, 5.0, 40.0, float("nan")]})
    spec = maps.choropleth(clockwise, frame, classify(frame["value"], integer=True), title="IKM OVOP, Sumatera",
                           metric_label="IKM OVOP", provenance=PROVENANCE, lang="id", value_format=",.0f")
    text = export_images.image_spec_text(spec)
    assert "tooltip" not in text and '"identity"' in text
    ours = Image.open(io.BytesIO(export_images.vega_image(spec, export_images.FORMATS["png_1280"]))).convert("RGB")
    page = vl_convert.vegalite_to_png(export_images.slide_spec(spec), scale=1.0, allowed_base_urls=[])
    difference = np.asarray(ImageChops.difference(ours, Image.open(io.BytesIO(page)).convert("RGB"))).max(axis=2)
    assert (difference > 64).sum() < 20, (difference > 64).sum()
    tiny = {"type": "FeatureCollection", "features": [{**f, "geometry": {"type": "Polygon", "coordinates": [
        [[106.8 + x / 1000, -6.2 + y / 1000] for x, y in ((0, 0), (1, 0), (1, 1), (0, 1), (0, 0))]]}}
        for f in SQUARES["features"][:1]]}
    assert export_images._decimals(tiny["features"]) >= 6  # a 0.001 deg square is not rounded away


def test_image_file_names_come_from_title_and_dataset() -> None:
    """Image files are named from the chart's title and the dataset, with size and demo mark."""
    assert export_images.file_name("IKM OVOP, Jawa Tengah, 2013-2024", "demo", export_images.FORMATS["png_1920"],
                                   synthetic=True) == "ikm-ovop-jawa-tengah-2013-2024_demo_SINTETIS_1920x1080.png"
    assert export_images.file_name("Keragaman: Nusa Tenggara Timur", "upload 3", export_images.FORMATS["svg"]) \
        == "keragaman-nusa-tenggara-timur_upload-3.svg"
    options = export_images.plotly_image_options("Top 10", "demo", export_images.FORMATS["png_1920"])
    assert options["width"] * options["scale"] == 1920 and options["height"] * options["scale"] == 1080
    small = export_images.plotly_image_options("Top 10", "demo", export_images.FORMATS["png_1280"])
    assert (small["width"] * small["scale"], small["height"] * small["scale"]) == (1280, 720)
    assert options["filename"] == "top-10_demo_1920x1080" and options["format"] == "png"


def test_slide_spec_lays_the_map_out_at_the_slide_size_with_larger_text() -> None:
    """The export spec fits 1280x720 with enlarged text and leaves the data alone."""
    spec = export_images.slide_spec(_spec())
    assert (spec["width"], spec["height"]) == (1280, 720)
    assert spec["autosize"] == {"type": "fit", "contains": "padding"}
    assert spec["title"]["fontSize"] > maps.TITLE_FONT_SIZE
    legend = spec["layer"][0]["encoding"]["color"]["legend"]
    assert legend["labelFontSize"] >= 18
    assert spec["layer"][0]["data"] == _spec()["layer"][0]["data"]  # data untouched


@pytest.fixture
def demo(store: Store) -> int:
    return next(d.id for d in list_datasets(store) if d.name == "demo")


def test_timeline_frames_are_the_award_rounds_with_no_data_apart_from_zero(store: Store, demo: int) -> None:
    """Timeline frames are the real award rounds (designation years for types); cumulative adds them up."""
    steps = timeline.timeline(store, demo, "province", "ikm_ovop", "per_period")
    assert steps.periods == [2013, 2015, 2018, 2022, 2024]
    assert len(steps.frames) == 38 * 5
    per_round = steps.frames.groupby("period")["value"].sum()
    cumulative = timeline.timeline(store, demo, "province", "ikm_ovop", "cumulative").frames
    # cumulative frames add the rounds up: the last frame holds every award
    assert cumulative[cumulative["period"] == 2024]["value"].sum() == per_round.sum()
    # the demo covers every province: a province without awards in a round is a real 0, never no data
    assert steps.frames["value"].notna().all() and (steps.frames["value"] == 0).any()
    types = timeline.timeline(store, demo, "province", "types", "per_period")
    assert types.periods == list(range(2007, 2025))


def test_timeline_map_holds_every_frame_and_one_legend(store: Store, demo: int) -> None:
    """One spec holds every frame, the geometry once, and one legend of all classes."""
    steps = timeline.timeline(store, demo, "province", "ikm_ovop", "per_period")
    frames = steps.frames[steps.frames["code"].isin(["11", "12", "13", "14"])]
    classes = classify(frames["value"], integer=True)
    labels = {p: f"Putaran {p}" for p in steps.periods}
    spec = maps.timeline_map(SQUARES, frames, classes, title="IKM OVOP per putaran", frame_labels=labels,
                             metric_label="IKM OVOP", provenance=PROVENANCE, lang="id")
    param = spec["params"][0]
    assert param["bind"]["options"] == steps.periods and param["bind"]["labels"][2] == "Putaran 2018"
    lookup = spec["layer"][0]["transform"][1]["lookup"]
    assert lookup == "k"
    rows = spec["layer"][0]["transform"][1]["from"]["data"]["values"]
    assert len(rows) == 4 * 5  # every region in every frame, geometry once
    domain = spec["layer"][0]["encoding"]["color"]["scale"]["domain"]
    assert domain == classes.labels and domain[0] == "0"  # every class of every frame; 0 its own class
    partial = maps.timeline_map(SQUARES, frames[frames["code"] != "14"], classify(
        frames.loc[frames["code"] != "14", "value"], integer=True), title="T", frame_labels=labels,
        metric_label="IKM OVOP", provenance=PROVENANCE, lang="id")
    assert partial["layer"][0]["encoding"]["color"]["scale"]["domain"][-1] == "tidak ada data"  # Riau: no data
    assert "2018-2018" not in str(spec)
    for key in ("png_1280", "svg"):  # draws offline, frame parameter and all
        assert export_images.vega_image(spec, export_images.FORMATS[key])


def test_slide_figures_have_projector_sized_text() -> None:
    """Slide copies of charts have 18 px text and a 26 px title; the page's figure is untouched."""
    from ovop_analytics.ui import present as ui_present

    fig = finish(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])), title="T", x_title="x", y_title="y",
                 provenance=PROVENANCE, lang="id")
    slide = ui_present.slide_figure(fig, 500)
    assert slide.layout.font.size >= 18 and slide.layout.title.font.size >= 26 and slide.layout.height == 500
    assert all(note.font.size >= 18 for note in slide.layout.annotations)
    assert fig.layout.height == 420  # the page's figure is left alone
