"""Every page in headless Debian chromium: renders, shows no exception, requests nothing off this machine."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.support.browser import screenshot
from tests.support.harness import wait_until_rendered

PAGES = {
    "": "Ringkasan nasional OVOP",  # the default page lives at the root URL
    "provinces": "Peringkat dan kartu skor provinsi",
    "sources": "Sumber data dan fakta terbitan",
}


def assert_no_exception(page: Page) -> None:
    assert page.get_by_test_id("stException").count() == 0, page.get_by_test_id("stException").first.inner_text()


@pytest.mark.parametrize("path", list(PAGES))
def test_page_renders_offline_without_exception(page: Page, app_url: str, path: str) -> None:
    """Each page renders its heading and charts, with no exception and no request to the internet."""
    page.goto(f"{app_url}/{path}")
    wait_until_rendered(page)
    expect(page.locator("h1").first).to_have_text(PAGES[path])
    assert_no_exception(page)
    screenshot(page, f"foundation_{path or 'overview'}")


def test_overview_charts_drawn_with_watermark(page: Page, app_url: str) -> None:
    """The Overview draws its two charts and the demo watermark inside them."""
    page.goto(f"{app_url}/")
    wait_until_rendered(page)
    charts = page.get_by_test_id("stPlotlyChart")
    expect(charts).to_have_count(2)
    assert page.locator(".main-svg .bars path").count() >= 10, "stacked bars are drawn"
    expect(page.locator("text=DATA DEMO (SINTETIS)").first).to_be_visible()


def test_language_and_province_live_in_the_url(page: Page, app_url: str) -> None:
    """A shared link reproduces the view: English, province 34 (DI Yogyakarta)."""
    page.goto(f"{app_url}/provinces?lang=en&province=34")
    wait_until_rendered(page)
    expect(page.locator("h1").first).to_have_text("Province ranking and scorecard")
    expect(page.get_by_text("Kabupaten/kota in Daerah Istimewa Yogyakarta")).to_be_visible()
    assert_no_exception(page)


def test_switching_language_updates_the_url(page: Page, app_url: str) -> None:
    page.goto(f"{app_url}/")
    wait_until_rendered(page)
    page.get_by_role("radio", name="English").click()
    wait_until_rendered(page)
    expect(page.locator("h1").first).to_have_text("National OVOP overview")
    assert "lang=en" in page.url


def test_sources_page_links_and_conflict(page: Page, app_url: str) -> None:
    """Published facts keep their source links; the 2015 star conflict shows both sources."""
    page.goto(f"{app_url}/sources")
    wait_until_rendered(page)
    conflict = page.get_by_test_id("stVerticalBlock").filter(has_text="F21 · 2015").last
    expect(conflict).to_contain_text("KONFLIK")  # the note in the interface language (Bahasa Indonesia)
    hrefs = [a.get_attribute("href") for a in conflict.locator("a").all()]
    assert any("bisnis.com" in h for h in hrefs) and any("antaranews.com" in h for h in hrefs), hrefs


def test_deep_link_is_the_first_request_of_a_new_server(browser, server_data_dir) -> None:
    """A bookmarked /provinces opened on a freshly started server still gets the app shell and its data.

    Streamlit would otherwise run pages/provinces.py alone (its old `pages/` folder mode)."""
    from pathlib import Path

    from tests.support.harness import streamlit_server

    project = Path(__file__).resolve().parents[2]
    with streamlit_server(project / "app.py", env={"OVOP_DATA_DIR": str(server_data_dir)}) as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{url}/provinces?province=52")
        wait_until_rendered(page)
        expect(page.locator("h1").first).to_have_text("Peringkat dan kartu skor provinsi")
        expect(page.get_by_text("Kabupaten/kota di Nusa Tenggara Barat")).to_be_visible()
        nav = [link.inner_text() for link in page.get_by_test_id("stSidebarNavLink").all()]
        assert not any("app" == text.strip() for text in nav), nav
        context.close()


def test_two_app_processes_share_one_database(page: Page, app_url: str, server_data_dir, browser) -> None:
    """A second `streamlit run` on the same data directory works beside the first: no DuckDB lock error."""
    from pathlib import Path

    from tests.support.harness import streamlit_server

    project = Path(__file__).resolve().parents[2]
    with streamlit_server(project / "app.py", env={"OVOP_DATA_DIR": str(server_data_dir)}) as second_url:
        other = browser.new_context().new_page()
        for tab, url in ((page, app_url), (other, second_url)):
            tab.goto(f"{url}/provinces")
        for tab in (page, other):
            wait_until_rendered(tab)
            expect(tab.locator("h1").first).to_have_text("Peringkat dan kartu skor provinsi")
            assert_no_exception(tab)
        other.context.close()
