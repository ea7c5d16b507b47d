"""Readers and writers both make progress: a waiting writer is not starved by readers that keep coming,
listing datasets needs no write lock, and reads in one process run in parallel."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from ovop_analytics.store import Store, list_datasets


def _read_forever(path: str, started, stop) -> None:  # noqa: ANN001
    store = Store(path, backup_keep=0)
    while not stop.is_set():
        store.query("SELECT count(*) AS n FROM ovop_records")
        time.sleep(0)  # no pause: the readers' turns overlap so the file is never free of readers
        started.set()


@pytest.fixture
def four_looping_readers(store: Store):  # noqa: ANN201
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    events = [context.Event() for _ in range(4)]
    readers = [context.Process(target=_read_forever, args=(str(store.path), event, stop)) for event in events]
    for reader in readers:
        reader.start()
    try:
        assert all(event.wait(60) for event in events)
        yield readers
    finally:
        stop.set()
        for reader in readers:
            reader.join(30)


@pytest.mark.slow
def test_a_writer_gets_in_against_four_looping_reader_processes(store: Store, data_dir: Path,
                                                                four_looping_readers: list) -> None:
    timeout = 10.0
    writer = Store(store.path, lock_timeout=timeout, backup_keep=0)
    waits = []
    for attempt in range(3):
        t0 = time.monotonic()
        with writer.transaction() as con:
            con.execute("INSERT INTO commodity_groups VALUES (?, 'x', 'x')", [f"test_{attempt}"])
        waits.append(time.monotonic() - t0)
    assert max(waits) < timeout  # it never hit the time-out (DatabaseBusyError)
    assert all(reader.is_alive() for reader in four_looping_readers)  # the readers kept going
    env = {**os.environ, "OVOP_DATA_DIR": str(data_dir), "OVOP_LOCK_TIMEOUT": str(timeout)}
    result = subprocess.run([sys.executable, "-m", "ovop_analytics", "datasets"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0 and "demo" in result.stdout, result.stderr


def test_listing_datasets_does_not_wait_for_the_write_lock(store: Store) -> None:
    """Another reader holding its lock for long does not delay a listing (shared locks)."""
    held = threading.Event()
    release = threading.Event()

    def long_reader() -> None:
        with store.reader():
            held.set()
            release.wait(10)

    thread = threading.Thread(target=long_reader)
    thread.start()
    try:
        assert held.wait(10)
        t0 = time.monotonic()
        assert "demo" in [d.name for d in list_datasets(Store(store.path, lock_timeout=1.0))]
        assert time.monotonic() - t0 < 1.0
    finally:
        release.set()
        thread.join()


def _reads_per_second(store: Store, threads: int, reads_each: int) -> float:
    """Reads per second of `threads` threads; each read holds its reader for a real query plus 50 ms, as a
    read waiting on a cold disk would, so the figure shows whether reads wait for each other."""
    def loop() -> None:
        for _ in range(reads_each):
            with store.reader() as con:
                assert con.execute("SELECT count(*) FROM regions").fetchone() == (552,)
                time.sleep(0.05)

    started = time.monotonic()
    workers = [threading.Thread(target=loop) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return threads * reads_each / (time.monotonic() - started)


def test_reads_in_one_process_run_in_parallel(store: Store) -> None:
    """20 threads together read more per second than one thread alone: no process-wide lock makes them
    take turns (the old design gave 20 threads no more than one). bench/bench_reads.py measures real page
    reads; here a loose margin on reads that cannot overlap unless they run in parallel."""
    serial = _reads_per_second(store, 1, 10)
    parallel = _reads_per_second(store, 20, 3)
    assert parallel > 3 * serial, (serial, parallel)


def test_a_write_inside_a_read_of_the_same_thread_is_refused_at_once(store: Store) -> None:
    """It could only wait for itself until the time-out, blocking everyone meanwhile."""
    with store.reader():
        with pytest.raises(RuntimeError, match="inside a read"):
            with store.transaction():
                pass
    with store.transaction() as con:  # a read inside the write shares the writer's connection
        con.execute("INSERT INTO commodity_groups VALUES ('nested', 'x', 'x')")
        assert "nested" in store.query("SELECT code FROM commodity_groups")["code"].tolist()
