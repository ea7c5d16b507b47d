"""Dataset names: unique after NFKC normalisation and case folding; names mixing scripts refused.
(Names in workspaces and among public datasets: test_dataset_name_scopes.py.)"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from ovop_analytics.cli import main
from ovop_analytics.errors import DatasetNameError
from ovop_analytics.problems import say_error
from ovop_analytics.ingest import load_parsed, parse_upload
from ovop_analytics.store import Store, list_datasets
from ovop_analytics.store.migrations import MIGRATIONS, migrate
from ovop_analytics.store.names import check_name, is_mixed_script, name_key, scripts

GOOD = ("kode_wilayah,tahun,program,komoditas,bintang,nama_ikm\n"
        "33.02,2019,kemenperin_ovop_award,batik,5,UD Sari\n").encode()


@pytest.mark.parametrize("name", ["Demo", "DEMO", "ＤＥＭＯ", " demo ", "ｄｅｍｏ"])
def test_names_that_normalise_to_an_existing_one_are_taken(store: Store, name: str) -> None:
    with pytest.raises(DatasetNameError) as refused:
        load_parsed(store, parse_upload(GOOD, "x.csv"), name, kind="shared", visibility="public")
    assert refused.value.code == "ops_name_taken" and refused.value.values["existing"] == "demo"
    assert "sudah ada" in say_error(refused.value, "id") and "exists already" in say_error(refused.value, "en")


@pytest.mark.parametrize("name, found, odd", [
    ("d\u0435mo", ["Cyrillic", "Latin"], "2: '\u0435' U+0435 Cyrillic"),      # Cyrillic е
    ("p\u0430ypal", ["Cyrillic", "Latin"], "2: '\u0430' U+0430 Cyrillic"),    # Cyrillic а
    ("Batik \u03bf", ["Greek", "Latin"], "7: '\u03bf' U+03BF Greek"),          # Greek omicron
])
def test_names_mixing_scripts_are_refused(store: Store, name: str, found: list[str], odd: str) -> None:
    assert scripts(name) == found and is_mixed_script(name)
    with pytest.raises(DatasetNameError) as refused:
        load_parsed(store, parse_upload(GOOD, "x.csv"), name, kind="shared", visibility="public")
    assert refused.value.code == "ops_name_mixed_scripts"
    assert refused.value.values == {"name": name, "scripts": ", ".join(found), "letters": odd}
    assert "aksara" in say_error(refused.value, "id") and "scripts" in say_error(refused.value, "en")
    assert name not in [d.name for d in list_datasets(store)]


@pytest.mark.parametrize("name", ["Batik Jawa Tengah 2024", "демо", "東京のデータ", "한국 韓國", "ＤＥＭＯ 2"])
def test_names_in_one_script_are_allowed(name: str) -> None:
    assert not is_mixed_script(name) and check_name(name) == name


def test_name_key_is_nfkc_casefold() -> None:
    assert name_key("ＤＥＭＯ") == name_key("Demo") == name_key("demo") == "demo"
    assert name_key("Straße") == name_key("STRASSE")
    assert name_key("d\u0435mo") != "demo"  # a homoglyph is not the same key: it is refused for its scripts


def test_cli_ingest_refuses_a_taken_or_mixed_name_in_one_line(data_dir: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    upload = tmp_path / "up.csv"
    upload.write_bytes(GOOD)
    for name, words in (("ＤＥＭＯ", "exists already"), ("d\u0435mo", "mixes letters of different scripts")):
        assert main(["ingest", str(upload), "--dataset", name]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and words in err


def test_migration_keeps_datasets_whose_names_clashed_before_the_rule(tmp_path: Path) -> None:
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    try:
        con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, "
                    "applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)")
        name_key_version = next(v for v, description, _ in MIGRATIONS if description.startswith("dataset names"))
        for version, description, statements in MIGRATIONS[:name_key_version - 1]:
            for statement in statements:
                con.execute(statement)
            con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)", [version, description])
        for name in ("demo", "Demo", "ＤＥＭＯ"):
            con.execute("INSERT INTO datasets (name, kind, visibility, source, is_synthetic) "
                        "VALUES (?, 'shared', 'public', 'old', false)", [name])
        assert migrate(con)[:2] == [name_key_version, name_key_version + 1]  # later migrations follow
        rows = con.execute("SELECT name, name_key FROM datasets ORDER BY id").fetchall()
    finally:
        con.close()
    assert rows == [("demo", "demo"), ("Demo", "demo#2"), ("ＤＥＭＯ", "demo#3")]
