"""Streamlit helpers of presentation mode and the map timeline: two small local components (no network,
no iframe) and the slide styling of charts.

Streamlit has no key events, so navigation runs in the browser: every slide is drawn once, stacked in
one place, and the deck component shows one at a time. It listens on the document for the arrow keys
and PageDown/PageUp (what presentation clickers send), draws the on-screen buttons and the slide number,
keeps `?slide=N` in the address and runs the optional auto-advance. A slide change is a CSS switch in
the page, never a server round trip. The timeline player steps a Vega map's frame parameter (its
radio buttons) the same way.
"""

from __future__ import annotations

import copy
import re
import string
import textwrap

import plotly.graph_objects as go
import streamlit as st

from ovop_analytics.ui import assets

SLIDE_KEY = "pres_slide_"
CHART_FONT_PX = 18  # chart text on a slide at 1280x720
TITLE_FONT_PX = 26





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


def slide_figure(fig: go.Figure, height: int, wrap: int = 72, lines: int = 3) -> go.Figure:
    """A copy of a page chart with projector-sized text (18 px, titles 26 px) at a fixed height; the
    source line is rewrapped for the slide's width and the watermark enlarged."""
    out = go.Figure(copy.deepcopy(fig.to_dict()))  # a page chart may be shared by all sessions (ui.SharedFigure)
    margin = out.layout.margin
    source_lines = 0
    annotations = []
    for note in out.layout.annotations:
        note = copy.deepcopy(note)
        if note.yanchor == "top" and note.y == 0 and note.x == 0 and note.yshift:  # the source line (charts.finish)
            words = re.sub(r"<br>", " ", note.text)
            parts = textwrap.wrap(words, wrap)[:lines]
            note.text = "<br>".join(parts)
            note.yshift = note.yshift - 26
            note.font.size = CHART_FONT_PX
            source_lines = len(parts)
            bottom = -note.yshift + 24 * source_lines + 8
        elif note.textangle == -18:  # the watermark
            note.font.size = 44
        elif note.font and (note.font.size or 0) < CHART_FONT_PX:
            note.font.size = CHART_FONT_PX
        annotations.append(note)
    out.layout.annotations = annotations
    out.update_layout(font={"size": CHART_FONT_PX}, height=height,
                      title={"font": {"size": TITLE_FONT_PX}},
                      legend={"font": {"size": CHART_FONT_PX}},
                      margin={"l": max(margin.l or 0, 10), "r": 20, "t": max(margin.t or 0, 64) + 16,
                              "b": bottom if source_lines else 110})
    if out.layout.title.subtitle and out.layout.title.subtitle.text:
        out.update_layout(title={"subtitle": {"font": {"size": CHART_FONT_PX}}})
    # A vertical axis title longer than the plot is high would run into the chart title: wrap it to the
    # plot's height (about 10 px a character at 18 px).
    plot_height = height - out.layout.margin.t - out.layout.margin.b
    title = out.layout.yaxis.title.text
    if title and "<br>" not in title and len(title) * 10 > plot_height:
        out.layout.yaxis.title.text = "<br>".join(textwrap.wrap(title, max(10, plot_height // 10)))
    return out
