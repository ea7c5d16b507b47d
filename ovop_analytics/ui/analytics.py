"""Streamlit helpers shared by the analytics pages (growth, diversity, compare, province scorecard).

Part of the `ui` package: the province pickers whose values live in the URL, and the
rank-and-average figure of a scorecard that knows "no data" from zero.
"""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from ovop_analytics.charts.analytics import SERIES_COLOURS, short_name
from ovop_analytics.charts.analytics import standing_caption as analytics_standing_caption
from ovop_analytics.metrics.standing import Standing, standing  # noqa: F401  (pages call ua.standing)
from ovop_analytics.regions import region_name
from ovop_analytics.ui.text import lang
from ovop_analytics.ui.url_state import to_url, url_bound

MAX_COMPARED = 5


def province_label(code: str) -> str:
    return f"{code} · {region_name(code)}"


def province_colours(codes: Sequence[str]) -> dict[str, str]:
    """Okabe-Ito colours by position in the selection, the same on every chart of a page."""
    return {code: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, code in enumerate(codes)}


def province_multiselect(options: Sequence[str], default: list[str], label: str,
                         max_selections: int = MAX_COMPARED) -> list[str]:
    """Provinces picked for a comparison, kept in the URL as `provinces=33,35,32` (at most five)."""
    url_bound("provinces", list(options), default)
    st.session_state["provinces"] = list(st.session_state["provinces"])[:max_selections]
    chosen = st.multiselect(label, list(options), key="provinces", format_func=province_label,
                            max_selections=max_selections, wrap=True)
    to_url("provinces")
    return list(chosen)


def standing_caption(s: Standing, metric: str, start: int | None = None) -> str:
    """The scorecard's rank-and-average line in the interface language (charts.analytics.standing_caption)."""
    return analytics_standing_caption(s, metric, lang(), start)


def short_province(code: str) -> str:
    return short_name(region_name(code))
