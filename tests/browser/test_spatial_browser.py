"""The Spatial patterns page in chromium with the network closed: at 1440x900 and 1024x768 in both
languages the LISA map draws all 514 kabupaten/kota, its legend counts add up to them, the Moran scatter
plot has one point per tested region, and pointing at a region outlines its point in the scatter."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.support.harness import record_external_requests, wait_until_rendered

# The first Vega chart of the page is the LISA map above its scatter plot.
DRAWN_JS = """() => {
    const chart = document.querySelector('[data-testid="stVegaLiteChart"]');
    const visible = (el) => { const b = el.getBoundingClientRect(); return b.width > 0 && b.height > 0; };
    const regions = [...chart.querySelectorAll('.mark-shape path')].filter(p => p.getAttribute('d') && visible(p));
    const points = [...chart.querySelectorAll('.mark-symbol:not(.role-legend-symbol) path')].filter(visible);
    const legend = [...chart.querySelectorAll('.role-legend-label text')].map(t => t.textContent);
    const box = chart.getBoundingClientRect();
    return {regions: regions.length, points: points.length, legend: legend,
            fills: new Set(regions.map(p => p.getAttribute('fill'))).size,
            right: box.right, width: window.innerWidth};
}"""

# A point on screen where a region of the LISA map is the topmost element.
REGION_POINT_JS = """() => {
    const chart = document.querySelector('[data-testid="stVegaLiteChart"]');
    chart.scrollIntoView({block: 'start'});
    for (const path of chart.querySelectorAll('.mark-shape path')) {
        const box = path.getBoundingClientRect();
        if (box.width < 12 || box.height < 12) continue;
        const x = box.left + box.width / 2, y = box.top + box.height / 2;
        if (document.elementFromPoint(x, y) === path) return [x, y];
    }
    return null;
}"""

OUTLINED_POINTS_JS = """() => [...document.querySelector('[data-testid="stVegaLiteChart"]')
    .querySelectorAll('.mark-symbol:not(.role-legend-symbol) path')]
    .filter(p => p.getAttribute('stroke-width') === '2.5').length"""


@pytest.mark.parametrize("width,height", [(1440, 900), (1024, 768)])
@pytest.mark.parametrize("lang,title,first", [("id", "Pola spasial", "Tinggi-Tinggi (kantong tinggi)"),
                                              ("en", "Spatial patterns", "High-High (high pocket)")])
def test_cluster_map_legend_counts_and_linked_scatter(browser: Browser, app_url: str, boundaries: Path, width: int,
                                                      height: int, lang: str, title: str, first: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    external = record_external_requests(page)
    try:
        page.goto(f"{app_url}/spatial?lang={lang}")
        wait_until_rendered(page, timeout_s=180)
        assert page.get_by_test_id("stException").count() == 0
        assert page.get_by_role("heading", name=title).count() >= 1
        drawn = page.evaluate(DRAWN_JS)
        assert drawn["regions"] == 514 and drawn["fills"] >= 3, drawn
        assert drawn["points"] == 514, drawn  # the demo covers all of Indonesia; KNN-6 leaves nobody alone
        legend = drawn["legend"]
        assert len(legend) == 7 and legend[0].startswith(first), legend
        assert sum(int(label.rsplit("(", 1)[1].rstrip(")")) for label in legend) == 514, legend
        assert drawn["right"] <= drawn["width"], "the figure and its legend fit the window"
        point = page.evaluate(REGION_POINT_JS)
        assert point, "a region of the map can be reached with the mouse"
        page.mouse.move(*point)
        page.wait_for_function(OUTLINED_POINTS_JS.replace("() =>", "() => 1 <=").replace(".length", ".length"),
                               timeout=5000)
        assert page.evaluate(OUTLINED_POINTS_JS) == 1, "the region's point is outlined in the scatter plot"
    finally:
        context.close()
    assert not external, f"requests to non-local hosts: {external}"
