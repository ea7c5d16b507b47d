"""PostgreSQL mode: how fast a write on one node reaches the other node's replica.

Starts a throw-away PostgreSQL 15 (as the tests do), node A in this process and node B as a process of
its own (its own data directory, replica and listener: another machine as far as the data goes), and
measures, from A's commit to B listing the dataset:

- a public dataset of 1,000,000 records (target: at most 3 s), written as the ingest path writes;
- a 1,000-row upload, 20 times (target: P95 at most 1 s);
- propagation over 50 small uploads with notifications (target: P95 at most 2 s) and with B polling only
  (OVOP_STORE_NOTIFY=0, a poll every 5 s; target: P95 at most 7 s).

usage: python -m bench.bench_replica [--big 1000000] [--uploads 50] [--small 20]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

from ovop_analytics.ingest import load_parsed, parse_upload
from ovop_analytics.bootstrap import initialise
from ovop_analytics.store import Store
from ovop_analytics.store import postgres
from ovop_analytics.store.registry import create_dataset, insert_record_table
from tests.support.postgres import PostgresServer
from tests.support.store_node import NodeProcess


def records(n: int, seed: int = 1) -> pa.Table:
    rng = np.random.default_rng(seed)
    codes = np.array([f"{p}.{k:02d}" for p in (11, 12, 13, 31, 32, 33, 34, 35, 51, 52) for k in range(1, 20)])
    return pa.table({
        "region_code": pa.array(codes[rng.integers(0, len(codes), n)]),
        "year": pa.array(rng.integers(2007, 2025, n).astype("int32")),
        "program": pa.array(np.where(rng.random(n) < 0.5, "kemenkop_ovop", "kemenperin_ovop_award")),
        "commodity_group": pa.array(np.array(["anyaman", "gerabah", "kain_tenun"])[rng.integers(0, 3, n)]),
        "type_code": pa.nulls(n, pa.string()),
        "star": pa.array(rng.integers(1, 6, n).astype("int8")),
        "entity_name": pa.array([f"UD {i}" for i in range(n)]),
        "product": pa.nulls(n, pa.string()),
        "source_url": pa.nulls(n, pa.string()),
    })


def csv_rows(n: int, tag: str) -> str:
    return "kode_wilayah,tahun,program,nama_ikm\n" + "".join(
        f"33.02,{2007 + i % 18},kemenkop_ovop,UD {tag} {i}\n" for i in range(n))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def committed(store: postgres.PostgresStore) -> float:
    return store.last_commit_at


def propagation(a: postgres.PostgresStore, b: NodeProcess, name: str, write) -> float:  # noqa: ANN001
    write()
    started = committed(a)
    b.wait_listed(name, timeout=30)
    return time.monotonic() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--big", type=int, default=1_000_000, help="records of the large public dataset")
    ap.add_argument("--small", type=int, default=20, help="1,000-row uploads timed")
    ap.add_argument("--uploads", type=int, default=50, help="small uploads per propagation measurement")
    cfg = ap.parse_args()
    server = PostgresServer()
    server.init()
    server.start()
    work = Path(tempfile.mkdtemp(prefix="ovop-bench-replica-"))
    url = server.url()
    try:
        a = Store(url)
        initialise(a)
        b = NodeProcess(url, work / "node-b")
        b_poll = NodeProcess(url, work / "node-b-poll", OVOP_STORE_NOTIFY="0")
        results: list[tuple[str, str, str, str]] = []

        big = records(cfg.big)

        def write_big() -> None:
            with a.transaction() as con:
                dataset_id = create_dataset(con, name="besar", kind="shared", source="bench", is_synthetic=True)
                for offset in range(0, big.num_rows, 250_000):
                    insert_record_table(con, dataset_id, big.slice(offset, 250_000))

        seconds = propagation(a, b, "besar", write_big)
        results.append((f"public dataset of {cfg.big:,} records reaches node B", f"{seconds:.2f} s", "<= 3 s",
                        "ok" if seconds <= 3 else "MISSED"))

        small = []
        for i in range(cfg.small):
            text = csv_rows(1000, f"k{i}")
            small.append(propagation(a, b, f"kecil_{i}", lambda text=text, i=i: load_parsed(
                a, parse_upload(text.encode(), "k.csv"), f"kecil_{i}", kind="shared", visibility="public")))
        results.append((f"1,000-row upload reaches node B (P95 of {cfg.small})", f"{p95(small):.2f} s", "<= 1 s",
                        "ok" if p95(small) <= 1 else "MISSED"))

        for label, node, target in (("notifications", b, 2.0), ("poll only", b_poll, 7.0)):
            seen = []
            for i in range(cfg.uploads):
                name = f"p_{label[:4]}_{i}"
                text = csv_rows(5, name)
                seen.append(propagation(a, node, name, lambda text=text, name=name: load_parsed(
                    a, parse_upload(text.encode(), "p.csv"), name, kind="shared", visibility="public")))
            results.append((f"propagation, {label} (P95 of {cfg.uploads}; median {statistics.median(seen):.2f} s)",
                            f"{p95(seen):.2f} s", f"<= {target:g} s", "ok" if p95(seen) <= target else "MISSED"))
        b.stop()
        b_poll.stop()
        print("\n| measured | figure | target | |\n|---|---|---|---|")
        for row in results:
            print("| " + " | ".join(row) + " |")
    finally:
        postgres.close_all()
        server.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
