"""The HTML deck opened from file:// in Debian's chromium with every network request refused: it makes
none, PageDown reaches every slide and PageUp comes back, every slide's elements lie inside the viewport
at 1280x720 and 1024x768 with no text cut by an ellipsis, and a chart answers the mouse with its value.
The Present page's two download buttons give the deck on screen."""

from __future__ import annotations

import io
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Route
from pptx import Presentation

from ovop_analytics.deck import build_deck
from ovop_analytics.deck.html import deck_html
from ovop_analytics.geo import install_boundaries
from ovop_analytics.store import Store, get_dataset
from tests.support.harness import record_external_requests, wait_until_rendered
from tests.support.paths import BOUNDARIES_DIR, SCREENSHOTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Every drawn element of the current slide: reports what lies outside the viewport, under the fixed
# navigation bar, or is cut with an ellipsis; and the slide's text (its source line).
SLIDE_CHECK_JS = """() => {
    const W = window.innerWidth, H = window.innerHeight, problems = [];
    const slide = document.querySelector('.slide.current');
    if (!slide) return {problems: ['no slide shown'], text: ''};
    const bar = document.querySelector('.bar').getBoundingClientRect();
    const badge = document.querySelector('.badge');
    const fixed = [bar].concat(badge ? [badge.getBoundingClientRect()] : []);
    const sel = 'p, span, h1, h2, div.label, div.value, div.note, button, text, svg.main-svg, svg.marks';
    for (const e of slide.querySelectorAll(sel)) {
        const r = e.getBoundingClientRect(), cs = getComputedStyle(e);
        if (r.width === 0 || r.height === 0 || cs.visibility !== 'visible' || cs.display === 'none') continue;
        if (e.closest('.hoverlayer, .watermark, .frame:not(.current)')) continue;
        const what = (e.tagName + ' ' + (e.textContent || '').trim().slice(0, 40));
        if (r.left < -1 || r.top < -1 || r.right > W + 1 || r.bottom > H + 1)
            problems.push('outside: ' + what + ' ' + JSON.stringify([r.left, r.top, r.right, r.bottom]));
        const ink = [...e.childNodes].filter(c => c.nodeType === 3 && c.textContent.trim()).map(c => {
            const range = document.createRange(); range.selectNodeContents(c); return range.getBoundingClientRect(); });
        if (e instanceof SVGElement && e.tagName === 'text' && !e.closest('svg.marks')) ink.push(r);
        if (ink.some(t => fixed.some(b => t.left < b.right && t.right > b.left && t.top < b.bottom && t.bottom > b.top)))
            problems.push('under the navigation: ' + what);
        if (cs.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1) problems.push('ellipsis: ' + what);
        const own = [...e.childNodes].filter(c => c.nodeType === 3).map(c => c.textContent).join('').trim();
        if (own.endsWith('…') || own.endsWith('...')) problems.push('ends in an ellipsis: ' + what);
    }
    return {problems, text: slide.textContent};
}"""


