"""The analytics pages in headless Debian chromium: drawn charts, no exception, filters that re-render."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.support.browser import screenshot
from tests.support.harness import wait_until_rendered

PAGES = {
    "growth": "Pertumbuhan klaster OVOP",
    "diversity": "Keragaman komoditas dan cakupan",
    "compare": "Perbandingan provinsi",
    "provinces": "Peringkat dan kartu skor provinsi",
}


def assert_no_exception(page: Page) -> None:
    exceptions = page.get_by_test_id("stException")
    assert exceptions.count() == 0, exceptions.first.inner_text()


def assert_charts_drawn(page: Page, at_least: int) -> None:
    """Every plotly chart on the page has drawn its SVG (none left empty)."""
    charts = page.get_by_test_id("stPlotlyChart")
    assert charts.count() >= at_least, charts.count()
    for i in range(charts.count()):
        assert charts.nth(i).locator(".main-svg").count() > 0, f"chart {i} not drawn"


@pytest.mark.parametrize(("path", "charts"), [("growth", 3), ("diversity", 6), ("compare", 4), ("provinces", 2)])
def test_analytics_page_renders_with_charts(page: Page, app_url: str, path: str, charts: int) -> None:
    """Each analytics page renders its heading and draws every chart, offline and without exception."""
    page.goto(f"{app_url}/{path}")
    wait_until_rendered(page)
    expect(page.locator("h1").first).to_have_text(PAGES[path])
    assert_no_exception(page)
    assert_charts_drawn(page, charts)
    expect(page.locator("text=DATA DEMO (SINTETIS)").first).to_be_attached()
    screenshot(page, f"analytics_{path}")


def test_growth_period_from_the_url_and_slider_change(page: Page, app_url: str) -> None:
    """A link with a period opens on it; moving the slider re-renders and writes the new period to the URL."""
    page.goto(f"{app_url}/growth?period_from=2015&period_to=2022")
    wait_until_rendered(page)
    expect(page.locator(".main-svg text", has_text="Periode 2015–2022").first).to_be_attached()
    end = page.get_by_test_id("stSlider").locator("input[type=range]").last  # the end of the range
    end.focus()
    end.press("ArrowRight")
    wait_until_rendered(page)
    assert_no_exception(page)
    assert_charts_drawn(page, 3)
    assert "period_to=2024" in page.url, page.url
    expect(page.locator(".main-svg text", has_text="Periode 2015–2024").first).to_be_attached()


def test_growth_by_commodity_group(page: Page, app_url: str) -> None:
    """Switching to commodity groups draws the five groups and keeps the choice in the URL."""
    page.goto(f"{app_url}/growth")
    wait_until_rendered(page)
    page.get_by_role("radio", name="Kelompok komoditas").click()
    wait_until_rendered(page)
    assert_no_exception(page)
    assert "by=commodity_group" in page.url
    assert_charts_drawn(page, 3)
    expect(page.locator(".legend").first).to_contain_text("Kain Tenun")
    screenshot(page, "analytics_growth_groups")


def test_compare_province_multiselect_change(page: Page, app_url: str) -> None:
    """Removing a province from the comparison re-renders with two provinces and updates the URL."""
    page.goto(f"{app_url}/compare?provinces=33,35,32")
    wait_until_rendered(page)
    table = page.get_by_test_id("stDataFrame").first
    expect(table).to_be_visible()
    page.get_by_role("button", name="Remove 32 · Jawa Barat").click()
    wait_until_rendered(page)
    assert_no_exception(page)
    assert "provinces=33%2C35" in page.url or "provinces=33,35" in page.url, page.url
    assert_charts_drawn(page, 4)


def test_diversity_shows_jawa_tengah_catalogue_coverage(page: Page, app_url: str) -> None:
    """The catalogue coverage chart labels Jawa Tengah 76/108 · 70.4%, in English too."""
    page.goto(f"{app_url}/diversity?lang=en")
    wait_until_rendered(page)
    expect(page.locator("h1").first).to_have_text("Commodity diversity and coverage")
    expect(page.locator(".main-svg text", has_text="76/108 · 70.4%").first).to_be_attached()
    expect(page.get_by_text("fact F41").first).to_be_visible()
    assert_no_exception(page)
    screenshot(page, "analytics_diversity_en")
