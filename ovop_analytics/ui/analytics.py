"""Streamlit helpers shared by the analytics pages (growth, diversity, compare, province scorecard).

Part of the `ui` package: the province pickers whose values live in the URL, and the
rank-and-average figure of a scorecard that knows "no data" from zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import streamlit as st

from ovop_analytics import numbers
from ovop_analytics.charts.analytics import SERIES_COLOURS, format_metric, short_name
from ovop_analytics.metrics import METRICS
from ovop_analytics.metrics.growth import NEW, cagr_split, rank_defined
from ovop_analytics.regions import region_name
from ovop_analytics.ui.text import lang, tr
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


@dataclass(frozen=True)
class Standing:
    """A region's value of a metric, its rank among the regions that have one, and their average (the
    comparison the PDF briefing makes too: 'rata-rata 38 provinsi').
    `new` counts the regions whose CAGR is "new" (from 0): they are listed apart, never ranked."""

    value: object  # float, "new" (CAGR from zero) or None / NaN (no data)
    rank: int | None
    of: int
    mean: float | None
    new: int = 0
    known: int = 0  # regions with a value: the average's base ('rata-rata 8 provinsi')


def standing(frame: pd.DataFrame, code: str, metric: str) -> Standing:
    """Where region `code` stands on `metric`: rank 1 is the best (the lowest for HHI, where lower is
    more diverse); regions without a value are neither ranked nor in the average. A CAGR 'new' (growth
    from 0) has no rate: it is neither ranked nor in the average, and counted apart."""
    info = METRICS[metric]
    codes = frame["region_code"].to_numpy()
    raw = pd.Series(frame[metric].to_numpy(dtype=object), index=codes)
    ranks = rank_defined(raw, info.higher_is_better)
    known, note = cagr_split(raw)
    values = known.dropna().astype(float)
    mean = float(values.mean()) if len(values) else None
    at = np.flatnonzero(codes == code)
    value = raw.iloc[at[0]] if len(at) else None
    rank = int(ranks[code]) if code in ranks.index else None
    return Standing(value, rank, int(len(ranks)), mean, int((note == NEW).sum()), int(len(values)))


def standing_caption(s: Standing, metric: str, start: int | None = None) -> str:
    """'peringkat 3 dari 17 · rata-rata 17 provinsi 12,0%'; a CAGR from 0: 'baru: mulai dari 0 pada 2013',
    not ranked. The average is over the provinces with a value: never 'nasional' for an 8-province dataset."""
    # an average of counts keeps one decimal, as the PDF writes it (11,0), not rounded to a count
    mean_text = (numbers.fixed(s.mean, lang(), 1) if METRICS[metric].unit == "count"
                 else format_metric(metric, s.mean, lang()))
    median = tr("analytics_mean_provinces", n=s.known, value=mean_text)
    apart = tr("analytics_cagr_new_apart", n=s.new) if s.new else ""
    if isinstance(s.value, str):
        head = tr("analytics_cagr_new_from", year=start) if start is not None else tr("chart_cagr_new")
        return " · ".join(part for part in (head, tr("analytics_not_ranked"), median) if part)
    if s.rank is None:
        return f"{tr('common_no_data')} · {median}"
    return " · ".join(part for part in (tr("analytics_rank_of", rank=s.rank, n=s.of), median, apart) if part)


def short_province(code: str) -> str:
    return short_name(region_name(code))
