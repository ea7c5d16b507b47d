"""Workspaces: keys, limits, replace all-or-nothing, purge, the orphan migration, provenance of matches,
and the CLI's datasets delete / ingest --replace / workspaces / --lang."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from ovop_analytics.cli import main
from ovop_analytics.errors import DataValidationError, InvalidArgumentError, UnknownDatasetError
from ovop_analytics.ingest import apply_corrections, export_dataset, load_parsed, parse_upload
from ovop_analytics.store import Store, list_datasets
from ovop_analytics.store import migrations
from ovop_analytics.workspace import (WorkspaceLimits, clean_key, exists, expired, list_workspaces, new_key,
                                      owner_of, purge, same_owner, touch)

FILE = ("kode_wilayah,provinsi,kabupaten_kota,tahun,program,nama_ikm\n"
        "33.02,,,2019,kemenkop_ovop,UD Satu\n"
        ",Jawa Tengah,KAB. BANYUMAAS,2019,kemenkop_ovop,UD Dua\n"
        ",DKI Jakarta,KOTA ADM. JAKARTA TIMUR,2019,kemenkop_ovop,UD Tiga\n"
        ",Jawa Tengah,Kab. Atlantis,2019,kemenkop_ovop,UD Empat\n").encode()
LIMITS = WorkspaceLimits(max_datasets=2, max_rows=10, expiry_days=30)


def test_keys_are_random_128_bit_hex_stored_only_hashed() -> None:
    key = new_key()
    assert len(key) == 32 and int(key, 16) >= 0 and key != new_key()
    assert clean_key(f"  {key[:8].upper()}-{key[8:16]} {key[16:]} ") == key
    assert clean_key("not a key") is None and clean_key(key[:-1]) is None and clean_key(None) is None
    owner = owner_of(key)
    assert key not in owner and len(owner) == 64 and owner == owner_of(key)
    assert same_owner(owner, owner_of(key)) and not same_owner(owner, owner_of(new_key()))
    assert not same_owner(None, owner) and not same_owner(owner, "")


def _ready(data: bytes = FILE):  # noqa: ANN202
    parsed = parse_upload(data, "penelitian.csv")
    names = parsed.names
    atlantis = names[names["source_name"] == "Kab. Atlantis"]
    return apply_corrections(parsed, atlantis.assign(region_code="33.04")[["source_name", "level", "province",
                                                                             "region_code"]])


def test_records_keep_their_region_as_written_and_how_it_was_matched(store: Store) -> None:
    owner = owner_of(new_key())
    dataset = load_parsed(store, _ready(), "penelitian", owner=owner, limits=LIMITS,
                          edits={"dropped_rows": [7], "edited_cells": 1})
    rows = store.query("""SELECT region_code, province_as_written, kabupaten_kota_as_written, region_match,
                                 region_match_score FROM ovop_records WHERE dataset_id = ? ORDER BY entity_name""",
                       [dataset.id])
    assert rows["region_code"].tolist() == ["33.02", "33.04", "33.02", "31.75"]  # Dua, Empat, Satu, Tiga
    assert rows["kabupaten_kota_as_written"].fillna("-").tolist() == ["KAB. BANYUMAAS", "Kab. Atlantis", "-",
                                                                      "KOTA ADM. JAKARTA TIMUR"]
    assert rows["region_match"].tolist() == ["fuzzy", "person", "code", "name"]
    assert rows["region_match_score"].iloc[2] == 100 and 90 <= rows["region_match_score"].iloc[0] < 100
    edits = store.query("SELECT edits FROM dataset_edits WHERE dataset_id = ?", [dataset.id])["edits"].iloc[0]
    assert json.loads(edits) == {"dropped_rows": [7], "edited_cells": 1}
    exported = export_dataset(store, "penelitian", "csv", viewer=owner).decode("utf-8-sig")
    assert "kabupaten_kota_as_written,region_match,region_match_score" in exported.splitlines()[0]
    assert "KOTA ADM. JAKARTA TIMUR,name,100.0" in exported


def test_replace_is_all_or_nothing_and_only_for_the_owner(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    owner, other = owner_of(new_key()), owner_of(new_key())
    first = load_parsed(store, _ready(), "penelitian", owner=owner, limits=LIMITS)
    with pytest.raises(UnknownDatasetError):  # another workspace has no dataset of that name to replace
        load_parsed(store, _ready(), "penelitian", owner=other, replace=True, limits=LIMITS)
    smaller = _ready(FILE.rsplit(b"\n", 2)[0] + b"\n")

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise duckdb.IOException("disk full")

    monkeypatch.setattr("ovop_analytics.ingest.load.insert_record_table", broken)
    with pytest.raises(duckdb.IOException):
        load_parsed(store, smaller, "penelitian", owner=owner, replace=True, limits=LIMITS)
    kept = [d for d in list_datasets(store, owner) if d.name == "penelitian"]
    assert [(d.id, d.rows) for d in kept] == [(first.id, 4)]  # the old version, whole
    monkeypatch.undo()
    second = load_parsed(store, smaller, "penelitian", owner=owner, replace=True, limits=LIMITS)
    assert [(d.name, d.rows) for d in list_datasets(store, owner) if d.visibility == "private"] == [("penelitian", 3)]
    assert second.id != first.id
    assert store.query("SELECT count(*) AS n FROM ovop_records WHERE dataset_id = ?", [first.id])["n"][0] == 0


def test_workspace_limits_refuse_with_a_structured_problem(store: Store) -> None:
    owner = owner_of(new_key())
    load_parsed(store, _ready(), "one", owner=owner, limits=LIMITS)
    with pytest.raises(DataValidationError) as refused:
        load_parsed(store, _ready(), "two", owner=owner, limits=WorkspaceLimits(2, 6, 30))
    assert refused.value.args[0].code == "workspace_rows_full"
    load_parsed(store, _ready(), "two", owner=owner, limits=LIMITS)
    with pytest.raises(DataValidationError) as refused:
        load_parsed(store, _ready(), "three", owner=owner, limits=LIMITS)
    assert refused.value.args[0].code == "workspace_datasets_full"
    load_parsed(store, _ready(), "two", owner=owner, limits=LIMITS, replace=True)  # a new version fits


def test_workspaces_are_touched_listed_expired_and_purged_with_their_datasets(store: Store) -> None:
    old, recent = owner_of(new_key()), owner_of(new_key())
    touch(store, recent, create=False)  # a visit without an upload leaves no workspace
    assert not exists(store, recent)
    load_parsed(store, _ready(), "old-upload", owner=old, limits=LIMITS)
    load_parsed(store, _ready(), "recent-upload", owner=recent, limits=LIMITS)
    touch(store, old, now=datetime.now() - timedelta(days=40), create=False)  # last opened 40 days ago
    assert exists(store, old) and exists(store, recent) and not exists(store, owner_of(new_key()))
    listed = {w.owner: w for w in list_workspaces(store)}
    assert (listed[old].datasets, listed[old].rows) == (1, 4)
    stale = expired(store, 30)
    assert [w.owner for w in stale] == [old]
    assert purge(store, stale) == 1
    assert not exists(store, old) and exists(store, recent)
    assert "old-upload" not in [d.name for d in list_datasets(store, old)]
    assert "recent-upload" in [d.name for d in list_datasets(store, recent)]


def test_migration_turns_old_session_uploads_into_orphaned_workspaces(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] <= 5])
    migrations.migrate(con)
    con.execute("""INSERT INTO datasets (name, kind, visibility, owner, source, is_synthetic, created_at)
                   VALUES ('lost', 'upload', 'private', 'a1b2c3', 'Upload: x.csv', false, '2026-01-05'),
                          ('lost2', 'upload', 'private', 'a1b2c3', 'Upload: y.csv', false, '2026-02-01'),
                          ('open', 'shared', 'public', NULL, 'cli', false, '2026-02-01')""")
    monkeypatch.undo()
    assert migrations.migrate(con) == [6, 7]  # 7 copes with rows written without a name key
    rows = con.execute("SELECT owner, origin, created_at::DATE::VARCHAR, last_seen_at::DATE::VARCHAR "
                       "FROM workspaces").fetchall()
    assert rows == [("a1b2c3", "orphaned", "2026-01-05", "2026-02-01")]
    con.close()


@pytest.mark.slow
def test_cli_datasets_delete_and_ingest_replace(data_dir: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ovop.csv"
    path.write_bytes(b"kode_wilayah,tahun,program\n33.02,2019,kemenkop_ovop\n33.03,2019,kemenkop_ovop\n")
    assert main(["ingest", str(path), "--dataset", "shared-one"]) == 0
    assert main(["ingest", str(path), "--dataset", "shared-one"]) == 2
    assert "exists already" in capsys.readouterr().err
    path.write_bytes(b"kode_wilayah,tahun,program\n33.02,2019,kemenkop_ovop\n")
    assert main(["ingest", str(path), "--dataset", "shared-one", "--replace"]) == 0
    assert main(["ingest", str(path), "--dataset", "demo", "--replace"]) == 2
    assert main(["ingest", str(path), "--dataset", "nothing-here", "--replace"]) == 2
    capsys.readouterr()
    assert main(["datasets", "--format", "json"]) == 0
    shown = {d["name"]: d["rows"] for d in json.loads(capsys.readouterr().out)}
    assert shown["shared-one"] == 1
    assert main(["datasets", "delete", "demo"]) == 2
    assert main(["datasets", "delete", "shared-one"]) == 0
    assert "deleted dataset 'shared-one' (1 rows)" in capsys.readouterr().out
    assert main(["datasets", "delete", "shared-one"]) == 2


def test_cli_speaks_indonesian_with_lang_or_ovop_lang(data_dir: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(b"kode_wilayah,tahun,program\n33.02,2019/2020,makanan\n")
    assert main(["ingest", str(path), "--dataset", "bad", "--lang", "id"]) == 2
    err = capsys.readouterr().err
    assert "ditolak, tidak ada yang dimuat: 2 masalah" in err
    assert "baris 2, kolom 'tahun', nilai '2019/2020': rentang tahun" in err
    assert "Kemenkop UKM: jenis OVOP atau Kemenperin: penghargaan IKM OVOP" in err and "kemenkop_ovop" not in err
    monkeypatch.setenv("OVOP_LANG", "id")
    assert main(["ingest", str(path), "--dataset", "bad"]) == 2
    assert "ditolak" in capsys.readouterr().err
    assert main(["--lang", "en", "ingest", str(path), "--dataset", "bad"]) == 2
    assert "refused, nothing was loaded" in capsys.readouterr().err


@pytest.mark.slow
def test_workspaces_cli_lists_and_purges(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store(data_dir / "ovop.duckdb")
    owner = owner_of(new_key())
    load_parsed(store, _ready(), "forgotten", owner=owner, limits=LIMITS)
    touch(store, owner, now=datetime.now() - timedelta(days=400))
    assert main(["workspaces", "list"]) == 0
    out = capsys.readouterr().out
    assert owner[:12] in out and owner not in out
    assert main(["workspaces", "purge", "--dry-run"]) == 0
    assert f"would purge {owner[:12]}" in capsys.readouterr().out
    assert main(["workspaces", "purge"]) == 0
    assert "purged 1 workspaces and their 1 datasets" in capsys.readouterr().out
    assert not exists(store, owner)


def test_rename_is_for_the_owner_and_keeps_names_unique(store: Store) -> None:
    from ovop_analytics.ingest import rename_upload

    owner, other = owner_of(new_key()), owner_of(new_key())
    load_parsed(store, _ready(), "lama", owner=owner, limits=LIMITS)
    rename_upload(store, "lama", "  baru ", owner)
    assert [d.name for d in list_datasets(store, owner) if d.visibility == "private"] == ["baru"]
    with pytest.raises(InvalidArgumentError):
        rename_upload(store, "baru", "Demo", owner)  # taken, after case folding
    with pytest.raises(UnknownDatasetError):  # another workspace cannot even see it
        rename_upload(store, "baru", "milikku", other)
    rename_upload(store, "baru", "BARU", owner)  # the same name in other letters is its own
    assert [d.name for d in list_datasets(store, owner) if d.visibility == "private"] == ["BARU"]
