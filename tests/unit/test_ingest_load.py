"""Loading uploads: all or nothing (also under kill -9), private uploads, publishing, and the CLI."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from ovop_analytics.cli import main
from ovop_analytics.errors import (DataValidationError, InvalidArgumentError, PublishDeniedError,
                                   UnknownDatasetError)
from ovop_analytics.ingest import (delete_upload, export_dataset, load_parsed, parse_upload, publish_upload,
                                   publishing_enabled)
from ovop_analytics.ingest import load as loading
from ovop_analytics.regions import kabupaten_kota
from ovop_analytics.store import Store, list_datasets

GOOD = ("kode_wilayah,tahun,program,komoditas,bintang,nama_ikm\n"
        "33.02,2019,kemenperin_ovop_award,batik,5,UD Sari\n"
        "34.71,2015,kemenperin_ovop_award,kain_batik,4,Batik Winotosastro\n").encode()
BAD = GOOD + b"33.03,2019/2020,kemenperin_ovop_award,batik,5,UD Lain\n"


def names(store: Store, viewer: str | None = None) -> list[str]:
    return [dataset.name for dataset in list_datasets(store, viewer)]


def record_count(store: Store) -> int:
    return int(store.query("SELECT count(*) AS n FROM ovop_records")["n"].iloc[0])


def test_load_writes_every_row_and_the_type_catalogue(store: Store) -> None:
    body = GOOD.replace(b"nama_ikm\n", b"nama_ikm,jenis\n").replace(b"UD Sari\n", b"UD Sari,Batik tulis\n") \
        .replace(b"Winotosastro\n", b"Winotosastro,Batik tulis\n")
    dataset = load_parsed(store, parse_upload(body, "good.csv"), "mine", kind="shared", visibility="public")
    assert (dataset.kind, dataset.visibility, dataset.rows, dataset.is_synthetic) == ("shared", "public", 2, False)
    rows = store.query("SELECT region_code, year, program, commodity_group, star, entity_name FROM ovop_records "
                       "WHERE dataset_id = ? ORDER BY year", [dataset.id])
    assert rows.values.tolist() == [["34.71", 2015, "kemenperin_ovop_award", "kain_batik", 4, "Batik Winotosastro"],
                                    ["33.02", 2019, "kemenperin_ovop_award", "kain_batik", 5, "UD Sari"]]
    types = store.query("SELECT type_code, name, commodity_group FROM ovop_types WHERE dataset_id = ?", [dataset.id])
    assert types.values.tolist() == [["Batik tulis", "Batik tulis", "kain_batik"]]


def test_a_file_with_problems_is_refused_and_nothing_is_written(store: Store) -> None:
    before, records = names(store), record_count(store)
    parsed = parse_upload(BAD, "bad.csv")
    with pytest.raises(DataValidationError) as refused:
        load_parsed(store, parsed, "bad", kind="shared", visibility="public")
    assert str(refused.value).startswith("Nothing was loaded from 'bad.csv': 1 problems.")
    assert refused.value.problems == ["row 4, column 'tahun', value '2019/2020': a range of years: write one year "
                                      "per row (the year of the designation or award round)"]
    assert names(store) == before and record_count(store) == records


def test_a_failure_while_writing_rolls_back_everything(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    before, records = names(store), record_count(store)
    monkeypatch.setattr(loading, "WRITE_CHUNK_ROWS", 1)
    original = loading.insert_record_table
    calls: list[int] = []

    def failing(con, dataset_id: int, table) -> int:  # noqa: ANN001 - a DuckDB connection, a pyarrow Table
        calls.append(table.num_rows)
        if len(calls) == 2:
            raise OSError("disk full")
        return original(con, dataset_id, table)

    monkeypatch.setattr(loading, "insert_record_table", failing)
    with pytest.raises(OSError, match="disk full"):
        load_parsed(store, parse_upload(GOOD, "good.csv"), "half", kind="shared", visibility="public")
    assert calls == [1, 1]
    assert names(store) == before and record_count(store) == records


def test_a_name_in_use_is_refused(store: Store) -> None:
    with pytest.raises(InvalidArgumentError, match="A dataset named 'demo' exists already"):
        load_parsed(store, parse_upload(GOOD, "good.csv"), "demo", kind="shared", visibility="public")


def test_private_upload_is_invisible_to_other_viewers(store: Store) -> None:
    dataset = load_parsed(store, parse_upload(GOOD, "mine.csv"), "mine", owner="session-a")
    assert (dataset.kind, dataset.visibility, dataset.owner) == ("upload", "private", "session-a")
    assert "mine" in names(store, "session-a")
    assert "mine" not in names(store, "session-b") and "mine" not in names(store, None)
    with pytest.raises(UnknownDatasetError):
        export_dataset(store, "mine", "csv", viewer="session-b")
    assert export_dataset(store, "mine", "csv", viewer="session-a").count(b"\r\n") == 3


def test_private_upload_needs_an_owner(store: Store) -> None:
    with pytest.raises(InvalidArgumentError, match="needs an owner"):
        load_parsed(store, parse_upload(GOOD, "mine.csv"), "mine", kind="upload", visibility="private")


def test_publishing_is_disabled_without_a_password(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OVOP_PUBLISH_PASSWORD", raising=False)
    load_parsed(store, parse_upload(GOOD, "mine.csv"), "mine", owner="session-a")
    assert not publishing_enabled()
    with pytest.raises(PublishDeniedError, match="Publishing is disabled: the operator has not set a publish "
                                                 r"password \(environment variable OVOP_PUBLISH_PASSWORD\)"):
        publish_upload(store, "mine", "session-a", "")
    assert "mine" not in names(store)


def test_publishing_needs_the_operator_password(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OVOP_PUBLISH_PASSWORD", "kopi-luwak")
    load_parsed(store, parse_upload(GOOD, "mine.csv"), "mine", owner="session-a")
    with pytest.raises(PublishDeniedError, match="Wrong operator password: the dataset stays private."):
        publish_upload(store, "mine", "session-a", "kopi")
    with pytest.raises(UnknownDatasetError):
        publish_upload(store, "mine", "session-b", "kopi-luwak")  # not visible to another session
    with pytest.raises(InvalidArgumentError, match="the dataset 'demo' is not an upload of this workspace"):
        publish_upload(store, "demo", "session-a", "kopi-luwak")
    publish_upload(store, "mine", "session-a", "kopi-luwak")
    published = {d.name: d for d in list_datasets(store, "session-b")}["mine"]
    assert (published.kind, published.visibility, published.owner) == ("shared", "public", None)


def test_a_session_deletes_only_its_own_upload(store: Store) -> None:
    load_parsed(store, parse_upload(GOOD, "mine.csv"), "mine", owner="session-a")
    with pytest.raises(UnknownDatasetError):
        delete_upload(store, "mine", "session-b")
    with pytest.raises(InvalidArgumentError):
        delete_upload(store, "reference", "session-a")
    delete_upload(store, "mine", "session-a")
    assert "mine" not in names(store, "session-a")


def test_progress_is_reported_while_parsing_and_writing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loading, "WRITE_CHUNK_ROWS", 1)
    seen: list[tuple[float, str]] = []
    parsed = parse_upload(GOOD, "good.csv", progress=lambda f, m: seen.append((f, m)))
    load_parsed(store, parsed, "mine", kind="shared", visibility="public", progress=lambda f, m: seen.append((f, m)))
    fractions = [fraction for fraction, _ in seen]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0 and 0.0 in fractions[1:]
    assert ("1 of 2 rows written" in [m for _, m in seen]) and ("2 of 2 rows written" in [m for _, m in seen])


# ------------------------------------------------------------------------------------------------ CLI


def datasets_json(capsys: pytest.CaptureFixture[str]) -> list[dict]:
    assert main(["datasets", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_cli_ingest_loads_and_prints_a_summary(data_dir: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ovop.csv"
    path.write_bytes(GOOD)
    assert main(["ingest", str(path), "--dataset", "from-cli"]) == 0
    out = capsys.readouterr().out
    assert "rows: 2 read, 2 good, 0 with problems, 0 waiting for a region" in out
    assert "loaded: 2 rows into dataset 'from-cli' (kind shared, public)" in out
    shown = {d["name"]: d for d in datasets_json(capsys)}
    assert shown["from-cli"]["kind"] == "shared" and shown["from-cli"]["rows"] == 2


def test_cli_refused_file_exits_2_and_leaves_datasets_unchanged(data_dir: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    before = datasets_json(capsys)
    path = tmp_path / "bad.csv"
    path.write_bytes(BAD)
    assert main(["ingest", str(path), "--dataset", "bad"]) == 2
    captured = capsys.readouterr()
    assert "rows: 3 read, 2 good, 1 with problems" in captured.out
    assert captured.err.splitlines()[:2] == [
        "ovop-analytics: refused, nothing was loaded: 1 problems, 0 region names to confirm or correct",
        "  row 4, column 'tahun', value '2019/2020': a range of years: write one year per row (the year of the "
        "designation or award round)"]
    assert datasets_json(capsys) == before


def test_cli_program_option_and_region_mapping(data_dir: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "names.csv"
    path.write_bytes(b"provinsi;kabupaten_kota;tahun\nJawa Tengah;Kab. Atlantis;2019\nBali;Kab. Badung;2019\n")
    corrections = tmp_path / "corrections.csv"
    assert main(["ingest", str(path), "--dataset", "named", "--program", "kemenkop_ovop",
                 "--save-corrections", str(corrections)]) == 2
    err = capsys.readouterr().err
    assert ("kabupaten/kota name 'Kab. Atlantis' (province 'Jawa Tengah') in 1 rows from row 2: no similar name: "
            "choose the region or give the code") in err
    assert f"written to {corrections}" in err
    text = corrections.read_text(encoding="utf-8-sig").replace("Kab. Atlantis,kabupaten_kota,Jawa Tengah,,",
                                                               "Kab. Atlantis,kabupaten_kota,Jawa Tengah,33.04,")
    corrections.write_text(text, encoding="utf-8")
    # the code filled in, but the row still says 'unmatched': refused, nothing loaded
    assert main(["ingest", str(path), "--dataset", "named", "--program", "kemenkop_ovop",
                 "--mapping", str(corrections)]) == 2
    assert "still marked for review (status 'unmatched')" in capsys.readouterr().err
    corrections.write_text(text.replace(",unmatched,", ",confirmed,"), encoding="utf-8")
    assert main(["ingest", str(path), "--dataset", "named", "--program", "kemenkop_ovop",
                 "--mapping", str(corrections)]) == 0
    capsys.readouterr()
    store = Store(data_dir / "ovop.duckdb")
    assert store.query("SELECT r.region_code FROM ovop_records r JOIN datasets d ON d.id = r.dataset_id "
                       "WHERE d.name = 'named' ORDER BY 1")["region_code"].tolist() == ["33.04", "51.03"]


def test_cli_refuses_a_file_over_the_size_limit_before_reading(data_dir: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OVOP_MAX_UPLOAD_MB", "0.001")
    path = tmp_path / "big.csv"
    path.write_bytes(GOOD * 20)
    assert main(["ingest", str(path), "--dataset", "big"]) == 2
    assert capsys.readouterr().err == ("ovop-analytics: error: The file is 3 KB; at most 1 KB are allowed (a limit "
                                       "the operator sets).\n")


def test_cli_export_and_template(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.parquet"
    assert main(["export", "--dataset", "demo", "--format", "parquet", "--out", str(out)]) == 0
    assert out.read_bytes()[:4] == b"PAR1"
    assert main(["export", "--dataset", "nope", "--format", "csv", "--out", str(out)]) == 2
    assert "Unknown dataset 'nope'" in capsys.readouterr().err
    template = tmp_path / "template.csv"
    assert main(["template", "--out", str(template)]) == 0
    assert template.read_bytes().startswith(b"\xef\xbb\xbfkode_wilayah,provinsi,kabupaten_kota,tahun")


# -------------------------------------------------------------------------------------------- kill -9

DRIVER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from ovop_analytics.ingest import load_parsed, parse_upload
    from ovop_analytics.store import Store

    store = Store(Path(sys.argv[1]))
    parsed = parse_upload(Path(sys.argv[2]).read_bytes(), "large.csv", default_program="kemenkop_ovop")

    def progress(fraction, message):
        # Called inside the open transaction after each chunk of rows: stop there and wait to be killed.
        if "rows written" in message and fraction > 0.6:
            print("MID-LOAD", message, flush=True)
            time.sleep(120)

    load_parsed(store, parsed, "killed", kind="shared", visibility="public", progress=progress)
    print("COMMITTED", flush=True)
""")


