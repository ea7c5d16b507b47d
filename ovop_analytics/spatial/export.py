"""Files of a spatial analysis: the results joined to the installed boundaries as a GeoPackage (opens in
QGIS and GeoDa) and the methods as (field, value) rows for CSV data packages.

The GeoPackage holds two layers: `spatial_patterns` (one feature per region, full-detail repaired
geometry, WGS84) and `methods` (a table of field, value), and the methods again in the layer's metadata.
No data stays null (never 0); synthetic data says so in a `data_status` column and in the metadata.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from ovop_analytics.errors import BoundaryError

LAYER = "spatial_patterns"
METHODS_LAYER = "methods"
SYNTHETIC_STATUS = "Data demo (sintetis) / Demo data (synthetic)"
COLUMNS = ["region_code", "region_name", "count", "denominator", "value", "lag", "local_i", "p_value", "category",
           "gi_z", "gi_p", "gi_bin"]


def methods_rows(methods: dict[str, Any], global_stat: dict[str, Any], description: list[tuple[str, str]]
                 ) -> list[tuple[str, str]]:
    """The dataset description (citation, filters...) then every methods field and the global statistic."""
    def text(value: Any) -> str:
        if isinstance(value, (list, dict)):
            return json.dumps(value, ensure_ascii=False)
        return "" if value is None else str(value)

    rows = list(description)
    rows += [(f"method.{key}", text(value)) for key, value in methods.items()]
    rows += [(f"global.{key}", text(value)) for key, value in global_stat.items()]
    return rows


def results_table(regions: pd.DataFrame, synthetic: bool, labels: dict[str, str] | None = None) -> pd.DataFrame:
    """The per-region columns of an export; `labels` adds category_label / gi_label in a language."""
    table = regions.reindex(columns=COLUMNS).copy()
    if labels:
        table["category_label"] = table["category"].map(labels)
        table["gi_label"] = table["gi_bin"].map(labels)
    if synthetic:
        table.insert(0, "data_status", SYNTHETIC_STATUS)
    return table


def geopackage_bytes(table: pd.DataFrame, level: str, rows: list[tuple[str, str]]) -> bytes:
    """`table` (region_code + result columns) joined to the installed full-detail boundaries of `level`,
    written as a GeoPackage; `rows` (field, value) go to the methods layer and the layer metadata."""
    import geopandas as gpd
    import pyogrio

    from ovop_analytics import geo

    layer = geo.full_layer(level)
    if layer is None:
        raise BoundaryError(f"No {level} boundaries are installed.", code="spatial_no_boundaries",
                            values={"level": level})
    shapes = layer[["code", "geometry"]].rename(columns={"code": "region_code"})
    joined = gpd.GeoDataFrame(table.merge(shapes, on="region_code", how="left"), geometry="geometry",
                              crs=layer.crs or "EPSG:4326")
    methods = pd.DataFrame(rows, columns=["field", "value"])
    metadata = {key[:60]: value for key, value in rows}
    handle, name = tempfile.mkstemp(suffix=".gpkg")
    os.close(handle)
    path = Path(name)
    try:
        path.unlink()
        pyogrio.write_dataframe(joined, path, layer=LAYER, driver="GPKG", layer_metadata=metadata,
                                promote_to_multi=True)
        pyogrio.write_dataframe(methods, path, layer=METHODS_LAYER, driver="GPKG", append=True)
        return path.read_bytes()
    finally:
        path.unlink(missing_ok=True)
