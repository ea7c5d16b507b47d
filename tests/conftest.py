"""Fixtures shared by every test area (one initialised database built once, copied per test), the tier
markers, and the stop with one line when a program the selected tests drive is missing.

Tiers (README "Run the tests"): every test gets the marker of its folder (`unit`, `app`, `browser`);
`slow` marks what takes seconds: tests that start processes or servers, typeset PDFs, and every AppTest
page run (tests/app). The fast tier is `python -m pytest -m "not browser and not slow"`.
Helpers live in tests/support/, never in a test module.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ovop_analytics.bootstrap import initialise
from ovop_analytics.store import Store
from tests.support import tools
from tests.support.paths import PROJECT_DIR

pytest_plugins = ["tests.support.postgres",  # postgres_server, postgres_url: a real PostgreSQL 15
                  "tests.support.workspace_flow"]  # own_server: a browser test's own stoppable server

TIERS = ("unit", "app", "browser")


@pytest.hookimpl(tryfirst=True)  # before -m deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The marker of the folder a test lives in (tests/unit, tests/app, tests/browser)."""
    for item in items:
        folder = Path(str(item.path)).relative_to(PROJECT_DIR / "tests").parts[0]
        if folder in TIERS:
            item.add_marker(getattr(pytest.mark, folder))
        if folder == "app":  # a whole page run in AppTest takes seconds: not for the every-few-minutes tier
            item.add_marker(pytest.mark.slow)


def pytest_collection_finish(session: pytest.Session) -> None:
    """One line, not an error per test, when the selected tests need a program that is not installed."""
    files = {Path(str(item.path)).relative_to(PROJECT_DIR).as_posix() for item in session.items}
    missing = tools.missing(files)
    if missing:
        pytest.exit(tools.missing_line(missing), returncode=4)


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
    # No verified backup after every write of every test (a copy and a full read of the file each time):
    # the tests of backups ask for them (tests/unit/test_durability.py).
    monkeypatch.setenv("OVOP_BACKUP_KEEP", "0")
    return directory


@pytest.fixture
def store(data_dir: Path) -> Store:
    return Store(data_dir / "ovop.duckdb")


@pytest.fixture(params=["duckdb", "postgresql"])
def any_store(request: pytest.FixtureRequest, data_dir: Path) -> Store:
    """The same test against both storage modes: the DuckDB file, and PostgreSQL with this process's
    replica (a database of the test's own, on the session's real server)."""
    if request.param == "duckdb":
        return Store(data_dir / "ovop.duckdb")
    return Store(request.getfixturevalue("postgres_url"))
