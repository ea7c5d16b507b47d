"""Geometry work for boundaries: repair, merge parts per region, and the light display version.

Boundary files in circulation are often invalid (self-intersections) and carry thousands of islets; a
browser map needs neither the defects nor the detail. The display version keeps every region: islets are
dropped but never a region's largest part, neighbours are cleaned into a coverage so that shared borders
stay shared after simplification, and the tolerance grows until the GeoJSON text fits a byte budget.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.errors import GEOSException

MIN_PART_AREA = 0.002  # deg², about 25 km² at the equator: islets below this leave the display layer
COORDINATE_GRID = 1e-4  # deg, about 11 m: 4 decimals in the GeoJSON text
TOLERANCES = (0.01, 0.015, 0.02, 0.03, 0.05, 0.08)  # deg, tried in turn until the text fits its budget
# What a browser may receive per layer (300 KB / 800 KB, counted in 1,000s to be safe either way)
DISPLAY_BUDGET_BYTES = {"province": 300_000, "kabupaten_kota": 800_000}
# The national view of the 514 kabupaten/kota: some 800 px for Indonesia's 46 degrees of longitude make a
# pixel about 0.06 deg, so simplifying at up to 0.08 deg is hardly visible there and cuts what the server
# serialises and the browser parses and draws. A drill-down into one province gets the detailed layer.
OVERVIEW_BUDGET_BYTES = {"kabupaten_kota": 400_000}


def repair(geometries: Sequence[shapely.Geometry]) -> np.ndarray:
    """Valid 2-D MultiPolygons (empty where nothing polygonal is left), fixing self-intersections."""
    flat = shapely.force_2d(np.asarray(geometries, dtype=object))
    valid = shapely.make_valid(flat, method="structure", keep_collapsed=False)
    return np.array([_polygonal(g) for g in valid], dtype=object)


def _polygonal(geometry: shapely.Geometry) -> shapely.MultiPolygon:
    """Only the polygon parts (make_valid may return collections with lines), as one MultiPolygon."""
    if geometry is None or geometry.is_empty:
        return shapely.MultiPolygon()
    parts = [p for p in shapely.get_parts(geometry) if p.geom_type in ("Polygon", "MultiPolygon")]
    polygons = [q for p in parts for q in shapely.get_parts(p)]
    return shapely.MultiPolygon(polygons) if polygons else shapely.MultiPolygon()


def merge(geometries: Sequence[shapely.Geometry]) -> shapely.MultiPolygon:
    """One region from the features that make it up (a file may split a region across rows)."""
    if len(geometries) == 1:
        return _polygonal(geometries[0])
    return _polygonal(shapely.union_all(np.asarray(geometries, dtype=object)))


def drop_islets(geometries: np.ndarray, min_area: float = MIN_PART_AREA) -> np.ndarray:
    """Each region without parts under `min_area`, except its largest part, which always stays."""
    parts, owner = shapely.get_parts(geometries, return_index=True)
    areas = shapely.area(parts)
    keep = areas >= min_area
    for region in np.unique(owner):
        members = np.flatnonzero(owner == region)
        keep[members[np.argmax(areas[members])]] = True
    result = np.empty(len(geometries), dtype=object)
    for region in range(len(geometries)):
        chosen = parts[(owner == region) & keep]
        result[region] = shapely.MultiPolygon(list(chosen)) if len(chosen) else shapely.MultiPolygon()
    return result


@dataclass(frozen=True)
class DisplayLayer:
    text: str  # GeoJSON FeatureCollection, compact
    tolerance: float
    coverage: bool  # True when borders were simplified as a shared coverage


def display_layers(codes: Sequence[str], names: Sequence[str], geometries: np.ndarray,
                   budgets_bytes: Sequence[int]) -> list[DisplayLayer]:
    """The display GeoJSON of repaired region geometries, one per budget: the lightest tolerance whose
    text fits it. The coverage is cleaned once for all. A budget below what the coarsest tolerance gives
    yields that coarsest layer (every region is kept, so it cannot shrink further)."""
    kept = drop_islets(geometries)
    cleaned, coverage = _clean(kept)
    layers = []
    for budget in budgets_bytes:
        text, tolerance = "", TOLERANCES[0]
        for tolerance in TOLERANCES:
            simplified = _simplify(cleaned, kept, tolerance, coverage)
            text = feature_collection(codes, names, simplified)
            if len(text.encode()) <= budget:
                break
        layers.append(DisplayLayer(text, tolerance, coverage))
    return layers


def _clean(kept: np.ndarray) -> tuple[np.ndarray, bool]:
    """A clean coverage (no overlaps, identical shared edges) when GEOS manages; else the input as is."""
    try:
        cleaned = shapely.coverage_clean(kept)
    except GEOSException:
        return kept, False
    lost = shapely.is_empty(cleaned) | ~shapely.is_valid(cleaned)
    cleaned[lost] = kept[lost]  # a region swallowed by an overlapping neighbour keeps its own shape
    return np.array([_polygonal(g) for g in cleaned], dtype=object), True


def _simplify(cleaned: np.ndarray, kept: np.ndarray, tolerance: float, coverage: bool) -> np.ndarray:
    if coverage:
        try:
            simplified = shapely.coverage_simplify(cleaned, tolerance)
        except GEOSException:
            simplified = shapely.simplify(cleaned, tolerance / 2, preserve_topology=True)
    else:
        # Douglas-Peucker removes more than coverage simplification's Visvalingam-Whyatt at one tolerance
        simplified = shapely.simplify(cleaned, tolerance / 2, preserve_topology=True)
    rounded = shapely.set_precision(simplified, COORDINATE_GRID)
    broken = shapely.is_empty(rounded) | ~shapely.is_valid(rounded)
    if broken.any():  # a sliver region rounded away: keep it at full detail rather than lose it
        rounded[broken] = shapely.set_precision(kept[broken], COORDINATE_GRID)
    still = shapely.is_empty(rounded)
    rounded[still] = kept[still]
    return np.array([_polygonal(g) for g in rounded], dtype=object)


def feature_collection(codes: Sequence[str], names: Sequence[str], geometries: Sequence[shapely.Geometry],
                       extra: Sequence[dict[str, object]] | None = None) -> str:
    """Compact GeoJSON text: feature `id` and property `code` = Kemendagri code, property `name`."""
    rounded = shapely.transform(np.asarray(geometries, dtype=object),
                                lambda xy: np.round(xy, 4))  # short decimal text for on-grid values
    features = []
    for index, (code, name, geometry) in enumerate(zip(codes, names, rounded, strict=True)):
        properties: dict[str, object] = {"code": code, "name": name}
        if extra is not None:
            properties.update(extra[index])
        head = json.dumps({"type": "Feature", "id": code, "properties": properties},
                          ensure_ascii=False, separators=(",", ":"))
        features.append(f'{head[:-1]},"geometry":{shapely.to_geojson(geometry)}}}')
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"
