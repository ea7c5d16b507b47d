"""The one library module that imports streamlit: shared widgets and the caching rules of the pages.

Caches in Streamlit are shared by every session, so only public datasets go through `st.cache_data`;
a private upload is read fresh for its own session and never enters a shared cache.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import os
import pickle
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError
from streamlit.logger import get_logger
from streamlit.navigation.page import StreamlitPage
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import get_script_run_ctx
from streamlit.runtime.uploaded_file_manager import UploadedFile

from ovop_analytics import config, export_images, numbers, workspace
from ovop_analytics.charts import Provenance, source_text
from ovop_analytics.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from ovop_analytics.errors import DatabaseBusyError, DatabaseCorruptError
from ovop_analytics.ingest.export import csv_package, export_frame
from ovop_analytics.provenance import ViewDescription, citation, file_stem
from ovop_analytics.store import Dataset, Store, ensure_ready, list_datasets, queries
from ovop_analytics.store.registry import resolve
from ovop_analytics.store.backup import DatabaseState, state_from_error
from ovop_analytics.streamlit_locale import plotly_locale, relabel
from ovop_analytics.throttle import AttemptThrottle
from ovop_analytics.workspace import identity

DATASET_KEY = "dataset"
LANGUAGE_KEY = "lang"
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
    key = "db_busy" if isinstance(error, DatabaseBusyError) else "srv_incident"
    st.error(tr(key) if key == "db_busy" else tr(key, id=incident), icon=":material/error:")
    if key == "db_busy":
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


_database_paths: dict[str, str] = {}  # OVOP_DATA_DIR -> its database file (config.database_path makes the dir)


def store() -> Store:
    """The Store of the configured database; created and filled on the very first start.

    A damaged database stops the page with a clear message naming the newest backup and the command
    that restores it (in the interface language), instead of failing in every chart."""
    data_dir = config.get("data_dir")
    path = _database_paths.get(data_dir)
    if path is None:
        path = _database_paths[data_dir] = str(config.database_path())
    try:
        return _store(path=path)
    except DatabaseCorruptError as error:
        unusable_database_page(state_from_error(error))
        raise


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


@st.cache_resource(show_spinner=False)
def publish_throttle() -> AttemptThrottle:
    """One throttle of wrong publish passwords per server process, shared by its sessions (it holds only
    counts and times, keyed by session token)."""
    return AttemptThrottle()


@st.cache_resource(show_spinner=False)
def _store(path: str) -> Store:
    """One Store per database path and process (it holds only paths), checked once."""
    shared = Store(path)
    ensure_ready(shared)
    return shared


def lang() -> str:
    value = st.session_state.get(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def tr(key: str, **values: object) -> str:
    return t(key, lang(), **values)


# Every character Markdown (CommonMark, Streamlit's :colour[...] directives) gives meaning is escaped with a
# backslash. GFM also turns plain text that looks like a link ("http://...", "www.x", "a@b.c") into a link
# after parsing, whatever the escapes: an invisible word joiner (U+2060) inside those patterns stops it.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$&=\"'/@])")
_LINK_LIKE = re.compile(r"(?i)(?<=:)(?=//)|(?<=www)(?=\.)|(?=@)")
WORD_JOINER = "\u2060"


def plain(text: object) -> str:
    """Text from files or names, escaped so that a Markdown element shows it literally: no link, no
    image, no formatting (st.caption, st.info, labels all render Markdown)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _LINK_LIKE.sub(WORD_JOINER, str(text)))


def tr_plain(key: str, **values: object) -> str:
    """A translated sentence whose inserted values (file or dataset names) are shown literally."""
    return tr(key, **{name: plain(value) for name, value in values.items()})


def caption(text: str) -> None:
    """A caption of text that may hold names from files: shown literally."""
    st.caption(plain(text))


def session_token() -> str:
    """The owner of this person's private uploads: their workspace (workspace.identity), recorded as opened
    once per session; until the browser has told its key (the first run of a first visit), a random token
    that owns nothing."""
    owner = identity.current().owner()
    if owner is None:
        if "owner_token" not in st.session_state:
            st.session_state["owner_token"] = uuid.uuid4().hex
        return st.session_state["owner_token"]
    if st.session_state.get("_workspace_touched") != owner:
        workspace.touch(store(), owner, create=False)
        st.session_state["_workspace_touched"] = owner
    return owner


