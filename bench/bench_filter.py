"""Benchmark: how long a filter change on the growth page takes to show, in headless Debian chromium.

Starts the app on a fresh database (gazetteer, reference and demo datasets) in a temporary directory,
opens /growth, then changes the filters the way a person would: the end and the start of the period
slider by keyboard, and the "by" switch. Each change is timed from the key press or click to the page
fully rendered again (the script run over, every chart's SVG drawn, the new period in the chart
subtitles, nothing changing for a moment: `tests/support/harness.wait_until_rendered`).

"cold" changes ask the metrics for a period no session asked for before (a DuckDB aggregate); "warm"
changes come back to one already seen (Streamlit's cache). Prints every change, then the median and the
slowest of each kind against the target of 1 s. Asserts nothing.

    python -m bench.bench_filter [--repeat 1]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[1]

from playwright.sync_api import Page  # noqa: E402

from ovop_analytics.bootstrap import initialise  # noqa: E402

from ovop_analytics.store import Store  # noqa: E402
from tests.support.harness import chromium, streamlit_server, wait_until_rendered  # noqa: E402

TARGET_S = 1.0
ROUNDS = [2013, 2015, 2018, 2022, 2024]


def timed(page: Page, action, expected_subtitle: str) -> float:
    """Seconds from `action()` to the page rendered again showing `expected_subtitle` in its charts."""
    start = time.monotonic()
    action()
    page.locator(".main-svg text", has_text=expected_subtitle).first.wait_for(state="attached", timeout=60_000)
    return wait_until_rendered(page) - start


def slider_press(page: Page, handle: int, key: str):
    """A key press on one handle of the period slider (0 = start, 1 = end)."""
    def press() -> None:
        thumb = page.get_by_test_id("stSlider").locator("input[type=range]").nth(handle)
        thumb.focus()
        thumb.press(key)
    return press


def scenario(page: Page) -> list[tuple[str, str, float]]:
    """(label, cold|warm, seconds) for each filter change, starting from the full period 2013-2024."""
    results = []
    start, end = 0, len(ROUNDS) - 1
    scope = "Menurut provinsi"
    steps = [("end ←", 1, "ArrowLeft", "cold"), ("end ←", 1, "ArrowLeft", "cold"),
             ("start →", 0, "ArrowRight", "cold"), ("start ←", 0, "ArrowLeft", "warm"),
             ("end →", 1, "ArrowRight", "warm"), ("end →", 1, "ArrowRight", "warm")]
    for label, handle, key, kind in steps:
        if handle == 1:
            end += 1 if key == "ArrowRight" else -1
        else:
            start += 1 if key == "ArrowRight" else -1
        subtitle = f"{scope} · periode {ROUNDS[start]}–{ROUNDS[end]}"
        seconds = timed(page, slider_press(page, handle, key), subtitle)
        results.append((f"period {label} {ROUNDS[start]}–{ROUNDS[end]}", kind, seconds))
    period = f"periode {ROUNDS[start]}–{ROUNDS[end]}"
    for name, scope, kind in (("Kelompok komoditas", "Menurut kelompok komoditas", "cold"),
                              ("Provinsi", "Menurut provinsi", "warm")):
        seconds = timed(page, lambda n=name: page.get_by_role("radio", name=n).click(), f"{scope} · {period}")
        results.append((f"by → {name}", kind, seconds))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of the scenario, each on a fresh server")
    args = parser.parse_args()
    results: list[tuple[str, str, float]] = []
    with tempfile.TemporaryDirectory() as directory, chromium() as browser:
        data_dir = Path(directory)
        initialise(Store(data_dir / "ovop.duckdb"))
        for _ in range(args.repeat):
            with streamlit_server(PROJECT_DIR / "app.py", env={"OVOP_DATA_DIR": str(data_dir)}) as url:
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                page = context.new_page()
                opened = time.monotonic()
                page.goto(f"{url}/growth")
                first = wait_until_rendered(page) - opened
                print(f"first render of /growth (fresh server, cold caches): {first:.2f} s")
                run = scenario(page)
                context.close()
            for label, kind, seconds in run:
                print(f"  {label:<32} {kind:<5} {seconds:.3f} s")
            results.extend(run)
    print()
    print(f"{'filter change':<14} {'n':>3} {'median s':>9} {'slowest s':>10} {'target s':>9} {'slowest/target':>15}")
    for kind in ("cold", "warm"):
        times = [s for _, k, s in results if k == kind]
        print(f"{kind:<14} {len(times):>3} {statistics.median(times):>9.3f} {max(times):>10.3f} {TARGET_S:>9.1f} "
              f"{max(times) / TARGET_S:>15.2f}")


if __name__ == "__main__":
    main()
