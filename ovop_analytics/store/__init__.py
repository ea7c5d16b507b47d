"""DuckDB data layer: the connection (the only place that opens DuckDB), migrations, registry, queries,
backups.

`Store` here is the one callers use: `store.connection.Store` with the verified backup (store.backup) as
its after-write hook. Seeding a new database with the bundled datasets is `ovop_analytics.bootstrap`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ovop_analytics import config
from ovop_analytics.store import connection
from ovop_analytics.store.backup import backup_after_write
from ovop_analytics.store.registry import Dataset, get_dataset, list_datasets


POSTGRES_URL_PREFIXES = ("postgresql://", "postgres://")


class Store(connection.Store):
    """A Store whose writes are followed by a verified backup (the newest OVOP_BACKUP_KEEP are kept).

    `Store()` with the setting OVOP_DATABASE_URL, or `Store("postgresql://...")`, is instead a
    `store.postgres.PostgresStore`: the same interface over PostgreSQL (writes) and this process's
    in-memory DuckDB replica (reads). Callers do not know which one they hold."""

    def __new__(cls, path: Path | str | None = None, *args: Any, **kwargs: Any) -> connection.Store:
        url = path if path is not None else config.get("database_url") or None
        if cls is Store and isinstance(url, str) and url.startswith(POSTGRES_URL_PREFIXES):
            from ovop_analytics.store.postgres import PostgresStore  # imports psycopg only when used

            store = object.__new__(PostgresStore)
            store.__init__(url, *args, **kwargs)  # not a Store subclass: Python would not call it
            return store
        return super().__new__(cls)

    def __init__(self, path: Path | str | None = None, lock_timeout: float | None = None,
                 backup_keep: int | None = None,
                 after_write: Callable[[connection.Store], None] | None = backup_after_write) -> None:
        super().__init__(path, lock_timeout, backup_keep, after_write=after_write)


__all__ = ["Dataset", "Store", "get_dataset", "list_datasets"]
