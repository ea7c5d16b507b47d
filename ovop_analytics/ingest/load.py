"""Writing a checked upload as a dataset: all or nothing, in one DuckDB transaction, in chunks so progress
can be reported; replacing a dataset of the same name in its scope; the types catalogue and coverage."""

from __future__ import annotations

import json
from collections.abc import Sequence

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ovop_analytics.errors import InvalidArgumentError, UnknownDatasetError
from ovop_analytics.ingest.pipeline import ParsedUpload, refusal
from ovop_analytics.ingest.model import Progress
from ovop_analytics.problems import Reason
from ovop_analytics.regions import provinces
from ovop_analytics.store.connection import Store
from ovop_analytics.store.registry import (Dataset, create_dataset,
                                           insert_record_table, insert_types)
from ovop_analytics.workspace.keys import same_owner
from ovop_analytics.workspace.registry import WorkspaceLimits, check_room, register


# Rows per INSERT, so progress can be reported while a large file is written: two DuckDB row groups
# (122,880 rows each), which DuckDB writes straight to the file instead of through the commit.
WRITE_CHUNK_ROWS = 245_760


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
