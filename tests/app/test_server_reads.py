"""Page views between writes do not open the database to list datasets; any write is seen at once; the
process-wide list holds public datasets only."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from ovop_analytics import ui
from ovop_analytics.ui import session as ui_session
from ovop_analytics.store import Store
from ovop_analytics.store.registry import create_dataset

PROJECT_DIR = Path(__file__).resolve().parents[2]


def age(path: Path, seconds: float = 30) -> None:
    """Make the database look untouched for a while (a file changed in the last 2 s is never trusted)."""
    past = time.time() - seconds
    for file in (path, path.with_name(path.name + ".wal")):
        if file.exists():
            os.utime(file, (past, past))


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    seen: list[str | None] = []
    real = ui_session.list_datasets

    def counting(store: Store, viewer: str | None = None):
        seen.append(viewer)
        return real(store, viewer)

    monkeypatch.setattr(ui_session, "list_datasets", counting)
    return seen


def session() -> AppTest:
    return AppTest.from_file(str(PROJECT_DIR / "app.py"), default_timeout=120)


def test_signature_is_none_right_after_a_write_then_stable(store: Store) -> None:
    assert ui.database_signature(store.path) is None  # the copy was just written
    age(store.path)
    first = ui.database_signature(store.path)
    assert first is not None and ui.database_signature(store.path) == first
    with store.transaction() as con:
        create_dataset(con, name="baru", kind="shared", source="test", is_synthetic=False)
    assert ui.database_signature(store.path) is None
    age(store.path, 10)
    assert ui.database_signature(store.path) not in (None, first)


def test_page_views_reuse_the_list_until_the_database_changes(store: Store, calls: list) -> None:
    age(store.path)
    app = session().run()
    assert not app.exception and len(calls) == 1
    app.run()
    app.run()
    assert len(calls) == 1, "later page views of a session read no list while nothing changed"
    other = session().run()
    assert len(calls) == 1, "a new session's fresh owner token owns nothing: no read either"
    other.run()
    assert len(calls) == 1

    with store.transaction() as con:  # another process, e.g. `ovop-analytics ingest`, adds a dataset
        create_dataset(con, name="bersama", kind="shared", source="test", is_synthetic=False)
    app.run()
    assert "bersama" in app.selectbox(key=ui.DATASET_KEY).options
    age(store.path)
    app.run()
    count = len(calls)
    app.run()
    assert len(calls) == count


def test_a_private_dataset_written_for_a_session_shows_in_its_picker_only(store: Store, calls: list) -> None:
    age(store.path)
    mine, theirs = session().run(), session().run()
    with store.transaction() as con:  # what the Upload page's save does for `mine`
        create_dataset(con, name="punyaku", kind="upload", source="test", is_synthetic=False,
                       visibility="private", owner=mine.session_state["owner_token"])
    age(store.path)
    assert "punyaku" in mine.run().selectbox(key=ui.DATASET_KEY).options
    assert "punyaku" not in theirs.run().selectbox(key=ui.DATASET_KEY).options


def test_private_datasets_stay_out_of_the_process_wide_list(store: Store, calls: list) -> None:
    with store.transaction() as con:
        create_dataset(con, name="rahasia", kind="upload", source="test", is_synthetic=False,
                       visibility="private", owner="someone-else")
    age(store.path)
    app = session().run()
    assert "rahasia" not in app.selectbox(key=ui.DATASET_KEY).options
    cached = ui_session._public_lists[str(store.path)][1]
    assert cached and all(d.visibility == "public" for d in cached)
