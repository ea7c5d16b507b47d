"""The only place that opens DuckDB.

DuckDB lets one process write a file, or many processes read it, never both at once. The dashboard runs
as several processes (two `streamlit run`, the CLI), so connections are short-lived and guarded by an
advisory file lock beside the database: shared for readers, exclusive for the one writer. A second tab
or process therefore waits a moment instead of failing on DuckDB's own lock.
"""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from ovop_analytics import config
from ovop_analytics.errors import DatabaseBusyError, DatabaseMissingError

# DuckDB refuses a read-only and a read-write connection to one file inside one process ("different
# configuration"), so within a process the file lock is complemented by this lock for the writer.
_process_lock = threading.RLock()
# Read-only connections open in this thread, by file: a reader asked for inside another reader of the same
# file shares its connection, so a few checks in a row open the file once (opening costs ~14 ms).
_open_readers = threading.local()


@contextmanager
def scratch() -> Iterator[duckdb.DuckDBPyConnection]:
    """An in-memory DuckDB, no file and no lock: for computing over Arrow data already in memory on all
    cores (e.g. hashing a million names during ingest checks), never for the stored datasets."""
    con = duckdb.connect(":memory:")
    try:
        yield con
    finally:
        con.close()


class Store:
    """A DuckDB file plus its lock file; hands out connections for reading or for one transaction."""

    def __init__(self, path: Path | str | None = None, lock_timeout: float | None = None) -> None:
        self.path = Path(path) if path is not None else config.database_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.lock_path = self.path.with_suffix(self.path.suffix + ".lock")
        self.lock_timeout = config.lock_timeout() if lock_timeout is None else lock_timeout

    @contextmanager
    def _file_lock(self, exclusive: bool) -> Iterator[None]:
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
            deadline = time.monotonic() + self.lock_timeout
            while True:
                try:
                    fcntl.flock(fd, mode)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise DatabaseBusyError(
                            f"The database {self.path} is busy (another process is writing); "
                            f"waited {self.lock_timeout:.0f} s. Try again in a moment.") from None
                    time.sleep(0.05)
            yield
        finally:
            os.close(fd)  # closing the descriptor releases the lock

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection; many readers, in any process, may hold one at once."""
        if not self.path.exists():
            raise DatabaseMissingError(
                f"No database at {self.path}: run `ovop-analytics init` (or start the app) to create it.")
        if not hasattr(_open_readers, "connections"):
            _open_readers.connections = {}
        open_here: dict[str, duckdb.DuckDBPyConnection] = _open_readers.connections
        key = str(self.path.resolve())
        if key in open_here:  # inside another reader of this file in this thread: share its connection
            yield open_here[key]
            return
        with _process_lock, self._file_lock(exclusive=False):
            con = duckdb.connect(str(self.path), read_only=True)
            open_here[key] = con
            try:
                yield con
            finally:
                del open_here[key]
                con.close()

    @contextmanager
    def writer(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection for the one writer; use `transaction()` for changes."""
        with _process_lock, self._file_lock(exclusive=True):
            con = duckdb.connect(str(self.path))
            try:
                yield con
            finally:
                con.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All-or-nothing: committed when the block ends normally, rolled back on any exception."""
        with self.writer() as con:
            con.execute("BEGIN TRANSACTION")
            committed = False
            try:
                yield con
                con.execute("COMMIT")
                committed = True
            finally:
                if not committed:  # any exception, an interrupt included
                    con.execute("ROLLBACK")

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        """Run one parameterised read query and return its rows as a DataFrame."""
        with self.reader() as con:
            return con.execute(sql, params or []).df()
