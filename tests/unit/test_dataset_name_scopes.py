"""Dataset names by scope (migration 7): a private name is unique in its workspace and never equal to a
public one; two workspaces may each hold the same name, and each sees, opens, exports and replaces only
its own. A refused name never tells a researcher that another workspace holds it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ovop_analytics.errors import DatasetNameError, UnknownDatasetError
from ovop_analytics.problems import say_error
from ovop_analytics.ingest import export_dataset, load_parsed, parse_upload, publish_upload, rename_upload
from ovop_analytics.store import Store, get_dataset, list_datasets
from ovop_analytics.store import migrations
from ovop_analytics.store.registry import Dataset, resolve
from ovop_analytics.workspace import new_key, owner_of

A_FILE = ("kode_wilayah,tahun,program,nama_ikm\n"
          "33.02,2019,kemenkop_ovop,UD Milik A\n").encode()
B_FILE = ("kode_wilayah,tahun,program,nama_ikm\n"
          "35.07,2020,kemenkop_ovop,UD Milik B\n"
          "35.08,2020,kemenkop_ovop,UD Milik B Dua\n").encode()


def _save(store: Store, data: bytes, name: str, owner: str | None, **kwargs: object) -> Dataset:
    if owner is None:
        return load_parsed(store, parse_upload(data, "x.csv"), name, kind="shared", visibility="public", **kwargs)
    return load_parsed(store, parse_upload(data, "x.csv"), name, owner=owner, **kwargs)


def test_two_workspaces_each_save_the_same_name_and_see_only_their_own(store: Store) -> None:
    a, b = owner_of(new_key()), owner_of(new_key())
    saved_a = _save(store, A_FILE, "penelitian_ikm", a)
    saved_b = _save(store, B_FILE, "penelitian_ikm", b)  # not refused: nothing about A's dataset leaks
    assert saved_a.id != saved_b.id
    for owner, saved, rows, entity in ((a, saved_a, 1, "UD Milik A"), (b, saved_b, 2, "UD Milik B")):
        mine = [d for d in list_datasets(store, owner) if d.name == "penelitian_ikm"]
        assert [(d.id, d.rows) for d in mine] == [(saved.id, rows)]
        assert get_dataset(store, "penelitian_ikm", owner).id == saved.id
        exported = export_dataset(store, "penelitian_ikm", "csv", viewer=owner).decode("utf-8-sig")
        other = "UD Milik B" if entity == "UD Milik A" else "UD Milik A"
        assert entity in exported and other not in exported
    with pytest.raises(UnknownDatasetError):  # neither a stranger nor the public sees either
        get_dataset(store, "penelitian_ikm", owner_of(new_key()))
    assert "penelitian_ikm" not in [d.name for d in list_datasets(store, None)]


def test_replace_and_rename_stay_in_their_own_workspace(store: Store) -> None:
    a, b = owner_of(new_key()), owner_of(new_key())
    saved_a = _save(store, A_FILE, "penelitian_ikm", a)
    _save(store, A_FILE, "survei", b)
    rename_upload(store, "survei", "PENELITIAN_IKM", b)  # A holds this name: B is not told, and may use it
    replaced = _save(store, B_FILE, "PENELITIAN_IKM", b, replace=True)
    assert [(d.name, d.rows) for d in list_datasets(store, b) if d.visibility == "private"] == [("PENELITIAN_IKM", 2)]
    assert [(d.id, d.rows) for d in list_datasets(store, a) if d.visibility == "private"] == [(saved_a.id, 1)]
    assert replaced.id != saved_a.id


@pytest.mark.parametrize("variant", ["Penelitian IKM", "PENELITIAN ikm", "ＰＥＮＥＬＩＴＩＡＮ ＩＫＭ",
                                     " penelitian ikm "])
def test_nfkc_and_case_variants_within_one_workspace_are_refused(store: Store, variant: str) -> None:
    owner = owner_of(new_key())
    _save(store, A_FILE, "penelitian ikm", owner)
    with pytest.raises(DatasetNameError) as refused:
        _save(store, A_FILE, variant, owner)
    assert refused.value.code == "ops_name_taken" and refused.value.values["existing"] == "penelitian ikm"
    _save(store, A_FILE, "survei", owner)
    with pytest.raises(DatasetNameError):
        rename_upload(store, "survei", variant, owner)


@pytest.mark.parametrize("name", ["demo", "DEMO", "ｄｅｍｏ"])
def test_a_private_name_equal_to_a_public_one_is_refused_in_both_languages(store: Store, name: str) -> None:
    owner = owner_of(new_key())
    with pytest.raises(DatasetNameError) as refused:
        _save(store, A_FILE, name, owner)
    assert refused.value.code == "ws_name_public" and refused.value.values["existing"] == "demo"
    assert "Dataset bersama bernama 'demo' sudah ada" in say_error(refused.value, "id")
    assert "A shared dataset named 'demo' exists already" in say_error(refused.value, "en")
    _save(store, A_FILE, "survei", owner)
    with pytest.raises(DatasetNameError) as renamed:
        rename_upload(store, "survei", name, owner)
    assert renamed.value.code == "ws_name_public"


def test_publishing_over_a_public_name_or_another_workspaces_name_is_refused(store: Store) -> None:
    a, b = owner_of(new_key()), owner_of(new_key())
    _save(store, A_FILE, "laporan", a)
    _save(store, B_FILE, "Laporan", b)
    with pytest.raises(DatasetNameError) as refused:  # B's publishing would give A two 'laporan'
        publish_upload(store, "Laporan", b, "rahasia", expected="rahasia")
    assert refused.value.code == "ws_publish_name_elsewhere"
    assert "tidak dapat diterbitkan" in say_error(refused.value, "id")
    assert "cannot be published" in say_error(refused.value, "en")
    assert [d.visibility for d in list_datasets(store, b) if d.name == "Laporan"] == ["private"]  # unchanged

    _save(store, A_FILE, "survei", a)
    _save(store, B_FILE, "data bersama", None)  # the CLI's shared dataset
    rename_upload(store, "Laporan", "survei", b)
    with pytest.raises(DatasetNameError):  # A has 'survei' too
        publish_upload(store, "survei", b, "rahasia", expected="rahasia")
    _save(store, B_FILE, "DATA BERSAMA 2", b)
    rename_upload(store, "survei", "laporan b", b)
    publish_upload(store, "laporan b", b, "rahasia", expected="rahasia")  # a free name: published
    assert [d.visibility for d in list_datasets(store, None) if d.name == "laporan b"] == ["public"]
    with pytest.raises(DatasetNameError) as taken:  # now public, its name is closed to every workspace
        _save(store, A_FILE, "Laporan B", a)
    assert taken.value.code == "ws_name_public"
    # a private name equal to a public one cannot be made through the library; written by hand, its
    # publishing is still refused
    with store.transaction() as con:
        con.execute("UPDATE datasets SET name = 'data bersama', name_key = 'data bersama' "
                    "WHERE name = 'DATA BERSAMA 2'")
    with pytest.raises(DatasetNameError) as public:
        publish_upload(store, "data bersama", b, "rahasia", expected="rahasia")
    assert public.value.code == "ws_publish_name_public"
    assert "dataset bersama bernama 'data bersama' sudah ada" in say_error(public.value, "id")


def test_a_shared_dataset_cannot_take_a_name_a_workspace_uses(store: Store) -> None:
    _save(store, A_FILE, "penelitian_ikm", owner_of(new_key()))
    with pytest.raises(DatasetNameError) as refused:
        _save(store, B_FILE, "Penelitian_IKM", None)
    assert refused.value.code == "ws_name_elsewhere" and "UD" not in str(refused.value)
    assert "ruang kerja seorang peneliti" in say_error(refused.value, "id")


def test_a_viewer_resolves_a_name_to_their_own_private_dataset_first() -> None:
    a, b = "a" * 64, "b" * 64

    def dataset(id_: int, visibility: str, owner: str | None) -> Dataset:
        return Dataset(id_, "x", "upload", visibility, owner, None, "s", False, None, 1)  # type: ignore[arg-type]

    public, of_a, of_b = dataset(1, "public", None), dataset(2, "private", a), dataset(3, "private", b)
    assert resolve([public, of_a, of_b], "x", a) is of_a
    assert resolve([public, of_b], "x", a) is public  # never another workspace's
    assert resolve([of_b], "x", a) is None and resolve([of_b], "x", None) is None
    assert resolve([public, of_a], "y", a) is None


def test_migration_7_from_version_6_keeps_every_dataset_and_allows_one_name_per_workspace(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v6.duckdb"
    con = duckdb.connect(str(path))
    try:
        monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in migrations.MIGRATIONS if m[0] <= 6])
        assert migrations.migrate(con)[-1] == 6
        con.execute("""INSERT INTO datasets (name, name_key, kind, visibility, owner, source, is_synthetic, created_at,
                                             coverage, file_name, loaded_by)
                       VALUES ('umum', 'umum', 'shared', 'public', NULL, 'cli', false, '2026-01-05', NULL, 'u.csv',
                               'cli'),
                              ('punyaku', 'punyaku', 'upload', 'private', 'aaaa', 'Upload: p.csv', false,
                               '2026-02-01', '33', 'p.csv', 'browser')""")
        con.execute("INSERT INTO ovop_records (dataset_id, region_code, year, program) "
                    "SELECT id, '33.02', 2019, 'kemenkop_ovop' FROM datasets")
        con.execute("INSERT INTO dataset_edits SELECT id, '{\"edited_cells\": 1}' FROM datasets WHERE name = 'punyaku'")
        before = con.execute("SELECT * FROM datasets ORDER BY id").fetchall()
        con.execute("CHECKPOINT")
        monkeypatch.undo()
        assert migrations.migrate(con) == [7]
        after = con.execute("SELECT * EXCLUDE (name_scope) FROM datasets ORDER BY id").fetchall()
        assert after == before  # every column of every dataset, ids included
        scopes = con.execute("SELECT name, name_scope FROM datasets ORDER BY id").fetchall()
        assert scopes == [("umum", "public"), ("punyaku", "aaaa")]
        assert con.execute("SELECT count(*) FROM ovop_records").fetchone()[0] == 2
        # the new rule holds in the database: another workspace may use the name, the same one may not
        insert = ("INSERT INTO datasets (name, name_key, name_scope, kind, visibility, owner, source, is_synthetic) "
                  "VALUES ('punyaku', 'punyaku', ?, 'upload', 'private', ?, 's', false)")
        con.execute(insert, ["bbbb", "bbbb"])
        with pytest.raises(duckdb.ConstraintException):
            con.execute(insert, ["aaaa", "aaaa"])
        new_id = con.execute(
            "INSERT INTO datasets (name, name_key, name_scope, kind, visibility, source, is_synthetic) "
            "VALUES ('baru', 'baru', 'public', 'shared', 'public', 's', false) RETURNING id").fetchone()[0]
        assert new_id > max(row[0] for row in before)  # the id sequence carries on
    finally:
        con.close()
