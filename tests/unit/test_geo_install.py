"""Installing boundary layers through `ovop-analytics boundaries install`, and the API the map page reads.

The two shared files are installed once per module (a few seconds each) into a private OVOP_DATA_DIR;
small hand-made files cover formats, names, URLs, checksums and failures.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import io
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest
import shapely

from ovop_analytics import cli
from ovop_analytics.errors import BoundaryError, InvalidArgumentError
from ovop_analytics.geo import (display_geojson, display_geojson_text, full_layer, install_boundaries, installed_levels,
                                parent_footprint_geojson, province_geojson_as_of)
from ovop_analytics.geo import install as install_module
from ovop_analytics.regions import kabupaten_kota, provinces
from tests.support.paths import BOUNDARIES_DIR
from tests.support.geo_squares import (FORMATS, SQUARE_CODES, SQUARE_UNMATCHED, squares_frame,
                                          write_squares)

PROVINCES_FILE = BOUNDARIES_DIR / "idn_provinces.geojson"
KABUPATEN_FILE = BOUNDARIES_DIR / "idn_kabupaten_kota.geojson"


def run_cli(*argv: str) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of the command run in this process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(list(argv))
    return status, out.getvalue(), err.getvalue()


def install_json(source: str | Path, *extra: str) -> dict[str, Any]:
    status, out, err = run_cli("boundaries", "install", "--from", str(source), "--json", *extra)
    assert status == 0, err
    return json.loads(out)


def display_shapes(level: str) -> dict[str, shapely.Geometry]:
    """The installed display layer as shapely geometries by code."""
    layer = display_geojson(level)
    assert layer is not None, f"{level} is not installed"
    return {f["id"]: shapely.from_geojson(json.dumps(f["geometry"])) for f in layer["features"]}


@pytest.fixture(scope="module")
def shared_install(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, Any]]]:
    """Both shared files installed once, through the CLI, into a data directory of this module."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OVOP_DATA_DIR", str(tmp_path_factory.mktemp("geo-shared")))
        yield {"province": install_json(PROVINCES_FILE),
               "kabupaten_kota": install_json(KABUPATEN_FILE)}


@pytest.fixture
def empty_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "data"
    monkeypatch.setenv("OVOP_DATA_DIR", str(directory))
    return directory


# --- the shared files -------------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("level, count", [("province", 38), ("kabupaten_kota", 514)])
def test_shared_files_match_every_region(shared_install: dict[str, dict[str, Any]], level: str,
                                         count: int) -> None:
    report = shared_install[level]
    assert (report["level"], report["matched"]) == (level, count)
    assert (report["unmatched"], report["missing"]) == ([], [])
    assert report["fuzzy"] == []


@pytest.mark.slow  # installs both shared boundary files (seconds)
@pytest.mark.parametrize("level, budget", [("province", 300_000), ("kabupaten_kota", 800_000)])
def test_display_layers_fit_their_budget_with_every_region_valid(
        shared_install: dict[str, dict[str, Any]], level: str, budget: int) -> None:
    """No region lost, none empty, none invalid, and the text a browser gets within its size target."""
    layer = display_geojson(level)
    assert layer is not None
    assert len(json.dumps(layer, separators=(",", ":")).encode()) <= budget
    assert shared_install[level]["display_bytes"] <= budget
    expected = [r.code for r in (provinces() if level == "province" else kabupaten_kota())]
    assert sorted(f["id"] for f in layer["features"]) == sorted(expected)
    geometries = [shapely.from_geojson(json.dumps(f["geometry"])) for f in layer["features"]]
    assert not any(g.is_empty for g in geometries)
    assert all(g.is_valid for g in geometries)
    assert all(f["properties"]["code"] == f["id"] and f["properties"]["name"] for f in layer["features"])


@pytest.mark.slow  # installs both shared boundary files (seconds)
def test_kabupaten_kota_get_a_lighter_national_view_with_every_region(
        shared_install: dict[str, dict[str, Any]]) -> None:
    """The national map of 514 kab/kota draws a coarser copy; the drill-down keeps the detailed layer."""
    report = shared_install["kabupaten_kota"]
    assert 0 < report["overview_bytes"] < report["display_bytes"]
    assert report["overview_tolerance"] > report["tolerance"]
    national = json.loads(display_geojson_text("kabupaten_kota", overview=True))
    assert len(display_geojson_text("kabupaten_kota", overview=True)) == report["overview_bytes"]
    assert sorted(f["id"] for f in national["features"]) == sorted(r.code for r in kabupaten_kota())
    geometries = [shapely.from_geojson(json.dumps(f["geometry"])) for f in national["features"]]
    assert not any(g.is_empty for g in geometries) and all(g.is_valid for g in geometries)
    assert shared_install["province"]["overview_bytes"] == 0  # 38 provinces are light enough as they are
    assert display_geojson_text("province", overview=True) == display_geojson_text("province")


