"""Map classes with mapclassify: quantiles (default), natural breaks (Fisher-Jenks), equal interval."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import mapclassify
import numpy as np
import pandas as pd

from ovop_analytics import numbers
from ovop_analytics.errors import InvalidArgumentError

SCHEMES = {"quantiles": mapclassify.Quantiles, "natural_breaks": mapclassify.FisherJenks,
           "equal_interval": mapclassify.EqualInterval}
# ColorBrewer YlGnBu: sequential and safe for the common colour-vision deficiencies.
SEQUENTIAL = {
    1: ["#2c7fb8"], 2: ["#a1dab4", "#225ea8"], 3: ["#edf8b1", "#7fcdbb", "#2c7fb8"],
    4: ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"], 5: ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
    6: ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"],
    7: ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"],
}
NO_DATA_COLOUR = "#d9d9d9"


def _stripes(count: int = 6, dark: str = "#969696", light: str = "#ffffff") -> dict:
    """A Vega linear gradient with hard stops: `count` diagonal grey-and-white stripes across a shape."""
    stops = []
    for i in range(count):
        start, middle, end = i / count, (i + 0.5) / count, (i + 1) / count
        stops += [{"offset": start, "color": dark}, {"offset": middle, "color": dark},
                  {"offset": middle, "color": light}, {"offset": end, "color": light}]
    return {"gradient": "linear", "x1": 0, "y1": 0, "x2": 1, "y2": 1, "stops": stops}


# Regions without data are drawn hatched (grey and white stripes), not flat: no meaning rests on colour
# alone, and in greyscale (a photocopy, a colour-blind reader) no data stays apart from the 0 class and
# from every sequential class. The legend entry keeps the flat grey and the words "tidak ada data".
NO_DATA_HATCH = _stripes()
# A real zero ("belum ada IKM OVOP": Kemenperin's target is about exactly these regions) is its own legend
# entry, a hue apart from the sequential classes and from the grey of no data.
ZERO_COLOUR = "#f4a6a6"


@dataclass(frozen=True)
class Classes:
    """Class index per value (-1 = no data), upper bounds, and a label per class ('0 – 2,5')."""

    index: pd.Series
    bounds: list[float]
    labels: list[str]
    colours: list[str]


def _fmt(value: float, lang: str) -> str:
    """A class bound in the interface language: '1.391' / '0,108' (id), '1,391' / '0.108' (en)."""
    return numbers.with_spec(value, ",.0f" if float(value).is_integer() else ",.3g", lang)


def classify(values: pd.Series, scheme: str = "quantiles", k: int = 5, integer: bool = False,
             lang: str = "id") -> Classes:
    """Classes of the non-missing `values`; missing values (no data) get class -1, never class 0.

    `integer` (counts): bounds are whole numbers and labels read '2 – 4' (2, 3 and 4), not '> 1.4 – 4.2'.
    Zeros, when there are also other values, are a class of their own (the first, labelled '0'), so that
    0 is told apart at a glance from the lowest class and from no data.
    """
    if scheme not in SCHEMES:
        raise InvalidArgumentError(f"Unknown classification '{scheme}': use one of {', '.join(SCHEMES)}.")
    present = values.dropna().astype(float)
    zeros = present == 0
    if zeros.any() and not zeros.all():
        rest = _classify(values.where(values.astype(float) != 0), scheme, max(1, k - 1), integer, lang)
        is_zero = values.astype(float).eq(0).fillna(False).astype(bool)
        index = (rest.index + 1).where(~is_zero, 0).where(values.notna(), -1).astype(int)
        return Classes(index, [0.0, *rest.bounds], ["0", *rest.labels], [ZERO_COLOUR, *rest.colours])
    return _classify(values, scheme, k, integer, lang)


def _classify(values: pd.Series, scheme: str, k: int, integer: bool, lang: str) -> Classes:
    present = values.dropna().astype(float)
    index = pd.Series(-1, index=values.index, dtype=int)
    if present.empty:
        return Classes(index, [], [], [])
    k = max(1, min(k, present.nunique(), max(SEQUENTIAL)))
    if k == 1:
        bounds = [float(present.max())]
        index[present.index] = 0
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # mapclassify warns (numba absent, few unique values)
            result = SCHEMES[scheme](present.to_numpy(), k=k)
        bins = np.floor(result.bins) if integer else result.bins
        bounds = [float(b) for b in np.unique(bins) if b >= present.min()]
        bounds[-1] = float(present.max())
        index[present.index] = np.searchsorted(bounds, present.to_numpy(), side="left")
    lower = float(present.min())
    labels = []
    for i, upper in enumerate(bounds):
        if integer:
            low = lower if i == 0 else bounds[i - 1] + 1
            labels.append(_fmt(upper, lang) if low == upper else f"{_fmt(low, lang)} – {_fmt(upper, lang)}")
        else:
            low = lower if i == 0 else bounds[i - 1]
            opening = "" if i == 0 else "> "
            labels.append(_fmt(upper, lang) if low == upper else f"{opening}{_fmt(low, lang)} – {_fmt(upper, lang)}")
    return Classes(index, bounds, labels, SEQUENTIAL[len(bounds)])
