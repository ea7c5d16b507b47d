"""CSV (and other delimited text) files: encoding, delimiter, header row, then one bulk parse.

The first rows are read with Python's csv module to find the encoding, the delimiter (`,` `;` tab `|`)
and the header row (title rows above it are allowed). The data below the header is parsed in one call
by pyarrow's multithreaded C++ reader, never by a Python row loop. Only when pyarrow meets rows whose
length differs from the header does a careful Python pass run, to say exactly which rows are ragged.

Row numbers count rows as a spreadsheet shows them: title rows and the header row count, and a quoted
value that spans several lines stays one row.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from ovop_analytics.errors import UnreadableFileError
from ovop_analytics.ingest.dictionary import FIELDS, header_score
from ovop_analytics.ingest.model import MB, Limits, Problem, Progress, RawTable
from ovop_analytics.problems import Reason

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}  # i18n keys ws_delimiter_<name>
HEADER_SEARCH_ROWS = 30  # the header must be among the first rows; below are titles and notes
HEAD_BYTES = 4 * MB  # how much of the file the header search may read
MAX_RAGGED_REPORTED = 50
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    """Windows-1252 leaves five bytes undefined; read those as Latin-1 rather than failing."""
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error("ovop_latin1_fallback", _latin1_fallback)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _as_utf8(data: bytes, first_bad: int) -> bytes:
    """Transcode a Windows-1252/Latin-1 file to UTF-8; refuse a file that mixes it with UTF-8 text."""
    utf8 = _UTF8_SEQUENCE.search(data)
    if utf8 is not None:
        raise UnreadableFileError(Reason("mixed_encodings", utf8_line=_line_of(data, utf8.start()),
                                         bad_line=_line_of(data, first_bad), byte=f"0x{data[first_bad]:02x}"))
    return data.decode("cp1252", errors="ovop_latin1_fallback").encode("utf-8")


def _first_invalid_utf8(data: bytes) -> int | None:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start
    return None


def _prepare_text(data: bytes) -> tuple[bytes, int, str]:
    """(UTF-8 bytes, offset where the text starts, encoding name) for any of the encodings we accept."""
    if data.startswith(codecs.BOM_UTF8):
        return data, 3, "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16").encode("utf-8"), 0, "utf-16"
        except UnicodeDecodeError:
            raise UnreadableFileError(Reason("utf16_damaged")) from None
    head = data[:64 * 1024]
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:  # not just a character cut at the end of the sample
            return _as_utf8(data, _first_invalid_utf8(data) or error.start), 0, "windows-1252"
    return data, 0, "utf-8"


def _head_records(data: bytes, start: int, delimiter: str) -> list[tuple[list[str], int]]:
    """The first rows as the csv module reads them, each with the byte offset where it ends."""
    limit = min(len(data), start + HEAD_BYTES)
    line_ends: list[int] = []

    def lines() -> Iterator[str]:
        position = start
        while position < limit:
            newline = data.find(b"\n", position, limit)
            stop = limit if newline == -1 else newline + 1
            line_ends.append(stop)
            yield data[position:stop].decode("utf-8", errors="replace")
            position = stop

    records: list[tuple[list[str], int]] = []
    reader = csv.reader(lines(), delimiter=delimiter, quotechar='"', doublequote=True)
    try:
        for row in reader:
            records.append((row, line_ends[-1]))
            if len(records) >= HEADER_SEARCH_ROWS:
                break
    except csv.Error:
        pass  # a huge or broken value: the rows before it are enough to look for the header
    return records


def _find_header(data: bytes, start: int) -> tuple[str, int, list[str], int]:
    """(delimiter, header row index, header cells, byte offset after the header) of the best candidate."""
    best: tuple[int, int, str, list[str], int] | None = None
    first_rows: list[list[str]] = []
    for delimiter in DELIMITERS:
        records = _head_records(data, start, delimiter)
        if delimiter == ",":
            first_rows = [row for row, _ in records if any(cell.strip() for cell in row)][:2]
        for index, (row, end) in enumerate(records):
            score = header_score(row)
            if score >= 2:
                candidate = (score, -index, delimiter, row, end)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
                break
    if best is None:
        shown = " | ".join(",".join(row)[:80] for row in first_rows) or "(nothing readable)"
        expected = ", ".join(field.header_id for field in FIELDS)
        raise UnreadableFileError(Reason("no_header_csv", first=HEADER_SEARCH_ROWS, expected=expected,
                                         begins=shown))
    _, negative_index, delimiter, header, end = best
    return delimiter, -negative_index, [cell.strip() for cell in header], end


def _careful_parse(text: str, delimiter: str, width: int, first_row: int,
                   limits: Limits) -> tuple[pa.Table, list[Problem], int]:
    """Row-by-row parse for files with ragged rows: exact row numbers for every row that does not fit."""
    columns: list[list[str]] = [[] for _ in range(width)]
    problems: list[Problem] = []
    short_rows = 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True)
    number = first_row - 1
    try:
        for number, row in enumerate(reader, first_row):
            if number - first_row >= limits.max_rows:
                raise UnreadableFileError(Reason("too_many_rows", limit=limits.max_rows))
            if len(row) > width:
                extra = [cell for cell in row[width:] if cell.strip()]
                if extra:
                    if len(problems) < MAX_RAGGED_REPORTED:
                        problems.append(Problem(Reason("ragged_row", values=len(row), width=width,
                                                       lost=extra[0][:40]), row=number))
                    else:
                        problems.append(Problem(Reason("ragged_row_again"), row=number))
                row = row[:width]
            elif 0 < len(row) < width:
                short_rows += 1
                row = row + [""] * (width - len(row))
            elif not row:
                row = [""] * width
            for column, cell in zip(columns, row):
                column.append(cell)
    except csv.Error:
        raise UnreadableFileError(Reason("unclosed_quote"),
                                  [Problem(Reason("unclosed_quote_here"), row=number + 1)]) from None
    table = pa.table({f"c{i}": pa.array(values, pa.string()) for i, values in enumerate(columns)})
    return table, problems, short_rows


def read_csv(data: bytes, limits: Limits, progress: Progress | None = None) -> RawTable:
    """Read a delimited text file into a RawTable; raise UnreadableFileError for a file we cannot read."""
    text, start, encoding = _prepare_text(data)
    delimiter, header_index, header, data_start = _find_header(text, start)
    if len(header) > limits.max_columns:
        raise UnreadableFileError(Reason("too_many_columns", count=len(header), limit=limits.max_columns))
    header_row = header_index + 1
    notes = []
    if header_row > 1:
        notes.append(Reason("note_title_row") if header_row == 2 else Reason("note_title_rows", last=header_row - 1))
    if progress:
        progress(0.05, f"header found in row {header_row}; reading the rows")
    names = [f"c{i}" for i in range(len(header))]
    table, problems, short_rows = _bulk_parse(text, data_start, delimiter, names, header_row, limits)
    if table is None and encoding.startswith("utf-8"):
        first_bad = _first_invalid_utf8(text)
        if first_bad is not None:  # the sample was UTF-8 but a later row is not
            text, encoding = _as_utf8(text, first_bad), "windows-1252"
            data_start = _find_header(text, start)[3]
            table, problems, short_rows = _bulk_parse(text, data_start, delimiter, names, header_row, limits)
    if table is None:
        body = text[data_start:].decode("utf-8", errors="replace")
        table, problems, short_rows = _careful_parse(body, delimiter, len(header), header_row + 1, limits)
    if short_rows:
        notes.append(Reason("note_short_row") if short_rows == 1 else Reason("note_short_rows", count=short_rows))
    if table.num_rows > limits.max_rows:
        raise UnreadableFileError(Reason("too_many_rows", limit=limits.max_rows))
    row_numbers = np.arange(header_row + 1, header_row + 1 + table.num_rows, dtype=np.int64)
    return RawTable(header=header, columns=table, row_numbers=row_numbers, header_row=header_row, format="csv",
                    encoding=encoding, delimiter=delimiter, problems=problems, notes=notes)


def _bulk_parse(text: bytes, data_start: int, delimiter: str, names: list[str], header_row: int,
                limits: Limits) -> tuple[pa.Table | None, list[Problem], int]:
    """pyarrow's parse of everything below the header; None when rows are ragged or text is not UTF-8."""
    if not text[data_start:data_start + 65536].strip() and not text[data_start:].strip():
        return pa.table({name: pa.array([], pa.string()) for name in names}), [], 0
    ragged = 0

    def on_invalid_row(row: pacsv.InvalidRow) -> str:
        nonlocal ragged
        ragged += 1
        return "skip"

    # Only a quoted value can hold a line break. Without any quote character in the text every line
    # break ends a row, and pyarrow's plain block splitter (a third less work than the quote-aware
    # one, issue #5) reads exactly the same rows.
    quoted = text.find(b'"', data_start) != -1
    try:
        table = pacsv.read_csv(
            pa.BufferReader(pa.py_buffer(text).slice(data_start)),
            read_options=pacsv.ReadOptions(column_names=names, block_size=8 * MB),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, quote_char='"', double_quote=True,
                                              escape_char=False, newlines_in_values=quoted,
                                              ignore_empty_lines=False, invalid_row_handler=on_invalid_row),
            convert_options=pacsv.ConvertOptions(column_types={name: pa.string() for name in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False))
    except pa.ArrowInvalid:
        return None, [], 0  # invalid UTF-8, an unclosed quote or a value beyond a block: the careful path says which
    if ragged:
        return None, [], 0
    return table, [], 0
