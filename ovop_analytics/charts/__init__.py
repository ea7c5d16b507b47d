"""Plotly figure builders. Every figure gets a title, axis labels, a source line naming its dataset and,
for synthetic data, the demo watermark: `finish()` is the one place that adds them."""

from __future__ import annotations

import html
import textwrap
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from ovop_analytics.i18n import commodity_label, t
from ovop_analytics.numbers import plotly_separators

# Every chart of the app uses plotly_white. As the default template plotly applies it to a new figure
# without validating it again; passed as `template=` it is validated and deep-copied per chart (~10 ms,
# a tenth of a page view's CPU under load).
pio.templates.default = "plotly_white"

EDGE_PX = 10  # room between a chart's text and the image's left and right edges

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
GROUP_COLOURS = dict(zip(["makanan_minuman", "kain_tenun", "kain_batik", "anyaman", "gerabah"],
                         ["#E69F00", "#0072B2", "#CC79A7", "#009E73", "#D55E00"]))
# Sequential (ColorBrewer YlOrBr, colour-blind safe) for 1..5 stars: more stars, darker.
STAR_COLOURS = {1: "#fee391", 2: "#fec44f", 3: "#fe9929", 4: "#d95f0e", 5: "#993404"}


@dataclass(frozen=True)
class Provenance:
    """What a figure's numbers come from: printed under every chart. `source` is a human citation in the
    interface language (see ovop_analytics.provenance.citation); `facts` cites published facts drawn in
    the same chart (ids and titles), so an exported image keeps them."""

    dataset: str
    source: str
    is_synthetic: bool
    facts: str | None = None


def source_text(provenance: Provenance, lang: str) -> str:
    text = t("common_source_line", lang, source=provenance.source)
    return f"{text}. {t('cite_facts', lang, facts=provenance.facts)}" if provenance.facts else text


def plotly_text(text: str) -> str:
    """Plotly renders a subset of HTML (links among it) in titles and annotations: escape names from users."""
    return html.escape(text, quote=False)


def _wrapped(text: str, width: int = 62, lines: int = 3) -> str:
    """Plotly does not wrap annotations: break the source line so narrow charts do not clip it."""
    parts = textwrap.wrap(text, width)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1][: width - 3] + "..."
    return "<br>".join(parts)


def finish(fig: go.Figure, *, title: str, x_title: str | None, y_title: str | None,
           provenance: Provenance, lang: str, height: int = 420, source_width: int = 62) -> go.Figure:
    """Title, axis titles, source line and (synthetic data) the watermark, the same on every chart.
    `source_width`: characters per source line, fewer for a chart drawn in a narrow column."""
    # A chart that draws published facts cites them in full (ids and titles): the footer grows for them.
    source = _wrapped(plotly_text(source_text(provenance, lang)), width=source_width,
                      lines=10 if provenance.facts else 4)
    extra = 14 * max(0, source.count("<br>") - 2)
    fig.update_layout(
        # title and y-axis title 10 px from the left edge, as the legend is from the right (the axis title
        # sat at 2 px: the plot's automatic margin ends at the text, margin.pad adds the room)
        title={"text": title, "x": 0, "xanchor": "left", "pad": {"l": EDGE_PX}},
        xaxis_title=x_title, yaxis_title=y_title, height=height + extra,
        margin={"l": 10, "r": 10, "t": 50, "b": 120 + extra, "pad": EDGE_PX - 2},
        legend={"yanchor": "top", "y": 1, "x": 1.02, "xanchor": "left"},
        separators=plotly_separators(lang),  # ticks and hovers: 1.391,5 in Bahasa Indonesia
    )
    fig.add_annotation(text=source, xref="paper", yref="paper", x=0, y=0,
                       yshift=-62, align="left",
                       xanchor="left", yanchor="top", showarrow=False, font={"size": 11, "color": "#555"})
    if provenance.is_synthetic:
        add_watermark(fig, lang)
    return fig


