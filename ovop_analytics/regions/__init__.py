"""Regions of Indonesia: the gazetteer, the lineage of province splits, and name matching."""

from typing import TYPE_CHECKING

from ovop_analytics.regions.gazetteer import (SPLITS, Region, Split, all_regions, by_code,
                                              children_split_after, kabupaten_kota, province_of,
                                              provinces, splits_from, territory_in)
from ovop_analytics.lazy import attach

if TYPE_CHECKING:
    from ovop_analytics.regions.matching import Match, match_region, normalise, parse_code, region_name

# Name matching brings rapidfuzz (a tenth of a second to import): read when first used, not by every
# command that only needs the gazetteer.
__getattr__ = attach(__name__, {name: "matching" for name in
                                ("Match", "match_region", "normalise", "parse_code", "region_name")})

__all__ = ["SPLITS", "Match", "Region", "Split", "all_regions", "by_code", "children_split_after",
           "kabupaten_kota", "match_region", "normalise", "parse_code", "province_of", "provinces",
           "region_name", "splits_from", "territory_in"]
