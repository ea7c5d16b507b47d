"""Choropleth and tile-grid maps as Vega-Lite specs that draw with no network.

Plotly's `geo` traces fetch a world topojson from a CDN and stay blank offline. These maps are
Vega-Lite `geoshape` layers with the regions' GeoJSON inline (no tiles, no basemap, nothing fetched),
drawn as SVG: one path per region, each filled with its class colour. Vega ships with Streamlit and
starts in about a third of the time plotly.js needs, so a map page opens nearly as fast as a bare page.

Every map carries what `charts.finish` gives plotly charts: a title, the source line naming dataset and
source, and the watermark on synthetic data. Text from uploads is only ever set as Vega text (never
markup), and the tooltip renderer escapes it.
"""

from __future__ import annotations

import json
import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from ovop_analytics import numbers
from ovop_analytics.charts import Provenance, source_text
from ovop_analytics.charts.classify import NO_DATA_COLOUR, NO_DATA_HATCH, Classes
from ovop_analytics.i18n import t

TITLE_FONT_SIZE = 16
SOURCE_FONT_SIZE = 11
LEGEND_LABEL_LIMIT = 240
CHROME_PX = 70  # title above the map and source line below it
SUBTITLE_PX = 20


def _bbox(features: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    """West, south, east, north of the features' outer rings."""
    rings = []
    for feature in features:
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        rings.extend(polygon[0] for polygon in polygons if polygon)
    if not rings:
        return 0.0, 0.0, 0.0, 0.0
    points = np.concatenate([np.asarray(ring, dtype=float) for ring in rings])
    (west, south), (east, north) = points.min(axis=0), points.max(axis=0)
    return float(west), float(south), float(east), float(north)


def _mercator_y(lat: float) -> float:
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def map_height(features: list[dict[str, Any]], width_px: int = 800) -> int:
    """Height that fits the regions' shape into a map about `width_px` wide (Mercator, clamped)."""
    west, south, east, north = _bbox(features)
    aspect = (_mercator_y(north) - _mercator_y(south)) / max(east - west, 0.05)
    return int(min(max(width_px * aspect, 280), 620))


def _value_text(values: pd.Series, lang: str, fmt: str) -> list[str]:
    return [numbers.with_spec(v, fmt, lang, missing=t("common_no_data", lang)) for v in values]


def _classes_shown(cls: pd.Series, classes: Classes, lang: str) -> tuple[list[str], list[str]]:
    """Legend entries (labels with class bounds) and their colours, for the classes on the map, in
    order, and 'no data' (grey) last when some region has none."""
    present = set(cls)
    domain = [label for i, label in enumerate(classes.labels) if i in present]
    colours = [colour for i, colour in enumerate(classes.colours) if i in present]
    if -1 in present:
        domain.append(t("common_no_data", lang))
        colours.append(NO_DATA_COLOUR)
    return domain, colours


def _class_labels(cls: pd.Series, classes: Classes, lang: str) -> list[str]:
    """Each region's legend entry: its class label, or 'no data' for class -1."""
    no_data = t("common_no_data", lang)
    return [classes.labels[c] if c >= 0 else no_data for c in cls]


def _colour_encoding(domain: list[str], colours: list[str], metric_label: str, lang: str) -> dict[str, Any]:
    """Colour by class; regions without data hatched (`NO_DATA_HATCH`) instead of their flat grey."""
    no_data = t("common_no_data", lang)
    hatch = {"condition": {"test": f"datum['class'] == {_js(no_data)}", "value": NO_DATA_HATCH}} if no_data in domain else {}
    return {**hatch, "field": "class", "type": "nominal", "title": t("map_class", lang),
            "scale": {"domain": domain, "range": colours},
            "legend": {"title": metric_label, "orient": "right", "symbolType": "square", "symbolSize": 180,
                       "labelLimit": LEGEND_LABEL_LIMIT, "titleLimit": LEGEND_LABEL_LIMIT, "labelFontSize": 12,
                       "titleFontSize": 12}}


def _tooltip(metric_label: str, lang: str) -> list[dict[str, str]]:
    return [{"field": "name", "title": t("common_col_region", lang)},
            {"field": "code", "title": t("common_col_region_code", lang)},
            {"field": "value", "title": metric_label},
            {"field": "dataset", "title": t("dataset", lang)},
            {"field": "source", "title": t("common_col_source", lang)}]


def _title(title: str, note: str | None) -> dict[str, Any]:
    spec: dict[str, Any] = {"text": title, "anchor": "start", "fontSize": TITLE_FONT_SIZE, "offset": 12}
    if note:
        spec.update(subtitle=note, subtitleFontSize=12, subtitleColor="#333333")
    return spec


def _decorations(provenance: Provenance, lang: str) -> list[dict[str, Any]]:
    """Text layers every map carries: the source line under the map and, on synthetic data, the
    watermark across it (the same words `charts.finish` puts on plotly charts)."""
    layers: list[dict[str, Any]] = [{
        "data": {"values": [{}]},
        "mark": {"type": "text", "text": source_text(provenance, lang), "align": "left", "baseline": "top",
                 "x": 0, "y": {"expr": "height + 10"}, "fontSize": SOURCE_FONT_SIZE, "color": "#555555",
                 "limit": {"expr": "width"}},
    }]
    if provenance.is_synthetic:
        layers.append({
            "data": {"values": [{}]},
            "mark": {"type": "text", "text": t("common_synthetic_watermark", lang).upper(), "align": "center",
                     "baseline": "middle", "x": {"expr": "width / 2"}, "y": {"expr": "height / 2"},
                     "angle": 342, "fontSize": 26, "fontWeight": "bold", "color": "#b00020", "opacity": 0.18},
        })
    return layers


def _spec(title: dict[str, Any], height: int, layers: list[dict[str, Any]], lang: str, **extra: Any) -> dict[str, Any]:
    # SVG, not canvas: every region is a path a test (and a screen reader) can find; Streamlit would
    # switch large maps to canvas otherwise.
    return {"usermeta": {"embedOptions": {"renderer": "svg"}}, "title": title, "height": height,
            "padding": {"left": 5, "right": 5, "top": 5, "bottom": 30},
            "config": {"view": {"stroke": None}, "locale": {"number": numbers.vega_format_locale(lang)}},
            "layer": layers, **extra}


REGION_FIELDS = ("code", "name", "class", "value", "dataset", "source")
GEOMETRY_FORMAT = {"type": "json", "property": "features"}  # Vega parses the shapes' text as GeoJSON
_GEOMETRY_TEXT_ENTRIES = 128
# key: the ids of a layer's feature dicts -> (those dicts, kept alive so no id is reused; their text)
_geometry_texts: OrderedDict[tuple[int, ...], tuple[tuple[dict[str, Any], ...], str]] = OrderedDict()
_geometry_lock = threading.Lock()


def geometry_text(features: list[dict[str, Any]]) -> str:
    """The features (id, code and name, geometry) as GeoJSON text, made once per set of feature dicts.

    Boundary layers are shared read-only by every session (`geo.shared_display_layer`), so the same
    feature objects come back on every page view; writing their coordinates as JSON cost tens of ms per
    map per view, and Streamlit parsed them back once more. Inline as one string, the coordinates pass
    through Streamlit's JSON untouched and Vega parses them in the browser."""
    key = tuple(map(id, features))
    with _geometry_lock:
        cached = _geometry_texts.get(key)
        if cached is not None:
            _geometry_texts.move_to_end(key)
            return cached[1]
    text = json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "id": f["id"], "properties": {"code": f["id"], "name": f["properties"].get("name", f["id"])},
         "geometry": f["geometry"]} for f in features]}, separators=(",", ":"))
    with _geometry_lock:
        _geometry_texts[key] = (tuple(features), text)
        while len(_geometry_texts) > _GEOMETRY_TEXT_ENTRIES:
            _geometry_texts.popitem(last=False)
    return text


