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
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ovop_analytics import numbers
from ovop_analytics.errors import DataValidationError
from ovop_analytics.ingest import region_review
from ovop_analytics.ingest.export import neutralise_formulas, restore_neutralised
from ovop_analytics.ingest.dictionary import PROGRAMS, REGION_FIELDS, HeaderMap, map_header
from ovop_analytics.ingest.model import Limits, Problem, Progress, RawTable
from ovop_analytics.ingest.duplicates import duplicates
from ovop_analytics.ingest.summary import Summary
from ovop_analytics.ingest.readers import read_table
from ovop_analytics.ingest.validate import Checked, check, file_problems
from ovop_analytics.ingest.values import parse_program
from ovop_analytics.i18n import t
from ovop_analytics.problems import Reason, say, say_problem
from ovop_analytics.regions import by_code
from ovop_analytics.store.registry import (RECORD_COLUMNS)

MAX_PROBLEMS = 1000  # problems kept for display; `problem_count` has the full number
PERSON_STATUSES = ("corrected", "accepted", "confirmed")  # a region name a person answered for


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
        repeated, originals = duplicates(checked, row_codes, name_index, excluded)
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

__all__ = ["RECORD_COLUMNS", "ParsedUpload", "Summary", "accept_suggestions", "apply_corrections",
           "corrections_csv", "corrections_table", "parse_upload", "refusal"]
