"""Page state a link must reproduce: controls seeded from and written back to `st.query_params`, and the
rule that only language and dataset are global (every other control is its page's own).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from ovop_analytics.ui.text import GLOBAL_KEYS

_PAGE_KEYS = "_page_state_keys"  # session keys of the current page's own controls
_CURRENT_PAGE = "_current_page"


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