# The public dataset list, per database file, while the file is unchanged (see `database_signature`).
# A plain in-process dict, not st.cache_*: it never holds a private dataset.
_public_lists: dict[str, tuple[tuple, list[Dataset]]] = {}
_public_lists_lock = threading.Lock()
PRIVATE_LIST_KEY = "_private_datasets"  # this session's own private datasets, in its session_state
SETTLE_NS = 2_000_000_000  # a file changed this recently may change again within the same mtime tick


def database_signature(path: Path) -> tuple | None:
    """What changes whenever any process writes the database: identity, size and mtime of the DuckDB file
    and its WAL. None while a file changed in the last 2 s (mtime ticks are coarse): then read afresh."""
    parts: list[tuple[int, int, int] | None] = []
    newest = 0
    for file in (path, path.with_name(path.name + ".wal")):
        try:
            info = os.stat(file)
        except FileNotFoundError:
            parts.append(None)
            continue
        parts.append((info.st_ino, info.st_size, info.st_mtime_ns))
        newest = max(newest, info.st_mtime_ns)
    if time.time_ns() - newest < SETTLE_NS:
        return None
    return tuple(parts)


def visible_datasets(fresh: bool = False) -> list[Dataset]:
    """The datasets this session may see, read once per script run (the picker and the page share it);
    `fresh` reads again, after a page has just written one.

    Between writes no page view opens the database for this: the public list is kept per process, this
    session's private ones in its own session_state, both tagged with the database's signature."""
    if not fresh and getattr(_shell, "datasets", None) is not None:
        return _shell.datasets
    shared = store()
    key = str(shared.path)
    had_token = "owner_token" in st.session_state
    owner = session_token()  # may record the workspace as opened (a write): before the signature
    drawn_now = not had_token and owner == st.session_state.get("owner_token")  # a random token, new
    signature = database_signature(shared.path)  # taken before reading, so a later write always shows
    public = private = None
    if signature is not None and not fresh:
        with _public_lists_lock:
            entry = _public_lists.get(key)
        if entry is not None and entry[0] == signature:
            public = entry[1]
        mine = st.session_state.get(PRIVATE_LIST_KEY)
        if mine is not None and mine[0] == (key, signature, owner):
            private = mine[1]
        elif drawn_now:
            private = []  # a random token drawn now owns nothing yet: no need to ask the database
            st.session_state[PRIVATE_LIST_KEY] = ((key, signature, owner), private)
    if public is None or private is None:
        try:
            every = list_datasets(shared, viewer=owner)
        except DatabaseCorruptError as error:
            unusable_database_page(state_from_error(error))
            raise
        public = [d for d in every if d.visibility == "public"]
        private = [d for d in every if d.visibility != "public"]
        if signature is not None:
            with _public_lists_lock:
                _public_lists[key] = (signature, public)
            st.session_state[PRIVATE_LIST_KEY] = ((key, signature, owner), private)
        else:
            st.session_state.pop(PRIVATE_LIST_KEY, None)
    _shell.datasets = sorted(public + private, key=lambda d: d.id)
    return _shell.datasets


_PAGE_KEYS = "_page_state_keys"  # session keys of the current page's own controls
_CURRENT_PAGE = "_current_page"
GLOBAL_KEYS = (LANGUAGE_KEY, DATASET_KEY)


def enter_page(url_path: str) -> None:
    """Forget the previous page's controls when another page is opened, before that page runs.

    Only language and dataset are global. Every other control (period, provinces, metric, level) is its
    page's own: opening a page from the sidebar gives the same view as opening its URL fresh, whatever
    page was open before, and a link still reproduces a view exactly (the page seeds from its URL).
    """
    previous = st.session_state.get(_CURRENT_PAGE)
    if previous is not None and previous != url_path:
        for key in st.session_state.get(_PAGE_KEYS, ()):
            st.session_state.pop(key, None)
        st.session_state[_PAGE_KEYS] = set()
    st.session_state[_CURRENT_PAGE] = url_path


def page_state_key(key: str) -> str:
    """Register a session key as the current page's own, so `enter_page` forgets it on a page change."""
    if key not in GLOBAL_KEYS:
        st.session_state.setdefault(_PAGE_KEYS, set()).add(key)
    return key


