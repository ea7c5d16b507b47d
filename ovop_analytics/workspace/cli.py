"""`ovop-analytics workspaces list|purge`: the operator's view of the browsers' private workspaces.

A workspace is shown by the first 12 characters of its id (a hash of its key; the key itself is never
stored), with its datasets, rows and when it was last opened. `purge` deletes workspaces not opened for
the configured number of days (workspace_expiry_days), with their datasets, in one transaction.
"""

from __future__ import annotations

import argparse
import json

from ovop_analytics.bootstrap import initialise
from ovop_analytics.store import Store
from ovop_analytics.workspace.registry import WorkspaceLimits, expired, list_workspaces, purge


def _cmd_list(args: argparse.Namespace) -> int:
    store = Store()
    initialise(store)
    rows = [{"workspace": w.owner[:12], "origin": w.origin, "datasets": w.datasets, "rows": w.rows,
             "created": w.created_at.strftime("%Y-%m-%d"), "last_opened": w.last_seen_at.strftime("%Y-%m-%d")}
            for w in list_workspaces(store)]
    if args.format == "json":
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'workspace':<12}  {'origin':<8}  {'datasets':>8}  {'rows':>10}  {'created':<10}  last opened")
    for r in rows:
        print(f"{r['workspace']:<12}  {r['origin']:<8}  {r['datasets']:>8}  {r['rows']:>10,}  {r['created']:<10}  "
              f"{r['last_opened']}")
    limits = WorkspaceLimits.from_config()
    print(f"{len(rows)} workspaces; limits: {limits.max_datasets} datasets and {limits.max_rows:,} rows each, "
          f"expiry after {limits.expiry_days} days unopened")
    return 0


def _cmd_purge(args: argparse.Namespace) -> int:
    store = Store()
    initialise(store)
    days = args.days if args.days is not None else WorkspaceLimits.from_config().expiry_days
    chosen = expired(store, days)
    if args.orphaned:
        chosen += [w for w in list_workspaces(store) if w.origin == "orphaned" and w not in chosen]
    if args.dry_run:
        for w in chosen:
            print(f"would purge {w.owner[:12]} ({w.origin}, {w.datasets} datasets, {w.rows:,} rows, "
                  f"last opened {w.last_seen_at:%Y-%m-%d})")
        print(f"{len(chosen)} workspaces would be purged (nothing deleted: --dry-run)")
        return 0
    deleted = purge(store, chosen)
    print(f"purged {len(chosen)} workspaces and their {deleted} datasets (not opened for more than {days} days"
          + (", or orphaned" if args.orphaned else "") + ")")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("workspaces", help="list or purge the browsers' private workspaces",
                                   description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="workspaces_command", required=True)
    p = sub.add_parser("list", help="every workspace: datasets, rows, created, last opened")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=_cmd_list)
    p = sub.add_parser("purge", help="delete workspaces not opened for N days, with their datasets")
    p.add_argument("--days", type=int, help="days unopened (default: setting workspace_expiry_days)")
    p.add_argument("--orphaned", action="store_true",
                   help="also purge orphaned workspaces now (uploads of browser sessions before workspaces existed)")
    p.add_argument("--dry-run", action="store_true", help="list what would be purged, delete nothing")
    p.set_defaults(func=_cmd_purge)
