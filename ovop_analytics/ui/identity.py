"""Who is using this browser session, as one small interface: `Identity.owner()`.

Today the identity is a workspace key the browser keeps: a random 128-bit key made in the browser by
`crypto.getRandomValues`, kept in localStorage and mirrored in a first-party cookie. The cookie lets the
server know the workspace on the first script run of a new tab, a reload or after a server restart
(`st.context.cookies`), so pages draw once; the small component (`st.components.v2`, inline JavaScript,
no network) creates the key on a first visit, restores the cookie from localStorage and adopts a key the
person typed in, handing it to the app through its state. A signed-in user (Streamlit's OIDC `st.login`)
can replace this class later: anything with `owner()`, `key()` and `adopt()` will do.

The key is never put in a URL; the database sees only its hash (keys.owner_of).
"""

from __future__ import annotations

from typing import Protocol

import streamlit as st

from ovop_analytics.ui import assets
from ovop_analytics.workspace.keys import clean_key, owner_of

COOKIE = "ovop_workspace"
STATE_KEY = "ovop_workspace_component"
_ADOPT = "_ovop_workspace_adopt"



class Identity(Protocol):
    """The person in this session, as far as the app needs to know them."""

    def owner(self) -> str | None:
        """The workspace id that owns private datasets (a hash); None while not known yet."""

    def key(self) -> str | None:
        """The secret that carries the workspace to another browser (None if this identity has none)."""

    def adopt(self, key: str) -> None:
        """Use another workspace's key in this browser from now on."""


@st.cache_resource(show_spinner=False)
def _component():  # noqa: ANN202 - a Streamlit ComponentRenderer
    """Registered once per process (registering again on every run would log a warning)."""
    return st.components.v2.component("ovop_workspace_key", js=assets.read("workspace_key.js"))


class BrowserKey:
    """The workspace key kept by the browser (see the module docstring)."""

    def mount(self) -> None:
        """Render the (invisible) component; call once per script run, early (app.py's sidebar)."""
        adopt = st.session_state.get(_ADOPT)
        _component()(key=STATE_KEY, data={"adopt": adopt, "known": self.key()}, on_key_change=lambda: None,
                     height=0)
        if adopt and self._from_component() == adopt:
            st.session_state.pop(_ADOPT, None)

    def _from_component(self) -> str | None:
        state = st.session_state.get(STATE_KEY) or {}
        return clean_key(state.get("key")) if hasattr(state, "get") else None

    def key(self) -> str | None:
        adopt = clean_key(st.session_state.get(_ADOPT))
        if adopt:
            return adopt
        return self._from_component() or clean_key(st.context.cookies.get(COOKIE))

    def owner(self) -> str | None:
        key = self.key()
        return owner_of(key) if key else None

    def adopt(self, key: str) -> None:
        cleaned = clean_key(key)
        if cleaned is None:
            raise ValueError("not a workspace key")
        st.session_state[_ADOPT] = cleaned


def current() -> Identity:
    """The identity of this session. The one place to change when sign-in replaces the browser key."""
    return BrowserKey()
