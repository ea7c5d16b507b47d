"""PostgreSQL mode with several nodes: each node (here: a replica and listener of its own, in this process)
sees the others' writes, names stay unique across nodes, private workspaces stay private on every node,
and an outage of the server pauses writes without stopping reads."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from ovop_analytics.errors import DatabaseUnavailableError, DatasetNameError, UnknownDatasetError
from ovop_analytics.ingest import load_parsed, parse_upload
from ovop_analytics.bootstrap import initialise
from ovop_analytics.store import Store, get_dataset, list_datasets, queries
from ovop_analytics.store import postgres
from ovop_analytics.store.registry import publish_dataset
from ovop_analytics.workspace import new_key, owner_of
from tests.support.postgres import PostgresServer

FILE = ("kode_wilayah,tahun,program,nama_ikm\n"
        "33.02,2019,kemenkop_ovop,UD Satu\n"
        "35.07,2020,kemenkop_ovop,UD Dua\n").encode()


def other_node(url: str, monkeypatch: pytest.MonkeyPatch | None = None, **settings: str) -> postgres.PostgresStore:
    """A store of `url` with a replica and listener of its own: another machine, as far as the data goes."""
    if monkeypatch is not None:
        for name, value in settings.items():
            monkeypatch.setenv(name, value)
    store = Store(url)
    store.node = postgres.Node(url, store.lock_timeout)
    return store


@pytest.fixture
def nodes(postgres_url: str) -> Iterator[tuple[postgres.PostgresStore, postgres.PostgresStore]]:
    a, b = Store(postgres_url), other_node(postgres_url)
    list_datasets(a), list_datasets(b)  # both replicas loaded
    yield a, b
    b.node.stop()


def _save(store: Store, name: str, owner: str | None = None) -> object:
    parsed = parse_upload(FILE, "x.csv")
    if owner is None:
        return load_parsed(store, parsed, name, kind="shared", visibility="public")
    return load_parsed(store, parsed, name, owner=owner)


def _wait_listed(store: Store, name: str, viewer: str | None = None, timeout: float = 10.0) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if name in [d.name for d in list_datasets(store, viewer)]:
            return time.monotonic() - started
        time.sleep(0.02)
    raise AssertionError(f"{name} not listed within {timeout} s")


def test_an_upload_on_one_node_is_listed_and_drawn_on_the_other_within_two_seconds(nodes) -> None:
    a, b = nodes
    saved = _save(a, "dari_node_a")
    assert "dari_node_a" in [d.name for d in list_datasets(a)]  # the writer sees it at once
    assert _wait_listed(b, "dari_node_a") < 2.0
    stats = queries.region_stats(b, saved.id, "province").set_index("region_code")
    assert stats.loc["33", "records"] == 1 and stats.loc["35", "records"] == 1
    assert b.signature() == a.signature()  # both at the same generation


def test_without_notifications_the_poll_brings_the_write(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    a = Store(postgres_url)
    list_datasets(a)
    b = other_node(postgres_url, monkeypatch, OVOP_STORE_NOTIFY="0", OVOP_STORE_POLL_SECONDS="1")
    try:
        assert not b.node.notify
        list_datasets(b)
        _save(a, "lewat_poll")
        assert _wait_listed(b, "lewat_poll", timeout=5) < 2.5
    finally:
        b.node.stop()


def test_the_same_name_saved_on_two_nodes_at_once_succeeds_once(nodes) -> None:
    a, b = nodes
    owner = owner_of(new_key())
    for name, who in (("serentak", None), ("serentak_pribadi", owner)):
        start = threading.Barrier(2)
        outcomes: list[object] = []

        def save(store: Store, name: str = name, who: str | None = who, start: threading.Barrier = start,
                 outcomes: list[object] = outcomes) -> None:
            start.wait()
            try:
                outcomes.append(_save(store, name, who))
            except DatasetNameError as error:
                outcomes.append(error)

        threads = [threading.Thread(target=save, args=(store,)) for store in (a, b)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        refused = [o for o in outcomes if isinstance(o, DatasetNameError)]
        assert len(outcomes) == 2 and len(refused) == 1, outcomes
        assert refused[0].code == "ops_name_taken" and name in str(refused[0])
        count = a.pg_query("SELECT count(*) FROM datasets WHERE name = %s", [name])[0][0]
        assert count == 1


def test_private_datasets_follow_their_owner_to_any_node_and_nobody_else(nodes) -> None:
    a, b = nodes
    k1, k2 = owner_of(new_key()), owner_of(new_key())
    saved = _save(a, "milik_k1", k1)
    assert _wait_listed(b, "milik_k1", viewer=k1) < 2.0  # K1 on node B
    for store in (a, b):
        assert "milik_k1" not in [d.name for d in list_datasets(store, k2)]
        assert "milik_k1" not in [d.name for d in list_datasets(store, None)]
        with pytest.raises(UnknownDatasetError):
            get_dataset(store, "milik_k1", k2)
    stats = queries.region_stats(b, get_dataset(b, "milik_k1", k1).id, "province").set_index("region_code")
    assert stats.loc["33", "records"] == 1
    publish_dataset(a, "milik_k1", k1)
    assert _wait_listed(b, "milik_k1", viewer=None) < 2.0  # published: everyone, on both nodes
    assert get_dataset(b, "milik_k1", k2).id == saved.id


def test_the_replica_holds_exactly_what_was_written(nodes) -> None:
    """Text with quotes, commas, line breaks and empty strings, NULLs, numbers: copied through COPY and
    Arrow without a change."""
    a, b = nodes
    rows = [("33.02", 2015, "kemenperin_ovop_award", None, "A", 3, 'UD "Kutip", Koma', "", None),
            ("33.02", 2016, "kemenkop_ovop", "anyaman", None, None, "Baris\nbaru", "Produk ✓", "https://x/?a=1&b=2"),
            ("35", 2017, "kemenkop_ovop", "gerabah", "B", 5, "", None, "\\N")]
    with a.transaction() as con:
        dataset_id = con.execute("""INSERT INTO datasets (name, name_key, name_scope, kind, visibility, source,
            is_synthetic) VALUES ('setia', 'setia', 'public', 'shared', 'public', 'test', false) RETURNING id""").fetchone()[0]
        con.executemany("INSERT INTO ovop_records (dataset_id, region_code, year, program, commodity_group, type_code, "
                        "star, entity_name, product, source_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [(dataset_id, *row) for row in rows])
    _wait_listed(b, "setia")
    for store in (a, b):
        with store.reader() as con:
            got = con.execute("SELECT region_code, year, program, commodity_group, type_code, star, entity_name, "
                              "product, source_url FROM ovop_records WHERE dataset_id = ? ORDER BY year",
                              [dataset_id]).fetchall()
        assert [tuple(r) for r in got] == rows


def test_a_bulk_dataset_reaches_the_other_node_by_its_parquet_copy_unchanged(nodes, monkeypatch) -> None:
    """Records written in bulk (the ingest path) also travel as one Parquet value; what the other node
    holds equals, row for row, what PostgreSQL holds."""
    import pyarrow as pa

    from ovop_analytics.store.registry import create_dataset, insert_record_table
    from ovop_analytics.store.transfer import checksum

    a, b = nodes
    monkeypatch.setattr(postgres, "PARQUET_MIN_ROWS", 3)
    records = pa.table({"region_code": ["33.02", "35.07", "51"], "year": [2019, 2020, 2021],
                        "program": ["kemenkop_ovop", "kemenperin_ovop_award", "kemenkop_ovop"],
                        "commodity_group": [None, "gerabah", ""], "type_code": ["A", None, None],
                        "star": pa.array([None, 4, None], pa.int64()), "entity_name": ['UD "Satu", Koma', "Dua\nBaris", ""],
                        "product": [None, None, "✓"], "source_url": [None, None, None],
                        "region_match": ["code", "fuzzy", "name"], "region_match_score": [100.0, 91.5, None]})
    with a.transaction() as con:
        dataset_id = create_dataset(con, name="curah", kind="shared", source="test", is_synthetic=False)
        insert_record_table(con, dataset_id, records)
    assert a.pg_query("SELECT rows FROM dataset_record_files WHERE dataset_id = %s", [dataset_id]) == [(3,)]
    _wait_listed(b, "curah")
    columns = [name for name, _ in b.node.columns("ovop_records")]
    server = a.read_tables(["ovop_records"])["ovop_records"]
    with b.reader() as con:
        held = con.sql(f"SELECT {', '.join(columns)} FROM ovop_records WHERE dataset_id = {int(dataset_id)}").to_arrow_table()
    mine = server.filter(pa.compute.equal(server.column("dataset_id"), dataset_id))
    assert checksum(held) == checksum(mine) and held.num_rows == 3


def test_nodes_starting_together_migrate_and_load_once(postgres_server: PostgresServer) -> None:
    url = postgres_server.new_database()
    errors: list[BaseException] = []
    stores = [Store(url), other_node(url)]

    def start(store: Store) -> None:
        try:
            initialise(store)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=start, args=(s,)) for s in stores]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert errors == []
        names = sorted(row[0] for row in stores[0].pg_query("SELECT name FROM datasets"))
        assert names == ["demo", "reference"]
        assert stores[0].pg_query("SELECT max(version) FROM schema_migrations")[0][0] == postgres.LATEST_VERSION
    finally:
        stores[1].node.stop()
        postgres.close_node(url)
        postgres_server.drop_database(url)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_an_outage_pauses_writes_and_keeps_reads_then_resumes_by_itself(mode: str) -> None:
    server = PostgresServer()
    server.init()
    server.start()
    url = server.url()
    try:
        store = Store(url, lock_timeout=4)
        initialise(store)
        demo = get_dataset(store, "demo")
        before = queries.region_stats(store, demo.id, "province")
        server.stop(mode)
        deadline = time.monotonic() + 10
        while store.write_status() != "paused" and time.monotonic() < deadline:
            time.sleep(0.1)
        assert store.write_status() == "paused"
        # reads are served by the replica
        assert queries.region_stats(store, demo.id, "province").equals(before)
        assert {"demo", "reference"} <= {d.name for d in list_datasets(store, owner_of(new_key()))}
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailableError) as refused:
            _save(store, "saat_padam")
        assert time.monotonic() - started <= store.lock_timeout + 1
        assert refused.value.code == "ops_db_unavailable"
        time.sleep(8)  # a long outage: the connection pool's reconnection back-off grows meanwhile
        server.start()
        deadline = time.monotonic() + 15
        while store.write_status() != "ok" and time.monotonic() < deadline:
            time.sleep(0.1)
        assert store.write_status() == "ok"
        started = time.monotonic()
        _save(store, "setelah_padam")
        assert time.monotonic() - started < 3  # at once: not after the old pool's next attempt
        names = [row[0] for row in store.pg_query("SELECT name FROM datasets ORDER BY id")]
        assert names == ["reference", "demo", "setelah_padam"]  # nothing half-written, nothing twice
        assert "setelah_padam" in [d.name for d in list_datasets(store)]
    finally:
        postgres.close_node(url)
        server.cleanup()
