"""Checking and normalising the rows of a RawTable, column by column, without a Python loop over rows.

Each column's distinct values are parsed once (a million rows of years have a few dozen distinct
values) and the result is spread back over the rows with pyarrow's `take`. Every problem names the
file row, the column as written in the file and the value.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ovop_analytics.ingest.dictionary import PROGRAMS, REGION_FIELDS, HeaderMap
from ovop_analytics.ingest.model import MAX_TEXT_LENGTH, Problem, RawTable
from ovop_analytics.ingest.values import (parse_commodity, parse_program, parse_region_code, parse_star,
                                          parse_year)
from ovop_analytics.problems import Reason
from ovop_analytics.store.connection import scratch

MAX_PROBLEMS_PER_CHECK = 200  # rows listed for one kind of problem; the count says how many there are in all
TEXT_FIELDS = ("type", "entity_name", "product", "source")
# From this many rows a free-text column is hashed by DuckDB on both cores (plus ~13 ms to open an
# in-memory DuckDB) rather than dictionary-encoded by pyarrow on one (~120 ms per million names).
HASH_ROWS = 100_000
_IDENTITY_ORDER = ("entity_name", "product", "source", "type")  # the field most likely never to repeat first
_HASH_SQL = "SELECT hash(value) AS h FROM texts"  # DuckDB's 64-bit hash of each row's text
_PARSERS: dict[str, tuple[Callable[[str], tuple[object, str | None]], pa.DataType]] = {
    "year": (parse_year, pa.int32()),
    "star": (parse_star, pa.int8()),
    "commodity_group": (parse_commodity, pa.string()),
    "program": (parse_program, pa.string()),
    "region_code": (parse_region_code, pa.string()),
}
_REQUIRED_PER_ROW = {"year": "year_empty", "program": "program_empty"}  # field -> problem code when empty


@dataclass
class Checked:
    """Rows that hold data (blank rows and trailing notes removed), normalised, with what is wrong."""

    rows: np.ndarray  # file row number of each kept row
    values: dict[str, pa.Array]  # field -> normalised values, one per kept row (nulls where empty or invalid)
    codes: dict[str, np.ndarray]  # free-text field -> int code per row of its value (for duplicate checks)
    bad: np.ndarray  # bool per kept row: the row has at least one problem
    invalid: dict[str, np.ndarray] = field(default_factory=dict)  # field -> bool per row: value did not parse
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    blank_rows: int = 0
    note_rows: list[tuple[int, str]] = field(default_factory=list)
    unique_fields: set[str] = field(default_factory=set)  # fields whose value never repeats: no duplicate rows
    # fields whose `codes` number 64-bit hashes, not values: equal codes are only probably equal values,
    # so the duplicate check compares the values of the rows it reports (ingest.duplicates)
    hashed: set[str] = field(default_factory=set)
    region_codes_given: int = 0  # distinct region codes that parsed (the summary's count, known here for free)

    def add(self, message: str, rows: np.ndarray, column: str | None, values: list[str] | None) -> None:
        """Record one problem for each of `rows` (positions in the kept rows), listing at most a few hundred."""
        if len(rows) == 0:
            return
        self.bad[rows] = True
        self.problem_count += len(rows)
        shown = rows[:MAX_PROBLEMS_PER_CHECK]
        for position, value in zip(shown, values if values is not None else [None] * len(shown)):
            self.problems.append(Problem(message, row=int(self.rows[position]), column=column, value=value))


def _note_rows(filled: np.ndarray, columns: int) -> list[int]:
    """Trailing rows with one filled cell: the 'Sumber: BPS' and 'Catatan: ...' lines that statistical
    exports put under a table. They are skipped (and listed in the notes), not reported as errors."""
    full = np.flatnonzero(filled >= 2)
    if not len(full) or columns < 2:
        return []
    tail = np.arange(full[-1] + 1, len(filled))
    return [int(i) for i in tail if filled[i] == 1]


@dataclass
class _Distinct:
    """A column as its distinct values (stripped) and, per row, the position of its value among them."""

    texts: list[str]
    positions: np.ndarray


def _distinct(column: pa.ChunkedArray) -> _Distinct:
    # One hash pass (dictionary_encode) instead of two (unique, then index_in); one dictionary for all chunks.
    encoded = pc.dictionary_encode(column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column)
    positions = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    return _Distinct([text.strip() for text in encoded.dictionary.to_pylist()], positions)


class _Identity:
    """Per free-text field: does a value ever repeat, and if it does, a code per row for the duplicate check.

    Fed on the background thread one field after another; once a field never repeats, no two rows can be
    equal and the later fields are skipped. Large columns are hashed by DuckDB on both cores: all hashes
    different proves all values different; otherwise the hashes serve as codes, and the duplicate check
    compares the values of the rows it reports (a 64-bit collision is then caught, not trusted).
    """

    def __init__(self, count: int) -> None:
        self.count = count
        self.unique: set[str] = set()
        self.codes: dict[str, np.ndarray] = {}
        self.hashed: set[str] = set()
        self._connection = ExitStack()
        self._con: duckdb.DuckDBPyConnection | None = None

    def add(self, name: str, column: pa.Array) -> None:
        if self.unique:
            return
        if len(column) < HASH_ROWS:
            encoded = pc.dictionary_encode(column)
            if len(encoded.dictionary) == self.count:
                self.unique.add(name)
            else:
                self.codes[name] = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False).astype(np.int64)
            return
        self.open()
        self._con.register("texts", pa.table({"value": column}))
        try:
            hashes = self._con.execute(_HASH_SQL).fetchnumpy()["h"]
        finally:
            self._con.unregister("texts")
        if len(hashes) == self.count and pd.Index(hashes).is_unique:
            self.unique.add(name)
            return
        self.codes[name] = pd.factorize(hashes)[0].astype(np.int64)
        self.hashed.add(name)

    def open(self) -> None:
        """Open the in-memory DuckDB (~13 ms), ahead of the first column when it is known to be needed."""
        if self._con is None:
            self._con = self._connection.enter_context(scratch())

    def close(self) -> None:
        self._connection.close()


def check(raw: RawTable, header: HeaderMap, default_program: str | None = None) -> Checked:
    """Normalise every mapped column and collect the problems; nothing here reads regions by name.

    Columns parsed from a few distinct values (years, stars, groups, programs, codes) are never
    trimmed row by row: their distinct values are. Free-text columns are trimmed by pyarrow.
    """
    field_of = {index: name for name, index in header.columns.items()}
    count_all = raw.columns.num_rows
    filled = np.zeros(count_all, dtype=np.int32)
    distinct: dict[str, _Distinct] = {}
    texts: dict[int, pa.Array] = {}
    # Free-text fields are told apart for the duplicate check (a hash pass over a million distinct names)
    # on the second core while the coded columns are parsed here (pyarrow and DuckDB release the GIL).
    identity = _Identity(count_all)
    identifying: list[Future] = []
    order = {name: position for position, name in enumerate(_IDENTITY_ORDER)}
    text_columns = sorted((index for index in range(raw.columns.num_columns)
                           if field_of.get(index) not in _PARSERS),
                          key=lambda index: order.get(field_of.get(index), len(order)))
    # the background thread is waited for before the connection it may be using is closed
    with ExitStack() as cleanup, ThreadPoolExecutor(max_workers=1) as background:
        cleanup.callback(identity.close)
        if count_all >= HASH_ROWS and any(name in header.columns for name in TEXT_FIELDS):
            identifying.append(background.submit(identity.open))  # while the first text column is trimmed
        for index in text_columns:
            name = field_of.get(index)
            trimmed = pc.utf8_trim_whitespace(raw.column(index).combine_chunks())
            texts[index] = trimmed
            if name in TEXT_FIELDS:
                identifying.append(background.submit(identity.add, name, trimmed))
            filled += pc.not_equal(trimmed, "").to_numpy(zero_copy_only=False).astype(np.int32)
        for index in range(raw.columns.num_columns):
            name = field_of.get(index)
            if name in _PARSERS:
                found = _distinct(raw.column(index))
                distinct[name] = found
                if found.texts and all(found.texts):  # no empty cell: every row is filled here
                    filled += 1
                elif found.texts:
                    filled += np.array([bool(text) for text in found.texts], dtype=np.int32)[found.positions]
        keep, notes, blank_rows, texts, distinct = _drop_blank_and_note_rows(raw, filled, texts, distinct)
        rows = raw.row_numbers[keep]
        checked = Checked(rows=rows, values={}, codes={}, bad=np.zeros(len(rows), dtype=bool),
                          blank_rows=blank_rows, note_rows=notes)
        _parse_coded_columns(checked, distinct, header, keep, default_program)
        _check_text_columns(checked, texts, header)
        # An empty text is one value here as null is one value in the stored column: the same equal rows.
        for future in identifying:
            future.result()
        checked.unique_fields = identity.unique
        checked.codes = {name: codes if keep.all() else codes[keep] for name, codes in identity.codes.items()}
        checked.hashed = identity.hashed
        return checked


def _drop_blank_and_note_rows(raw: RawTable, filled: np.ndarray, texts: dict[int, pa.Array],
                              distinct: dict[str, _Distinct]) -> tuple[np.ndarray, list[tuple[int, str]], int,
                                                                       dict[int, pa.Array], dict[str, _Distinct]]:
    """Rows kept (not blank, not a note such as "Sumber: BPS" under a table), the notes with their row
    numbers, how many blank rows were dropped, and the columns without the dropped rows."""
    note_positions = _note_rows(filled, raw.columns.num_columns)
    keep = filled > 0
    keep[note_positions] = False
    notes = []
    for position in note_positions:
        cells = [raw.column(i)[position].as_py().strip() for i in range(raw.columns.num_columns)]
        notes.append((int(raw.row_numbers[position]), next(cell for cell in cells if cell)))
    blank_rows = int(raw.columns.num_rows - keep.sum()) - len(notes)
    if not keep.all():
        mask = pa.array(keep)
        texts = {index: text.filter(mask) for index, text in texts.items()}
        distinct = {name: _Distinct(found.texts, found.positions[keep]) for name, found in distinct.items()}
    return keep, notes, blank_rows, texts, distinct


def _parse_coded_columns(checked: Checked, distinct: dict[str, _Distinct], header: HeaderMap, keep: np.ndarray,
                         default_program: str | None) -> None:
    """Parse each coded column (years, stars, groups, programs, codes) once per distinct text and spread the
    values over the rows; record invalid and missing values as problems."""
    count = len(checked.rows)
    for name, (parse, arrow_type) in _PARSERS.items():
        if name not in distinct:
            continue
        found = distinct[name]
        parsed: list[object] = []
        reasons: list[str | None] = []
        for text in found.texts:
            value, reason = parse(text) if text else (None, None)
            parsed.append(value)
            reasons.append(reason)
        positions = found.positions
        checked.values[name] = pa.array(parsed, arrow_type).take(positions)
        if name == "region_code":  # every distinct text is in some kept row, unless rows were dropped
            present = np.bincount(positions, minlength=len(parsed)) > 0 if not keep.all() else [True] * len(parsed)
            checked.region_codes_given = len({value for value, there in zip(parsed, present)
                                              if there and value is not None})
        invalid = np.array([reason is not None for reason in reasons], dtype=bool)
        checked.invalid[name] = invalid[positions] if invalid.any() else np.zeros(count, dtype=bool)
        column_header = header.header_of(name)
        for reason in dict.fromkeys(r for r in reasons if r is not None):
            which = np.array([r == reason for r in reasons], dtype=bool)
            hit = np.flatnonzero(which[positions])
            shown = [found.texts[p] for p in positions[hit[:MAX_PROBLEMS_PER_CHECK]]]
            checked.add(reason, hit, column_header, shown)
        if name in _REQUIRED_PER_ROW:
            blank = np.array([not text for text in found.texts], dtype=bool)
            empty = np.flatnonzero(blank[positions]) if blank.any() else np.array([], dtype=np.int64)
            if name == "program" and default_program is not None:
                if len(empty):
                    checked.values[name] = pc.if_else(pa.array(blank[positions]), default_program,
                                                      checked.values[name])
            else:
                checked.add(Reason(_REQUIRED_PER_ROW[name]), empty, column_header, [""] * min(len(empty), 200))

    if "program" not in header.columns and default_program is not None:
        checked.values["program"] = pa.array([default_program], pa.string()).take(np.zeros(count, dtype=np.int32))


def _check_text_columns(checked: Checked, texts: dict[int, pa.Array], header: HeaderMap) -> None:
    """Free-text columns: too long is a problem, an empty cell is no value."""
    for name in TEXT_FIELDS + tuple(REGION_FIELDS[1:]):
        if name not in header.columns:
            continue
        column = texts[header.columns[name]]
        # a text never has more characters than bytes: count characters only when some text could be too long
        if (pc.max(pc.binary_length(column)).as_py() or 0) > MAX_TEXT_LENGTH:
            too_long = np.flatnonzero(pc.utf8_length(column).to_numpy(zero_copy_only=False) > MAX_TEXT_LENGTH)
        else:
            too_long = np.array([], dtype=np.int64)
        if len(too_long):
            shown = [text[:200] for text in column.take(pa.array(too_long[:MAX_PROBLEMS_PER_CHECK])).to_pylist()]
            checked.add(Reason("text_too_long", limit=MAX_TEXT_LENGTH), too_long,
                        header.header_of(name), shown)
        empty = pc.equal(column, "")
        # most files have no empty cell in a column: then the column is kept as it is, not copied
        checked.values[name] = (pc.if_else(empty, pa.scalar(None, pa.string()), column)
                                if pc.any(empty).as_py() else column)


def file_problems(header: HeaderMap, default_program: str | None) -> list[Problem]:
    """Problems with the columns themselves: a missing required column, two columns meaning one field."""
    problems = []
    listed = ", ".join(f"'{cell}'" for cell in header.header if cell) or "(none)"
    if not any(name in header.columns for name in REGION_FIELDS):
        problems.append(Problem(Reason("missing_region_column", header=listed)))
    if "year" not in header.columns:
        problems.append(Problem(Reason("missing_year_column", header=listed)))
    if "program" not in header.columns and default_program is None:
        problems.append(Problem(Reason("missing_program_column", programs=tuple(PROGRAMS))))
    if default_program is not None and default_program not in PROGRAMS:
        problems.append(Problem(Reason("default_program_unknown", chosen=default_program,
                                       programs=tuple(PROGRAMS))))
    for name, cells in header.duplicated.items():
        shown = " and ".join(f"'{cell}'" for cell in cells)
        problems.append(Problem(Reason("duplicate_columns", columns=shown, field=name)))
    return problems