@pytest.mark.slow  # installs both shared boundary files (seconds)
def test_display_layer_keeps_small_regions_and_drops_islets(
        shared_install: dict[str, dict[str, Any]]) -> None:
    """Kepulauan Seribu is all islets under the threshold: its largest one stays; Aceh loses its specks."""
    kabupaten = display_shapes("kabupaten_kota")
    assert kabupaten["31.01"].area > 0
    full = full_layer("province").set_index("code").geometry
    aceh = display_shapes("province")["11"]
    assert len(shapely.get_parts(aceh)) < len(shapely.get_parts(full["11"])) / 10
    assert abs(aceh.area - full["11"].area) / full["11"].area < 0.03


@pytest.mark.slow  # installs both shared boundary files (seconds)
def test_full_layer_is_repaired(shared_install: dict[str, dict[str, Any]]) -> None:
    """The source has 34 invalid province geometries; the stored full layer has none."""
    frame = full_layer("province")
    assert isinstance(frame, gpd.GeoDataFrame) and len(frame) == 38
    assert frame.geometry.is_valid.all() and not frame.geometry.is_empty.any()
    assert set(frame.geom_type) == {"MultiPolygon"}


@pytest.mark.slow  # installs both shared boundary files (seconds)
def test_display_geojson_is_a_fresh_copy(shared_install: dict[str, dict[str, Any]]) -> None:
    """A page adding values to features must not change what the next session gets."""
    first = display_geojson("province")
    first["features"][0]["properties"]["value"] = 1  # type: ignore[index]
    assert "value" not in display_geojson("province")["features"][0]["properties"]  # type: ignore[index]


@pytest.mark.slow  # installs both shared boundary files (seconds)
def test_installed_levels_and_status(shared_install: dict[str, dict[str, Any]]) -> None:
    levels = installed_levels()
    assert sorted(levels) == ["kabupaten_kota", "province"]
    assert levels["province"].features == 38 and levels["province"].source == str(PROVINCES_FILE)
    assert levels["province"].sha256 == hashlib.sha256(PROVINCES_FILE.read_bytes()).hexdigest()
    status, out, _ = run_cli("boundaries", "status")
    assert status == 0
    assert "province: 38 regions" in out and "kabupaten_kota: 514 regions" in out
    status, out, _ = run_cli("boundaries", "status", "--json")
    assert json.loads(out)["kabupaten_kota"]["features"] == 514


@pytest.mark.parametrize("parent, year, members", [
    ("91", 2015, ["91", "93", "94", "95"]), ("91", 2022, ["91"]), ("92", 2021, ["92", "96"]),
    ("64", 2010, ["64", "65"]), ("64", 2012, ["64"]), ("33", 2010, ["33"]),
])
@pytest.mark.slow  # installs both shared boundary files (seconds)
def test_parent_footprint_covers_the_territory_of_its_year(shared_install: dict[str, dict[str, Any]],
                                                           parent: str, year: int,
                                                           members: list[str]) -> None:
    footprint = parent_footprint_geojson(parent, year)
    assert footprint is not None
    feature = footprint["features"][0]
    assert (feature["id"], feature["properties"]["members"]) == (parent, members)
    union = shapely.from_geojson(json.dumps(feature["geometry"]))
    parts = display_shapes("province")
    assert union.is_valid
    assert union.area == pytest.approx(sum(parts[c].area for c in members), rel=0.005)


@pytest.mark.slow  # installs both shared boundary files (seconds)
def test_parent_footprint_refuses_a_kabupaten_code(shared_install: dict[str, dict[str, Any]]) -> None:
    with pytest.raises(InvalidArgumentError, match="province code"):
        parent_footprint_geojson("33.02", 2015)


@pytest.mark.slow  # installs both shared boundary files (seconds)
@pytest.mark.parametrize("year, count", [(2010, 33), (2015, 34), (2023, 38)])
def test_province_layer_as_of_a_year(shared_install: dict[str, dict[str, Any]], year: int,
                                     count: int) -> None:
    layer = province_geojson_as_of(year)
    assert layer is not None and len(layer["features"]) == count


