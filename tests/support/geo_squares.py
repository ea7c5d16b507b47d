"""Six squares in every boundary format (GeoJSON, TopoJSON, zipped Shapefile, GeoPackage), for the tests
of boundary identification and installation; the files are in tests/fixtures/geo."""

from __future__ import annotations

import zipfile
from pathlib import Path

import geopandas as gpd
import shapely

FIXTURES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "geo"
TOPOJSON = FIXTURES_DIR / "squares.topojson"

# name, south-west corner (lon, lat); each square is 0.1 degree wide
SQUARES: list[tuple[str, float, float]] = [
    ("DKI JAKARTA", 106.7, -6.3), ("Jakarta Raya", 106.9, -6.3), ("KAB. BANYUMAS", 109.1, -7.5),
    ("Kota  Yogyakarta", 110.3, -7.9), ("KABUPATENTANAH DATAR", 100.5, -0.5),
    ("Negeri Antah Berantah", 120.0, -9.0),
]
# What the squares match at each level, and what stays unmatched
SQUARE_CODES = {"kabupaten_kota": ["13.04", "33.02", "34.71"], "province": ["31"]}
SQUARE_UNMATCHED = {
    "kabupaten_kota": ["DKI JAKARTA", "Jakarta Raya", "Negeri Antah Berantah"],
    "province": ["KAB. BANYUMAS", "Kota  Yogyakarta", "KABUPATENTANAH DATAR", "Negeri Antah Berantah"],
}


def squares_frame(names: list[str] | None = None, **columns: list[object]) -> gpd.GeoDataFrame:
    """The squares (or the first len(names) of them renamed) with extra columns, in EPSG:4326."""
    chosen = SQUARES if names is None else [(n, lon, lat) for n, (_, lon, lat) in zip(names, SQUARES)]
    frame = gpd.GeoDataFrame(
        {"NAMA": [n for n, _, _ in chosen], **columns},
        geometry=[shapely.box(lon, lat, lon + 0.1, lat + 0.1) for _, lon, lat in chosen], crs=4326)
    return frame


def write_squares(directory: Path, fmt: str, frame: gpd.GeoDataFrame | None = None) -> Path:
    """The squares as a file of `fmt`: geojson, topojson (the stored fixture), shapefile_zip, gpkg."""
    frame = squares_frame() if frame is None else frame
    directory.mkdir(parents=True, exist_ok=True)
    if fmt == "topojson":
        return TOPOJSON
    if fmt == "geojson":
        path = directory / "squares.geojson"
        frame.to_file(path, driver="GeoJSON")
    elif fmt == "gpkg":
        path = directory / "squares.gpkg"
        frame.to_file(path, driver="GPKG", layer="wilayah")
    elif fmt == "shapefile_zip":
        shp_dir = directory / "shp"
        shp_dir.mkdir(exist_ok=True)
        frame.to_file(shp_dir / "wilayah.shp", driver="ESRI Shapefile", encoding="UTF-8")
        path = directory / "squares.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for part in sorted(shp_dir.iterdir()):
                archive.write(part, arcname=part.name)
    else:
        raise ValueError(fmt)
    return path


FORMATS = ["geojson", "topojson", "shapefile_zip", "gpkg"]
