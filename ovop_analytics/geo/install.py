"""Installing a boundary layer from a file or URL the user gives: read, match, repair, simplify, store.

All or nothing: the layer is built in a hidden temporary directory, renamed into place, and only then
committed by replacing the level's manifest (see `layers`). When no feature matches a region, nothing is
written and BoundaryError says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd

from ovop_analytics import config
from ovop_analytics.errors import BoundaryError, InvalidArgumentError
from ovop_analytics.geo import layers, readers, shapes
from ovop_analytics.geo.identify import Identification, identify
from ovop_analytics.regions import all_regions, by_code

_CHUNK = 1 << 16
_DOWNLOAD_TIMEOUT_S = 60
_ABANDONED_AFTER_S = 3600


@dataclass
class InstallReport:
    """What an install found and did; `to_dict()` is the CLI's --json output."""

    level: str
    source: str
    format: str
    layer: str
    sha256: str
    features_read: int
    matched: int
    unmatched: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    fuzzy: list[dict[str, Any]] = field(default_factory=list)  # {source, code, name, score} to check
    display_bytes: int = 0
    full_bytes: int = 0
    tolerance: float = 0.0
    overview_bytes: int = 0  # the lighter national-view copy (kabupaten/kota), 0 when none is made
    overview_tolerance: float = 0.0
    directory: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def check_sha256(value: str | None) -> str | None:
    if value is None:
        return None
    text = value.strip().lower()
    if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
        raise InvalidArgumentError(f"--sha256 must be 64 hexadecimal characters, not '{value}'.")
    return text


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def download(url: str, directory: Path) -> tuple[Path, str]:
    """(file, sha256) of `url` saved under `directory`, refusing files over the upload limit."""
    limit = int(float(config.get("max_upload_mb")) * 1024 * 1024)
    target = directory / "download"
    digest = hashlib.sha256()
    size = 0
    request = urllib.request.Request(url, headers={"User-Agent": "ovop-analytics boundary installer"})
    try:
        with urllib.request.urlopen(request, timeout=_DOWNLOAD_TIMEOUT_S) as response, \
                target.open("wb") as out:
            while chunk := response.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise BoundaryError(f"{url} is larger than the {limit // (1024 * 1024)} MB limit "
                                        "(OVOP_MAX_UPLOAD_MB).")
                digest.update(chunk)
                out.write(chunk)
    except urllib.error.HTTPError as error:
        raise BoundaryError(f"Download of {url} failed: HTTP {error.code} {error.reason}.") from error
    except urllib.error.URLError as error:
        raise BoundaryError(f"Download of {url} failed: {error.reason}.") from error
    except (TimeoutError, OSError) as error:
        raise BoundaryError(f"Download of {url} failed: {error}.") from error
    return target, digest.hexdigest()


def _fetch(source: str, scratch: Path) -> tuple[Path, str]:
    if _is_url(source):
        return download(source, scratch)
    path = Path(source).expanduser()
    if not path.is_file():
        raise BoundaryError(f"Boundary file {path} does not exist (give a file path or an http(s) URL).")
    return path, file_sha256(path)


def _choose(layer_list: list[readers.SourceLayer], level: str | None
            ) -> tuple[readers.SourceLayer, Identification]:
    """The layer whose features match the most regions (a GeoPackage or TopoJSON may hold several)."""
    scored = [(layer, identify(layer.frame, level)) for layer in layer_list]
    return max(scored, key=lambda pair: len(pair[1].matched_codes))


def _regions_frame(layer: readers.SourceLayer, found: Identification) -> gpd.GeoDataFrame:
    """One repaired row per matched region (rows of one region merged), in code order."""
    repaired = shapes.repair(layer.frame.geometry.values)
    rows: dict[str, list[int]] = {}
    for match in found.matched:
        if not repaired[match.row].is_empty:
            rows.setdefault(match.code, []).append(match.row)  # type: ignore[arg-type]
    records = []
    for code in sorted(rows):
        members = rows[code]
        geometry = shapes.merge([repaired[r] for r in members])
        if geometry.is_empty:
            continue
        records.append({"code": code, "name": by_code()[code].name,
                        "source_name": " | ".join(dict.fromkeys(found.matches[r].label for r in members)),
                        "method": found.matches[members[0]].method, "geometry": geometry})
    return gpd.GeoDataFrame(records, columns=["code", "name", "source_name", "method", "geometry"],
                            geometry="geometry", crs=4326)


