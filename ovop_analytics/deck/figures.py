"""Charts sized for a slide: projector-sized text at a fixed height, the source line rewrapped.

Pure plotly (no Streamlit), so the live deck, the HTML file and the PowerPoint style charts alike.
"""

from __future__ import annotations

import copy
import re
import textwrap

import plotly.graph_objects as go

CHART_FONT_PX = 18  # chart text on a slide at 1280x720
TITLE_FONT_PX = 26


def slide_figure(fig: go.Figure, height: int, wrap: int = 72, lines: int = 3) -> go.Figure:
    """A copy of a page chart with projector-sized text (18 px, titles 26 px) at a fixed height; the
    source line is rewrapped for the slide's width and the watermark enlarged."""
    # A page chart may be shared by all sessions (ui.SharedFigure): work on a copy. The copy leaves out the
    # template, which is the default (plotly_white) that plotly applies without validating it again.
    spec = copy.deepcopy(fig.to_dict())
    spec.get("layout", {}).pop("template", None)
    out = go.Figure(spec)
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
