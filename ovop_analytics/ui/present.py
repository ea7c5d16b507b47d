"""Streamlit helpers of presentation mode and the map timeline: two small local components (no network,
no iframe); charts are styled for a slide by ovop_analytics.deck.figures (shared with the carried-away deck).

Streamlit has no key events, so navigation runs in the browser: every slide is drawn once, stacked in
one place, and the deck component shows one at a time. It listens on the document for the arrow keys
and PageDown/PageUp (what presentation clickers send), draws the on-screen buttons and the slide number,
keeps `?slide=N` in the address and runs the optional auto-advance. A slide change is a CSS switch in
the page, never a server round trip. The timeline player steps a Vega map's frame parameter (its
radio buttons) the same way.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Sequence

import streamlit as st

from ovop_analytics.deck import build_deck, file_name
from ovop_analytics.deck.figures import slide_figure  # noqa: F401  (pages call up.slide_figure)
from ovop_analytics.store import Dataset
from ovop_analytics.ui import assets
from ovop_analytics.ui.session import store as current_store
from ovop_analytics.ui.text import tr

SLIDE_KEY = "pres_slide_"





_deck = st.components.v2.component("ovop_deck", js=assets.read("deck.js"), css=assets.read("deck.css"), isolate_styles=False)
_player = st.components.v2.component("ovop_timeline_player", js=assets.read("timeline_player.js"),
                                      css=assets.read("timeline_player.css"), isolate_styles=False)


def deck_controls(count: int, labels: dict[str, str], interval_s: int, autostart: bool) -> None:
    """The deck's keyboard listener, buttons, slide number and auto-advance (0 s: off)."""
    _deck(data={"count": count, "labels": labels, "interval": interval_s, "autostart": autostart},
          key="pres_deck_controls")


def timeline_player(scope: str, labels: dict[str, str], interval_ms: int = 1200) -> None:
    """Play/pause and step buttons for the timeline map inside the container keyed `scope`."""
    _player(data={"scope": scope, "labels": labels, "interval_ms": interval_ms}, key=f"{scope}_player")


def deck_css(count: int) -> str:
    """Page-only CSS of presentation mode: no sidebar, header or toolbar; every slide fixed to the
    viewport and hidden unless it is the current one. Holds no user text."""
    shown = ",\n".join(f'body[data-pres-slide="{i}"] .st-key-{SLIDE_KEY}{i}' for i in range(1, count + 1))
    css = string.Template(assets.read("presentation_mode.css")).substitute(slide_key=SLIDE_KEY, shown=shown)
    return f"<style>\n{css}</style>"


def deck_downloads(dataset: Dataset, lang: str, provinces: Sequence[str]) -> None:
    """*Unduh presentasi (HTML)* and *Unduh PowerPoint*: the slides on screen (same dataset, language,
    provinces, order) as one file. The file is made only when a button is clicked (Streamlit runs the
    callable then, off the page's run), from the library, with nothing kept in a shared cache."""
    store = current_store()

    def make(kind: str) -> Callable[[], bytes]:
        def content() -> bytes:
            deck = build_deck(store, dataset, lang, provinces)
            if kind == "html":
                from ovop_analytics.deck.html import deck_html  # loaded on the first download only

                return deck_html(deck)
            from ovop_analytics.deck.pptx import deck_pptx  # python-pptx: loaded on the first download only

            return deck_pptx(deck)
        return content

    st.caption(tr("deck_download_help"))
    for kind, label, mime, icon in (
            ("html", tr("deck_download_html"), "text/html", ":material/slideshow:"),
            ("pptx", tr("deck_download_pptx"),
             "application/vnd.openxmlformats-officedocument.presentationml.presentation", ":material/download:")):
        st.download_button(label, data=make(kind), file_name=file_name(dataset.name, list(provinces), None, None,
                                                                        lang, kind),
                           mime=mime, key=f"pres_download_{kind}", on_click="ignore", icon=icon, width="stretch")
