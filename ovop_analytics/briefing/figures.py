"""What a scorecard and a briefing say about one region, computed with the library's metric functions.

Language-neutral (codes and numbers; the words are added by `briefing.document`), so the kabupaten/kota
scorecard page, the PDF and the tests read the very same figures. Two period bases, always named:
- flow ("within the period"): IKM OVOP awards, OVOP types and commodity groups of records dated
  year_from..year_to (the same as `ovop-analytics stats --from-year --to-year`);
- stock ("up to the end of the period", the metrics' `to_date` basis): type sets (coverage, uniqueness,
  strengths) and whether a kabupaten/kota has any IKM OVOP (Kemenperin's target), counting every record
  up to year_to.
Outside a dataset's coverage a region has no value (None, shown '–'), never 0 (region_metrics' rule).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ovop_analytics import facts, metrics
from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.regions import SPLITS, by_code, children_split_after, splits_from
from ovop_analytics.store import Dataset, Store, queries

SCOPES = ("national", "province", "kabupaten_kota")
HEADLINE = ("ikm_ovop", "types", "commodity_groups")  # flow basis: records dated in the period
STOCK = ("coverage_types_to_date", "uniqueness_to_date")  # stock basis: every record up to the period's end


@dataclass(frozen=True)
class Scope:
    """The nation, one province or one kabupaten/kota."""

    level: str  # one of SCOPES
    code: str | None = None  # None for the nation

    @property
    def province_code(self) -> str | None:
        return None if self.code is None else self.code.split(".")[0]


def resolve_scope(level: str, code: str | None = None) -> Scope:
    """Check a scope against the gazetteer; an unknown code is an InvalidArgumentError saying what fits."""
    if level not in SCOPES:
        raise InvalidArgumentError(f"Scope must be one of {', '.join(SCOPES)}, not '{level}'.")
    if level == "national":
        return Scope("national")
    region = by_code().get((code or "").strip())
    if region is None or region.level != level:
        example = "'33' (Jawa Tengah)" if level == "province" else "'52.01' (Kabupaten Lombok Barat)"
        what = "province" if level == "province" else "kabupaten/kota"
        raise InvalidArgumentError(f"Unknown {what} code '{code}': use a Kemendagri code such as {example}.")
    return Scope(level, region.code)


@dataclass(frozen=True)
class Standing:
    """A value with its rank among peers (1 = most) and the peers' and the nation's averages (means)."""

    value: float | None
    rank: int | None
    of: int
    peer_mean: float | None  # province scope: the 38 provinces; kab/kota: the kab/kota of its province
    national_mean: float | None  # kab/kota scope: all 514 kab/kota; province scope: same as peer_mean


def _mean(values: pd.Series) -> float | None:
    values = pd.to_numeric(values, errors="coerce").dropna()
    return None if values.empty else float(values.mean())


def standing(frame: pd.DataFrame, code: str, column: str, peers: pd.Series | None = None) -> Standing:
    """Where `code` stands on `column` among the rows selected by `peers` (all rows when None): rank by
    'min' (ties share the better rank); rows without a value are neither ranked nor averaged."""
    table = frame.set_index("region_code")[column]
    peer_values = table if peers is None else table[peers.to_numpy()]
    numeric = pd.to_numeric(peer_values, errors="coerce").dropna()
    value = table.get(code)
    value = None if value is None or pd.isna(value) else float(value)
    rank = int(numeric.rank(ascending=False, method="min")[code]) if code in numeric.index else None
    return Standing(value, rank, int(len(numeric)), _mean(peer_values), _mean(table))


@dataclass
class Figures:
    """Everything a briefing shows about one scope and period, as plain values."""

    scope: Scope
    name: str
    province_name: str | None
    dataset: dict[str, Any]
    period: tuple[int, int]
    headline: dict[str, Standing]
    stock: dict[str, Any]
    rounds: pd.DataFrame  # round, star, ikm (flow)
    mix: pd.DataFrame  # commodity_group, records (flow)
    types: pd.DataFrame  # type_code, type_name, commodity_group, first_year, in_province, nationally (stock)
    strengths: pd.DataFrame  # the rows of `types` unique to the region
    gaps: pd.DataFrame  # region_code, region_name: kab/kota (or provinces) with no IKM OVOP (stock)
    region_values: pd.DataFrame  # region_code, region_name, ikm_ovop (flow), ikm_to_end (stock): the map
    facts: pd.DataFrame  # published facts about the scope
    awardees: pd.DataFrame  # named award holders in the scope
    policy: pd.DataFrame  # policy statements (context, each with its source)
    target: dict[str, Any]  # Kemenperin's target: fact id, value as published, kab/kota total, the fact row
    splits: list[dict[str, Any]] = field(default_factory=list)
    source: Dataset | None = None  # the dataset record, for its human citation (provenance.citation)

    @property
    def is_synthetic(self) -> bool:
        return bool(self.dataset["is_synthetic"])


Memo = dict[tuple[Any, ...], Any]


def _shared(memo: Memo | None, func: Any, *args: Any, **kwargs: Any) -> Any:
    """func(*args, **kwargs), computed once per batch of briefings: the national tables (every region's
    metrics, type spread, facts) are the same for all 38 provinces. Results are read, never changed."""
    if memo is None:
        return func(*args, **kwargs)
    key = (func.__module__, func.__qualname__, *args[1:], *sorted(kwargs.items()))  # args[0] is the store
    if key not in memo:
        memo[key] = func(*args, **kwargs)
    return memo[key]


def dataset_period(store: Store, dataset: Dataset, year_from: int | None, year_to: int | None,
                   memo: Memo | None = None) -> tuple[int, int]:
    """The period asked for, defaulting to the dataset's first and last year."""
    years = _shared(memo, queries.years, store, dataset.id)
    if not years:
        raise InvalidArgumentError(f"Dataset '{dataset.name}' holds no OVOP records, so there is nothing to brief.")
    start = years[0] if year_from is None else int(year_from)
    end = years[-1] if year_to is None else int(year_to)
    if start > end:
        raise InvalidArgumentError(f"The start year {start} is after the end year {end}.")
    return start, end


