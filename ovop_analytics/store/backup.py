"""Checking, backing up and restoring the database file, and what to tell a person when it is damaged.

- `check_store` opens the database and reads every column of every table (DuckDB verifies each block's
  checksum as it reads it); the result has per-table row counts and a digest of the contents.
- `backup` copies the file (and a write-ahead log left by a crash, if any) while holding a reader's lock,
  so it runs beside the app and no writer can change the file during the copy; the copy is then verified:
  byte for byte the same as the source (SHA-256), and every table of the copy reads back. A copied log is
  first checkpointed into the copy, which is then compared table by table with the source instead. Only a
  verified copy gets a final name (`ovop-<UTC time>.duckdb`); a copy interrupted half-way keeps its
  `.partial-` name and is never offered for a restore.
- `restore` checks a file the same way, then swaps it in under the writer's lock; the file it replaces is
  kept in backups/ as `replaced-<UTC time>.duckdb`.
- `database_state` is what the app shows at start-up: ok, missing, or corrupt with the newest backup and
  the command that restores it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from ovop_analytics.errors import DatabaseBusyError, DatabaseCorruptError, DatabaseMissingError, InvalidArgumentError
from ovop_analytics.store.connection import Store
from ovop_analytics.store.migrations import LATEST_VERSION, current_version
from ovop_analytics.store.recovery import (BACKUP_PREFIX, PARTIAL_PREFIX, REPLACED_PREFIX, SUFFIX, DatabaseState,
                                          list_backups, state_from_error)
# Callers of store.backup find the whole recovery vocabulary here too.
from ovop_analytics.store.recovery import corrupt_error, newest_backup, restore_command  # noqa: F401

log = logging.getLogger(__name__)
STALE_PARTIAL_SECONDS = 3600  # a partial copy this old was left by a killed backup


@dataclass(frozen=True)
class TableCheck:
    table: str
    rows: int
    digest: int  # sum of the hashes of every value of every column


@dataclass(frozen=True)
class CheckReport:
    path: Path
    version: int  # schema version
    tables: list[TableCheck]

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    @property
    def digest(self) -> tuple[tuple[str, int, int], ...]:
        return tuple((t.table, t.rows, t.digest) for t in self.tables)


@dataclass(frozen=True)
class BackupReport:
    path: Path
    check: CheckReport
    size: int
    removed: list[Path] = field(default_factory=list)  # older backups pruned after this one


@dataclass(frozen=True)
class RestoreReport:
    path: Path  # the database that was put back
    source: Path
    check: CheckReport
    replaced: Path | None  # where the database it replaced was kept


def _utc_stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [row[0] for row in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' AND table_name = ? "
        "ORDER BY ordinal_position", [table]).fetchall()]


def read_every_table(con: duckdb.DuckDBPyConnection) -> list[TableCheck]:
    """Row count and a digest of every value of every table; reading each block makes DuckDB verify it."""
    tables = [row[0] for row in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' "
        "ORDER BY table_name").fetchall()]
    checks = []
    for table in tables:
        # identifiers come from the catalogue, not from a user; quoted as identifiers
        quoted = '"' + table.replace('"', '""') + '"'
        sums = [f'coalesce(sum(hash("{c.replace(chr(34), chr(34) * 2)}")), 0)' for c in _columns(con, table)]
        row = con.execute(f"SELECT count(*), {' + '.join(sums) or '0'} FROM {quoted}").fetchone()
        checks.append(TableCheck(table, int(row[0]), int(row[1]) % (1 << 64)))
    return checks


def check_store(store: Store) -> CheckReport:
    """Open the live database (as a reader, beside the app) and read every table."""
    with store.reader() as con:
        return CheckReport(store.path, current_version(con), read_every_table(con))


def check_file(path: Path) -> CheckReport:
    """Open a database file that is not in use (a backup, a file to restore) read-only and read every table;
    DatabaseCorruptError when it cannot be read or is not an OVOP Analytics database."""
    path = Path(path)
    if not path.is_file():
        raise InvalidArgumentError(f"No such file: {path}", code="ops_no_such_file", values={"path": str(path)})
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as error:
        raise _unusable(path, str(error)) from error
    try:
        version = current_version(con)
        tables = read_every_table(con)
    except duckdb.Error as error:
        raise _unusable(path, str(error)) from error
    finally:
        con.close()
    names = {t.table for t in tables}
    if version == 0 or not {"datasets", "regions", "ovop_records"} <= names:
        raise _unusable(path, "not an OVOP Analytics database (no schema, datasets, regions or records table)")
    if version > LATEST_VERSION:
        raise _unusable(path, f"schema version {version} is newer than this program's {LATEST_VERSION}")
    return CheckReport(path, version, tables)


def _unusable(path: Path, detail: str) -> DatabaseCorruptError:
    first_line = detail.strip().splitlines()[0] if detail.strip() else "unreadable"
    return DatabaseCorruptError(f"The file {path} is not a usable database ({first_line}); nothing was changed.",
                                code="ops_file_unusable", values={"path": str(path), "detail": first_line})


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fold_log(copy: Path) -> None:
    """Make a copied file self-contained: replay a copied write-ahead log into it and remove the log."""
    wal = copy.with_name(copy.name + ".wal")
    if not wal.exists():
        return
    try:
        con = duckdb.connect(str(copy))
        try:
            con.execute("CHECKPOINT")
        finally:
            con.close()
    except duckdb.Error as error:
        raise _unusable(copy, str(error)) from error


def _remove_stale_partials(directory: Path) -> None:
    now = time.time()
    for partial in directory.glob(f"{PARTIAL_PREFIX}*"):
        try:
            if now - partial.stat().st_mtime > STALE_PARTIAL_SECONDS:
                partial.unlink()
        except FileNotFoundError:  # another process cleaned it up first
            pass


def prune(directory: Path, keep: int) -> list[Path]:
    """Remove verified backups beyond the newest `keep`; returns those removed."""
    removed = []
    for old in list_backups(directory)[keep:]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _differs(store: Store, partial: Path) -> DatabaseCorruptError:
    return DatabaseCorruptError(f"The backup copy {partial} differs from {store.path}; it was discarded.",
                                code="ops_backup_differs", values={"path": str(partial)})


def backup(store: Store, out_dir: Path | None = None, keep: int | None = None) -> BackupReport:
    """A verified copy of the database in `out_dir` (default: the data directory's backups/), taken while
    the app runs. With `keep`, only the newest `keep` backups of that folder are kept afterwards."""
    directory = Path(out_dir) if out_dir is not None else store.backup_dir
    directory.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(directory)
    stamp = _utc_stamp()
    partial = directory / f"{PARTIAL_PREFIX}{stamp}{SUFFIX}"
    partial_wal = partial.with_name(partial.name + ".wal")
    try:
        with store.reader() as con:  # no writer can change the file while we hold a reader's lock
            shutil.copyfile(store.path, partial)
            if store.wal_path.exists():  # left by a crash between commit and checkpoint; part of the data
                shutil.copyfile(store.wal_path, partial_wal)
                source_digest = tuple((t.table, t.rows, t.digest) for t in read_every_table(con))
            else:  # the usual case: every write is checkpointed, the file alone is the database
                source_hash, source_digest = _file_hash(store.path), None
        if source_digest is None and _file_hash(partial) != source_hash:
            raise _differs(store, partial)
        _fold_log(partial)
        copy = check_file(partial)  # every table of the copy reads back (each block's checksum verified)
        if source_digest is not None and copy.digest != source_digest:
            raise _differs(store, partial)
        _fsync(partial)
        final = directory / f"{BACKUP_PREFIX}{stamp}{SUFFIX}"
        os.replace(partial, final)
        _fsync(directory)
    finally:
        partial.unlink(missing_ok=True)
        partial_wal.unlink(missing_ok=True)
    removed = prune(directory, keep) if keep is not None and keep > 0 else []
    return BackupReport(final, CheckReport(final, copy.version, copy.tables), final.stat().st_size, removed)


def restore(store: Store, source: Path) -> RestoreReport:
    """Put the backup `source` back as the database, after checking it; the current file is kept aside.

    Refuses (DatabaseCorruptError, nothing changed) a file that does not read back whole.
    """
    source = Path(source)
    check_file(source)  # refuse early, before copying anything
    staged = store.path.with_name(f"{PARTIAL_PREFIX}restore-{_utc_stamp()}{SUFFIX}")
    try:
        shutil.copyfile(source, staged)
        _fold_log(staged)
        report = check_file(staged)  # what will be put in place, not only what was asked for
        _fsync(staged)
        replaced = None
        with store.exclusive():  # no reader or writer has the file open while it is swapped
            if store.path.exists():
                store.backup_dir.mkdir(parents=True, exist_ok=True)
                replaced = store.backup_dir / f"{REPLACED_PREFIX}{_utc_stamp()}{SUFFIX}"
                os.replace(store.path, replaced)
                if store.wal_path.exists():  # the log belongs to the replaced file, not to the backup
                    os.replace(store.wal_path, replaced.with_name(replaced.name + ".wal"))
            os.replace(staged, store.path)
            _fsync(store.path.parent)
    finally:
        staged.unlink(missing_ok=True)
    return RestoreReport(store.path, source, CheckReport(store.path, report.version, report.tables), replaced)


def database_state(store: Store, full: bool = False) -> DatabaseState:
    """Can the app start on this database? Opens it (and with `full`, reads every table)."""
    try:
        if full:
            check_store(store)
        else:
            with store.reader() as con:
                current_version(con)
                con.execute("SELECT count(*) FROM datasets").fetchone()
    except DatabaseMissingError:
        return DatabaseState("missing", store.path)
    except DatabaseCorruptError as error:
        return state_from_error(error)
    except duckdb.CatalogException as error:  # opens, but tables are missing: not initialised yet
        return DatabaseState("missing", store.path, str(error).splitlines()[0])
    return DatabaseState("ok", store.path)


def backup_after_write(store: Store) -> None:
    """The Store's after-write hook: a verified backup, keeping the newest OVOP_BACKUP_KEEP (0: none).
    A failure is logged, not raised: the write itself is done and checkpointed, and a failed copy must not
    report it as failed."""
    if store.backup_keep <= 0:
        return
    try:
        backup(store, keep=store.backup_keep)
    except (OSError, DatabaseCorruptError, DatabaseBusyError) as error:
        log.warning("automatic backup of %s failed: %s", store.path, error)
