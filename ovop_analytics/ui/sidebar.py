"""The sidebar every page shares: language switch and dataset picker (both kept in the URL), the projector
fit CSS and the small component that collapses the sidebar on narrow screens (assets/).
"""

from __future__ import annotations

import streamlit as st

from ovop_analytics.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from ovop_analytics.ui import assets
from ovop_analytics.ui.a11y import accessibility_shell
from ovop_analytics.ui.locale import relabel
from ovop_analytics.ui.session import (AFTER_LINK_KEY, PRIVATE_LINK_KEY, _hold_private_link, choose_after_link,
                                       visible_datasets)
from ovop_analytics.ui.shell import _shell
from ovop_analytics.ui.text import DATASET_KEY, LANGUAGE_KEY, lang, tr
from ovop_analytics.ui.url_state import _PAGE_KEYS, to_url, url_bound

# Streamlit 1.67's initial_sidebar_state="auto" collapses the sidebar only up to 768 px wide; a projector
# at 1024x768 or 1280x720 needs the room too. Once per browser tab, below 1200 px and when the person has
# not chosen a sidebar state before, this closes it (and forgets the choice it made on their behalf, so a
# wider screen later opens with the sidebar again).
SIDEBAR_COLLAPSE_BELOW_PX = 1200
_sidebar_collapse = st.components.v2.component("ovop_sidebar_auto", js=assets.read("sidebar_collapse.js"))


# Fit a projector (1024x768, 1280x720): KPI values and labels wrap instead of ending in "...", values
# shrink a little on narrow screens, and charts side by side stack when the main area is narrower than
# 900 px (1024 px, or 1280 px with the sidebar open), so no title, legend or source line is cut (slides
# keep their own layout); button labels wrap. No user text here.


def relabel_page() -> None:
    """After a language switch: the page's controls show their chosen values in the new language."""
    relabel(st.session_state.get(_PAGE_KEYS, ()))


def sidebar_controls() -> None:
    """Language switch and dataset picker, both kept in the URL so that a link reproduces the view."""
    _shell.datasets = None  # a new script run: read the list of datasets afresh
    st.html(f"<style>{assets.read('fit_screen.css')}</style>")
    with st.sidebar:
        _sidebar_collapse(data={"below": SIDEBAR_COLLAPSE_BELOW_PX}, key="ovop_sidebar_auto")
        url_bound(LANGUAGE_KEY, list(LANGUAGES), DEFAULT_LANGUAGE)
        accessibility_shell()  # after the language is known from the URL: <html lang>, skip link, nav list
        st.segmented_control(t("common_language", lang()), list(LANGUAGES), key=LANGUAGE_KEY,
                             format_func=lambda code: LANGUAGES[code], required=True, on_change=relabel_page)
        choices = [d.name for d in visible_datasets() if d.kind != "reference"]
        default = "demo" if "demo" in choices else (choices[0] if choices else None)
        if "_next_dataset" in st.session_state:  # set by a page (e.g. after an upload) for this run
            st.session_state[DATASET_KEY] = st.session_state.pop("_next_dataset")
        _hold_private_link(choices)
        if PRIVATE_LINK_KEY in st.session_state:  # nothing chosen yet: any choice, the demo too, opens it
            st.selectbox(tr("dataset"), choices, index=None, key=AFTER_LINK_KEY, help=tr("shell_dataset_help"),
                         placeholder=tr("ws_private_choose_dataset"), on_change=choose_after_link)
        else:
            url_bound(DATASET_KEY, choices, default)
            st.selectbox(tr("dataset"), choices, key=DATASET_KEY, help=tr("shell_dataset_help"))
    # one URL update per run; a link to a private dataset stays as it was
    to_url(LANGUAGE_KEY, *([DATASET_KEY] if PRIVATE_LINK_KEY not in st.session_state else []))
