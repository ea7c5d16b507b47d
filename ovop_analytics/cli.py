"""The `ovop-analytics` command (also `python -m ovop_analytics`).

Subcommands of other areas (boundaries, ingest, export...) live beside their code in a `cli` module with
`register(subparsers)`; they are listed in COMMAND_MODULES. Every expected failure (an OvopError: missing,
busy or corrupt database, unknown dataset, refused file; a file that cannot be read or written; bad
arguments) becomes one line on stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ovop_analytics import config
from ovop_analytics.errors import DatabaseMissingError, InvalidArgumentError, OvopError

if TYPE_CHECKING:
    from ovop_analytics.store import Store

# Each command imports what it uses (the store and DuckDB, pandas for the metrics, the texts for an error),
# so `--help` and a listing start in about the time Python takes to import DuckDB.

COMMAND_MODULES: list[str] = ["ovop_analytics.geo.cli", "ovop_analytics.ingest.cli", "ovop_analytics.briefing.cli",
                             "ovop_analytics.deck.cli",
                             "ovop_analytics.workspace.cli", "ovop_analytics.spatial.cli"]
LOCAL_ADDRESS = "127.0.0.1"  # safe default: only this machine (a reverse proxy on it) reaches the app
PUBLIC_ADDRESS = "0.0.0.0"


class _Parser(argparse.ArgumentParser):
    """argparse prints usage and exits 2 on bad arguments; keep that, but with one clear line first."""

    def error(self, message: str) -> None:  # type: ignore[override]
        print(f"ovop-analytics: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _cmd_init(args: argparse.Namespace) -> int:
    from ovop_analytics.bootstrap import initialise
    from ovop_analytics.store import Store

    store = Store()
    report = initialise(store)
    migrations = ", ".join(map(str, report.migrations_applied)) or "none (schema current)"
    loaded = ", ".join(report.loaded) or "none (all present)"
    print(f"database: {store.path}\nmigrations applied: {migrations}\ndatasets loaded: {loaded}")
    return 0


def _cmd_datasets(args: argparse.Namespace) -> int:
    from ovop_analytics.bootstrap import ensure_ready
    from ovop_analytics.store import Store, get_dataset, list_datasets
    from ovop_analytics.store.registry import delete_dataset

    store = Store()
    ensure_ready(store)  # reads only, unless the database is new or outdated
    if args.action == "delete":
        if not args.name:
            raise InvalidArgumentError("Give the name of the dataset to delete: ovop-analytics datasets delete NAME")
        dataset = get_dataset(store, args.name)
        if dataset.kind != "shared":
            raise InvalidArgumentError(f"'{dataset.name}' is a {dataset.kind} dataset; only datasets loaded with "
                                       "`ovop-analytics ingest` (kind shared) can be deleted.")
        delete_dataset(store, dataset.name)
        print(f"deleted dataset '{dataset.name}' ({dataset.rows:,} rows)")
        return 0
    rows = [{"name": d.name, "kind": d.kind, "rows": d.rows, "synthetic": "yes" if d.is_synthetic else "no",
             "source": d.source} for d in list_datasets(store)]
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    width = max(len(r["name"]) for r in rows) if rows else 4
    print(f"{'name':<{width}}  {'kind':<9}  {'rows':>8}  synthetic")
    for r in rows:
        print(f"{r['name']:<{width}}  {r['kind']:<9}  {r['rows']:>8}  {r['synthetic']}")
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    from ovop_analytics import metrics  # pandas and numpy: only for the commands that compute
    from ovop_analytics.bootstrap import ensure_ready
    from ovop_analytics.store import Store, get_dataset, queries

    store = Store()
    ensure_ready(store)
    queries.check_level(args.level)
    if args.year is not None and (args.from_year is not None or args.to_year is not None):
        raise InvalidArgumentError("Give either --year or --from-year/--to-year, not both.")
    wanted = metrics.check_metrics(args.metrics.split(",")) if args.metrics is not None else []
    dataset = get_dataset(store, args.dataset)
    year_from, year_to = (args.year, args.year) if args.year is not None else (args.from_year, args.to_year)
    # The same function the pages call: same period basis, same coverage (null outside it, never 0).
    base = ["ikm_ovop", "types", "commodity_groups"]
    frame = metrics.region_metrics(store, dataset.id, args.level, base + [m for m in wanted if m not in base],
                                   year_from, year_to)
    if args.per != "count":  # counts per 1 million residents or 1,000 km², as the pages show them
        from ovop_analytics.metrics import denominators

        names = [c for c in frame.columns if c not in ("region_code", "region_name")]
        frame = denominators.apply_basis(frame, args.level, names, args.per, args.population)
        suffix = denominators.COLUMN_SUFFIX[args.per]
        frame = frame.rename(columns={n: f"{n}{suffix}" for n in denominators.rate_metrics(names)})
    from ovop_analytics.metrics.growth import cagr_for_export

    frame = cagr_for_export(frame)  # cagr a number (null where undefined), cagr_note "new" / "no data"
    if args.format == "json":
        print(json.dumps(metrics.json_records(frame), ensure_ascii=False, indent=1, allow_nan=False))
    else:
        from ovop_analytics.ingest.export import neutralise_formulas

        neutralise_formulas(frame).to_csv(sys.stdout, index=False)  # empty cell: no data, never 0
    return 0


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def _pg_backup_refusal(store: Store, action: str) -> InvalidArgumentError:
    """In PostgreSQL mode the server's own tools back up and restore; say which, nothing is done here."""
    return InvalidArgumentError(
        f"The store is PostgreSQL ({store.display}): its own tools are the backup. Nothing was {action}; run "
        f"`pg_dump --format=custom --file=ovop.dump URL` to back up and `pg_restore --clean --dbname=URL ovop.dump` "
        "to restore (or copy it to a DuckDB file with `ovop-analytics migrate-store --to PATH`).",
        code="ops_pg_backup", values={"where": store.display})