def add_watermark(fig: go.Figure, lang: str) -> None:
    fig.add_annotation(text=t("common_synthetic_watermark", lang).upper(), xref="paper", yref="paper", x=0.5, y=0.5,
                       showarrow=False, textangle=-18, opacity=0.18,
                       font={"size": 26, "color": "#b00020"})


def awards_by_round(frame: pd.DataFrame, published: pd.DataFrame, provenance: Provenance,
                    lang: str) -> go.Figure:
    """Stacked bars of IKM OVOP per award round by star, with published round totals as markers.

    `published` has round, value, source_title, is_conflict: conflicting totals are all drawn.
    """
    fig = go.Figure()
    for star in range(1, 6):
        part = frame[frame["star"] == star]
        fig.add_bar(x=part["round"].astype(str), y=part["ikm"], name=t("common_star_label", lang, n=star),
                    marker_color=STAR_COLOURS[star],
                    hovertemplate="%{x}: %{y} IKM<extra>" + t("common_star_label", lang, n=star) + "</extra>")
    if not published.empty:
        for conflict, marker in ((False, "diamond"), (True, "x")):
            part = published[published["is_conflict"] == conflict]
            if part.empty:
                continue
            fig.add_scatter(
                x=part["round"].astype(str), y=part["value"], mode="markers",
                name=t("chart_published_conflict" if conflict else "chart_published_total", lang),
                marker={"symbol": marker, "size": 12, "color": "#000", "line": {"width": 1, "color": "#fff"}},
                customdata=part[["source_title", "fact_id"]],
                hovertemplate="%{x}: %{y}<br>%{customdata[1]}: %{customdata[0]}<extra></extra>")
    # The legend names the stars even when one star has all the awards (plotly hides a one-trace legend);
    # counts are whole numbers: small totals get ticks 0, 1, 2... never 0.5.
    tallest = max([*frame.groupby("round")["ikm"].sum().tolist(), *published["value"].tolist(), 0]) \
        if not published.empty else max([*frame.groupby("round")["ikm"].sum().tolist(), 0])
    fig.update_layout(barmode="stack", xaxis={"type": "category", "categoryorder": "category ascending"},
                      showlegend=True, yaxis={"rangemode": "tozero", "tickformat": ",d",
                                              **({"dtick": 1} if tallest <= 8 else {})})
    return finish(fig, title=t("chart_rounds_title", lang), x_title=t("common_axis_round", lang),
                  y_title=t("common_axis_ikm", lang), provenance=provenance, lang=lang)


def top_regions(frame: pd.DataFrame, value: str, label: str, n: int, provenance: Provenance,
                lang: str) -> go.Figure:
    """Horizontal bars of the `n` largest regions by `value`."""
    top = frame.nlargest(n, value).iloc[::-1]
    fig = go.Figure(go.Bar(x=top[value], y=top["region_name"], orientation="h", marker_color="#0072B2",
                           hovertemplate="%{y}: %{x}<extra></extra>"))
    return finish(fig, title=t("chart_top_title", lang, n=n), x_title=label, y_title=t("chart_axis_province", lang),
                  provenance=provenance, lang=lang, height=max(360, 34 * n + 150), source_width=44)


def commodity_mix(frame: pd.DataFrame, region: str, provenance: Provenance, lang: str) -> go.Figure:
    """Records per commodity group (all five shown, zero included)."""
    labels = [commodity_label(code, lang) for code in frame["commodity_group"]]
    fig = go.Figure(go.Bar(x=labels, y=frame["records"],
                           marker_color=[GROUP_COLOURS.get(c, "#999") for c in frame["commodity_group"]],
                           hovertemplate="%{x}: %{y}<extra></extra>"))
    return finish(fig, title=t("commodity_mix_title", lang, region=region), x_title=t("common_axis_group", lang),
                  y_title=t("common_axis_records", lang), provenance=provenance, lang=lang, height=380)
