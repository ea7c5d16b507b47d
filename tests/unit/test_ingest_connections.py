"""How often an ingest opens DuckDB (each open costs ~14 ms), and the nested readers that keep it low.

`ovop-analytics ingest` checks that the database is ready and the name is free on one read-only
connection (Store.reader() inside Store.reader() shares it), then writes on one read-write connection.
"""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb
import pytest

from ovop_analytics.cli import main
from ovop_analytics.store import Store, connection

GOOD = b"kode_wilayah,tahun,nama_ikm\n33.02,2019,UD Sari\n34.71,2015,Batik Winotosastro\n"


@pytest.fixture
def opens(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Every duckdb.connect made through the store: (database, read_only). The automatic backup after a
    write (its own opens) is switched off: these tests count the ingest's own."""
    monkeypatch.setenv("OVOP_BACKUP_KEEP", "0")
    seen: list[tuple[str, bool]] = []
    real = duckdb.connect

    def counting(database: str = ":memory:", read_only: bool = False, **kwargs: object) -> duckdb.DuckDBPyConnection:
        seen.append((Path(database).name if database != ":memory:" else database, read_only))
        return real(database, read_only=read_only, **kwargs)

    monkeypatch.setattr(connection.duckdb, "connect", counting)
    return seen


def test_ingest_opens_the_database_once_to_check_and_once_to_write(store: Store, tmp_path: Path,
                                                                   opens: list[tuple[str, bool]]) -> None:
    path = tmp_path / "good.csv"
    path.write_bytes(GOOD)
    assert main(["ingest", str(path), "--dataset", "mine", "--program", "kemenkop_ovop"]) == 0
    assert opens == [("ovop.duckdb", True), ("ovop.duckdb", False)]


def test_ingest_with_a_taken_name_opens_the_database_once_and_writes_nothing(
        store: Store, tmp_path: Path, opens: list[tuple[str, bool]], capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "good.csv"
    path.write_bytes(GOOD)
    assert main(["ingest", str(path), "--dataset", "demo", "--program", "kemenkop_ovop"]) == 2
    assert "A dataset named 'demo' exists already" in capsys.readouterr().err
    assert opens == [("ovop.duckdb", True)]


@pytest.mark.slow
def test_ingest_into_a_new_data_directory_creates_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("OVOP_DATA_DIR", str(tmp_path / "fresh"))
    path = tmp_path / "good.csv"
    path.write_bytes(GOOD)
    assert main(["ingest", str(path), "--dataset", "mine", "--program", "kemenkop_ovop"]) == 0
    assert "loaded: 2 rows into dataset 'mine'" in capsys.readouterr().out


def test_a_nested_reader_shares_the_connection_and_closes_it_with_the_outer_one(store: Store) -> None:
    with store.reader() as outer:
        with store.reader() as inner:
            assert inner is outer
        assert outer.execute("SELECT 1").fetchone() == (1,)  # the inner block did not close it
    with pytest.raises(duckdb.ConnectionException):
        outer.execute("SELECT 1")
    with store.reader() as again:
        assert again is not outer


def test_readers_in_other_threads_get_their_own_connection(store: Store) -> None:
    """Readers of one process read at the same time, each thread through its own cursor of the process's
    one read-only instance: another thread's reader does not wait for this one to end."""
    seen: list[duckdb.DuckDBPyConnection] = []
    with store.reader() as mine:
        thread = threading.Thread(target=lambda: seen.append(_open_and_return(store)))
        thread.start()
        thread.join(timeout=30)
        assert len(seen) == 1  # it finished while this reader was still open
        assert mine.execute("SELECT 1").fetchone() == (1,)
    assert seen[0] is not mine


def _open_and_return(store: Store) -> duckdb.DuckDBPyConnection:
    with store.reader() as con:
        return con