@pytest.mark.slow
def test_kill_9_in_the_middle_of_a_load_leaves_no_partial_dataset(store: Store, tmp_path: Path) -> None:
    """A process killed with SIGKILL inside the write transaction: the database opens, nothing of it is there."""
    rows = 300_000
    large = tmp_path / "large.csv"
    codes = [region.code for region in kabupaten_kota()]
    large.write_text("kode_wilayah,tahun,nama_ikm\n" + "".join(
        f"{codes[i % len(codes)]},{2007 + i % 18},IKM {i}\n" for i in range(rows)))
    script = tmp_path / "driver.py"
    script.write_text(DRIVER)
    before, records = [(d.name, d.rows) for d in list_datasets(store)], record_count(store)

    process = subprocess.Popen([sys.executable, str(script), str(store.path), str(large)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout=120)
    try:
        assert lines and lines[0].startswith("MID-LOAD "), process.stderr.read()
        written = int(lines[0].split()[1].replace(",", ""))
        assert 0 < written < rows and lines[0].strip().endswith(f"of {rows:,} rows written")
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    assert [(d.name, d.rows) for d in list_datasets(store)] == before
    assert record_count(store) == records
    assert store.query("SELECT count(*) AS n FROM datasets WHERE name = 'killed'")["n"].iloc[0] == 0
    # the name is free and the database takes writes again
    assert load_parsed(store, parse_upload(GOOD, "good.csv"), "killed", kind="shared", visibility="public").rows == 2


def _large_csv(path: Path, rows: int) -> Path:
    codes = [region.code for region in kabupaten_kota()]
    path.write_text("kode_wilayah,tahun,nama_ikm\n" + "".join(
        f"{codes[i % len(codes)]},{2007 + i % 18},IKM {i}\n" for i in range(rows)))
    return path


def _run_until(script: Path, args: list[str], marker: str, then_wait: float) -> subprocess.Popen:
    """Start `script`, wait for the line starting with `marker`, wait `then_wait` s more, SIGKILL it."""
    process = subprocess.Popen([sys.executable, str(script), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout=120)
    try:
        assert lines and lines[0].startswith(marker), process.stderr.read()
        time.sleep(then_wait)
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    return process


CHECKPOINT_DRIVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from ovop_analytics.ingest import load_parsed, parse_upload
    from ovop_analytics.store import Store

    store = Store(Path(sys.argv[1]), backup_keep=0)
    parsed = parse_upload(Path(sys.argv[2]).read_bytes(), "large.csv", default_program="kemenkop_ovop")
    checkpoint = Store._checkpoint

    def announced(self, con):
        # called after COMMIT, before success is reported; the checkpoint of 300,000 rows takes ~1 s
        print("CHECKPOINTING", flush=True)
        checkpoint(self, con)
        print("CHECKPOINTED", flush=True)

    Store._checkpoint = announced
    load_parsed(store, parsed, "committed", kind="shared", visibility="public")
""")


@pytest.mark.slow
def test_kill_9_during_the_checkpoint_keeps_the_committed_dataset(store: Store, tmp_path: Path) -> None:
    """Killed after COMMIT, inside CHECKPOINT: the database opens, reads whole, and the dataset is all there
    (DuckDB replays its log); the next write checkpoints and leaves no log behind."""
    from ovop_analytics.store import backup as backups
    rows = 300_000
    large = _large_csv(tmp_path / "large.csv", rows)
    script = tmp_path / "checkpoint_driver.py"
    script.write_text(CHECKPOINT_DRIVER)
    _run_until(script, [str(store.path), str(large)], "CHECKPOINTING", 0.02)  # the checkpoint takes 0.1-1 s: kill early in it
    assert store.wal_path.exists()  # killed before the checkpoint finished: the commit is still in the log
    assert backups.check_store(store).tables  # every table reads
    assert {d.name: d.rows for d in list_datasets(store)}["committed"] == rows
    load_parsed(store, parse_upload(GOOD, "good.csv"), "after", kind="shared", visibility="public")
    assert not store.wal_path.exists()
    assert {d.name: d.rows for d in list_datasets(store)}["committed"] == rows


BACKUP_DRIVER = textwrap.dedent("""
    import shutil, sys, time
    from pathlib import Path
    from ovop_analytics.store import Store
    from ovop_analytics.store import backup as backups

    copy = shutil.copyfile

    def half_then_wait(source, target):
        # copy half of the database, then stop there (holding the reader's lock) to be killed
        data = Path(source).read_bytes()
        Path(target).write_bytes(data[: len(data) // 2])
        print("HALF-COPIED", flush=True)
        time.sleep(120)

    backups.shutil.copyfile = half_then_wait
    backups.backup(Store(Path(sys.argv[1]), backup_keep=0), keep=5)
""")


@pytest.mark.slow
def test_kill_9_during_a_backup_leaves_the_database_and_no_false_backup(store: Store, tmp_path: Path) -> None:
    """Killed half-way through copying: the database is untouched and takes writes, the half copy is never
    listed as a backup (nor offered for a restore), and the next backup is whole and verified."""
    from ovop_analytics.store import backup as backups
    before = backups.check_store(store).digest
    listed = backups.list_backups(store.backup_dir)
    script = tmp_path / "backup_driver.py"
    script.write_text(BACKUP_DRIVER)
    _run_until(script, [str(store.path)], "HALF-COPIED", 0.0)
    assert list(store.backup_dir.glob(".partial-*"))  # the half copy is there, under its partial name
    assert backups.list_backups(store.backup_dir) == listed
    assert backups.check_store(store).digest == before
    load_parsed(store, parse_upload(GOOD, "good.csv"), "after", kind="shared", visibility="public")
    report = backups.backup(store)
    assert backups.newest_backup(store.backup_dir) == report.path
    assert backups.check_file(report.path).digest == backups.check_store(store).digest