def url_bound(key: str, options: Sequence[Any], default: Any, parse: Callable[[str], Any] = str) -> None:
    """Seed widget `key` from the URL on a session's first run and keep it one of `options`.

    Call before creating the widget (without `index`/`default`/`value`), then `to_url(key)` after it.
    Unlike Streamlit's own binding, the URL holds plain values: `province=33`, `lang=en`, and lists as
    `provinces=33,35` (when the default is a list).
    """
    page_state_key(key)
    if key not in st.session_state:
        raw = st.query_params.get(key)
        try:
            if raw is None:
                value = default
            elif isinstance(default, list):
                value = [parse(v) for v in raw.split(",") if v]
            else:
                value = parse(raw)
        except ValueError:
            value = default
        st.session_state[key] = value
    value = st.session_state[key]
    if isinstance(default, list):
        st.session_state[key] = [v for v in value if v in options] or default
    elif value not in options:
        st.session_state[key] = default


def to_url(*keys: str) -> None:
    """Write the current value of widgets `keys` into the URL, so that a link reproduces the view."""
    for key in keys:
        value = st.session_state.get(key)
        if isinstance(value, list):
            text = ",".join(map(str, value))
        else:
            text = None if value is None else str(value)
        if text is None or text == "":
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get(key) != text:
            st.query_params[key] = text


PERIOD_KEY = "period"  # the range slider; period_from / period_to carry it in the URL


def period_selection(years: Sequence[int]) -> tuple[int, int]:
    """The period chosen now: the slider's own state while it exists, else the URL's period_from /
    period_to, else all `years`. Lets a page draw before it creates the slider (see `period_slider`)."""
    years = sorted(int(y) for y in years)
    if not years:
        return (0, 0)
    url_bound("period_from", years, years[0], int)
    url_bound("period_to", years, years[-1], int)
    current = st.session_state.get(PERIOD_KEY)
    if (isinstance(current, (tuple, list)) and len(current) == 2 and all(y in years for y in current)
            and current[0] <= current[1]):
        return int(current[0]), int(current[1])
    start, end = st.session_state["period_from"], st.session_state["period_to"]
    return (start, end) if start <= end else (years[0], years[-1])


def period_slider(years: Sequence[int], label: str, help_text: str | None = None) -> tuple[int, int]:
    """A start-end year slider over `years`, kept in the URL as period_from / period_to.

    The start is passed as `value`, never set through session_state: without a tuple `value` Streamlit
    makes a single-value slider. A slider whose state is not valid here starts afresh from the URL.
    """
    years = sorted(int(y) for y in years)
    if not years:
        return (0, 0)
    page_state_key(PERIOD_KEY)
    start, end = period_selection(years)
    if st.session_state.get(PERIOD_KEY) is not None and tuple(st.session_state[PERIOD_KEY]) != (start, end):
        st.session_state.pop(PERIOD_KEY, None)
    if len(years) > 1:
        start, end = st.select_slider(label, options=years, value=(start, end), key=PERIOD_KEY, help=help_text)
    st.session_state["period_from"], st.session_state["period_to"] = int(start), int(end)
    to_url("period_from", "period_to")
    return int(start), int(end)


# Streamlit 1.67's initial_sidebar_state="auto" collapses the sidebar only up to 768 px wide; a projector
# at 1024x768 or 1280x720 needs the room too. Once per browser tab, below 1200 px and when the person has
# not chosen a sidebar state before, this closes it (and forgets the choice it made on their behalf, so a
# wider screen later opens with the sidebar again).
SIDEBAR_COLLAPSE_BELOW_PX = 1200
_SIDEBAR_JS = """
export default function(component) {
    const { data } = component;
    if (window.__ovopSidebarChecked) return;
    window.__ovopSidebarChecked = true;
    if (window.innerWidth >= data.below) return;
    const isChoice = (k) => k.startsWith('stSidebarCollapsed-');
    if (Object.keys(window.localStorage).some(isChoice)) return;
    const attempt = (left) => {
        const sidebar = document.querySelector('[data-testid="stSidebar"]');
        const button = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
        if (sidebar && button && sidebar.getAttribute('data-collapsed') === 'false') {
            button.click();
            setTimeout(() => Object.keys(window.localStorage).filter(isChoice)
                .forEach(k => window.localStorage.removeItem(k)), 300);
        } else if (left > 0) {
            setTimeout(() => attempt(left - 1), 100);
        }
    };
    attempt(30);
}
"""
_sidebar_collapse = st.components.v2.component("ovop_sidebar_auto", js=_SIDEBAR_JS)


