"""Benchmark: reads per second in one process, 1 reader thread vs 20, side by side in one run.

A "read" is what a page does first: list the datasets a session may see, then the province table of the
demo dataset (`list_datasets` + `queries.region_stats`), each through `Store` as the app calls it, on a
throw-away copy of an initialised database. Each level runs for the same wall time; prints reads/s, P50
and P99 latency, process CPU per read and the ratio. Target: 20 threads at least 1.5x the reads/s of one
thread (reads in one process are no longer serialised by a process-wide lock). For comparison the same
is measured with the idle instance closed after every read (LINGER_SECONDS = 0: each read opens the
file, as before), and the machine's load average is printed: on a shared machine the ratio follows the
CPU the process gets. Asserts nothing.

    python -m bench.bench_reads [--seconds 10] [--threads 20]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import threading
import time
from pathlib import Path

from ovop_analytics.bootstrap import initialise

from ovop_analytics.store import Store, connection, get_dataset, list_datasets, queries


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_level(store: Store, dataset_id: int, threads: int, seconds: float) -> tuple[float, list[float], float]:
    """(reads per second, latencies, CPU seconds per read) of `threads` threads reading for `seconds`."""
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def loop() -> None:
        mine = []
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            list_datasets(store)
            queries.region_stats(store, dataset_id, "province")
            mine.append(time.perf_counter() - t0)
        with lock:
            latencies.extend(mine)

    started, cpu = time.monotonic(), cpu_seconds()
    workers = [threading.Thread(target=loop) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return len(latencies) / (time.monotonic() - started), latencies, (cpu_seconds() - cpu) / max(1, len(latencies))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--threads", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "ovop.duckdb", backup_keep=0)
        initialise(store)
        dataset_id = get_dataset(store, "demo").id
        run_level(store, dataset_id, 1, 1.0)  # warm-up: imports, first open
        rows = []
        shipped = connection.LINGER_SECONDS
        for mode, linger in (("shipped", shipped), ("open per read", 0.0)):
            connection.LINGER_SECONDS = linger
            connection.close_idle_readers()
            for threads in (1, args.threads):
                rate, latencies, cpu = run_level(store, dataset_id, threads, args.seconds)
                rows.append((mode, threads, rate, statistics.median(latencies), percentile(latencies, 0.99), cpu))
        connection.LINGER_SECONDS = shipped
    print(f"{'mode':<14} {'threads':>7}  {'reads/s':>8}  {'P50 ms':>7}  {'P99 ms':>7}  {'CPU ms/read':>11}")
    for mode, threads, rate, p50, p99, cpu in rows:
        print(f"{mode:<14} {threads:>7}  {rate:>8.1f}  {p50 * 1000:>7.1f}  {p99 * 1000:>7.1f}  {cpu * 1000:>11.1f}")
    print(f"shipped: {args.threads} threads / 1 thread = {rows[1][2] / rows[0][2]:.2f}x reads per second "
          "(target >= 1.5x)")
    print(f"open per read: {args.threads} threads / 1 thread = {rows[3][2] / rows[2][2]:.2f}x; "
          f"shipped 1 thread / open-per-read 1 thread = {rows[0][2] / rows[2][2]:.2f}x")
    print(f"load average (1 min) {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
