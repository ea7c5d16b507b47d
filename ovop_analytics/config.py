"""Settings: one table of (name, environment variable, default, help), read from the environment.

Every setting is documented here and in the README; `tests/unit/test_config.py` fails when one is not.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("data_dir", "OVOP_DATA_DIR", str(PROJECT_DIR / "data"),
            "Directory that holds the DuckDB file (ovop.duckdb) and installed boundaries."),
    Setting("database_url", "OVOP_DATABASE_URL", "",
            "postgresql://user:password@host:5432/db: PostgreSQL is the shared store of several app nodes, each "
            "reading from its own in-memory replica (empty: the DuckDB file in the data directory)."),
    Setting("store_poll_seconds", "OVOP_STORE_POLL_SECONDS", "5",
            "PostgreSQL mode: how often each node re-reads the store's generation besides notifications."),
    Setting("store_notify", "OVOP_STORE_NOTIFY", "1",
            "PostgreSQL mode: 1 to follow other nodes' writes by LISTEN/NOTIFY, 0 to rely on polling only."),
    Setting("lock_timeout", "OVOP_LOCK_TIMEOUT", "30",
            "Seconds a reader or writer waits for the database lock before giving up."),
    Setting("backup_keep", "OVOP_BACKUP_KEEP", "5",
            "Verified backups kept in the data directory's backups/ folder, one written after each write "
            "(0: no automatic backups)."),
    Setting("max_upload_mb", "OVOP_MAX_UPLOAD_MB", "200", "Largest file (MB) that ingest accepts."),
    Setting("max_rows", "OVOP_MAX_ROWS", "5000000", "Most data rows an ingested file may have."),
    Setting("max_columns", "OVOP_MAX_COLUMNS", "200", "Most columns an ingested file may have."),
    Setting("max_unknown_region_names", "OVOP_MAX_UNKNOWN_REGION_NAMES", "2000",
            "Most distinct region names per file that match no name exactly (each needs a fuzzy search); "
            "a file with more is refused."),
    Setting("workspace_max_datasets", "OVOP_WORKSPACE_MAX_DATASETS", "20",
            "Most datasets one browser workspace may hold."),
    Setting("workspace_max_rows", "OVOP_WORKSPACE_MAX_ROWS", "2000000",
            "Most OVOP records all datasets of one browser workspace may hold together."),
    Setting("workspace_expiry_days", "OVOP_WORKSPACE_EXPIRY_DAYS", "90",
            "Days a browser workspace may go unopened before `ovop-analytics workspaces purge` deletes it."),
    Setting("concurrent_page_runs", "OVOP_CONCURRENT_PAGE_RUNS", "2",
            "Page runs one app process computes at once; later ones queue for a turn, at most "
            "OVOP_PAGE_RUN_WAIT seconds (0: no limit)."),
    Setting("page_run_wait", "OVOP_PAGE_RUN_WAIT", "10",
            "Seconds a page run waits for its turn before it runs anyway."),
    Setting("lang", "OVOP_LANG", "en",
            "Language of the command line's messages: en or id (the app has its own switch)."),
    Setting("publish_password", "OVOP_PUBLISH_PASSWORD", "",
            "Operator password that publishes a private upload to everyone (empty: publishing disabled)."),
)


def get(name: str) -> str:
    """The value of setting `name`: its environment variable when set, else its default."""
    for setting in SETTINGS:
        if setting.name == name:
            return os.environ.get(setting.env) or setting.default
    raise KeyError(name)


def data_dir() -> Path:
    path = Path(get("data_dir")).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return data_dir() / "ovop.duckdb"


def max_upload_mb() -> int:
    """OVOP_MAX_UPLOAD_MB in whole megabytes, rounded up (Streamlit's upload limit takes an integer)."""
    return max(1, math.ceil(float(get("max_upload_mb"))))


def lock_timeout() -> float:
    return float(get("lock_timeout"))


def backup_keep() -> int:
    return max(0, int(get("backup_keep")))
