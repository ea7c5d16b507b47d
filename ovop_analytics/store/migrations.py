"""Versioned schema migrations. Append a new (version, statements) pair; never edit an applied one."""

from __future__ import annotations

from collections.abc import Callable

import duckdb

from ovop_analytics.store.names import name_key

# A step is an SQL statement, or a function for what SQL cannot say (Unicode normalisation).
Step = str | Callable[[duckdb.DuckDBPyConnection], None]


def _fill_name_keys(con: duckdb.DuckDBPyConnection) -> None:
    """The comparison key of every existing dataset name. Names that already clash (made before this
    rule) keep their datasets: the later ones get a key suffixed with their id, so nothing is lost."""
    seen: set[str] = set()
    for dataset_id, name in con.execute("SELECT id, name FROM datasets ORDER BY id").fetchall():
        key = name_key(name)
        if key in seen:
            key = f"{key}#{dataset_id}"
        seen.add(key)
        con.execute("UPDATE datasets SET name_key = ? WHERE id = ?", [key, dataset_id])


MIGRATIONS: list[tuple[int, str, list[Step]]] = [
    (1, "regions, datasets, OVOP records and published facts", [
        """CREATE TABLE regions (
            code VARCHAR PRIMARY KEY,          -- Kemendagri code: '33' or '33.02'
            name VARCHAR NOT NULL,
            level VARCHAR NOT NULL CHECK (level IN ('province', 'kabupaten_kota')),
            kind VARCHAR NOT NULL CHECK (kind IN ('provinsi', 'kabupaten', 'kota')),
            parent_code VARCHAR                -- province of a kabupaten/kota
        )""",
        """CREATE TABLE region_lineage (
            child_code VARCHAR NOT NULL,       -- today's province
            parent_code VARCHAR NOT NULL,      -- the province it was split from
            split_year INTEGER NOT NULL,
            PRIMARY KEY (child_code, parent_code)
        )""",
        """CREATE TABLE commodity_groups (
            code VARCHAR PRIMARY KEY, name_id VARCHAR NOT NULL, name_en VARCHAR NOT NULL
        )""",
        "CREATE SEQUENCE dataset_ids START 1",
        """CREATE TABLE datasets (
            id INTEGER PRIMARY KEY DEFAULT nextval('dataset_ids'),
            name VARCHAR NOT NULL UNIQUE,
            kind VARCHAR NOT NULL CHECK (kind IN ('reference', 'demo', 'upload', 'shared')),
            visibility VARCHAR NOT NULL CHECK (visibility IN ('public', 'private')),
            owner VARCHAR,                     -- browser session token of a private upload
            created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
            source VARCHAR NOT NULL,
            is_synthetic BOOLEAN NOT NULL,
            description VARCHAR
        )""",
        """CREATE TABLE ovop_types (
            dataset_id INTEGER NOT NULL,
            type_code VARCHAR NOT NULL,
            name VARCHAR NOT NULL,
            commodity_group VARCHAR,
            PRIMARY KEY (dataset_id, type_code)
        )""",
        """CREATE TABLE ovop_records (
            dataset_id INTEGER NOT NULL,
            region_code VARCHAR NOT NULL,
            year INTEGER NOT NULL,             -- designation year, or award round
            program VARCHAR NOT NULL CHECK (program IN ('kemenkop_ovop', 'kemenperin_ovop_award')),
            commodity_group VARCHAR,
            type_code VARCHAR,
            star TINYINT CHECK (star BETWEEN 1 AND 5),
            entity_name VARCHAR,
            product VARCHAR,
            source_url VARCHAR
        )""",
        "CREATE INDEX ovop_records_dataset ON ovop_records (dataset_id)",
        """CREATE TABLE published_facts (
            fact_id VARCHAR PRIMARY KEY,
            dataset_id INTEGER NOT NULL,
            program VARCHAR NOT NULL,
            round_year INTEGER,
            level VARCHAR NOT NULL,
            region_code VARCHAR,
            region_name VARCHAR,
            metric VARCHAR NOT NULL,
            value DOUBLE NOT NULL,
            commodity_group VARCHAR,
            star TINYINT,
            entity_name VARCHAR,
            product VARCHAR,
            note VARCHAR,
            is_conflict BOOLEAN NOT NULL,
            source_title VARCHAR NOT NULL,
            source_url VARCHAR,
            published VARCHAR
        )""",
    ]),
    (2, "drop the dataset_id index of ovop_records: it halved bulk-load speed, and DuckDB's zone maps "
        "already skip other datasets' row groups (a dataset is written in one piece)", [
        "DROP INDEX IF EXISTS ovop_records_dataset",
    ]),
    (3, "a dataset knows the regions it covers (inside them no record means 0, outside them there is no "
        "data), the file it was read from and who loaded it, so figures and citations can say so", [
        "ALTER TABLE datasets ADD COLUMN coverage VARCHAR",  # NULL: national; else province codes '51,52'
        "ALTER TABLE datasets ADD COLUMN file_name VARCHAR",
        "ALTER TABLE datasets ADD COLUMN loaded_by VARCHAR",  # 'cli' or 'browser'
        # Uploads made before coverage existed cover the provinces their rows touch.
        """UPDATE datasets SET coverage = (
               SELECT string_agg(DISTINCT split_part(r.region_code, '.', 1), ',' ORDER BY split_part(r.region_code, '.', 1))
               FROM ovop_records r WHERE r.dataset_id = datasets.id)
           WHERE kind IN ('upload', 'shared')""",
        """UPDATE datasets SET file_name = regexp_extract(source, '^(?:Upload: |ovop-analytics ingest )(.+)$', 1),
                              loaded_by = CASE WHEN kind = 'upload' THEN 'browser' ELSE 'cli' END
           WHERE kind IN ('upload', 'shared')""",
    ]),
    (4, "dataset names unique after NFKC normalisation and case folding: a comparison key", [
        "ALTER TABLE datasets ADD COLUMN name_key VARCHAR",
        _fill_name_keys,
    ]),
    # DuckDB cannot create an index in the transaction that updated the table: a step of its own
    (5, "a unique index on the dataset name key", [
        "CREATE UNIQUE INDEX datasets_name_key ON datasets (name_key)",
    ]),
    (6, "researchers' workspaces: a browser upload belongs to a workspace (the hash of a key the browser keeps), "
        "which lasts across reloads and restarts and expires unused; each record keeps its region as written "
        "and how it was matched; a dataset keeps what the person edited before loading. Private uploads of "
        "the old per-session owners can never be opened again: they become orphaned workspaces, listed and "
        "purged by `ovop-analytics workspaces`", [
        """CREATE TABLE workspaces (
            owner VARCHAR PRIMARY KEY,         -- SHA-256 of the workspace key (the key itself is never stored)
            origin VARCHAR NOT NULL CHECK (origin IN ('browser', 'orphaned')),
            created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
            last_seen_at TIMESTAMP NOT NULL DEFAULT current_timestamp
        )""",
        """INSERT INTO workspaces (owner, origin, created_at, last_seen_at)
           SELECT owner, 'orphaned', min(created_at), max(created_at) FROM datasets
           WHERE visibility = 'private' AND owner IS NOT NULL GROUP BY owner""",
        "ALTER TABLE ovop_records ADD COLUMN province_as_written VARCHAR",
        "ALTER TABLE ovop_records ADD COLUMN kabupaten_kota_as_written VARCHAR",
        "ALTER TABLE ovop_records ADD COLUMN region_match VARCHAR",  # code | name | fuzzy | person
        "ALTER TABLE ovop_records ADD COLUMN region_match_score DOUBLE",
        # not a column of datasets: DuckDB cannot alter a table that has an index (datasets_name_key)
        """CREATE TABLE dataset_edits (
            dataset_id INTEGER PRIMARY KEY,
            edits VARCHAR NOT NULL             -- JSON: cells edited, rows dropped, repeats kept, region answers
        )""",
    ]),
    (7, "dataset names unique per scope: a private name within its workspace (two workspaces may each hold "
        "'penelitian_ikm', and a refused name no longer tells one person that another's private dataset exists), "
        "a public name among public ones; the code keeps a private name apart from every public one. DuckDB "
        "cannot alter a table that has an index, nor drop the column constraint UNIQUE (name) of migration 1: "
        "the table is copied, in this one transaction", [
        "DROP INDEX datasets_name_key",
        """CREATE TABLE datasets_v7 (
            id INTEGER PRIMARY KEY DEFAULT nextval('dataset_ids'),
            name VARCHAR NOT NULL,
            kind VARCHAR NOT NULL CHECK (kind IN ('reference', 'demo', 'upload', 'shared')),
            visibility VARCHAR NOT NULL CHECK (visibility IN ('public', 'private')),
            owner VARCHAR,                     -- workspace (hash of its key) of a private upload
            created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
            source VARCHAR NOT NULL,
            is_synthetic BOOLEAN NOT NULL,
            description VARCHAR,
            coverage VARCHAR,
            file_name VARCHAR,
            loaded_by VARCHAR,
            name_key VARCHAR NOT NULL,         -- NFKC + case folding of the name (store.names.name_key)
            name_scope VARCHAR NOT NULL        -- 'public', or the owner of a private dataset
        )""",
        # a private row without an owner (none should exist) gets a scope of its own rather than a clash
        """INSERT INTO datasets_v7 (id, name, kind, visibility, owner, created_at, source, is_synthetic, description,
                                    coverage, file_name, loaded_by, name_key, name_scope)
           SELECT id, name, kind, visibility, owner, created_at, source, is_synthetic, description, coverage,
                  file_name, loaded_by, coalesce(name_key, lower(trim(name)) || '#' || id),
                  CASE WHEN visibility = 'public' THEN 'public' ELSE coalesce(owner, 'no-owner#' || id) END
           FROM datasets""",
        "DROP TABLE datasets",
        "ALTER TABLE datasets_v7 RENAME TO datasets",
        "CREATE UNIQUE INDEX datasets_name_in_scope ON datasets (name_scope, name_key)",
    ]),
]

LATEST_VERSION = MIGRATIONS[-1][0]


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """Schema version of an open database; 0 for a new, empty file."""
    # duckdb_tables(), not information_schema.tables: the first read of the latter costs ~15 ms of CPU, a
    # tenth of a short command's whole run
    exists = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_migrations'").fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply every migration newer than the database, each in its own transaction; returns those applied."""
    con.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, description VARCHAR NOT NULL,
        applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)""")
    applied = []
    for version, description, statements in MIGRATIONS:
        if version <= current_version(con):
            continue
        con.execute("BEGIN TRANSACTION")
        committed = False
        try:
            for statement in statements:
                if callable(statement):
                    statement(con)
                else:
                    con.execute(statement)
            con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)",
                        [version, description])
            con.execute("COMMIT")
            committed = True
        finally:
            if not committed:
                con.execute("ROLLBACK")
        applied.append(version)
    return applied