# Fit a projector (1024x768, 1280x720): KPI values and labels wrap instead of ending in "...", values
# shrink a little on narrow screens, and charts side by side stack when the main area is narrower than
# 900 px (1024 px, or 1280 px with the sidebar open), so no title, legend or source line is cut (slides
# keep their own layout); button labels wrap. No user text here.
_FIT_CSS = """<style>
[data-testid="stMetricValue"] { font-size: clamp(1.55rem, 2.6vw, 2.25rem); }
[data-testid="stMetricValue"] *, [data-testid="stMetricLabel"] *, [data-testid="stMetricDeltaDescription"] * {
    white-space: normal !important; text-overflow: clip !important; overflow: visible !important;
    overflow-wrap: anywhere; }
[data-testid="stMainBlockContainer"] { container-type: inline-size; }
@container (max-width: 900px) {
    [data-testid="stHorizontalBlock"]:not([class*="st-key-pres_slide"] *):has([data-testid="stPlotlyChart"],
            [data-testid="stVegaLiteChart"]) { flex-direction: column; }
    [data-testid="stHorizontalBlock"]:not([class*="st-key-pres_slide"] *):has([data-testid="stPlotlyChart"],
            [data-testid="stVegaLiteChart"]) > [data-testid="stColumn"] { width: 100% !important; flex: 1 1 auto !important; }
}
[data-testid="stButtonGroup"] > div { flex-wrap: wrap !important; overflow: visible !important; row-gap: 4px; }
[data-testid="stButtonGroup"] button { flex-shrink: 0; max-width: 100%; }
[data-testid="stButtonGroup"] button * { white-space: normal; }
[data-testid="stDownloadButton"] button *, [data-testid="stPopover"] button * {
    white-space: normal !important; text-overflow: clip !important; overflow: visible !important; }
</style>"""


def sidebar_controls() -> None:
    """Language switch and dataset picker, both kept in the URL so that a link reproduces the view."""
    _shell.datasets = None  # a new script run: read the list of datasets afresh
    st.html(_FIT_CSS)
    with st.sidebar:
        _sidebar_collapse(data={"below": SIDEBAR_COLLAPSE_BELOW_PX}, key="ovop_sidebar_auto")
        url_bound(LANGUAGE_KEY, list(LANGUAGES), DEFAULT_LANGUAGE)
        st.segmented_control(t("language", lang()), list(LANGUAGES), key=LANGUAGE_KEY,
                             format_func=lambda code: LANGUAGES[code], required=True, on_change=relabel_page)
        choices = [d.name for d in visible_datasets() if d.kind != "reference"]
        default = "demo" if "demo" in choices else (choices[0] if choices else None)
        if "_next_dataset" in st.session_state:  # set by a page (e.g. after an upload) for this run
            st.session_state[DATASET_KEY] = st.session_state.pop("_next_dataset")
        _hold_private_link(choices)
        if PRIVATE_LINK_KEY in st.session_state:  # nothing chosen yet: any choice, the demo too, opens it
            st.selectbox(tr("dataset"), choices, index=None, key=_AFTER_LINK_KEY, help=tr("dataset_help"),
                         placeholder=tr("nu_choose_dataset"), on_change=_choose_after_link)
        else:
            url_bound(DATASET_KEY, choices, default)
            st.selectbox(tr("dataset"), choices, key=DATASET_KEY, help=tr("dataset_help"))
    to_url(LANGUAGE_KEY)
    if PRIVATE_LINK_KEY not in st.session_state:  # a link to a private dataset stays as it was
        to_url(DATASET_KEY)


def relabel_page() -> None:
    """After a language switch: the page's controls show their chosen values in the new language."""
    relabel(st.session_state.get(_PAGE_KEYS, ()))


PRIVATE_LINK_KEY = "_private_link"
_AFTER_LINK_KEY = "_dataset_after_link"


