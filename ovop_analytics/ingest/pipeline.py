"""The upload in steps, as the Upload page and the CLI run it: parse, review regions, load all-or-nothing.

    parsed = parse_upload(data, "ovop.csv", default_program="kemenperin_ovop_award")
    parsed.problems, parsed.review          # show; nothing has been written
    parsed = apply_corrections(parsed, corrections)   # the user's answers for doubtful names
    dataset = load_parsed(store, parsed, "my-upload", kind="upload", visibility="private", owner=token)

Policy: any row-level problem refuses the whole file (up to a few hundred are listed per kind, with row,
column and value), and so does any region name still waiting for review. A file is loaded whole or not
at all, in one DuckDB transaction, so a refused or interrupted load leaves the database as it was.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ovop_analytics import numbers
from ovop_analytics.errors import DataValidationError, InvalidArgumentError, UnknownDatasetError
from ovop_analytics.ingest import region_review
from ovop_analytics.ingest.export import neutralise_formulas, restore_neutralised
from ovop_analytics.ingest.dictionary import PROGRAMS, REGION_FIELDS, HeaderMap, map_header
from ovop_analytics.ingest.model import Limits, Problem, Progress, RawTable
from ovop_analytics.ingest.readers import read_table
from ovop_analytics.ingest.validate import Checked, check, file_problems
from ovop_analytics.ingest.values import parse_program
from ovop_analytics.i18n import t
from ovop_analytics.problems import Reason, say, say_problem
from ovop_analytics.regions import by_code, provinces
from ovop_analytics.store.connection import Store
from ovop_analytics.store.registry import (RECORD_COLUMNS, Dataset, create_dataset,
                                           insert_record_table, insert_types)
from ovop_analytics.workspace.keys import same_owner
from ovop_analytics.workspace.registry import WorkspaceLimits, check_room, register

MAX_PROBLEMS = 1000  # problems kept for display; `problem_count` has the full number
# Rows per INSERT, so progress can be reported while a large file is written: two DuckDB row groups
# (122,880 rows each), which DuckDB writes straight to the file instead of through the commit.
WRITE_CHUNK_ROWS = 245_760
PERSON_STATUSES = ("corrected", "accepted", "confirmed")  # a region name a person answered for
_DUPLICATE_FIELDS = ("year", "program", "commodity_group", "type", "star", "entity_name", "product", "source")


@dataclass(frozen=True)
class Summary:
    """What was read and what stands in the way of loading it, for the page and the CLI to print."""

    filename: str
    format: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_row: int
    rows: int  # data rows (blank rows and trailing notes not counted)
    rows_good: int  # rows with no problem and a known region
    rows_with_problems: int
    rows_waiting_for_region: int  # rows whose region name awaits review
    blank_rows: int
    note_rows: int
    columns: dict[str, str]  # field -> header as written in the file
    ignored_columns: list[str]
    regions_by_code: int  # distinct region codes given
    regions_matched: int  # distinct names matched exactly, or fuzzily at >= ACCEPT_SCORE, or corrected
    regions_fuzzy: int  # of those, matched fuzzily (shown so a person can glance over them)
    regions_review: int  # distinct names with a low-confidence suggestion
    regions_unmatched: int  # distinct names without any suggestion
    problems: int

    def lines(self, lang: str = "en", human_fields: bool = False) -> list[str]:
        """The summary as short lines of text in `lang` (CLI output, the Upload page). The fields a column was
        read as are named in words, except on the English command line (field codes, for scripts) unless
        `human_fields` (a page: a person reads it)."""
        source = f"{self.format.upper()}"
        if self.encoding:
            source += f", {self.encoding}"
        if self.delimiter:
            source += ", " + t("ws_summary_delimiter", lang, name=t(
                f"ws_delimiter_{_DELIMITER_NAMES[self.delimiter]}", lang) if self.delimiter in _DELIMITER_NAMES
                else repr(self.delimiter))
        if self.sheet:
            source += ", " + t("ws_summary_sheet", lang, sheet=self.sheet)
        rows = t("ws_summary_rows", lang, rows=numbers.integer(self.rows, lang), good=numbers.integer(self.rows_good, lang),
                 problems=numbers.integer(self.rows_with_problems, lang), waiting=numbers.integer(self.rows_waiting_for_region, lang))
        if self.blank_rows:
            rows += t("ws_summary_blank", lang, n=numbers.integer(self.blank_rows, lang))
        if self.note_rows:
            rows += t("ws_summary_notes", lang, n=numbers.integer(self.note_rows, lang))
        lines = [t("ws_summary_file", lang, filename=self.filename, source=source, header_row=self.header_row),
                 rows,
                 t("ws_summary_columns", lang, columns=", ".join(
                     f"{header} -> {t(f'ws_field_{field}', lang) if lang != 'en' or human_fields else field}"
                     for field, header in self.columns.items()))]
        if self.ignored_columns:
            lines.append(t("ws_summary_ignored", lang, columns=", ".join(f"'{c}'" for c in self.ignored_columns)))
        lines.append(t("ws_summary_regions", lang, codes=numbers.integer(self.regions_by_code, lang),
                       matched=numbers.integer(self.regions_matched, lang), fuzzy=numbers.integer(self.regions_fuzzy, lang),
                       review=numbers.integer(self.regions_review, lang), unmatched=numbers.integer(self.regions_unmatched, lang)))
        return lines


_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}


@dataclass(frozen=True)
class ParsedUpload:
    """An upload read and checked, not yet written. Immutable: each step returns a new one."""

    filename: str
    raw: RawTable
    header: HeaderMap
    checked: Checked
    default_program: str | None
    names: pd.DataFrame  # every distinct region name with its match and status (see region_review)
    name_index: np.ndarray  # per row: row of `names` it goes through, -1 when the row gave a code
    row_codes: pa.Array  # per row: region code, null while its name awaits review
    region_problems: list[tuple[np.ndarray, str]]
    problems: list[Problem]  # file-level first, then by row; at most MAX_PROBLEMS
    problem_count: int
    bad: np.ndarray  # per row: has a problem
    allow_duplicates: bool
    separate_rows: frozenset[int]  # file rows a person marked as separate records though they repeat another
    notes: list[str]

    @property
    def review(self) -> pd.DataFrame:
        """Region names waiting for a person: confirm the suggestion or give a code (apply_corrections)."""
        return region_review.pending(self.names).drop(columns=["region_code"]).reset_index(drop=True)

    @property
    def ready(self) -> bool:
        """True when load_parsed will write it: no problems and no region waiting for review."""
        return self.problem_count == 0 and len(self.review) == 0

    @property
    def header_mapping(self) -> dict[str, str]:
        """Header as written in the file -> the field it was understood as."""
        return {self.header.header_of(field): field for field in self.header.columns}

    @cached_property
    def records(self) -> pa.Table:
        """The rows as they will be stored (columns RECORD_COLUMNS)."""
        count = len(self.checked.rows)
        values = self.checked.values

        def column(name: str, arrow_type: pa.DataType) -> pa.Array:
            return values[name] if name in values else pa.nulls(count, arrow_type)

        method, score = self.match_provenance()
        return pa.table({
            "region_code": self.row_codes,
            "year": column("year", pa.int32()),
            "program": column("program", pa.string()),
            "commodity_group": column("commodity_group", pa.string()),
            "type_code": column("type", pa.string()),
            "star": column("star", pa.int8()),
            # Text this product exported with a leading apostrophe (formula-safe) comes back as written.
            "entity_name": restore_neutralised(column("entity_name", pa.string())),
            "product": restore_neutralised(column("product", pa.string())),
            "source_url": restore_neutralised(column("source", pa.string())),
            "province_as_written": column("province", pa.string()),
            "kabupaten_kota_as_written": column("kabupaten_kota", pa.string()),
            "region_match": method,
            "region_match_score": score,
        })

    def match_provenance(self) -> tuple[pa.Array, pa.Array]:
        """Per row, how its region was found ('code', 'name', 'fuzzy' taken automatically, 'person' confirmed
        or corrected) and the score: stored with each record, so a figure can be traced to the text."""
        names = self.names
        by_person = names["status"].isin(list(PERSON_STATUSES)).to_numpy() if len(names) else np.array([], bool)
        methods = np.where(by_person, "person", names["method"].to_numpy(dtype=object)) if len(names) else \
            np.array([], dtype=object)
        methods = np.append(methods.astype(object), "code")
        scores = np.append(names["score"].to_numpy(dtype=float) if len(names) else np.array([], float), 100.0)
        at = np.where(self.name_index >= 0, self.name_index, len(names))
        return pa.array(methods[at], pa.string()), pa.array(scores[at], pa.float64())

    @cached_property
    def frame(self) -> pd.DataFrame:
        """The rows for display: file row number, region as written and as matched, values, status."""
        table = self.records.select(RECORD_COLUMNS).rename_columns(
            ["region_code", "year", "program", "commodity_group", "type", "star", "entity_name", "product",
             "source"])
        frame = table.to_pandas(types_mapper={pa.int32(): pd.Int32Dtype(), pa.int8(): pd.Int8Dtype()}.get)
        frame.insert(0, "row", self.checked.rows)
        codes = pc.unique(self.row_codes).drop_null().to_pylist()
        names = pa.array([by_code()[code].name for code in codes] + [None], pa.string())
        positions = pc.fill_null(pc.index_in(self.row_codes, value_set=pa.array(codes, pa.string())), len(codes))
        frame.insert(2, "region_name", names.take(positions).to_pandas())
        for position, name in enumerate(("province", "kabupaten_kota"), 3):
            if name in self.checked.values:
                frame.insert(position, name, self.checked.values[name].to_pandas())
        waiting = pc.is_null(self.row_codes).to_numpy(zero_copy_only=False)
        frame["status"] = np.where(self.bad, "problem", np.where(waiting, "review", "ok"))
        return frame

    @property
    def summary(self) -> Summary:
        names = self.names
        status = names["status"]
        waiting = pc.is_null(self.row_codes).to_numpy(zero_copy_only=False) & ~self.bad
        return Summary(
            filename=self.filename, format=self.raw.format, encoding=self.raw.encoding,
            delimiter=self.raw.delimiter, sheet=self.raw.sheet, header_row=self.raw.header_row,
            rows=len(self.checked.rows), rows_good=int((~self.bad & ~waiting).sum()),
            rows_with_problems=int(self.bad.sum()), rows_waiting_for_region=int(waiting.sum()),
            blank_rows=self.checked.blank_rows, note_rows=len(self.checked.note_rows),
            columns={field: self.header.header_of(field) for field in self.header.columns},
            ignored_columns=list(self.header.ignored),
            regions_by_code=self.checked.region_codes_given,
            regions_matched=int(status.isin(["matched", "corrected"]).sum()),
            regions_fuzzy=int(((names["method"] == "fuzzy") & (status == "matched")).sum()),
            regions_review=int((status == "review").sum()), regions_unmatched=int((status == "unmatched").sum()),
            problems=self.problem_count)


def _codes_of(array: pa.Array) -> np.ndarray:
    """Integer code per row of any column (nulls share one code), for the duplicate check."""
    if isinstance(array, pa.ChunkedArray):  # one dictionary for all rows, not one per chunk
        array = array.combine_chunks()
    indices = pc.dictionary_encode(array).indices
    return pc.fill_null(indices, -1).to_numpy(zero_copy_only=False).astype(np.int64)


def _duplicates(checked: Checked, row_codes: pa.Array, name_index: np.ndarray,
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
        return _duplicates(exact, row_codes, name_index, bad)
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


def _assemble(parsed_fields: dict) -> ParsedUpload:
    """Combine reading, checking and region problems into one ParsedUpload (used after every step)."""
    checked: Checked = parsed_fields["checked"]
    header: HeaderMap = parsed_fields["header"]
    raw: RawTable = parsed_fields["raw"]
    row_codes: pa.Array = parsed_fields["row_codes"]
    name_index: np.ndarray = parsed_fields["name_index"]
    region_problems = parsed_fields["region_problems"]
    bad = checked.bad.copy()
    file_level = file_problems(header, parsed_fields["default_program"])
    row_level: list[Problem] = list(checked.problems)
    count = checked.problem_count + len(file_level)
    positions_by_row = {int(row): position for position, row in enumerate(checked.rows)} if raw.problems else {}
    for problem in raw.problems:
        row_level.append(problem)
        count += 1
        if problem.row in positions_by_row:
            bad[positions_by_row[problem.row]] = True
    for positions, message in region_problems:
        bad[positions] = True
        count += len(positions)
        row_level += [Problem(message, row=int(checked.rows[p])) for p in positions[:200]]
    if not parsed_fields["allow_duplicates"]:
        separate = parsed_fields["separate_rows"]
        excluded = bad | np.isin(checked.rows, list(separate)) if separate else bad
        repeated, originals = _duplicates(checked, row_codes, name_index, excluded)
        bad[repeated] = True
        count += len(repeated)
        row_level += [Problem(Reason("duplicate_row", original=int(checked.rows[o])), row=int(checked.rows[r]))
                      for r, o in zip(repeated[:200], originals[:200])]
    if len(checked.rows) == 0 and not file_level:
        file_level.append(Problem(Reason("no_data_rows")))
        count += 1
    row_level.sort(key=lambda problem: (problem.row or 0, problem.column or ""))
    problems = (file_level + row_level)[:MAX_PROBLEMS]
    return ParsedUpload(problems=problems, problem_count=count, bad=bad, **parsed_fields)


def parse_upload(data: bytes, filename: str = "", sheet: str | int | None = None,
                 default_program: str | None = None, allow_duplicates: bool = False,
                 limits: Limits | None = None, progress: Progress | None = None,
                 separate_rows: frozenset[int] = frozenset()) -> ParsedUpload:
    """Read, check and match regions of an uploaded CSV/XLSX; nothing is written.

    `separate_rows`: file rows that repeat another row but are separate records (the browser's
    per-row answer; `allow_duplicates` says it for every row).

    Raises UnreadableFileError (a DataValidationError) when the file cannot be read as a table at all
    (empty, binary, too large, no header row); every other problem is listed in the result.
    """
    report = progress or (lambda fraction, message: None)
    report(0.0, "reading the file")
    raw = read_table(data, filename, sheet, limits, progress=lambda f, m: report(0.5 * f, m))
    report(0.5, f"{raw.columns.num_rows:,} rows read; checking values")
    header = map_header(raw.header)
    program = (parse_program(default_program)[0] or default_program.strip()) if default_program else None
    checked = check(raw, header, program if program in PROGRAMS else None)
    report(0.8, "matching region names")
    code_column = checked.values.get("region_code")
    # A code that did not parse is reported already; its row is not matched by name instead.
    code_bad = checked.invalid.get("region_code", np.zeros(len(checked.rows), dtype=bool))
    resolution = region_review.resolve(code_column, code_bad, checked.values.get("province"),
                                       checked.values.get("kabupaten_kota"), checked.rows,
                                       (limits or Limits.from_config()).max_unknown_region_names)
    report(0.95, "summing up")
    parsed = _assemble({
        "filename": filename, "raw": raw, "header": header, "checked": checked, "default_program": program,
        "names": resolution.names, "name_index": resolution.name_index, "row_codes": resolution.codes,
        # without any region column the file-level problem says it once, not once per row
        "region_problems": resolution.problems if any(f in header.columns for f in REGION_FIELDS) else [],
        "allow_duplicates": allow_duplicates, "separate_rows": frozenset(separate_rows),
        "notes": raw.notes + [Reason("note_row_skipped", row=row, text=text[:60]) for row, text in checked.note_rows],
    })
    report(1.0, "done")
    return parsed


def _fields(parsed: ParsedUpload) -> dict:
    return {f.name: getattr(parsed, f.name) for f in dataclasses.fields(parsed)
            if f.name not in ("problems", "problem_count", "bad")}


def _with_names(parsed: ParsedUpload, names: pd.DataFrame) -> ParsedUpload:
    fields = _fields(parsed)
    fields["names"] = names
    fields["row_codes"] = region_review._row_codes(parsed.checked.values.get("region_code"), parsed.name_index,
                                                   names)
    return _assemble(fields)


def apply_corrections(parsed: ParsedUpload, corrections: pd.DataFrame | bytes) -> ParsedUpload:
    """The user's answers for region names: a table (source_name, level, province, region_code), as a
    DataFrame or the bytes of a corrections CSV. Rows of the table that match no name are ignored."""
    names, _used = region_review.apply(parsed.names, corrections)
    return _with_names(parsed, names)


def accept_suggestions(parsed: ParsedUpload) -> ParsedUpload:
    """Take every low-confidence suggestion as it is (the CLI's --accept-fuzzy); unmatched names stay."""
    names = parsed.names.copy()
    take = names["status"].eq("review") & names["suggested_code"].notna()
    names.loc[take, "region_code"] = names.loc[take, "suggested_code"]
    names.loc[take, "status"] = "accepted"
    return _with_names(parsed, names)


def corrections_table(parsed: ParsedUpload, only_pending: bool = True) -> pd.DataFrame:
    """The names to confirm as an editable table: source_name, level, province, region_code (the suggestion
    pre-filled; empty when there is none), then suggested_name, score, status, note, rows, first_row for
    reading. Edit region_code and pass the table back to apply_corrections."""
    return region_review.corrections_frame(parsed.names, only_pending)


def corrections_csv(parsed: ParsedUpload, only_pending: bool = True) -> bytes:
    """The corrections table as a CSV to download, edit (fill region_code) and reuse, e.g. with --mapping."""
    return neutralise_formulas(corrections_table(parsed, only_pending)).to_csv(index=False).encode("utf-8-sig")


def refusal_lines(parsed: ParsedUpload, lang: str = "en") -> list[str]:
    """Every reason a file is not ready, one line each in `lang`: problems with where, then region names."""
    reasons = [say_problem(problem, lang) for problem in parsed.problems]
    for row in parsed.review.itertuples(index=False):
        where = t("ws_review_in_province", lang, province=row.province) if row.province else ""
        note = say(row.note, lang)
        hint = (t("ws_review_did_you_mean", lang, code=row.suggested_code, name=row.region_name,
                  score=f"{row.score:.0f}", note=note) if isinstance(row.suggested_code, str) else note)
        reasons.append(t("ws_review_line", lang, level=t(f"ws_field_{row.level}", lang), name=row.source_name,
                         where=where, rows=numbers.integer(row.rows, lang), first_row=row.first_row, hint=hint))
    return reasons


def refusal(parsed: ParsedUpload, limit: int = 20) -> DataValidationError:
    """The error load_parsed raises for a file that is not ready: what is wrong, with where."""
    reasons = refusal_lines(parsed)
    parts = []
    if parsed.problem_count:
        parts.append(f"{parsed.problem_count:,} problems")
    if len(parsed.review):
        parts.append(f"{len(parsed.review):,} region names to confirm or correct")
    shown = "; ".join(reasons[:limit]) + (f"; ... and {len(reasons) - limit:,} more" if len(reasons) > limit else "")
    return DataValidationError(f"Nothing was loaded from '{parsed.filename}': {' and '.join(parts)}. {shown}",
                               reasons)


def _types_catalogue(records: pa.Table) -> pd.DataFrame:
    """One row per distinct type in the file, with the commodity group it most often has."""
    if records.column("type_code").null_count == records.num_rows:
        return pd.DataFrame(columns=["type_code", "name", "commodity_group"])
    pairs = records.select(["type_code", "commodity_group"]).filter(pc.is_valid(records.column("type_code")))
    counted = pairs.group_by(["type_code", "commodity_group"]).aggregate([([], "count_all")]).to_pandas()
    counted = counted.sort_values(["type_code", "count_all", "commodity_group"], ascending=[True, False, True],
                                  na_position="last").drop_duplicates("type_code")
    return pd.DataFrame({"type_code": counted["type_code"], "name": counted["type_code"],
                         "commodity_group": counted["commodity_group"].astype(object).where(
                             counted["commodity_group"].notna(), None)})


def touched_provinces(parsed: ParsedUpload) -> list[str]:
    """The province codes an upload's rows touch: its default coverage."""
    return sorted({str(code).split(".")[0] for code in pc.unique(parsed.records.column("region_code")).to_pylist()
                   if code})


def coverage_of(records: pa.Table, stated: Sequence[str] | None) -> str | None:
    """The coverage to store: None (national) when stated so, the stated province codes, or by default
    the provinces that the rows touch."""
    if stated is not None:
        codes = sorted({code.strip() for code in stated if code.strip()})
        if "national" in codes:
            return None
        unknown = [code for code in codes if not (len(code) == 2 and code.isdigit()) or code not in {r.code for r in provinces()}]
        if unknown:
            raise InvalidArgumentError(f"Unknown province codes in the coverage: {', '.join(unknown)}.")
        return ",".join(codes)
    touched = {str(code).split(".")[0] for code in pc.unique(records.column("region_code")).to_pylist() if code}
    return ",".join(sorted(touched)) or None


def _replaced(con: duckdb.DuckDBPyConnection, name: str, visibility: str, owner: str | None) -> int:
    """The id of the dataset a new version replaces: the owner's own private upload, or (CLI) a shared one.

    Looked up in the loader's own scope only (its workspace, or the public datasets): another workspace
    may hold a dataset of the same name, which is neither found nor mentioned."""
    if visibility == "private":
        rows = con.execute("SELECT id, kind, owner FROM datasets WHERE name = ? AND visibility = 'private' "
                           "AND owner = ?", [name, owner or ""]).fetchall()
        rows = [row for row in rows if same_owner(row[2], owner)]
    else:
        rows = con.execute("SELECT id, kind, owner FROM datasets WHERE name = ? AND visibility = 'public'",
                           [name]).fetchall()
    if not rows:
        raise UnknownDatasetError(Reason("dataset_unknown", name=name))
    dataset_id, kind, _ = rows[0]
    if kind != ("upload" if visibility == "private" else "shared"):  # the bundled demo and reference stay
        raise InvalidArgumentError(Reason("dataset_not_yours", name=name))
    return int(dataset_id)


def load_parsed(store: Store, parsed: ParsedUpload, dataset_name: str, kind: str = "upload",
                visibility: str = "private", owner: str | None = None, description: str | None = None,
                source: str | None = None, progress: Progress | None = None,
                coverage: Sequence[str] | None = None, loaded_by: str | None = None,
                replace: bool = False, edits: dict | None = None,
                limits: WorkspaceLimits | None = None) -> Dataset:
    """Write a ready upload as a new dataset in one transaction: all of it, or nothing.

    `replace=True` loads a new version of an existing dataset of the same owner (or a shared one, for the
    CLI): the old version is deleted in the same transaction, so it stays whole until the new one commits.
    `edits` (what the person corrected, dropped or kept before loading) is stored as the dataset's JSON
    provenance. A private upload must fit its workspace's limits (`limits`, default from the settings).

    `coverage`: the province codes the data covers, stated by the person, or ["national"]; by default
    the provinces its rows touch (inside them a region without records counts 0, elsewhere no data).

    Browser uploads: kind='upload', visibility='private', owner=<session token>. CLI: kind='shared',
    visibility='public'. Raises DataValidationError (with every reason) when the upload is not ready.
    """
    if not parsed.ready:
        raise refusal(parsed)
    if kind not in ("upload", "shared"):
        raise InvalidArgumentError(f"An ingested dataset is kind 'upload' or 'shared', not '{kind}'.")
    if visibility not in ("private", "public"):
        raise InvalidArgumentError(f"Visibility must be 'private' or 'public', not '{visibility}'.")
    if visibility == "private" and not owner:
        raise InvalidArgumentError("A private upload needs an owner (the browser session token).")
    report = progress or (lambda fraction, message: None)
    records = parsed.records
    total = records.num_rows
    stated = coverage_of(records, coverage)
    report(0.0, "writing")
    with store.transaction() as con:
        replacing = _replaced(con, dataset_name.strip(), visibility, owner) if replace else None
        if visibility == "private":
            check_room(con, owner, total, replacing, limits or WorkspaceLimits.from_config())
            register(con, owner)  # the workspace exists from its first dataset on
        if replacing is not None:
            for table in ("ovop_records", "ovop_types", "published_facts", "dataset_edits"):
                con.execute(f"DELETE FROM {table} WHERE dataset_id = ?", [replacing])
            con.execute("DELETE FROM datasets WHERE id = ?", [replacing])
        dataset_id = create_dataset(
            con, name=dataset_name.strip(), kind=kind, visibility=visibility,
            owner=owner if visibility == "private" else None, is_synthetic=False,
            source=source or f"Upload: {parsed.filename or 'file'}", description=description,
            coverage=stated, file_name=parsed.filename or None,
            loaded_by=loaded_by or ("browser" if kind == "upload" else "cli"))
        for offset in range(0, total, WRITE_CHUNK_ROWS):
            insert_record_table(con, dataset_id, records.slice(offset, WRITE_CHUNK_ROWS))
            written = min(offset + WRITE_CHUNK_ROWS, total)
            report(0.95 * written / total, f"{written:,} of {total:,} rows written")
        if edits:
            con.execute("INSERT INTO dataset_edits (dataset_id, edits) VALUES (?, ?)",
                        [dataset_id, json.dumps(edits, ensure_ascii=False)])
        catalogue = _types_catalogue(records)
        if not catalogue.empty:
            insert_types(con, dataset_id, catalogue)
        # Read back in the transaction rather than through get_dataset, which counts the rows of every
        # dataset in the database (a growing cost once a few million-row files are stored).
        stored = con.execute("SELECT id, name, kind, visibility, owner, created_at, source, is_synthetic, "
                             "description FROM datasets WHERE id = ?", [dataset_id]).fetchone()
        extra = con.execute("SELECT coverage, file_name, loaded_by FROM datasets WHERE id = ?",
                            [dataset_id]).fetchone()
        report(0.97, "committing")
    report(1.0, f"{total:,} rows stored in dataset '{dataset_name.strip()}'")
    return Dataset(*stored, total, *extra)


__all__ = ["RECORD_COLUMNS", "ParsedUpload", "Summary", "accept_suggestions", "apply_corrections",
           "corrections_csv", "corrections_table", "load_parsed", "parse_upload", "refusal"]