def geometry_data(features: list[dict[str, Any]]) -> dict[str, Any]:
    """Vega-Lite inline data of the features: the GeoJSON as text, parsed by Vega (format json)."""
    return {"values": geometry_text(features), "format": dict(GEOMETRY_FORMAT)}


def shapes_by_url(spec: dict[str, Any], url_of: Callable[[str], str | None]) -> dict[str, Any]:
    """A copy of a map spec whose inline shapes (`geometry_data`) are named by URL instead, where
    `url_of(text)` gives one (None keeps that layer inline). Only the layers' data blocks are new dicts:
    the rest is shared with `spec`, which stays whole for image exports (drawn on the server, offline)."""
    def swap(layer: dict[str, Any]) -> dict[str, Any]:
        data = layer.get("data")
        if isinstance(data, dict) and isinstance(data.get("values"), str) and data.get("format") == GEOMETRY_FORMAT:
            url = url_of(data["values"])
            if url is not None:
                layer = {**layer, "data": {"url": url, "format": dict(GEOMETRY_FORMAT)}}
        if isinstance(layer.get("layer"), list):
            layer = {**layer, "layer": [swap(inner) for inner in layer["layer"]]}
        return layer

    return swap(spec)


def geometry_features(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The features of `geometry_data` (for tests and exports that read shapes back)."""
    values = data["values"]
    return json.loads(values)["features"] if isinstance(values, str) else values


def choropleth(geojson: dict[str, Any], frame: pd.DataFrame, classes: Classes, *, title: str,
               metric_label: str, provenance: Provenance, lang: str, value_format: str = ",.3g",
               note: str | None = None, width_px: int = 800) -> dict[str, Any]:
    """A Vega-Lite choropleth of `geojson` (feature id = Kemendagri code) coloured by `classes`.

    `frame` has code, name, value (NaN = no data) and the rows `classes` was computed from. Regions of
    the layer missing from `frame` are drawn as no data too, never as zero. The shapes travel as one
    cached GeoJSON text (`geometry_data`); each region's name, class and value join them by code from a
    small table of rows (`region_rows` reads it back).
    """
    rows = frame.set_index("code")
    cls = classes.index.set_axis(frame["code"].to_numpy())
    features = geojson["features"]
    codes = [feature["id"] for feature in features]
    region_cls = cls.reindex(codes).fillna(-1).astype(int)
    domain, colours = _classes_shown(region_cls, classes, lang)
    names = rows["name"].reindex(codes)
    values = _value_text(rows["value"].reindex(codes), lang, value_format)
    table = [{"code": code, "name": name if isinstance(name, str) else feature["properties"]["name"],
              "class": label, "value": value, "dataset": provenance.dataset, "source": provenance.source}
             for code, feature, name, label, value in zip(codes, features, names,
                                                         _class_labels(region_cls, classes, lang), values)]
    regions = {
        "data": geometry_data(features),
        "transform": [{"lookup": "id", "from": {"data": {"values": table}, "key": "code",
                                                "fields": list(REGION_FIELDS)}}],
        "mark": {"type": "geoshape", "stroke": "#ffffff", "strokeWidth": 0.5},
        "encoding": {"color": _colour_encoding(domain, colours, metric_label, lang),
                     "tooltip": _tooltip(metric_label, lang)},
    }
    # Streamlit fits the whole chart (title and source line included) into `height`.
    height = map_height(features, width_px) + CHROME_PX + (SUBTITLE_PX if note else 0)
    return _spec(_title(title, note), height, [regions, *_decorations(provenance, lang)], lang,
                 projection={"type": "mercator"})


def region_rows(regions: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows (code, name, class, value, dataset, source) a choropleth's regions layer joins to its
    shapes: the list itself, so a caller may change a region's tooltip text before drawing."""
    return regions["transform"][0]["from"]["data"]["values"]


def tile_map(grid: pd.DataFrame, frame: pd.DataFrame, classes: Classes, *, title: str, metric_label: str,
             provenance: Provenance, lang: str, value_format: str = ",.3g") -> dict[str, Any]:
    """Equal squares per province (grid: code, short, row, col), coloured by class; frame: code, name,
    value. Short labels are white on the two darkest classes."""
    cls = pd.Series(classes.index.to_numpy(), index=frame["code"].to_numpy())
    tiles = grid.merge(frame[["code", "value"]], on="code", how="left")
    tiles["cls"] = tiles["code"].map(cls).fillna(-1).astype(int)
    domain, colours = _classes_shown(tiles["cls"], classes, lang)
    dark_from = max(len(classes.labels) - 2, 1)
    rows = [{"code": code, "short": short, "name": name, "row": int(row), "col": int(col), "class": label,
             "dark": bool(c >= dark_from), "value": value, "dataset": provenance.dataset, "source": provenance.source}
            for code, short, name, row, col, c, label, value in zip(
                tiles["code"], tiles["short"], tiles["name"], tiles["row"], tiles["col"], tiles["cls"],
                _class_labels(tiles["cls"], classes, lang), _value_text(tiles["value"], lang, value_format))]
    columns, lines = int(grid["col"].max()), int(grid["row"].max())
    x = {"type": "quantitative", "axis": None, "scale": {"domain": [-0.5, columns + 0.5], "nice": False}}
    y = {"type": "quantitative", "axis": None, "scale": {"domain": [lines + 0.5, -0.5], "nice": False}}
    squares = {
        "data": {"values": rows},
        "transform": [{"calculate": "datum.col - 0.46", "as": "x0"}, {"calculate": "datum.col + 0.46", "as": "x1"},
                      {"calculate": "datum.row - 0.46", "as": "y0"}, {"calculate": "datum.row + 0.46", "as": "y1"}],
        "layer": [
            {"mark": {"type": "rect", "cornerRadius": 3},
             "encoding": {"x": {**x, "field": "x0"}, "x2": {"field": "x1"}, "y": {**y, "field": "y0"},
                          "y2": {"field": "y1"}, "color": _colour_encoding(domain, colours, metric_label, lang),
                          "tooltip": _tooltip(metric_label, lang)}},
            {"mark": {"type": "text", "fontSize": 10, "fontWeight": "bold"},
             "encoding": {"x": {**x, "field": "col"}, "y": {**y, "field": "row"}, "text": {"field": "short"},
                          "color": {"condition": {"test": "datum.dark", "value": "#ffffff"}, "value": "#222222"},
                          "tooltip": _tooltip(metric_label, lang)}},
        ],
    }
    return _spec(_title(title, None), 460 + CHROME_PX, [squares, *_decorations(provenance, lang)], lang)


def timeline_map(geojson: dict[str, Any], frames: pd.DataFrame, classes: Classes, *, title: str,
                 frame_labels: dict[int, str], metric_label: str, provenance: Provenance, lang: str,
                 value_format: str = ",.0f", width_px: int = 800, chrome_px: int = CHROME_PX) -> dict[str, Any]:
    """One Vega-Lite map holding every frame of a timeline (award rounds or designation years); the
    frame shown is a Vega parameter bound to radio buttons (a list for many frames), so stepping and
    playing run in the browser with no server round trip.

    `frames` has code, period, value (NaN = no data) for every region and period; `classes` was computed
    once over all frames' values (same row order), so a colour means the same value in every frame and
    the legend lists every class whatever the frame. `frame_labels` names each period ("Putaran 2018"):
    the title shows the label of the frame on screen.
    """
    periods = sorted(frame_labels)
    no_data = t("common_no_data", lang)
    labels = [classes.labels[c] if c >= 0 else no_data for c in classes.index.to_numpy()]
    values = _value_text(frames["value"], lang, value_format)
    rows = [{"k": f"{code}|{int(period)}", "class": label, "value": value}
            for code, period, label, value in zip(frames["code"], frames["period"], labels, values)]
    domain, colours = list(classes.labels), list(classes.colours)
    if (classes.index < 0).any() or set(frames["code"]) != {f["id"] for f in geojson["features"]}:
        domain.append(no_data)
        colours.append(NO_DATA_COLOUR)
    legend_title = [metric_label, t("pres_timeline_same_classes", lang)]
    colour = _colour_encoding(domain, colours, metric_label, lang)
    colour["legend"]["title"] = legend_title
    regions = {
        "data": geometry_data(geojson["features"]),
        "transform": [
            {"calculate": "datum.id + '|' + frame", "as": "k"},
            {"lookup": "k", "from": {"data": {"values": rows}, "key": "k", "fields": ["class", "value"]},
             "default": None},
            {"calculate": f"datum['class'] == null ? {_js(no_data)} : datum['class']", "as": "class"},
            {"calculate": f"datum['value'] == null ? {_js(no_data)} : datum['value']", "as": "value"},
            {"calculate": _js(provenance.dataset), "as": "dataset"},
            {"calculate": _js(provenance.source), "as": "source"},
        ],
        "mark": {"type": "geoshape", "stroke": "#ffffff", "strokeWidth": 0.5},
        "encoding": {"color": {**colour, "field": "class"},
                     "tooltip": [{"field": "properties.name", "title": t("common_col_region", lang)},
                                 {"field": "properties.code", "title": t("common_col_region_code", lang)},
                                 {"field": "value", "title": metric_label},
                                 {"field": "dataset", "title": t("dataset", lang)},
                                 {"field": "source", "title": t("common_col_source", lang)}]},
    }
    label_expr = " : ".join([f"frame == {p} ? {_js(frame_labels[p])}" for p in periods[:-1]]
                            + [_js(frame_labels[periods[-1]])])
    binding: dict[str, Any] = {"input": "radio" if len(periods) <= 8 else "select", "options": periods,
                               "labels": [frame_labels[p] for p in periods], "name": t("pres_timeline_frame", lang) + " "}
    spec = _spec({**_title(title, None), "subtitle": {"expr": label_expr}, "subtitleFontSize": 15,
                  "subtitleFontWeight": "bold", "subtitleColor": "#222222"},
                 map_height(geojson["features"], width_px) + chrome_px + SUBTITLE_PX,
                 [regions, *_decorations(provenance, lang)], lang, projection={"type": "mercator"})
    spec["params"] = [{"name": "frame", "value": periods[-1], "bind": binding}]
    spec["usermeta"]["timeline"] = {"periods": periods}
    return spec


def _js(text: str) -> str:
    """A string literal for a Vega expression (JSON's quoting is valid there)."""
    return json.dumps(text)
