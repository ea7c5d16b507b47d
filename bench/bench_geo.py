"""Boundary installer figures: display layer size against its budget, regions, install and read times.

Installs both shared boundary files (../shared/data/boundaries) into a temporary data directory and
prints, per level: source size, display size and budget (with ratios), regions matched/expected, install
time, and the time of `display_geojson` cold (first read after install) and warm (text cached, parsed
again so every caller gets its own dict), and of `display_geojson_text` warm (what a page that ships the
text as it is would pay).

    python -m bench.bench_geo
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
BOUNDARIES_DIR = PROJECT_DIR.parent / "shared" / "data" / "boundaries"
FILES = {"province": "idn_provinces.geojson", "kabupaten_kota": "idn_kabupaten_kota.geojson"}
WARM_RUNS = 20


def median_ms(call: Callable[[], object], runs: int = WARM_RUNS) -> float:
    """Median milliseconds of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-geo-") as directory:
        os.environ["OVOP_DATA_DIR"] = directory
        from ovop_analytics.geo import display_geojson, display_geojson_text, install_boundaries, layers
        from ovop_analytics.geo.shapes import DISPLAY_BUDGET_BYTES
        from ovop_analytics.regions import all_regions

        print(f"{'level':<15} {'source KB':>9} {'display KB':>10} {'budget KB':>9} {'disp/budget':>11} "
              f"{'disp/source':>11} {'regions':>9} {'tol deg':>7} {'install s':>9} {'cold ms':>8} "
              f"{'warm ms':>8} {'cold/warm':>9} {'text warm ms':>12}")
        for level, name in FILES.items():
            source = BOUNDARIES_DIR / name
            start = time.perf_counter()
            report = install_boundaries(source, level=level)
            install_s = time.perf_counter() - start

            layers._TEXT_CACHE.clear()  # cold: as the first page view after an install
            start = time.perf_counter()
            layer = display_geojson(level)
            cold_ms = (time.perf_counter() - start) * 1000
            warm_ms = median_ms(lambda level=level: display_geojson(level))
            text_ms = median_ms(lambda level=level: display_geojson_text(level))

            expected = sum(1 for r in all_regions() if r.level == level)
            regions = len(layer["features"]) if layer else 0
            source_kb = source.stat().st_size / 1000
            display_kb = report.display_bytes / 1000
            budget_kb = DISPLAY_BUDGET_BYTES[level] / 1000
            print(f"{level:<15} {source_kb:>9.0f} {display_kb:>10.0f} {budget_kb:>9.0f} "
                  f"{display_kb / budget_kb:>11.2f} {display_kb / source_kb:>11.2f} "
                  f"{f'{regions}/{expected}':>9} {report.tolerance:>7} {install_s:>9.2f} {cold_ms:>8.1f} "
                  f"{warm_ms:>8.1f} {cold_ms / warm_ms:>9.1f} {text_ms:>12.3f}")
            if report.overview_bytes:
                print(f"{'':<15} national view (whole-Indonesia map): {report.overview_bytes / 1000:.0f} KB "
                      f"at {report.overview_tolerance} deg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
