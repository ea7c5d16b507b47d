"""XLSX workbooks, read with openpyxl in read-only (streaming) mode, guarded against zip bombs.

An XLSX is a zip of XML parts. Before openpyxl opens anything, the zip directory is checked: the
parts may unpack to at most XLSX_EXPANSION_FACTOR times the upload limit in total, and the shared
strings (which openpyxl loads whole) to at most the upload limit. A part whose directory entry lies
about its size fails its CRC check in `zipfile` as soon as it expands past the stated size. While rows
stream, the row and column limits are counted, so a sheet that declares or holds more rows than
allowed is refused after reading at most `max_rows` rows.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, time
from xml.etree.ElementTree import ParseError

import numpy as np
import pyarrow as pa
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from ovop_analytics.errors import UnreadableFileError
from ovop_analytics.ingest.dictionary import header_score
from ovop_analytics.ingest.model import XLSX_EXPANSION_FACTOR, Limits, Problem, Progress, RawTable, size_text
from ovop_analytics.problems import Reason

EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_COLUMNS = 16_384
HEADER_SEARCH_ROWS = 30
_READ_ERRORS = (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, ParseError, OSError,
                EOFError)


def check_zip(data: bytes, limits: Limits) -> None:
    """Refuse a workbook whose parts would unpack beyond the limits, before any part is decompressed."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise UnreadableFileError(Reason("xlsx_damaged")) from None
    with archive:
        members = archive.infolist()
        names = {member.filename for member in members}
        if "xl/workbook.xml" not in names:
            raise UnreadableFileError(Reason("file_is_ods" if "content.xml" in names else "file_is_zip"))
        total = sum(member.file_size for member in members)
        if total > limits.max_expanded_bytes:
            raise UnreadableFileError(Reason("workbook_expands", size=size_text(total),
                                             limit=size_text(limits.max_expanded_bytes), packed=size_text(len(data)),
                                             factor=XLSX_EXPANSION_FACTOR))
        for member in members:
            if member.filename.endswith("sharedStrings.xml") and member.file_size > limits.max_bytes:
                raise UnreadableFileError(Reason("workbook_strings_too_large", size=size_text(member.file_size),
                                                 limit=size_text(limits.max_bytes)))


