"""`ovop-analytics migrate-store`: copy every table from one storage mode to the other, verified.

From the DuckDB file to PostgreSQL (`--to postgresql://...`) and back (`--to PATH`): the gazetteer, every
dataset (public and private) with its records, types, facts and edits, and the workspaces, in one
transaction of the target. Before it commits, each table is read back from the target and compared with
the source by row count and a checksum of every value (order does not matter), so a copy that differs is
rolled back, not left half-done. A target that holds datasets already is refused unless `replace`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from ovop_analytics.errors import DatabaseCorruptError, InvalidArgumentError
from ovop_analytics.store.connection import Store
from ovop_analytics.store.migrations import LATEST_VERSION, current_version
from ovop_analytics.store.migrations import migrate as migrate_file

# Parents before children; every table a person's data lives in (schema_migrations belongs to each side).
TABLES = ("regions", "region_lineage", "commodity_groups", "datasets", "ovop_types", "ovop_records",
          "published_facts", "workspaces", "dataset_edits")


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    checksum: int


@dataclass(frozen=True)
class TransferReport:
    source: str
    target: str
    tables: list[TableCopy]
    replaced: bool

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


def checksum(data: pa.Table) -> tuple[int, int]:
    """(rows, checksum) of an Arrow table: the sum of a hash of every value as text, so the same rows
    give the same figure whatever the order and whichever database's types they were read as."""
    if data.num_columns == 0:
        return data.num_rows, 0
    con = duckdb.connect(":memory:")
    try:
        con.register("checked", data)
        parts = " + ".join(f'coalesce(sum(hash(coalesce(CAST("{name}" AS VARCHAR), chr(0)) || {i})), 0)'
                           for i, name in enumerate(data.column_names))
        rows, total = con.execute(f"SELECT count(*), {parts} FROM checked").fetchone()
        return int(rows), int(total) % (1 << 64)
    finally:
        con.close()


def _file_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [row[0] for row in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ? "
        "ORDER BY ordinal_position", [table]).fetchall()]


def _describe(store: Store) -> str:
    return getattr(store, "display", None) or str(store.path)


def _read_all(store: Store) -> dict[str, pa.Table]:
    """Every table of the source, public and private, read from the system of record itself."""
    if store.backend == "postgresql":
        return store.read_tables(TABLES)
    if not Path(store.path).exists():
        raise InvalidArgumentError(f"No database at {store.path}: nothing to copy.", code="ops_db_missing",
                                   values={"path": str(store.path)})
    with store.reader() as con:
        if current_version(con) != LATEST_VERSION:
            raise InvalidArgumentError(
                f"The database {store.path} is at schema version {current_version(con)}, not {LATEST_VERSION}: run "
                "`ovop-analytics init` on it first.", code="ops_store_outdated", values={"path": str(store.path)})
        return {table: con.sql(f"SELECT {', '.join(_file_columns(con, table))} FROM {table}").to_arrow_table()
                for table in TABLES}


def _refuse_non_empty(target: Store, datasets: int) -> None:
    if datasets:
        raise InvalidArgumentError(
            f"The target {_describe(target)} holds {datasets} datasets already: nothing was copied. Add --replace "
            "to overwrite it.", code="ops_target_not_empty", values={"target": _describe(target), "datasets": datasets})


def _verify(expected: dict[str, tuple[int, int]], found: dict[str, tuple[int, int]]) -> None:
    for table, figures in expected.items():
        if found.get(table) != figures:
            raise DatabaseCorruptError(
                f"The copy of table {table} differs from the source ({found.get(table)} rows/checksum, expected "
                f"{figures}); nothing was written.", code="ops_copy_differs", values={"table": table})


def _write_file(target: Store, tables: dict[str, pa.Table], expected: dict[str, tuple[int, int]],
                replace: bool) -> None:
    with target.writer(backup=False) as con:
        migrate_file(con)
    with target.transaction() as con:
        _refuse_non_empty(target, 0 if replace else con.execute("SELECT count(*) FROM datasets").fetchone()[0])
        for table in reversed(TABLES):
            con.execute(f"DELETE FROM {table}")
        for table in TABLES:
            data = tables[table]
            columns = [c for c in _file_columns(con, table) if c in data.column_names]
            con.register("incoming_copy", data)
            try:
                con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM incoming_copy")
            finally:
                con.unregister("incoming_copy")
        top = con.execute("SELECT coalesce(max(id), 0) FROM datasets").fetchone()[0]
        if top:  # the sequence must hand out ids above the copied ones
            con.execute("SELECT max(nextval('dataset_ids')) FROM range(?)", [int(top)])
        found = {table: checksum(con.sql(
            f"SELECT {', '.join(c for c in _file_columns(con, table) if c in tables[table].column_names)} "
            f"FROM {table}").to_arrow_table()) for table in TABLES}
        _verify(expected, found)


def copy_store(source: Store, target: Store, replace: bool = False) -> TransferReport:
    """Copy every table of `source` into `target` (the other storage mode, or another database of the same),
    verified by counts and checksums before the target commits."""
    if source.backend == target.backend and str(source.path) == str(target.path):
        raise InvalidArgumentError("The source and the target are the same database.", code="ops_same_store")
    tables = _read_all(source)
    expected = {table: checksum(data) for table, data in tables.items()}
    if target.backend == "postgresql":
        target.migrate()
        target.replace_tables(tables, TABLES, replace, expected, _refuse_non_empty, _verify)
    else:
        _write_file(target, tables, expected, replace)
    return TransferReport(_describe(source), _describe(target),
                          [TableCopy(table, *expected[table]) for table in TABLES], replace)
