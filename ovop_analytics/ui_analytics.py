"""Streamlit helpers shared by the analytics pages (growth, diversity, compare, province scorecard).

A named UI-helper module next to `ui.py`: the period slider and province pickers whose values live in the
URL, and the rank-and-median figure of a scorecard that knows "no data" from zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from ovop_analytics import ui
from ovop_analytics.charts.analytics import SERIES_COLOURS, format_metric, short_name
from ovop_analytics.metrics import METRICS
from ovop_analytics.regions import region_name

PERIOD_KEY = "period"  # the range slider; period_from / period_to carry it in the URL
MAX_COMPARED = 5


def period_slider(years: Sequence[int], label: str, help_text: str | None = None) -> tuple[int, int]:
    """A start-end year slider over `years`, kept in the URL as period_from / period_to.

    The slider's own state wins while it exists; when it does not (first visit, another page's widget was
    cleaned up, or its years are not valid here) it starts from period_from / period_to. The start is
    passed as `value`, never set through session_state: without a tuple `value` Streamlit makes a
    single-value slider.
    """
    years = sorted(int(y) for y in years)
    if not years:
        return (0, 0)
    ui.url_bound("period_from", years, years[0], int)
    ui.url_bound("period_to", years, years[-1], int)
    start, end = st.session_state["period_from"], st.session_state["period_to"]
    if start > end:
        start, end = years[0], years[-1]
    current = st.session_state.get(PERIOD_KEY)
    valid = (isinstance(current, (tuple, list)) and len(current) == 2 and all(y in years for y in current)
             and current[0] <= current[1])
    if not valid:  # let the widget start afresh from the URL's period (its `value` makes it a range)
        st.session_state.pop(PERIOD_KEY, None)
    if len(years) > 1:
        chosen = st.select_slider(label, options=years, value=tuple(current) if valid else (start, end),
                                  key=PERIOD_KEY, help=help_text)
    else:
        chosen = (years[0], years[0])
    start, end = int(chosen[0]), int(chosen[1])
    st.session_state["period_from"], st.session_state["period_to"] = start, end
    ui.to_url("period_from", "period_to")
    return start, end


def province_label(code: str) -> str:
    return f"{code} · {region_name(code)}"


def province_colours(codes: Sequence[str]) -> dict[str, str]:
    """Okabe-Ito colours by position in the selection, the same on every chart of a page."""
    return {code: SERIES_COLOURS[i % len(SERIES_COLOURS)] for i, code in enumerate(codes)}


def province_multiselect(options: Sequence[str], default: list[str], label: str,
                         max_selections: int = MAX_COMPARED) -> list[str]:
    """Provinces picked for a comparison, kept in the URL as `provinces=33,35,32` (at most five)."""
    ui.url_bound("provinces", list(options), default)
    st.session_state["provinces"] = list(st.session_state["provinces"])[:max_selections]
    chosen = st.multiselect(label, list(options), key="provinces", format_func=province_label,
                            max_selections=max_selections, wrap=True)
    ui.to_url("provinces")
    return list(chosen)


@dataclass(frozen=True)
class Standing:
    """A region's value of a metric, its rank among the regions that have one, and their median."""

    value: object  # float, "new" (CAGR from zero) or None / NaN (no data)
    rank: int | None
    of: int
    median: float | None


def standing(frame: pd.DataFrame, code: str, metric: str) -> Standing:
    """Where region `code` stands on `metric`: rank 1 is the best (the lowest for HHI, where lower is
    more diverse); regions without a value are neither ranked nor in the median. A CAGR 'new' ranks
    first (growth from nothing) but is left out of the median."""
    info = METRICS[metric]
    raw = frame.set_index("region_code")[metric]
    value = raw.get(code)
    numeric = pd.to_numeric(raw.where(raw.map(lambda v: not isinstance(v, str))), errors="coerce")
    ranked = numeric.copy()
    is_new = raw.map(lambda v: isinstance(v, str))
    ranked[is_new] = math.inf
    ranked = ranked.dropna()
    ascending = info.higher_is_better is False
    ranks = ranked.rank(ascending=ascending, method="min")
    median = numeric.dropna().median() if numeric.notna().any() else None
    rank = int(ranks[code]) if code in ranks.index else None
    return Standing(value, rank, int(len(ranked)), None if median is None else float(median))


def standing_caption(s: Standing, metric: str) -> str:
    median = format_metric(metric, s.median, ui.lang())
    if s.rank is None:
        return f"{ui.tr('no_data')} · {ui.tr('median_national', value=median)}"
    return f"{ui.tr('rank_of', rank=s.rank, n=s.of)} · {ui.tr('median_national', value=median)}"


def short_province(code: str) -> str:
    return short_name(region_name(code))
