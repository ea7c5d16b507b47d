"""DuckDB data layer: the connection (the only place that opens DuckDB), migrations, registry, queries,
backups.

`Store` here is the one callers use: `store.connection.Store` with the verified backup (store.backup) as
its after-write hook. Seeding a new database with the bundled datasets is `ovop_analytics.bootstrap`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ovop_analytics.store import connection
from ovop_analytics.store.backup import backup_after_write
from ovop_analytics.store.registry import Dataset, get_dataset, list_datasets


class Store(connection.Store):
    """A Store whose writes are followed by a verified backup (the newest OVOP_BACKUP_KEEP are kept)."""

    def __init__(self, path: Path | str | None = None, lock_timeout: float | None = None,
                 backup_keep: int | None = None,
                 after_write: Callable[[connection.Store], None] | None = backup_after_write) -> None:
        super().__init__(path, lock_timeout, backup_keep, after_write=after_write)


__all__ = ["Dataset", "Store", "get_dataset", "list_datasets"]
