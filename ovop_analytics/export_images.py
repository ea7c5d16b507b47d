"""Slide-ready images of charts and maps: PNG at 1920x1080 or 1280x720 and SVG, made offline.

Maps (Vega-Lite specs) are drawn on the server with vl-convert (no browser, no network; the data is
inline in the spec). A spec is laid out at 1280x720 with its text enlarged for a projector, and the
1920x1080 PNG is the same layout drawn at 1.5x, so both sizes read alike. Plotly charts are exported by
plotly.js in the browser: `plotly_image_options` gives the settings of its camera button, laid out the
same way.

Used by the pages (download buttons), presentation mode and the briefing work. Plotly charts are laid
out at 960x540 and drawn at 2x or 4/3, so their text is as large on the slide as the maps'.
"""

from __future__ import annotations

import copy
import json
import math
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np
import vl_convert

from ovop_analytics.charts.maps import GEOMETRY_FORMAT

LAYOUT = (1280, 720)  # maps are laid out at this size (16:9), their text enlarged by FONT_SCALE
FONT_SCALE = 1.6  # map text at the layout size: legend labels 19 px, title 26 px
# Plotly charts keep the page's layout (12 px text) and are laid out at 960x540, then drawn at 2x for
# 1920x1080 and 4/3 for 1280x720: text of 24 px and 16 px, legend and source line where the page has them.
PLOTLY_LAYOUT = (960, 540)


@dataclass(frozen=True)
class ImageFormat:
    """One downloadable image: its key, file extension, pixel size and scale over the 1280x720 layout."""

    key: str
    extension: str
    width: int
    height: int
    scale: float

    @property
    def mime(self) -> str:
        return "image/svg+xml" if self.extension == "svg" else "image/png"


FORMATS: dict[str, ImageFormat] = {
    "png_1920": ImageFormat("png_1920", "png", 1920, 1080, 1.5),
    "png_1280": ImageFormat("png_1280", "png", 1280, 720, 1.0),
    "svg": ImageFormat("svg", "svg", 1280, 720, 1.0),
}

_SCALED_KEYS = {"fontSize", "labelFontSize", "titleFontSize", "subtitleFontSize", "labelLimit", "titleLimit",
                "offset"}


def file_name(title: str, dataset: str, image_format: ImageFormat, synthetic: bool = False) -> str:
    """A file name from the chart's title and the dataset: `ikm-ovop-jawa-tengah_demo_SINTETIS_1920x1080.png`."""
    def slug(text: str) -> str:
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80] or "chart"

    size = "" if image_format.extension == "svg" else f"_{image_format.width}x{image_format.height}"
    suffix = "_SINTETIS" if synthetic else ""
    return f"{slug(title)}_{slug(dataset)}{suffix}{size}.{image_format.extension}"


