"""Nothing acknowledged is lost: checkpoint after every write, verified backups (also while readers run),
restore that refuses a damaged file, `check`, and one-line CLI errors for a damaged or busy database."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ovop_analytics.cli import main
from ovop_analytics.errors import DatabaseCorruptError
from ovop_analytics.problems import say_error
from ovop_analytics.ingest import load_parsed, parse_upload
from ovop_analytics.store import Store, list_datasets
from ovop_analytics.store import backup as backups
from ovop_analytics.store import connection

GOOD = ("kode_wilayah,tahun,program,komoditas,bintang,nama_ikm\n"
        "33.02,2019,kemenperin_ovop_award,batik,5,UD Sari\n"
        "34.71,2015,kemenperin_ovop_award,kain_batik,4,Batik Winotosastro\n").encode()


def damage(path: Path, offset: int = 12288 + 100) -> None:
    """Overwrite bytes inside the first data block: DuckDB's checksum of that block no longer matches."""
    with open(path, "r+b") as file:
        file.seek(offset)
        file.write(b"\xff" * 1000)


def names(store: Store) -> list[str]:
    return [d.name for d in list_datasets(store)]


def test_a_successful_write_leaves_no_wal_and_a_verified_backup(data_dir: Path) -> None:
    store = Store(data_dir / "ovop.duckdb", backup_keep=2)
    for name in ("one", "two", "three"):
        load_parsed(store, parse_upload(GOOD, "good.csv"), name, kind="shared", visibility="public")
        assert not store.wal_path.exists(), "the write was reported before it was checkpointed"
    kept = backups.list_backups(store.backup_dir)
    assert len(kept) == 2  # the newest OVOP_BACKUP_KEEP, older ones removed
    newest = backups.check_file(kept[0])
    assert newest.digest == backups.check_store(store).digest  # the last write is in the newest backup
    assert not list(store.backup_dir.glob(".partial-*"))


