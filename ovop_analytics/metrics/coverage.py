"""Coverage: how much of a whole is reached (the national catalogue of OVOP types, the provinces, the
kabupaten/kota against Kemenperin's target that each proposes at least one IKM).

Pure functions. Coverage is a share of a whole, so a region with nothing has coverage 0 (a true zero);
only an empty whole (a dataset without a catalogue) has no value.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from ovop_analytics.errors import InvalidArgumentError


def coverage_fraction(part: float, whole: float) -> float | None:
    """part / whole as a fraction 0-1; None when the whole is 0 (nothing to cover)."""
    if part < 0 or whole < 0:
        raise InvalidArgumentError(f"Coverage needs counts of 0 or more, not {part} of {whole}.")
    if whole == 0:
        return None
    if part > whole:
        raise InvalidArgumentError(f"Coverage cannot exceed the whole: {part} of {whole}.")
    return part / whole


def catalogue_coverage(pairs: pd.DataFrame, catalogue: Iterable[str],
                       regions: Sequence[str] | None = None) -> pd.Series:
    """Per region: types of the catalogue it has / catalogue size (0-1), e.g. Jawa Tengah 76/108.

    `pairs` has columns code, type_code (a region's types). Types outside the catalogue do not count, so
    coverage never passes 1. `regions` lists every region to report (0 where it has none).
    """
    catalogue_set = set(catalogue)
    codes = list(regions) if regions is not None else sorted(pairs["code"].unique())
    if not catalogue_set:
        return pd.Series(np.nan, index=pd.Index(codes, name="code"), dtype=float, name="coverage_types")
    inside = pairs[pairs["type_code"].isin(catalogue_set)].drop_duplicates(["code", "type_code"])
    present = inside.groupby("code")["type_code"].size()
    present = present.reindex(codes, fill_value=0)
    present.index.name = "code"
    return (present / len(catalogue_set)).astype(float).rename("coverage_types")