@pytest.mark.slow
def test_an_older_vintage_matches_by_name_and_reports_new_provinces_missing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Old names, Papua and Papua Barat and Kalimantan Timur before their splits, no code column."""
    monkeypatch.setenv("OVOP_DATA_DIR", str(tmp_path / "data"))
    frame = gpd.read_file(PROVINCES_FILE)
    frame["geometry"] = shapely.make_valid(frame.geometry.values)
    parent = {"93": "91", "94": "91", "95": "91", "96": "92", "65": "64"}
    frame["code"] = frame["code"].map(lambda c: parent.get(c, c))
    old = frame.dissolve(by="code", as_index=False)
    renamed = {"92": "Irian Jaya Barat", "31": "Jakarta Raya", "19": "Bangka-Belitung", "21": "Kep. Riau",
               "11": "Nanggroe Aceh Darussalam", "34": "Daerah Istimewa Yogyakarta"}
    old["NAMA_PROP"] = [renamed.get(c, n) for c, n in zip(old["code"], old["name"])]
    path = tmp_path / "old_provinces.geojson"
    old[["NAMA_PROP", "geometry"]].to_file(path, driver="GeoJSON")
    report = install_json(path)
    assert (report["level"], report["matched"], report["unmatched"]) == ("province", 33, [])
    assert report["missing"] == ["65", "93", "94", "95", "96"]


# --- small files: formats, levels, URLs, failures ---------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_installs_the_odd_names(empty_data_dir: Path, tmp_path: Path, fmt: str) -> None:
    report = install_json(write_squares(tmp_path / "src", fmt))
    assert report["level"] == "kabupaten_kota" and report["matched"] == 3
    assert report["unmatched"] == SQUARE_UNMATCHED["kabupaten_kota"]
    assert len(report["missing"]) == 514 - 3
    assert sorted(display_shapes("kabupaten_kota")) == SQUARE_CODES["kabupaten_kota"]


def test_level_option_overrides_detection(empty_data_dir: Path, tmp_path: Path) -> None:
    """At province level the two Jakarta squares become one region, the kabupaten names stay unmatched."""
    report = install_json(write_squares(tmp_path, "geojson"), "--level", "province")
    assert (report["level"], report["matched"]) == ("province", 1)
    assert report["unmatched"] == SQUARE_UNMATCHED["province"]
    jakarta = display_geojson("province")["features"][0]  # type: ignore[index]
    assert jakarta["id"] == "31"
    assert shapely.from_geojson(json.dumps(jakarta["geometry"])).area == pytest.approx(0.02, rel=0.01)


def test_text_report_names_what_is_unmatched_and_missing(empty_data_dir: Path, tmp_path: Path) -> None:
    status, out, _ = run_cli("boundaries", "install", "--from", str(write_squares(tmp_path, "geojson")),
                             "--level", "province")
    assert status == 0
    assert "matched: 1 of 38 regions" in out
    assert "unmatched source features: KAB. BANYUMAS, Kota  Yogyakarta" in out
    assert "regions without geometry: 11 Aceh, 12 Sumatera Utara" in out


def test_nothing_usable_exits_2_and_writes_nothing(empty_data_dir: Path, tmp_path: Path) -> None:
    path = write_squares(tmp_path, "geojson", squares_frame(["Atlantis", "Lemuria", "Mu"]))
    status, out, err = run_cli("boundaries", "install", "--from", str(path), "--json")
    assert (status, out) == (2, "")
    assert err.startswith("ovop-analytics: error: Nothing installed") and err.count("\n") == 1
    assert "first names: Atlantis, Lemuria, Mu" in err
    assert installed_levels() == {}
    assert list((empty_data_dir / "boundaries").iterdir()) == []


def test_a_failed_install_leaves_the_previous_layer(empty_data_dir: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    install_json(write_squares(tmp_path, "geojson"))
    before = installed_levels()["kabupaten_kota"]
    before_text = json.dumps(display_geojson("kabupaten_kota"))

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(gpd.GeoDataFrame, "to_parquet", disk_full)
    with pytest.raises(BoundaryError, match="No space left"):
        install_boundaries(write_squares(tmp_path / "again", "gpkg"))
    assert installed_levels()["kabupaten_kota"] == before
    assert json.dumps(display_geojson("kabupaten_kota")) == before_text
    assert sorted(p.name for p in (empty_data_dir / "boundaries").iterdir()) == [
        before.directory, "kabupaten_kota.json"]


def test_reinstall_replaces_the_layer_and_removes_the_old_one(empty_data_dir: Path, tmp_path: Path) -> None:
    first = install_json(write_squares(tmp_path, "geojson"))
    second = install_json(write_squares(tmp_path, "gpkg"))
    names = sorted(p.name for p in (empty_data_dir / "boundaries").iterdir())
    assert names == sorted([second["directory"], "kabupaten_kota.json"])
    assert first["directory"] != second["directory"]
    assert installed_levels()["kabupaten_kota"].format == "GeoPackage"


@pytest.fixture
def local_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An http.server on 127.0.0.1 serving a temporary directory: (base URL, directory)."""
    served = tmp_path / "served"
    served.mkdir()

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(served), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.mark.parametrize("fmt", ["geojson", "shapefile_zip"])
def test_url_install_checks_the_sha256(empty_data_dir: Path, tmp_path: Path,
                                       local_server: tuple[str, Path], fmt: str) -> None:
    base, served = local_server
    source = write_squares(tmp_path / "src", fmt)
    (served / "wilayah.bin").write_bytes(source.read_bytes())
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    url = f"{base}/wilayah.bin"

    status, _, err = run_cli("boundaries", "install", "--from", url, "--sha256", "0" * 64)
    assert status == 2 and f"its sha256 is {digest}, not the expected {'0' * 64}" in err
    assert installed_levels() == {}

    report = install_json(url, "--sha256", digest.upper())
    assert (report["matched"], report["sha256"], report["source"]) == (3, digest, url)
    assert installed_levels()["kabupaten_kota"].source == url


