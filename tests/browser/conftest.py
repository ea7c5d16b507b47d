"""Browser tests: one app server per session on a private copy of the database, one chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.support.harness import chromium, record_external_requests, streamlit_server
from tests.support.paths import BOUNDARIES_DIR, PROJECT_DIR



@pytest.fixture(scope="session")
def server_data_dir(tmp_path_factory: pytest.TempPathFactory, initialised_db: Path) -> Path:
    directory = tmp_path_factory.mktemp("browser-data")
    shutil.copy(initialised_db, directory / "ovop.duckdb")
    return directory


@pytest.fixture(scope="session")
def app_url(server_data_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    with streamlit_server(PROJECT_DIR / "app.py", env={"OVOP_DATA_DIR": str(server_data_dir)}, log=log) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh browser context (a new Streamlit session); fails the test on any non-local request."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    external = record_external_requests(page)
    yield page
    context.close()
    assert not external, f"requests to non-local hosts: {external}"


@pytest.fixture(scope="module")
def boundaries(server_data_dir: Path) -> Path:
    """Install both shared boundary files into the app server's data directory (read from ../shared)."""
    for name in ("idn_provinces.geojson", "idn_kabupaten_kota.geojson"):
        subprocess.run([sys.executable, "-m", "ovop_analytics", "boundaries", "install", "--from",
                        str(BOUNDARIES_DIR / name)], check=True, capture_output=True,
                       env={**os.environ, "OVOP_DATA_DIR": str(server_data_dir)})
    return server_data_dir