def _cmd_backup(args: argparse.Namespace) -> int:
    from ovop_analytics.store import Store
    from ovop_analytics.store import backup as backups

    store = Store()
    if store.backend == "postgresql":
        raise _pg_backup_refusal(store, "backed up")
    if not store.path.exists():
        raise DatabaseMissingError(f"No database at {store.path}: nothing to back up.",
                                   code="ops_db_missing", values={"path": str(store.path)})
    keep = None if args.out else (store.backup_keep or None)
    report = backups.backup(store, Path(args.out) if args.out else None, keep=keep)
    print(f"backup: {report.path} ({_size(report.size)}, {len(report.check.tables)} tables, "
          f"{report.check.rows:,} rows, verified)")
    for old in report.removed:
        print(f"removed old backup: {old}")
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from ovop_analytics.store import Store
    from ovop_analytics.store import backup as backups

    store = Store()
    if store.backend == "postgresql":
        raise _pg_backup_refusal(store, "restored")
    report = backups.restore(store, Path(args.file))
    print(f"restored: {report.source} -> {report.path} ({len(report.check.tables)} tables, "
          f"{report.check.rows:,} rows, schema version {report.check.version})")
    if report.replaced:
        print(f"the database it replaced was kept as: {report.replaced}")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from ovop_analytics.store import Store
    from ovop_analytics.store import backup as backups

    store = Store()
    if store.backend == "postgresql":
        return _check_postgres(store)
    report = backups.check_store(store)
    for table in report.tables:
        print(f"{table.table:<20} {table.rows:>10,} rows  ok")
    newest = backups.newest_backup(store.backup_dir)
    print("backend: duckdb (one file, one machine)")
    print(f"database: {store.path} (schema version {report.version}): every table read, ok")
    print(f"newest backup: {newest or 'none'}")
    return 0


def _check_postgres(store: Store) -> int:
    """The server's tables read whole (counts and checksums), and what this process's replica holds."""
    from ovop_analytics.store import transfer

    tables = store.read_tables(transfer.TABLES)
    for table in transfer.TABLES:
        rows, _ = transfer.checksum(tables[table])
        print(f"{table:<20} {rows:>10,} rows  ok")
    status = store.node.status()
    replica = store.query("SELECT count(*) AS n FROM datasets")["n"].iloc[0]
    print(f"backend: postgresql ({store.display}), schema version {store.schema_version()}: every table read, ok")
    print(f"replica: in-memory DuckDB of this process at generation {store.node.generation}, {replica} public "
          f"datasets; notifications {'on' if store.node.notify else 'off'}, poll every {store.node.poll_seconds:g} s; "
          f"server {'reachable' if status.online else 'unreachable'}")
    print("backups: by the server's own tools (pg_dump), not by ovop-analytics")
    return 0


def _cmd_migrate_store(args: argparse.Namespace) -> int:
    from ovop_analytics.store import Store, transfer

    source = Store(args.source) if args.source else Store()
    target = Store(args.to if args.to.startswith(("postgresql://", "postgres://")) else Path(args.to))
    report = transfer.copy_store(source, target, replace=args.replace)
    for table in report.tables:
        print(f"{table.table:<20} {table.rows:>10,} rows  checksum {table.checksum:016x}  verified")
    print(f"copied {report.rows:,} rows from {report.source} to {report.target}"
          + (" (replacing what it held)" if report.replaced else "") + ": counts and checksums verified")
    return 0


def serve_command(port: int, address: str, headless: bool = True) -> list[str]:
    """The `streamlit run` command line of `serve`: bound to `address`, Streamlit's upload limit equal to
    OVOP_MAX_UPLOAD_MB (so the browser refuses a larger file before any byte is held), no file watcher."""
    command = [sys.executable, "-m", "streamlit", "run", str(config.PROJECT_DIR / "app.py"),
               "--server.port", str(port), "--server.address", address,
               "--server.maxUploadSize", str(config.max_upload_mb()),
               "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false"]
    if headless:
        command += ["--server.headless", "true"]
    return command


