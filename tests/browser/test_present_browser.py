"""Presenters in chromium with the network closed: the deck at projector sizes driven by the keyboard,
the map timeline played through every award round on one legend, slide-ready images of every chart and
map, and KPI values fully visible at 1024x768."""

from __future__ import annotations

import base64
import io
import time
from pathlib import Path

import plotly
import pytest
from PIL import Image
from playwright.sync_api import Browser, Page

from tests.support.paths import SCREENSHOTS
from tests.support.harness import record_external_requests, wait_until_rendered

SLIDES = 10  # eight fixed slides and two province slides
PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"

# Every drawn element of the slide on screen: text, charts, controls. Reports what lies outside the
# viewport, under the fixed control bars, or ends in an ellipsis; and whether the source line is there.
SLIDE_CHECK_JS = """(n) => {
    const W = window.innerWidth, H = window.innerHeight, problems = [];
    const slide = document.querySelector('.st-key-pres_slide_' + n);
    if (!slide || getComputedStyle(slide).visibility !== 'visible') return {problems: ['slide not shown'], text: ''};
    const bars = ['.st-key-pres_bar', '.st-key-pres_setup', '.st-key-pres_badge']
        .map(s => document.querySelector(s)).filter(Boolean).map(e => e.getBoundingClientRect());
    const sel = 'p, span, h1, h2, h3, label, button, input, text, [data-testid="stMetricValue"] div, svg.main-svg, svg.marks';
    for (const e of slide.querySelectorAll(sel)) {
        const r = e.getBoundingClientRect(), cs = getComputedStyle(e);
        if (r.width === 0 || r.height === 0 || cs.visibility !== 'visible' || cs.display === 'none') continue;
        if (e.closest('.modebar-container, .hoverlayer, .vega-actions')) continue;
        const what = (e.tagName + ' ' + (e.textContent || '').trim().slice(0, 40));
        if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1)
            problems.push('outside: ' + what + ' ' + JSON.stringify([r.left, r.top, r.right, r.bottom]));
        const ink = [...e.childNodes].filter(c => c.nodeType === 3 && c.textContent.trim()).map(c => {
            const range = document.createRange(); range.selectNodeContents(c); return range.getBoundingClientRect(); });
        if (e instanceof SVGElement && e.tagName === 'text') ink.push(r);
        if (ink.some(t => bars.some(b => t.left < b.right && t.right > b.left && t.top < b.bottom && t.bottom > b.top)))
            problems.push('under the controls: ' + what);
        if (cs.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1) problems.push('ellipsis: ' + what);
        const own = [...e.childNodes].filter(c => c.nodeType === 3).map(c => c.textContent).join('').trim();
        if (own.endsWith('…') || own.endsWith('...')) problems.push('ends in an ellipsis: ' + what);
    }
    return {problems, text: slide.textContent};
}"""


