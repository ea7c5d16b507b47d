"""Regions of Indonesia: the gazetteer, the lineage of province splits, and name matching."""

from ovop_analytics.regions.gazetteer import (SPLITS, Region, Split, all_regions, by_code,
                                              children_split_after, kabupaten_kota, province_of,
                                              provinces, splits_from, territory_in)
from ovop_analytics.regions.matching import Match, match_region, normalise, parse_code, region_name

__all__ = ["SPLITS", "Match", "Region", "Split", "all_regions", "by_code", "children_split_after",
           "kabupaten_kota", "match_region", "normalise", "parse_code", "province_of", "provinces",
           "region_name", "splits_from", "territory_in"]
