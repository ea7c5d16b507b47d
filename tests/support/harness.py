"""Start a Streamlit app on a free local port and drive Debian chromium with Playwright.

Shared by the browser tests and the benchmarks in bench/ so that both measure the same thing.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = os.environ.get("OVOP_CHROMIUM", "/usr/bin/chromium")
NGINX = os.environ.get("OVOP_NGINX", "/usr/sbin/nginx")
PROJECT_DIR = Path(__file__).resolve().parents[2]
# Without the background-networking flags chromium tries Google's hosts at start, which this closed
# network refuses; they also keep the "no request to a non-local host" check about the page itself.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(script: Path, env: dict[str, str] | None = None, log: Path | None = None) -> Iterator[str]:
    """Run `streamlit run script` headless on a free port; yields the base URL; stops it afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
               "--server.port", str(port), "--server.address", "127.0.0.1",
               "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    output = open(log, "w") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, cwd=script.parent, env={**os.environ, **(env or {})},
                               stdout=output, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 0.5).close()
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(f"streamlit exited with {process.returncode}; see {log}") from None
                if time.monotonic() > deadline:
                    raise RuntimeError("streamlit did not listen within 90 s") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        if log:
            output.close()


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def is_external(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme in ("http", "https", "ws", "wss") and (parts.hostname or "") not in LOCAL_HOSTS


def record_external_requests(page: Page) -> list[str]:
    """Every request the page makes to a host other than this machine (should stay empty)."""
    external: list[str] = []
    page.on("request", lambda request: external.append(request.url) if is_external(request.url) else None)
    page.on("websocket", lambda ws: external.append(ws.url) if is_external(ws.url) else None)
    return external


_STATE_JS = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    const plotly = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
        .filter(c => !c.querySelector('.main-svg'));
    const vega = [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
        .filter(c => !c.querySelector('svg.marks, canvas.marks'));
    return {
        state: app ? app.dataset.testScriptState : 'absent',
        connection: app ? app.dataset.testConnectionState : 'absent',
        busy: !!document.querySelector('[data-testid="stSkeleton"], [data-testid="stStatusWidget"]'),
        elements: document.querySelectorAll('[data-testid="stElementContainer"]').length,
        chartsPending: plotly.length + vega.length,
    };
}"""


def wait_until_rendered(page: Page, timeout_s: float = 90, quiet_s: float = 0.4) -> float:
    """Wait until the script run has ended, charts are drawn and the page stays unchanged for `quiet_s`.

    Streamlit reports 'notRunning' for a moment before the first run starts, so a quiet period is needed.
    Returns the time (time.monotonic()) at which the page reached its final state.
    """
    deadline = time.monotonic() + timeout_s
    last, since = None, None
    while time.monotonic() < deadline:
        state = page.evaluate(_STATE_JS)
        done = (state["state"] == "notRunning" and state["connection"] == "CONNECTED" and not state["busy"]
                and state["chartsPending"] == 0 and state["elements"] > 0)
        key = (done, state["elements"])
        if key != last:
            last, since = key, time.monotonic()
        elif done and time.monotonic() - since >= quiet_s:
            return since
        time.sleep(0.03)
    raise TimeoutError(f"page not rendered within {timeout_s} s: {page.evaluate(_STATE_JS)}")


def wait_healthy(url: str, process: subprocess.Popen, timeout_s: float = 90) -> None:
    """Until GET url/_stcore/health answers 200 (Streamlit's health check, also through nginx)."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} not healthy within {timeout_s:.0f} s")
        time.sleep(0.2)


def start_serve(port: int, env: dict[str, str], log: Path | None = None,
                extra: Sequence[str] = ()) -> subprocess.Popen:
    """`python -m ovop_analytics serve` (the product's own start command) on `port`, not yet healthy."""
    output = open(log, "w") if log else subprocess.DEVNULL
    return subprocess.Popen([sys.executable, "-m", "ovop_analytics", "serve", "--port", str(port), "--headless",
                             *extra], cwd=PROJECT_DIR, env={**os.environ, **env}, stdout=output,
                            stderr=subprocess.STDOUT, start_new_session=True)


def stop(process: subprocess.Popen, timeout_s: float = 15) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@contextmanager
def serve_processes(count: int, env: dict[str, str], logdir: Path) -> Iterator[list[tuple[subprocess.Popen, str]]]:
    """`count` app processes on free ports and one data directory; yields (process, base URL) pairs."""
    started: list[tuple[subprocess.Popen, str]] = []
    try:
        for i in range(count):
            port = free_port()
            started.append((start_serve(port, env, logdir / f"serve-{i}-{port}.log"), f"http://127.0.0.1:{port}"))
        for process, url in started:
            wait_healthy(url, process)
        yield started
    finally:
        for process, _ in started:
            stop(process)


@contextmanager
def nginx_proxy(backends: Sequence[str], workdir: Path, max_upload_mb: int | None = None) -> Iterator[str]:
    """Debian's nginx (/usr/sbin/nginx, not root-only: its files under `workdir`) with deploy/'s
    configuration in front of `backends` ("host:port"); yields its base URL."""
    from ovop_analytics import deploy

    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    conf = workdir / "nginx.conf"
    conf.write_text(deploy.standalone_conf(workdir, deploy.render_site(f"127.0.0.1:{port}", backends,
                                                                        max_upload_mb)))
    process = subprocess.Popen([NGINX, "-p", str(workdir), "-c", str(conf)], stdout=subprocess.DEVNULL,
                               stderr=open(workdir / "nginx.stderr", "w"), start_new_session=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), 0.5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"nginx did not start: {(workdir / 'nginx.stderr').read_text()}"
                                       f"{(workdir / 'error.log').read_text() if (workdir / 'error.log').exists() else ''}"
                                       ) from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process)
