"""Creating and filling a database: migrations, gazetteer, commodity groups, reference and demo datasets.

It sits above `store` and `datasets` (it seeds the store with the bundled datasets), so neither imports it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ovop_analytics.commodities import COMMODITY_GROUPS
from ovop_analytics.datasets import demo, reference
from ovop_analytics.regions import SPLITS, all_regions
from ovop_analytics.store import Store
from ovop_analytics.store.migrations import LATEST_VERSION, current_version, migrate


@dataclass(frozen=True)
class InitReport:
    migrations_applied: list[int]
    loaded: list[str]  # names of datasets loaded by this call (empty when all were there already)


def is_ready(store: Store) -> bool:
    """True when the schema is current and the bundled datasets are present: the app can start reading."""
    if not store.path.exists():
        return False
    with store.reader() as con:
        if current_version(con) < LATEST_VERSION:
            return False
        names = {row[0] for row in con.execute("SELECT name FROM datasets WHERE visibility = 'public'").fetchall()}
    return {reference.NAME, demo.NAME} <= names


def initialise(store: Store) -> InitReport:
    """Idempotent: migrate, then load whatever bundled part is missing, each part all-or-nothing (and
    checkpointed); one backup at the end when anything changed, not one per step."""
    with store.writer(backup=False) as con:
        applied = migrate(con)
    loaded = []
    with store.transaction(backup=False) as con:
        if con.execute("SELECT count(*) FROM regions").fetchone()[0] == 0:
            con.executemany("INSERT INTO regions VALUES (?, ?, ?, ?, ?)",
                            [(r.code, r.name, r.level, r.kind, r.parent_code) for r in all_regions()])
            con.executemany("INSERT INTO region_lineage VALUES (?, ?, ?)",
                            [(s.child_code, s.parent_code, s.year) for s in SPLITS])
            con.executemany("INSERT INTO commodity_groups VALUES (?, ?, ?)", COMMODITY_GROUPS)
    for module in (reference, demo):
        with store.transaction(backup=False) as con:
            exists = con.execute("SELECT count(*) FROM datasets WHERE name = ? AND visibility = 'public'",
                                 [module.NAME]).fetchone()[0]
            if not exists:
                module.load(con)
                loaded.append(module.NAME)
    if applied or loaded:
        store.run_after_write()
    return InitReport(applied, loaded)


def ensure_ready(store: Store) -> None:
    """Cheap check at app start; initialises only a new or outdated database."""
    if not is_ready(store):
        initialise(store)