def install_boundaries(source: str | Path, level: str | None = None,
                       sha256: str | None = None) -> InstallReport:
    """Install the boundaries in `source` (path or http(s) URL) for `level` (detected when None).

    Raises BoundaryError (nothing written) when the file cannot be read, its sha256 differs from
    `sha256`, or no feature matches a region.
    """
    if level is not None:
        layers.check_level(level)
    expected = check_sha256(sha256)
    source_text = str(source)
    root = layers.boundaries_dir()
    _remove_abandoned_scratch(root)
    with tempfile.TemporaryDirectory(prefix=".install-", dir=root) as scratch_name:
        scratch = Path(scratch_name)
        path, digest = _fetch(source_text, scratch)
        if expected is not None and digest != expected:
            raise BoundaryError(f"Refused {source_text}: its sha256 is {digest}, "
                                f"not the expected {expected}.")
        fmt, layer_list = readers.read_layers(path)
        chosen, found = _choose(layer_list, level)
        regions = _regions_frame(chosen, found)
        if regions.empty:
            raise BoundaryError(_nothing_usable(source_text, chosen, found))
        present = set(regions["code"])
        report = InstallReport(
            level=found.level, source=source_text, format=fmt, layer=chosen.name, sha256=digest,
            features_read=len(chosen.frame), matched=len(present),
            unmatched=list(dict.fromkeys(m.label for m in found.matches if m.code is None)),
            missing=[r.code for r in all_regions() if r.level == found.level and r.code not in present],
            fuzzy=[{"source": m.label, "code": m.code, "name": by_code()[m.code].name,
                    "score": round(m.score, 1)} for m in found.matched if m.method == "fuzzy" and m.code])
        _write_layer(report, regions, scratch)
    return report


def _remove_abandoned_scratch(root: Path) -> None:
    """Scratch directories of installs killed mid-way (an hour old: no install takes that long)."""
    cutoff = time.time() - _ABANDONED_AFTER_S
    for scratch in root.glob(".install-*"):
        with contextlib.suppress(OSError):  # another process may be removing it at the same moment
            if scratch.is_dir() and scratch.stat().st_mtime < cutoff:
                shutil.rmtree(scratch)


def _nothing_usable(source: str, layer: readers.SourceLayer, found: Identification) -> str:
    seen = ", ".join(dict.fromkeys(m.label for m in found.matches[:5]))
    columns = ", ".join(str(c) for c in layer.frame.columns if c != layer.frame.geometry.name) or "none"
    return (f"Nothing installed: no feature of {source} matched a Kemendagri {found.level} by code or "
            f"name (columns: {columns}; first names: {seen or 'none'}).")


def _write_layer(report: InstallReport, regions: gpd.GeoDataFrame, scratch: Path) -> None:
    """Build the layer directory under `scratch`, move it into place, commit the manifest, tidy up."""
    budgets = [shapes.DISPLAY_BUDGET_BYTES[report.level]]
    if report.level in shapes.OVERVIEW_BUDGET_BYTES:
        budgets.append(shapes.OVERVIEW_BUDGET_BYTES[report.level])
    display, *overview = shapes.display_layers(list(regions["code"]), list(regions["name"]),
                                               regions.geometry.values, budgets)
    stamp = datetime.now(UTC)
    report.directory = f"{report.level}-{stamp:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
    root = layers.boundaries_dir()
    build = scratch / "layer"
    try:
        build.mkdir()
        (build / layers.DISPLAY_FILE).write_text(display.text, encoding="utf-8")
        if overview:
            (build / layers.OVERVIEW_FILE).write_text(overview[0].text, encoding="utf-8")
            report.overview_bytes = (build / layers.OVERVIEW_FILE).stat().st_size
            report.overview_tolerance = overview[0].tolerance
        regions.to_parquet(build / layers.FULL_FILE, index=False)
        report.display_bytes = (build / layers.DISPLAY_FILE).stat().st_size
        report.full_bytes = (build / layers.FULL_FILE).stat().st_size
        build.rename(root / report.directory)
    except OSError as error:
        raise BoundaryError(f"Could not write the boundary layer under {root}: {error}. "
                            "The installed boundaries were left as they were.") from error
    report.tolerance = display.tolerance
    manifest = layers.Manifest(
        level=report.level, source=report.source, sha256=report.sha256,
        installed_at=stamp.isoformat(timespec="seconds"), format=report.format, layer=report.layer,
        features=len(regions), matched=report.matched, unmatched=report.unmatched, missing=report.missing,
        display_bytes=report.display_bytes, full_bytes=report.full_bytes, tolerance=report.tolerance,
        overview_bytes=report.overview_bytes, overview_tolerance=report.overview_tolerance,
        directory=report.directory)
    try:
        layers.write_manifest_atomically(manifest)
    except OSError as error:
        shutil.rmtree(root / report.directory, ignore_errors=True)
        raise BoundaryError(f"Could not record the installed boundaries in {root}: {error}.") from error
    for old in root.glob(f"{report.level}-*"):
        if old.is_dir() and old.name != report.directory:
            shutil.rmtree(old, ignore_errors=True)
