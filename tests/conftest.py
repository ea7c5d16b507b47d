"""Fixtures shared by every test area: one initialised database built once, copied per test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ovop_analytics.bootstrap import initialise

from ovop_analytics.store import Store

PROJECT_DIR = Path(__file__).resolve().parent.parent
SHARED_DIR = PROJECT_DIR.parent / "shared"
BOUNDARIES_DIR = SHARED_DIR / "data" / "boundaries"


@pytest.fixture(scope="session")
def initialised_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the gazetteer, reference and demo datasets, built once per test session."""
    path = tmp_path_factory.mktemp("db-template") / "ovop.duckdb"
    initialise(Store(path))
    return path


@pytest.fixture
def data_dir(tmp_path: Path, initialised_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data directory holding a copy of the initialised database; OVOP_DATA_DIR points at it."""
    directory = tmp_path / "data"
    directory.mkdir()
    shutil.copy(initialised_db, directory / "ovop.duckdb")
    monkeypatch.setenv("OVOP_DATA_DIR", str(directory))
    return directory


@pytest.fixture
def store(data_dir: Path) -> Store:
    return Store(data_dir / "ovop.duckdb")
