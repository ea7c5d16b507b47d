"""Command-line start and ingest, each beside its baseline process in the same run (issue 23, item 6).

Every pair runs as whole processes, A B A B ..., after one warm-up of each; a process is timed from fork to
exit (wall) and by the kernel's accounting of its CPU (user + sys, from wait4). The ratio A/B is taken pair
by pair and its median printed, so a machine that drifts during the run affects both sides alike.

- `ovop-analytics --help`      vs  `python -c "import duckdb"`           target <= 1.5
- `ovop-analytics datasets`    vs  `python -c "import duckdb"`           target <= 1.5
- `ovop-analytics stats ...`   vs  `python -c "import duckdb, pandas"`   target <= 1.5
- `ovop-analytics ingest` of a 1,000,000-row CSV  vs  a process doing DuckDB read_csv of the same file into
  a table of a new database file                                          target <= 1.5

The interpreter is the one running this script (not a version manager's shim, which would add its own start
to one side only). Bytecode is cached as after `pip install` (PYTHONDONTWRITEBYTECODE is dropped for the
runs, and the warm-up writes __pycache__): otherwise our modules would be compiled on every start while the
baseline's DuckDB and pandas load from their cached bytecode.
usage: python -m bench.bench_cli [--runs 7] [--rows 1000000] [--skip-ingest]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
TARGET = 1.5


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float  # user + sys of the process and its children, seconds


def run_once(command: list[str], env: dict[str, str]) -> Run:
    """One whole process: wall time from spawn to exit, CPU from the kernel's rusage of that process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{stderr}")
    return Run(wall, usage.ru_utime + usage.ru_stime)


def pair(name: str, command: list[str] | Callable[[], list[str]], baseline: list[str], runs: int,
         env: dict[str, str], before_each: Callable[[], None] | None = None) -> dict[str, float]:
    """Interleaved runs of the command (a list, or a function giving each run's) and its baseline; medians
    and pair-by-pair ratios."""
    ours, base = [], []
    for i in range(runs + 1):  # the first pair warms the file cache and is not counted
        if before_each:
            before_each()
        a = run_once(command() if callable(command) else command, env)
        if before_each:
            before_each()
        b = run_once(baseline, env)
        if i:
            ours.append(a)
            base.append(b)
    result = {
        "wall": statistics.median(r.wall for r in ours), "cpu": statistics.median(r.cpu for r in ours),
        "base_wall": statistics.median(r.wall for r in base), "base_cpu": statistics.median(r.cpu for r in base),
        "ratio_wall": statistics.median(a.wall / b.wall for a, b in zip(ours, base)),
        "ratio_cpu": statistics.median(a.cpu / b.cpu for a, b in zip(ours, base)),
    }
    verdict = "met" if result["ratio_wall"] <= TARGET else "NOT met"
    print(f"{name:<10} ours {result['wall']:6.3f} s wall {result['cpu']:6.3f} s cpu | baseline "
          f"{result['base_wall']:6.3f} s wall {result['base_cpu']:6.3f} s cpu | ratio wall "
          f"{result['ratio_wall']:.2f} cpu {result['ratio_cpu']:.2f} (target <= {TARGET}: {verdict})", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--skip-ingest", action="store_true")
    args = parser.parse_args()
    python = sys.executable
    cli = [python, "-m", "ovop_analytics"]
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
               "OVOP_DATA_DIR": str(data_dir),
               "PYTHONPATH": os.pathsep.join([str(PROJECT_DIR), os.environ.get("PYTHONPATH", "")])}
        subprocess.run([*cli, "init"], env=env, check=True, stdout=subprocess.DEVNULL)
        print(f"python {sys.version.split()[0]} ({python}); {os.cpu_count()} cores; load "
              f"{os.getloadavg()[0]:.1f}; {args.runs} pairs each, A B A B", flush=True)
        pair("--help", [*cli, "--help"], [python, "-c", "import duckdb"], args.runs, env)
        pair("datasets", [*cli, "datasets"], [python, "-c", "import duckdb"], args.runs, env)
        pair("stats", [*cli, "stats", "--dataset", "demo", "--level", "province", "--format", "csv"],
             [python, "-c", "import duckdb, pandas"], args.runs, env)
        if args.skip_ingest:
            return
        from bench.bench_ingest import generate_csv

        csv_path = Path(tmp) / "records.csv"
        generate_csv(csv_path, args.rows)
        mb = csv_path.stat().st_size / 1e6
        baseline_db = Path(tmp) / "baseline.duckdb"
        read_csv = (f"import duckdb; con = duckdb.connect({str(baseline_db)!r}); "
                    f"con.execute(\"CREATE TABLE t AS SELECT * FROM read_csv({str(csv_path)!r})\"); "
                    "con.execute('CHECKPOINT'); con.close()")
        counter = iter(range(10_000))

        def fresh() -> None:  # the baseline writes a new database file each run
            baseline_db.unlink(missing_ok=True)

        def ingest_command() -> list[str]:  # each run loads a new dataset (the same file, a new name)
            return [*cli, "ingest", str(csv_path), "--dataset", f"bench-{next(counter)}", "--program", "kemenkop_ovop"]

        print(f"ingest: {args.rows:,} rows, {mb:.0f} MB CSV", flush=True)
        pair("ingest", ingest_command, [python, "-c", read_csv], max(3, args.runs // 2), env, before_each=fresh)


if __name__ == "__main__":
    main()
