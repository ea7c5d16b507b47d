"""Map page in headless chromium: full draw vs a bare Streamlit page (same run), and metric switches.

Two ways of timing a page, both against a bare one-line page measured the same way in the same run:
a new tab on a running server (the page's own time to draw: the target, <= 2.5x), and from server
start to drawn (as bench_startup does for the Overview; printed for reference: it adds the first
page's Python imports, among them mapclassify's scipy and scikit-learn, about 0.7 s).
Switching metric redraws in < 1 s (target).
Installs the shared boundary files (../shared/data/boundaries) into a temporary data directory.
usage: python -m bench.bench_map [--runs 3] [--switches 6]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent

from ovop_analytics import geo  # noqa: E402
from ovop_analytics.bootstrap import initialise  # noqa: E402
from ovop_analytics.store import Store  # noqa: E402
from bench.bench_startup import bare_page, time_to_rendered  # noqa: E402
from tests.support.harness import chromium, streamlit_server, wait_until_rendered  # noqa: E402

BOUNDARIES = PROJECT_DIR.parent / "shared" / "data" / "boundaries"
METRICS = ["Jenis OVOP", "Indeks Shannon", "Gini-Simpson", "Keunikan", "IKM OVOP", "Kemerataan"]


def open_and_time(browser, url: str) -> float:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    start = time.monotonic()
    page.goto(url)
    rendered = wait_until_rendered(page)
    context.close()
    return rendered - start


def metric_switches(browser, url: str, switches: int) -> list[float]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(url)
    wait_until_rendered(page)
    times = []
    for label in (METRICS * 2)[:switches]:
        page.get_by_test_id("stSelectbox").filter(has_text="Ukuran").click()
        option = page.get_by_role("option", name=label, exact=True)
        option.wait_for()
        start = time.monotonic()
        option.click()
        times.append(wait_until_rendered(page, quiet_s=0.3) - start)
    context.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--switches", type=int, default=6)
    args = parser.parse_args()
    import os

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        os.environ["OVOP_DATA_DIR"] = str(data_dir)
        initialise(Store(data_dir / "ovop.duckdb"))
        for name in ("idn_provinces.geojson", "idn_kabupaten_kota.geojson"):
            geo.install_boundaries(BOUNDARIES / name)
        bare_script = bare_page(Path(tmp) / "bare")
        env = {"OVOP_DATA_DIR": str(data_dir)}
        cold_bare, cold_map = [], []
        with chromium() as browser:
            time_to_rendered(browser, bare_script, "/", env)  # warm the OS file cache
            for _ in range(args.runs):
                cold_bare.append(time_to_rendered(browser, bare_script, "/", env))
                cold_map.append(time_to_rendered(browser, PROJECT_DIR / "app.py", "/map", env))
        with chromium() as browser, streamlit_server(bare_script, env=env) as bare_url, \
                streamlit_server(PROJECT_DIR / "app.py", env=env) as app_url:
            open_and_time(browser, bare_url)  # first script runs import everything: not what is measured
            open_and_time(browser, f"{app_url}/map")
            bare, province, kabkota = [], [], []
            for _ in range(args.runs):  # interleaved so that machine drift affects all alike
                bare.append(open_and_time(browser, bare_url))
                province.append(open_and_time(browser, f"{app_url}/map"))
                kabkota.append(open_and_time(browser, f"{app_url}/map?level=kabupaten_kota"))
            switch_province = metric_switches(browser, f"{app_url}/map", args.switches)
            switch_kabkota = metric_switches(browser, f"{app_url}/map?level=kabupaten_kota", args.switches)
    cb, cm = statistics.median(cold_bare), statistics.median(cold_map)
    print("from server start to drawn:")
    print(f"bare one-line page           : median {cb:.2f} s")
    print(f"Map, provinces               : median {cm:.2f} s  ratio to bare {cm / cb:.2f}  (reference)")
    b = statistics.median(bare)
    print("a new tab on a running server:")
    print(f"bare one-line page           : median {b:.2f} s")
    for name, runs in (("Map, provinces", province), ("Map, kabupaten/kota", kabkota)):
        m = statistics.median(runs)
        print(f"{name:<29}: median {m:.2f} s  ratio to bare {m / b:.2f}  (target <= 2.5)")
    for name, runs in (("metric switch, provinces", switch_province),
                       ("metric switch, kabupaten/kota", switch_kabkota)):
        print(f"{name:<29}: median {statistics.median(runs):.2f} s  max {max(runs):.2f} s  "
              f"(target < 1 s)  runs {', '.join(f'{x:.2f}' for x in runs)}")


if __name__ == "__main__":
    main()
