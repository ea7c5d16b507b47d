"""Fixing an upload in the browser: cells corrected, rows dropped, repeats kept as separate records.

Edits are kept against the file as it was uploaded (its row numbers and columns), never against an
intermediate version, so that every problem, every edit and the dataset's provenance speak of the rows
the person sees in their own file. After each change the file is written again as CSV with its rows at
their original numbers (blank lines where rows were dropped or above the header) and checked again from
the start by `parse_upload`: the same validation as any upload, nothing loaded until it is all clean.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ovop_analytics.ingest.model import Limits, RawTable
from ovop_analytics.ingest import pipeline
from ovop_analytics.ingest.pipeline import ParsedUpload, apply_corrections, parse_upload
from ovop_analytics.problems import say

GRID_ROWS = 500  # rows with problems shown for editing at once; the next ones appear as these are fixed
DROP, SEPARATE, PROBLEM, ROW = "_drop", "_separate", "_problem", "_row"


def cell_column(index: int) -> str:
    """The grid's id of the file's column `index` (headers as written may repeat or be empty)."""
    return f"c{index}"


def note_column(index: int) -> str:
    """The grid's column beside column `index` that says what is wrong with its cell."""
    return f"p{index}"


@dataclass(frozen=True)
class Edits:
    """What the person changed, by file row number and column index of the uploaded file."""

    cells: Mapping[tuple[int, int], str] = field(default_factory=dict)
    dropped: frozenset[int] = frozenset()
    separate: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.cells or self.dropped or self.separate)

    def provenance(self, raw: RawTable, filename: str) -> dict:
        """The record kept with the dataset: which cells were changed from what to what, which rows dropped."""
        original = _original_cells(raw)
        return {
            "file": filename,
            "edited_cells": [{"row": row, "column": raw.header[column] or f"#{column + 1}",
                              "from": original.get((row, column), ""), "to": text}
                             for (row, column), text in sorted(self.cells.items())],
            "dropped_rows": sorted(self.dropped),
            "separate_records": sorted(self.separate),
        }


def _original_cells(raw: RawTable) -> dict[tuple[int, int], str]:
    rows = raw.row_numbers.tolist()
    return {(row, index): text for index in range(raw.columns.num_columns)
            for row, text in zip(rows, raw.columns.column(index).to_pylist())}


def _rows(raw: RawTable, edits: Edits) -> list[tuple[int, list[str]]]:
    """(file row, cells) of every data row as edited, dropped rows left out."""
    columns = [raw.columns.column(index).to_pylist() for index in range(raw.columns.num_columns)]
    result = []
    for position, row in enumerate(raw.row_numbers.tolist()):
        if row in edits.dropped:
            continue
        cells = [edits.cells.get((row, index), column[position] or "") for index, column in enumerate(columns)]
        result.append((row, cells))
    return result


def working_file(raw: RawTable, edits: Edits) -> bytes:
    """The file as edited, as UTF-8 CSV with every row at its original number (blank lines fill the gaps),
    so that the new check reports the row numbers the person knows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    buffer.write("\n" * (raw.header_row - 1))
    writer.writerow(raw.header)
    line = raw.header_row
    for row, cells in _rows(raw, edits):
        buffer.write("\n" * max(0, row - line - 1))
        writer.writerow(cells)
        line = row
    return buffer.getvalue().encode("utf-8")


def corrected_file(raw: RawTable, edits: Edits) -> bytes:
    """The corrected file to download: header and rows as edited, UTF-8 CSV a spreadsheet opens."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(raw.header)
    for _, cells in _rows(raw, edits):
        writer.writerow(cells)
    return buffer.getvalue().encode("utf-8-sig")


def recheck(original: ParsedUpload, edits: Edits, corrections: pd.DataFrame | None = None,
            limits: Limits | None = None) -> ParsedUpload:
    """`original` (the upload as first read) with `edits` applied, checked again from the start, and the
    person's answers for region names (`corrections`) applied again."""
    if not edits:
        parsed = original
    else:
        parsed = parse_upload(working_file(original.raw, edits), original.filename or "upload.csv",
                              default_program=original.default_program, limits=limits,
                              allow_duplicates=original.allow_duplicates, separate_rows=edits.separate)
        # the file name and the reading details (encoding, delimiter, sheet) stay those of the upload
        parsed = _as_uploaded(parsed, original, edits)
    if corrections is not None and len(corrections):
        parsed = apply_corrections(parsed, corrections)
    return parsed


