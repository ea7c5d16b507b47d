"""PostgreSQL as the system of record, each app process reading from its own in-memory DuckDB replica.

With `OVOP_DATABASE_URL=postgresql://...` every write (datasets and their records, workspaces, edits,
migrations) is a PostgreSQL transaction, and every read is DuckDB, as in file mode:

- **Writes.** `PostgresStore.transaction()` hands the caller a connection that speaks the small dialect the
  write code uses (DuckDB's `?` parameters, `con.register(name, frame)` followed by `INSERT ... SELECT ...
  FROM name`, `list_contains`); the registered data reaches PostgreSQL by COPY. Each write transaction
  bumps the one-row generation counter and calls `pg_notify` (delivered only after commit). Name
  uniqueness (NFKC + case folding, per scope) is enforced by the database: a unique index per scope and a
  trigger for the rule across scopes (a public name differs from every name), under an advisory lock per
  name key, so the same name saved on two machines at once gives exactly one success.
- **Reads.** Each process keeps one in-memory DuckDB (the replica) with the same schema as the file: the
  gazetteer, the public datasets with their records, types and facts. It is loaded at the first read and
  refreshed when the generation changes (only datasets whose revision changed are copied). A listener
  thread waits for notifications on a connection of its own, reconnecting when it drops and re-reading the
  generation after each (re)connect; it also re-reads the generation every few seconds (the safety net).
  The process that wrote refreshes at once, so the uploader sees their dataset immediately.
- **Private workspaces** are not replicated: `fetch_private(owner)` is the one function that reads them, and
  it always filters by the owner's key hash. A viewer's private datasets are read into the replica when
  they list their datasets, and re-read after any generation change.
- **Outage.** While PostgreSQL cannot be reached, reads keep being served from the replica and
  `write_status()` is 'paused'; a write fails with DatabaseUnavailableError after at most the lock
  time-out; the listener reconnects by itself.
"""

from __future__ import annotations

import atexit
import io
import json
import logging
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import duckdb
import pandas as pd
import psycopg
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
from psycopg import sql
from psycopg_pool import ConnectionPool, PoolTimeout

from ovop_analytics import config
from ovop_analytics.errors import DatabaseBusyError, DatabaseUnavailableError, InvalidArgumentError
from ovop_analytics.store import migrations as duckdb_migrations
from ovop_analytics.store.connection import Store

log = logging.getLogger(__name__)

CHANNEL = "ovop_store"
MIGRATION_LOCK = 0x0F0F_5107  # pg_advisory_lock key: one node migrates, the others wait
BOOTSTRAP_LOCK = 0x0F0F_5108  # one node loads the gazetteer and the bundled datasets
NAME_LOCK_SPACE = 0x5107  # pg_advisory_xact_lock(space, hashtext(name_key)) in the name trigger
RECONNECT_SECONDS = 1.0
URL_PREFIXES = ("postgresql://", "postgres://")

# ------------------------------------------------------------------------------------------ schema