def _counter(page: Page) -> str:
    return page.locator('.ovop-deck-bar [data-role="counter"]').inner_text()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_deck_fits_the_projector_and_moves_with_the_keyboard(browser: Browser, app_url: str, boundaries: Path,  # noqa: F811
                                                              size: tuple[int, int]) -> None:
    """Every slide fits the viewport without an ellipsis and carries its source line; keys and buttons move slides."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    external = record_external_requests(page)
    page.goto(f"{app_url}/present?provinces=33,35")
    wait_until_rendered(page)
    assert page.get_by_test_id("stException").count() == 0
    assert not page.get_by_test_id("stSidebar").is_visible()
    assert page.locator(".st-key-pres_badge").inner_text() == "DATA DEMO (SINTETIS)"
    SCREENSHOTS.mkdir(exist_ok=True)
    for n in range(1, SLIDES + 1):
        assert _counter(page) == f"{n} / {SLIDES}"
        time.sleep(0.3)  # plotly sizes a chart on its first frame
        result = page.evaluate(SLIDE_CHECK_JS, n)
        page.screenshot(path=str(SCREENSHOTS / f"deck_{size[0]}x{size[1]}_{n:02d}.png"))
        assert not result["problems"], (n, result["problems"])
        assert "Dataset 'demo'" in result["text"], n  # its source line (the dataset's citation)
        page.keyboard.press("PageDown" if n % 2 else "ArrowRight")
    assert _counter(page) == f"{SLIDES} / {SLIDES}"  # stays on the last slide
    page.keyboard.press("PageUp")
    page.keyboard.press("ArrowLeft")
    assert _counter(page) == f"{SLIDES - 2} / {SLIDES}"
    assert "slide=8" in page.url
    page.locator('.ovop-deck-bar [data-role="next"]').click()
    assert _counter(page) == f"{SLIDES - 1} / {SLIDES}"
    context.close()
    assert not external


def test_a_link_opens_the_deck_at_its_slide(page: Page, app_url: str) -> None:
    """?slide=4 opens the deck at slide 4."""
    page.goto(f"{app_url}/present?slide=4&lang=en")
    wait_until_rendered(page)
    assert _counter(page) == "4 / 8"
    assert page.locator(".st-key-pres_slide_4").evaluate("e => getComputedStyle(e).visibility") == "visible"
    assert page.locator(".st-key-pres_slide_1").evaluate("e => getComputedStyle(e).visibility") == "hidden"


TIMELINE_STATE_JS = """() => {
    const box = document.querySelector('.st-key-map_timeline');
    const texts = (sel) => [...box.querySelectorAll(sel)].map(t => t.textContent);
    return {subtitle: texts('.role-title-subtitle text').join(' '), legend: texts('.role-legend-label text'),
            legendTitle: texts('.role-legend-title text').join(' '), playing: box.querySelector(
                '.ovop-player [data-role="play"]').textContent.includes('Jeda')};
}"""


def test_timeline_plays_every_award_round_on_one_legend(page: Page, app_url: str, boundaries: Path) -> None:  # noqa: F811
    page.goto(f"{app_url}/map")
    wait_until_rendered(page)
    box = page.locator(".st-key-map_timeline")
    box.scroll_into_view_if_needed()
    first = page.evaluate(TIMELINE_STATE_JS)
    assert first["subtitle"] == "Putaran 2024" and "kelas sama di semua periode" in first["legendTitle"]
    seen: dict[str, list[str]] = {}
    box.locator('.ovop-player [data-role="play"]').click()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        state = page.evaluate(TIMELINE_STATE_JS)
        seen.setdefault(state["subtitle"], state["legend"])
        if not state["playing"] and len(seen) > 1:
            break
        time.sleep(0.05)
    assert list(seen) == ["Putaran 2024", "Putaran 2013", "Putaran 2015", "Putaran 2018", "Putaran 2022"] or \
        set(seen) == {f"Putaran {r}" for r in (2013, 2015, 2018, 2022, 2024)}, list(seen)
    legends = {tuple(v) for v in seen.values()}
    assert len(legends) == 1, legends  # the same class bounds in every frame
    assert list(legends)[0][0] == "0"  # zero is its own class (issue 9), in every frame
    assert page.evaluate(TIMELINE_STATE_JS)["subtitle"] == "Putaran 2024"  # played to the end and stopped
    for label in ("Putaran 2013", "Putaran 2018", "Putaran 2024"):
        box.get_by_text(label, exact=True).last.click()
        time.sleep(0.2)
        assert page.evaluate(TIMELINE_STATE_JS)["subtitle"] == label
        box.screenshot(path=str(SCREENSHOTS / f"timeline_{label.split()[-1]}.png"))


COLLECT_FIGURES_JS = """() => [...document.querySelectorAll('.js-plotly-plot')].map(gd => JSON.parse(JSON.stringify(
    {data: gd.data, layout: gd.layout, options: gd._context.toImageButtonOptions},
    (k, v) => ArrayBuffer.isView(v) ? Array.from(v) : v)))"""

EXPORT_JS = """async ([figure, format, scale]) => {
    const o = figure.options;
    const div = document.createElement('div');
    document.body.appendChild(div);
    const url = await Plotly.toImage({data: figure.data, layout: figure.layout},
        {format, width: o.width, height: o.height, scale});
    Plotly.purge(div); div.remove();
    if (format === 'png') return url;
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    const host = document.createElement('div');
    host.innerHTML = svg;
    document.body.appendChild(host);
    const root = host.querySelector('svg'), box = root.getBoundingClientRect();
    const items = [...root.querySelectorAll('.legend .traces')];
    const last = items.length ? items[items.length - 1].getBoundingClientRect() : null;
    const texts = [...root.querySelectorAll('text')].map(t => t.textContent).join(' ');
    host.remove();
    return {width: box.width, height: box.height, texts,
            last: last && [last.left - box.left, last.top - box.top, last.right - box.left, last.bottom - box.top]};
}"""


def _png_size(data_url: str) -> tuple[int, int]:
    return Image.open(io.BytesIO(base64.b64decode(data_url.split(",", 1)[1]))).size


def test_every_chart_and_map_exports_slide_images_offline(browser: Browser, page: Page, app_url: str,
                                                          boundaries: Path, tmp_path: Path) -> None:  # noqa: F811
    figures = []
    for path in ("/", "/provinces", "/growth", "/diversity", "/compare?provinces=33,35"):
        page.goto(f"{app_url}{path}")
        wait_until_rendered(page)
        figures += [(path, f) for f in page.evaluate(COLLECT_FIGURES_JS)]
    assert len(figures) >= 10
    # plotly.js itself (the same code as the chart's camera button), from the installed package: offline
    render = browser.new_page()
    external = record_external_requests(render)
    render.set_content("<html><body></body></html>")
    render.add_script_tag(path=str(PLOTLY_JS))
    for path, figure in figures:
        options = figure["options"]
        assert (options["width"] * options["scale"], options["height"] * options["scale"]) == (1920, 1080), path
        assert options["filename"].endswith("_demo_SINTETIS_1920x1080"), options["filename"]
        assert _png_size(render.evaluate(EXPORT_JS, [figure, "png", 2])) == (1920, 1080)
        assert _png_size(render.evaluate(EXPORT_JS, [figure, "png", 4 / 3])) == (1280, 720)
        svg = render.evaluate(EXPORT_JS, [figure, "svg", 1])
        assert (svg["width"], svg["height"]) == (960, 540)
        title = figure["layout"]["title"]["text"]
        assert "Sumber: Dataset" in svg["texts"] and "DATA DEMO (SINTETIS)" in svg["texts"], title
        if svg["last"]:
            left, top, right, bottom = svg["last"]
            assert 0 <= left and right <= 960 and 0 <= top and bottom <= 540, (title, svg["last"])
    render.close()
    assert not external

    # the camera button of a page chart downloads the 1920x1080 PNG named after chart and dataset
    page.goto(f"{app_url}/")
    wait_until_rendered(page)
    chart = page.get_by_test_id("stPlotlyChart").first
    chart.hover()
    with page.expect_download() as download:
        chart.locator('.modebar-btn[data-title="Unduh grafik sebagai PNG"]').click()  # plotly's words in Bahasa Indonesia
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name.endswith("_demo_SINTETIS_1920x1080.png")
    assert Image.open(saved).size == (1920, 1080)

    # a map: both PNG sizes and the SVG from its image menu, drawn on the server
    page.goto(f"{app_url}/map?level=kabupaten_kota")
    wait_until_rendered(page)
    page.get_by_test_id("stPopover").first.click()
    for label, size in (("PNG 1920×1080", (1920, 1080)), ("PNG 1280×720", (1280, 720)), ("SVG (vektor)", None)):
        with page.expect_download() as download:
            page.get_by_role("button", name=label).first.click()
        saved = tmp_path / download.value.suggested_filename
        download.value.save_as(saved)
        assert saved.name.startswith("ikm-ovop-seluruh-indonesia-2007-2024_demo_SINTETIS"), saved.name
        if size:
            assert Image.open(saved).size == size
        else:
            host = browser.new_page()
            host.set_content(f"<html><body style='margin:0'>{saved.read_text()}</body></html>")
            inside = host.evaluate("""() => { const labels = [...document.querySelectorAll('.role-legend-label text')];
                const r = labels[labels.length - 1].getBoundingClientRect();
                return [labels[labels.length - 1].textContent, r.right <= 1280 && r.bottom <= 720 && r.left >= 0]; }""")
            host.close()
            assert inside == ["tidak ada data", True] or inside[1], inside


KPI_CHECK_JS = """() => [...document.querySelectorAll('[data-testid="stMetricValue"], [data-testid="stMetricLabel"]')]
    .flatMap(m => [m, ...m.querySelectorAll('*')])
    .filter(e => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > window.innerWidth
            || (getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth))
    .map(e => e.textContent)"""


# Chart titles, legends and source lines that reach past their chart's box, and page text cut by "...".
CLIPPED_JS = """() => {
  const out = [];
  for (const c of document.querySelectorAll('[data-testid="stPlotlyChart"], [data-testid="stVegaLiteChart"]')) {
    const box = c.getBoundingClientRect();
    for (const t of c.querySelectorAll('.g-gtitle text, .legendtext, .annotation-text, .role-title-text text, .role-legend-label text')) {
      const r = t.getBoundingClientRect();
      if (r.width && (r.right > box.right + 1 || r.left < box.left - 1)) out.push(t.textContent.slice(0, 50));
    }
  }
  for (const e of document.querySelectorAll('[data-testid="stMain"] p, [data-testid="stMain"] span, [data-testid="stMain"] label')) {
    if (getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1 && e.offsetParent)
      out.push('ellipsis: ' + e.textContent.slice(0, 50));
  }
  return out;
}"""


def test_kpi_values_and_charts_are_whole_at_1024x768_with_the_sidebar_closed_or_open(browser: Browser, app_url: str) -> None:
    """At 1024x768, sidebar closed (the default there) or open, KPI values and chart text are whole."""
    for path in ("/", "/provinces", "/diversity"):
        context = browser.new_context(viewport={"width": 1024, "height": 768})  # no sidebar choice stored yet
        page = context.new_page()
        page.goto(f"{app_url}{path}")
        wait_until_rendered(page)
        assert page.get_by_test_id("stSidebar").get_attribute("data-collapsed") == "true"  # closed below 1200 px
        assert page.evaluate(KPI_CHECK_JS) == [], path
        assert page.evaluate(CLIPPED_JS) == [], path
        page.get_by_test_id("stExpandSidebarButton").click()
        time.sleep(0.5)
        assert page.get_by_test_id("stSidebar").get_attribute("data-collapsed") == "false"
        assert page.evaluate(KPI_CHECK_JS) == [], path
        time.sleep(1)  # charts side by side stack in the narrower main area: let plotly lay them out again
        assert page.evaluate(CLIPPED_JS) == [], path
        page.screenshot(path=str(SCREENSHOTS / f"kpis_1024_sidebar_open_{path.strip('/') or 'overview'}.png"))
        context.close()


def test_choosing_a_province_redraws_its_scorecard_and_keeps_it_in_the_link(page: Page, app_url: str) -> None:
    """The province picker lives in a fragment with the scorecard: a new choice redraws the scorecard,
    leaves the ranking above as it was, and still writes the province into the URL a link reproduces."""
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(f"{app_url}/provinces?province=33")
    wait_until_rendered(page)
    ranking = page.get_by_test_id("stDataFrame").first
    picker = page.get_by_test_id("stSelectbox").filter(has_text="Pilih provinsi").get_by_role("combobox")
    picker.click()
    picker.fill("Jawa Timur")
    page.get_by_role("option", name="35 · Jawa Timur", exact=True).click()
    page.get_by_text("Kabupaten/kota di Jawa Timur").wait_for()
    wait_until_rendered(page)
    assert "province=35" in page.url
    assert ranking.is_visible()
    page.goto(page.url)  # the link reproduces the choice
    wait_until_rendered(page)
    assert page.get_by_text("Kabupaten/kota di Jawa Timur").is_visible()
