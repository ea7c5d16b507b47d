"""Metrics of OVOP adoption: counts and growth, diversity, coverage, overlap and uniqueness, specialisation.

Pure formula modules (growth, diversity, coverage, overlap, specialisation) work on small pandas inputs;
`region_metrics` (the computing layer) lets DuckDB aggregate through `sql` and feeds them. Pages and the
CLI import from here.
"""

from ovop_analytics.metrics.growth import NEW, cagr
from ovop_analytics.metrics.region_metrics import (coverage_summary, growth_series, json_records,
                                                   location_quotients, new_entrants, overlap_matrix,
                                                   region_metrics, star_upgrades, top_movers, type_spread,
                                                   unavailable_metrics)
from ovop_analytics.metrics.registry import GROUP_CODES, METRICS, MetricInfo, check_metrics, methods_table

__all__ = ["GROUP_CODES", "METRICS", "NEW", "MetricInfo", "cagr", "check_metrics", "coverage_summary",
           "growth_series", "json_records", "location_quotients", "methods_table", "new_entrants", "overlap_matrix",
           "region_metrics", "star_upgrades", "top_movers", "type_spread", "unavailable_metrics"]
