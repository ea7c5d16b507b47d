"""A real PostgreSQL server for the tests: Debian's PostgreSQL 15, started once per test session.

`initdb` writes a new cluster into a temporary directory owned by the `postgres` user (PostgreSQL refuses
to run as root; as another user the server simply runs as that user), `pg_ctl` starts it on a free port of
127.0.0.1 with fsync off (a test cluster is thrown away), and it is stopped at the end of the session.
No mock and no stand-in: when the binaries are missing the session stops with one line naming the package.

Each test gets a database of its own, cloned from a template that was initialised once (schema, gazetteer,
reference and demo datasets), the way the DuckDB tests copy one initialised file.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

def _pg_bin() -> Path:
    """The directory of initdb and pg_ctl: OVOP_INITDB's (tests/support/tools.py), else Debian's."""
    from tests.support.tools import TOOLS

    initdb = next(tool for tool in TOOLS if tool.package == "postgresql").path()
    return Path(initdb).parent if initdb else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _pg_bin()
PG_USER = "postgres"  # the system user that owns the cluster when the tests run as root
DB_USER = "ovop"  # the database superuser created by initdb (trust authentication, 127.0.0.1 only)
TEMPLATE = "ovop_template"
MISSING = (f"PostgreSQL binaries not found in {PG_BIN}: install the Debian package 'postgresql' "
           "(apt-get install -y postgresql) to run the PostgreSQL tests")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """One throw-away PostgreSQL cluster: start, stop (fast or immediate), restart, databases per test."""

    def __init__(self, base: Path | None = None, port: int | None = None) -> None:
        self.base = Path(base or tempfile.mkdtemp(prefix="ovop-pg-"))
        self.data = self.base / "data"
        self.log = self.base / "server.log"
        self.port = port or free_port()
        self._as_root = os.geteuid() == 0
        self._names = itertools.count(1)

    # ------------------------------------------------------------------------------------------ process

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", PG_USER, "--"] if self._as_root else []
        return subprocess.run([*prefix, *command], check=check, capture_output=True, text=True, timeout=120)

    def init(self) -> None:
        if not (PG_BIN / "initdb").is_file() or not (PG_BIN / "pg_ctl").is_file():
            raise FileNotFoundError(MISSING)
        if self._as_root:
            shutil.chown(self.base, PG_USER)
        self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust", "-U", DB_USER, "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")

    def start(self) -> None:
        # fsync off: nothing is flushed to the disk (a test cluster is thrown away). Commits still reach the
        # write-ahead log before they are acknowledged (synchronous_commit stays on), so a crash of the
        # server process (`stop("immediate")`) loses nothing that was acknowledged, as in production.
        options = f"-p {self.port} -h 127.0.0.1 -k {self.base} -c fsync=off -c max_connections=200"
        result = self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60",
                           "-o", options, "start", check=False)
        if result.returncode != 0:
            raise RuntimeError(f"pg_ctl start failed: {result.stdout}{result.stderr}\n{self.tail_log()}")

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: 'fast' (connections closed, clean shutdown) or 'immediate' (like a crash)."""
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop", check=False)

    def restart(self, mode: str = "fast", down_seconds: float = 0.0) -> None:
        self.stop(mode)
        time.sleep(down_seconds)
        self.start()

    def is_running(self) -> bool:
        return self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "status", check=False).returncode == 0

    def tail_log(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def cleanup(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.base, ignore_errors=True)

    # ---------------------------------------------------------------------------------------- databases

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{DB_USER}@127.0.0.1:{self.port}/{database}"

    def admin(self, statement: str) -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE) as the superuser."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(statement)

    def new_database(self, template: str | None = None, prefix: str = "ovop_test") -> str:
        """A new empty database (or a copy of `template`); returns its URL."""
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        self.admin(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """Debian's PostgreSQL started for real for this test session, stopped at its end."""
    server = PostgresServer()
    try:
        server.init()
    except FileNotFoundError:
        shutil.rmtree(server.base, ignore_errors=True)
        pytest.exit(MISSING, returncode=3)
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> str:
    """A database initialised once (migrations, gazetteer, reference and demo datasets): the template of
    each test's own database. Its name."""
    from ovop_analytics.bootstrap import initialise
    from ovop_analytics.store import Store
    from ovop_analytics.store import postgres as pg_backend

    url = postgres_server.url(TEMPLATE)
    postgres_server.admin(f'CREATE DATABASE "{TEMPLATE}"')
    initialise(Store(url))
    pg_backend.close_node(url)  # a template may have no open connection while it is copied
    return TEMPLATE


@pytest.fixture
def postgres_url(postgres_server: PostgresServer, postgres_template: str) -> Iterator[str]:
    """The URL of a database of this test's own, a copy of the initialised template; dropped after."""
    from ovop_analytics.store import postgres as pg_backend

    url = postgres_server.new_database(template=postgres_template)
    try:
        yield url
    finally:
        pg_backend.close_node(url)
        postgres_server.drop_database(url)