def _as_uploaded(parsed: ParsedUpload, original: ParsedUpload, edits: Edits) -> ParsedUpload:
    """The rechecked upload told as the uploaded file: its name and reading details, its blank rows, and
    its reading problems (a row with more values than columns) for the rows still in it: rewriting the
    file must not make a lost value disappear silently; such a row is fixed by dropping it."""
    fields = pipeline._fields(parsed)
    fields["raw"] = dataclasses.replace(
        parsed.raw, format=original.raw.format, encoding=original.raw.encoding, delimiter=original.raw.delimiter,
        sheet=original.raw.sheet, problems=[p for p in original.raw.problems if p.row not in edits.dropped])
    fields["checked"] = dataclasses.replace(parsed.checked, blank_rows=original.checked.blank_rows)
    fields["filename"] = original.filename
    return pipeline._assemble(fields)


def problem_grid(parsed: ParsedUpload, original: ParsedUpload, edits: Edits, lang: str,
                 limit: int = GRID_ROWS) -> pd.DataFrame:
    """Rows with problems as an editable table: the drop / separate-record marks and every problem of the
    row first, then the file's columns as edited so far, each followed by the problem of its cell."""
    rows = [int(row) for row in parsed.checked.rows[parsed.bad][:limit]]
    header = original.raw.header
    by_cell: dict[tuple[int, int], list[str]] = {}
    by_row: dict[int, list[str]] = {}
    index_of = {name: index for index, name in enumerate(header)}
    for problem in parsed.problems:
        if problem.row is None:
            continue
        text = say(problem.message, lang)
        if problem.column is not None and problem.column in index_of:
            by_cell.setdefault((problem.row, index_of[problem.column]), []).append(text)
            # also in the row's summary, so a wide file scrolled to its first columns still says what is wrong
            by_row.setdefault(problem.row, []).append(f"{problem.column}: {text}")
        else:
            by_row.setdefault(problem.row, []).append(text)
    with_notes = sorted({column for _, column in by_cell})
    cells = _current_cells(original.raw, edits, set(rows))
    records = []
    for row in rows:
        record: dict[str, object] = {ROW: row}
        for index in range(len(header)):
            record[cell_column(index)] = cells.get((row, index), "")
            if index in with_notes:
                record[note_column(index)] = "; ".join(by_cell.get((row, index), []))
        record[PROBLEM] = "; ".join(by_row.get(row, []))
        record[DROP] = False
        record[SEPARATE] = row in edits.separate
        records.append(record)
    columns = [ROW, DROP, SEPARATE, PROBLEM]  # the marks first: a wide file scrolls, these stay in view
    for index in range(len(header)):
        columns.append(cell_column(index))
        if index in with_notes:
            columns.append(note_column(index))
    return pd.DataFrame(records, columns=columns)


def _current_cells(raw: RawTable, edits: Edits, rows: set[int]) -> dict[tuple[int, int], str]:
    positions = np.flatnonzero(np.isin(raw.row_numbers, list(rows)))
    numbers = raw.row_numbers[positions].tolist()
    cells = {}
    for index in range(raw.columns.num_columns):
        texts = raw.columns.column(index).take(positions).to_pylist()
        for row, text in zip(numbers, texts):
            cells[(row, index)] = edits.cells.get((row, index), text or "")
    return cells


def with_grid(edits: Edits, before: pd.DataFrame, after: pd.DataFrame, raw: RawTable) -> Edits:
    """`edits` plus what the person changed in the grid (`before` as shown, `after` as edited)."""
    cells = dict(edits.cells)
    dropped, separate = set(edits.dropped), set(edits.separate)
    original = None
    shown = before.set_index(ROW)
    for record in after.to_dict("records"):
        row = int(record[ROW])
        if row not in shown.index:
            continue
        if record.get(DROP):
            dropped.add(row)
        if bool(record.get(SEPARATE)) != (row in edits.separate):
            (separate.add if record.get(SEPARATE) else separate.discard)(row)
        for index in range(raw.columns.num_columns):
            text = record.get(cell_column(index))
            text = "" if text is None or (isinstance(text, float) and np.isnan(text)) else str(text)
            if text != shown.at[row, cell_column(index)]:
                original = original if original is not None else _original_cells(raw)
                if text == original.get((row, index), ""):
                    cells.pop((row, index), None)  # changed back to what the file says
                else:
                    cells[(row, index)] = text
    return Edits(cells=cells, dropped=frozenset(dropped), separate=frozenset(separate))