def test_url_errors_are_one_clear_line(empty_data_dir: Path, local_server: tuple[str, Path]) -> None:
    base, _ = local_server
    status, _, err = run_cli("boundaries", "install", "--from", f"{base}/nothing-here.geojson")
    assert status == 2 and "HTTP 404" in err and err.count("\n") == 1
    assert installed_levels() == {}


@pytest.mark.parametrize("argv, message", [
    (["--from", "/no/such/file.geojson"], "does not exist"),
    (["--from", "x.geojson", "--sha256", "abc"], "64 hexadecimal"),
])
def test_bad_arguments_exit_2(empty_data_dir: Path, argv: list[str], message: str) -> None:
    status, _, err = run_cli("boundaries", "install", *argv)
    assert status == 2 and message in err


def test_status_when_nothing_is_installed(empty_data_dir: Path) -> None:
    status, out, _ = run_cli("boundaries", "status")
    assert status == 0 and "province: not installed" in out and "kabupaten_kota: not installed" in out
    assert display_geojson("province") is None and parent_footprint_geojson("91", 2015) is None
    assert province_geojson_as_of(2015) is None and full_layer("province") is None


def test_the_display_budget_is_enforced_by_coarser_tolerance(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a tiny budget the tolerance climbs; every region still comes out non-empty."""
    from ovop_analytics.geo import shapes

    frame = gpd.read_file(PROVINCES_FILE, rows=slice(0, 6))
    geometries = shapes.repair(frame.geometry.values)
    generous, tight = shapes.display_layers(list(frame["code"]), list(frame["name"]), geometries,
                                            [10_000_000, 20_000])
    assert generous.tolerance == shapes.TOLERANCES[0] and tight.tolerance > generous.tolerance
    assert len(tight.text) < len(generous.text)
    features = json.loads(tight.text)["features"]
    assert len(features) == 6 and all(f["geometry"]["coordinates"] for f in features)


def test_install_module_checks_level() -> None:
    with pytest.raises(InvalidArgumentError, match="province' or 'kabupaten_kota"):
        install_module.install_boundaries("x.geojson", level="desa")


def test_scratch_of_a_killed_install_is_removed_later(empty_data_dir: Path, tmp_path: Path) -> None:
    """An install killed mid-way leaves a hidden scratch directory; the next install clears it once old."""
    root = empty_data_dir / "boundaries"
    old, fresh = root / ".install-killed", root / ".install-running"
    for directory in (old, fresh):
        directory.mkdir(parents=True)
        (directory / "download").write_text("partial")
    os.utime(old, (0, 0))
    install_json(write_squares(tmp_path, "geojson"))
    assert not old.exists() and fresh.exists()
