"""Two app nodes on PostgreSQL, each with a data directory of its own, driven by chromium: a dataset
uploaded through node A's Upload page is listed and drawn by node B for the same workspace; while the
server is down every page still answers, with the "saving paused" notice, and saving resumes by itself."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from ovop_analytics.store import Store
from ovop_analytics.store import postgres
from tests.support.harness import record_external_requests, start_serve, stop, wait_healthy, wait_until_rendered
from tests.support.browser import save_as, upload, write_bps
from tests.support.postgres import PostgresServer, free_port

pytestmark = pytest.mark.slow
SHOTS = Path("/work/shots/19")


def shot(page: Page, name: str) -> None:
    """Screenshots for the issue's closing note (only where that folder can be written)."""
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    except OSError:
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer]:
    """A server of this module's own: the outage test stops it."""
    from ovop_analytics.bootstrap import initialise

    pg = PostgresServer()
    pg.init()
    pg.start()
    initialise(Store(pg.url()))
    postgres.close_node(pg.url())
    yield pg
    pg.cleanup()


@pytest.fixture(scope="module")
def nodes(server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    """Nodes A and B: `serve` processes with their own data directories, one URL, one cookie secret."""
    work = tmp_path_factory.mktemp("pg-nodes")
    started = []
    try:
        for name in ("a", "b"):
            data = work / f"data-{name}"
            data.mkdir()
            env = {"OVOP_DATA_DIR": str(data), "OVOP_DATABASE_URL": server.url(), "OVOP_LOCK_TIMEOUT": "5",
                   "STREAMLIT_SERVER_COOKIE_SECRET": "x" * 32}
            port = free_port()
            started.append((start_serve(port, env, work / f"serve-{name}.log"), f"http://127.0.0.1:{port}"))
        for process, url in started:
            wait_healthy(url, process)
        yield [url for _, url in started]
    finally:
        for process, _ in started:
            stop(process)


def test_a_dataset_uploaded_on_node_a_is_drawn_on_node_b(browser: Browser, nodes: list[str], tmp_path: Path) -> None:
    node_a, node_b = nodes
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    external = record_external_requests(page)
    upload(page, node_a, write_bps(tmp_path / "bps_node_a.csv"))
    save_as(page, "dari node A")
    # (how fast a write reaches another node is timed in tests/unit/test_store_nodes_postgres.py, without a browser)
    # The same browser on node B (the workspace cookie is the browser's, whatever node answers).
    page.goto(f"{node_b}/provinces?dataset=dari+node+A")
    wait_until_rendered(page)
    expect(page.get_by_test_id("stSidebar").get_by_role("combobox")).to_have_value("dari node A")
    expect(page.get_by_text("dari node A").first).to_be_visible()
    shot(page, "node_b_shows_upload_from_node_a_id")
    stranger = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
    stranger.goto(f"{node_b}/overview")
    wait_until_rendered(stranger)
    stranger.get_by_test_id("stSidebar").get_by_role("combobox").click()
    assert "dari node A" not in stranger.get_by_role("option").all_inner_texts()  # not another workspace's
    stranger.context.close()
    context.close()
    assert not external


def test_pages_answer_while_the_server_is_down_and_saving_resumes(browser: Browser, nodes: list[str],
                                                                   server: PostgresServer, tmp_path: Path) -> None:
    node_a, node_b = nodes
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    external = record_external_requests(page)
    page.goto(f"{node_b}/overview")
    wait_until_rendered(page)
    server.stop("fast")
    try:
        time.sleep(3)  # the node's listener notices within a second or two
        page.goto(f"{node_b}/provinces")
        wait_until_rendered(page)
        expect(page.get_by_text("Penyimpanan dijeda").first).to_be_visible()
        expect(page.locator("h1").first).to_be_visible()  # the page itself is drawn from the replica
        shot(page, "saving_paused_notice_id")
        page.goto(f"{node_b}/provinces?lang=en")
        wait_until_rendered(page)
        expect(page.get_by_text("Saving is paused").first).to_be_visible()
        shot(page, "saving_paused_notice_en")
        upload(page, node_b, write_bps(tmp_path / "bps_padam.csv"))  # reading and checking work offline
        page.get_by_test_id("stTextInput").filter(has_text="Nama dataset").locator("input").fill("saat padam")
        page.keyboard.press("Enter")
        wait_until_rendered(page)
        started = time.monotonic()
        page.get_by_role("button", name="Simpan sebagai dataset pribadi").click()
        wait_until_rendered(page)
        expect(page.get_by_text("tidak dapat dihubungi").first).to_be_visible()  # one clear message
        assert time.monotonic() - started < 5 + 10  # never past the lock time-out (and a page run)
        shot(page, "saving_refused_while_down_id")
    finally:
        server.start()
    deadline = time.monotonic() + 20
    while True:
        page.goto(f"{node_b}/overview")
        wait_until_rendered(page)
        if page.get_by_text("Penyimpanan dijeda").count() == 0:
            break
        assert time.monotonic() < deadline, "the notice stayed after the server came back"
        time.sleep(1)
    upload(page, node_b, write_bps(tmp_path / "bps_kembali.csv"))
    save_as(page, "setelah kembali")
    context.close()
    assert not external