MIGRATIONS: list[tuple[int, str, list[str]]] = [
    (1, "the schema of the DuckDB file at its version 7 (regions, datasets, records, types, facts, workspaces, "
        "edits), plus a revision per dataset, the generation counter the replicas follow, and the name rule "
        "enforced by the database", [
        """CREATE TABLE regions (
            code TEXT PRIMARY KEY, name TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('province', 'kabupaten_kota')),
            kind TEXT NOT NULL CHECK (kind IN ('provinsi', 'kabupaten', 'kota')),
            parent_code TEXT)""",
        """CREATE TABLE region_lineage (
            child_code TEXT NOT NULL, parent_code TEXT NOT NULL, split_year INTEGER NOT NULL,
            PRIMARY KEY (child_code, parent_code))""",
        "CREATE TABLE commodity_groups (code TEXT PRIMARY KEY, name_id TEXT NOT NULL, name_en TEXT NOT NULL)",
        "CREATE SEQUENCE dataset_ids START 1",
        "CREATE SEQUENCE dataset_revisions START 1",
        """CREATE TABLE datasets (
            id INTEGER PRIMARY KEY DEFAULT nextval('dataset_ids'),
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('reference', 'demo', 'upload', 'shared')),
            visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
            owner TEXT,
            created_at TIMESTAMP NOT NULL DEFAULT localtimestamp,
            source TEXT NOT NULL,
            is_synthetic BOOLEAN NOT NULL,
            description TEXT,
            coverage TEXT,
            file_name TEXT,
            loaded_by TEXT,
            name_key TEXT NOT NULL,
            name_scope TEXT NOT NULL,
            revision BIGINT NOT NULL DEFAULT 0)""",
        "CREATE UNIQUE INDEX datasets_name_in_scope ON datasets (name_scope, name_key)",
        "CREATE INDEX datasets_private_owner ON datasets (owner) WHERE visibility = 'private'",
        """CREATE TABLE ovop_types (
            dataset_id INTEGER NOT NULL, type_code TEXT NOT NULL, name TEXT NOT NULL, commodity_group TEXT,
            PRIMARY KEY (dataset_id, type_code))""",
        """CREATE TABLE ovop_records (
            dataset_id INTEGER NOT NULL,
            region_code TEXT NOT NULL,
            year INTEGER NOT NULL,
            program TEXT NOT NULL CHECK (program IN ('kemenkop_ovop', 'kemenperin_ovop_award')),
            commodity_group TEXT,
            type_code TEXT,
            star SMALLINT CHECK (star BETWEEN 1 AND 5),
            entity_name TEXT,
            product TEXT,
            source_url TEXT,
            province_as_written TEXT,
            kabupaten_kota_as_written TEXT,
            region_match TEXT,
            region_match_score DOUBLE PRECISION)""",
        "CREATE INDEX ovop_records_dataset ON ovop_records (dataset_id)",
        """CREATE TABLE published_facts (
            fact_id TEXT PRIMARY KEY, dataset_id INTEGER NOT NULL, program TEXT NOT NULL, round_year INTEGER,
            level TEXT NOT NULL, region_code TEXT, region_name TEXT, metric TEXT NOT NULL,
            value DOUBLE PRECISION NOT NULL, commodity_group TEXT, star SMALLINT, entity_name TEXT, product TEXT,
            note TEXT, is_conflict BOOLEAN NOT NULL, source_title TEXT NOT NULL, source_url TEXT, published TEXT)""",
        "CREATE INDEX published_facts_dataset ON published_facts (dataset_id)",
        """CREATE TABLE workspaces (
            owner TEXT PRIMARY KEY,
            origin TEXT NOT NULL CHECK (origin IN ('browser', 'orphaned')),
            created_at TIMESTAMP NOT NULL DEFAULT localtimestamp,
            last_seen_at TIMESTAMP NOT NULL DEFAULT localtimestamp)""",
        "CREATE TABLE dataset_edits (dataset_id INTEGER PRIMARY KEY, edits TEXT NOT NULL)",
        """CREATE TABLE store_generation (
            only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row), generation BIGINT NOT NULL)""",
        "INSERT INTO store_generation VALUES (TRUE, 1)",
        # Every change of a dataset row gets a new revision: what a replica compares. The name rule of
        # registry.name_clash, checked again here under a lock per name key, so that two transactions on
        # two machines cannot both pass it: a private name differs from the names of its workspace and
        # from every public name; a public name differs from every name.
        f"""CREATE FUNCTION datasets_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE clash RECORD;
        BEGIN
            NEW.revision := nextval('dataset_revisions');
            IF TG_OP = 'INSERT' OR NEW.name_key IS DISTINCT FROM OLD.name_key
               OR NEW.name_scope IS DISTINCT FROM OLD.name_scope THEN
                PERFORM pg_advisory_xact_lock({NAME_LOCK_SPACE}, hashtext(NEW.name_key));
                SELECT name, visibility INTO clash FROM datasets
                WHERE name_key = NEW.name_key AND id <> NEW.id
                  AND (NEW.visibility = 'public' OR visibility = 'public' OR name_scope = NEW.name_scope)
                ORDER BY visibility = 'public' DESC, id LIMIT 1;
                IF FOUND THEN
                    RAISE EXCEPTION 'dataset name taken: %', NEW.name USING ERRCODE = 'unique_violation',
                        DETAIL = json_build_object('name', NEW.name, 'existing', clash.name, 'where',
                            CASE WHEN NEW.visibility = 'public'
                                 THEN CASE WHEN clash.visibility = 'public' THEN 'scope' ELSE 'elsewhere' END
                                 ELSE CASE WHEN clash.visibility = 'public' THEN 'public' ELSE 'scope' END
                            END)::text;
                END IF;
            END IF;
            RETURN NEW;
        END $$""",
        """CREATE TRIGGER datasets_guard BEFORE INSERT OR UPDATE ON datasets
           FOR EACH ROW EXECUTE FUNCTION datasets_guard()""",
    ]),
]

MIGRATIONS.append(
    (2, "the records of a dataset written in bulk also as one Parquet file: another node copies a million "
        "records in one value instead of a million CSV lines (rows and contents checked when written)", [
        """CREATE TABLE dataset_record_files (
            dataset_id INTEGER PRIMARY KEY, rows BIGINT NOT NULL, parquet BYTEA NOT NULL)""",
        """CREATE FUNCTION dataset_record_files_gone() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN DELETE FROM dataset_record_files WHERE dataset_id = OLD.id; RETURN OLD; END $$""",
        """CREATE TRIGGER dataset_record_files_gone AFTER DELETE ON datasets
           FOR EACH ROW EXECUTE FUNCTION dataset_record_files_gone()""",
    ]))

LATEST_VERSION = MIGRATIONS[-1][0]
PARQUET_MIN_ROWS = 50_000  # a dataset written in bulk with at least this many records gets its Parquet copy
STATIC_TABLES = ("regions", "region_lineage", "commodity_groups")  # read again only when their counts change
REPLICATED_TABLES = ("workspaces",)  # read whole at each refresh
PER_DATASET_TABLES = ("ovop_records", "ovop_types", "published_facts", "dataset_edits")


def is_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(URL_PREFIXES)


def redact(url: str) -> str:
    """The URL without its password, for messages and `check`."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def pg_version(con: psycopg.Connection) -> int:
    exists = con.execute("SELECT to_regclass('schema_migrations') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def migrate(con: psycopg.Connection) -> list[int]:
    """Apply every migration newer than the database, each in its own transaction, under an advisory lock
    so that nodes starting together do not race (the second finds the schema current)."""
    applied = []
    con.execute("SELECT pg_advisory_lock(%s)", [MIGRATION_LOCK])
    try:
        con.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY, description TEXT NOT NULL,
            applied_at TIMESTAMP NOT NULL DEFAULT localtimestamp)""")
        for version, description, statements in MIGRATIONS:
            if version <= pg_version(con):
                continue
            with con.transaction():
                for statement in statements:
                    con.execute(statement)
                con.execute("INSERT INTO schema_migrations (version, description) VALUES (%s, %s)",
                            [version, description])
            applied.append(version)
    finally:
        con.execute("SELECT pg_advisory_unlock(%s)", [MIGRATION_LOCK])
    return applied