def _cmd_serve(args: argparse.Namespace) -> int:
    """Replace this process by Streamlit (exec): one PID, so one SIGTERM stops the server and frees the port."""
    address = args.address or (PUBLIC_ADDRESS if args.public else LOCAL_ADDRESS)
    command = serve_command(args.port, address, headless=args.headless)
    sys.stdout.flush()
    sys.stderr.flush()
    os.chdir(config.PROJECT_DIR)
    os.execv(command[0], command)
    return 0  # not reached: exec replaced the process


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ovop-analytics", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["id", "en"],
                        help="language of messages: id (Bahasa Indonesia) or en (default: OVOP_LANG, else en)")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("init", help="create or migrate the database and load the reference and demo datasets")
    p.set_defaults(func=_cmd_init)

    p = sub.add_parser("datasets", help="list datasets (name, kind, rows, synthetic), or delete a shared one",
                       description="List the shared and public datasets, or `datasets delete NAME` to delete one "
                                   "loaded with `ingest`. Browser uploads live in private workspaces: see "
                                   "`ovop-analytics workspaces`.")
    p.add_argument("action", nargs="?", choices=["list", "delete"], default="list")
    p.add_argument("name", nargs="?", help="the dataset to delete")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=_cmd_datasets)

    p = sub.add_parser("stats", help="one row per region: IKM OVOP, OVOP types, commodity groups")
    p.add_argument("--dataset", required=True)
    p.add_argument("--level", required=True, help="province or kabupaten_kota")
    p.add_argument("--year", type=int, help="one designation year or award round")
    p.add_argument("--metrics", help="comma-separated metric names to add, e.g. shannon,hhi,cagr "
                                     "(see ovop_analytics.metrics.METRICS)")
    p.add_argument("--from-year", type=int, help="first year of the period (and the CAGR start year)")
    p.add_argument("--to-year", type=int, help="last year of the period (and the CAGR end year)")
    p.add_argument("--per", choices=["count", "capita", "area"], default="count",
                   help="counts as they are (default), per 1 million residents (capita) or per 1,000 km² (area); "
                        "columns renamed with _per_1m / _per_1000km2")
    p.add_argument("--population", choices=["dukcapil", "bps"], default="dukcapil",
                   help="population basis of --per capita: dukcapil (DKB semester II 2024) or bps (provinces)")
    p.add_argument("--format", choices=["json", "csv"], default="json")
    p.set_defaults(func=_cmd_stats)

    p = sub.add_parser("backup", help="write a verified copy of the database (safe while the app runs)")
    p.add_argument("--out", help="directory for the copy (default: backups/ in the data directory, where "
                                 "only the newest OVOP_BACKUP_KEEP are kept)")
    p.set_defaults(func=_cmd_backup)

    p = sub.add_parser("restore", help="check a backup file, then put it back as the database")
    p.add_argument("file", help="a backup written by `ovop-analytics backup`")
    p.set_defaults(func=_cmd_restore)

    p = sub.add_parser("check", help="open the database and read every table; exit 2 if it is damaged")
    p.set_defaults(func=_cmd_check)

    p = sub.add_parser("migrate-store", help="copy every dataset, workspace and record to PostgreSQL or to a "
                                             "DuckDB file, verified by counts and checksums")
    p.add_argument("--to", required=True, help="postgresql://user:password@host/db, or the path of a DuckDB file")
    p.add_argument("--from", dest="source", help="the store to copy (default: the configured one, "
                                                 "OVOP_DATABASE_URL or the data directory's file)")
    p.add_argument("--replace", action="store_true", help="overwrite a target that holds datasets already")
    p.set_defaults(func=_cmd_migrate_store)

    p = sub.add_parser("serve", help="start the Streamlit app (on 127.0.0.1 unless --address or --public)")
    p.add_argument("--port", type=int, default=8501)
    where = p.add_mutually_exclusive_group()
    where.add_argument("--address", help="address to listen on, e.g. 0.0.0.0 or one interface's address")
    where.add_argument("--public", action="store_true", help=f"listen on every interface ({PUBLIC_ADDRESS})")
    p.add_argument("--headless", action="store_true", help="do not open a browser")
    p.set_defaults(func=_cmd_serve)

    for module in COMMAND_MODULES:
        importlib.import_module(module).register(sub)
    for command in sub.choices.values():  # also after the subcommand: `ovop-analytics ingest --lang id ...`
        if "--lang" not in command._option_string_actions:
            command.add_argument("--lang", choices=["id", "en"], default=argparse.SUPPRESS,
                                 help="language of messages (id or en)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # PostgreSQL mode: the connection pool and the replica log each failed attempt; a command says what went
    # wrong in its own one line (exit 2) instead
    for name in ("psycopg.pool", "ovop_analytics.store.postgres"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        return int(args.func(args) or 0)
    except OvopError as error:
        from ovop_analytics.problems import cli_error_text, error_problems
        from ovop_analytics.problems import cli_language as language

        lang = language(args)
        print(f"ovop-analytics: error: {cli_error_text(error, lang)}", file=sys.stderr)
        for line in error_problems(error, lang)[:50]:
            print(f"  {line}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `ovop-analytics stats ... | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0
    except OSError as error:  # a file named on the command line that cannot be read or written
        where = f": {error.filename}" if error.filename else ""
        print(f"ovop-analytics: error: {error.strerror or error}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("ovop-analytics: interrupted; nothing half-written was kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
