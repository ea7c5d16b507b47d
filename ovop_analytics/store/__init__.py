"""DuckDB data layer: the connection (the only place that opens DuckDB), migrations, registry, queries."""

from ovop_analytics.store.bootstrap import ensure_ready, initialise, is_ready
from ovop_analytics.store.connection import Store
from ovop_analytics.store.registry import Dataset, get_dataset, list_datasets

__all__ = ["Dataset", "Store", "ensure_ready", "get_dataset", "initialise", "is_ready", "list_datasets"]
