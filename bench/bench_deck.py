"""Benchmark: the carried-away deck. Targets: the HTML file of a 10-slide deck in at most 3 s warm, the
PowerPoint of the same deck in at most 3 s warm; beside the PDF briefing of the nation in the same run.

On a throw-away copy of the initialised database with the province boundaries installed (read from
../shared/data/boundaries), the demo dataset, Bahasa Indonesia, provinces 33 and 35 (10 slides), in one
process and one run:
- warm: the engines started (plotly, vl-convert, Typst, python-pptx loaded) by a first, untimed run;
  then the median of `--repeat` runs of each of: the PDF briefing (national), the HTML deck, the PPTX
  deck. "warm, new maps" clears the deck's map drawings before each run (a deck whose maps were never
  drawn in this process); "warm" keeps them (the same deck again, or its HTML after its PPTX);
- each as the CLI makes it, in a fresh process (wall and CPU time), beside `ovop-analytics stats`.
Prints the figures, file sizes and the machine's load; asserts nothing.

    python -m bench.bench_deck [--repeat 3]
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
from collections.abc import Callable
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
BOUNDARIES = PROJECT_DIR.parent / "shared" / "data" / "boundaries" / "idn_provinces.geojson"


def _process_seconds(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "ovop_analytics", *args], check=True, env=env, cwd=PROJECT_DIR,
                   stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _median(run: Callable[[], object], repeat: int, before: Callable[[], None] | None = None) -> tuple[float, float]:
    """Median wall and CPU seconds of `repeat` runs (CPU: this process's own, what it costs on a loaded machine)."""
    walls, cpus = [], []
    for _ in range(repeat):
        if before:
            before()
        cpu, start = time.process_time(), time.perf_counter()
        run()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        os.environ["OVOP_DATA_DIR"] = directory
        env = {**os.environ, "PYTHONPATH": str(PROJECT_DIR)}
        from ovop_analytics.bootstrap import initialise
        from ovop_analytics.briefing import resolve_scope
        from ovop_analytics.briefing.render import briefing_pdf
        from ovop_analytics.deck import build_deck, images
        from ovop_analytics.deck.html import deck_html
        from ovop_analytics.deck.pptx import deck_pptx
        from ovop_analytics.geo import install_boundaries
        from ovop_analytics.store import Store, get_dataset

        store = Store(Path(directory) / "ovop.duckdb")
        initialise(store)
        install_boundaries(BOUNDARIES)
        dataset = get_dataset(store, "demo")
        national = resolve_scope("national")

        def html() -> bytes:
            return deck_html(build_deck(store, dataset, "id", ["33", "35"]))

        def pptx() -> bytes:
            return deck_pptx(build_deck(store, dataset, "id", ["33", "35"]))

        def pdf() -> bytes:
            return briefing_pdf(store, dataset, national, "id")

        sizes = {"pdf": len(pdf()), "html": len(html()), "pptx": len(pptx())}  # starts every engine
        print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"files: HTML {sizes['html'] / 1e6:.2f} MB (target <= 8 MB), PPTX {sizes['pptx'] / 1e6:.2f} MB, "
              f"PDF briefing {sizes['pdf'] / 1e3:.0f} KB")
        briefing = _median(pdf, args.repeat)
        print(f"PDF briefing (national), warm: {briefing[0]:.2f} s wall, {briefing[1]:.2f} s CPU (baseline)")
        for name, run in (("HTML deck", html), ("PPTX deck", pptx)):
            warm = _median(run, args.repeat)
            new = _median(run, args.repeat, before=images.clear_cache)
            print(f"{name} (10 slides), warm: {warm[0]:.2f} s wall, {warm[1]:.2f} s CPU "
                  f"({warm[0] / briefing[0]:.1f}x the briefing); warm, new maps: {new[0]:.2f} s wall, "
                  f"{new[1]:.2f} s CPU ({new[0] / briefing[0]:.1f}x); target <= 3 s")
        out = Path(directory)
        base = _process_seconds(["stats", "--dataset", "demo", "--level", "province", "--format", "csv"], env)
        brief = _process_seconds(["briefing", "--national", "--dataset", "demo", "--out", str(out / "b.pdf")], env)
        print(f"CLI in a fresh process: stats {base[0]:.2f} s wall / {base[1]:.2f} s CPU (baseline), "
              f"briefing {brief[0]:.2f} / {brief[1]:.2f}")
        for fmt in ("html", "pptx"):
            wall, cpu = _process_seconds(["deck", "--dataset", "demo", "--provinces", "33,35", "--format", fmt,
                                          "--out", str(out)], env)
            print(f"  deck --format {fmt}: {wall:.2f} s wall / {cpu:.2f} s CPU")
        print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
