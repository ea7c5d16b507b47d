"""What a visitor sees of the server: an error is a message with an incident id (the traceback only in the
server log), and every page's path works as a deep link."""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from ovop_analytics.ui import FORCED_ERROR_ENV
from tests.support.paths import PROJECT_DIR
from tests.support.harness import record_external_requests, streamlit_server, wait_until_rendered

INCIDENT = re.compile(r"\d{8}-\d{6}-[0-9a-f]{6}")
PAGES = {"overview": "Ringkasan nasional OVOP", "map": "Peta", "provinces": "Peringkat", "growth": "Pertumbuhan",
         "diversity": "Keragaman", "compare": "Perbandingan", "upload": "Unggah", "sources": "Sumber"}


def test_a_failing_page_shows_an_incident_id_and_no_traceback(browser: Browser, initialised_db: Path,
                                                              tmp_path: Path) -> None:
    shutil.copy(initialised_db, tmp_path / "ovop.duckdb")
    log = tmp_path / "server.log"
    env = {"OVOP_DATA_DIR": str(tmp_path), FORCED_ERROR_ENV: "growth"}
    with streamlit_server(PROJECT_DIR / "app.py", env=env, log=log) as url:
        shown = {}
        for lang, words in (("id", "Kode insiden"), ("en", "Incident id")):
            context = browser.new_context(viewport={"width": 1440, "height": 900})
            page = context.new_page()
            external = record_external_requests(page)
            page.goto(f"{url}/growth?lang={lang}")
            wait_until_rendered(page)
            text = page.locator('[data-testid="stMain"]').inner_text()
            assert words in text
            for leak in ("Traceback", "RuntimeError", FORCED_ERROR_ENV, "shell.py", str(PROJECT_DIR), "File \""):
                assert leak not in page.content(), leak
            assert page.get_by_test_id("stException").count() == 0
            shown[lang] = INCIDENT.search(text).group(0)
            # the rest of the app keeps working in the same session
            page.get_by_test_id("stSidebarNavLink").first.click()
            wait_until_rendered(page)
            expect(page.locator("h1").first).to_be_visible()
            context.close()
            assert not external
        server_log = log.read_text()
    for incident in shown.values():
        entry = server_log[server_log.index(f"incident {incident}"):]
        assert "Traceback (most recent call last)" in entry.split("incident ")[1]
        assert f"{FORCED_ERROR_ENV}: forced failure of page 'growth'" in entry


@pytest.mark.parametrize("path", list(PAGES))
def test_every_page_path_is_a_deep_link(page: Page, app_url: str, path: str) -> None:
    page.goto(f"{app_url}/{path}")
    wait_until_rendered(page)
    assert page.get_by_text("Page not found").count() == 0
    expect(page.locator("h1").first).to_contain_text(PAGES[path])
    assert page.url.split("?")[0] == f"{app_url}/{path}"


def test_the_root_opens_the_overview_keeping_the_link_parameters(page: Page, app_url: str) -> None:
    page.goto(f"{app_url}/?lang=en")
    wait_until_rendered(page)
    expect(page.locator("h1").first).to_have_text("National OVOP overview")
    assert page.url.startswith(f"{app_url}/overview?") and "lang=en" in page.url
    nav = page.get_by_test_id("stSidebarNavLink")
    assert nav.first.inner_text().strip() == "Overview"  # the hidden root page is not in the menu


def test_a_chart_csv_is_made_on_click_and_keeps_the_demo_watermark(browser: Browser, app_url: str) -> None:
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.goto(f"{app_url}/overview")
    wait_until_rendered(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Unduh data (CSV)").first.click()
    assert download.value.suggested_filename == "demo_ikm_per_round_SINTETIS.csv"
    lines = Path(download.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("data_status,") and len(lines) > 5
    assert all(line.startswith("Data demo (sintetis) / Demo data (synthetic),") for line in lines[1:])
    # the zip's description is written on click too, from the filters the page had when it was drawn
    page.goto(f"{app_url}/growth?lang=en&growth_level=province")
    wait_until_rendered(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download data + description (ZIP)").first.click()
    with zipfile.ZipFile(download.value.path()) as archive:
        package = json.loads(archive.read("datapackage.json"))
        assert any(name.endswith(".csv") for name in archive.namelist())
    text = json.dumps(package, ensure_ascii=False)
    assert "demo" in text and "synthetic" in text.lower()
    context.close()
