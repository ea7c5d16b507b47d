"""Dataset registry: which datasets exist, who may see them, and how they are written all-or-nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb
import pandas as pd

from ovop_analytics.errors import InvalidArgumentError, UnknownDatasetError
from ovop_analytics.store.connection import Store
from ovop_analytics.store.names import check_name, name_key, publish_taken_error, taken_error
from ovop_analytics.store.owners import same_owner

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
    """Datasets visible to `viewer` (a workspace owner id; None sees only public ones): the public ones and
    the viewer's own private ones, in which each name occurs once (see `name_clash`)."""
    rows = store.records(f"""
        SELECT d.id, d.name, d.kind, d.visibility, d.owner, d.created_at, d.source, d.is_synthetic,
               d.description,
               coalesce((SELECT count(*) FROM ovop_records r WHERE r.dataset_id = d.id), 0)
             + coalesce((SELECT count(*) FROM published_facts f WHERE f.dataset_id = d.id), 0) AS rows,
               d.coverage, d.file_name, d.loaded_by
        FROM datasets d WHERE {_VISIBLE} ORDER BY d.id""", [viewer or ""])
    return [Dataset(**row) for row in rows]


def resolve(datasets: list[Dataset], name: str, viewer: str | None = None) -> Dataset | None:
    """The dataset a viewer means by `name`: their own private dataset of that name first, else the public
    one; never another workspace's. (The name rule keeps both from existing at once; the order is the
    rule should data ever break it.)"""
    found = [d for d in datasets if d.name == name and (d.visibility == "public" or same_owner(d.owner, viewer))]
    found.sort(key=lambda d: d.visibility == "public")
    return found[0] if found else None


def get_dataset(store: Store, name: str, viewer: str | None = None) -> Dataset:
    """The dataset `viewer` means by `name` (see `resolve`); UnknownDatasetError names those they can see."""
    visible = list_datasets(store, viewer)
    dataset = resolve(visible, name, viewer)
    if dataset is not None:
        return dataset
    names = ", ".join(d.name for d in visible) or "none"
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
    clash = name_clash(con, name, visibility, owner)
    if clash is not None:
        raise taken_error(name, clash.existing, clash.where)
    return con.execute("""
        INSERT INTO datasets (name, name_key, name_scope, kind, visibility, owner, source, is_synthetic, description,
                              coverage, file_name, loaded_by)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
        [name, name_key(name), name_scope(visibility, owner), kind, visibility, owner, source, is_synthetic,
         description, coverage, file_name, loaded_by]).fetchone()[0]


PUBLIC_SCOPE = "public"  # the name scope of every public dataset; a private one's scope is its owner


def name_scope(visibility: str, owner: str | None) -> str:
    """Where a dataset's name must be unique (migration 7): all public datasets share one scope; each
    workspace's private datasets have their own, so two workspaces may both hold 'penelitian_ikm'."""
    return PUBLIC_SCOPE if visibility == "public" else (owner or "")


@dataclass(frozen=True)
class NameClash:
    """An existing name that a new one cannot be told apart from, and where it lives: 'scope' (the same
    scope: the same workspace, or for a public name another public one), 'public' (a private name equal
    to a shared dataset's, which everyone sees) or 'elsewhere' (a public name equal to a private dataset
    of some workspace: said only to whoever creates or publishes a public dataset, never whose)."""

    existing: str
    where: str


def name_clash(con: duckdb.DuckDBPyConnection, name: str, visibility: str = "public",
               owner: str | None = None, ignore_id: int | None = None) -> NameClash | None:
    """The dataset name that `name` would clash with for a dataset of `visibility` and `owner`, or None.

    The rule (so that every person sees each name once, and a name says nothing about others' data): a
    private name is unique in its workspace and differs from every public name; a public name differs
    from every other name, public or private, so that publishing never hides a name someone already
    uses. Compares the normalised key (NFKC + case folding) and the name itself (rows from before the
    key existed). `ignore_id`: the dataset being renamed or published."""
    key, plain = name_key(name), name.strip()
    if visibility == "public":
        rows = con.execute("""SELECT name, visibility FROM datasets WHERE (name_key = ? OR name = ?)
                              AND id IS DISTINCT FROM ? ORDER BY visibility = 'public' DESC, id LIMIT 1""",
                           [key, plain, ignore_id]).fetchall()
        if not rows:
            return None
        return NameClash(rows[0][0], "scope" if rows[0][1] == "public" else "elsewhere")
    rows = con.execute("""SELECT name, visibility FROM datasets WHERE (name_key = ? OR name = ?)
                          AND (visibility = 'public' OR (visibility = 'private' AND owner = ?))
                          AND id IS DISTINCT FROM ? ORDER BY visibility = 'public' DESC, id LIMIT 1""",
                       [key, plain, owner or "", ignore_id]).fetchall()
    if not rows:
        return None
    return NameClash(rows[0][0], "public" if rows[0][1] == "public" else "scope")


def check_new_name(store: Store, name: str, visibility: str = "public", owner: str | None = None) -> str:
    """Raise DatasetNameError now if `name` cannot be created (bad characters, mixed scripts, taken),
    so a page or the CLI can refuse before reading a large file; create_dataset checks again."""
    name = check_name(name)
    with store.reader() as con:
        clash = name_clash(con, name, visibility, owner)
    if clash is not None:
        raise taken_error(name, clash.existing, clash.where)
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
    """Make a private upload of `viewer` public and shared (the operator's password is checked by the caller).

    Refused (DatasetNameError) when its name is taken among public names, or by a private dataset of
    another workspace: a public name must be one that nobody already sees as another dataset."""
    dataset = get_dataset(store, name, viewer)
    with store.transaction() as con:
        clash = name_clash(con, dataset.name, "public", ignore_id=dataset.id)
        if clash is not None:
            raise publish_taken_error(dataset.name, clash.existing, clash.where)
        con.execute("UPDATE datasets SET visibility = 'public', owner = NULL, kind = 'shared', name_scope = ? "
                    "WHERE id = ?", [PUBLIC_SCOPE, dataset.id])


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
