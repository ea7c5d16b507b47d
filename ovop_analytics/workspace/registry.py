"""Workspaces in the database: when each was last opened, what it holds, the operator's limits and purge.

A workspace is created with its first dataset and touched once per browser session; one not
opened for `workspace_expiry_days` days is purged with its datasets by `ovop-analytics workspaces purge`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import duckdb

from ovop_analytics import config
from ovop_analytics.errors import DatabaseUnavailableError, DataValidationError
from ovop_analytics.problems import Reason
from ovop_analytics.store.connection import Store


@dataclass(frozen=True)
class WorkspaceLimits:
    """What the operator allows one workspace (settings workspace_max_datasets, workspace_max_rows,
    workspace_expiry_days)."""

    max_datasets: int
    max_rows: int
    expiry_days: int

    @classmethod
    def from_config(cls) -> WorkspaceLimits:
        return cls(int(config.get("workspace_max_datasets")), int(config.get("workspace_max_rows")),
                   int(config.get("workspace_expiry_days")))


@dataclass(frozen=True)
class Workspace:
    owner: str  # hash of the key
    origin: str  # 'browser' | 'orphaned' (uploads of per-session owners before workspaces existed)
    created_at: datetime
    last_seen_at: datetime
    datasets: int
    rows: int


_LIST_SQL = """
    SELECT w.owner, w.origin, w.created_at, w.last_seen_at,
           count(d.id) AS datasets,
           coalesce(sum((SELECT count(*) FROM ovop_records r WHERE r.dataset_id = d.id)), 0) AS rows
    FROM workspaces w LEFT JOIN datasets d ON d.owner = w.owner AND d.visibility = 'private'
    GROUP BY w.owner, w.origin, w.created_at, w.last_seen_at ORDER BY w.last_seen_at"""


def touch(store: Store, owner: str, now: datetime | None = None, create: bool = True) -> None:
    """Record that the workspace was opened now; `create=False` (a visit) only updates a workspace that
    exists, so browsers that never upload leave no row behind. Only a date: no backup is made for it, and
    while the PostgreSQL server cannot be reached it is skipped (the page still opens; saving is paused)."""
    try:
        with store.transaction(backup=False) as con:
            register(con, owner, now, create)
    except DatabaseUnavailableError:
        return


def register(con: duckdb.DuckDBPyConnection, owner: str, now: datetime | None = None, create: bool = True) -> None:
    """`touch` inside the caller's transaction (load_parsed creates the workspace with its first dataset)."""
    now = now or datetime.now()
    if create:
        con.execute("""INSERT INTO workspaces (owner, origin, created_at, last_seen_at) VALUES (?, 'browser', ?, ?)
                       ON CONFLICT (owner) DO UPDATE SET last_seen_at = excluded.last_seen_at""", [owner, now, now])
    else:
        con.execute("UPDATE workspaces SET last_seen_at = ? WHERE owner = ?", [now, owner])


def exists(store: Store, owner: str) -> bool:
    """True when a workspace with this owner id was ever opened (and not purged)."""
    if store.backend == "postgresql":  # one row by its key: the server's answer, not the replica's
        return bool(store.pg_query("SELECT count(*) FROM workspaces WHERE owner = %s AND origin = 'browser'",
                                   [owner])[0][0])
    return bool(store.query("SELECT count(*) AS n FROM workspaces WHERE owner = ? AND origin = 'browser'",
                            [owner])["n"].iloc[0])


def list_workspaces(store: Store) -> list[Workspace]:
    if store.backend == "postgresql":  # the operator's view of every workspace: read from the server itself
        return [Workspace(*row[:4], int(row[4]), int(row[5])) for row in store.pg_query(_LIST_SQL)]
    return [Workspace(**row) for row in store.query(_LIST_SQL).to_dict("records")]


def expired(store: Store, days: int, now: datetime | None = None) -> list[Workspace]:
    """Workspaces not opened for more than `days` days (orphaned ones by the date of their last upload)."""
    limit = (now or datetime.now()) - timedelta(days=days)
    return [w for w in list_workspaces(store) if w.last_seen_at < limit]


def purge(store: Store, workspaces: list[Workspace]) -> int:
    """Delete `workspaces` and every private dataset they hold, in one transaction; returns datasets deleted."""
    owners = [w.owner for w in workspaces]
    if not owners:
        return 0
    with store.transaction() as con:
        ids = [row[0] for row in con.execute(
            "SELECT id FROM datasets WHERE visibility = 'private' AND list_contains(?, owner)", [owners]).fetchall()]
        for table in ("ovop_records", "ovop_types", "published_facts", "dataset_edits"):
            con.execute(f"DELETE FROM {table} WHERE list_contains(?, dataset_id)", [ids])
        con.execute("DELETE FROM datasets WHERE list_contains(?, id)", [ids])
        con.execute("DELETE FROM workspaces WHERE list_contains(?, owner)", [owners])
    return len(ids)


def edited_datasets(store: Store, owner: str) -> set[int]:
    """Ids of the workspace's datasets whose rows the person edited or dropped in the browser before loading."""
    store.fetch_private(owner)
    return set(store.query("SELECT d.id FROM datasets d JOIN dataset_edits e ON e.dataset_id = d.id WHERE d.owner = ?",
                           [owner])["id"].tolist())


def check_room(con: duckdb.DuckDBPyConnection, owner: str, adding_rows: int, replacing: int | None,
               limits: WorkspaceLimits) -> None:
    """Refuse (inside the loading transaction) a dataset that would take the workspace over its limits;
    `replacing` is the id of a dataset the new one replaces, which no longer counts."""
    count, rows = con.execute("""
        SELECT count(*), coalesce(sum((SELECT count(*) FROM ovop_records r WHERE r.dataset_id = d.id)), 0)
        FROM datasets d WHERE d.owner = ? AND d.visibility = 'private' AND d.id IS DISTINCT FROM ?""",
        [owner, replacing]).fetchone()
    if count + 1 > limits.max_datasets:
        raise DataValidationError(Reason("workspace_datasets_full", count=int(count), limit=limits.max_datasets))
    if rows + adding_rows > limits.max_rows:
        raise DataValidationError(Reason("workspace_rows_full", count=int(rows + adding_rows),
                                         limit=limits.max_rows))
