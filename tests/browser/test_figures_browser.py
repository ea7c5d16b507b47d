"""Issue 9 in chromium: a page opened from the sidebar shows what its URL opened fresh shows, whatever page
was changed before; file and entity names are shown as text, never as a link, an image or Markdown."""

from __future__ import annotations

from playwright.sync_api import Browser, Page

from tests.support.browser import screenshot
from tests.support.harness import record_external_requests, wait_until_rendered
from tests.support.browser import save_as

_VIEW_JS = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const paths = [...main.querySelectorAll('[data-testid="stVegaLiteChart"] path[aria-label]')]
        .map(p => p.getAttribute('aria-label')).sort();
    const tables = [...main.querySelectorAll('[data-testid="stDataFrame"]')].length;
    const text = main.innerText.replace(/\\s+/g, ' ');
    return {paths, tables, text};
}"""


def _view(page: Page) -> dict:
    wait_until_rendered(page)
    return page.evaluate(_VIEW_JS)


def _fresh(browser: Browser, url: str) -> dict:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    external = record_external_requests(page)
    page.goto(url)
    view = _view(page)
    context.close()
    assert not external
    return view


def test_pages_keep_their_own_filters(page: Page, browser: Browser, app_url: str) -> None:
    # Growth with its own period and provinces (what a person sets with its slider and picker) ...
    page.goto(f"{app_url}/growth?period_from=2015&period_to=2018&provinces=51,52")
    wait_until_rendered(page)
    assert "2015" in page.get_by_test_id("stMain").inner_text()
    for link, path in (("Perbandingan", "compare"), ("Peta", "map"), ("Keragaman komoditas", "diversity")):
        # ... then Compare, Map and Diversity from the sidebar: the same view as their URL opened fresh.
        page.get_by_test_id("stSidebarNav").get_by_text(link, exact=True).click()
        via_sidebar = _view(page)
        assert page.url.split("?")[0].endswith(f"/{path}")
        fresh = _fresh(browser, f"{app_url}/{path}")
        assert via_sidebar["paths"] == fresh["paths"], path
        assert via_sidebar["text"] == fresh["text"], path
        assert "2015–2018" not in via_sidebar["text"]
        page.goto(f"{app_url}/growth?period_from=2015&period_to=2018&provinces=51,52")
        wait_until_rendered(page)


HOSTILE_FILE = "x ![p](http://evil.invalid/t.png) [klik](http://evil.invalid).csv"
HOSTILE_ROWS = (
    "kode_wilayah,tahun,program,komoditas,bintang,nama_ikm,produk\r\n"
    "51.03,2018,kemenperin_ovop_award,anyaman,4,**Tebal** <img src=http://evil.invalid/i.png>,"
    "[klik](http://evil.invalid/p)\r\n"
    "51.04,2022,kemenperin_ovop_award,gerabah,3,:red[merah] <b>html</b>,![gambar](http://evil.invalid/g.png)\r\n"
)


def test_names_from_files_are_plain_text(page: Page, app_url: str) -> None:
    page.goto(f"{app_url}/upload")
    wait_until_rendered(page)
    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(
        files=[{"name": HOSTILE_FILE, "mimeType": "text/csv", "buffer": HOSTILE_ROWS.encode()}])
    page.get_by_test_id("stFileChip").first.wait_for()
    wait_until_rendered(page)
    save_as(page, "hostile names")
    # A reload would start a new session, which cannot see a private upload: move through the sidebar.
    for link in ("Provinsi", "Sumber data", "Peta"):
        page.get_by_test_id("stSidebarNav").get_by_text(link, exact=True).click()
        wait_until_rendered(page)
        main = page.get_by_test_id("stMain")
        assert main.locator("a[href*='evil.invalid']").count() == 0, link
        assert main.locator("img[src*='evil.invalid']").count() == 0, link
        assert main.locator("strong:text('Tebal'), b:text('html')").count() == 0, link
        if link == "Provinsi":
            # shown literally (an invisible word joiner inside "http://" keeps Markdown from linking it)
            shown = main.evaluate("e => e.innerText.replaceAll('\\u2060', '')")
            assert HOSTILE_FILE in shown
            screenshot(page, "hostile_names_provinces")
