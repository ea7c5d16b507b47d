"""WCAG 2.1 AA in chromium (issue 22): Deque's axe-core (bundled by the axe-playwright-python package, run
offline) finds no serious or critical violation on any page, in both languages, at 1440x900 and on a
390x844 phone, nor in the states a person reaches (a province chosen, the map drilled down, an upload with
problems, every slide of the deck). Moderate and minor findings are counted and printed.

Also: `<html lang>` follows the interface language, the skip link moves focus to the main content, a
province's CSV is downloaded with the keyboard alone, and no page is wider than a phone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from tests.support.axe import AxeReport, run_axe
from tests.support.harness import record_external_requests, wait_until_rendered
from tests.support.paths import SCREENSHOTS

PAGES = ["overview", "map", "provinces", "kabkota", "growth", "diversity", "compare", "present", "upload",
         "workspace", "facts", "sources"]
SIZES = {"desktop": (1440, 900), "phone": (390, 844)}
HEADINGS = {"id": "Ringkasan nasional OVOP", "en": "National OVOP overview"}

# Document wider than the viewport (a page that scrolls sideways on a phone), and KPI values cut off.
LAYOUT_JS = """() => {
    const W = document.documentElement.clientWidth;
    const main = document.querySelector('[data-testid="stMain"]');
    const cut = [...document.querySelectorAll('[data-testid="stMetricValue"]')].filter(v => {
        const r = v.getBoundingClientRect();
        return r.width > 0 && (v.scrollWidth > v.clientWidth + 1 || r.left < -1 || r.right > W + 1);
    }).map(v => v.textContent);
    // Controls smaller than 44x44 px to tap; not counted: a collapsed sidebar, Plotly's mode bar (its image
    // download has a 44 px equivalent), cells of a data grid, Streamlit's header, Vega's hidden actions.
    const controls = 'button, [role="button"], [role="radio"], summary, [data-testid="stSidebarNavLink"], ' +
                     'input[type="checkbox"]';
    const exempt = '[data-testid="stSidebar"][aria-expanded="false"], .modebar, [data-testid="stDataFrame"], ' +
                   '[data-testid="stToolbar"], [data-testid="stHeader"], [data-testid="stVegaLiteChart"]';
    const small = [...document.querySelectorAll(controls)].filter(c => {
        const r = c.getBoundingClientRect(), cs = getComputedStyle(c);
        return r.width > 0 && r.height > 0 && cs.visibility === 'visible' && !c.closest(exempt)
            && (r.width < 44 || r.height < 44);
    }).map(c => {
        const r = c.getBoundingClientRect(), name = (c.getAttribute('aria-label') || c.textContent).trim();
        return `${c.tagName} ${name.slice(0, 30)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    });
    return {viewport: W, scroll: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth,
                                          main ? main.scrollWidth : 0), cut, small};
}"""


@pytest.fixture(scope="module")
def axe_counts(request: pytest.FixtureRequest) -> Iterator[dict[str, tuple[int, int]]]:
    """Node counts per page state: (serious + critical, moderate + minor); printed after the module."""
    counts: dict[str, tuple[int, int]] = {}
    yield counts
    lines = ["axe-core WCAG 2.0/2.1 A+AA, nodes per page state: serious+critical / moderate+minor"]
    lines += [f"  {state:<44} {blocking:>3} / {other:>3}" for state, (blocking, other) in sorted(counts.items())]
    SCREENSHOTS.mkdir(exist_ok=True)
    (SCREENSHOTS / "axe_counts.txt").write_text("\n".join(lines) + "\n")
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("")
        for line in lines:
            reporter.write_line(line)


def new_page(browser: Browser, size: str) -> tuple[BrowserContext, Page, list[str]]:
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    return context, page, record_external_requests(page)


def check(page: Page, state: str, counts: dict[str, tuple[int, int]], failures: dict[str, str]) -> AxeReport:
    report = run_axe(page)
    counts[state] = report.counts()
    if report.blocking():
        failures[state] = report.describe(report.blocking())
    return report


def assert_clean(failures: dict[str, str]) -> None:
    assert not failures, "\n".join(f"{state}:\n{text}" for state, text in failures.items())


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_page_is_axe_clean(browser: Browser, app_url: str, boundaries: Path, axe_counts: dict,
                                 lang: str, size: str) -> None:
    """All 12 pages: no serious or critical violation; `<html lang>` is the interface language; on the
    phone no page scrolls sideways and no KPI value is cut off (screenshots saved)."""
    context, page, external = new_page(browser, size)
    failures: dict[str, str] = {}
    layout_problems = []
    for path in PAGES:
        page.goto(f"{app_url}/{path}?lang={lang}")
        wait_until_rendered(page)
        assert page.get_by_test_id("stException").count() == 0, path
        check(page, f"{path} {lang} {size}", axe_counts, failures)
        assert page.evaluate("document.documentElement.lang") == lang, path
        if size == "phone":
            layout = page.evaluate(LAYOUT_JS)
            if layout["scroll"] > layout["viewport"] or layout["cut"] or layout["small"]:
                layout_problems.append(f"{path}: {layout}")
            SCREENSHOTS.mkdir(exist_ok=True)
            page.screenshot(path=str(SCREENSHOTS / f"a11y_{path}_{lang}_390x844.png"), full_page=True)
    context.close()
    assert not external, external
    assert_clean(failures)
    assert not layout_problems, layout_problems


def upload_with_problems(page: Page, app_url: str, tmp_path: Path, lang: str) -> None:
    bad = tmp_path / "salah.csv"
    bad.write_text("provinsi,tahun,bintang,program\nJawa Tengah,2019/2020,7,kemenkop_ovop\n"
                   "Atlantis,2018,3,kemenkop_ovop\n")
    page.goto(f"{app_url}/upload?lang={lang}")
    wait_until_rendered(page)
    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(bad))
    page.get_by_test_id("stFileChip").first.wait_for()
    wait_until_rendered(page)
    problems = {"id": "Perbaiki baris bermasalah (1)", "en": "Fix the rows with problems (1)"}
    expect(page.get_by_role("heading", name=problems[lang])).to_be_visible()


@pytest.mark.parametrize("size", list(SIZES))
def test_reached_states_are_axe_clean(browser: Browser, app_url: str, boundaries: Path, axe_counts: dict,
                                      tmp_path: Path, size: str) -> None:
    """A province chosen, the map drilled into a province, an upload with problems, each slide of the deck."""
    context, page, external = new_page(browser, size)
    failures: dict[str, str] = {}
    for state, url in (("province chosen", "provinces?province=33"), ("kabupaten/kota chosen", "kabkota?kabkota=33.02"),
                       ("map drilled", "map?province=33"), ("map kabupaten/kota", "map?level=kabupaten_kota")):
        page.goto(f"{app_url}/{url}")
        wait_until_rendered(page)
        check(page, f"{state} {size}", axe_counts, failures)
    upload_with_problems(page, app_url, tmp_path, "id")
    check(page, f"upload with problems {size}", axe_counts, failures)
    page.goto(f"{app_url}/present?provinces=33&provinces=34")
    wait_until_rendered(page)
    slides = int(page.locator('.ovop-deck-bar [data-role="counter"]').inner_text().split("/")[-1])
    for n in range(1, slides + 1):
        page.wait_for_timeout(300)  # the slide's charts are drawn (they are drawn once, shown one at a time)
        check(page, f"deck slide {n:02d} {size}", axe_counts, failures)
        page.keyboard.press("ArrowRight")
    context.close()
    assert not external, external
    assert_clean(failures)


def focused(page: Page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement; const key = e.closest('[class*="st-key-"]');
        return {id: e.id, tag: e.tagName, label: e.getAttribute('aria-label') || '',
                text: (e.textContent || '').trim().slice(0, 60),
                key: key ? [...key.classList].find(c => c.startsWith('st-key-')) : '',
                top: e.getBoundingClientRect().top, visible: e.getBoundingClientRect().height > 0}; }""")


def tab_to(page: Page, wanted, limit: int = 250) -> dict:
    """Press Tab until the focused element satisfies `wanted` (keyboard only, as a person would)."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if wanted(now):
            return now
        seen.append(f"{now['tag']}:{now['label'] or now['text'][:20]}")
    raise AssertionError(f"not reached with Tab: {seen[-40:]}")


def test_html_lang_follows_the_language_switch(page: Page, app_url: str) -> None:
    page.goto(f"{app_url}/overview")
    wait_until_rendered(page)
    assert page.evaluate("document.documentElement.lang") == "id"
    expect(page.get_by_test_id("stSidebarNav")).to_have_attribute("aria-label", "Halaman aplikasi")
    page.get_by_role("radio", name="English").click()
    wait_until_rendered(page)
    expect(page.locator("h1").first).to_have_text(HEADINGS["en"])
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_test_id("stSidebarNav")).to_have_attribute("aria-label", "App pages")
    page.get_by_test_id("stSidebarNavLink").filter(has_text="Provinces").click()
    wait_until_rendered(page)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    # The navigation is a list per section, named by the section's header, its links the list items.
    lists = page.get_by_test_id("stSidebarNav").get_by_role("list")
    expect(lists).to_have_count(2)
    expect(lists.first).to_have_attribute("aria-label", "Explore")
    expect(lists.first.get_by_role("listitem")).to_have_count(9)  # Explore: 9 pages since the Spatial page
    page.get_by_role("radio", name="Bahasa Indonesia").click()
    wait_until_rendered(page)
    expect(page.locator("html")).to_have_attribute("lang", "id")


def test_skip_link_is_first_and_moves_focus_to_the_main_content(page: Page, app_url: str) -> None:
    page.goto(f"{app_url}/overview")
    wait_until_rendered(page)
    page.keyboard.press("Tab")
    first = focused(page)
    assert first["id"] == "ovop-skip-link" and first["text"] == "Langsung ke konten utama", first
    assert first["top"] >= 0 and first["visible"], "the skip link shows when it has the focus"
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "ovop-main"
    # The next Tab goes into the main content, past the sidebar.
    after = tab_to(page, lambda f: True, limit=1)
    assert page.evaluate("() => !!document.activeElement.closest('[data-testid=\"stMain\"]')"), after


def test_keyboard_only_choose_a_province_and_download_its_csv(page: Page, app_url: str) -> None:
    """From the page's top, with Tab, typing and Enter only: choose Bali, then download its kabupaten/kota."""
    page.goto(f"{app_url}/provinces")
    wait_until_rendered(page)
    tab_to(page, lambda f: f["key"] == "st-key-province" and f["tag"] == "INPUT")
    page.keyboard.type("Bali")
    page.keyboard.press("Enter")
    wait_until_rendered(page)
    expect(page.get_by_text("Kabupaten/kota di Bali")).to_be_visible()
    assert "province=51" in page.url
    tab_to(page, lambda f: f["key"] == "st-key-dl_kabupaten_kota_51")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    path = download.value.path()
    assert download.value.suggested_filename.endswith(".csv")
    text = Path(path).read_text(encoding="utf-8-sig")
    assert "51.03" in text and "Badung" in text, text[:300]
