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

from ovop_analytics.store import Store, get_dataset, list_datasets, queries


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


def _reads_per_second(store: Store, dataset_id: int, threads: int, seconds: float) -> float:
    count = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def loop() -> None:
        done = 0
        while time.monotonic() < stop:
            queries.region_stats(store, dataset_id, "province")
            done += 1
        with lock:
            count[0] += done

    started = time.monotonic()
    workers = [threading.Thread(target=loop) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return count[0] / (time.monotonic() - started)


def test_reads_in_one_process_run_in_parallel(store: Store) -> None:
    """20 threads together read more per second than one thread alone (the benchmark measures how much;
    here only that reads are not serialised, with a loose margin)."""
    dataset_id = get_dataset(store, "demo").id
    serial = _reads_per_second(store, dataset_id, 1, 2.0)
    parallel = _reads_per_second(store, dataset_id, 20, 2.0)
    assert parallel > 1.2 * serial, (serial, parallel)


def test_a_write_inside_a_read_of_the_same_thread_is_refused_at_once(store: Store) -> None:
    """It could only wait for itself until the time-out, blocking everyone meanwhile."""
    with store.reader():
        with pytest.raises(RuntimeError, match="inside a read"):
            with store.transaction():
                pass
    with store.transaction() as con:  # a read inside the write shares the writer's connection
        con.execute("INSERT INTO commodity_groups VALUES ('nested', 'x', 'x')")
        assert "nested" in store.query("SELECT code FROM commodity_groups")["code"].tolist()
