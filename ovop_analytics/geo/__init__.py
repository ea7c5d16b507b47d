"""Region boundaries for maps: the installer (read, match, repair, simplify, store) and what pages draw.

Importing this package stays light (no geopandas, no pandas): `display_geojson` is the pages' hot path. The
installer loads geopandas only when called; the tile grid (pandas) is imported when first read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ovop_analytics.geo.layers import (LEVELS, Manifest, boundaries_dir, display_geojson,
                                       display_geojson_text, full_layer, installed_levels,
                                       parent_footprint_geojson, province_geojson_as_of, read_manifest,
                                       shared_display_layer)
from ovop_analytics.lazy import attach

if TYPE_CHECKING:
    from ovop_analytics.geo.tilegrid import tile_grid
    from ovop_analytics.geo.install import InstallReport


def install_boundaries(source: str | Path, level: str | None = None,
                       sha256: str | None = None) -> InstallReport:
    """Install a boundary layer from a path or http(s) URL; see `geo.install.install_boundaries`."""
    from ovop_analytics.geo import install  # deferred: geopandas takes a second to import

    return install.install_boundaries(source, level=level, sha256=sha256)


__getattr__ = attach(__name__, {"tile_grid": "tilegrid"})

__all__ = ["LEVELS", "Manifest", "boundaries_dir", "display_geojson", "display_geojson_text", "full_layer",
           "install_boundaries", "installed_levels", "parent_footprint_geojson", "province_geojson_as_of",
           "read_manifest", "shared_display_layer", "tile_grid"]
