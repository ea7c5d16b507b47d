"""The only place that opens DuckDB.

DuckDB lets one process write a file, or many processes read it, never both at once. The dashboard runs
as several processes (app servers, the CLI), so connections are guarded by advisory file locks beside the
database, in two steps so that a writer is never starved by readers that keep coming:

- `ovop.duckdb.gate`: a writer holds it exclusively for its whole write; a reader holds it shared only for
  the instant it takes the main lock. Once a writer has the gate no new reader gets in.
- `ovop.duckdb.lock`: shared by every reader while it reads, exclusive for the one writer. The writer that
  holds the gate waits only for the readers already inside, which finish.

Inside one process, readers share one read-only DuckDB instance and each thread reads through its own
cursor, so reads of different sessions run in parallel instead of one after another. When the last reader
of the process leaves, the instance stays open for a few seconds (opening one costs 10-15 ms of CPU, on
every page view otherwise), still holding a shared lock; it is closed at once when a writer takes the
gate, so the writer waits at most one poll longer, and the next reader opens the file afresh and sees
what was written. Every write is checkpointed before it is reported done: nothing
acknowledged lives only in the write-ahead log (DuckDB's own step, under the writer's lock).

What else must happen after a write is the caller's `after_write` hook, called once the lock is released:
`ovop_analytics.store.Store` passes the verified backup (store.backup), so this module imports nothing
above it.
"""

from __future__ import annotations

import atexit
import fcntl
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:  # pandas is imported by DuckDB when a query asks for a DataFrame, not to open the store
    import pandas as pd

from ovop_analytics import config
from ovop_analytics.errors import DatabaseBusyError, DatabaseCorruptError, DatabaseMissingError
from ovop_analytics.store.recovery import backup_dir_of, corrupt_error

log = logging.getLogger(__name__)

# Connections open in this thread, by file: a reader asked for inside another reader (or inside the
# writer) of the same file in the same thread shares its connection instead of waiting on itself.
_open_here = threading.local()

_WRITER_POLL = 0.01  # a writer polls often: readers hold the gate only for an instant
_READER_POLL = 0.02
LINGER_SECONDS = 5.0  # an idle read-only instance stays open this long unless a writer comes
_LINGER_POLL = 0.05  # how often an idle instance looks for a writer at the gate (at 0.01 its 100 wake-ups a
# second added ~6 ms of server CPU to each page view at one session, and took the GIL under load)


@contextmanager
def scratch() -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB, no file and no lock: for computing over Arrow data already in memory on all
    cores (e.g. hashing a million names during ingest checks), never for the stored datasets."""
    con = duckdb.connect(":memory:")
    try:
        yield con
    finally:
        con.close()


def is_corruption(error: duckdb.Error) -> bool:
    """DuckDB's words for a file it cannot trust (bad block checksum, not a DuckDB file at all)."""
    text = str(error)
    return "Corrupt database file" in text or "not a valid DuckDB database file" in text