def scale_text(node: Any, factor: float) -> Any:
    """A copy of a spec tree with every font size and text limit multiplied by `factor` (symbol areas by
    its square), expressions and data left alone."""
    if isinstance(node, list):
        return [scale_text(item, factor) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "data":
            out[key] = value
        elif key in _SCALED_KEYS and isinstance(value, (int, float)):
            out[key] = round(value * factor, 1)
        elif key == "symbolSize" and isinstance(value, (int, float)):
            out[key] = round(value * factor * factor)
        else:
            out[key] = scale_text(value, factor)
    return out


def slide_spec(spec: dict[str, Any], width: int = LAYOUT[0], height: int = LAYOUT[1],
               font_scale: float = FONT_SCALE) -> dict[str, Any]:
    """The map spec laid out to exactly `width` x `height` pixels, title, legend and source line inside,
    text enlarged by `font_scale` for a projector."""
    out = scale_text(copy.copy(spec), font_scale)
    padding = dict(spec.get("padding") or {})
    out["padding"] = {"left": 16, "right": 16, "top": 12, "bottom": max(int(padding.get("bottom", 30) * font_scale), 40)}
    out["width"], out["height"] = width, height
    out["autosize"] = {"type": "fit", "contains": "padding"}
    out.setdefault("background", "#ffffff")
    return out


# An image is drawn once, so what only serves the page's interaction is left out of it: tooltips and each
# region's accessible label (a description per path, which Vega builds and writes for all 514 regions).
# Coordinates are rounded to a grid of at most a quarter of a pixel of the 1920x1080 image: GeoJSON in
# 4 decimals (11 m) draws the national map's 46 degrees of longitude on some 1,700 px, where 0.01 deg is
# 0.4 px. Rounding every region with the same grid keeps shared borders shared, and dropping the points
# the rounding makes repeat leaves less for Vega to project and for the rasteriser to fill.
# Mercator maps get their coordinates projected here, once per process, and Vega an identity projection:
# the same picture (10 of 2 million pixels differ, at edges), without Vega's spherical clipping and
# resampling of every point three times per image (fitting, bounds, drawing), which was half of its work.
SUBPIXEL = 0.25  # px of the largest image
_LARGEST_WIDTH = max(f.width for f in FORMATS.values())
_FEATURES_TOKEN = "\u0000ovop-features-{}\u0000"

# (id of a GeoJSON geometry dict, decimals, projected) -> (the dict, its rounded JSON text). Boundaries
# are public data shared by every session (geo.shared_display_layer), so one process-wide copy leaks nothing; the
# dict is held so that its id cannot be reused while the entry lives. Bounded: least recently used go.
_GEOMETRY_TEXT: OrderedDict[tuple[int, int, bool], tuple[dict[str, Any], str]] = OrderedDict()
_GEOMETRY_TEXT_MAX = 4096
_BOUNDS: OrderedDict[int, tuple[dict[str, Any], tuple[float, float, float, float]]] = OrderedDict()
_CACHE_LOCK = threading.Lock()  # downloads are made on Streamlit's threads, several at once


def _cached(cache: OrderedDict, key: Any, geometry: Any, make: Any) -> Any:
    with _CACHE_LOCK:
        hit = cache.get(key)
        if hit is not None and hit[0] is geometry:
            cache.move_to_end(key)
            return hit[1]
    value = make(geometry)
    with _CACHE_LOCK:
        cache[key] = (geometry, value)
        while len(cache) > (_GEOJSON_TEXT_MAX if cache is _GEOJSON_TEXT else _GEOMETRY_TEXT_MAX):
            cache.popitem(last=False)
    return value


def _polygons(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    kind = geometry.get("type")
    if kind == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"] if kind == "MultiPolygon" else []


def _geometry_bounds(geometry: dict[str, Any], cached: bool = True) -> tuple[float, float, float, float]:
    def make(g: dict[str, Any]) -> tuple[float, float, float, float]:
        rings = [np.asarray(ring, dtype=float) for polygon in _polygons(g) for ring in polygon if len(ring)]
        if not rings:
            return (0.0, 0.0, 0.0, 0.0)
        points = np.concatenate(rings)
        (west, south), (east, north) = points.min(axis=0), points.max(axis=0)
        return (float(west), float(south), float(east), float(north))
    return _cached(_BOUNDS, id(geometry), geometry, make) if cached else make(geometry)


def _signed_area(points: np.ndarray) -> float:
    x, y = points[:, 0], points[:, 1]
    return float(np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1])) / 2


def _round_ring(ring: list[list[float]], decimals: int) -> list[list[float]] | None:
    """The ring on the grid without the points that now repeat; None when it shrank below a grid cell
    or turned over (Vega's spherical drawing reads a reversed ring as the whole globe around it)."""
    original = np.asarray(ring, dtype=float)
    points = np.round(original, decimals)
    if len(points) > 1:
        points = points[np.r_[True, np.any(points[1:] != points[:-1], axis=1)]]
    if len(points) < 4:
        return None
    area, before = _signed_area(points), _signed_area(original)
    if abs(area) < 10.0 ** (-2 * decimals) or (area > 0) != (before > 0):
        return None
    return points.tolist()


