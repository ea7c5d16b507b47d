"""The CLI imports what a command needs only when it runs: checked in a fresh interpreter per command, by the
modules it leaves in sys.modules (the times are in bench/bench_cli.py, never in a test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[2]
HEAVY = {"pandas", "numpy", "pyarrow", "plotly", "geopandas", "shapely", "streamlit", "openpyxl", "typst",
         "vl_convert", "rapidfuzz"}

_RUN = """
import contextlib, io, json, sys
from ovop_analytics.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as stop:  # --help exits 0 through argparse
        code = stop.code
print(json.dumps({"code": code, "modules": sorted({name.split('.')[0] for name in sys.modules})}))
"""


def imported_by(args: list[str], data_dir: Path) -> set[str]:
    """Top-level packages in sys.modules after `ovop-analytics ARGS` ran in a new interpreter."""
    env = {**os.environ, "OVOP_DATA_DIR": str(data_dir),
           "PYTHONPATH": os.pathsep.join([str(PROJECT_DIR), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", _RUN, *args], env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] in (0, None), done.stderr
    return set(result["modules"])


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("cli-imports") / "data"
    env = {**os.environ, "OVOP_DATA_DIR": str(directory),
           "PYTHONPATH": os.pathsep.join([str(PROJECT_DIR), os.environ.get("PYTHONPATH", "")])}
    subprocess.run([sys.executable, "-m", "ovop_analytics", "init"], env=env, check=True, capture_output=True,
                   timeout=300)
    return directory


@pytest.mark.slow
def test_help_imports_no_data_library(data_dir: Path) -> None:
    modules = imported_by(["--help"], data_dir)
    assert not modules & HEAVY, modules & HEAVY
    assert "duckdb" not in modules  # --help does not open the store either


@pytest.mark.slow
@pytest.mark.parametrize("command", [["ingest", "--help"], ["briefing", "--help"], ["boundaries", "--help"],
                                     ["deck", "--help"], ["workspaces", "--help"]])
def test_subcommand_help_imports_no_data_library(data_dir: Path, command: list[str]) -> None:
    assert not imported_by(command, data_dir) & HEAVY


@pytest.mark.slow
def test_datasets_reads_the_store_without_pandas(data_dir: Path) -> None:
    modules = imported_by(["datasets"], data_dir)
    assert "duckdb" in modules  # it did read the store
    assert not modules & HEAVY, modules & HEAVY


@pytest.mark.slow
def test_stats_imports_pandas_but_no_chart_or_map_library(data_dir: Path) -> None:
    modules = imported_by(["stats", "--dataset", "demo", "--level", "province", "--format", "csv"], data_dir)
    assert "pandas" in modules
    assert not modules & {"plotly", "geopandas", "shapely", "streamlit", "openpyxl", "typst", "vl_convert"}


def test_lazy_package_names_still_import() -> None:
    """The packages whose names are read on first use still give every name they list."""
    import importlib

    for package in ("ovop_analytics.ingest", "ovop_analytics.geo", "ovop_analytics.briefing",
                    "ovop_analytics.deck", "ovop_analytics.workspace", "ovop_analytics.regions"):
        module = importlib.import_module(package)
        for name in module.__all__:
            assert getattr(module, name) is not None, f"{package}.{name}"
    with pytest.raises(AttributeError):
        importlib.import_module("ovop_analytics.ingest").no_such_name  # noqa: B018