def leave_private_link(name: str) -> None:
    """Open `name` instead of the private link's dataset (a callback: before the next run draws the
    picker): the block ends with the link, and the URL names what is shown."""
    st.session_state.pop(PRIVATE_LINK_KEY, None)
    st.session_state[DATASET_KEY] = name
    st.query_params[DATASET_KEY] = name


def _choose_after_link() -> None:
    chosen = st.session_state.get(_AFTER_LINK_KEY)
    if chosen:
        leave_private_link(chosen)


def _hold_private_link(choices: list[str]) -> None:
    """A link naming a dataset this person cannot see (another's private upload, or one deleted) shows a
    message instead of silently drawing another dataset. On a first visit the browser's key arrives with
    the next run: the link is held until then, and opens if the dataset turns out to be this person's.
    The hold lasts as long as the URL names that dataset: another page, another dataset or the notice's
    button ends it (it never outlives the link)."""
    held = st.session_state.get(PRIVATE_LINK_KEY)
    if held and st.query_params.get(DATASET_KEY) != held:
        st.session_state.pop(PRIVATE_LINK_KEY)
        held = None
    if held:
        if held in choices:
            st.session_state[DATASET_KEY] = held
            st.session_state.pop(PRIVATE_LINK_KEY)
        return
    wanted = st.query_params.get(DATASET_KEY)
    if DATASET_KEY in st.session_state or not wanted or wanted in choices:
        return
    st.session_state[PRIVATE_LINK_KEY] = wanted


def select_dataset(name: str) -> None:
    """Make `name` the selected dataset from the next run on (the picker exists already in this run)."""
    st.session_state["_next_dataset"] = name


def operator_password() -> str | None:
    """The publish password from Streamlit secrets (`publish_password`), if the operator put it there."""
    try:
        value = st.secrets.get("publish_password")
    except (FileNotFoundError, StreamlitSecretNotFoundError):
        return None
    return str(value) if value else None


def current_dataset() -> Dataset | None:
    """The selected dataset as this person means its name: their own private one first, else the public
    one, never another workspace's (store.registry.resolve)."""
    name = st.session_state.get(DATASET_KEY)
    return resolve(visible_datasets(), name, session_token()) if name else None


def dataset_page(title_key: str, intro_key: str | None = None) -> tuple[Dataset, list[int]]:
    """The head of every page that shows the selected dataset: title, intro, the demo or private notice,
    and the dataset's years. Stops the page (with a note) when there is no dataset or it has no records."""
    require_app_shell()
    st.title(tr(title_key))
    if intro_key:
        st.caption(tr(intro_key))
    private_link_notice()
    dataset = current_dataset()
    if dataset is None:
        st.stop()
    dataset_notice(dataset)
    years = data(queries.years, dataset)
    if not years:
        st.info(tr("no_records"))
        st.stop()
    return dataset, years


def private_link_notice() -> None:
    """Stop the page with a clear message when its link names a dataset this person may not open."""
    name = st.session_state.get(PRIVATE_LINK_KEY)
    if name and identity.current().owner() is None:  # the browser has not told its key yet
        st.info(tr("ws_waiting"), icon=":material/hourglass_empty:")
        st.stop()
    if name:
        st.error(tr("ws_private_link", name=name), icon=":material/lock:")
        others = [d for d in visible_datasets() if d.kind != "reference"]
        fallback = next((d.name for d in others if d.name == "demo"), others[0].name if others else None)
        if fallback is not None:  # a way on: the same page with a dataset this person can see
            st.button(tr("nu_private_open", name=fallback), type="primary", icon=":material/arrow_forward:",
                      on_click=leave_private_link, args=(fallback,), key="private_link_way_on")
        st.caption(tr("nu_private_link_help"))
        st.stop()


def provenance(dataset: Dataset, facts: str | None = None) -> Provenance:
    """The dataset's citation in the interface language, for source lines, KPI captions and charts."""
    return Provenance(dataset=dataset.name, source=citation(dataset, lang()), is_synthetic=dataset.is_synthetic,
                      facts=facts)


def _resolve(path: str) -> Callable[..., Any]:
    module, name = path.split(":")
    return getattr(importlib.import_module(module), name)


