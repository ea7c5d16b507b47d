"""The DuckDB layer: migrations, idempotent init, locking between readers and writers, transactions."""

from __future__ import annotations

import multiprocessing
import threading
import time

import pytest

from ovop_analytics.errors import DatabaseBusyError, InvalidArgumentError, UnknownDatasetError
from ovop_analytics.bootstrap import initialise
from ovop_analytics.store import Store, get_dataset, list_datasets
from ovop_analytics.store import queries
from ovop_analytics.store.migrations import LATEST_VERSION, current_version


def test_init_is_idempotent(store: Store) -> None:
    before = store.query("SELECT count(*) AS n FROM ovop_records").n[0]
    report = initialise(store)
    assert report.migrations_applied == [] and report.loaded == []
    assert store.query("SELECT count(*) AS n FROM ovop_records").n[0] == before
    with store.reader() as con:
        assert current_version(con) == LATEST_VERSION


def test_datasets_registered_with_kind_and_synthetic_flag(store: Store) -> None:
    by_name = {d.name: d for d in list_datasets(store)}
    assert by_name["reference"].kind == "reference" and not by_name["reference"].is_synthetic
    assert by_name["reference"].rows == 41
    assert by_name["demo"].kind == "demo" and by_name["demo"].is_synthetic


def test_unknown_dataset_names_the_available_ones(store: Store) -> None:
    with pytest.raises(UnknownDatasetError, match="Unknown dataset 'nope'.*reference, demo"):
        get_dataset(store, "nope")


def test_transaction_rolls_back_everything_on_error(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.transaction() as con:
            con.execute("DELETE FROM ovop_records")
            raise RuntimeError("boom")
    assert store.query("SELECT count(*) AS n FROM ovop_records").n[0] > 0


def test_region_stats_lists_every_region(store: Store) -> None:
    demo = get_dataset(store, "demo")
    assert len(queries.region_stats(store, demo.id, "province")) == 38
    assert len(queries.region_stats(store, demo.id, "kabupaten_kota")) == 514
    with pytest.raises(InvalidArgumentError):
        queries.region_stats(store, demo.id, "district")


def test_province_records_roll_up_and_do_not_leak_to_kabupaten_kota(store: Store) -> None:
    """A record keyed at province level counts for the province only."""
    with store.transaction() as con:
        dataset_id = con.execute("""INSERT INTO datasets (name, name_key, name_scope, kind, visibility, source, is_synthetic)
            VALUES ('t', 't', 'public', 'shared', 'public', 'test', false) RETURNING id""").fetchone()[0]
        con.executemany("INSERT INTO ovop_records (dataset_id, region_code, year, program, commodity_group, "
                        "type_code, star) VALUES (?, ?, ?, ?, ?, ?, ?)", [
                            (dataset_id, "33", 2015, "kemenperin_ovop_award", "gerabah", None, 3),
                            (dataset_id, "33.02", 2015, "kemenperin_ovop_award", "anyaman", "A", 4),
                            (dataset_id, "33.02", 2013, "kemenkop_ovop", "anyaman", "B", None)])
    province = queries.region_stats(store, dataset_id, "province").set_index("region_code")
    assert province.loc["33", ["ikm_ovop", "types", "commodity_groups"]].tolist() == [2, 2, 2]
    assert not province.loc["11", "has_records"]
    kabkota = queries.region_stats(store, dataset_id, "kabupaten_kota").set_index("region_code")
    assert kabkota.loc["33.02", ["ikm_ovop", "types", "commodity_groups"]].tolist() == [1, 2, 1]
    assert kabkota["ikm_ovop"].sum() == 1
    one_round = queries.region_stats(store, dataset_id, "province", year=2013).set_index("region_code")
    assert one_round.loc["33", ["ikm_ovop", "types"]].tolist() == [0, 1]


def _hold_writer(path: str, seconds: float, started) -> None:
    with Store(path).transaction():
        started.set()
        time.sleep(seconds)


@pytest.mark.slow
def test_reader_in_another_process_waits_for_writer_instead_of_failing(store: Store) -> None:
    """Two app processes must not fail on DuckDB's lock: the reader waits for the writer to finish."""
    started = multiprocessing.get_context("spawn").Event()
    writer = multiprocessing.get_context("spawn").Process(target=_hold_writer,
                                                          args=(str(store.path), 1.0, started))
    writer.start()
    assert started.wait(30)
    t0 = time.monotonic()
    assert store.query("SELECT count(*) AS n FROM regions").n[0] == 552
    assert time.monotonic() - t0 > 0.3  # it did wait for the writer
    writer.join(30)


@pytest.mark.slow
def test_busy_database_gives_a_clear_error(store: Store) -> None:
    impatient = Store(store.path, lock_timeout=0.2)
    started = multiprocessing.get_context("spawn").Event()
    writer = multiprocessing.get_context("spawn").Process(target=_hold_writer,
                                                          args=(str(store.path), 2.0, started))
    writer.start()
    assert started.wait(30)
    with pytest.raises(DatabaseBusyError, match="busy"):
        impatient.query("SELECT 1")
    writer.join(30)


def test_concurrent_readers_in_threads(store: Store) -> None:
    results: list[int] = []

    def read() -> None:
        results.append(int(store.query("SELECT count(*) AS n FROM regions").n[0]))

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [552] * 8
