"""Benchmark: PDF briefings. Targets: one province briefing under 2 s; all 38 in one batch under 30 s.

On a throw-away copy of the initialised database (demo dataset, no boundaries: the tile-grid map), in one run:
- one province (Jawa Tengah) as the CLI makes it, in a fresh process: `ovop-analytics briefing --province 33`,
  beside `ovop-analytics stats --level province` (same imports and database, no typesetting) as the baseline;
- one province in-process: the first (starting vl-convert's JavaScript engine and the Typst compiler) and the
  median of the next ones;
- all 38 provinces in one batch (`briefing_pdfs`: one connection, one compiler, one chart engine).
Prints the figures; asserts nothing.

    python -m bench.bench_briefing [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


def _process_seconds(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time and CPU time (user + system) of one `ovop-analytics` process: on a shared, loaded machine
    the CPU time says what the process itself costs."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ovop_analytics", *args], check=True, env=env, cwd=PROJECT_DIR,
                   stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        os.environ["OVOP_DATA_DIR"] = directory
        env = {**os.environ, "PYTHONPATH": str(PROJECT_DIR)}
        from ovop_analytics.briefing import resolve_scope
        from ovop_analytics.briefing.render import briefing_pdf, briefing_pdfs
        from ovop_analytics.regions import provinces
        from ovop_analytics.bootstrap import initialise
        from ovop_analytics.store import Store, get_dataset

        store = Store(Path(directory) / "ovop.duckdb")
        initialise(store)
        dataset = get_dataset(store, "demo")
        out = Path(directory) / "jateng.pdf"
        cli, cli_cpu = _process_seconds(["briefing", "--province", "33", "--dataset", "demo", "--out", str(out)], env)
        stats, stats_cpu = _process_seconds(["stats", "--dataset", "demo", "--level", "province", "--format", "csv"],
                                            env)
        print(f"one province, CLI in a fresh process: {cli:.2f} s wall, {cli_cpu:.2f} s CPU "
              f"(stats baseline {stats:.2f} s wall, {stats_cpu:.2f} s CPU); target < 2 s")
        print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

        scope = resolve_scope("province", "33")
        start = time.perf_counter()
        briefing_pdf(store, dataset, scope)
        first = time.perf_counter() - start
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            briefing_pdf(store, dataset, scope)
            times.append(time.perf_counter() - start)
        print(f"one province in-process: first {first:.2f} s (starts the chart engine and compiler), "
              f"then median {statistics.median(times):.2f} s of {args.repeat}")

        scopes = [resolve_scope("province", p.code) for p in provinces()]
        start = time.perf_counter()
        sizes = [len(pdf) for _, pdf in briefing_pdfs(store, dataset, scopes)]
        batch = time.perf_counter() - start
        print(f"all 38 provinces in one batch: {batch:.2f} s ({batch / len(sizes):.2f} s each, "
              f"{sum(sizes) / len(sizes) / 1000:.0f} KB per PDF); target < 30 s")


if __name__ == "__main__":
    main()
