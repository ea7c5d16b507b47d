"""Browser tests: one app server per session on a private copy of the database, one chromium."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.harness import chromium, record_external_requests, streamlit_server

PROJECT_DIR = Path(__file__).resolve().parents[2]
SCREENSHOTS = PROJECT_DIR / "screenshots"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser" in item.nodeid:
            item.add_marker(pytest.mark.browser)


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


def screenshot(page: Page, name: str) -> Path:
    """A full-height screenshot (Streamlit scrolls inside its own container, so grow the viewport)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    height = page.evaluate("""() => {
        const main = document.querySelector('[data-testid="stMain"]') || document.body;
        return Math.max(main.scrollHeight, document.body.scrollHeight); }""")
    page.set_viewport_size({"width": 1400, "height": min(max(int(height) + 40, 800), 8000)})
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
