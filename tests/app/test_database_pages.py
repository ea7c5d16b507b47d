"""A damaged database gives a clear page in the interface language, naming the newest backup and the
restore command, never a traceback: at start-up, and when only a page's own read finds the damage."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ovop_analytics.errors import DatabaseCorruptError
from ovop_analytics import metrics
from ovop_analytics.store import Store, get_dataset
from ovop_analytics.store import backup as backups
from ovop_analytics.store import connection

PROJECT_DIR = Path(__file__).resolve().parents[2]


def damage(path: Path, offset: int) -> None:
    with open(path, "r+b") as file:
        file.seek(offset + 100)
        file.write(b"\xff" * 1000)


def run_app(lang: str) -> AppTest:
    app = AppTest.from_file(str(PROJECT_DIR / "app.py"), default_timeout=120)
    app.session_state["lang"] = lang
    return app.run()


@pytest.mark.parametrize("lang, title", [("id", "Basis data rusak"), ("en", "The database is damaged")])
def test_a_database_damaged_at_start_up_shows_the_restore_command(data_dir: Path, lang: str, title: str) -> None:
    store = Store(data_dir / "ovop.duckdb")
    newest = backups.backup(store).path
    damage(store.path, 12288)  # the first block: the file does not even open
    connection.close_idle_readers()  # as a new server process would: nothing read before the damage
    app = run_app(lang)
    assert not app.exception, [e.value for e in app.exception]
    assert app.error and app.error[0].value.startswith(title)
    assert [c.value for c in app.code] == [f"ovop-analytics restore {newest}"]
    assert str(newest) in " ".join(t.value for t in app.text)


def test_damage_found_only_by_a_page_read_shows_the_same_message(data_dir: Path, tmp_path: Path) -> None:
    store = Store(data_dir / "ovop.duckdb")
    newest = backups.backup(store).path
    # a block that the start-up check (open, read the registry) does not touch but a page's read does
    for offset in range(12288 + 262144, store.path.stat().st_size, 262144):
        probe = tmp_path / f"probe-{offset}.duckdb"
        shutil.copy(store.path, probe)
        damage(probe, offset)
        probe_store = Store(probe, backup_keep=0)
        if backups.database_state(probe_store).status != "ok":
            continue
        try:
            metrics.coverage_summary(probe_store, get_dataset(probe_store, "demo").id)  # the Overview's read
        except DatabaseCorruptError:
            break
    else:
        pytest.skip("no block of this database breaks a page read only")
    damage(store.path, offset)
    connection.close_idle_readers()
    app = run_app("en")
    assert not app.exception, [e.value for e in app.exception]
    assert any(e.value.startswith("The database is damaged") for e in app.error)
    assert f"ovop-analytics restore {newest}" in [c.value for c in app.code]