def _published_facts(every: pd.DataFrame, scope: Scope) -> pd.DataFrame:
    """Published facts (the reference dataset) about the scope: the nation takes the national ones."""
    if scope.level == "national":
        return every[every["level"] == "national"]
    return facts.concerning(every, scope.code)


def _types_of_scope(store: Store, dataset: Dataset, scope: Scope, year_to: int, memo: Memo | None) -> pd.DataFrame:
    """The scope's OVOP types as of the end of the period, with how many regions share each: kab/kota of
    its province (in_province; none for the nation) and regions of its level nationally (nationally)."""
    level = "province" if scope.level == "national" else scope.level
    spread = _shared(memo, metrics.type_spread, store, dataset.id, level, as_of=year_to)
    spread = spread.set_index("type_code")["regions"]
    table = queries.region_types(store, dataset.id, scope.code, year_to)
    if scope.province_code is None:
        table["in_province"] = pd.NA
    else:
        kabkota = queries.kabkota_types(store, dataset.id, scope.province_code, year_to)
        in_province = kabkota.groupby("type_code")["region_code"].nunique()
        table["in_province"] = table["type_code"].map(in_province).fillna(0).astype("int64")
    table["nationally"] = table["type_code"].map(spread).fillna(0).astype("int64")
    return table.sort_values(["nationally", "type_name"], kind="stable").reset_index(drop=True)


def briefing_figures(store: Store, dataset: Dataset, scope: Scope, year_from: int | None = None,
                     year_to: int | None = None, memo: Memo | None = None) -> Figures:
    """All figures of a briefing or scorecard: the same metric functions the pages call. One database
    connection serves all their queries (each open costs ~15 ms)."""
    with store.reader():
        return _figures(store, dataset, scope, year_from, year_to, memo)


