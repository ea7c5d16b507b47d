"""deploy/'s nginx configuration in front of two `serve` processes, driven by chromium: sticky sessions by
cookie, pages and websockets through the proxy, an upload (XSRF on) and its download, both processes
serving, and new sessions still served after one process is killed."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, expect

from tests.support.harness import nginx_proxy, record_external_requests, serve_processes, wait_until_rendered
from tests.support.browser import save_as, upload, write_bps

pytestmark = pytest.mark.slow

STREAM = re.compile(r'"GET /_stcore/stream[^"]*" 101 upstream=(.+?) route=(\S+)')


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory, initialised_db: Path) -> Iterator[dict]:
    work = tmp_path_factory.mktemp("deploy")
    data = work / "data"
    data.mkdir()
    shutil.copy(initialised_db, data / "ovop.duckdb")
    # One cookie secret for all processes, as in deploy/compose.yaml.
    env = {"OVOP_DATA_DIR": str(data), "STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_hex(32)}
    with serve_processes(2, env, work) as processes:
        backends = [url.removeprefix("http://") for _, url in processes]
        with nginx_proxy(backends, work / "nginx") as url:
            yield {"url": url, "processes": processes, "backends": backends, "log": work / "nginx" / "access.log"}


def streams(log: Path) -> list[tuple[str, str]]:
    """(upstream, route cookie) of every websocket nginx passed on, in order."""
    return STREAM.findall(log.read_text())


def new_session(browser: Browser, url: str, path: str = "/overview") -> tuple[BrowserContext, list[str]]:
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page = context.new_page()
    external = record_external_requests(page)
    page.goto(url + path)
    wait_until_rendered(page)
    return context, external


def route_of(context: BrowserContext) -> str:
    return next(c["value"] for c in context.cookies() if c["name"] == "ovop_route")


def test_sessions_stick_to_one_process_and_both_processes_serve(browser: Browser, cluster: dict) -> None:
    seen: dict[str, set[str]] = {}
    for _ in range(16):
        context, external = new_session(browser, cluster["url"])
        page = context.pages[0]
        expect(page.locator("h1").first).to_have_text("Ringkasan nasional OVOP")
        for path in ("/map", "/provinces?lang=en"):  # more page views of the same session, then a reload
            page.goto(cluster["url"] + path)
            wait_until_rendered(page)
        page.reload()
        wait_until_rendered(page)
        expect(page.locator("h1").first).to_have_text("Province ranking and scorecard")
        route = route_of(context)
        seen[route] = {upstream for upstream, r in streams(cluster["log"]) if r == route}
        context.close()
        assert not external
        if len(set().union(*seen.values())) == 2 and len(seen) >= 4:
            break
    assert all(len(upstreams) == 1 for upstreams in seen.values()), f"a session moved: {seen}"
    assert set().union(*seen.values()) == set(cluster["backends"]), f"not both processes served: {seen}"


def test_upload_and_download_through_the_proxy(browser: Browser, cluster: dict, tmp_path: Path) -> None:
    context, external = new_session(browser, cluster["url"], "/upload")
    page = context.pages[0]
    upload(page, cluster["url"], write_bps(tmp_path / "bps_nginx.csv"))  # the upload PUT carries the XSRF token
    save_as(page, "lewat nginx")
    with page.expect_download() as download:
        page.get_by_role("button", name="Unduh CSV", exact=True).click()
    path = download.value.path()
    text = Path(path).read_text(encoding="utf-8-sig")
    assert "Batik Winotosastro" in text and len(text.splitlines()) == 6  # header + the 5 rows uploaded
    context.close()
    assert not external


def test_new_sessions_keep_working_after_one_process_is_killed(browser: Browser, cluster: dict) -> None:
    process, url = cluster["processes"][0]
    victim = url.removeprefix("http://")
    os.kill(process.pid, signal.SIGKILL)
    process.wait(10)
    routes = set()
    for _ in range(6):
        context, external = new_session(browser, cluster["url"], "/growth?lang=en")
        expect(context.pages[0].locator("h1").first).to_have_text(re.compile("growth", re.I))
        routes.add(route_of(context))
        context.close()
        assert not external
    # nginx logs a websocket when it closes; those of the new sessions are found by their route cookie
    deadline = time.monotonic() + 10
    while len(served := [u for u, r in streams(cluster["log"]) if r in routes]) < len(routes):
        assert time.monotonic() < deadline, f"websockets of the new sessions not logged: {served}"
        time.sleep(0.2)
    # A request nginx first tried on the dead process lists both addresses; it always ends on the live one.
    assert all(upstream.split(",")[-1].strip() != victim for upstream in served), served