@st.cache_data(show_spinner=False, max_entries=512)
def _cached_public(key: str, _call: tuple[str, str, int, tuple, tuple]) -> Any:
    """`_call` (path, database, dataset id, args, kwargs) is what `key` spells out; Streamlit hashes
    only `key` (a parameter whose name starts with "_" is not hashed)."""
    path, database, dataset_id, args, kwargs = _call
    return _resolve(path)(_store(path=database), dataset_id, *args, **dict(kwargs))


def data(func: Callable[..., Any], dataset: Dataset, *args: Any, **kwargs: Any) -> Any:
    """Call `func(store, dataset.id, *args, **kwargs)`, cached across sessions only for public datasets.

    The key holds the dataset's creation time too: after a restore an id may name another dataset."""
    if dataset.visibility == "public":
        path = f"{func.__module__}:{func.__name__}"
        database = str(store().path)
        kwargs_items = tuple(sorted(kwargs.items()))
        key = call_key(path, database, dataset.id, str(dataset.created_at), args, kwargs_items)
        if key is not None:
            return _cached_public(key=key, _call=(path, database, dataset.id, args, kwargs_items))
    return func(store(), dataset.id, *args, **kwargs)


@st.cache_data(show_spinner=False, max_entries=32)
def _cached_shared(path: str, database: str, signature: tuple, args: tuple) -> Any:
    return _resolve(path)(_store(path=database), *args)


def public_read(func: Callable[..., Any], *args: Any) -> Any:
    """Call `func(store, *args)` for public tables that belong to no dataset (the published facts), cached
    across sessions while the database file is unchanged (see `database_signature`)."""
    signature = database_signature(store().path)
    if signature is None:
        return func(store(), *args)
    return _cached_shared(path=f"{func.__module__}:{func.__name__}", database=str(store().path),
                          signature=signature, args=args)


