"""Who is using this browser session, as one small interface: `Identity.owner()`.

Today the identity is a workspace key the browser keeps: a random 128-bit key made in the browser by
`crypto.getRandomValues`, kept in localStorage and mirrored in a first-party cookie. The cookie lets the
server know the workspace on the first script run of a new tab, a reload or after a server restart
(`st.context.cookies`), so pages draw once; the small component (`st.components.v2`, inline JavaScript,
no network) restores the cookie from localStorage and adopts a key the person typed in, handing it to the
app through its state. On a first visit (no cookie) the server proposes a new key in the first run and the
component keeps it: the browser has nothing to report, so the visit needs no second script run (the
component still reports a key of its own, e.g. one in localStorage whose cookie was cleared). A signed-in user (Streamlit's OIDC `st.login`)
can replace this class later: anything with `owner()`, `key()` and `adopt()` will do.

The key is never put in a URL; the database sees only its hash (keys.owner_of).
"""

from __future__ import annotations

from typing import Protocol

import streamlit as st

from ovop_analytics.workspace.keys import clean_key, new_key, owner_of

COOKIE = "ovop_workspace"
STATE_KEY = "ovop_workspace_component"
_ADOPT = "_ovop_workspace_adopt"
_PROPOSED = "_ovop_workspace_proposed"  # a new key made by the server for a browser that has none yet

_JS = """
export default function (component) {
  const { data, setStateValue } = component;
  const NAME = "ovop_workspace";
  const valid = (key) => typeof key === "string" && /^[0-9a-f]{32}$/.test(key);
  const cookie = () => {
    const found = document.cookie.split("; ").find((part) => part.startsWith(NAME + "="));
    return found ? found.slice(NAME.length + 1) : null;
  };
  let key = null;
  try { key = window.localStorage.getItem(NAME); } catch (error) { key = null; }
  if (!valid(key)) { key = cookie(); }
  if (data && valid(data.adopt)) { key = data.adopt; }
  if (!valid(key) && data && valid(data.propose)) { key = data.propose; }
  if (!valid(key)) {
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    key = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  try { window.localStorage.setItem(NAME, key); } catch (error) { /* private mode: the cookie still holds it */ }
  document.cookie = NAME + "=" + key + "; path=/; max-age=34560000; SameSite=Strict";
  if (!data || data.known !== key) { setStateValue("key", key); }
}
"""


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
    return st.components.v2.component("ovop_workspace_key", js=_JS)


class BrowserKey:
    """The workspace key kept by the browser (see the module docstring)."""

    def mount(self) -> None:
        """Render the (invisible) component; call once per script run, early (app.py's sidebar)."""
        adopt = st.session_state.get(_ADOPT)
        known = self.key()
        _component()(key=STATE_KEY, data={"adopt": adopt, "known": known, "propose": st.session_state.get(_PROPOSED)},
                     on_key_change=lambda: None, height=0)
        if adopt and self._from_component() == adopt:
            st.session_state.pop(_ADOPT, None)

    def _from_component(self) -> str | None:
        state = st.session_state.get(STATE_KEY) or {}
        return clean_key(state.get("key")) if hasattr(state, "get") else None

    def key(self) -> str | None:
        adopt = clean_key(st.session_state.get(_ADOPT))
        if adopt:
            return adopt
        return self._from_component() or clean_key(st.context.cookies.get(COOKIE)) or self._proposed()

    def _proposed(self) -> str:
        """A browser with no key yet (no cookie, nothing reported): a new one, made once per session and
        handed to the component, which keeps it unless the browser turns out to have one."""
        proposed = clean_key(st.session_state.get(_PROPOSED))
        if proposed is None:
            proposed = new_key()
            st.session_state[_PROPOSED] = proposed
        return proposed

    def pending(self) -> bool:
        """True while the key is only the server's proposal, not yet confirmed by the browser."""
        return not (self._from_component() or clean_key(st.context.cookies.get(COOKIE))
                    or clean_key(st.session_state.get(_ADOPT)))

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
