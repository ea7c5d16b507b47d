"""This session's view of the database: the shared Store, the datasets it may see (public ones cached per
process while the file is unchanged, private ones in its own session_state), the selected dataset and
links to datasets it may not open.
"""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from ovop_analytics import config, workspace
from ovop_analytics.errors import DatabaseCorruptError
from ovop_analytics.bootstrap import ensure_ready
from ovop_analytics.store import Dataset, Store, list_datasets
from ovop_analytics.store.backup import state_from_error
from ovop_analytics.store.connection import file_signature
from ovop_analytics.store.registry import resolve
from ovop_analytics.throttle import AttemptThrottle
from ovop_analytics.ui import identity
from ovop_analytics.ui.shell import _shell, unusable_database_page
from ovop_analytics.ui.text import DATASET_KEY, tr

_database_paths: dict[str, str] = {}  # OVOP_DATA_DIR -> its database file (config.database_path makes the dir)


def store() -> Store:
    """The Store of the configured database; created and filled on the very first start.

    A damaged database stops the page with a clear message naming the newest backup and the command
    that restores it (in the interface language), instead of failing in every chart."""
    url = database_url()
    data_dir = config.get("data_dir")
    path = url or _database_paths.get(data_dir)
    if path is None:
        path = _database_paths[data_dir] = str(config.database_path())
    try:
        return _store(path=path)
    except DatabaseCorruptError as error:
        unusable_database_page(state_from_error(error))
        raise


def database_url() -> str | None:
    """PostgreSQL mode's URL: the setting OVOP_DATABASE_URL, else the Streamlit secret `database_url`."""
    url = config.get("database_url")
    if url:
        return url
    try:
        value = st.secrets.get("database_url")
    except (FileNotFoundError, StreamlitSecretNotFoundError):
        return None
    return str(value) if value else None


def saving_notice() -> None:
    """While the PostgreSQL server cannot be reached, say on every page that saving is paused (the page
    itself is drawn from this node's replica). Nothing in file mode."""
    if store().write_status() == "paused":
        st.warning(f"**{tr('storage_paused_title')}.** {tr('storage_paused')}", icon=":material/cloud_off:")


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


def session_token() -> str:
    """The owner of this person's private uploads: their workspace (ui.identity), recorded as opened
    once per session. A browser with no key yet gets one proposed by the server, which owns nothing until
    this session uploads (nothing to record then: no write on a first visit); an identity that cannot be
    known in the first run gets a random token that owns nothing."""
    who = identity.current()
    owner = who.owner()
    if owner is None:
        if "owner_token" not in st.session_state:
            st.session_state["owner_token"] = uuid.uuid4().hex
        return st.session_state["owner_token"]
    if who.pending():
        return owner
    if st.session_state.get("_workspace_touched") != owner:
        workspace.touch(store(), owner, create=False)
        st.session_state["_workspace_touched"] = owner
    return owner


# The public dataset list, per database file, while the file is unchanged (see `database_signature`).
# A plain in-process dict, not st.cache_*: it never holds a private dataset.
_public_lists: dict[str, tuple[tuple, list[Dataset]]] = {}
_public_lists_lock = threading.Lock()
PRIVATE_LIST_KEY = "_private_datasets"  # this session's own private datasets, in its session_state
def database_signature(path: Path) -> tuple | None:
    """What changes whenever any process writes the database (store.connection.file_signature)."""
    return file_signature(path)


def visible_datasets(fresh: bool = False) -> list[Dataset]:
    """The datasets this session may see, read once per script run (the picker and the page share it);
    `fresh` reads again, after a page has just written one.

    Between writes no page view opens the database for this: the public list is kept per process, this
    session's private ones in its own session_state, both tagged with the database's signature."""
    if not fresh and getattr(_shell, "datasets", None) is not None:
        return _shell.datasets
    shared = store()
    key = str(shared.path)
    had_token = "owner_token" in st.session_state or identity.has_proposal()
    owner = session_token()  # may record the workspace as opened (a write): before the signature
    # a token or key made up by this very call owns nothing yet
    drawn_now = not had_token and ("owner_token" in st.session_state or identity.has_proposal())
    signature = shared.signature()  # taken before reading, so a later write always shows (PostgreSQL: the generation)
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
            private = []  # a key or token made up now owns nothing yet: no need to ask the database
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


PRIVATE_LINK_KEY = "_private_link"
AFTER_LINK_KEY = "_dataset_after_link"  # the picker while a private link is held: empty, any choice opens


def leave_private_link(name: str) -> None:
    """Open `name` instead of the private link's dataset (a callback: before the next run draws the
    picker): the block ends with the link, and the URL names what is shown."""
    st.session_state.pop(PRIVATE_LINK_KEY, None)
    st.session_state[DATASET_KEY] = name
    st.query_params[DATASET_KEY] = name


def choose_after_link() -> None:
    """The picker's callback while a private link is held: whatever is chosen (the demo too) opens."""
    chosen = st.session_state.get(AFTER_LINK_KEY)
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
            st.button(tr("ws_private_open", name=fallback), type="primary", icon=":material/arrow_forward:",
                      on_click=leave_private_link, args=(fallback,), key="private_link_way_on")
        st.caption(tr("ws_private_link_help"))
        st.stop()