def _key_part(value: Any) -> str:
    """`value` spelled out for a cache key: equal values give equal text, different values different
    text. Only for the types the pages pass; anything else raises TypeError (a default repr holds a
    memory address, which a later object may reuse)."""
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        return repr(value)
    if isinstance(value, np.generic):  # numpy's int64 is no int
        return f"{type(value).__name__}:{value.item()!r}"
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return f"{type(value).__name__}:{_frame_digest(value).hex()}"
    if isinstance(value, (tuple, list)):
        return f"{type(value).__name__}({','.join(map(_key_part, value))})"
    if isinstance(value, dict):
        return "dict(" + ",".join(f"{_key_part(k)}:{_key_part(v)}" for k, v in value.items()) + ")"
    if isinstance(value, (datetime, date)):
        return f"{type(value).__name__}:{value.isoformat()}"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ",".join(f"{f.name}={_key_part(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__qualname__}({fields})"
    raise TypeError(f"no cache key for {type(value).__name__}")


def call_key(*parts: Any) -> str | None:
    """A shared cache's key for a call, as one string: Streamlit then hashes a single string instead of
    walking every argument with its own hasher (a tenth of a page's time). None: not keyable, so the
    call is not shared."""
    try:
        return "|".join(map(_key_part, parts))
    except TypeError:
        return None


def _frame_digest(frame: pd.DataFrame | pd.Series) -> bytes:
    """A DataFrame's content as a key: its pickle, hashed (a tenth of the time of pandas' row hashes,
    and Streamlit's own hash of a frame takes several passes). Equal frames that pickle differently
    only miss the cache; different frames never share a key."""
    return hashlib.blake2b(pickle.dumps(frame, protocol=5), digest_size=16).digest()


class SharedFigure(go.Figure):
    """A built figure shared read-only by every session, handed to `st.plotly_chart` as it is.

    Streamlit asks a figure for `to_dict()`, and a go.Figure answers with a deep copy of every trace
    (a quarter of the Diversity page's time, for its heatmap and treemap); this one answers with the
    shared dict, which was validated when it was built and which nobody changes. It skips go.Figure's
    own set-up (about 1 ms of template work): read it only through `to_dict()` and `chart_title`."""

    def __new__(cls, spec: dict[str, Any]) -> SharedFigure:
        figure = object.__new__(cls)
        object.__setattr__(figure, "_shared_spec", spec)
        return figure

    def __init__(self, spec: dict[str, Any]) -> None:  # noqa: D107 - set up in __new__
        pass

    def to_dict(self) -> dict[str, Any]:
        return self._shared_spec

    def __repr__(self) -> str:
        return f"SharedFigure({chart_title(self)!r})"


@st.cache_resource(show_spinner=False, max_entries=256)
def _cached_figure(key: str, _call: tuple[str, tuple, tuple]) -> dict[str, Any]:
    path, args, kwargs = _call
    return _resolve(path)(*args, **dict(kwargs)).to_dict()


def figure(build: Callable[..., go.Figure], dataset: Dataset, *args: Any, **kwargs: Any) -> go.Figure:
    """`build(*args, **kwargs)`, the figure of a chart of `dataset`. For a public dataset the built figure
    is shared by all sessions, keyed by its inputs (data, labels, language): building a plotly figure
    validates every property and costs far more than the query behind it. A private dataset's figure is
    built afresh and never enters a shared cache."""
    if dataset.visibility == "public":
        path = f"{build.__module__}:{build.__qualname__}"
        kwargs_items = tuple(sorted(kwargs.items()))
        key = call_key(path, args, kwargs_items)
        if key is not None:
            return SharedFigure(_cached_figure(key=key, _call=(path, args, kwargs_items)))
    return build(*args, **kwargs)


def dataset_notice(dataset: Dataset) -> None:
    """The watermark banner on every page that shows synthetic data; a note for private uploads."""
    if dataset.is_synthetic:
        st.warning(tr("synthetic_banner"), icon=":material/science:")
    if dataset.visibility == "private":
        st.info(tr("ws_private_badge"), icon=":material/lock:")


def csv_bytes(frame: pd.DataFrame, synthetic: bool) -> bytes:
    """Chart data as CSV; synthetic data says so in a column, so a downloaded file keeps its watermark.

    Cells that a spreadsheet would run as a formula are neutralised (ovop_analytics.ingest.export), and
    no data stays an empty cell, never 0.
    """
    return export_frame(_watermarked(frame, synthetic), "csv")


def _watermarked(frame: pd.DataFrame, synthetic: bool) -> pd.DataFrame:
    """A copy of a downloaded table; synthetic data says so in a first column."""
    out = frame.copy()
    if synthetic:
        out.insert(0, "data_status", "Data demo (sintetis) / Demo data (synthetic)")
    return out


def view_description(dataset: Dataset, name: str, frame: pd.DataFrame) -> ViewDescription:
    """What a downloaded table holds: dataset, citation, the page's filters (its URL) and the metrics.
    Made in the script's run (it reads the URL); written out as text only when someone downloads."""
    from ovop_analytics.metrics import METRICS

    filters = {key: value for key, value in st.query_params.items() if key not in GLOBAL_KEYS}
    metrics = tuple(str(column) for column in frame.columns if str(column) in METRICS)
    return ViewDescription(dataset, name, filters, metrics)


def downloads(frame: pd.DataFrame, dataset: Dataset, name: str, in_row: bool = False) -> None:
    """The CSV of exactly what a chart or table shows, and the same with its datapackage.json in a zip;
    both named after the dataset and the view.

    Both files are made when someone clicks (deferred downloads), not on every page view; the shallow copy
    (pandas copy-on-write) keeps them what the page showed, whatever the page does with `frame` later."""
    stem = file_stem(dataset, name)
    shown = frame.copy(deep=False)
    synthetic = dataset.is_synthetic
    description, language = view_description(dataset, name, frame), lang()  # only in the script's own run

    def package() -> bytes:
        return csv_package(_watermarked(shown, synthetic), stem, stem, description.rows(language))

    with nullcontext() if in_row else st.container(horizontal=True):  # `in_row`: the caller's row holds them
        st.download_button(tr("download_csv"), lambda: csv_bytes(shown, synthetic), file_name=f"{stem}.csv",
                           mime="text/csv", key=f"dl_{name}", icon=":material/download:", on_click="ignore")
        st.download_button(tr("download_zip"), package, file_name=f"{stem}.zip", mime="application/zip",
                           key=f"dlzip_{name}", icon=":material/folder_zip:", on_click="ignore")


def chart_title(fig: go.Figure | dict[str, Any]) -> str:
    """The title a chart shows (plotly's without its markup), for image file names."""
    if isinstance(fig, dict):  # a Vega-Lite map
        title = fig.get("title")
        text = title.get("text", "") if isinstance(title, dict) else (title or "")
        return " ".join(text) if isinstance(text, list) else str(text)
    if isinstance(fig, SharedFigure):
        title = fig.to_dict().get("layout", {}).get("title", {})
        text = str((title.get("text") if isinstance(title, dict) else title) or "")
    else:
        text = fig.layout.title.text or ""
    return " ".join(re.sub(r"<[^>]+>", " ", text.split("<br>")[0]).split())


def image_format_label(key: str) -> str:
    image_format = export_images.FORMATS[key]
    if image_format.extension == "svg":
        return tr("pres_image_svg")
    return tr("pres_image_png", width=image_format.width, height=image_format.height)


def plotly_config(fig: go.Figure, dataset: Dataset, image_format: str = "png_1920") -> dict[str, Any]:
    """Plotly's config: no logo, and the camera button exports a slide-ready image (960x540 layout drawn
    at the scale of the format's size) named after the chart and dataset, in the browser with no network."""
    options = export_images.plotly_image_options(chart_title(fig) or "chart", dataset.name,
                                                 export_images.FORMATS[image_format], dataset.is_synthetic)
    return {"displaylogo": False, "toImageButtonOptions": options, **plotly_locale(lang())}


def vega_image_buttons(spec: dict[str, Any], dataset: Dataset, name: str) -> None:
    """Download buttons of a map as slide images (both PNG sizes and SVG), drawn on the server only
    when clicked."""
    title = chart_title(spec) or name
    for key, image_format in export_images.FORMATS.items():
        st.download_button(image_format_label(key), lambda f=image_format: export_images.vega_image(spec, f),
                           file_name=export_images.file_name(title, dataset.name, image_format, dataset.is_synthetic),
                           mime=image_format.mime, key=f"img_{name}_{key}", icon=":material/image:",
                           on_click="ignore")


@st.fragment
def _plotly_with_image_choice(fig: go.Figure, frame: pd.DataFrame, dataset: Dataset, name: str) -> None:
    """The chart and its image-size choice: a new choice redraws only this chart (a fragment)."""
    choice = st.session_state.get(f"img_{name}") or "png_1920"
    st.plotly_chart(fig, config=plotly_config(fig, dataset, choice), key=f"fig_{name}")
    with st.container(horizontal=True, gap="small"):
        downloads(frame, dataset, name, in_row=True)
        with st.popover(tr("pres_image_menu"), icon=":material/image:"):
            st.segmented_control(tr("pres_image_size"), list(export_images.FORMATS), key=f"img_{name}",
                                 format_func=image_format_label, required=True, default="png_1920")
            st.caption(tr("pres_image_camera_hint"))


def chart(fig: go.Figure | dict[str, Any], frame: pd.DataFrame, dataset: Dataset, name: str) -> None:
    """A chart (a plotly figure, or a Vega-Lite spec for maps) and, below it, the buttons that download
    exactly the data it shows and the chart as a slide-ready image (PNG 1920x1080 or 1280x720, SVG)."""
    if isinstance(fig, dict):
        st.vega_lite_chart(fig, width="stretch", theme="streamlit")
        with st.container(horizontal=True, gap="small"):
            downloads(frame, dataset, name, in_row=True)
            with st.popover(tr("pres_image_menu"), icon=":material/image:"):
                vega_image_buttons(fig, dataset, name)
    else:
        _plotly_with_image_choice(fig, frame, dataset, name)


def table(frame: pd.DataFrame, dataset: Dataset | None, *, column_config: dict | None = None,
          height: int | str = "auto", name: str | None = None, formats: dict | None = None) -> None:
    """A table rendered as text (never HTML), watermarked and with its source line when synthetic;
    numbers written in the interface language (`formats`: a column's own writer, value -> text)."""
    if dataset is not None and dataset.is_synthetic:
        st.caption(f":red[**{tr('synthetic_watermark').upper()}**]")
    shown, shown_config = numbers.styled_table(frame, column_config, lang(), formats)  # 1.391,5 in Bahasa Indonesia
    st.dataframe(shown, hide_index=True, column_config=shown_config, height=height, placeholder="–")
    if dataset is not None:
        caption(source_text(provenance(dataset), lang()))
        if name:
            downloads(frame, dataset, name)
