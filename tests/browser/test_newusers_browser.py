"""What new users tripped over (issue 18), in chromium with the network closed: a presenter's clicker
steps exactly one slide per press after every settings change, and a colleague who opens someone else's
private link can go on without a reload."""

from __future__ import annotations

import time
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from tests.support.workspace_flow import PRIVATE_MESSAGE, SMALL, upload
from tests.support.browser import save_as
from tests.support.harness import record_external_requests, wait_until_rendered


def _counter(page: Page) -> str:
    return page.locator('.ovop-deck-bar [data-role="counter"]').inner_text()


def _settings(page: Page) -> None:
    """Open the deck's settings popover (if it is not open)."""
    if not page.locator(".st-key-auto").is_visible():
        page.locator(".st-key-pres_setup button").first.click()
        page.locator(".st-key-auto").wait_for(state="visible")


def _close_settings(page: Page) -> None:
    page.locator(".ovop-deck-bar [data-role='counter']").click()  # a click outside closes the popover
    time.sleep(0.3)


def _steps_one_by_one(page: Page, count: int, keys: tuple[str, ...] = ("PageDown", "ArrowRight")) -> None:
    """From the first slide, each key press moves exactly one slide, up to the last."""
    page.keyboard.press("Home")
    assert _counter(page) == f"1 / {count}"
    for n in range(2, count + 1):
        page.keyboard.press(keys[n % len(keys)])
        time.sleep(0.05)
        assert _counter(page) == f"{n} / {count}", f"after {n - 1} presses"
    page.keyboard.press("PageDown")
    assert _counter(page) == f"{count} / {count}"


def _rerun_done(page: Page, counter: str | None = None) -> None:
    wait_until_rendered(page)
    if counter:
        page.wait_for_function("(c) => document.querySelector('.ovop-deck-bar [data-role=\"counter\"]')"
                               "?.textContent.endsWith(c)", arg=counter, timeout=30_000)
    time.sleep(0.5)


def test_one_key_press_steps_one_slide_after_every_settings_change(browser: Browser, app_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    external = record_external_requests(page)
    page.goto(f"{app_url}/present?provinces=33")
    wait_until_rendered(page)
    _steps_one_by_one(page, 9)

    # auto-advance on (every 60 s: the test steps faster), then off again
    for choice in ("Setiap 60 detik", "Mati"):
        _settings(page)
        page.locator(".st-key-auto").click()
        page.get_by_role("option", name=choice).click()
        _rerun_done(page)
        _close_settings(page)
        _steps_one_by_one(page, 9)

    # one more province: choosing it gives the keys back to the deck (no click on the slides needed)
    _settings(page)
    page.locator(".st-key-provinces input").click()
    page.keyboard.type("Jawa Timur")
    page.get_by_role("option").filter(has_text="Jawa Timur").first.click()
    _rerun_done(page, "/ 10")
    page.keyboard.press("Home")
    page.keyboard.press("PageDown")
    assert _counter(page) == "2 / 10", "PageDown works right after choosing a province"
    _close_settings(page)
    _steps_one_by_one(page, 10)

    # the language
    _settings(page)
    page.locator(".st-key-pres_lang").get_by_text("English").click()
    _rerun_done(page)
    page.wait_for_function("() => document.querySelector('.st-key-pres_setup button')?.textContent.includes('Settings')")
    _close_settings(page)
    _steps_one_by_one(page, 10)

    # a round chosen on the timeline slide (a radio of the map) does not keep PageDown/ArrowRight
    page.keyboard.press("Home")
    page.keyboard.press("PageDown")
    page.keyboard.press("PageDown")
    assert _counter(page) == "3 / 10"
    radios = page.locator(".st-key-pres_slide_3 .vega-bindings input[type=radio]")
    if radios.count():
        radios.first.click()
        page.keyboard.press("ArrowRight")
        assert _counter(page) == "4 / 10"
    assert not external, external
    context.close()


def test_a_colleague_on_a_private_link_can_go_on_without_a_reload(browser: Browser, own_server,  # noqa: ANN001, F811
                                                                   tmp_path: Path) -> None:
    """Someone else's private `?dataset=NAME`: a notice with a button that opens the same page on the demo,
    a picker whose choice (the demo too) opens it, and no block once the link is left."""
    start, _data = own_server
    file = tmp_path / "penelitian_ikm.csv"
    file.write_bytes(SMALL.encode("cp1252"))
    mine = browser.new_context(viewport={"width": 1440, "height": 900})
    other = browser.new_context(viewport={"width": 1440, "height": 900})
    page, colleague = mine.new_page(), other.new_page()
    external = record_external_requests(page) + record_external_requests(colleague)
    with start() as url:
        upload(page, url, file)
        save_as(page, "penelitian_ikm")
        link = f"{url}/provinces?dataset=penelitian_ikm"

        # 1. the button
        colleague.goto(link)
        wait_until_rendered(colleague)
        expect(colleague.get_by_text(PRIVATE_MESSAGE)).to_be_visible()
        colleague.get_by_role("button", name="Buka halaman ini dengan dataset 'demo'").click()
        wait_until_rendered(colleague)
        expect(colleague.get_by_text(PRIVATE_MESSAGE)).to_have_count(0)
        expect(colleague.get_by_role("heading", name="Peringkat provinsi")).to_be_visible()
        assert "dataset=demo" in colleague.url and "/provinces" in colleague.url

        # 2. the picker: choosing the demo (the only other dataset) opens it
        colleague.goto(link)
        wait_until_rendered(colleague)
        expect(colleague.get_by_text(PRIVATE_MESSAGE)).to_be_visible()
        colleague.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").click()
        colleague.get_by_role("option", name="demo").click()
        wait_until_rendered(colleague)
        expect(colleague.get_by_text(PRIVATE_MESSAGE)).to_have_count(0)
        expect(colleague.get_by_role("heading", name="Peringkat provinsi")).to_be_visible()

        # 3. another page of the app: the block does not follow
        colleague.goto(link)
        wait_until_rendered(colleague)
        expect(colleague.get_by_text(PRIVATE_MESSAGE)).to_be_visible()
        colleague.get_by_test_id("stSidebarNav").get_by_role("link", name="Ringkasan").click()
        wait_until_rendered(colleague)
        expect(colleague.get_by_text(PRIVATE_MESSAGE)).to_have_count(0)
        expect(colleague.get_by_role("heading", name="Ringkasan nasional OVOP")).to_be_visible()
    assert not external, external
    mine.close()
    other.close()


SELECTED_JS = """() => [...document.querySelectorAll('[data-testid="stMain"] [data-testid="stSelectbox"]')]
    .map(box => [...box.querySelectorAll('input, div')].map(x => x.value || (x.children.length ? '' : x.textContent))
        .filter(Boolean).join('|'))"""


def test_chosen_values_follow_a_language_switch(browser: Browser, app_url: str) -> None:
    """'Seluruh Indonesia' and 'Kuantil' become 'All of Indonesia' and 'Quantiles' (minor 17)."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"{app_url}/map")
    wait_until_rendered(page)
    before = " ".join(page.evaluate(SELECTED_JS))
    assert "Seluruh Indonesia" in before and "Kuantil" in before
    page.get_by_test_id("stSidebar").get_by_text("English").click()
    wait_until_rendered(page)
    time.sleep(0.5)
    after = " ".join(page.evaluate(SELECTED_JS))
    assert "All of Indonesia" in after and "Quantiles" in after, after
    assert "Seluruh Indonesia" not in after and "Kuantil" not in after, after
    context.close()
