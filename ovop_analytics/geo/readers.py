"""Reading boundary files: GeoJSON, TopoJSON, zipped Shapefile, Shapefile and GeoPackage, all through pyogrio.

Kept apart from matching and geometry work so that a new format is one function here. The format is
sniffed from the first bytes, not trusted from the file name, because downloads often arrive as
`download` or `data.json`. Every layer comes back in WGS84 longitude/latitude.
"""

from __future__ import annotations

import json
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pyogrio
import pyogrio.errors

from ovop_analytics.errors import BoundaryError

FORMATS = ("GeoJSON", "TopoJSON", "Shapefile (zip)", "Shapefile", "GeoPackage")
_POLYGONAL = ("Polygon", "MultiPolygon", "Polygon Z", "MultiPolygon Z", "Unknown", "Geometry", None)


@dataclass(frozen=True)
class SourceLayer:
    """One polygon layer of a source file, reprojected to EPSG:4326."""

    name: str
    frame: gpd.GeoDataFrame


def sniff_format(path: Path) -> str:
    """The format of `path` from its first bytes (and, for JSON, its `type`): one of FORMATS."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise BoundaryError(f"Cannot read boundary file {path}: {error.strerror or error}.") from error
    if head.startswith(b"PK\x03\x04"):
        return "Shapefile (zip)"
    if head.startswith(b"SQLite format 3\x00"):
        return "GeoPackage"
    if len(head) >= 4 and head[:4] in (b"\x00\x00\x27\x0a",):
        return "Shapefile"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"{"):
        return "TopoJSON" if _json_type(path) == "Topology" else "GeoJSON"
    raise BoundaryError(f"{path.name} is not a GeoJSON, TopoJSON, zipped Shapefile or GeoPackage file "
                        "(its first bytes match none of them).")


def _json_type(path: Path) -> str | None:
    """The top-level `type` of a JSON file; a cheap scan first, a full parse only when the scan is unsure."""
    with path.open("rb") as handle:
        head = handle.read(65536).decode("utf-8", "ignore")
    compact = head.replace(" ", "").replace("\n", "")
    if '"type":"Topology"' in compact and '"arcs"' in head:
        return "Topology"
    if '"type":"FeatureCollection"' in compact or '"type":"Feature"' in compact:
        return "FeatureCollection"
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("type")
    except (json.JSONDecodeError, UnicodeDecodeError, AttributeError):
        return None


def _gdal_path(path: Path, fmt: str) -> str:
    """A path GDAL opens: zips go through its /vsizip/ virtual file system whatever their file name."""
    if fmt == "Shapefile (zip)":
        if not zipfile.is_zipfile(path):
            raise BoundaryError(f"{path.name} looks like a zip archive but cannot be opened as one.")
        return f"/vsizip/{{{path.resolve()}}}"  # braces: GDAL then needs no .zip in the file name
    return str(path)


def read_layers(path: Path) -> tuple[str, list[SourceLayer]]:
    """(format, polygon layers) of a boundary file; raises BoundaryError when there is none to read."""
    fmt = sniff_format(path)
    source = _gdal_path(path, fmt)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # e.g. a GeoPackage saved as 'download'
            listed = pyogrio.list_layers(source)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as error:
        raise BoundaryError(f"Cannot open {path.name} as {fmt}: {error}") from error
    layers: list[SourceLayer] = []
    for name, geometry_type in listed:
        if geometry_type not in _POLYGONAL:
            continue
        frame = _read_layer(source, str(name), path.name)
        if frame is not None:
            layers.append(SourceLayer(str(name), frame))
    if not layers:
        raise BoundaryError(f"{path.name} ({fmt}) has no layer of polygons: boundary files need region "
                            "polygons, not points or lines.")
    return fmt, layers


def _read_layer(source: str, layer: str, label: str) -> gpd.GeoDataFrame | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # GDAL notes on odd encodings or ring order
            frame = gpd.read_file(source, layer=layer, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError,
            pyogrio.errors.FieldError, pyogrio.errors.GeometryError) as error:
        raise BoundaryError(f"Cannot read layer '{layer}' of {label}: {error}") from error
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    frame = frame[frame.geometry.geom_type.isin(["Polygon", "MultiPolygon", "GeometryCollection"])]
    if frame.empty:
        return None
    return _to_wgs84(frame.reset_index(drop=True), layer, label)


def _to_wgs84(frame: gpd.GeoDataFrame, layer: str, label: str) -> gpd.GeoDataFrame:
    """Reproject to longitude/latitude; a layer without CRS is taken as such only if it fits the globe."""
    if frame.crs is None:
        frame = frame.set_crs(4326)
    elif frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    minx, miny, maxx, maxy = frame.total_bounds
    if not (-180 <= minx <= maxx <= 360 and -90 <= miny <= maxy <= 90):
        # GeoJSON and TopoJSON readers assume degrees when the file names no CRS, so check the numbers
        raise BoundaryError(f"Layer '{layer}' of {label} has coordinates that are not longitude/latitude "
                            "degrees and no coordinate reference system saying what they are; save it "
                            "in EPSG:4326 or with its CRS.")
    return frame
