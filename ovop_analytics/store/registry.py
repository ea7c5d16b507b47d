"""Dataset registry: which datasets exist, who may see them, and how they are written all-or-nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb
import pandas as pd

from ovop_analytics.errors import InvalidArgumentError, UnknownDatasetError
from ovop_analytics.store.connection import Store
from ovop_analytics.store.names import check_name, name_key, taken_error

KINDS = ("reference", "demo", "upload", "shared")
RECORD_COLUMNS = ["region_code", "year", "program", "commodity_group", "type_code", "star",
                  "entity_name", "product", "source_url"]
# How an uploaded record's region was found (migration 4): the text as written and the method
# ('code', 'name', 'fuzzy' accepted automatically, 'person' confirmed or corrected) with its score.
MATCH_COLUMNS = ["province_as_written", "kabupaten_kota_as_written", "region_match", "region_match_score"]


@dataclass(frozen=True)
class Dataset:
    id: int
    name: str
    kind: str
    visibility: str
    owner: str | None
    created_at: datetime
    source: str
    is_synthetic: bool
    description: str | None
    rows: int
    coverage: str | None = None  # None: national; else comma-separated province codes, e.g. '51,52'
    file_name: str | None = None  # the file an upload was read from, as the person named it
    loaded_by: str | None = None  # 'cli' or 'browser'

    @property
    def covered_provinces(self) -> frozenset[str] | None:
        """Province codes the dataset covers; None when it covers the whole country."""
        if not self.coverage:
            return None
        return frozenset(code for code in self.coverage.split(",") if code)

    def covers(self, region_code: str) -> bool:
        """Inside its coverage a region without records has a count of 0; outside it, no data."""
        provinces = self.covered_provinces
        return provinces is None or region_code.split(".")[0] in provinces


_VISIBLE = "(d.visibility = 'public' OR d.owner = ?)"


def list_datasets(store: Store, viewer: str | None = None) -> list[Dataset]:
    """Datasets visible to `viewer` (a browser session token; None sees only public ones)."""
    frame = store.query(f"""
        SELECT d.id, d.name, d.kind, d.visibility, d.owner, d.created_at, d.source, d.is_synthetic,
               d.description,
               coalesce((SELECT count(*) FROM ovop_records r WHERE r.dataset_id = d.id), 0)
             + coalesce((SELECT count(*) FROM published_facts f WHERE f.dataset_id = d.id), 0) AS rows,
               d.coverage, d.file_name, d.loaded_by
        FROM datasets d WHERE {_VISIBLE} ORDER BY d.id""", [viewer or ""])
    frame = frame.astype(object).where(frame.notna(), None)  # NULL stays None, not a float NaN
    return [Dataset(**row) for row in frame.to_dict("records")]


def get_dataset(store: Store, name: str, viewer: str | None = None) -> Dataset:
    for dataset in list_datasets(store, viewer):
        if dataset.name == name:
            return dataset
    names = ", ".join(d.name for d in list_datasets(store, viewer)) or "none"
    raise UnknownDatasetError(f"Unknown dataset '{name}'. Available datasets: {names}.")


def create_dataset(con: duckdb.DuckDBPyConnection, *, name: str, kind: str, source: str,
                   is_synthetic: bool, visibility: str = "public", owner: str | None = None,
                   description: str | None = None, coverage: str | None = None,
                   file_name: str | None = None, loaded_by: str | None = None) -> int:
    """Register a dataset inside the caller's transaction and return its id.

    `coverage`: None for a national dataset, else the comma-separated province codes it covers."""
    if kind not in KINDS:
        raise InvalidArgumentError(f"Dataset kind must be one of {', '.join(KINDS)}, not '{kind}'.")
    name = check_name(name)
    clash = name_clash(con, name)
    if clash is not None:
        raise taken_error(name, clash)
    return con.execute("""
        INSERT INTO datasets (name, name_key, kind, visibility, owner, source, is_synthetic, description, coverage,
                              file_name, loaded_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
        [name, name_key(name), kind, visibility, owner, source, is_synthetic, description, coverage, file_name,
         loaded_by]).fetchone()[0]


