"""The published-facts page in chromium with the network closed: the award-round chart and the map of
named provinces and award holders are really drawn, and nothing is fetched from another host."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.support.browser import screenshot
from tests.support.harness import wait_until_rendered
from tests.support.paths import BOUNDARIES_DIR

DRAWN_JS = """() => {
    const plot = document.querySelector('[data-testid="stPlotlyChart"]');
    const bars = plot ? plot.querySelectorAll('.barlayer .point path').length : 0;
    const footer = plot ? [...plot.querySelectorAll('.annotation-text')].map(a => a.textContent).join(' ') : '';
    const map = document.querySelector('[data-testid="stVegaLiteChart"]');
    const visible = sel => map ? [...map.querySelectorAll(sel)].filter(p => !p.closest('.role-legend')).filter(p => {
        const box = p.getBoundingClientRect(); return p.getAttribute('d') && box.width > 0 && box.height > 0;
    }).length : 0;
    return {bars, footer, regions: visible('.mark-shape path'), dots: visible('.mark-symbol path')};
}"""


@pytest.fixture(scope="module")
def installed_boundaries(server_data_dir: Path) -> Path:
    """Both shared boundary files installed into the app server's data directory (read from ../shared)."""
    for name in ("idn_provinces.geojson", "idn_kabupaten_kota.geojson"):
        subprocess.run([sys.executable, "-m", "ovop_analytics", "boundaries", "install", "--from",
                        str(BOUNDARIES_DIR / name)], check=True, capture_output=True,
                       env={**os.environ, "OVOP_DATA_DIR": str(server_data_dir)})
    return server_data_dir


def test_facts_page_draws_the_rounds_chart_and_the_map_offline(page: Page, app_url: str,
                                                                installed_boundaries: Path) -> None:
    page.goto(f"{app_url}/facts")
    wait_until_rendered(page)
    assert page.get_by_test_id("stException").count() == 0
    drawn = page.evaluate(DRAWN_JS)
    assert drawn["bars"] >= 20, drawn  # totals and star segments of six round/source columns
    assert "F11–F16" in drawn["footer"] and "antaranews.com" in drawn["footer"], drawn["footer"]
    assert drawn["regions"] == 38, drawn  # every province, named or not
    assert drawn["dots"] == 9, drawn  # the nine kabupaten/kota of the 15 named award holders
    expect(page.get_by_text("Disebut berhasil (2011)").first).to_be_visible()
    screenshot(page, "facts")
    # the page fixture fails the test on any request to a non-local host
