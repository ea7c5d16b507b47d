"""Where the verified backups of a database file are and what to tell a person when the file is damaged.

It takes paths, never a Store: the connection module uses it for every open that finds a damaged file,
and `store.backup` (which opens the database through a Store) builds on it. Neither imports the other's
caller, so the store has no import loop.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ovop_analytics.errors import DatabaseCorruptError

BACKUP_PREFIX = "ovop-"
REPLACED_PREFIX = "replaced-"
PARTIAL_PREFIX = ".partial-"
SUFFIX = ".duckdb"


@dataclass(frozen=True)
class DatabaseState:
    """What the app shows at start-up: status 'ok', 'missing' or 'corrupt'; for 'corrupt', DuckDB's words,
    the newest verified backup (None when there is none) and the command that restores it."""

    status: str
    path: Path
    detail: str = ""
    backup: Path | None = None
    command: str = ""


def backup_dir_of(database: Path) -> Path:
    """The folder of a database file's automatic backups: `backups/` beside it."""
    return Path(database).parent / "backups"


def restore_command(backup: Path | None) -> str:
    return f"ovop-analytics restore {backup}" if backup else "ovop-analytics restore FILE"


def list_backups(directory: Path) -> list[Path]:
    """Verified backups in `directory`, newest first (partial copies and replaced files excluded)."""
    if not directory.is_dir():
        return []
    found = [p for p in directory.glob(f"{BACKUP_PREFIX}*{SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: p.name, reverse=True)


def newest_backup(directory: Path) -> Path | None:
    backups = list_backups(directory)
    return backups[0] if backups else None


def corrupt_error(database: Path, backup_dir: Path, detail: str) -> DatabaseCorruptError:
    """The error for a database DuckDB cannot read, with the way back (used by Store for every open)."""
    backup = newest_backup(backup_dir)
    command = restore_command(backup)
    where = (f"the newest backup is {backup}; restore it with: {command}" if backup
             else "no backup was found in " f"{backup_dir}; restore one with: {command}")
    first_line = detail.strip().splitlines()[0] if detail.strip() else "unreadable"
    return DatabaseCorruptError(
        f"The database {database} is damaged ({first_line}); {where}",
        code="ops_db_corrupt" if backup else "ops_db_corrupt_no_backup",
        values={"path": str(database), "detail": first_line, "backup": str(backup or ""), "command": command})


def state_from_error(error: DatabaseCorruptError) -> DatabaseState:
    """The 'corrupt' state carried by a DatabaseCorruptError raised while reading the live database."""
    backup_path = error.values.get("backup") or None
    return DatabaseState("corrupt", Path(error.values.get("path", "")), error.values.get("detail", str(error)),
                         Path(backup_path) if backup_path else None,
                         error.values.get("command", restore_command(None)))