def name_clash(con: duckdb.DuckDBPyConnection, name: str) -> str | None:
    """The existing dataset name that `name` cannot be told apart from (any visibility), or None.

    Compares the normalised key (NFKC + case folding); the name column too, for rows written before the
    key existed."""
    row = con.execute("SELECT name FROM datasets WHERE name_key = ? OR name = ? LIMIT 1",
                      [name_key(name), name.strip()]).fetchone()
    return row[0] if row else None


def check_new_name(store: Store, name: str) -> str:
    """Raise DatasetNameError now if `name` cannot be created (bad characters, mixed scripts, taken),
    so a page or the CLI can refuse before reading a large file; create_dataset checks again."""
    name = check_name(name)
    with store.reader() as con:
        clash = name_clash(con, name)
    if clash is not None:
        raise taken_error(name, clash)
    return name


def insert_records(con: duckdb.DuckDBPyConnection, dataset_id: int, records: pd.DataFrame) -> int:
    """Bulk-insert OVOP records (columns RECORD_COLUMNS) through DuckDB's DataFrame scan."""
    frame = records.reindex(columns=RECORD_COLUMNS).copy()
    frame.insert(0, "dataset_id", dataset_id)
    frame["year"] = frame["year"].astype("int64")
    frame["star"] = pd.array(frame["star"], dtype="Int64")
    for column in ("region_code", "program", "commodity_group", "type_code", "entity_name", "product",
                   "source_url"):
        frame[column] = frame[column].astype("object").where(frame[column].notna(), None)
    con.register("incoming_records", frame)
    try:
        con.execute(f"INSERT INTO ovop_records ({', '.join(['dataset_id', *RECORD_COLUMNS])}) "
                    f"SELECT {', '.join(['dataset_id', *RECORD_COLUMNS])} "
                    "FROM incoming_records")
    finally:
        con.unregister("incoming_records")
    return len(frame)


def insert_types(con: duckdb.DuckDBPyConnection, dataset_id: int, types: pd.DataFrame) -> None:
    """Catalogue of OVOP types (type_code, name, commodity_group) belonging to a dataset."""
    frame = types.reindex(columns=["type_code", "name", "commodity_group"]).copy()
    frame.insert(0, "dataset_id", dataset_id)
    con.register("incoming_types", frame)
    try:
        con.execute("INSERT INTO ovop_types SELECT dataset_id, type_code, name, commodity_group "
                    "FROM incoming_types")
    finally:
        con.unregister("incoming_types")


def delete_dataset(store: Store, name: str, viewer: str | None = None) -> None:
    dataset = get_dataset(store, name, viewer)
    with store.transaction() as con:
        for table in ("ovop_records", "ovop_types", "published_facts", "dataset_edits"):
            con.execute(f"DELETE FROM {table} WHERE dataset_id = ?", [dataset.id])
        con.execute("DELETE FROM datasets WHERE id = ?", [dataset.id])


def publish_dataset(store: Store, name: str, viewer: str) -> None:
    """Make a private upload of `viewer` public and shared (the operator's password is checked by the caller)."""
    dataset = get_dataset(store, name, viewer)
    with store.transaction() as con:
        con.execute("UPDATE datasets SET visibility = 'public', owner = NULL, kind = 'shared' WHERE id = ?",
                    [dataset.id])


def insert_record_table(con: duckdb.DuckDBPyConnection, dataset_id: int, records: object) -> int:
    """Bulk-insert OVOP records held as a pyarrow Table (columns RECORD_COLUMNS), scanned without copying.

    The ingest path uses this for files of a million rows, where converting to Python objects first
    (as `insert_records` does for small frames) would cost more than the insert itself.
    """
    columns = [c for c in (*RECORD_COLUMNS, *MATCH_COLUMNS) if c in records.column_names]  # type: ignore[attr-defined]
    con.register("incoming_record_table", records)
    try:
        con.execute(f"INSERT INTO ovop_records (dataset_id, {', '.join(columns)}) "
                    f"SELECT ?::INTEGER, {', '.join(columns)} FROM incoming_record_table", [dataset_id])
    finally:
        con.unregister("incoming_record_table")
    return records.num_rows  # type: ignore[attr-defined]
