"""Which region each boundary feature is: code columns, names of every vintage, level detection, and the
matching.py additions the installer relies on (kabupaten/kota renames, exact-only matching)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from ovop_analytics.errors import BoundaryError
from ovop_analytics.geo.identify import identify, source_code
from ovop_analytics.geo.readers import read_layers, sniff_format
from ovop_analytics.regions import match_region
from tests.support.geo_squares import (FORMATS, SQUARE_CODES, SQUARE_UNMATCHED, squares_frame,
                                          write_squares)


@pytest.mark.parametrize("value, level, expected", [
    ("33", None, "33"), ("3302", None, "33.02"), ("33.02", None, "33.02"), ("ID33", None, "33"),
    ("ID3302", "kabupaten_kota", "33.02"), (3302, None, "33.02"), (33.0, None, "33"),
    (" 34.71 ", None, "34.71"),
    ("33", "kabupaten_kota", None), ("33.02", "province", None), ("99", None, None), ("abc", None, None),
    (None, None, None), (float("nan"), None, None),
])
def test_source_code_reads_the_code_spellings_of_boundary_files(value: object, level: str | None,
                                                                expected: str | None) -> None:
    assert source_code(value, level) == expected


@pytest.mark.parametrize("column, values, level, codes", [
    ("kode", ["33.02", "34.71", "13.04"], "kabupaten_kota", ["33.02", "34.71", "13.04"]),
    ("KODE_KAB", ["3302", "3471", "1304"], "kabupaten_kota", ["33.02", "34.71", "13.04"]),
    ("ADM2_PCODE", ["ID3302", "ID3471", "ID1304"], "kabupaten_kota", ["33.02", "34.71", "13.04"]),
    ("code", [3302, 3471, 1304], "kabupaten_kota", ["33.02", "34.71", "13.04"]),
    ("ADM1_PCODE", ["ID31", "ID33", "ID13"], "province", ["31", "33", "13"]),
    ("kode_prov", [31, 33, 13], "province", ["31", "33", "13"]),
])
def test_a_code_column_decides_level_and_region(column: str, values: list[object], level: str,
                                                codes: list[str]) -> None:
    """Names that match nothing do not matter when a code column is there."""
    frame = squares_frame(["x", "y", "z"], **{column: values})
    found = identify(frame)
    assert (found.level, found.code_column) == (level, column)
    assert [m.code for m in found.matches] == codes and {m.method for m in found.matches} == {"code"}


def test_an_objectid_column_is_not_taken_for_codes() -> None:
    """OBJECTID 31, 33, 13 would parse as province codes: only columns named like codes count."""
    frame = squares_frame(["KAB. BANYUMAS", "Kota Yogyakarta", "Tanah Datar"], OBJECTID=[31, 33, 13])
    found = identify(frame)
    assert found.code_column is None and found.name_column == "NAMA"
    assert [m.code for m in found.matches] == ["33.02", "34.71", "13.04"]


@pytest.mark.parametrize("code, name, expected, method", [
    ("91.03", "Kabupaten Merauke", "93.01", "name"),  # pre-2022 Papua code beside today's name: the name
    ("32.73", "Bandung", "32.73", "code"),  # bare 'Bandung' means Kabupaten by name, but the code is Kota
    ("33.02", "Banyumas", "33.02", "code"),
])
def test_code_and_name_disagreeing(code: str, name: str, expected: str, method: str) -> None:
    frame = squares_frame([name], kode=[code])
    match = identify(frame, "kabupaten_kota").matches[0]
    assert (match.code, match.method) == (expected, method)


@pytest.mark.parametrize("level", ["kabupaten_kota", "province"])
def test_odd_names_match_at_each_level(level: str) -> None:
    found = identify(squares_frame(), level)
    assert sorted(found.matched_codes) == SQUARE_CODES[level]
    assert [m.label for m in found.matches if m.code is None] == SQUARE_UNMATCHED[level]


def test_level_is_detected_from_names() -> None:
    """Three kabupaten/kota names against two province names: a kabupaten/kota layer."""
    assert identify(squares_frame()).level == "kabupaten_kota"
    assert identify(squares_frame(["Jakarta Raya", "Kep. Riau", "Kota Bandung"])).level == "province"


def test_fuzzy_matches_need_confidence_and_a_free_region() -> None:
    """'Kab. Pangkajene Kepulauan' is close enough; a second fuzzy claim on a taken region is refused;
    an unknown name and a kota name at province level stay unmatched."""
    frame = squares_frame(["Kab. Pangkajene Kepulauan", "Kabupaten Banyumas", "Kab Banyumass",
                           "Negeri Antah Berantah"])
    found = identify(frame, "kabupaten_kota")
    assert [(m.code, m.method) for m in found.matches] == [
        ("73.10", "fuzzy"), ("33.02", "name"), (None, "none"), (None, "none")]
    at_province = identify(squares_frame(["Kota Yogyakarta", "Papua"]), "province")
    assert [m.code for m in at_province.matches] == [None, "91"]


def test_rows_of_one_region_all_match_it() -> None:
    """A file may cut a region into several rows; the installer merges them afterwards."""
    found = identify(squares_frame(["DKI JAKARTA", "Jakarta Raya"]), "province")
    assert [m.code for m in found.matches] == ["31", "31"]


@pytest.mark.parametrize("name, code", [
    ("KAB. TOBA SAMOSIR", "12.12"), ("Kabupaten Pasir", "64.01"), ("Kab. Mamuju Utara", "76.01"),
    ("Kabupaten Maluku Tenggara Barat", "81.03"), ("Kab. Selayar", "73.01"), ("Siak Sri Indrapura", "14.08"),
])
def test_renamed_kabupaten_match_their_current_code(name: str, code: str) -> None:
    """Without these aliases 'Toba Samosir' went to its neighbour Samosir by fuzzy match."""
    found = match_region(name, "kabupaten_kota")
    assert (found.code, found.method) == (code, "name")


def test_exact_only_matching_skips_fuzzy() -> None:
    assert match_region("Kab Banyumass", "kabupaten_kota", fuzzy=False).code is None
    assert match_region("Kab Banyumass", "kabupaten_kota").code == "33.02"
    assert match_region("Jakarta Raya", "province", fuzzy=False).code == "31"


@pytest.mark.parametrize("fmt, expected", [("geojson", "GeoJSON"), ("topojson", "TopoJSON"),
                                           ("shapefile_zip", "Shapefile (zip)"), ("gpkg", "GeoPackage")])
def test_formats_are_sniffed_from_content_not_name(tmp_path: Path, fmt: str, expected: str) -> None:
    source = write_squares(tmp_path, fmt)
    renamed = tmp_path / "download"
    renamed.write_bytes(source.read_bytes())
    assert sniff_format(renamed) == expected
    found_format, layers = read_layers(renamed)
    assert found_format == expected and len(layers[0].frame) == 6
    assert layers[0].frame.crs.to_epsg() == 4326


def test_a_projected_layer_comes_back_in_degrees(tmp_path: Path) -> None:
    path = tmp_path / "utm.gpkg"
    squares_frame().to_crs(32749).to_file(path, driver="GPKG")
    _, layers = read_layers(path)
    minx, miny, _, _ = layers[0].frame.total_bounds
    assert (round(minx, 4), round(miny, 4)) == (100.5, -9.0)


@pytest.mark.parametrize("content, message", [
    (b"name,lon,lat\nJakarta,106.8,-6.2\n", "first bytes"),
    (b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"n":"a"},'
     b'"geometry":{"type":"Point","coordinates":[106.8,-6.2]}}]}', "no layer of polygons"),
    (b"PK\x03\x04 not really a zip", "zip"),
])
def test_unreadable_files_say_why(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad"
    path.write_bytes(content)
    with pytest.raises(BoundaryError, match=message):
        read_layers(path)


def test_a_layer_without_crs_outside_degrees_is_refused(tmp_path: Path) -> None:
    frame = squares_frame().to_crs(32749).set_crs(None, allow_override=True)
    path = tmp_path / "nocrs.geojson"
    path.write_text(frame.to_json())
    with pytest.raises(BoundaryError, match="not longitude/latitude"):
        read_layers(path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reads_the_same_polygons(tmp_path: Path, fmt: str) -> None:
    _, layers = read_layers(write_squares(tmp_path, fmt))
    geometries = layers[0].frame.geometry.values
    assert [round(float(a), 6) for a in shapely.area(geometries)] == [0.01] * 6


def test_a_province_column_narrows_fuzzy_kabupaten_matches() -> None:
    """'Kab Banyuas' is nearest Banyumas (Jawa Tengah) nationally, but Banyuasin within Sumatera Selatan."""
    names = ["Kab Banyuas", "Kabupaten Banyumas"]
    with_province = identify(squares_frame(names, PROVINSI=["Sumatera Selatan", "JAWA TENGAH"]),
                             "kabupaten_kota")
    assert [(m.code, m.method) for m in with_province.matches] == [("16.07", "fuzzy"), ("33.02", "name")]
    without = identify(squares_frame(names), "kabupaten_kota")
    assert [m.code for m in without.matches] == [None, "33.02"]  # Banyumas is taken by the exact name


def test_the_layer_matching_most_regions_is_chosen(tmp_path: Path) -> None:
    """A GeoPackage may hold a junk layer beside the boundaries."""
    from ovop_analytics.geo.install import _choose

    path = tmp_path / "two.gpkg"
    squares_frame(["Atlantis", "Lemuria"]).to_file(path, driver="GPKG", layer="aaa_notes")
    squares_frame().to_file(path, driver="GPKG", layer="wilayah")
    _, layers = read_layers(path)
    layer, found = _choose(layers, None)
    assert [lay.name for lay in layers] == ["aaa_notes", "wilayah"]
    assert layer.name == "wilayah" and sorted(found.matched_codes) == SQUARE_CODES["kabupaten_kota"]


def test_names_that_are_all_misspelt_still_get_fuzzy_matches() -> None:
    """No exact name anywhere: the column named like names is used, and confident fuzzy matches count."""
    frame = squares_frame(["Kab Banyumass", "Kota Yogyakartaa", "Atlantis"], KETERANGAN=["a", "b", "c"])
    found = identify(frame, "kabupaten_kota")
    assert found.name_column == "NAMA"
    assert [(m.code, m.method) for m in found.matches] == [("33.02", "fuzzy"), ("34.71", "fuzzy"),
                                                            (None, "none")]


@pytest.mark.parametrize("name, level", [("Mu", "province"), ("Papua Baru", "province"),
                                         ("Negeri Antah Berantah", "kabupaten_kota")])
def test_partial_likeness_is_not_a_match(name: str, level: str) -> None:
    """rapidfuzz's WRatio gives 'Mu' 90 against Jawa Timur and 'Papua Baru' 90 against Papua."""
    assert identify(squares_frame([name]), level).matches[0].code is None


@pytest.mark.parametrize("name, code", [("Banyumass", "33.02"), ("Sulawesi Utra", "71"),
                                        ("Kab. Pangkajene Kepulauan", "73.10")])
def test_whole_name_typos_still_match(name: str, code: str) -> None:
    level = "province" if len(code) == 2 else "kabupaten_kota"
    assert identify(squares_frame([name]), level).matches[0].code == code