# ------------------------------------------------------------------------------- arrow <-> COPY

_ARROW_TYPES = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "TINYINT": pa.int8(),
                "SMALLINT": pa.int16(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "TIMESTAMP": pa.timestamp("us")}


def _copy_out(cur: psycopg.Cursor, query: sql.Composable, schema: pa.Schema) -> pa.Table:
    """Rows of `query` as an Arrow table of `schema`, through COPY ... CSV (every non-NULL text quoted, so
    an empty text stays distinct from NULL): far faster than fetching a million rows as Python tuples."""
    buffer = io.BytesIO()
    text = [sql.Identifier(f.name) for f in schema if pa.types.is_string(f.type)]
    quote = sql.SQL(", FORCE_QUOTE ({})").format(sql.SQL(", ").join(text)) if text else sql.SQL("")
    with cur.copy(sql.SQL("COPY ({}) TO STDOUT (FORMAT csv{})").format(query, quote)) as copy:
        for chunk in copy:
            buffer.write(chunk)
    if buffer.tell() == 0:
        return schema.empty_table()
    buffer.seek(0)
    return pacsv.read_csv(buffer, read_options=pacsv.ReadOptions(column_names=schema.names, block_size=1 << 24),
                          convert_options=pacsv.ConvertOptions(
                              column_types=schema, null_values=[""], strings_can_be_null=True,
                              quoted_strings_can_be_null=False, true_values=["t"], false_values=["f"]))


def _copy_in(cur: psycopg.Cursor, table: str, columns: Sequence[str], data: pa.Table) -> None:
    """Write an Arrow table into `table` by COPY ... CSV (strings always quoted, NULL an empty field)."""
    if data.num_rows == 0:
        return
    buffer = io.BytesIO()
    pacsv.write_csv(data, buffer, pacsv.WriteOptions(include_header=False, quoting_style="needed"))
    statement = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT csv)").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns)))
    with cur.copy(statement) as copy:
        view = buffer.getbuffer()
        for start in range(0, len(view), 1 << 20):
            copy.write(view[start:start + (1 << 20)])


# ---------------------------------------------------------------------------- the write connection

_INSERT_FROM_REGISTERED = re.compile(
    r"^\s*INSERT\s+INTO\s+(\w+)\s*(?:\(([^)]*)\))?\s*(SELECT\s.+?\sFROM\s+(\w+))\s*$", re.IGNORECASE | re.DOTALL)
_LIST_CONTAINS = re.compile(r"list_contains\(\s*\?\s*,\s*([\w.]+)\s*\)", re.IGNORECASE)
_WRITES = re.compile(r"^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(\w+)", re.IGNORECASE)


def _translate(statement: str) -> str:
    """DuckDB's spelling of the write code's SQL in PostgreSQL's: `?` parameters, `list_contains`."""
    statement = _LIST_CONTAINS.sub(r"\1 = ANY(?)", statement)
    return statement.replace("%", "%%").replace("?", "%s")


