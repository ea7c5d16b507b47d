"""One spatial analysis from the database: the figure per region (count, per capita or per km², raw or
empirical-Bayes smoothed), the installed layer's weights, the statistics, and the methods that say how.

The page and `ovop-analytics spatial` both call `spatial_analysis`, so they agree region by region.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from ovop_analytics import metrics
from ovop_analytics.errors import BoundaryError, InvalidArgumentError
from ovop_analytics.metrics import denominators
from ovop_analytics.spatial.statistics import (DEFAULT_PERMUTATIONS, DEFAULT_SEED, SpatialResult, check_options,
                                               empirical_bayes, spatial_statistics, stability)
from ovop_analytics.spatial.weights import KNN_K, CONTIGUITY_KNN_K, WEIGHTS, check_weights, layer_weights
from ovop_analytics.store.connection import Store

SPATIAL_METRICS = tuple(name for name in metrics.METRICS if name != "cagr")


@dataclass(frozen=True)
class SpatialRequest:
    """Everything that decides a result (and its cache key)."""

    level: str = "kabupaten_kota"
    metric: str = "ikm_ovop"
    basis: str = "capita"
    population: str = "dukcapil"
    year_from: int | None = None
    year_to: int | None = None
    weights: str = "knn6"
    permutations: int = DEFAULT_PERMUTATIONS
    seed: int = DEFAULT_SEED
    cutoff: float = 0.05
    fdr: bool = False
    smoothing: bool = False
    province: str = ""  # kabupaten/kota of one province and of the provinces next to it

    def check(self) -> SpatialRequest:
        from ovop_analytics.store.queries import check_level

        check_level(self.level)
        if self.metric not in SPATIAL_METRICS:
            raise InvalidArgumentError(f"Unknown metric '{self.metric}'. Valid: {', '.join(SPATIAL_METRICS)}.",
                                       code="spatial_err_spatial_metric", values={"value": self.metric})
        denominators.check_basis(self.basis, self.population, self.level)
        if self.basis != "count" and self.metric not in denominators.RATE_METRICS:
            raise InvalidArgumentError(
                f"'{self.metric}' is not a count: it cannot be divided by population or area.",
                code="spatial_err_basis_not_rate", values={"metric": self.metric})
        if self.smoothing and self.basis != "capita":
            raise InvalidArgumentError("Empirical-Bayes smoothing applies to rates per capita only.",
                                       code="spatial_err_smoothing_capita", values={})
        check_weights(self.weights)
        check_options(self.permutations, self.cutoff, self.seed)
        if self.province and self.level != "kabupaten_kota":
            raise InvalidArgumentError("A province's neighbourhood is analysed at kabupaten/kota level.",
                                       code="spatial_err_spatial_province_level", values={})
        return self


@dataclass(frozen=True)
class SpatialAnalysis:
    request: SpatialRequest
    result: SpatialResult
    regions: pd.DataFrame  # region_code, region_name, count, denominator, value (+ result columns)
    components: int  # connected groups of the weights graph (1: every region reaches every other)
    stability: float | None = None  # share of regions in the same LISA category under the other weights
    methods: dict[str, Any] = field(default_factory=dict)


def region_values(store: Store, dataset_id: int, request: SpatialRequest) -> pd.DataFrame:
    """region_code, region_name, count (the metric as counted), denominator, value (what is tested)."""
    frame = metrics.region_metrics(store, dataset_id, request.level, [request.metric], request.year_from,
                                   request.year_to)
    raw = pd.to_numeric(frame[request.metric].astype(object), errors="coerce").astype(float)
    out = pd.DataFrame({"region_code": frame["region_code"], "region_name": frame["region_name"], "count": raw})
    if request.basis == "count":
        out["denominator"] = float("nan")
        out["value"] = raw
        return out
    den = denominators.denominator(request.level, request.basis, request.population)
    out["denominator"] = den.values.reindex(out["region_code"]).to_numpy(float)
    if request.smoothing:
        smoothed = empirical_bayes(raw.set_axis(out["region_code"]), den.values, den.scale)
        out["value"] = smoothed.to_numpy(float)
    else:
        out["value"] = denominators.per_unit(raw, out["region_code"], den.values, den.scale).to_numpy(float)
    return out


def neighbourhood(graph: Any, province: str) -> list[str]:
    """Kabupaten/kota of `province` and of every province one of them borders in `graph`."""
    adjacency = graph.adjacency.reset_index()
    inside = adjacency["focal"].str.startswith(province + ".")
    provinces = {province} | set(adjacency.loc[inside & (adjacency["weight"] > 0), "neighbor"].str.split(".").str[0])
    return [code for code in graph.unique_ids if code.split(".")[0] in provinces]


def _graph(level: str, weights: str) -> Any:
    graph = layer_weights(level, weights)
    if graph is None:
        raise BoundaryError(f"No {level} boundaries are installed: install them with `ovop-analytics boundaries "
                            f"install --from FILE --level {level}`.", code="spatial_no_boundaries",
                            values={"level": level})
    return graph


def spatial_analysis(store: Store, dataset_id: int, request: SpatialRequest,
                     with_stability: bool = True) -> SpatialAnalysis:
    """The analysis of `request` on a dataset: per-region figures, statistics and the methods record.

    Provinces give the global statistic only (38 units are too few for local tests worth showing).
    `with_stability`: also run the other weights and report the share of unchanged LISA categories.
    """
    request.check()
    local = request.level == "kabupaten_kota"
    graph = _graph(request.level, request.weights)
    frame = region_values(store, dataset_id, request)
    if request.province:
        keep = neighbourhood(graph, request.province)
        graph = graph.subgraph(keep)
        frame = frame[frame["region_code"].isin(keep)].reset_index(drop=True)
    values = frame.set_index("region_code")["value"]
    result = spatial_statistics(values, graph, request.permutations, request.seed, request.cutoff, request.fdr,
                                local=local)
    shared = stability_share = None
    if with_stability and local:
        other = _graph(request.level, next(w for w in WEIGHTS if w != request.weights))
        if request.province:
            other = other.subgraph(list(graph.unique_ids))
        shared = spatial_statistics(values, other, request.permutations, request.seed, request.cutoff,
                                    request.fdr, local=True)
        stability_share = stability(result, shared)
    regions = frame.merge(result.table.drop(columns=["value"]), on="region_code", how="left")
    components = int(graph.n_components)
    return SpatialAnalysis(request, result, regions, components, stability_share,
                           methods_record(request, result, components, stability_share))


def methods_record(request: SpatialRequest, result: SpatialResult, components: int,
                   stability_share: float | None) -> dict[str, Any]:
    """What a reader needs to reproduce the result (English keys; pages label them)."""
    import esda
    import libpysal

    from ovop_analytics import geo

    manifest = geo.read_manifest(request.level)
    weights = (f"k-nearest neighbours, k = {KNN_K}, great-circle distance between centroids, symmetrised, binary"
               if request.weights == "knn6" else
               f"queen contiguity of the simplified display polygons united with {CONTIGUITY_KNN_K} nearest "
               "neighbours (symmetrised), binary")
    record = {
        "metric": request.metric,
        "basis": request.basis,
        "denominator": denominators.CITATIONS.get(
            "big" if request.basis == "area" else request.population, "") if request.basis != "count" else "",
        "scale": denominators.SCALE.get(request.basis, 1),
        "smoothing": "empirical Bayes (Marshall 1991)" if request.smoothing else "none",
        "period": [request.year_from, request.year_to],
        "level": request.level,
        "province": request.province or None,
        "weights": request.weights,
        "weights_description": weights,
        "weights_components": components,
        "lisa_transformation": "row-standardised",
        "gi_weights": "binary, self included (Gi*)",
        "permutations": request.permutations,
        "seed": request.seed,
        "p_value_rule": ("pseudo p-value of conditional permutations, folded (esda p_sim); "
                         + (f"false discovery rate at {request.cutoff}: p <= {result.significance:.6g}"
                            if request.fdr else f"p <= {request.cutoff}")),
        "gi_bins": "hot/cold spot at 90, 95, 99 % confidence: p <= 0.10, 0.05, 0.01",
        "regions_tested": result.n,
        "regions_without_neighbour": result.isolates,
        "regions_without_data": result.no_data,
        "stability": stability_share,
        "esda_version": esda.__version__,
        "libpysal_version": libpysal.__version__,
        "boundary_source": manifest.source if manifest else "",
        "boundary_sha256": manifest.sha256 if manifest else "",
    }
    return record


def global_record(analysis: SpatialAnalysis) -> dict[str, Any]:
    """The global statistic as a plain dict (JSON and the methods box)."""
    r = analysis.result
    return {"moran_i": r.moran_i, "expected_i": r.expected_i, "p_value": r.p_value, "z": r.z_sim, "n": r.n,
            "permutations": r.permutations, "seed": r.seed, "significance": r.significance,
            "categories": r.counts() if r.local else None}


def request_dict(request: SpatialRequest) -> dict[str, Any]:
    return asdict(request)


def spatial_analysis_of(store: Store, dataset_id: int, level: str, metric: str, basis: str, population: str,
                        year_from: int | None, year_to: int | None, weights: str, permutations: int, seed: int,
                        cutoff: float, fdr: bool, smoothing: bool, province: str, layer_version: str = "",
                        with_stability: bool = True) -> SpatialAnalysis:
    """`spatial_analysis` with plain arguments, so that a page can cache it by value; `layer_version` (the
    installed boundaries' directory) only renews that cache after a new install."""
    request = SpatialRequest(level, metric, basis, population, year_from, year_to, weights, permutations, seed,
                             cutoff, fdr, smoothing, province)
    return spatial_analysis(store, dataset_id, request, with_stability=with_stability)


def region_category(analysis: SpatialAnalysis, region_code: str) -> dict[str, Any] | None:
    """The LISA category, p-value and Gi* bin of one region in an analysis (None: not in it)."""
    rows = analysis.regions[analysis.regions["region_code"] == region_code]
    if rows.empty:
        return None
    row = rows.iloc[0]
    p = row.get("p_value")
    return {"category": row["category"], "p_value": None if pd.isna(p) else float(p), "gi_bin": row["gi_bin"],
            "value": None if pd.isna(row["value"]) else float(row["value"])}
