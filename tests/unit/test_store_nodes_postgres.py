"""Two app nodes (separate processes, separate data directories: two machines as far as the data goes) on
one real PostgreSQL: uploads travel between them, private data does not, a restart of the server is
survived, a node killed during an upload leaves nothing half-written."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ovop_analytics.bootstrap import initialise
from ovop_analytics.store import Store
from ovop_analytics.store import postgres
from ovop_analytics.workspace import new_key, owner_of
from tests.support.postgres import PostgresServer
from tests.support.store_node import NodeProcess

pytestmark = pytest.mark.slow

CSV = "kode_wilayah,tahun,program,nama_ikm\n33.02,2019,kemenkop_ovop,UD Satu\n35.07,2020,kemenkop_ovop,UD Dua\n"


def big_csv(rows: int) -> str:
    line = "33.02,2019,kemenkop_ovop,UD {}\n"
    return "kode_wilayah,tahun,program,nama_ikm\n" + "".join(line.format(i) for i in range(rows))


@pytest.fixture
def two_nodes(postgres_url: str, tmp_path: Path) -> Iterator[tuple[NodeProcess, NodeProcess]]:
    a = NodeProcess(postgres_url, tmp_path / "machine-a")
    b = NodeProcess(postgres_url, tmp_path / "machine-b")
    yield a, b
    a.stop()
    b.stop()


def test_an_upload_on_a_is_listed_and_drawn_on_b_within_two_seconds(two_nodes) -> None:
    a, b = two_nodes
    assert a.call("upload", name="dari_a", csv=CSV)["ok"]
    assert "dari_a" in a.call("list")["names"]  # A sees it at once
    assert b.wait_listed("dari_a") < 2.0
    assert b.call("records", name="dari_a")["records"] == 2


def test_with_notifications_off_the_poll_brings_it_within_seven_seconds(postgres_url: str, tmp_path: Path) -> None:
    a = NodeProcess(postgres_url, tmp_path / "machine-a")
    b = NodeProcess(postgres_url, tmp_path / "machine-b", OVOP_STORE_NOTIFY="0")
    try:
        assert a.call("upload", name="lewat_poll", csv=CSV)["ok"]
        assert b.wait_listed("lewat_poll", timeout=10) < 7.0
    finally:
        a.stop()
        b.stop()


def test_a_private_dataset_is_its_owners_on_every_node_and_nobody_elses(two_nodes) -> None:
    a, b = two_nodes
    k1, k2 = owner_of(new_key()), owner_of(new_key())
    assert a.call("upload", name="rahasia_k1", csv=CSV, owner=k1)["ok"]
    assert b.wait_listed("rahasia_k1", viewer=k1) < 2.0  # K1 sees it on B
    assert b.call("records", name="rahasia_k1", viewer=k1)["records"] == 2
    for node in (a, b):
        assert "rahasia_k1" not in node.call("list", viewer=k2)["names"]
        assert "rahasia_k1" not in node.call("list")["names"]
        refused = node.call("records", name="rahasia_k1", viewer=k2)
        assert not refused["ok"] and refused["type"] == "UnknownDatasetError"
    assert a.call("publish", name="rahasia_k1", viewer=k1)["ok"]
    for node in (a, b):
        node.wait_listed("rahasia_k1", viewer=k2, timeout=2.0)


def test_the_same_name_uploaded_on_a_and_b_at_once_succeeds_once(two_nodes) -> None:
    a, b = two_nodes
    answers: dict[str, dict] = {}

    def upload(node: NodeProcess, label: str) -> None:
        answers[label] = node.call("upload", name="serentak", csv=big_csv(20_000))

    threads = [threading.Thread(target=upload, args=(node, label)) for node, label in ((a, "a"), (b, "b"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    oks = [label for label, answer in answers.items() if answer["ok"]]
    assert len(oks) == 1, answers
    other = answers["b" if oks == ["a"] else "a"]
    assert other["code"] == "ops_name_taken"
    for node in (a, b):
        node.wait_listed("serentak")
        assert node.call("records", name="serentak")["records"] == 20_000


def test_kill_9_during_an_upload_leaves_no_half_dataset(postgres_url: str, tmp_path: Path) -> None:
    a = NodeProcess(postgres_url, tmp_path / "machine-a")
    b = NodeProcess(postgres_url, tmp_path / "machine-b")
    store = Store(postgres_url)
    try:
        a.send("upload", name="terputus", csv=big_csv(300_000))
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # kill once the upload is being written (inside its transaction)
            busy = store.pg_query("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'ovop-analytics' "
                                  "AND state IN ('active', 'idle in transaction') AND pid <> pg_backend_pid() "
                                  "AND xact_start IS NOT NULL AND backend_xid IS NOT NULL")[0][0]
            if busy:
                break
            time.sleep(0.01)
        assert busy, "the upload never started writing"
        a.kill()
        time.sleep(1.0)
        assert store.pg_query("SELECT count(*) FROM datasets WHERE name = 'terputus'")[0][0] == 0
        orphans = store.pg_query("SELECT count(*) FROM ovop_records WHERE dataset_id NOT IN (SELECT id FROM datasets)")
        assert orphans[0][0] == 0
        assert "terputus" not in b.call("list")["names"]
        assert b.call("upload", name="terputus", csv=CSV)["ok"]  # the name is free: nothing was kept
    finally:
        a.stop()
        b.stop()


@pytest.mark.parametrize("mode", ["fast", "immediate"])
def test_a_server_restart_while_both_nodes_serve(mode: str, tmp_path: Path) -> None:
    server = PostgresServer()
    server.init()
    server.start()
    url = server.url()
    initialise(Store(url))
    postgres.close_node(url)
    a = NodeProcess(url, tmp_path / "machine-a", OVOP_LOCK_TIMEOUT="5")
    b = NodeProcess(url, tmp_path / "machine-b", OVOP_LOCK_TIMEOUT="5")
    acknowledged: list[str] = []
    try:
        for i in range(3):
            answer = a.call("upload", name=f"sebelum_{i}", csv=CSV)
            assert answer["ok"]
            acknowledged.append(f"sebelum_{i}")
        b.wait_listed("sebelum_2")
        server.stop(mode)
        for node in (a, b):  # pages keep answering from the replica
            assert "sebelum_2" in node.call("list")["names"]
            assert node.call("records", name="sebelum_1")["records"] == 2
        started = time.monotonic()
        refused = b.call("upload", name="saat_padam", csv=CSV)
        assert not refused["ok"] and refused["code"] == "ops_db_unavailable"
        assert time.monotonic() - started < 5 + 2  # never past the lock time-out
        assert b.call("status")["write_status"] == "paused"
        server.start()
        deadline = time.monotonic() + 20
        while b.call("status")["write_status"] != "ok" and time.monotonic() < deadline:
            time.sleep(0.2)
        answer = b.call("upload", name="setelah_padam", csv=CSV)
        assert answer["ok"], answer
        acknowledged.append("setelah_padam")
        assert a.wait_listed("setelah_padam", timeout=10) < 10
        store = Store(url)
        names = [row[0] for row in store.pg_query("SELECT name FROM datasets WHERE kind = 'shared' ORDER BY id")]
        assert names == acknowledged  # nothing acknowledged lost, nothing twice, nothing refused kept
    finally:
        a.stop()
        b.stop()
        postgres.close_node(url)
        server.cleanup()