def test_no_automatic_backup_when_the_setting_is_0(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OVOP_BACKUP_KEEP", "0")
    store = Store(data_dir / "ovop.duckdb")
    load_parsed(store, parse_upload(GOOD, "good.csv"), "one", kind="shared", visibility="public")
    assert backups.list_backups(store.backup_dir) == [] and not store.wal_path.exists()


def _read_in_a_loop(path: str, seconds: float, started, results) -> None:  # noqa: ANN001
    store = Store(path, backup_keep=0)
    reads, errors = 0, []
    stop = time.monotonic() + seconds
    while time.monotonic() < stop:
        try:
            store.query("SELECT count(*) AS n FROM datasets")
            reads += 1
        except Exception as error:  # noqa: BLE001 - the test reports whatever a reader met
            errors.append(repr(error))
        started.set()
    results.put((reads, errors))


@pytest.mark.slow
def test_backup_and_restore_round_trip_while_a_reader_runs(store: Store, tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    started, results = context.Event(), context.Queue()
    reader = context.Process(target=_read_in_a_loop, args=(str(store.path), 8.0, started, results))
    reader.start()
    try:
        assert started.wait(60)
        report = backups.backup(store, tmp_path / "copies")
        assert report.path.parent == tmp_path / "copies" and report.path.name.startswith("ovop-")
        load_parsed(store, parse_upload(GOOD, "good.csv"), "after-backup", kind="shared", visibility="public")
        assert "after-backup" in names(store)
        restored = backups.restore(store, report.path)
        assert "after-backup" not in names(store)  # the database is the backed-up one again
        assert restored.replaced is not None and restored.replaced.exists()
        assert backups.check_file(restored.replaced)  # the replaced file was kept, not deleted
        assert backups.check_store(store).digest == report.check.digest
    finally:
        reader.join(60)
    reads, errors = results.get(timeout=10)
    assert reads > 0 and errors == []


def test_restore_refuses_a_damaged_file_and_changes_nothing(store: Store, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    before = backups.check_store(store).digest
    damaged = tmp_path / "damaged.duckdb"
    shutil.copy(store.path, damaged)
    damage(damaged)
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(os.urandom(50_000))
    not_ours = tmp_path / "other.duckdb"
    import duckdb
    duckdb.connect(str(not_ours)).close()
    for bad in (damaged, junk, not_ours):
        with pytest.raises(DatabaseCorruptError, match="not a usable database"):
            backups.restore(store, bad)
        assert main(["restore", str(bad)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("ovop-analytics: error:") and len(err.strip().splitlines()) == 1
    assert backups.check_store(store).digest == before
    assert not list(store.path.parent.glob(".partial-*"))


def test_a_damaged_database_names_the_newest_backup(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store(data_dir / "ovop.duckdb")
    assert main(["backup"]) == 0
    newest = backups.newest_backup(store.backup_dir)
    assert newest is not None and f"backup: {newest}" in capsys.readouterr().out
    damage(store.path)
    connection.close_idle_readers()  # as a new process would: not the instance opened before the damage
    for command in (["datasets"], ["check"], ["stats", "--dataset", "demo", "--level", "province"]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "is damaged" in err
        assert f"restore it with: ovop-analytics restore {newest}" in err
    state = backups.database_state(store)
    assert (state.status, state.backup, state.command) == ("corrupt", newest, f"ovop-analytics restore {newest}")
    with pytest.raises(DatabaseCorruptError) as raised:
        list_datasets(store)
    assert raised.value.code == "ops_db_corrupt" and raised.value.values["backup"] == str(newest)
    assert "Cadangan terbaru" in say_error(raised.value, "id")
    assert main(["restore", str(newest)]) == 0
    assert main(["check"]) == 0 and "every table read, ok" in capsys.readouterr().out


@pytest.mark.slow
def test_a_damaged_table_is_found_by_check_only_when_it_is_read(data_dir: Path) -> None:
    """`check` reads every table: a damaged block that opening the file does not touch is still found."""
    store = Store(data_dir / "ovop.duckdb", backup_keep=0)
    found = []
    for offset in range(12288 + 262144, store.path.stat().st_size, 262144):
        copy = data_dir / "copy.duckdb"
        shutil.copy(store.path, copy)
        damage(copy, offset + 100)
        try:
            backups.check_file(copy)
        except DatabaseCorruptError:
            found.append(offset)
    assert found  # at least one block of table data was damaged and detected


def _hold_writer(path: str, done, started) -> None:  # noqa: ANN001
    """Hold the writer's lock until the test is done with it (at most 120 s): a fixed time would run out
    before the CLI even starts on a loaded machine."""
    with Store(path, backup_keep=0).transaction():
        started.set()
        done.wait(120)


@pytest.mark.slow
def test_cli_on_a_busy_or_missing_database_says_one_line(data_dir: Path, tmp_path: Path) -> None:
    context = multiprocessing.get_context("spawn")
    started, done = context.Event(), context.Event()
    writer = context.Process(target=_hold_writer, args=(str(data_dir / "ovop.duckdb"), done, started))
    writer.start()
    try:
        assert started.wait(60)
        env = {**os.environ, "OVOP_DATA_DIR": str(data_dir), "OVOP_LOCK_TIMEOUT": "0.5"}
        result = subprocess.run([sys.executable, "-m", "ovop_analytics", "datasets"], capture_output=True,
                                text=True, env=env, timeout=120)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "busy" in result.stderr
    finally:
        done.set()
        writer.join(60)
    env = {**os.environ, "OVOP_DATA_DIR": str(tmp_path / "empty")}
    result = subprocess.run([sys.executable, "-m", "ovop_analytics", "check"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 2 and result.stderr.strip().startswith("ovop-analytics: error: No database at")


def test_a_malformed_corrections_csv_is_one_line(data_dir: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    upload = tmp_path / "upload.csv"
    upload.write_bytes(b"kode_wilayah,kabupaten_kota,tahun\n,Kab Banyumaz,2019\n")
    mapping = tmp_path / "corrections.csv"
    mapping.write_bytes(b'source_name,region_code\n"Kab Banyumaz,33.02\n')
    assert main(["ingest", str(upload), "--dataset", "x", "--mapping", str(mapping)]) == 2
    err = capsys.readouterr().err
    assert "The corrections table is not a readable CSV table" in err and "Traceback" not in err
    assert main(["ingest", str(upload), "--dataset", "x", "--mapping", str(tmp_path / "none.csv")]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1].startswith("ovop-analytics: error: No such file or directory")


CRASH_AFTER_COMMIT = """
import os, sys, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("INSERT INTO commodity_groups VALUES ('only_in_the_log', 'x', 'x')")  # committed, not checkpointed
os._exit(0)  # a crash: DuckDB never checkpoints, the row lives only in the .wal
"""


def test_a_backup_keeps_a_commit_that_lives_only_in_the_log(store: Store, tmp_path: Path) -> None:
    """After a crash between commit and checkpoint the log is part of the data: the backup folds it in."""
    connection.close_idle_readers()
    subprocess.run([sys.executable, "-c", CRASH_AFTER_COMMIT, str(store.path)], check=True, timeout=120)
    assert store.wal_path.exists()
    report = backups.backup(store, tmp_path / "copies")
    assert not Path(str(report.path) + ".wal").exists()  # one self-contained file
    import duckdb
    con = duckdb.connect(str(report.path), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM commodity_groups WHERE code = 'only_in_the_log'").fetchone() == (1,)
    finally:
        con.close()
