"""Installed boundary layers as the map pages use them: manifests, display GeoJSON, parent footprints.

Layout under `config.data_dir()/boundaries/`: `<level>.json` is the manifest and the commit point of an
install; it names the directory `<level>-<id>/` that holds `display.geojson` (what the browser gets)
and `full.parquet` (the repaired full-detail GeoParquet). Replacing the manifest is one atomic rename,
so a reader sees the old layer or the new one, never half of one.

Nothing here imports geopandas: the pages' hot path is reading a JSON text.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from ovop_analytics import config
from ovop_analytics.errors import BoundaryError, InvalidArgumentError
from ovop_analytics.regions import by_code, provinces, territory_in

LEVELS = ("province", "kabupaten_kota")
DISPLAY_FILE = "display.geojson"
# A lighter copy of a level for the national view (kabupaten/kota only): the drill-down into one province
# keeps the detailed display layer. Installs made before it existed have none; the display layer serves.
OVERVIEW_FILE = "overview.geojson"
FULL_FILE = "full.parquet"


@dataclass(frozen=True)
class Manifest:
    """What one installed level holds and where it came from."""

    level: str
    source: str  # the path or URL given to the installer
    sha256: str  # of the source file as read
    installed_at: str  # ISO 8601, UTC
    format: str
    layer: str  # the source layer used
    features: int  # regions in the installed layer
    matched: int
    unmatched: list[str] = field(default_factory=list)  # source names that matched no region
    missing: list[str] = field(default_factory=list)  # gazetteer codes with no geometry
    display_bytes: int = 0
    full_bytes: int = 0
    tolerance: float = 0.0  # simplification tolerance of the display layer, degrees
    overview_bytes: int = 0  # the national-view copy (OVERVIEW_FILE); 0 when there is none
    overview_tolerance: float = 0.0
    directory: str = ""  # the layer's directory, relative to boundaries_dir()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Manifest:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def check_level(level: str) -> str:
    if level not in LEVELS:
        raise InvalidArgumentError(f"Boundary level must be 'province' or 'kabupaten_kota', not '{level}'.")
    return level


def boundaries_dir() -> Path:
    """Where installed boundaries live; created on first use."""
    path = config.data_dir() / "boundaries"
    path.mkdir(parents=True, exist_ok=True)
    return path


def manifest_path(level: str) -> Path:
    return boundaries_dir() / f"{check_level(level)}.json"


def read_manifest(level: str) -> Manifest | None:
    """The manifest of an installed level, or None when that level is not installed."""
    path = manifest_path(level)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, json.JSONDecodeError) as error:
        raise BoundaryError(f"The boundary manifest {path} is unreadable ({error}); reinstall with "
                            f"`ovop-analytics boundaries install --from FILE --level {level}`.") from error
    return Manifest.from_dict(data)


def installed_levels() -> dict[str, Manifest]:
    """Manifest per installed level ('province', 'kabupaten_kota'); levels not installed are absent."""
    return {level: manifest for level in LEVELS if (manifest := read_manifest(level)) is not None}


def layer_dir(manifest: Manifest) -> Path:
    return boundaries_dir() / manifest.directory


# (level, file) -> (manifest file mtime_ns, directory, text): each file is read once per install
_TEXT_CACHE: dict[tuple[str, str], tuple[int, str, str]] = {}


def display_geojson_text(level: str, overview: bool = False) -> str | None:
    """The display layer of `level` as GeoJSON text (what a browser receives), or None if not installed.
    `overview`: the lighter national-view copy when the install has one."""
    path = manifest_path(level)
    for _attempt in range(2):  # an install may swap the layer between reading the manifest and the file
        try:
            stamp = path.stat().st_mtime_ns
        except FileNotFoundError:
            return None
        manifest = read_manifest(level)
        if manifest is None:
            return None
        name = OVERVIEW_FILE if overview and manifest.overview_bytes else DISPLAY_FILE
        cached = _TEXT_CACHE.get((level, name))
        if cached and cached[0] == stamp and cached[1] == manifest.directory:
            return cached[2]
        try:
            text = (layer_dir(manifest) / name).read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        _TEXT_CACHE[(level, name)] = (stamp, manifest.directory, text)
        return text
    raise BoundaryError(f"The installed {level} boundaries are incomplete; reinstall with "
                        f"`ovop-analytics boundaries install --from FILE --level {level}`.")


def display_geojson(level: str) -> dict[str, Any] | None:
    """The display layer as a GeoJSON FeatureCollection dict (feature id = Kemendagri code; properties
    code, name), or None if `level` is not installed.

    A fresh dict on every call, so a page may add properties without touching other sessions' maps.
    """
    text = display_geojson_text(level)
    return None if text is None else json.loads(text)


# (level, overview) -> (display text it was parsed from, the parsed FeatureCollection)
_SHARED_CACHE: dict[tuple[str, bool], tuple[str, dict[str, Any]]] = {}


def shared_display_layer(level: str, overview: bool = False) -> dict[str, Any] | None:
    """The display layer (or its national-view copy) parsed once per install and shared by every session
    of the process: READ-ONLY (build new dicts around its features, never change them). Boundaries are
    public, so sharing them leaks nothing; it saves parsing 0.8 MB of JSON on every redraw of a map."""
    text = display_geojson_text(level, overview)
    if text is None:
        return None
    cached = _SHARED_CACHE.get((level, overview))
    if cached is None or cached[0] is not text:
        cached = (text, json.loads(text))
        _SHARED_CACHE[(level, overview)] = cached
    return cached[1]


def _features_by_code(level: str) -> dict[str, dict[str, Any]] | None:
    layer = display_geojson(level)
    if layer is None:
        return None
    return {feature["id"]: feature for feature in layer["features"]}


# Holes smaller than this (deg²) in a union are seams between neighbours' rounded borders, not land.
_SEAM_HOLE_AREA = 0.002


def _union_geojson(geometries: list[dict[str, Any]]) -> dict[str, Any]:
    """Union of display geometries without the hairline seams that rounding leaves between neighbours."""
    import shapely  # deferred: only footprints need geometry operations

    shapes = [shapely.from_geojson(json.dumps(g)) for g in geometries]
    union = shapely.set_precision(shapely.union_all(shapes), 1e-4)
    polygons = []
    for part in shapely.get_parts(union):
        if part.geom_type != "Polygon":
            continue
        holes = [ring for ring in part.interiors if shapely.Polygon(ring).area >= _SEAM_HOLE_AREA]
        polygons.append(shapely.Polygon(part.exterior, holes))
    return json.loads(shapely.to_geojson(shapely.MultiPolygon(polygons)))


def parent_footprint_geojson(parent_code: str, year: int) -> dict[str, Any] | None:
    """A FeatureCollection of one feature: the land of province `parent_code` as it was in `year`.

    For a figure reported before a split (Papua '91' before 2022 covers today's 91, 93, 94, 95), the
    union of today's display geometries of that territory. Properties: code, name, year, members (today's
    codes). None when the province layer is not installed. Codes of the territory without geometry are
    left out (listed in `missing`).
    """
    region = by_code().get(parent_code)
    if region is None or region.level != "province":
        raise InvalidArgumentError(f"'{parent_code}' is not a province code (two digits such as '91').")
    features = _features_by_code("province")
    if features is None:
        return None
    members = territory_in(parent_code, year)
    present = [code for code in members if code in features]
    geometry = (_union_geojson([features[c]["geometry"] for c in present]) if present
                else {"type": "MultiPolygon", "coordinates": []})
    feature = {"type": "Feature", "id": parent_code,
               "properties": {"code": parent_code, "name": region.name, "year": year, "members": members,
                              "missing": [c for c in members if c not in features]},
               "geometry": geometry}
    return {"type": "FeatureCollection", "features": [feature]}


def province_geojson_as_of(year: int) -> dict[str, Any] | None:
    """The province display layer with the provinces of `year`: children of later splits merged into
    their parent (34 provinces for 2012-2021, 33 before 2012). None when not installed.

    Feature ids stay Kemendagri codes; a merged feature carries `members` with today's codes.
    """
    features = _features_by_code("province")
    if features is None:
        return None
    split_children = {c for p in provinces() for c in territory_in(p.code, year)[1:]}
    result = []
    for region in provinces():
        if region.code in split_children:
            continue
        members = territory_in(region.code, year)
        present = [c for c in members if c in features]
        if not present:
            continue
        if len(members) == 1:
            result.append(features[region.code])
            continue
        geometry = _union_geojson([features[c]["geometry"] for c in present])
        result.append({"type": "Feature", "id": region.code,
                       "properties": {"code": region.code, "name": region.name, "members": members},
                       "geometry": geometry})
    return {"type": "FeatureCollection", "features": result}


def full_layer(level: str) -> Any:
    """The repaired full-detail layer as a GeoDataFrame (code, name, source_name, method, geometry),
    or None if not installed. Heavy: for analysis and export, not for drawing."""
    import geopandas as gpd  # deferred: the display path must not pay for geopandas

    manifest = read_manifest(level)
    if manifest is None:
        return None
    path = layer_dir(manifest) / FULL_FILE
    if not path.exists():
        raise BoundaryError(f"The installed {level} boundaries miss {path.name}; reinstall them.")
    return gpd.read_parquet(path)


def write_manifest_atomically(manifest: Manifest) -> None:
    """Commit an install: the manifest replaces the old one in one rename."""
    path = manifest_path(manifest.level)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(manifest.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)
