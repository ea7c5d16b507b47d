"""The bundled reference dataset: published OVOP facts with their citations, conflicts kept as conflicts."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from ovop_analytics.config import PROJECT_DIR
from ovop_analytics.store.registry import create_dataset

FACTS_FILE = PROJECT_DIR / "data" / "ovop_published_figures.csv"
NAME = "reference"


def read_facts(path: Path = FACTS_FILE) -> pd.DataFrame:
    """Read the facts file; codes stay text ('34.71' must not become a float)."""
    facts = pd.read_csv(path, dtype=str, keep_default_na=False)
    facts = facts.replace({"": None})
    facts["value"] = facts["value"].astype(float)
    facts["round_year"] = pd.array(pd.to_numeric(facts["round_year"]), dtype="Int64")
    facts["star"] = pd.array(pd.to_numeric(facts["star"]), dtype="Int64")
    facts["is_conflict"] = facts["note"].fillna("").str.contains("CONFLICT")
    return facts


def load(con: duckdb.DuckDBPyConnection, path: Path = FACTS_FILE) -> int:
    """Register the reference dataset and its facts inside the caller's transaction."""
    facts = read_facts(path)
    dataset_id = create_dataset(
        con, name=NAME, kind="reference", is_synthetic=False,
        source="Published figures of Kemenkop UKM, Kemenperin and the press; each fact cites its source",
        description=f"{len(facts)} published OVOP facts ({path.name})")
    facts.insert(0, "dataset_id", dataset_id)
    con.register("incoming_facts", facts)
    try:
        con.execute("""INSERT INTO published_facts
            SELECT fact_id, dataset_id, program, round_year, level, region_code, region_name, metric, value,
                   commodity_group, star, entity_name, product, note, is_conflict, source_title, source_url,
                   published
            FROM incoming_facts""")
    finally:
        con.unregister("incoming_facts")
    return len(facts)