def _mercator(ring: list[list[float]]) -> np.ndarray:
    """Longitude and Mercator y, both in degrees (y stretched away from the equator as Vega's Mercator)."""
    points = np.asarray(ring, dtype=float)
    latitude = np.radians(np.clip(points[:, 1], -85.0, 85.0))
    return np.column_stack([points[:, 0], np.degrees(np.log(np.tan(np.pi / 4 + latitude / 2)))])


def _oriented(ring: list[list[float]], exterior: bool) -> list[list[float]]:
    """Exteriors counter-clockwise, holes clockwise (in longitude/latitude), whatever the file had."""
    clockwise = _signed_area(np.asarray(ring)) < 0
    return ring[::-1] if clockwise == exterior else ring


def _rounded_text(geometry: dict[str, Any], decimals: int, mercator: bool, cached: bool = True) -> str:
    def make(g: dict[str, Any]) -> str:
        if g.get("type") not in ("Polygon", "MultiPolygon"):
            return json.dumps(g, separators=(",", ":"))
        polygons = []
        for polygon in _polygons(g):
            rings = [_round_ring(_mercator(ring) if mercator else ring, decimals) for ring in polygon]
            if rings and rings[0] is not None:  # an exterior smaller than the grid is not drawn
                # drawn flat (not on the sphere), a hole is a hole when it turns against its exterior
                polygons.append([_oriented(ring, exterior=index == 0) for index, ring in enumerate(rings)
                                 if ring is not None])
        if not polygons:  # a whole region below the grid: keep it as it is rather than lose it
            polygons = [[(_mercator(ring) if mercator else np.asarray(ring, dtype=float)).tolist()
                         for ring in polygon] for polygon in _polygons(g)]
        return json.dumps({"type": "MultiPolygon", "coordinates": polygons}, separators=(",", ":"))
    if not cached:
        return make(geometry)
    return _cached(_GEOMETRY_TEXT, (id(geometry), decimals, mercator), geometry, make)


def _decimals(features: list[dict[str, Any]], cached: bool = True) -> int:
    """Decimals of a grid no coarser than SUBPIXEL of the largest image across the features' extent."""
    bounds = np.array([_geometry_bounds(f["geometry"], cached) for f in features if f.get("geometry")])
    if not len(bounds):
        return 4
    extent = max(bounds[:, 2].max() - bounds[:, 0].min(), bounds[:, 3].max() - bounds[:, 1].min(), 1e-6)
    step = extent / _LARGEST_WIDTH * SUBPIXEL
    return min(max(math.ceil(-math.log10(step)), 0), 6)


def _is_features(values: Any) -> bool:
    return isinstance(values, list) and bool(values) and isinstance(values[0], dict) \
        and values[0].get("type") == "Feature" and "geometry" in values[0]


def _used_properties(layer: dict[str, Any]) -> set[str] | None:
    """The feature properties a layer draws (`properties.class` -> class; tooltips are left out of
    images), or None when it transforms its data or reads other fields (then every property stays)."""
    if layer.get("transform"):
        return None
    encoding = {k: v for k, v in (layer.get("encoding") or {}).items() if k != "tooltip"}
    fields = re.findall(r'"field": "([^"]*)"', json.dumps(encoding))
    if not all(field.startswith("properties.") for field in fields):
        return None
    return {field.removeprefix("properties.") for field in fields}


def _features_text(features: list[dict[str, Any]], keep: set[str] | None, mercator: bool,
                   cached: bool = True) -> str:
    """The features as a JSON array, geometry rounded (and projected); `cached`: per geometry dict, for
    the shared boundary layers' own dicts (not for dicts parsed just now)."""
    decimals = _decimals(features, cached)
    parts = []
    for feature in features:
        properties = feature.get("properties") or {}
        if keep is not None:
            properties = {k: v for k, v in properties.items() if k in keep}
        head = {"type": "Feature", "properties": properties}
        if keep is None and "id" in feature:
            head["id"] = feature["id"]
        geometry = feature.get("geometry")
        text = _rounded_text(geometry, decimals, mercator, cached) if geometry else "null"
        parts.append(json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1] + f',"geometry":{text}}}')
    return "[" + ",".join(parts) + "]"


