"""Rows of an upload that repeat an earlier row exactly (same region and values), found on integer codes of
each column so a million rows take a fraction of a second; a file may allow them (`allow_duplicates`) or a
person may mark repeats as separate records."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ovop_analytics.ingest.validate import Checked

_DUPLICATE_FIELDS = ("year", "program", "commodity_group", "type", "star", "entity_name", "product", "source")


def _codes_of(array: pa.Array) -> np.ndarray:
    """Integer code per row of any column (nulls share one code), for the duplicate check."""
    if isinstance(array, pa.ChunkedArray):  # one dictionary for all rows, not one per chunk
        array = array.combine_chunks()
    indices = pc.dictionary_encode(array).indices
    return pc.fill_null(indices, -1).to_numpy(zero_copy_only=False).astype(np.int64)


def duplicates(checked: Checked, row_codes: pa.Array, name_index: np.ndarray,
                bad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(positions of rows that repeat an earlier row exactly, position of that earlier row)."""
    count = len(checked.rows)
    if count < 2:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    # When a free-text field never repeats (names of a million IKMs), no row can repeat another.
    if checked.unique_fields:
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    parts = [checked.codes[name] if name in checked.codes else _codes_of(checked.values[name])
             for name in _DUPLICATE_FIELDS if name in checked.values]
    region = pc.fill_null(pc.index_in(row_codes, value_set=pc.unique(row_codes).drop_null(), skip_nulls=True), -1)
    region = region.to_numpy(zero_copy_only=False).astype(np.int64)
    region = np.where(region < 0, -2 - name_index, region)  # a name awaiting review stands for itself
    parts.insert(0, region)
    key = np.zeros(count, dtype=np.int64)
    for part in parts:
        part = part - part.min()
        width = int(part.max()) + 1
        if key.max() >= (2 ** 62) // max(width, 1):
            key = pd.factorize(key)[0].astype(np.int64)
        key = key * width + part
    key = np.where(bad, -1 - np.arange(count), key)  # rows with problems are checked again once fixed
    if not pd.Series(key).duplicated().any():  # the usual case, and the cheap test
        return np.array([], dtype=np.int64), np.array([], dtype=np.int64)
    codes = pd.factorize(key)[0]
    seen_before = np.concatenate([[-1], np.maximum.accumulate(codes)[:-1]])
    repeated = np.flatnonzero(codes <= seen_before)
    if len(repeated) == 0:
        return repeated, repeated
    first_positions = np.flatnonzero(codes > seen_before)
    originals = first_positions[codes[repeated]]
    hashed = [name for name in checked.hashed if name in checked.values]
    if hashed and not _same_values(checked, hashed, repeated, originals):
        # two different texts with one 64-bit hash: check again with codes of the texts themselves
        exact = dataclasses.replace(checked, hashed=set(),
                                    codes={n: c for n, c in checked.codes.items() if n not in checked.hashed})
        return duplicates(exact, row_codes, name_index, bad)
    return repeated, originals


def _same_values(checked: Checked, fields: list[str], rows: np.ndarray, others: np.ndarray) -> bool:
    """True when each of `rows` has the same value as its row in `others` in every one of `fields`."""
    rows, others = pa.array(rows), pa.array(others)
    for name in fields:
        column = checked.values[name]
        left, right = column.take(rows), column.take(others)
        both_empty = pc.and_(pc.is_null(left), pc.is_null(right))
        if not pc.all(pc.or_(pc.fill_null(pc.equal(left, right), False), both_empty)).as_py():
            return False
    return True
