"""Spatial weights between regions, built once per boundary layer and process.

- `knn6` (default): each region's 6 nearest regions by great-circle distance between centroids,
  symmetrised (j is i's neighbour when either is among the other's 6 nearest), binary. One connected graph
  on the 514 kabupaten/kota; plain contiguity leaves 36 islands without any neighbour.
- `contiguity`: queen contiguity of the simplified display polygons (their borders are shared exactly:
  coverage simplification), united with the symmetrised 2 nearest neighbours so that no island is left
  alone. Offered as a check of the first.

Centroids are the planar centroids (longitude/latitude) of the full-detail repaired polygons: the display
layer drops islets, which moves some centroids enough to split the KNN graph between Sumatra and Java.
Near the equator a planar centroid is within a few hundred metres of an equal-area one. Distances between
centroids are great-circle (haversine). libpysal is imported here only, when weights are first needed.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ovop_analytics.errors import InvalidArgumentError

if TYPE_CHECKING:
    from libpysal.graph import Graph

WEIGHTS = ("knn6", "contiguity")
KNN_K = 6
CONTIGUITY_KNN_K = 2


def check_weights(kind: str) -> str:
    if kind not in WEIGHTS:
        raise InvalidArgumentError(f"--weights must be knn6 or contiguity, not '{kind}'.",
                                   code="spatial_err_spatial_weights", values={"value": kind})
    return kind


def _from_edges(codes: Sequence[str], focal: np.ndarray, neighbor: np.ndarray) -> Graph:
    """A binary graph on `codes` from index pairs, made symmetric (both directions of every pair)."""
    from libpysal.graph import Graph

    codes = np.asarray(codes, dtype=object)
    pairs = pd.DataFrame({"focal": np.concatenate([focal, neighbor]), "neighbor": np.concatenate([neighbor, focal])})
    pairs = pairs[pairs["focal"] != pairs["neighbor"]].drop_duplicates().sort_values(["focal", "neighbor"])
    isolated = np.setdiff1d(np.arange(len(codes)), pairs["focal"].to_numpy())
    # libpysal marks a region without neighbours as a self-pair of weight 0
    focal_all = np.concatenate([pairs["focal"].to_numpy(), isolated])
    neighbor_all = np.concatenate([pairs["neighbor"].to_numpy(), isolated])
    weight = np.concatenate([np.ones(len(pairs)), np.zeros(len(isolated))])
    order = np.lexsort((neighbor_all, focal_all))
    return Graph.from_arrays(codes[focal_all[order]], codes[neighbor_all[order]], weight[order])


def knn_pairs(lon: np.ndarray, lat: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """(focal, neighbour) index pairs of each point's k nearest others by great-circle distance."""
    from sklearn.neighbors import BallTree  # what libpysal's build_knn uses for haversine

    points = np.radians(np.column_stack([lat, lon]))
    k = min(k, len(points) - 1)
    if k < 1:
        return np.array([], dtype=int), np.array([], dtype=int)
    _, index = BallTree(points, metric="haversine").query(points, k=k + 1)
    focal = np.repeat(np.arange(len(points)), k)
    neighbours = np.array([[j for j in row if j != i][:k] for i, row in enumerate(index)]).ravel()
    return focal, neighbours


def knn_graph(codes: Sequence[str], lon: np.ndarray, lat: np.ndarray, k: int = KNN_K) -> Graph:
    """Symmetrised k-nearest-neighbour graph on great-circle distance between the given centroids."""
    focal, neighbour = knn_pairs(np.asarray(lon, float), np.asarray(lat, float), k)
    return _from_edges(codes, focal, neighbour)


def contiguity_graph(codes: Sequence[str], geometries: Sequence[Any], lon: np.ndarray, lat: np.ndarray,
                     k: int = CONTIGUITY_KNN_K) -> Graph:
    """Queen contiguity of `geometries` (shapely, shared borders) united with the symmetrised k nearest."""
    import shapely

    geoms = np.asarray(geometries, dtype=object)
    tree = shapely.STRtree(geoms)
    # touching or overlapping polygons (a repaired layer may overlap by a hair): queen neighbours
    left, right = tree.query(geoms, predicate="intersects")
    keep = left != right
    knn_focal, knn_neighbour = knn_pairs(np.asarray(lon, float), np.asarray(lat, float), k)
    return _from_edges(codes, np.concatenate([left[keep], knn_focal]), np.concatenate([right[keep], knn_neighbour]))


def display_shapes(layer: dict[str, Any]) -> tuple[list[str], list[Any]]:
    """Codes and shapely geometries of a display FeatureCollection."""
    import shapely

    codes = [feature["id"] for feature in layer["features"]]
    return codes, [shapely.from_geojson(json.dumps(feature["geometry"])) for feature in layer["features"]]


def full_layer_centroids(level: str) -> pd.DataFrame | None:
    """code, lon, lat: centroids of the installed full-detail layer (read with pyarrow and shapely only)."""
    import pyarrow.parquet as pq
    import shapely

    from ovop_analytics import geo
    from ovop_analytics.geo.layers import FULL_FILE, layer_dir

    manifest = geo.read_manifest(level)
    if manifest is None:
        return None
    table = pq.read_table(layer_dir(manifest) / FULL_FILE, columns=["code", "geometry"])
    centroids = shapely.centroid(shapely.from_wkb(table.column("geometry").to_numpy(zero_copy_only=False)))
    return pd.DataFrame({"code": table.column("code").to_pylist(), "lon": shapely.get_x(centroids),
                         "lat": shapely.get_y(centroids)})


_LOCK = threading.Lock()
# (level, install directory, kind) -> graph; boundaries are public, so every session shares them
_GRAPHS: dict[tuple[str, str, str], Graph] = {}


def layer_weights(level: str, kind: str = "knn6") -> Graph | None:
    """The weights of the installed boundary layer of `level`, built once per install and process; None
    when the level is not installed."""
    from ovop_analytics import geo

    check_weights(kind)
    manifest = geo.read_manifest(level)
    if manifest is None:
        return None
    key = (level, manifest.directory, kind)
    with _LOCK:
        graph = _GRAPHS.get(key)
        if graph is not None:
            return graph
        layer = geo.shared_display_layer(level)
        if layer is None:
            return None
        codes, geometries = display_shapes(layer)
        centroids = full_layer_centroids(level)
        if centroids is None:
            return None
        centroids = centroids.set_index("code").reindex(codes)
        lon, lat = centroids["lon"].to_numpy(float), centroids["lat"].to_numpy(float)
        graph = (knn_graph(codes, lon, lat) if kind == "knn6"
                 else contiguity_graph(codes, geometries, lon, lat))
        for stale in [k for k in _GRAPHS if k[0] == level and k[1] != manifest.directory]:
            del _GRAPHS[stale]
        _GRAPHS[key] = graph
        return graph