def _cell_text(value: object) -> str:
    """A cell as the text a CSV export would show: 2019.0 -> '2019', 33.02 -> '33.02', dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def _trimmed(row: tuple) -> list[str]:
    cells = [_cell_text(value) for value in row]
    while cells and not cells[-1].strip():
        cells.pop()
    return cells


def _choose_sheet(workbook, sheet: str | int | None):  # noqa: ANN001, ANN202 - openpyxl types
    names = workbook.sheetnames
    if sheet is None:
        return None
    wanted = str(sheet).strip()
    for name in names:
        if name == wanted or name.casefold() == wanted.casefold():
            return workbook[name]
    if wanted.isdigit() and 1 <= int(wanted) <= len(names):
        return workbook.worksheets[int(wanted) - 1]
    raise UnreadableFileError(Reason("no_such_sheet", sheet=wanted, sheets=", ".join(names)))


def _header_in(worksheet) -> tuple[int, list[str]] | None:  # noqa: ANN001
    """(row index, cells) of the header among the first rows of a sheet, or None."""
    worksheet.reset_dimensions()
    for index, row in enumerate(worksheet.iter_rows(min_row=1, max_row=HEADER_SEARCH_ROWS, values_only=True)):
        cells = _trimmed(row)
        if header_score(cells) >= 2:
            return index, [cell.strip() for cell in cells]
    return None


def read_xlsx(data: bytes, sheet: str | int | None, limits: Limits, progress: Progress | None = None) -> RawTable:
    """Read one sheet (the chosen one, else the first with a header row) into a RawTable."""
    check_zip(data, limits)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except _READ_ERRORS as error:
        raise UnreadableFileError(Reason("xlsx_unopenable", detail=str(error)[:120])) from None
    try:
        return _read_sheet(workbook, sheet, limits, progress)
    except _READ_ERRORS as error:
        raise UnreadableFileError(Reason("xlsx_unreadable", detail=str(error)[:120])) from None
    finally:
        workbook.close()


def _read_sheet(workbook, sheet: str | int | None, limits: Limits,  # noqa: ANN001
                progress: Progress | None) -> RawTable:
    chosen = _choose_sheet(workbook, sheet)
    notes: list[str] = []
    candidates = [chosen] if chosen is not None else list(workbook.worksheets)
    found = None
    for worksheet in candidates:
        declared_rows, declared_columns = worksheet.max_row or 0, worksheet.max_column or 0
        if declared_rows > EXCEL_MAX_ROWS or declared_columns > EXCEL_MAX_COLUMNS:
            raise UnreadableFileError(Reason("sheet_declares_too_much", sheet=worksheet.title, rows=declared_rows,
                                             columns=declared_columns, max_rows=EXCEL_MAX_ROWS,
                                             max_columns=EXCEL_MAX_COLUMNS))
        header = _header_in(worksheet)
        if header is not None:
            found = (worksheet, *header)
            break
    if found is None:
        if chosen is not None:
            raise UnreadableFileError(Reason("no_header_sheet", sheet=chosen.title, first=HEADER_SEARCH_ROWS))
        raise UnreadableFileError(Reason("no_header_workbook", sheets=", ".join(workbook.sheetnames),
                                         first=HEADER_SEARCH_ROWS))
    worksheet, header_index, header = found
    expected_rows = max(declared_rows, 1)  # the found sheet's declared size, for progress only
    if chosen is None and worksheet is not workbook.worksheets[0]:
        notes.append(Reason("note_other_sheet", sheet=worksheet.title))
    if len(header) > limits.max_columns:
        raise UnreadableFileError(Reason("too_many_columns", count=len(header), limit=limits.max_columns))
    header_row = header_index + 1
    if header_row > 1:
        notes.append(Reason("note_title_row") if header_row == 2 else Reason("note_title_rows", last=header_row - 1))
    width = len(header)
    columns: list[list[str]] = [[] for _ in range(width)]
    numbers: list[int] = []
    problems: list[Problem] = []
    worksheet.reset_dimensions()
    for number, row in enumerate(worksheet.iter_rows(min_row=header_row + 1, values_only=True), header_row + 1):
        if number > EXCEL_MAX_ROWS:
            raise UnreadableFileError(Reason("sheet_rows_beyond_excel", sheet=worksheet.title,
                                             max_rows=EXCEL_MAX_ROWS))
        cells = _trimmed(row)
        if not cells:
            continue
        if len(numbers) >= limits.max_rows:
            raise UnreadableFileError(Reason("sheet_too_many_rows", sheet=worksheet.title, limit=limits.max_rows))
        if len(cells) > width:
            if len(cells) > limits.max_columns:
                raise UnreadableFileError(Reason("row_too_many_columns", row=number, count=len(cells),
                                                 limit=limits.max_columns))
            extra = next(cell for cell in cells[width:] if cell.strip())
            problems.append(Problem(Reason("value_right_of_last_column", value=extra[:40]), row=number))
            cells = cells[:width]
        cells += [""] * (width - len(cells))
        numbers.append(number)
        for column, cell in zip(columns, cells):
            column.append(cell)
        if progress and len(numbers) % 50_000 == 0:
            progress(min(0.95, 0.05 + 0.9 * number / expected_rows),
                     f"{len(numbers):,} rows read from sheet '{worksheet.title}'")
    table = pa.table({f"c{i}": pa.array(values, pa.string()) for i, values in enumerate(columns)})
    return RawTable(header=header, columns=table, row_numbers=np.array(numbers, dtype=np.int64),
                    header_row=header_row, format="xlsx", sheet=worksheet.title, problems=problems, notes=notes)
