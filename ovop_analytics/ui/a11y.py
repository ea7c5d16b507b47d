"""Accessibility of the page shell (issue 22): the document's language, the skip link, Streamlit's
sidebar navigation made a list again, KPI sparklines hidden from assistive technology (assets/a11y.js),
a visible focus and 44 px tap targets on phones (assets/a11y.css).

Streamlit has no setting for `<html lang>` (streamlit/streamlit#15726) nor valid list markup in its
sidebar navigation, so a small component sets attributes on Streamlit's nodes after every change; it
never moves or removes a node. No user text passes through it: only the interface's own strings.
"""

from __future__ import annotations

import streamlit as st

from ovop_analytics.ui import assets
from ovop_analytics.ui.text import lang, tr

_shell_a11y = st.components.v2.component("ovop_a11y", js=assets.read("a11y.js"))


def accessibility_shell() -> None:
    """Mount the shell's accessibility component and styles; call once per script run, on every page."""
    st.html(f"<style>{assets.read('a11y.css')}</style>")
    _shell_a11y(data={"lang": lang(), "skip": tr("a11y_skip_link"), "nav": tr("a11y_nav_label")}, key="ovop_a11y")
