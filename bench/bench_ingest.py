"""Ingest speed and memory: `ovop-analytics ingest` of a 1,000,000-row CSV against DuckDB's own read_csv.

Generates a CSV of one million OVOP records (~35 MB: kode_wilayah, tahun, komoditas, bintang, nama_ikm)
in a temporary data directory, then, in the same run and on the same database file:

- times `ovop-analytics ingest` called in-process (read, validate, match regions, check duplicates,
  write in one transaction), split into parse and write;
- times DuckDB's read_csv of the same file into a table (CREATE TABLE AS, committed);
- prints both medians and the ratio (target <= 2x);
- runs the ingest once more as a subprocess and prints its peak memory (ru_maxrss from wait4; target
  < 2 GB), beside the peak memory of a subprocess doing only DuckDB's read_csv.

    python -m bench.bench_ingest [--rows N] [--runs N]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 2.0
TARGET_PEAK_MB = 2048


def generate_csv(path: Path, rows: int) -> None:
    """Realistic records: every kabupaten/kota, years 2007-2024, the five groups, 1-5 stars, unique names."""
    import numpy as np
    import pandas as pd

    from ovop_analytics.regions import kabupaten_kota

    rng = np.random.default_rng(2006)
    codes = np.array([region.code for region in kabupaten_kota()])
    groups = np.array(["makanan_minuman", "kain_tenun", "kain_batik", "anyaman", "gerabah"])
    frame = pd.DataFrame({
        "kode_wilayah": codes[rng.integers(0, len(codes), rows)],
        "tahun": rng.integers(2007, 2025, rows),
        "komoditas": groups[rng.integers(0, len(groups), rows)],
        "bintang": rng.integers(1, 6, rows),
        "nama_ikm": np.char.add("IKM ", np.arange(rows).astype(str)),
    })
    frame.to_csv(path, index=False)


def time_ingest(path: Path, name: str) -> tuple[float, float, float]:
    """(total, parse, write) seconds of the CLI's ingest path, in-process."""
    from ovop_analytics.cli import main
    from ovop_analytics.ingest import load_parsed, parse_upload
    from ovop_analytics.store import Store

    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        status = main(["ingest", str(path), "--dataset", name, "--program", "kemenkop_ovop"])
    total = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"ingest failed with status {status}")
    start = time.perf_counter()
    parsed = parse_upload(path.read_bytes(), path.name, default_program="kemenkop_ovop")
    parse = time.perf_counter() - start
    start = time.perf_counter()
    load_parsed(Store(), parsed, name + "-split", kind="shared", visibility="public")
    write = time.perf_counter() - start
    return total, parse, write


def time_duckdb_read_csv(path: Path, table: str) -> float:
    """DuckDB's own read_csv of the same file into a table of the same database, committed."""
    from ovop_analytics.store import Store

    store = Store()
    start = time.perf_counter()
    with store.transaction() as con:
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv(?)", [str(path)])
    elapsed = time.perf_counter() - start
    with store.transaction() as con:
        con.execute(f"DROP TABLE {table}")
    return elapsed


# Linux carries a parent's peak RSS over into a child it starts (fork/vfork, then exec), so this
# bench process, holding the CSV, would inflate the figure: a small launcher starts the measured command
# and reports that child's own ru_maxrss from wait4.
LAUNCHER = """
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(usage.ru_maxrss, status, time.perf_counter() - start)
"""


def peak_mb(command: list[str]) -> tuple[float, float]:
    """(peak resident MB, wall seconds) of one subprocess alone."""
    result = subprocess.run([sys.executable, "-c", LAUNCHER, *command], capture_output=True, text=True, check=True)
    maxrss_kb, status, elapsed = result.stdout.split()
    if status != "0":
        raise SystemExit(f"{' '.join(command)} failed: {result.stderr}")
    return int(maxrss_kb) / 1024, float(elapsed)  # ru_maxrss is in KB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as directory:
        os.environ["OVOP_DATA_DIR"] = directory
        from ovop_analytics.bootstrap import initialise
        from ovop_analytics.store import Store

        initialise(Store())
        path = Path(directory) / "ovop_1m.csv"
        generate_csv(path, args.rows)
        size_mb = path.stat().st_size / 1024 / 1024
        print(f"file: {args.rows:,} rows, {size_mb:.1f} MB ({path.name}); {os.cpu_count()} CPUs; "
              f"{args.runs} runs each, medians\n")

        ingest, parse, write, duck = [], [], [], []
        for run in range(args.runs):  # interleaved, so both see the same machine load
            total, parse_s, write_s = time_ingest(path, f"bench-{run}")
            ingest.append(total)
            parse.append(parse_s)
            write.append(write_s)
            duck.append(time_duckdb_read_csv(path, f"bench_read_csv_{run}"))
        ingest_s, duck_s = statistics.median(ingest), statistics.median(duck)
        ratio = ingest_s / duck_s
        print(f"{'step':<42} {'median s':>9}  runs")
        print(f"{'ovop-analytics ingest (in-process)':<42} {ingest_s:>9.2f}  {', '.join(f'{s:.2f}' for s in ingest)}")
        print(f"{'  of which parse_upload (read, check, match)':<42} {statistics.median(parse):>9.2f}  "
              f"{', '.join(f'{s:.2f}' for s in parse)}")
        print(f"{'  of which load_parsed (one transaction)':<42} {statistics.median(write):>9.2f}  "
              f"{', '.join(f'{s:.2f}' for s in write)}")
        print(f"{'duckdb read_csv -> table (committed)':<42} {duck_s:>9.2f}  {', '.join(f'{s:.2f}' for s in duck)}")
        print(f"\nratio ingest / duckdb read_csv: {ratio:.2f}x (target <= {TARGET_RATIO:.0f}x: "
              f"{'met' if ratio <= TARGET_RATIO else 'NOT met'})")

        ingest_peak, ingest_wall = peak_mb([sys.executable, "-m", "ovop_analytics", "ingest", str(path), "--dataset",
                                            "bench-subprocess", "--program", "kemenkop_ovop"])
        script = ("import duckdb, sys; con = duckdb.connect(sys.argv[1]); "
                  "con.execute('CREATE TABLE t AS SELECT * FROM read_csv(?)', [sys.argv[2]]); con.close()")
        duck_peak, duck_wall = peak_mb([sys.executable, "-c", script, str(Path(directory) / "duck.duckdb"),
                                        str(path)])
        print(f"\n{'subprocess':<42} {'peak MB':>9} {'wall s':>7}")
        print(f"{'ovop-analytics ingest':<42} {ingest_peak:>9.0f} {ingest_wall:>7.2f}")
        print(f"{'python + duckdb read_csv':<42} {duck_peak:>9.0f} {duck_wall:>7.2f}")
        print(f"peak memory of ingest: {ingest_peak:.0f} MB (target < {TARGET_PEAK_MB} MB: "
              f"{'met' if ingest_peak < TARGET_PEAK_MB else 'NOT met'}); "
              f"{ingest_peak / duck_peak:.1f}x DuckDB's read_csv alone")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
