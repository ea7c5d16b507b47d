"""`ovop-analytics spatial`: the Spatial patterns page's analysis from the command line.

JSON: {"global": ..., "methods": ..., "regions": [one object per region]}. CSV: one row per region, the
global statistic repeated in columns global_moran_i / global_p_value so that the file stands alone.
Empty cells and nulls are no data, never 0.
"""

from __future__ import annotations

import argparse
import json
import sys

from ovop_analytics.spatial import DEFAULT_PERMUTATIONS, DEFAULT_SEED

REGION_COLUMNS = ["region_code", "region_name", "count", "denominator", "value", "lag", "local_i", "p_value",
                  "category", "gi_z", "gi_p", "gi_bin"]


def _cmd_spatial(args: argparse.Namespace) -> int:
    from ovop_analytics import metrics
    from ovop_analytics.errors import InvalidArgumentError
    from ovop_analytics.spatial.analysis import SpatialRequest, global_record, spatial_analysis
    from ovop_analytics.bootstrap import ensure_ready
    from ovop_analytics.store import Store, get_dataset

    store = Store()
    ensure_ready(store)
    dataset = get_dataset(store, args.dataset)
    if args.from_year is not None and args.to_year is not None and args.from_year > args.to_year:
        raise InvalidArgumentError(f"The start year {args.from_year} is after the end year {args.to_year}.",
                                   code="spatial_err_period_order",
                                   values={"start": args.from_year, "end": args.to_year})
    request = SpatialRequest(level=args.level, metric=args.metric, basis=args.per, population=args.population,
                             year_from=args.from_year, year_to=args.to_year, weights=args.weights,
                             permutations=args.permutations, seed=args.seed, cutoff=args.cutoff, fdr=args.fdr,
                             smoothing=args.smoothing, province=args.province or "")
    analysis = spatial_analysis(store, dataset.id, request, with_stability=args.stability)
    regions = analysis.regions.reindex(columns=REGION_COLUMNS)
    summary = global_record(analysis)
    if args.format == "json":
        document = {"dataset": dataset.name, "synthetic": dataset.is_synthetic, "global": summary,
                    "stability": analysis.stability, "methods": analysis.methods,
                    "regions": metrics.json_records(regions) if analysis.result.local else []}
        print(json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False))
        return 0
    from ovop_analytics.ingest.export import neutralise_formulas

    if not analysis.result.local:
        regions = regions[["region_code", "region_name", "count", "denominator", "value"]]
    regions = regions.assign(global_moran_i=summary["moran_i"], global_p_value=summary["p_value"],
                             permutations=request.permutations, seed=request.seed, weights=request.weights)
    neutralise_formulas(regions).to_csv(sys.stdout, index=False)
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("spatial", help="Moran's I, LISA categories and Gi* hot spots of a metric per region",
                       description="Global Moran's I with its permutation p-value and, for kabupaten/kota, one "
                                   "row per region: value, spatial lag, local I, p, LISA category, Gi* z and bin. "
                                   "Needs the boundaries of the level installed.")
    p.add_argument("--dataset", required=True)
    p.add_argument("--metric", default="ikm_ovop", help="a count such as ikm_ovop, types, ikm_ovop_to_date")
    p.add_argument("--per", choices=["count", "capita", "area"], default="capita",
                   help="count, per 1 million residents (capita) or per 1,000 km² (area); default capita")
    p.add_argument("--population", choices=["dukcapil", "bps"], default="dukcapil",
                   help="population basis: dukcapil (DKB semester II 2024) or bps (mid-2024, provinces only)")
    p.add_argument("--level", choices=["kabupaten_kota", "province"], default="kabupaten_kota",
                   help="kabupaten_kota (default) or province (global statistic only)")
    p.add_argument("--province", help="only this province's kabupaten/kota and those of the provinces next to it")
    p.add_argument("--from-year", type=int, help="first year of the period")
    p.add_argument("--to-year", type=int, help="last year of the period")
    p.add_argument("--weights", choices=["knn6", "contiguity"], default="knn6")
    p.add_argument("--permutations", type=int, default=DEFAULT_PERMUTATIONS)
    p.add_argument("--seed", type=int, default=DEFAULT_SEED)
    p.add_argument("--cutoff", type=float, choices=[0.05, 0.01, 0.001], default=0.05, help="LISA p cut-off")
    p.add_argument("--fdr", action="store_true", help="false discovery rate at the cut-off instead of it")
    p.add_argument("--smoothing", action="store_true", help="empirical-Bayes smoothed rates (per capita only)")
    p.add_argument("--stability", action="store_true",
                   help="also run the other weights and report the share of unchanged categories")
    p.add_argument("--format", choices=["json", "csv"], default="json")
    p.set_defaults(func=_cmd_spatial)
