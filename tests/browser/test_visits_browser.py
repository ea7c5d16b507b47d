"""What one visit costs, read from the websocket as the browser receives it: script runs per visit (new
browser profile and returning visitor), and the bytes of a Map page view once its shapes are cached."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Browser, Page
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from tests.support.harness import record_external_requests, wait_until_rendered

LATE_RERUN_S = 3.0  # a component that reports a value does so after it is drawn: wait for it after the page
MAP_VIEW_BOUND_KB = 100  # issue 23: the Map page at most 100 KB per view after the first (was 616 KB)

GEOSHAPES_JS = """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"] .mark-shape path')]
    .map(p => p.getAttribute('d')).filter(Boolean)"""


@dataclass
class Wire:
    """What the page received on Streamlit's websocket."""
    runs: list[int] = field(default_factory=list)  # status of each script_finished, in order
    bytes: int = 0


def listen(page: Page) -> Wire:
    wire = Wire()

    def on_socket(socket) -> None:  # noqa: ANN001 - playwright's WebSocket
        def on_frame(payload: bytes | str) -> None:
            if isinstance(payload, str):
                return
            wire.bytes += len(payload)
            message = ForwardMsg()
            message.ParseFromString(payload)
            if message.WhichOneof("type") == "script_finished":
                wire.runs.append(message.script_finished)
        socket.on("framereceived", on_frame)

    page.on("websocket", on_socket)
    return wire


def visit(context, url: str) -> tuple[Wire, Page]:  # noqa: ANN001 - playwright's BrowserContext
    page = context.new_page()
    external = record_external_requests(page)
    wire = listen(page)
    page.goto(url)
    wait_until_rendered(page)
    time.sleep(LATE_RERUN_S)
    wait_until_rendered(page)
    assert not external, external
    return wire, page


def test_one_script_run_per_visit_new_and_returning(browser: Browser, app_url: str) -> None:
    """A new visitor (no key yet: the browser makes one) and the same visitor again each cost one run of
    the script: the workspace key needs no second run, `/` serves the Overview without a switch."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        first, page = visit(context, f"{app_url}/")
        assert page.locator("h1").first.inner_text() == "Ringkasan nasional OVOP"
        page.close()
        again, page = visit(context, f"{app_url}/")
        assert page.locator("h1").first.inner_text() == "Ringkasan nasional OVOP"
        page.close()
    finally:
        context.close()
    assert first.runs == [ForwardMsg.FINISHED_SUCCESSFULLY], f"new visitor: {first.runs}"
    assert again.runs == [ForwardMsg.FINISHED_SUCCESSFULLY], f"returning visitor: {again.runs}"


def test_the_map_page_sends_its_shapes_once(browser: Browser, app_url: str, boundaries: Path) -> None:
    """The second view of the Map page in the same browser carries only values on the websocket (the
    shapes come from the browser's cache, same origin) and draws the very same paths."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    shape_responses: list[str] = []
    context.on("response", lambda r: shape_responses.append(r.url) if "/static/shapes/" in r.url else None)
    try:
        first, page = visit(context, f"{app_url}/map")
        drawn_first = page.evaluate(GEOSHAPES_JS)
        page.close()
        second, page = visit(context, f"{app_url}/map")
        drawn_second = page.evaluate(GEOSHAPES_JS)
        page.close()
    finally:
        context.close()
    assert len(drawn_first) >= 38 * 2  # every province, on the map and on the timeline map
    assert drawn_second == drawn_first
    assert shape_responses and all(url.startswith(app_url) for url in shape_responses)  # same origin
    assert second.bytes <= MAP_VIEW_BOUND_KB * 1024, f"{second.bytes / 1024:.0f} KB on the second view"
