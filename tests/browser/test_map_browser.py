"""The Map page in chromium with the network closed: polygons really drawn, drill-down, tile grid."""

from __future__ import annotations

import shutil
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from tests.support.browser import screenshot
from tests.support.harness import record_external_requests, streamlit_server, wait_until_rendered
from tests.support.paths import PROJECT_DIR

# Regions Vega has actually drawn: SVG paths of the geoshape mark with a fill and a non-empty box on
# screen, and how many different fills they have (classes, not one flat colour).
# The first Vega chart of the page is the map; the award-round timeline below it is a second one.
RENDERED_REGIONS_JS = """() => {
    const map = document.querySelector('[data-testid="stVegaLiteChart"]');
    const paths = map ? [...map.querySelectorAll('.mark-shape path')] : [];
    const drawn = paths.filter(p => {
        const box = p.getBoundingClientRect();
        return p.getAttribute('fill') && p.getAttribute('d') && box.width > 0 && box.height > 0;
    });
    return {regions: drawn.length, colours: new Set(drawn.map(p => p.getAttribute('fill'))).size};
}"""


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
        tiles = page.locator('[data-testid="stVegaLiteChart"] .mark-rect path')
        expect(tiles).to_have_count(38)
        expect(page.locator('[data-testid="stVegaLiteChart"] .mark-text text', has_text="DIY")).to_have_count(1)
        screenshot(page, "map_tiles_no_boundaries")
        context.close()
        assert not external


def test_province_choropleth_draws_all_38_offline(page: Page, app_url: str, boundaries: Path) -> None:
    drawn = open_map(page, f"{app_url}/map")
    assert drawn["regions"] == 38, drawn
    assert drawn["colours"] >= 3  # several classes, not one flat fill
    # The demo covers all of Indonesia: a province without awards (Papua Selatan) is a real 0, its own
    # legend entry, not "tidak ada data".
    legend = [t.text_content() for t in page.locator('[data-testid="stVegaLiteChart"] .role-legend-label text').all()]
    assert "0" in legend and "tidak ada data" not in legend, legend
    screenshot(page, "map_provinces")


def test_drill_down_to_jawa_tengah_draws_its_35_kabupaten_kota(page: Page, app_url: str,
                                                                boundaries: Path) -> None:
    drawn = open_map(page, f"{app_url}/map?province=33")
    assert drawn["regions"] == 35, drawn
    expect(page.get_by_text("IKM OVOP, Jawa Tengah").first).to_be_visible()
    screenshot(page, "map_drilldown_jawa_tengah")


def test_national_kabupaten_kota_map(page: Page, app_url: str, boundaries: Path) -> None:
    drawn = open_map(page, f"{app_url}/map?level=kabupaten_kota&metric=shannon")
    assert drawn["regions"] == 514, drawn
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


# A point on screen where the region named `name` is the topmost element (a region's box centre may
# lie in its neighbour), found by sampling its box.
POINT_IN_REGION_JS = """(name) => {
    const path = [...document.querySelectorAll('.mark-shape path')]
        .find(p => (p.getAttribute('aria-label') || '').includes('Wilayah: ' + name + ';'));
    const box = path.getBoundingClientRect();
    for (let i = 1; i < 20; i++) for (let j = 1; j < 20; j++) {
        const x = box.left + box.width * i / 20, y = box.top + box.height * j / 20;
        if (document.elementFromPoint(x, y) === path) return [x, y];
    }
    return null;
}"""


def test_hover_names_region_value_dataset_and_source(page: Page, app_url: str, boundaries: Path) -> None:
    open_map(page, f"{app_url}/map?province=33&metric=types")
    point = page.evaluate(POINT_IN_REGION_JS, "Kabupaten Cilacap")
    assert point, "Cilacap is drawn and reachable with the mouse"
    page.mouse.move(*point)
    tooltip = page.locator("#vg-tooltip-element")
    expect(tooltip).to_be_visible()
    text = tooltip.inner_text()
    for part in ("Kabupaten Cilacap", "33.01", "Jenis OVOP", "demo", "20061"):
        assert part in text, text
    screenshot(page, "map_hover_cilacap")