def _plain(value: Any) -> Any:
    """numpy scalars and pandas' NA as the Python values psycopg adapts."""
    if value is None or isinstance(value, (str, bytes, bool, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "item"):  # numpy scalar
        return value.item()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


class _Result:
    """What `con.execute(...)` returns to the write code: fetchone, fetchall (DuckDB's method names)."""

    def __init__(self, cursor: psycopg.Cursor | None) -> None:
        self._cursor = cursor

    def fetchone(self) -> tuple | None:
        return self._cursor.fetchone() if self._cursor is not None and self._cursor.description else None

    def fetchall(self) -> list[tuple]:
        return self._cursor.fetchall() if self._cursor is not None and self._cursor.description else []

    def df(self) -> pd.DataFrame:
        columns = [c.name for c in self._cursor.description] if self._cursor is not None else []
        return pd.DataFrame(self.fetchall(), columns=columns)


class PostgresWrite:
    """The connection a write block receives in PostgreSQL mode: one PostgreSQL transaction."""

    def __init__(self, con: psycopg.Connection) -> None:
        self._con = con
        self._registered: dict[str, Any] = {}
        self._scratch: duckdb.DuckDBPyConnection | None = None
        self.tables_written: set[str] = set()
        self.record_batches: dict[int, list[pa.Table]] = {}  # bulk-written records, per dataset

    def register(self, name: str, data: Any) -> None:
        self._registered[name] = data

    def unregister(self, name: str) -> None:
        self._registered.pop(name, None)
        if self._scratch is not None:
            try:
                self._scratch.unregister(name)
            except duckdb.Error:
                pass

    def close(self) -> None:
        if self._scratch is not None:
            self._scratch.close()
            self._scratch = None

    def _target_columns(self, table: str) -> list[str]:
        rows = self._con.execute("""SELECT column_name FROM information_schema.columns
                                    WHERE table_schema = current_schema() AND table_name = %s
                                    ORDER BY ordinal_position""", [table]).fetchall()
        return [row[0] for row in rows]

    def _insert_registered(self, match: re.Match, params: Sequence[Any] | None) -> _Result:
        """`INSERT INTO t (cols) SELECT ... FROM registered`: the SELECT runs in an in-memory DuckDB over the
        registered frame or Arrow table, and its rows reach PostgreSQL by COPY."""
        table, columns, select, source = match.group(1), match.group(2), match.group(3), match.group(4)
        if self._scratch is None:
            self._scratch = duckdb.connect(":memory:")
        self._scratch.register(source, self._registered[source])
        try:
            data = self._scratch.sql(select, params=list(params or [])).to_arrow_table()
        finally:
            self._scratch.unregister(source)
        names = [c.strip() for c in columns.split(",")] if columns else self._target_columns(table)[:data.num_columns]
        with self._con.cursor() as cur:
            _copy_in(cur, table, names, data)
        self.tables_written.add(table.lower())
        if table.lower() == "ovop_records" and "dataset_id" in names:
            batch = data.rename_columns(names)
            for dataset_id in pc.unique(batch.column("dataset_id")).to_pylist():
                self.record_batches.setdefault(int(dataset_id), []).append(batch)
        return _Result(None)

    def write_record_files(self, schema: pa.Schema) -> None:
        """Before commit: the Parquet copy of each dataset whose records were all written in bulk by this
        transaction (checked against the table: same number of rows), for the other nodes' replicas."""
        import pyarrow.parquet as pq

        for dataset_id, batches in self.record_batches.items():
            rows = sum(b.num_rows for b in batches)
            if rows < PARQUET_MIN_ROWS:
                continue
            stored = self._con.execute("SELECT count(*) FROM ovop_records WHERE dataset_id = %s", [dataset_id]).fetchone()[0]
            if stored != rows or any(pc.unique(b.column("dataset_id")).to_pylist() != [dataset_id] for b in batches):
                continue  # written another way too: the replicas copy it row by row
            table = pa.concat_tables([_conform(b, schema) for b in batches])
            buffer = io.BytesIO()
            pq.write_table(table, buffer, compression="zstd")
            self._con.execute("INSERT INTO dataset_record_files (dataset_id, rows, parquet) VALUES (%s, %s, %s) "
                              "ON CONFLICT (dataset_id) DO UPDATE SET rows = excluded.rows, parquet = excluded.parquet",
                              [dataset_id, rows, buffer.getvalue()])

    def execute(self, statement: str, params: Sequence[Any] | dict[str, Any] | None = None) -> _Result:
        match = _INSERT_FROM_REGISTERED.match(statement)
        if match and match.group(4) in self._registered:
            return self._insert_registered(match, params)
        written = _WRITES.match(statement)
        if written:
            self.tables_written.add(written.group(1).lower())
        cur = self._con.cursor()
        try:
            if params:
                cur.execute(_translate(statement), [_plain(p) for p in params])
            else:
                cur.execute(_translate(statement).replace("%%", "%"))
        except psycopg.errors.UniqueViolation as error:
            raise _name_error(statement, error) from error
        return _Result(cur)

    def executemany(self, statement: str, rows: Sequence[Sequence[Any]]) -> None:
        written = _WRITES.match(statement)
        if written:
            self.tables_written.add(written.group(1).lower())
        with self._con.cursor() as cur:
            cur.executemany(_translate(statement), [[_plain(v) for v in row] for row in rows])


def _conform(data: pa.Table, schema: pa.Schema) -> pa.Table:
    """`data` with exactly the columns and types of `schema` (missing columns as NULL)."""
    columns = [data.column(f.name).cast(f.type) if f.name in data.column_names else pa.nulls(data.num_rows, f.type)
               for f in schema]
    return pa.Table.from_arrays(columns, schema=schema)


def _name_error(statement: str, error: psycopg.errors.UniqueViolation) -> Exception:
    """A name refused by the database (another machine saved it first) as the registry's own refusal."""
    from ovop_analytics.store.names import publish_taken_error, taken_error

    detail = getattr(error.diag, "message_detail", None) or ""
    try:
        found = json.loads(detail)
    except ValueError:
        found = None
    if not isinstance(found, dict):  # the unique index itself (same scope, same key)
        return taken_error("?", "?", "scope") if "datasets" in statement else error
    if re.search(r"SET\s+visibility\s*=\s*'public'", statement, re.IGNORECASE):
        return publish_taken_error(found["name"], found["existing"], found["where"])
    return taken_error(found["name"], found["existing"], found["where"])


# ------------------------------------------------------------------------------------- the replica


@dataclass
class ReplicaStatus:
    """What a node knows of PostgreSQL: reachable or not, and the generation its replica reflects."""

    online: bool
    generation: int | None
    refreshed_at: float | None
    last_error: str


class Node:
    """Everything one process keeps for one PostgreSQL database: the connection pool, the in-memory
    DuckDB replica and the listener thread that keeps it current."""

    def __init__(self, url: str, lock_timeout: float) -> None:
        self.url = url
        self.lock_timeout = lock_timeout
        self.poll_seconds = float(config.get("store_poll_seconds"))
        self.notify = config.get("store_notify").strip().lower() not in ("0", "false", "no", "off")
        self.online = self._reachable()  # before the first write waits for a pool that cannot connect
        self.last_error = "" if self.online else "unreachable at start"
        self.pool = self._new_pool()
        self.replica = duckdb.connect(":memory:")
        duckdb_migrations.migrate(self.replica)
        self._columns: dict[str, list[tuple[str, str]]] = {}
        self.generation: int | None = None
        self.refreshed_at: float | None = None
        self.public: dict[int, int] = {}  # public dataset id -> revision held by the replica
        self.private: dict[int, tuple[str, int]] = {}  # private dataset id -> (owner, revision) held
        self.private_read_at: dict[str, int] = {}  # owner -> generation their private datasets were read at
        self.refresh_lock = threading.RLock()
        self.static_counts: tuple | None = None  # row counts of STATIC_TABLES when last read
        self._stop = threading.Event()
        self._changed = threading.Condition()
        self.listener = threading.Thread(target=self._listen, name="ovop-store-listener", daemon=True)
        self.listener.start()

    def _reachable(self) -> bool:
        try:
            with psycopg.connect(self.url, **self._connect_kwargs(timeout=3)):
                return True
        except psycopg.Error:
            return False

    def _new_pool(self) -> ConnectionPool:
        pool = ConnectionPool(self.url, min_size=1, max_size=8, open=False, timeout=self.lock_timeout,
                              kwargs=self._connect_kwargs(), check=ConnectionPool.check_connection,
                              reconnect_timeout=24 * 3600, name="ovop-store")
        pool.open(wait=False)
        return pool

    def _renew_pool(self) -> None:
        """After an outage: a fresh pool, so that writes do not wait out the old pool's reconnection
        back-off (which doubles after each failed attempt). Connections still lent by the old pool are
        closed when they come back to it."""
        old, self.pool = self.pool, self._new_pool()
        threading.Thread(target=old.close, kwargs={"timeout": 0}, name="ovop-store-old-pool", daemon=True).start()

    def _connect_kwargs(self, timeout: float | None = None) -> dict[str, Any]:
        lock_ms = max(1, int(self.lock_timeout * 1000))
        return {"connect_timeout": max(1, int(round(timeout or min(self.lock_timeout, 5)))),
                "options": f"-c lock_timeout={lock_ms} -c idle_in_transaction_session_timeout={lock_ms * 4}",
                "keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 2,
                "application_name": "ovop-analytics"}

    # ------------------------------------------------------------------------------- status

    def status(self) -> ReplicaStatus:
        return ReplicaStatus(self.online, self.generation, self.refreshed_at, self.last_error)

    def _set_online(self, online: bool, error: str = "") -> None:
        if online != self.online:
            log.warning("PostgreSQL %s %s", redact(self.url), "reachable again" if online else f"unreachable: {error}")
            if online:
                self._renew_pool()
        self.online = online
        self.last_error = error

    def wait_for_generation(self, generation: int, timeout: float) -> bool:
        """Tests and benchmarks: wait until the replica reflects `generation` (or a later one)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self.generation is None or self.generation < generation:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(remaining)
        return True

    # ----------------------------------------------------------------------------- listener

    def _listen(self) -> None:
        """Wait for notifications (or poll) and refresh the replica when the generation moves; reconnect
        after any error, re-reading the generation first (notifications sent meanwhile are lost)."""
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.url, autocommit=True, **self._connect_kwargs(timeout=3)) as con:
                    if self.notify:
                        con.execute(sql.SQL("LISTEN {}").format(sql.Identifier(CHANNEL)))
                    self._set_online(True)
                    while not self._stop.is_set():
                        current = con.execute("SELECT generation FROM store_generation").fetchone()[0]
                        if self.generation is not None and current != self.generation:
                            try:
                                self.refresh()
                            except DatabaseUnavailableError:  # the pool is busy or renewing: next round
                                pass
                        if self.notify:
                            for _ in con.notifies(timeout=self.poll_seconds, stop_after=1):
                                pass
                        else:
                            self._stop.wait(self.poll_seconds)
            except psycopg.errors.UndefinedTable:  # reachable, not migrated yet: initialise() is running
                self._set_online(True)
            except (psycopg.Error, OSError, DatabaseUnavailableError) as error:
                self._set_online(False, str(error).strip().splitlines()[0] if str(error).strip() else repr(error))
            except Exception:  # noqa: BLE001 - a background thread: never let the listener die; log and try again
                log.exception("replica listener of %s failed", redact(self.url))
            self._stop.wait(RECONNECT_SECONDS)

    def stop(self) -> None:
        self._stop.set()
        if self.notify and self.online:  # wake the listener out of its wait for a notification
            try:
                with psycopg.connect(self.url, autocommit=True, connect_timeout=2) as con:
                    con.execute("SELECT pg_notify(%s, 'stop')", [CHANNEL])
            except psycopg.Error:
                pass
        self.listener.join(timeout=5)
        self.pool.close(timeout=2)
        with self.refresh_lock:
            self.replica.close()

    # ----------------------------------------------------------------------------- connections

    @contextmanager
    def connection(self, timeout: float | None = None) -> Iterator[psycopg.Connection]:
        """A pooled connection; DatabaseUnavailableError when none can be had within `timeout` (at most 3 s
        while the listener knows the server is away)."""
        wait = self.lock_timeout if timeout is None else timeout
        if not self.online:
            wait = min(wait, 3.0)
        pool = self.pool
        try:
            con = pool.getconn(timeout=wait)
        except PoolTimeout as error:  # the listener alone decides online/offline (it sees reconnections)
            raise unavailable(self.url, wait) from error
        try:
            yield con
        except psycopg.OperationalError as error:
            if con.closed or con.broken:
                raise unavailable(self.url, wait) from error
            raise
        finally:
            pool.putconn(con)

    # ------------------------------------------------------------------------------- replica

    def columns(self, table: str) -> list[tuple[str, str]]:
        """(name, DuckDB type) of a replica table, in order."""
        if table not in self._columns:
            rows = self.replica.execute(
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' "
                "AND table_name = ? ORDER BY ordinal_position", [table]).fetchall()
            self._columns[table] = [(name, kind) for name, kind in rows]
        return self._columns[table]

    def schema(self, table: str) -> pa.Schema:
        return self._schema(table)

    def _schema(self, table: str) -> pa.Schema:
        return pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in self.columns(table)])

    def _read(self, cur: psycopg.Cursor, table: str, where: sql.Composable | None = None) -> pa.Table:
        names = [name for name, _ in self.columns(table)]
        query = sql.SQL("SELECT {} FROM {}").format(sql.SQL(", ").join(map(sql.Identifier, names)),
                                                    sql.Identifier(table))
        if where is not None:
            query = sql.SQL("{} WHERE {}").format(query, where)
        return _copy_out(cur, query, self._schema(table))

    def _read_datasets(self, cur: psycopg.Cursor, ids: list[int]) -> dict[str, pa.Table]:
        """Every row of these datasets, table by table (one query per table for all of them)."""
        if not ids:
            return {}
        import pyarrow.parquet as pq

        id_list = sql.SQL("({})").format(sql.SQL(", ").join(sql.Literal(int(i)) for i in ids))
        tables = {"datasets": self._read(cur, "datasets", sql.SQL("id IN {}").format(id_list))}
        schema = self._schema("ovop_records")
        files = cur.execute(sql.SQL("SELECT dataset_id, parquet FROM dataset_record_files WHERE dataset_id IN {}")
                            .format(id_list), binary=True).fetchall()
        parts = [_conform(pq.read_table(io.BytesIO(bytes(blob))), schema) for _, blob in files]
        rest = [i for i in ids if i not in {dataset_id for dataset_id, _ in files}]
        for table in PER_DATASET_TABLES:
            if table == "ovop_records":
                if rest:
                    rest_list = sql.SQL("({})").format(sql.SQL(", ").join(sql.Literal(int(i)) for i in rest))
                    parts.append(self._read(cur, table, sql.SQL("dataset_id IN {}").format(rest_list)))
                tables[table] = pa.concat_tables(parts) if parts else schema.empty_table()
            else:
                tables[table] = self._read(cur, table, sql.SQL("dataset_id IN {}").format(id_list))
        return tables

    def _apply(self, remove: list[int], tables: dict[str, pa.Table], whole: dict[str, pa.Table] | None = None) -> None:
        """One DuckDB transaction on the replica: readers see the state before or after, never between."""
        rep = self.replica.cursor()
        try:
            rep.execute("BEGIN TRANSACTION")
            try:
                if remove:
                    for table in PER_DATASET_TABLES:
                        rep.execute(f"DELETE FROM {table} WHERE list_contains(?, dataset_id)", [remove])
                    rep.execute("DELETE FROM datasets WHERE list_contains(?, id)", [remove])
                for table, data in {**(whole or {}), **tables}.items():
                    if whole and table in whole:
                        rep.execute(f"DELETE FROM {table}")
                    if data.num_rows:
                        rep.register("incoming_replica_rows", data)
                        try:
                            names = ", ".join(f'"{name}"' for name in data.column_names)
                            rep.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM incoming_replica_rows")
                        finally:
                            rep.unregister("incoming_replica_rows")
                rep.execute("COMMIT")
            except BaseException:  # noqa: BLE001 - roll back, then re-raise
                rep.execute("ROLLBACK")
                raise
        finally:
            rep.close()

    def refresh(self, con: psycopg.Connection | None = None) -> int:
        """Bring the replica to PostgreSQL's current generation: the small tables whole, and the public
        datasets whose revision changed. Returns the generation now reflected."""
        with self.refresh_lock:
            if con is None:
                with self.connection(timeout=min(self.lock_timeout, 5)) as pooled:
                    return self._refresh(pooled)
            return self._refresh(con)

    def _refresh(self, con: psycopg.Connection) -> int:
        started = time.perf_counter()
        with con.transaction():  # one snapshot: the generation and the rows agree
            with con.cursor() as cur:
                cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                generation = cur.execute("SELECT generation FROM store_generation").fetchone()[0]
                if generation == self.generation:
                    return generation
                manifest = dict(cur.execute("SELECT id, revision FROM datasets WHERE visibility = 'public'").fetchall())
                changed = [i for i, revision in manifest.items() if self.public.get(i) != revision]
                gone = [i for i in self.public if i not in manifest]
                whole = {table: self._read(cur, table) for table in REPLICATED_TABLES}
                counts = cur.execute("SELECT (SELECT count(*) FROM regions), (SELECT count(*) FROM region_lineage), "
                                     "(SELECT count(*) FROM commodity_groups)").fetchone()
                if self.generation is None or counts != self.static_counts:
                    whole.update({table: self._read(cur, table) for table in STATIC_TABLES})
                fresh = self._read_datasets(cur, changed)
        # a dataset published since it was read privately, or removed: its old rows go
        remove = sorted(set(gone) | set(changed) | {i for i in self.private if i in manifest})
        self._apply(remove, fresh, whole)
        for i in remove:
            self.public.pop(i, None)
            self.private.pop(i, None)
        self.public.update({i: manifest[i] for i in changed})
        self.static_counts = counts
        self.private_read_at.clear()  # every viewer's private datasets are read again at their next list
        with self._changed:
            self.generation = generation
            self.refreshed_at = time.time()
            self._changed.notify_all()
        log.info("replica of %s at generation %s (%d datasets copied in %.2f s)", redact(self.url), generation,
                 len(changed), time.perf_counter() - started)
        return generation

    def ensure_loaded(self) -> None:
        """The first read of this process loads the replica; without PostgreSQL it cannot start."""
        if self.generation is None:
            self.refresh()

    def fetch_private(self, owner: str) -> None:
        """The one way private data is read from PostgreSQL: the datasets of one workspace, always filtered
        by its owner's key hash, into the replica (only those whose revision changed). While PostgreSQL is
        unreachable, what the replica holds is served as it is."""
        if not owner or self.private_read_at.get(owner) == self.generation:
            return
        if not self.online:
            return
        with self.refresh_lock:
            generation = self.generation
            try:
                with self.connection(timeout=min(self.lock_timeout, 2)) as con:
                    with con.transaction():
                        with con.cursor() as cur:
                            cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                            manifest = dict(cur.execute(
                                "SELECT id, revision FROM datasets WHERE visibility = 'private' AND owner = %s",
                                [owner]).fetchall())
                            held = {i: rev for i, (who, rev) in self.private.items() if who == owner}
                            changed = [i for i, revision in manifest.items() if held.get(i) != revision]
                            fresh = self._read_datasets(cur, changed)
                            if fresh:  # the rows read must be this owner's private ones, whatever happened meanwhile
                                ok = pc_all_equal(fresh["datasets"], owner)
                                if not ok:
                                    raise RuntimeError("private read returned another owner's rows")
            except DatabaseUnavailableError:
                return
            remove = sorted((set(held) - set(manifest)) | set(changed))
            self._apply(remove, fresh)
            for i in remove:
                self.private.pop(i, None)
            self.private.update({i: (owner, manifest[i]) for i in changed})
            self.private_read_at[owner] = generation


def pc_all_equal(datasets: pa.Table, owner: str) -> bool:
    owners = datasets.column("owner").to_pylist()
    visibilities = datasets.column("visibility").to_pylist()
    return all(o == owner and v == "private" for o, v in zip(owners, visibilities))


def unavailable(url: str, seconds: float) -> DatabaseUnavailableError:
    return DatabaseUnavailableError(
        f"The database server {redact(url)} cannot be reached (waited {seconds:.0f} s): nothing was written. "
        "Try again once it is back.",
        code="ops_db_unavailable", values={"seconds": round(seconds), "where": redact(url)})


_nodes: dict[str, Node] = {}
_nodes_lock = threading.Lock()


def node_for(url: str, lock_timeout: float) -> Node:
    with _nodes_lock:
        if url not in _nodes:
            _nodes[url] = Node(url, lock_timeout)
        return _nodes[url]


def close_node(url: str) -> None:
    """Stop the listener and close every connection of this process to `url` (tests, templates)."""
    with _nodes_lock:
        node = _nodes.pop(url, None)
    if node is not None:
        node.stop()


def close_all() -> None:
    for url in list(_nodes):
        close_node(url)


atexit.register(close_all)


# --------------------------------------------------------------------------------------- the store


class PostgresStore(Store):
    """The Store interface over PostgreSQL (writes) and this process's DuckDB replica (reads)."""

    backend = "postgresql"

    def __init__(self, path: str | None = None, lock_timeout: float | None = None,
                 backup_keep: int | None = None, after_write: Any = None) -> None:
        url = path if is_url(path) else config.get("database_url")
        if not is_url(url):
            raise InvalidArgumentError(f"Not a PostgreSQL URL: {redact(str(url))}")
        self.url = url
        self.path = url  # Store(store.path) opens the same database again
        self.display = redact(url)
        self.lock_timeout = config.lock_timeout() if lock_timeout is None else lock_timeout
        self.backup_keep = 0  # PostgreSQL's own tools make the backups (pg_dump)
        self.after_write = None  # no file to copy after a write
        self._key = url
        self.last_commit_at = 0.0
        self.node = node_for(url, self.lock_timeout)

    def __repr__(self) -> str:
        return f"PostgresStore({self.display!r})"

    # ---------------------------------------------------------------------------------- reads

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of this process's replica (public data, and the private data read for its owners)."""
        self.node.ensure_loaded()
        cursor = self.node.replica.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def fetch_private(self, owner: str | None) -> None:
        if owner:
            self.node.ensure_loaded()
            self.node.fetch_private(owner)

    def signature(self) -> tuple:
        """Changes whenever the replica changes: the generation it reflects."""
        self.node.ensure_loaded()
        return ("postgresql", self.url, self.node.generation)

    def write_status(self) -> str:
        return "ok" if self.node.online else "paused"

    def refresh(self) -> int:
        return self.node.refresh()

    # --------------------------------------------------------------------------------- writes

    @contextmanager
    def writer(self, backup: bool = True) -> Iterator[PostgresWrite]:
        with self.transaction(backup=backup) as con:
            yield con

    @contextmanager
    def transaction(self, backup: bool = True) -> Iterator[PostgresWrite]:
        """One PostgreSQL transaction: all or nothing. A change of anything but a workspace's last visit
        bumps the generation and notifies the other nodes (after commit); this node refreshes at once."""
        node = self.node
        generation = None
        with node.connection() as con:
            write = PostgresWrite(con)
            try:
                with con.transaction():
                    yield write
                    if write.record_batches:
                        write.write_record_files(node.schema("ovop_records"))
                    if write.tables_written - {"workspaces"}:
                        generation = con.execute(
                            "UPDATE store_generation SET generation = generation + 1 RETURNING generation").fetchone()[0]
                        con.execute("SELECT pg_notify(%s, %s)", [CHANNEL, str(generation)])
                self.last_commit_at = time.monotonic()  # benchmarks: propagation is timed from here
            except (psycopg.errors.LockNotAvailable, psycopg.errors.QueryCanceled) as error:
                raise self._busy() from error
            finally:
                write.close()
        if generation is not None and node.generation is not None:
            try:
                node.refresh()
            except DatabaseUnavailableError:
                pass  # committed; the listener catches up when the server is back

    def _busy(self) -> DatabaseBusyError:
        return DatabaseBusyError(
            f"The database {self.display} is busy (another node is writing); waited {self.lock_timeout:.0f} s. "
            "Try again in a moment.", code="ops_db_busy", values={"seconds": round(self.lock_timeout)})

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        raise InvalidArgumentError(
            "In PostgreSQL mode the database server's own tools are the backup: use pg_dump and pg_restore.",
            code="ops_pg_backup", values={"where": self.display})
        yield  # pragma: no cover

    def run_after_write(self) -> None:
        """Nothing: PostgreSQL's own backups (pg_dump, WAL archiving) cover it."""

    def query(self, sql_text: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        with self.reader() as con:
            return con.execute(sql_text, params or []).df()

    def records(self, sql_text: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        with self.reader() as con:
            cursor = con.execute(sql_text, params or [])
            columns = [column[0] for column in cursor.description]
            return [dict(zip(columns, row)) for row in cursor.fetchall()]

    # ------------------------------------------------------------------------------- schema

    def migrate(self) -> list[int]:
        with self.node.connection() as con:
            con.autocommit = True
            try:
                return migrate(con)
            finally:
                con.autocommit = False

    def schema_version(self) -> int:
        with self.node.connection() as con:
            with con.transaction():
                return pg_version(con)

    @contextmanager
    def bootstrap_lock(self) -> Iterator[None]:
        """Held while one node loads the gazetteer and the bundled datasets (the others wait, then find them)."""
        with self.node.connection() as con:
            con.autocommit = True
            con.execute("SELECT pg_advisory_lock(%s)", [BOOTSTRAP_LOCK])
            try:
                yield
            finally:
                con.execute("SELECT pg_advisory_unlock(%s)", [BOOTSTRAP_LOCK])
                con.autocommit = False

    # ------------------------------------------------------------------------------ migrate-store

    def read_tables(self, tables: Sequence[str]) -> dict[str, pa.Table]:
        """Every row of these tables (private ones included: for `migrate-store`), in one snapshot, with the
        columns and types of the DuckDB file."""
        with self.node.connection() as con:
            with con.transaction():
                with con.cursor() as cur:
                    cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                    return {table: self.node._read(cur, table) for table in tables}

    def replace_tables(self, tables: dict[str, pa.Table], order: Sequence[str], replace: bool,
                       expected: dict[str, tuple[int, int]], refuse_non_empty: Any, verify: Any) -> None:
        """Put `tables` in place of this database's rows in one transaction, read back and verified before
        it commits (see store.transfer); the other nodes refresh by the generation, as after any write."""
        from ovop_analytics.store.transfer import checksum

        with self.node.connection() as con:
            with con.transaction():
                with con.cursor() as cur:
                    count = cur.execute("SELECT count(*) FROM datasets").fetchone()[0]
                    refuse_non_empty(self, 0 if replace else count)
                    for table in reversed(order):
                        cur.execute(sql.SQL("DELETE FROM {}").format(sql.Identifier(table)))
                    for table in order:
                        _copy_in(cur, table, tables[table].column_names, tables[table])
                    cur.execute("SELECT setval('dataset_ids', greatest(coalesce(max(id), 0), 1), max(id) IS NOT NULL) "
                                "FROM datasets")
                    found = {}
                    for table in order:
                        names = tables[table].column_names
                        schema = pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in self.node.columns(table)
                                            if name in names])
                        query = sql.SQL("SELECT {} FROM {}").format(
                            sql.SQL(", ").join(map(sql.Identifier, schema.names)), sql.Identifier(table))
                        found[table] = checksum(_copy_out(cur, query, schema))
                    verify(expected, found)
                    generation = cur.execute(
                        "UPDATE store_generation SET generation = generation + 1 RETURNING generation").fetchone()[0]
                    cur.execute("SELECT pg_notify(%s, %s)", [CHANNEL, str(generation)])
        if self.node.generation is not None:
            self.node.refresh()

    def pg_query(self, statement: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Rows read from PostgreSQL itself (not the replica): `check`, `migrate-store`, tests."""
        with self.node.connection() as con:
            with con.transaction():
                return con.execute(statement, params).fetchall()


__all__ = ["LATEST_VERSION", "PostgresStore", "PostgresWrite", "close_node", "is_url", "migrate", "node_for",
           "redact"]

