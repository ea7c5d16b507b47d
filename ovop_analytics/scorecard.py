"""Province scorecard figures: a value with its rank among all provinces and the national median."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Standing:
    value: float
    rank: int  # 1 = highest; ties share the best rank
    of: int
    median: float


def standing(frame: pd.DataFrame, code: str, column: str) -> Standing:
    """Where region `code` stands on `column` among all rows of `frame` (one row per region)."""
    ranks = frame[column].rank(ascending=False, method="min")
    row = frame.index[frame["region_code"] == code][0]
    return Standing(float(frame.at[row, column]), int(ranks[row]), len(frame), float(frame[column].median()))