def _figures(store: Store, dataset: Dataset, scope: Scope, year_from: int | None, year_to: int | None,
             memo: Memo | None) -> Figures:
    start, end = dataset_period(store, dataset, year_from, year_to, memo)
    level = "province" if scope.level == "national" else scope.level
    # Two region_metrics calls at most (each is one scan): the scope's level, and the kab/kota for the map,
    # the gaps and Kemenperin's target.
    flow = _shared(memo, metrics.region_metrics, store, dataset.id, level, (*HEADLINE, *STOCK, "ikm_ovop_to_date"),
                   start, end)
    stock_metrics = flow.rename(columns={f"{key}_to_date": key for key in ("coverage_types", "uniqueness")})
    kab = flow if level == "kabupaten_kota" else \
        _shared(memo, metrics.region_metrics, store, dataset.id, "kabupaten_kota", ("ikm_ovop", "ikm_ovop_to_date"),
                start, end)
    to_end = kab[["region_code", "region_name", "ikm_ovop_to_date"]].rename(columns={"ikm_ovop_to_date": "ikm_ovop"})
    coverage = _shared(memo, metrics.coverage_summary, store, dataset.id, as_of=end)
    regions = by_code()
    headline: dict[str, Standing] = {}
    stock: dict[str, Any] = {"catalogue_size": coverage["catalogue_size"]}
    if scope.level == "national":
        headline["ikm_ovop"] = Standing(float(flow["ikm_ovop"].sum()), None, 0, None, None)
        groups = queries.region_commodity_mix(store, dataset.id, None, start, end)
        headline["commodity_groups"] = Standing(float((groups["records"] > 0).sum()), None, 0, None, None)
        no_types = "types" in metrics.unavailable_metrics(store, dataset.id, ["types"])  # an award-only dataset
        types_count = None if no_types else float(queries.distinct_types_in_period(store, dataset.id, start, end))
        headline["types"] = Standing(types_count, None, 0, None, None)
        stock.update(types_present=coverage["types_present"], provinces_with_ovop=coverage["provinces_with_ovop"],
                     provinces_total=coverage["provinces_total"], kabkota_with_ikm=coverage["kabkota_with_ikm"],
                     kabkota_total=coverage["kabkota_total"])
    else:
        peers_mask = None if scope.level == "province" else \
            flow["region_code"].map(lambda c: regions[c].parent_code) == scope.province_code
        for key in HEADLINE:
            headline[key] = standing(flow, scope.code, key, peers_mask)
        for key in ("coverage_types", "uniqueness"):
            stock[key] = standing(stock_metrics, scope.code, key, peers_mask)
    province = scope.province_code
    kab_in_province = to_end if province is None else to_end[to_end["region_code"].str.startswith(f"{province}.")]
    with_ikm = int((kab_in_province["ikm_ovop"] > 0).sum())
    # Kab/kota outside the dataset's coverage have no value: neither counted as gaps nor in the total.
    stock.update(kabkota_in_scope=int(kab_in_province["ikm_ovop"].notna().sum()), kabkota_with_ikm_in_scope=with_ikm)
    if scope.level == "kabupaten_kota":
        value = to_end.set_index("region_code").loc[scope.code, "ikm_ovop"]
        stock["ikm_to_end"] = None if pd.isna(value) else int(value)
    kab_flow = kab[["region_code", "region_name", "ikm_ovop"]]
    if scope.level == "national":
        prov_to_end = flow[["region_code", "region_name", "ikm_ovop_to_date"]].rename(
            columns={"ikm_ovop_to_date": "ikm_ovop"})
        gaps = prov_to_end.loc[prov_to_end["ikm_ovop"] == 0, ["region_code", "region_name"]]
        region_values = flow[["region_code", "region_name", "ikm_ovop"]].merge(
            prov_to_end.rename(columns={"ikm_ovop": "ikm_to_end"})[["region_code", "ikm_to_end"]], on="region_code")
    else:
        gaps = kab_in_province.loc[kab_in_province["ikm_ovop"] == 0, ["region_code", "region_name"]]
        region_values = kab_flow[kab_flow["region_code"].str.startswith(f"{province}.")].merge(
            kab_in_province.rename(columns={"ikm_ovop": "ikm_to_end"})[["region_code", "ikm_to_end"]],
            on="region_code")
    types = _types_of_scope(store, dataset, scope, end, memo)
    # Strengths: types no other region of the same level has (nationally, or within the province for a
    # kabupaten/kota); for the nation, the types found in one province only.
    strengths = types[(types["nationally"] == 1) | ((scope.level == "kabupaten_kota") & (types["in_province"] == 1))]
    awardees = _shared(memo, facts.named_awardees)
    awardees = awardees if scope.level == "national" else facts.concerning(awardees, scope.code)
    target_id, target_value = coverage["target_fact_id"], coverage["target_source_value"]
    every_fact = _shared(memo, queries.published_facts, store)
    target_rows = every_fact[every_fact["fact_id"] == target_id]
    name = "Indonesia" if scope.code is None else regions[scope.code].name
    splits = [] if province is None else _split_notes(province, start, regions)
    return Figures(
        scope=scope, name=name, province_name=None if province is None else regions[province].name,
        dataset={"name": dataset.name, "source": dataset.source, "is_synthetic": dataset.is_synthetic,
                 "description": dataset.description or ""},
        period=(start, end), headline=headline, stock=stock,
        rounds=queries.region_awards_by_round(store, dataset.id, scope.code, start, end),
        mix=queries.region_commodity_mix(store, dataset.id, scope.code, start, end),
        types=types, strengths=strengths.reset_index(drop=True), gaps=gaps.reset_index(drop=True),
        region_values=region_values.reset_index(drop=True),
        facts=_published_facts(every_fact, scope).reset_index(drop=True), awardees=awardees.reset_index(drop=True),
        policy=_shared(memo, facts.policy_statements),
        target={"fact_id": target_id, "value": target_value, "kabkota_total": len(to_end),
                "row": None if target_rows.empty else target_rows.iloc[0]},
        splits=splits, source=dataset)


def _split_notes(province: str, start: int, regions: dict[str, Any]) -> list[dict[str, Any]]:
    """The province's splits: provinces split off it (it is their parent), and the parent it split from."""
    splits = []
    for split in splits_from(province):
        splits.append({"kind": "parent", "child": split.child_code, "child_name": regions[split.child_code].name,
                       "year": split.year})
    parent = next((s for s in _splits_into(province)), None)
    if parent is not None:
        splits.append({"kind": "child", "parent": parent.parent_code,
                       "parent_name": regions[parent.parent_code].name, "year": parent.year,
                       "period_before_split": bool(children_split_after(parent.parent_code, start))})
    return splits


def _splits_into(province_code: str) -> list[Any]:
    return [s for s in SPLITS if s.child_code == province_code]