# (id of a map's GeoJSON text, projected) -> (the text, its features for the image as a JSON array): maps
# carry their shapes as one GeoJSON text cached per boundary layer (charts.maps.geometry_text), public.
_GEOJSON_TEXT: OrderedDict[tuple[int, bool], tuple[str, str]] = OrderedDict()
_GEOJSON_TEXT_MAX = 32


def _geojson_text_features(text: str, mercator: bool) -> str:
    return _cached(_GEOJSON_TEXT, (id(text), mercator), text,
                   lambda t: _features_text(json.loads(t)["features"], None, mercator, cached=False))


def image_spec_text(spec: dict[str, Any]) -> str:
    """The Vega-Lite JSON text vl-convert draws: `slide_spec` without tooltips and per-region accessible
    labels, GeoJSON features with rounded geometry (cached per process) and only the properties drawn;
    a Mercator map's geometry comes projected, under Vega's identity projection."""
    features: list[str] = []
    laid_out = slide_spec(spec)
    mercator = laid_out.get("projection") == {"type": "mercator"}
    if mercator:
        laid_out["projection"] = {"type": "identity", "reflectY": True}

    def strip(node: Any, keep: set[str] | None = None) -> Any:
        if isinstance(node, list):
            return [strip(item, keep) for item in node]
        if not isinstance(node, dict):
            return node
        if "mark" in node or "layer" in node:
            keep = _used_properties(node) if "encoding" in node else keep
        out = {}
        for key, value in node.items():
            if key == "tooltip":
                continue
            if key == "data" and isinstance(value, dict) and _is_features(value.get("values")):
                features.append(_features_text(value["values"], keep, mercator))
                out[key] = {**value, "values": _FEATURES_TOKEN.format(len(features) - 1)}
            elif key == "data" and isinstance(value, dict) and isinstance(value.get("values"), str) \
                    and value.get("format") == GEOMETRY_FORMAT:  # shapes as one GeoJSON text: inline them
                features.append(_geojson_text_features(value["values"], mercator))
                out[key] = {"values": _FEATURES_TOKEN.format(len(features) - 1)}
            elif key == "mark" and (value == "geoshape" or isinstance(value, dict) and value.get("type") == "geoshape"):
                out[key] = {**({"type": value} if isinstance(value, str) else value), "aria": False}
            elif key == "data":
                out[key] = value
            else:
                out[key] = strip(value, keep)
        return out

    text = json.dumps(strip(laid_out), ensure_ascii=False, separators=(",", ":"))
    for index, part in enumerate(features):
        text = text.replace(json.dumps(_FEATURES_TOKEN.format(index)), part, 1)
    return text


def vega_image(spec: dict[str, Any], image_format: ImageFormat) -> bytes:
    """PNG or SVG bytes of a Vega-Lite map at the format's size, drawn offline by vl-convert (its one
    converter, started on the first call, serves every later one)."""
    text = image_spec_text(spec)
    if image_format.extension == "svg":
        return vl_convert.vegalite_to_svg(text, allowed_base_urls=[]).encode("utf-8")
    return vl_convert.vegalite_to_png(text, scale=image_format.scale, allowed_base_urls=[])


def plotly_image_options(title: str, dataset: str, image_format: ImageFormat,
                         synthetic: bool = False) -> dict[str, Any]:
    """plotly.js's camera-button settings (`config["toImageButtonOptions"]`) for one image format: laid
    out at 960x540 and drawn at the scale that gives the format's size, named from the chart's title and
    dataset."""
    name = file_name(title, dataset, image_format, synthetic).rsplit(".", 1)[0]
    scale = 1 if image_format.extension == "svg" else image_format.width / PLOTLY_LAYOUT[0]
    return {"format": image_format.extension, "filename": name, "width": PLOTLY_LAYOUT[0],
            "height": PLOTLY_LAYOUT[1], "scale": scale}
