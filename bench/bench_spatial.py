"""Spatial patterns: the statistics in-process, the `spatial` command against `stats`, and the page's first
view against the Map page's, each pair measured side by side in one run.

1. LISA (999 permutations) + Gi* + global Moran on the 514 kabupaten/kota, warm (weights built, imports
   done): median of --runs calls of `spatial_statistics` (target <= 0.5 s).
2. `ovop-analytics spatial --dataset demo` whole process vs `ovop-analytics stats --dataset demo --level
   kabupaten_kota --per capita`, interleaved (target: ratio <= 1.5).
3. (--pages) from server start to drawn: /spatial vs /map in headless chromium, interleaved (target: ratio
   <= 2).
Installs the shared boundary files (../shared/data/boundaries) into a temporary data directory.
usage: python -m bench.bench_spatial [--runs 5] [--cli-runs 3] [--pages]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent

from ovop_analytics import geo  # noqa: E402
from ovop_analytics.bootstrap import initialise  # noqa: E402
from ovop_analytics.store import Store, get_dataset  # noqa: E402

BOUNDARIES = PROJECT_DIR.parent / "shared" / "data" / "boundaries"


def in_process(runs: int) -> list[float]:
    from ovop_analytics.spatial.analysis import SpatialRequest, region_values
    from ovop_analytics.spatial.statistics import spatial_statistics
    from ovop_analytics.spatial.weights import layer_weights

    store = Store()
    dataset = get_dataset(store, "demo")
    graph = layer_weights("kabupaten_kota", "knn6")
    values = region_values(store, dataset.id, SpatialRequest()).set_index("region_code")["value"]
    spatial_statistics(values, graph, 999, 12345)  # warm: first call pays for lazy imports
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        spatial_statistics(values, graph, 999, 12345)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return times, cpu


def process_seconds(args: list[str], env: dict[str, str]) -> float:
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "ovop_analytics", *args], env=env, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - start


def pages(runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    from bench.bench_startup import time_to_rendered
    from tests.support.harness import chromium

    spatial, map_page = [], []
    with chromium() as browser:
        time_to_rendered(browser, PROJECT_DIR / "app.py", "/map", env)  # warm the OS file cache
        for _ in range(runs):
            map_page.append(time_to_rendered(browser, PROJECT_DIR / "app.py", "/map", env))
            spatial.append(time_to_rendered(browser, PROJECT_DIR / "app.py", "/spatial", env))
    return spatial, map_page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cli-runs", type=int, default=3)
    parser.add_argument("--pages", action="store_true", help="also time the pages in chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        os.environ["OVOP_DATA_DIR"] = str(data_dir)
        initialise(Store(data_dir / "ovop.duckdb"))
        for name in ("idn_provinces.geojson", "idn_kabupaten_kota.geojson"):
            geo.install_boundaries(BOUNDARIES / name)
        env = {**os.environ, "OVOP_DATA_DIR": str(data_dir), "PYTHONPATH": str(PROJECT_DIR)}

        warm, cpu = in_process(args.runs)
        print(f"LISA + Gi* + Moran, 514 kab/kota, 999 permutations, warm: median {statistics.median(warm):.3f} s "
              f"max {max(warm):.3f} s (target <= 0.5 s); CPU median {statistics.median(cpu):.3f} s "
              "(what a busy shared machine cannot inflate)")

        stats_args = ["stats", "--dataset", "demo", "--level", "kabupaten_kota", "--per", "capita"]
        spatial_args = ["spatial", "--dataset", "demo"]
        process_seconds(stats_args, env)  # warm the OS file cache
        process_seconds(spatial_args, env)
        stats_times, spatial_times = [], []
        for _ in range(args.cli_runs):
            stats_times.append(process_seconds(stats_args, env))
            spatial_times.append(process_seconds(spatial_args, env))
        s, p = statistics.median(stats_times), statistics.median(spatial_times)
        print(f"`stats` whole process         : median {s:.2f} s")
        print(f"`spatial` whole process       : median {p:.2f} s  ratio {p / s:.2f} (target <= 1.5)")

        if args.pages:
            spatial, map_page = pages(args.cli_runs, {"OVOP_DATA_DIR": str(data_dir)})
            m, sp = statistics.median(map_page), statistics.median(spatial)
            print(f"Map page, server start to drawn     : median {m:.2f} s")
            print(f"Spatial page, server start to drawn : median {sp:.2f} s  ratio {sp / m:.2f} (target <= 2)")


if __name__ == "__main__":
    main()
