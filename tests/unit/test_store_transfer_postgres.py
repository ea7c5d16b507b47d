"""`migrate-store` between the DuckDB file and PostgreSQL (verified, refusing a non-empty target), and the
commands that behave differently in PostgreSQL mode: check, backup, restore, and a server that is away."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from ovop_analytics.cli import main
from ovop_analytics.ingest import load_parsed, parse_upload
from ovop_analytics.store import Store, list_datasets
from ovop_analytics.store import transfer
from ovop_analytics.workspace import new_key, owner_of
from tests.support.postgres import PostgresServer

CSV = 'kode_wilayah,tahun,program,nama_ikm\n33.02,2019,kemenkop_ovop,"UD ""Kutip"", Satu"\n35.07,2020,kemenkop_ovop,\n'


def test_a_file_goes_to_postgresql_and_back_unchanged(data_dir: Path, postgres_server: PostgresServer,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    file_store = Store(data_dir / "ovop.duckdb")
    owner = owner_of(new_key())
    load_parsed(file_store, parse_upload(CSV.encode(), "a.csv"), "milik_peneliti", owner=owner)
    load_parsed(file_store, parse_upload(CSV.encode(), "b.csv"), "bersama", kind="shared", visibility="public")
    before = {t: transfer.checksum(d) for t, d in transfer._read_all(file_store).items()}
    url = postgres_server.new_database()
    try:
        assert main(["migrate-store", "--from", str(data_dir / "ovop.duckdb"), "--to", url]) == 0
        out = capsys.readouterr().out
        assert "ovop_records" in out and "counts and checksums verified" in out
        pg = Store(url)
        assert {t: transfer.checksum(d) for t, d in pg.read_tables(transfer.TABLES).items()} == before
        assert "milik_peneliti" in [d.name for d in list_datasets(pg, owner)]  # the workspace came along
        assert "milik_peneliti" not in [d.name for d in list_datasets(pg, owner_of(new_key()))]
        load_parsed(pg, parse_upload(CSV.encode(), "c.csv"), "setelah_pindah", kind="shared", visibility="public")
        # a non-empty target is refused, in one line, and nothing changes
        assert main(["migrate-store", "--from", str(data_dir / "ovop.duckdb"), "--to", url]) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "--replace" in err[0]
        back = data_dir.parent / "back.duckdb"
        assert main(["migrate-store", "--from", url, "--to", str(back)]) == 0
        names = [d.name for d in list_datasets(Store(back), owner)]
        assert {"milik_peneliti", "bersama", "setelah_pindah"} <= set(names)
        load_parsed(Store(back), parse_upload(CSV.encode(), "d.csv"), "baru_di_berkas", kind="shared",
                    visibility="public")  # the file's id sequence was moved past the copied ids
        assert main(["migrate-store", "--from", str(data_dir / "ovop.duckdb"), "--to", url, "--replace"]) == 0
        capsys.readouterr()
        pg.refresh()
        assert "setelah_pindah" not in [d.name for d in list_datasets(pg)]  # replaced by the file's content
    finally:
        from ovop_analytics.store import postgres

        postgres.close_node(url)
        postgres_server.drop_database(url)


def test_commands_in_postgresql_mode(postgres_url: str, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("OVOP_DATABASE_URL", postgres_url)
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "backend: postgresql" in out and "replica: in-memory DuckDB" in out
    for command in (["backup"], ["restore", "x.duckdb"]):
        assert main(command) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and "pg_dump" in err[0]
    assert main(["--lang", "id", "backup"]) == 2
    assert "pg_dump" in capsys.readouterr().err
    assert main(["datasets"]) == 0
    assert "demo" in capsys.readouterr().out


def test_a_command_without_its_server_says_so_in_one_line(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from tests.support.postgres import free_port

    monkeypatch.setenv("OVOP_DATABASE_URL", f"postgresql://ovop@127.0.0.1:{free_port()}/nothing")
    started = time.monotonic()
    assert main(["datasets"]) == 2
    assert time.monotonic() - started < 10
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot be reached" in err[0]
    from ovop_analytics.store import postgres

    postgres.close_all()
