"""The shell around every page run: the error boundary (no traceback reaches a visitor; an incident id
instead), page-run turns, the hand-over between pages (uploads released) and the "database damaged" page.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone

import streamlit as st
from streamlit.logger import get_logger
from streamlit.navigation.page import StreamlitPage
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.runtime.uploaded_file_manager import UploadedFile

from ovop_analytics import config
from ovop_analytics.errors import DatabaseBusyError, DatabaseCorruptError
from ovop_analytics.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from ovop_analytics.store.backup import DatabaseState, state_from_error
from ovop_analytics.ui import identity
from ovop_analytics.ui.text import LANGUAGE_KEY, tr

_shell = threading.local()  # script runs happen on the session's own thread


_incidents = get_logger("ovop_analytics.incidents")
# Tests only: the url path of a page that raises before it runs (read once at start, from the server's
# environment; nothing a visitor sends can set it). Lets a browser test check what a visitor sees of an error.
FORCED_ERROR_ENV = "OVOP_TEST_FORCE_ERROR"
_forced_error_page = os.environ.get(FORCED_ERROR_ENV)


def new_incident_id() -> str:
    """Short enough to read over the phone, unique enough to find in the server log: UTC time + 6 hex."""
    return f"{datetime.now(timezone.utc):%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def report_incident(error: BaseException) -> str:
    """Log `error` with its traceback under a new incident id, and show the visitor only a friendly
    message carrying that id (client.showErrorDetails is "none", so Streamlit shows no details either)."""
    incident = new_incident_id()
    _incidents.error("incident %s: uncaught %s while running a page", incident, type(error).__name__,
                     exc_info=error)
    key = "shell_db_busy" if isinstance(error, DatabaseBusyError) else "srv_incident"
    st.error(tr(key) if key == "shell_db_busy" else tr(key, id=incident), icon=":material/error:")
    if key == "shell_db_busy":
        st.caption(tr("srv_incident_id", id=incident))
    return incident


_turns: threading.BoundedSemaphore | None = None
_turns_lock = threading.Lock()


def _page_run_turns() -> threading.BoundedSemaphore | None:
    global _turns
    with _turns_lock:
        if _turns is None:
            slots = int(config.get("concurrent_page_runs"))
            _turns = threading.BoundedSemaphore(slots) if slots > 0 else None
        return _turns


@contextmanager
def page_run_turn() -> Iterator[None]:
    """A turn to compute a page: at most OVOP_CONCURRENT_PAGE_RUNS runs of this process at once.

    A page run is Python holding the GIL nearly all the time, so 50 runs at once take as long as 50 in
    a row, all finishing late together, and each switch between their threads costs more. Queued, the
    first ones finish at once and the process serves more per second. A run waits at most
    OVOP_PAGE_RUN_WAIT seconds, so a slow one (a PDF, a big upload) cannot hold the others back for long."""
    turns = _page_run_turns()
    taken = turns is not None and turns.acquire(timeout=float(config.get("page_run_wait")))
    try:
        yield
    finally:
        if taken:
            turns.release()


@contextmanager
def app_shell() -> Iterator[None]:
    """app.py runs everything, the selected page included, inside this: a page can tell it was reached
    through navigation, and no error shows a traceback to the visitor.

    A damaged block found only when a page reads it (the start-up check opens the file and reads the
    registry, not every table) ends the page with the same message as at start-up. Any other error is the
    one broad `except` of the product, on purpose: it is the boundary between any failure and the
    browser. Streamlit's own control flow (st.stop, st.rerun, st.switch_page) is a BaseException and
    passes through."""
    _shell.active = True
    _shell.navigated = False
    try:
        with page_run_turn():
            yield
    except DatabaseCorruptError as error:
        unusable_database_page(state_from_error(error))  # stops the run with the restore message
        report_incident(error)
    except Exception as error:  # noqa: BLE001 - the page boundary: log it, show an incident id
        report_incident(error)
    finally:
        _shell.active = False
        _shell.navigated = False
        _shell.datasets = None


def switch_to(page: StreamlitPage) -> Callable[[], None]:
    """A page body that opens `page` instead, with the same query parameters (a link's language, dataset
    and controls survive)."""
    def switch() -> None:
        st.switch_page(page, query_params=st.query_params.to_dict())
    return switch


HELD_UPLOADS_KEY = "_held_uploads"


def hold_uploads(files: Sequence[UploadedFile | None], state_keys: Sequence[str] = ()) -> None:
    """Note that the current page works on `files` (and keeps what it made of them under `state_keys`):
    when the session opens another page, both are released (see `release_uploads`)."""
    ids = [f.file_id for f in files if f is not None]
    st.session_state[HELD_UPLOADS_KEY] = (getattr(_shell, "page", None), ids, list(state_keys))


def release_uploads(files: Sequence[UploadedFile | None]) -> None:
    """Drop the bytes of `files` from Streamlit's upload store now, not when the session ends (an upload
    of OVOP_MAX_UPLOAD_MB would otherwise stay in server memory until then)."""
    ctx = get_script_run_ctx()
    if ctx is None:
        return
    for file in files:
        if file is not None:
            ctx.uploaded_file_mgr.remove_file(ctx.session_id, file.file_id)


def _release_held_uploads(current_page: str) -> None:
    """Another page is opening: the upload page's files and what it parsed from them are no longer needed
    (Streamlit forgets the widgets of a page that is not shown, but keeps their files)."""
    held = st.session_state.get(HELD_UPLOADS_KEY)
    if held is None or held[0] == current_page:
        return
    page, ids, state_keys = st.session_state.pop(HELD_UPLOADS_KEY)
    ctx = get_script_run_ctx()
    if ctx is not None:
        for file_id in ids:
            ctx.uploaded_file_mgr.remove_file(ctx.session_id, file_id)
    for key in state_keys:
        st.session_state.pop(key, None)


def run_page(page: StreamlitPage) -> None:
    """Run the page st.navigation selected (inside `app_shell`)."""
    _shell.page = page.url_path
    _shell.navigated = True
    # The browser's workspace key component is drawn after st.navigation: a rerun it asks for before the
    # browser knows the current page would open the default page instead of a deep link.
    with st.sidebar:
        identity.current().mount()  # type: ignore[attr-defined]
    _release_held_uploads(page.url_path)
    if _forced_error_page is not None and page.url_path == _forced_error_page.strip("/"):
        raise RuntimeError(f"{FORCED_ERROR_ENV}: forced failure of page '{page.url_path}' in {__file__}")
    page.run()


def require_app_shell() -> None:
    """First call of every page. Streamlit runs `pages/*.py` directly (old multipage mode) when a deep
    link such as /provinces is the first request a new server sees, because a `pages/` folder exists and
    no session has called st.navigation yet. Switch that mode off and rerun through app.py instead."""
    if not getattr(_shell, "active", False):
        PagesManager.uses_pages_directory = False
        st.rerun()


def unusable_database_page(state: DatabaseState) -> None:
    """Draw the 'database damaged' message and stop the script run (nothing else can be shown)."""
    if state.status != "corrupt":
        return
    language = st.session_state.get(LANGUAGE_KEY) or st.query_params.get(LANGUAGE_KEY) or DEFAULT_LANGUAGE
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    if not getattr(_shell, "navigated", False):  # before app.py's navigation: hide it (else pages/ are listed)
        st.navigation([st.Page(_no_page, title=t("ops_db_corrupt_title", language))], position="hidden")
    st.error(t("ops_db_corrupt_title", language), icon=":material/error:")
    key = "ops_db_corrupt" if state.backup else "ops_db_corrupt_no_backup"
    st.text(t(key, language, path=state.path, detail=state.detail, backup=state.backup or "-"))
    st.caption(t("ops_restore_command", language))
    st.code(state.command, language="bash", wrap_lines=True)
    st.stop()


def _no_page() -> None:
    """The only page while the database cannot be read (never run: the message stops the script first)."""
