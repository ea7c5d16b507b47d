"""The Map page in chromium with the network closed: polygons really drawn, drill-down, tile grid."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.conftest import screenshot
from tests.browser.harness import record_external_requests, streamlit_server, wait_until_rendered
from tests.conftest import BOUNDARIES_DIR, PROJECT_DIR

# Distinct polygons MapLibre has actually rendered (plotly stores its map on the subplot); waits until
# the map has finished loading. Each rendered feature carries its centroid `ct` from plotly.
RENDERED_REGIONS_JS = """async () => {
    const gd = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
    const map = gd._fullLayout.map._subplot.map;
    for (let i = 0; i < 200 && !(map.loaded() && map.areTilesLoaded()); i++)
        await new Promise(resolve => setTimeout(resolve, 50));
    const features = map.queryRenderedFeatures();
    const colours = new Set(features.map(f => f.properties.fc));
    return {regions: new Set(features.map(f => JSON.stringify(f.properties.ct))).size, colours: colours.size};
}"""


@pytest.fixture(scope="module")
def boundaries(server_data_dir: Path) -> Path:
    """Install both shared boundary files into the app server's data directory (read from ../shared)."""
    for name in ("idn_provinces.geojson", "idn_kabupaten_kota.geojson"):
        subprocess.run([sys.executable, "-m", "ovop_analytics", "boundaries", "install", "--from",
                        str(BOUNDARIES_DIR / name)], check=True, capture_output=True,
                       env={**__import__("os").environ, "OVOP_DATA_DIR": str(server_data_dir)})
    return server_data_dir


def open_map(page: Page, url: str) -> dict:
    page.goto(url)
    wait_until_rendered(page)
    assert page.get_by_test_id("stException").count() == 0
    return page.evaluate(RENDERED_REGIONS_JS)


def test_without_boundaries_the_tile_grid_is_drawn_with_a_hint(browser: Browser, initialised_db: Path,
                                                               tmp_path: Path) -> None:
    """A fresh install has no boundary file: the 38-province tile grid and the install hint are shown."""
    shutil.copy(initialised_db, tmp_path / "ovop.duckdb")
    with streamlit_server(PROJECT_DIR / "app.py", env={"OVOP_DATA_DIR": str(tmp_path)}) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        external = record_external_requests(page)
        page.goto(f"{url}/map")
        wait_until_rendered(page)
        expect(page.get_by_text("ovop-analytics boundaries install").first).to_be_visible()
        tiles = page.locator('[data-testid="stPlotlyChart"] .scatterlayer .point')
        expect(tiles).to_have_count(38)
        expect(page.locator(".scatterlayer text", has_text="DIY")).to_have_count(1)
        screenshot(page, "map_tiles_no_boundaries")
        context.close()
        assert not external


def test_province_choropleth_draws_all_38_offline(page: Page, app_url: str, boundaries: Path) -> None:
    drawn = open_map(page, f"{app_url}/map")
    assert drawn["regions"] == 38, drawn
    assert drawn["colours"] >= 3  # several classes, not one flat fill
    expect(page.get_by_text("tidak ada data").first).to_be_visible()  # legend entry of no-data regions
    screenshot(page, "map_provinces")


def test_drill_down_to_jawa_tengah_draws_its_35_kabupaten_kota(page: Page, app_url: str,
                                                                boundaries: Path) -> None:
    drawn = open_map(page, f"{app_url}/map?province=33")
    assert drawn["regions"] == 35, drawn
    expect(page.get_by_text("IKM OVOP, Jawa Tengah").first).to_be_visible()
    screenshot(page, "map_drilldown_jawa_tengah")


def test_national_kabupaten_kota_map(page: Page, app_url: str, boundaries: Path) -> None:
    """All 514 are sent; at national zoom MapLibre may skip a few kota smaller than a pixel."""
    drawn = open_map(page, f"{app_url}/map?level=kabupaten_kota&metric=shannon")
    assert drawn["regions"] >= 505, drawn
    screenshot(page, "map_kabupaten_kota")


def test_before_2022_papua_is_drawn_on_its_parent_footprint(page: Page, app_url: str, boundaries: Path) -> None:
    drawn = open_map(page, f"{app_url}/map?period_from=2013&period_to=2018")
    assert drawn["regions"] == 34, drawn  # 38 less Papua Selatan, Tengah, Pegunungan, Barat Daya
    expect(page.get_by_text("Batas provinsi tahun 2018").first).to_be_visible()
    screenshot(page, "map_provinces_2018")


def test_switching_metric_redraws(page: Page, app_url: str, boundaries: Path) -> None:
    open_map(page, f"{app_url}/map")
    page.get_by_test_id("stSelectbox").filter(has_text="Ukuran").click()
    page.get_by_role("option", name="Gini-Simpson", exact=True).click()
    wait_until_rendered(page)
    expect(page.get_by_text("Gini-Simpson, Seluruh Indonesia").first).to_be_visible()
    assert page.evaluate(RENDERED_REGIONS_JS)["regions"] == 38
    assert "metric=gini_simpson" in page.url
