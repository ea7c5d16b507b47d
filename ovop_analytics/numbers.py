"""Numbers as a person reads them, in the interface language: one formatter for every place a figure is
written for people (pages, tables, chart ticks and hovers, map legends, slide images, PDF briefings).

Built on Babel (CLDR): Bahasa Indonesia writes 1.391,5 and 23,1%, English 1,391.5 and 23.1%. In Bahasa
Indonesia "1.449" is one thousand four hundred forty-nine, so a dot decimal would mislead: nothing that
people read is written with Python's own `f"{x:,.1f}"`. Files meant for machines (CSV, JSON, Parquet)
never pass through here: they keep a dot decimal and no thousands separator.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

import pandas as pd
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

LOCALES = {"id": "id_ID", "en": "en"}
NO_VALUE = "–"


def locale_of(lang: str) -> str:
    """Babel's locale for an interface language ('id' -> 'id_ID'); English for anything unknown."""
    return LOCALES.get(lang, "en")


def is_missing(value: object) -> bool:
    """None, NaN and pandas' NA: no data, which is never written as 0."""
    if value is None or value is pd.NA:
        return True
    try:
        return bool(isinstance(value, float) and math.isnan(value))
    except TypeError:
        return False


@lru_cache(maxsize=64)
def _pattern(decimals: int, grouping: bool, minimum: int | None) -> str:
    """A CLDR pattern with exactly `decimals` decimals (at least `minimum` when given, trailing zeros cut)."""
    whole = "#,##0" if grouping else "0"
    if decimals <= 0:
        return whole
    shown = 0 if minimum is None else minimum
    return f"{whole}.{'0' * shown}{'#' * (decimals - shown)}"


def number(value: float | int | None, lang: str, decimals: int = 0, *, grouping: bool = True,
           minimum_decimals: int | None = None, missing: str = NO_VALUE) -> str:
    """'1.391,5' (id) or '1,391.5' (en) with `decimals` decimals; `missing` for no data.

    `grouping=False` for numbers that are names rather than amounts (years, row numbers, codes)."""
    if is_missing(value):
        return missing
    pattern = _pattern(decimals, grouping, minimum_decimals)
    return format_decimal(float(value) if decimals else round(float(value)), format=pattern,
                          locale=locale_of(lang))


def integer(value: float | int | None, lang: str, *, missing: str = NO_VALUE) -> str:
    """A count: '2.000.000' (id) or '2,000,000' (en)."""
    return number(value, lang, 0, missing=missing)


def plain_integer(value: float | int | None, lang: str, *, missing: str = NO_VALUE) -> str:
    """A year, round or row number: no thousands separator ('2013', never '2.013')."""
    return number(value, lang, 0, grouping=False, missing=missing)


def percent(fraction: float | None, lang: str, decimals: int = 1, *, missing: str = NO_VALUE) -> str:
    """A fraction as a percentage: 0.231 -> '23,1%' (id) or '23.1%' (en) (CLDR writes % attached in both)."""
    if is_missing(fraction):
        return missing
    return f"{number(float(fraction) * 100, lang, decimals, minimum_decimals=decimals)}%"


def fixed(value: float | None, lang: str, decimals: int, *, missing: str = NO_VALUE) -> str:
    """Exactly `decimals` decimals, trailing zeros kept (indices: '0,108' / '0.108')."""
    return number(value, lang, decimals, minimum_decimals=decimals, missing=missing)


def general(value: float | None, lang: str, *, missing: str = NO_VALUE) -> str:
    """A published figure as given: whole numbers without decimals, others with up to 3 ('63', '2,5')."""
    if is_missing(value):
        return missing
    return integer(value, lang) if float(value).is_integer() else number(value, lang, 3)


def signed(value: float | int, lang: str, decimals: int = 0) -> str:
    """A change with its sign: '+1.200' / '−3'."""
    text = number(abs(float(value)), lang, decimals)
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else text)


def symbols(lang: str) -> tuple[str, str]:
    """(decimal, thousands) of the language: (',', '.') for Bahasa Indonesia."""
    locale = locale_of(lang)
    return get_decimal_symbol(locale), get_group_symbol(locale)


def plotly_separators(lang: str) -> str:
    """Plotly's `layout.separators` (decimal then thousands): every tick, hover and text on the chart
    written with d3-format (',.0f', '.1%', '%{y:,}') follows the language."""
    decimal, thousands = symbols(lang)
    return decimal + thousands