@pytest.fixture(scope="module")
def deck_file(initialised_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The demo deck with two province slides (10 slides), in Bahasa Indonesia, as a file."""
    directory = tmp_path_factory.mktemp("deck-file")
    shutil.copy(initialised_db, directory / "ovop.duckdb")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OVOP_DATA_DIR", str(directory))
        install_boundaries(BOUNDARIES_DIR / "idn_provinces.geojson")
        store = Store(directory / "ovop.duckdb")
        deck = build_deck(store, get_dataset(store, "demo"), "id", ["33", "35"])
        path = directory / "presentasi.html"
        path.write_bytes(deck_html(deck))
        yield path


def _offline_page(browser: Browser, size: tuple[int, int]) -> tuple[Page, list[str]]:
    """A page whose every request other than the file itself is refused and recorded."""
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    requests: list[str] = []

    def refuse(route: Route) -> None:
        url = route.request.url
        if url.startswith("file://") and url.split("#")[0].endswith("presentasi.html"):
            route.continue_()
        else:
            requests.append(url)
            route.abort()

    page.route("**/*", refuse)
    page.on("request", lambda r: None if r.url.startswith("file://") and "presentasi.html" in r.url
            else requests.append(r.url))
    return page, requests


def _counter(page: Page) -> str:
    return page.locator(".bar .counter").inner_text()


@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)])
def test_the_file_presents_offline_and_fits_the_projector(browser: Browser, deck_file: Path,
                                                          size: tuple[int, int]) -> None:
    page, requests = _offline_page(browser, size)
    page.goto(deck_file.as_uri())
    count = page.locator(".slide").count()
    assert count == 10 and _counter(page) == f"1 / {count}"
    assert page.locator(".badge").inner_text() == "DATA DEMO (SINTETIS)"
    SCREENSHOTS.mkdir(exist_ok=True)
    for n in range(1, count + 1):
        assert _counter(page) == f"{n} / {count}" and page.evaluate("location.hash") == f"#slide={n}"
        time.sleep(0.3)  # plotly sizes a chart on its first frame
        result = page.evaluate(SLIDE_CHECK_JS)
        page.screenshot(path=str(SCREENSHOTS / f"deck_file_{size[0]}x{size[1]}_{n:02d}.png"))
        assert not result["problems"], (n, result["problems"])
        assert "Dataset 'demo'" in result["text"], n  # the source line (an SVG map's own, or the footer)
        page.keyboard.press("PageDown")
    assert _counter(page) == f"{count} / {count}"  # stays on the last slide
    last = page.locator(".slide.current").inner_text()
    assert "Sumber lengkap" in last and "OVOP Analytics 0.1.0" in last and "dataset 'demo'" in last
    for n in range(count - 1, 0, -1):
        page.keyboard.press("PageUp")
        assert _counter(page) == f"{n} / {count}"
    page.keyboard.press("End")
    assert _counter(page) == f"{count} / {count}"
    page.keyboard.press("Home")
    page.locator('.bar [data-role="next"]').click()
    page.keyboard.press("ArrowRight")
    assert _counter(page) == f"3 / {count}"
    assert requests == []
    page.context.close()


def test_a_slide_opens_from_its_address_and_charts_keep_their_hover(browser: Browser, deck_file: Path) -> None:
    page, requests = _offline_page(browser, (1280, 720))
    page.goto(deck_file.as_uri() + "#slide=5")  # the top provinces
    assert _counter(page) == "5 / 10"
    bar = page.locator(".slide.current .chart .bars path").last  # the longest bar (Jawa Timur, drawn last)
    bar.wait_for()
    box = bar.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    hover = page.locator(".slide.current .hoverlayer .hovertext")
    hover.wait_for(timeout=5000)
    assert "Jawa Timur: 74" in hover.text_content()
    page.locator(".slide.current").screenshot(path=str(SCREENSHOTS / "deck_file_hover.png"))
    # the timeline steps through the award rounds
    page.keyboard.press("Home")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    player = page.locator(".slide.current .player")
    assert player.locator(".frame-label").inner_text() == "Putaran 2024"
    player.locator('[data-role="next"]').click()
    assert player.locator(".frame-label").inner_text() == "Putaran 2013"
    assert page.locator(".slide.current .frame.current").count() == 1
    assert requests == []
    page.context.close()


def test_the_present_page_downloads_the_slides_on_screen(browser: Browser, app_url: str,
                                                          boundaries: Path) -> None:
    """Unduh presentasi (HTML) and Unduh PowerPoint give the deck on screen: its slides, language and provinces."""
    context = browser.new_context(viewport={"width": 1280, "height": 720}, accept_downloads=True)
    page = context.new_page()
    external = record_external_requests(page)
    page.goto(f"{app_url}/present?provinces=33,35")
    wait_until_rendered(page)
    shown = page.locator('.ovop-deck-bar [data-role="counter"]').inner_text()
    page.locator(".st-key-pres_setup button").first.click()
    files = {}
    for kind in ("html", "pptx"):
        with page.expect_download(timeout=120_000) as download:
            page.locator(f".st-key-pres_download_{kind} button").click()
        files[kind] = Path(download.value.path()).read_bytes()
        assert download.value.suggested_filename.startswith("presentasi_demo_33-35_id_")
    prs = Presentation(io.BytesIO(files["pptx"]))
    assert f"1 / {len(prs.slides)}" == shown == "1 / 10"
    assert [s.shapes.title.text_frame.text for s in prs.slides][7:9] == ["Jawa Tengah: kartu skor",
                                                                        "Jawa Timur: kartu skor"]
    html = files["html"].decode("utf-8")
    assert html.count('<section class="slide') == 10 and '<html lang="id">' in html
    assert page.get_by_test_id("stException").count() == 0 and not external
    context.close()