class _SharedReader:
    """This process's read-only instance of one file: open while a thread reads it, and for up to
    LINGER_SECONDS after, holding its own shared lock, unless a writer takes the gate."""

    def __init__(self, lock_path: Path, gate_path: Path) -> None:
        self.lock_path = lock_path
        self.gate_path = gate_path
        self.mutex = threading.Lock()
        self.connection: duckdb.DuckDBPyConnection | None = None
        self.users = 0
        self.linger_fd: int | None = None  # a shared lock on lock_path held while idle
        self.idle_since = 0.0
        self.watcher: threading.Thread | None = None

    def start_lingering(self) -> None:
        """Called under `mutex` by the last reader leaving, while it still holds its own shared lock (so
        this non-blocking shared lock is granted at once)."""
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:  # cannot happen while we hold a shared lock; close rather than linger
            os.close(fd)
            self.close()
            return
        self.linger_fd = fd
        self.idle_since = time.monotonic()
        if self.watcher is None or not self.watcher.is_alive():
            self.watcher = threading.Thread(target=self._watch, name="ovop-reader-linger", daemon=True)
            self.watcher.start()

    def stop_lingering(self) -> None:
        """A reader (holding its own shared lock) takes the idle instance over."""
        if self.linger_fd is not None:
            os.close(self.linger_fd)
            self.linger_fd = None

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        self.stop_lingering()

    def _writer_waiting(self) -> bool:
        fd = os.open(self.gate_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return False
        except BlockingIOError:
            return True
        finally:
            os.close(fd)

    def _watch(self) -> None:
        while True:
            time.sleep(_LINGER_POLL)
            with self.mutex:
                if self.connection is None or self.linger_fd is None:
                    if self.users == 0:
                        return
                    continue  # in use by readers that hold their own locks
                if time.monotonic() - self.idle_since > LINGER_SECONDS or self._writer_waiting():
                    self.close()
                    return


_shared_readers: dict[str, _SharedReader] = {}
_shared_readers_mutex = threading.Lock()


def _shared_reader(key: str, lock_path: Path, gate_path: Path) -> _SharedReader:
    with _shared_readers_mutex:
        if key not in _shared_readers:
            _shared_readers[key] = _SharedReader(lock_path, gate_path)
        return _shared_readers[key]


def close_idle_readers() -> None:
    """Close every idle read-only instance of this process now (tests; a process about to exit)."""
    with _shared_readers_mutex:
        shared = list(_shared_readers.values())
    for reader in shared:
        with reader.mutex:
            if reader.users == 0:
                reader.close()
        watcher = reader.watcher
        if watcher is not None and watcher is not threading.current_thread():
            watcher.join(timeout=1.0)


# A daemon thread still inside DuckDB while the interpreter shuts down aborts the process (C++ unwinding
# through a thread Python stops): close idle instances and let the watchers end first.
atexit.register(close_idle_readers)


class Store:
    """A DuckDB file plus its lock files; hands out connections for reading or for one transaction.

    `after_write(store)` runs after every write that asks for it (`writer(backup=True)`, the default),
    outside the lock; `ovop_analytics.store.Store` makes it the verified backup.

    Its PostgreSQL twin is `store.postgres.PostgresStore` (same interface); `ovop_analytics.store.Store`
    picks one by the setting OVOP_DATABASE_URL or the URL it is given."""

    backend = "duckdb"

    def __init__(self, path: Path | str | None = None, lock_timeout: float | None = None,
                 backup_keep: int | None = None, after_write: Callable[[Store], None] | None = None) -> None:
        self.path = Path(path) if path is not None else config.database_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.lock_path = self.path.with_suffix(self.path.suffix + ".lock")
        self.gate_path = self.path.with_suffix(self.path.suffix + ".gate")
        self.wal_path = self.path.with_suffix(self.path.suffix + ".wal")
        self.backup_dir = backup_dir_of(self.path)
        self.lock_timeout = config.lock_timeout() if lock_timeout is None else lock_timeout
        # verified backups kept after each write (0: none made automatically)
        self.backup_keep = config.backup_keep() if backup_keep is None else backup_keep
        self.after_write = after_write
        self._key = str(self.path.resolve())

    # ------------------------------------------------------------------------------------------ locks

    def _busy(self) -> DatabaseBusyError:
        return DatabaseBusyError(
            f"The database {self.path} is busy (another process is writing); waited {self.lock_timeout:.0f} s. "
            "Try again in a moment.", code="ops_db_busy", values={"seconds": round(self.lock_timeout)})

    def _flock(self, path: Path, mode: int, deadline: float, poll: float) -> int:
        """An open descriptor of `path` holding lock `mode`; closing it releases the lock."""
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        while True:
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                return fd
            except BlockingIOError:
                if time.monotonic() > deadline:
                    os.close(fd)
                    raise self._busy() from None
                time.sleep(poll)

    @contextmanager
    def _file_lock(self, exclusive: bool) -> Iterator[None]:
        deadline = time.monotonic() + self.lock_timeout
        if exclusive:
            gate = self._flock(self.gate_path, fcntl.LOCK_EX, deadline, _WRITER_POLL)
            try:
                main = self._flock(self.lock_path, fcntl.LOCK_EX, deadline, _WRITER_POLL)
                try:
                    yield
                finally:
                    os.close(main)
            finally:
                os.close(gate)
            return
        gate = self._flock(self.gate_path, fcntl.LOCK_SH, deadline, _READER_POLL)
        try:
            main = self._flock(self.lock_path, fcntl.LOCK_SH, deadline, _READER_POLL)
        finally:
            os.close(gate)  # inside now; a writer may take the gate and wait for us to finish
        try:
            yield
        finally:
            os.close(main)

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """The writer's lock without opening DuckDB: for replacing the file itself (restore)."""
        self._refuse_nesting()
        with self._file_lock(exclusive=True):
            yield

    def _refuse_nesting(self) -> None:
        if self._key in getattr(_open_here, "connections", {}):
            # waiting for our own reader would only end in a time-out that blocks everyone meanwhile
            raise RuntimeError(f"{self.path}: a write was started inside a read of the same thread")

    # ------------------------------------------------------------------------------------ connections

    def corrupt(self, error: BaseException | str) -> DatabaseCorruptError:
        """The structured error for a damaged file, naming the newest backup and the restore command."""
        return corrupt_error(self.path, self.backup_dir, str(error))

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        try:
            return duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as error:
            if "lock" in str(error).lower():  # a program outside this lock protocol has the file open
                raise self._busy() from error
            raise self.corrupt(error) from error
        except duckdb.Error as error:
            raise self.corrupt(error) from error

    @contextmanager
    def _translated(self) -> Iterator[None]:
        """DuckDB's corruption errors raised while a block runs become DatabaseCorruptError."""
        try:
            yield
        except duckdb.Error as error:
            if is_corruption(error):
                raise self.corrupt(error) from error
            raise

    def _connections_here(self) -> dict[str, duckdb.DuckDBPyConnection]:
        if not hasattr(_open_here, "connections"):
            _open_here.connections = {}
        return _open_here.connections

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only cursor; many readers, in any process and thread, may read at once."""
        if not self.path.exists():
            raise DatabaseMissingError(
                f"No database at {self.path}: run `ovop-analytics init` (or start the app) to create it.",
                code="ops_db_missing", values={"path": str(self.path)})
        open_here = self._connections_here()
        if self._key in open_here:  # inside another reader (or the writer) of this file in this thread
            yield open_here[self._key]
            return
        shared = _shared_reader(self._key, self.lock_path, self.gate_path)
        with self._file_lock(exclusive=False):
            with shared.mutex:
                shared.stop_lingering()  # our own shared lock keeps the instance safe from now on
                if shared.connection is None:
                    shared.connection = self._connect(read_only=True)
                shared.users += 1
                cursor = shared.connection.cursor()
            open_here[self._key] = cursor
            try:
                with self._translated():
                    yield cursor
            finally:
                del open_here[self._key]
                cursor.close()
                with shared.mutex:
                    shared.users -= 1
                    if shared.users == 0:  # before our lock is released: the instance is never unguarded
                        if LINGER_SECONDS > 0:
                            shared.start_lingering()
                        else:
                            shared.close()

    @contextmanager
    def writer(self, backup: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection for the one writer; use `transaction()` for changes.

        When the block ends normally the database is checkpointed (so the write is in the file itself,
        not only in the write-ahead log) before the lock is released; then, if `backup`, the after-write
        hook runs (the verified backup of `ovop_analytics.store.Store`).
        """
        self._refuse_nesting()
        open_here = self._connections_here()
        with self._file_lock(exclusive=True):
            con = self._connect(read_only=False)
            open_here[self._key] = con
            try:
                with self._translated():
                    yield con
                    self._checkpoint(con)
            finally:
                del open_here[self._key]
                con.close()
        if backup:
            self.run_after_write()

    def _checkpoint(self, con: duckdb.DuckDBPyConnection) -> None:
        """Move everything committed from the write-ahead log into the database file (and fsync it)."""
        con.execute("CHECKPOINT")

    def run_after_write(self) -> None:
        """Run the after-write hook now (a caller that wrote in several steps with `backup=False` calls it
        once at the end)."""
        if self.after_write is not None:
            self.after_write(self)

    @contextmanager
    def transaction(self, backup: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
        """All-or-nothing: committed and checkpointed when the block ends normally, rolled back on any
        exception."""
        with self.writer(backup=backup) as con:
            con.execute("BEGIN TRANSACTION")
            committed = False
            try:
                yield con
                con.execute("COMMIT")
                committed = True
            finally:
                if not committed:  # any exception, an interrupt included
                    con.execute("ROLLBACK")

    def fetch_private(self, owner: str | None) -> None:
        """Make `owner`'s private datasets readable (PostgreSQL mode reads them on demand); here they
        are in the file already."""

    def signature(self) -> tuple | None:
        """Changes whenever any process writes: the file's identity, size and mtime (None while it changed
        in the last 2 s); in PostgreSQL mode the replica's generation."""
        return file_signature(self.path)

    def write_status(self) -> str:
        """'ok', or 'paused' while the PostgreSQL server cannot be reached (never for a file)."""
        return "ok"

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        """Run one parameterised read query and return its rows as a DataFrame."""
        with self.reader() as con:
            return con.execute(sql, params or []).df()

    def records(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run one parameterised read query and return its rows as dicts (NULL as None): for a few rows, where
        building a DataFrame would cost more than the query and hold the GIL while other readers wait."""
        with self.reader() as con:
            cursor = con.execute(sql, params or [])
            columns = [column[0] for column in cursor.description]
            return [dict(zip(columns, row)) for row in cursor.fetchall()]


SETTLE_NS = 2_000_000_000  # a file changed this recently may change again within the same mtime tick


def file_signature(path: Path) -> tuple | None:
    """What changes whenever any process writes a DuckDB file: identity, size and mtime of the file and its
    WAL. None while either changed in the last 2 s (mtime ticks are coarse): then read afresh."""
    parts: list[tuple[int, int, int] | None] = []
    newest = 0
    for file in (path, path.with_suffix(path.suffix + ".wal")):
        try:
            info = os.stat(file)
        except FileNotFoundError:
            parts.append(None)
            continue
        parts.append((info.st_ino, info.st_size, info.st_mtime_ns))
        newest = max(newest, info.st_mtime_ns)
    if time.time_ns() - newest < SETTLE_NS:
        return None
    return tuple(parts)