def vega_format_locale(lang: str) -> dict[str, Any]:
    """The d3 number-format locale for Vega/Vega-Lite (`config.locale.number`): map legends, tooltips
    and the slide images drawn from the same spec."""
    decimal, thousands = symbols(lang)
    return {"decimal": decimal, "thousands": thousands, "grouping": [3], "currency": ["", ""]}


def printf_decimals(fmt: str | None) -> tuple[int | None, bool, str]:
    """Read a printf column format ('%d', '%.3f', '%d ★', '%.1f') as (decimals, grouping, suffix);
    (None, True, '') when `fmt` is not one."""
    if not fmt or "%" not in fmt or fmt in ("percent",):
        return None, True, ""
    head, _, tail = fmt.partition("%")
    spec = tail.split(" ", 1)
    body, suffix = spec[0], (" " + spec[1]) if len(spec) > 1 else ""
    if body.endswith("d"):
        return 0, "," in body, suffix
    if body.endswith("f") and "." in body:
        return int(body.rsplit(".", 1)[1][:-1] or 0), "," in body, suffix
    return None, True, suffix


# Integer columns that name a year, a round or a row are written without a thousands separator.
_PLAIN_INTEGER_WORDS = ("year", "round", "period", "tahun", "row")


def _is_plain_integer_column(name: str) -> bool:
    lowered = str(name).lower()
    return lowered in ("row", "no") or any(word in lowered for word in _PLAIN_INTEGER_WORDS)


def column_formatter(name: str, series: pd.Series, config: Any, lang: str) -> Any:
    """How a table column's numbers are written, from its column config (printf '%d', '%.3f', '%d ★',
    'percent') or, without one, from its dtype; None for a column that is not numeric."""
    if not (pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype)):
        return None
    fmt = None
    if isinstance(config, dict):
        fmt = (config.get("type_config") or {}).get("format")
    if fmt == "percent":
        return lambda v: percent(v, lang)
    decimals, grouping, suffix = printf_decimals(fmt)
    if decimals is not None:
        if decimals == 0:
            plain = fmt is not None and not grouping
            return lambda v: (plain_integer(v, lang) if plain else integer(v, lang)) + ("" if is_missing(v) else suffix)
        return lambda v: fixed(v, lang, decimals) + ("" if is_missing(v) else suffix)
    if pd.api.types.is_integer_dtype(series.dtype):
        if _is_plain_integer_column(name):
            return lambda v: plain_integer(v, lang)
        return lambda v: integer(v, lang)
    return lambda v: number(v, lang, 4)  # Streamlit's own default: up to 4 decimals, trailing zeros cut


def styled_table(frame: pd.DataFrame, column_config: dict[str, Any] | None, lang: str,
                 formats: dict[str, Any] | None = None) -> tuple[Any, dict[str, Any] | None]:
    """A table's numbers written in the interface language: a pandas Styler whose display text comes from
    this module (the cells keep their numeric values, so sorting stays numeric), and the column config
    without the printf formats that would override it (Streamlit writes those with a dot decimal).
    `formats` gives a column its own writer (a CAGR: a rate, 'baru' or 'tidak ada data')."""
    config = dict(column_config or {})
    formatters: dict[str, Any] = {}
    for name in frame.columns:
        formatter = (formats or {}).get(name) or column_formatter(str(name), frame[name], config.get(name), lang)
        if formatter is None:
            continue
        formatters[name] = formatter
        entry = config.get(name)
        if isinstance(entry, dict) and (entry.get("type_config") or {}).get("format"):
            entry = {**entry, "type_config": {**entry["type_config"], "format": None}}
            config[name] = entry
    if not formatters or not frame.columns.is_unique or not frame.index.is_unique:
        return frame, column_config
    return frame.style.format(formatters, na_rep=NO_VALUE), config


def with_spec(value: float | None, spec: str, lang: str, *, missing: str = NO_VALUE) -> str:
    """A value written with a Python/d3 format spec (',.0f', ',.3g': what the map legends are set with),
    then given the language's separators from Babel."""
    if is_missing(value):
        return missing
    text = format(float(value), spec)
    decimal, thousands = symbols(lang)
    return text.translate(str.maketrans({",": thousands, ".": decimal}))
