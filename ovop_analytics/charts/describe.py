"""Text alternatives of charts and maps: a short description in the interface language of what a chart
shows, its period, its highest and lowest entries and its source, made from the very table the chart
draws (the one its "Lihat data / Show data" control and CSV download give), so the words and the picture
cannot disagree.

Pure functions: a frame in, a sentence out. No data is counted and named, never taken as 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from ovop_analytics.i18n import commodity_label, t
from ovop_analytics.metrics import METRICS

# Columns that name what a row is about, in order of preference.
LABEL_COLUMNS = ("region_name", "key_name", "name", "entity_name", "type_name", "commodity_group")
# Columns that place a row in time (award round or year).
PERIOD_COLUMNS = ("period", "round", "year", "round_year")
# Numeric columns that identify rather than measure.
ID_COLUMNS = {"region_code", "code", "key", "star", "best_star", "level", "row", "col", *PERIOD_COLUMNS}
# More measure columns than this: a matrix (e.g. province x province), described by its size only.
MATRIX_COLUMNS = 6


@dataclass(frozen=True)
class Extremes:
    """The highest and lowest entry of one measure (labels as shown, values as numbers), the period they
    are read in (None: the whole table), and how many entries have no value."""

    high: tuple[str, float]
    low: tuple[str, float]
    period: object | None
    missing: int


def _label_column(frame: pd.DataFrame) -> str | None:
    return next((c for c in LABEL_COLUMNS if c in frame.columns), None)


def _period_column(frame: pd.DataFrame) -> str | None:
    return next((c for c in PERIOD_COLUMNS if c in frame.columns), None)


def measure_columns(frame: pd.DataFrame) -> list[str]:
    """Numeric columns that measure something (not codes, periods or stars)."""
    return [str(c) for c in frame.columns
            if str(c) not in ID_COLUMNS and pd.api.types.is_numeric_dtype(frame[c])
            and not pd.api.types.is_bool_dtype(frame[c])]


def value_column(frame: pd.DataFrame) -> str | None:
    """The measure a chart draws: the last numeric measure column (tables list what a chart is built from
    first and the plotted value last), or None for a matrix or a table without measures."""
    measures = measure_columns(frame)
    if not measures or len(measures) > MATRIX_COLUMNS:
        return None
    return measures[-1]


# Headers of the data table shown under a chart, by column; metrics are named by their own labels.
COLUMN_KEYS = {
    "region_code": "common_col_region_code", "region_name": "common_col_region", "key": "a11y_col_key",
    "key_name": "common_col_region", "name": "common_col_region", "code": "common_col_region_code",
    "period": "a11y_col_period", "round": "common_axis_round", "year": "common_col_year", "star": "common_col_star",
    "commodity_group": "common_axis_group", "entity_name": "common_col_entity", "count": "a11y_col_count",
    "cumulative": "a11y_col_cumulative", "change": "a11y_col_change", "pct_change": "a11y_col_pct_change",
    "records": "a11y_col_records", "ikm": "a11y_col_ikm", "share": "a11y_col_share",
    "catalogue_size": "a11y_col_catalogue_size", "types_present": "a11y_col_types_present",
    "kabkota_with_ikm": "a11y_col_kabkota_with_ikm", "kabkota_total": "a11y_col_kabkota_total",
    "kabkota_share": "a11y_col_kabkota_share", "new_entrants": "a11y_col_new_entrants",
    "returning": "a11y_col_returning",
}


def column_labels(columns: list[str], lang: str) -> dict[str, str]:
    """Headers in the interface language for the columns it knows (metrics by their label); others
    keep their name."""
    labels = {}
    for column in map(str, columns):
        if column in COLUMN_KEYS:
            labels[column] = t(COLUMN_KEYS[column], lang)
        elif column in METRICS:
            info = METRICS[column]
            labels[column] = info.label_id if lang == "id" else info.label_en
    return labels


def _labels(series: pd.Series, column: str, lang: str) -> pd.Series:
    if column == "commodity_group":
        return series.map(lambda code: commodity_label(code, lang))
    return series.astype(str)


def extremes(frame: pd.DataFrame, value: str, label: str | None = None, period: str | None = None,
             lang: str = "id") -> Extremes | None:
    """Highest and lowest `value`: among the labels in the latest period when the table has both, among
    the periods (summed over the rows of each) when it has periods only, among the labels otherwise.
    Rows without a value are left out and counted; None when no row has a value."""
    rows = frame
    at: object | None = None
    if label is not None and period is not None:
        at = rows[period].dropna().max()
        rows = rows[rows[period] == at]
        keys = _labels(rows[label], label, lang)
        values = rows[value]
    elif period is not None:
        present = rows.dropna(subset=[value])
        values = present.groupby(period, sort=True)[value].sum()
        keys = pd.Series([_period_text(p) for p in values.index], index=values.index)
        missing = 0
    elif label is not None:
        keys = _labels(rows[label], label, lang)
        values = rows[value]
    else:
        return None
    numbers = pd.to_numeric(values, errors="coerce")
    if label is not None:
        missing = int(numbers.isna().sum())
    numbers = numbers.dropna()
    if numbers.empty:
        return None
    high, low = numbers.idxmax(), numbers.idxmin()
    return Extremes((str(keys[high]), float(numbers[high])), (str(keys[low]), float(numbers[low])), at, missing)


def _period_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def format_number(value: float, column: str, lang: str) -> str:
    """A value as the app writes it: a metric by its unit (shares as %, indices with 3 decimals), other
    whole numbers with thousands separators, other numbers with 3 significant digits."""
    if column in METRICS:
        from ovop_analytics.charts.analytics import format_metric  # analytics imports plotly builders

        return format_metric(column, value, lang)
    if math.isfinite(value) and float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.3g}"


def describe(frame: pd.DataFrame, *, title: str, source: str, lang: str, kind: str = "chart",
             period: tuple[int, int] | None = None, value: str | None = None, label: str | None = None) -> str:
    """The text alternative of a chart (`kind` "chart") or map ("map") drawn from `frame`.

    `period` is the page's period (start, end) when the table has no period column of its own; `value`
    and `label` name the measure and label columns when the usual columns do not say it."""
    parts = [t("a11y_description", lang, kind=t("a11y_map" if kind == "map" else "a11y_chart", lang),
               title=" ".join(title.split()))]
    period_column = _period_column(frame)
    if period_column is not None and frame[period_column].notna().any():
        periods = sorted(frame[period_column].dropna().unique())
        first, last = _period_text(periods[0]), _period_text(periods[-1])
        parts.append(t("a11y_period_single", lang, period=first) if first == last
                     else t("a11y_period_range", lang, start=first, end=last))
    elif period is not None:
        start, end = period
        parts.append(t("a11y_period_single", lang, period=start) if start == end
                     else t("a11y_period_range", lang, start=start, end=end))
    label = label if label is not None else _label_column(frame)
    value = value if value is not None else value_column(frame)
    if value is None and measure_columns(frame):
        parts.append(t("a11y_matrix", lang, rows=len(frame), columns=len(measure_columns(frame))))
    elif value is not None:
        found = extremes(frame, value, label, period_column, lang)
        if found is not None:
            (high, high_value), (low, low_value) = found.high, found.low
            numbers = {"high": high, "high_value": format_number(high_value, value, lang), "low": low,
                       "low_value": format_number(low_value, value, lang)}
            if high == low:
                parts.append(t("a11y_single_value", lang, label=high, value=numbers["high_value"]))
            elif found.period is not None and label is not None:
                parts.append(t("a11y_highest_lowest_in", lang, period=_period_text(found.period), **numbers))
            else:
                parts.append(t("a11y_highest_lowest", lang, **numbers))
            if found.missing:
                parts.append(t("a11y_no_data_count", lang, n=found.missing))
    parts.append(source.rstrip(".") + ".")
    return " ".join(parts)
