"""Small shared types of the ingest package: limits, problems, the raw table a reader returns, progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from ovop_analytics import config

Progress = Callable[[float, str], None]  # (fraction 0..1, message) for long reads and loads

MB = 1024 * 1024
# An XLSX is a zip: its parts may unpack to at most this many times the upload limit in total. Real
# workbooks expand 5-10x; a zip bomb expands thousands of times and is refused before any part is read.
XLSX_EXPANSION_FACTOR = 4
MAX_TEXT_LENGTH = 2000  # characters in one cell: longer is almost always an unclosed quote swallowing rows


def size_text(size: int) -> str:
    """'48 KB', '3.2 MB': sizes in messages, readable at any scale."""
    return f"{size / MB:,.1f} MB" if size >= MB else f"{size / 1024:,.0f} KB"


@dataclass(frozen=True)
class Limits:
    """What an operator allows one file to be (settings max_upload_mb, max_rows, max_columns,
    max_unknown_region_names)."""

    max_bytes: int
    max_rows: int
    max_columns: int
    max_unknown_region_names: int = 2000  # distinct names needing a fuzzy search (see region_review)

    @classmethod
    def from_config(cls) -> Limits:
        return cls(max_bytes=int(float(config.get("max_upload_mb")) * MB), max_rows=int(config.get("max_rows")),
                   max_columns=int(config.get("max_columns")),
                   max_unknown_region_names=int(config.get("max_unknown_region_names")))

    @property
    def max_expanded_bytes(self) -> int:
        return self.max_bytes * XLSX_EXPANSION_FACTOR


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file, and where: `row` counts rows as a spreadsheet shows them (the header
    row and any title rows above it included; a quoted value spanning lines stays one row)."""

    message: str
    row: int | None = None
    column: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        if self.value is not None:
            shown = self.value if len(self.value) <= 60 else self.value[:57] + "..."
            shown = shown.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
            where.append(f"value '{shown}'")
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class RawTable:
    """What a reader found: the header as written and every data row as text, with its row number."""

    header: list[str]
    columns: pa.Table  # one string column per header cell (named c0, c1, ...), '' for an empty cell
    row_numbers: np.ndarray  # int64, the file row number of each data row
    header_row: int
    format: str  # 'csv' | 'xlsx'
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    problems: list[Problem] = field(default_factory=list)  # row-level reading problems (ragged rows)
    notes: list[str] = field(default_factory=list)  # what the reader did that a user may want to know

    def column(self, index: int) -> pa.ChunkedArray:
        return self.columns.column(index)
