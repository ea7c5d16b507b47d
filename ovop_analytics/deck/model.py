"""The deck as data: every slide's title, KPI figures, chart (its numbers and its plotly figure), map,
source line and citation, in one language.

Built once from the same functions and chart builders as the Present page, then drawn three ways: live
in Streamlit, as one self-contained HTML file (`deck.html`) and as a PowerPoint (`deck.pptx`), so the
three agree. Holds no Streamlit: `read` lets the page route dataset reads through its shared cache.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import pandas as pd
import plotly.graph_objects as go

import ovop_analytics
from ovop_analytics import charts, geo, metrics, numbers, timeline
from ovop_analytics.charts import Provenance, analytics as analytics_charts, maps
from ovop_analytics.charts.classify import classify
from ovop_analytics.deck.figures import slide_figure
from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.i18n import commodity_label, t
from ovop_analytics.metrics.standing import standing
from ovop_analytics.provenance import citation, coverage_text
from ovop_analytics.regions import provinces as all_provinces
from ovop_analytics.regions import region_name
from ovop_analytics.store import Store, queries
from ovop_analytics.store.registry import Dataset

MAX_PROVINCES = 5  # as the Present page's province picker (ui_analytics.MAX_COMPARED)
CHART_HEIGHT = 560  # a chart slide's plot at 1280x720, under the slide title
FACT_LINES = 4  # published round totals on the sources slide: with their subset notes, 6 ran off a 1024x768 screen
Reader = Callable[..., Any]


@dataclass(frozen=True)
class Kpi:
    """One headline figure: its label, the value as printed ('–' for no data) and a note under it."""

    label: str
    value: str
    note: str = ""


@dataclass(frozen=True)
class Series:
    """One series of a chart: a value per category (None: no value), its colour or one per point."""

    name: str
    values: tuple[float | None, ...]
    colour: str | None = None
    point_colours: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ChartData:
    """A chart's numbers as a PowerPoint chart takes them, and the plotly figure the browser draws.

    `kind`: column, stacked_column, bar (horizontal), line or pie. `markers` are points drawn over the
    chart that are not a series of it (published totals), as text lines."""

    kind: str
    title: str
    x_title: str
    y_title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    figure: go.Figure
    markers: tuple[str, ...] = ()


@dataclass(frozen=True)
class MapFrame:
    """One drawing of a map: a Vega-Lite spec (the Map page's) and its label ('Putaran 2018')."""

    label: str
    spec: dict[str, Any]


@dataclass(frozen=True)
class MapData:
    """A map slide's drawings: one for a map, one per period for the timeline (last period first shown)."""

    title: str
    frames: tuple[MapFrame, ...]
    spec: dict[str, Any] | None = None  # the live map: a timeline's frames in one spec, stepped in the browser
    carries_source: bool = True  # the drawing itself holds the source line and the watermark


@dataclass(frozen=True)
class Slide:
    key: str
    title: str
    subtitle: str = ""
    kpis: tuple[Kpi, ...] = ()
    chart: ChartData | None = None
    map: MapData | None = None
    notices: tuple[str, ...] = ()  # short sentences shown on the slide (no data, unavailable measures)
    lines: tuple[str, ...] = ()  # plain text lines (the sources slide)
    details: tuple[str, ...] = ()  # smaller lines under them (the sources in full)
    made: str = ""  # when, from which dataset and by which version a file was made (the last slide of a file)
    source: str = ""  # the footer: the source line of every number on the slide
    citation: tuple[str, ...] = ()  # the full citation (speaker notes)
    show_title: bool = True  # False: the chart's own title heads the slide on screen (as on the Present page)


@dataclass(frozen=True)
class Deck:
    title: str
    dataset: str
    lang: str
    synthetic: bool
    watermark: str
    provinces: tuple[str, ...]
    period: tuple[int | None, int | None]
    made_at: datetime
    version: str
    slides: tuple[Slide, ...] = field(default_factory=tuple)

    @property
    def made_line(self) -> str:
        return t("deck_made", self.lang, time=self.made_at.strftime("%Y-%m-%d %H:%M"), dataset=self.dataset,
                 version=self.version)


def check_provinces(codes: Sequence[str]) -> list[str]:
    """Province codes as given, checked against the gazetteer; a structured error names the first
    unknown one (or too many)."""
    known = {p.code for p in all_provinces()}
    out: list[str] = []
    for code in codes:
        code = str(code).strip()
        if code not in known:
            raise InvalidArgumentError(f"Unknown province code: {code}. For example 33 (Jawa Tengah), 35 (Jawa Timur).",
                                       code="deck_error_province", values={"code": code})
        if code not in out:
            out.append(code)
    if len(out) > MAX_PROVINCES:
        raise InvalidArgumentError(f"At most {MAX_PROVINCES} provinces per deck ({len(out)} given).",
                                   code="deck_error_too_many", values={"max": MAX_PROVINCES, "n": len(out)})
    return out


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "dataset"


def file_name(dataset: str, provinces: list[str], year_from: int | None, year_to: int | None, lang: str,
              extension: str, today: date | None = None) -> str:
    """`presentasi_demo_33-35_2013-2024_id_2026-12-07.pptx`: dataset, scope (provinces, period), language, date."""
    parts = ["presentasi" if lang == "id" else "presentation", _slug(dataset),
             "-".join(provinces) if provinces else ("nasional" if lang == "id" else "national")]
    if year_from is not None or year_to is not None:
        parts.append(f"{year_from or ''}-{year_to or ''}".strip("-") if year_from != year_to else str(year_from))
    parts += [lang, (today or date.today()).isoformat()]
    return "_".join(parts) + f".{extension}"


def _plain(text: object) -> str:
    """Plotly's text (escaped names, <br> line breaks) as plain text."""
    return html.unescape(re.sub(r"\s*<br\s*/?>\s*", " ", str(text or ""))).strip()


def _text(value: Any) -> str:
    """A cell as text; '' for None, NaN and NA (facts have empty columns)."""
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)


def _colour(value: Any) -> str | None:
    return value if isinstance(value, str) and value.startswith("#") else None


def chart_data(fig: go.Figure, kind: str, markers: Sequence[str] = (), shown: go.Figure | None = None) -> ChartData:
    """The numbers a plotly chart draws, read from the figure itself: one category axis (the union of
    the traces' categories, in drawing order), one series per bar or line trace. Marker-only traces
    (published totals) are not series: `markers` says them in words. `shown`: the figure to draw (a
    slide-sized copy, whose arrays plotly may hold encoded), `fig` otherwise."""
    horizontal = kind == "bar"
    traces = [trace for trace in fig.data if trace.type == "bar" or (trace.type == "scatter"
                                                                     and "lines" in (trace.mode or ""))]
    categories: list[Any] = []
    for trace in traces:
        for value in (trace.y if horizontal else trace.x):
            if value not in categories:
                categories.append(value)
    if fig.layout.xaxis.categoryorder == "category ascending":
        categories.sort(key=str)
    series = []
    for trace in traces:
        keys, values = (trace.y, trace.x) if horizontal else (trace.x, trace.y)
        by_key = dict(zip(keys, values))
        numbers = tuple(None if by_key.get(c) is None or pd.isna(by_key.get(c)) else float(by_key[c])
                        for c in categories)
        colour = trace.marker.color if trace.type == "bar" else trace.line.color
        points = tuple(colour) if isinstance(colour, (list, tuple)) else None
        series.append(Series(_plain(trace.name) if trace.name else "", numbers, _colour(colour), points))
    layout = fig.layout
    return ChartData(kind=kind, title=_plain(layout.title.text), x_title=_plain(layout.xaxis.title.text),
                     y_title=_plain(layout.yaxis.title.text), categories=tuple(_plain(c) for c in categories),
                     series=tuple(series), figure=shown if shown is not None else fig, markers=tuple(markers))


def _timeline_frames(spec: dict[str, Any], labels: dict[int, str]) -> tuple[MapFrame, ...]:
    """One spec per period of a timeline map: its frame parameter fixed, without the radio buttons."""
    frames = []
    for period, label in labels.items():
        one = dict(spec)
        one["params"] = [{"name": "frame", "value": period}]
        frames.append(MapFrame(label, one))
    return tuple(frames)


def build_deck(store: Store, dataset: Dataset, lang: str, provinces: Sequence[str] = (),
               year_from: int | None = None, year_to: int | None = None, *, read: Reader | None = None,
               made_at: datetime | None = None, chart_height: int = CHART_HEIGHT) -> Deck:
    """The Present page's slides for `dataset` in `lang`: national KPIs, map, the award rounds on the
    map, rounds by star, top provinces, growth, commodity diversity, one slide per chosen province, and
    the sources. `read(func, *args, **kwargs)` calls `func(store, dataset.id, ...)` (the page passes its
    cached reader). A period (`year_from`, `year_to`) narrows every flow figure to it; stock figures
    are as of its end."""
    chosen = check_provinces(provinces)
    if year_from is not None and year_to is not None and year_from > year_to:
        raise InvalidArgumentError(f"The start year {year_from} is after the end year {year_to}.",
                                   code="deck_error_period", values={"start": year_from, "end": year_to})

    def get(func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if read is not None:
            return read(func, *args, **kwargs)
        return func(store, dataset.id, *args, **kwargs)

    period = year_from is not None or year_to is not None
    window = {"year_from": year_from, "year_to": year_to} if period else {}
    provenance = Provenance(dataset=dataset.name, source=citation(dataset, lang), is_synthetic=dataset.is_synthetic)
    source_line = charts.source_text(provenance, lang)
    dataset_citation = f"{citation(dataset, lang)}. {t('brief_coverage_caption', lang, coverage=coverage_text(dataset, lang))}"
    years = get(queries.years)
    start = year_from if year_from is not None else (years[0] if years else None)
    end = year_to if year_to is not None else (years[-1] if years else None)
    summary = get(metrics.coverage_summary, **({"as_of": year_to} if year_to is not None else {}))
    unavailable = get(metrics.unavailable_metrics, ("types", "ikm_ovop"))
    # One read serves the map, the top provinces and the scorecards (the page reads the same numbers twice).
    province_values = get(metrics.region_metrics, "province",
                          ("ikm_ovop", "types", "commodity_groups", "shannon", "coverage_types"), **window)
    slides: list[Slide] = []

    def fig_chart(fig: go.Figure, kind: str, wrap: int = 72, lines: int = 3, height: int = chart_height,
                  markers: Sequence[str] = ()) -> ChartData:
        return chart_data(fig, kind, markers, shown=slide_figure(fig, height, wrap, lines))

    # 1. National KPIs
    notices = tuple(t(f"unavail_{reason}", lang) for reason in sorted(set(unavailable.values())))
    slides.append(Slide(
        key="kpi", title=t("pres_kpi_title", lang),
        subtitle=t("pres_kpi_subtitle", lang, dataset=dataset.name, start=start or "–", end=end or "–"),
        kpis=(Kpi(t("common_kpi_provinces", lang), f"{summary['provinces_with_ovop']} / {summary['provinces_total']}"),
              Kpi(t("common_kpi_kabkota", lang), f"{summary['kabkota_with_ovop']} / {summary['kabkota_total']}"),
              Kpi(t("common_kpi_types", lang), "–" if "types" in unavailable
                  else f"{summary['types_present']} / {summary['catalogue_size']}"),
              Kpi(t("common_kpi_ikm", lang), "–" if "ikm_ovop" in unavailable
                  else numbers.integer(int(province_values['ikm_ovop'].sum()), lang))),
        notices=notices, source=source_line, citation=(dataset_citation,)))

    # 2. National map and 3. the award rounds on the map
    layer = geo.shared_display_layer("province", overview=True) if "province" in geo.installed_levels() else None
    frame = pd.DataFrame({"code": province_values["region_code"].to_numpy(),
                          "name": province_values["region_name"].to_numpy(),
                          "value": pd.to_numeric(province_values["ikm_ovop"].astype(object),
                                                 errors="coerce").astype(float)})
    classes = classify(frame["value"], "quantiles", integer=True, lang=lang)
    map_title = t("map_chart_title", lang, metric="IKM OVOP", area=t("common_all_indonesia", lang), start=start or "",
                  end=end or "")
    if layer is not None:
        spec = maps.choropleth(layer, frame, classes, title=map_title, metric_label="IKM OVOP",
                               provenance=provenance, lang=lang, value_format=",.0f", width_px=900)
    else:
        spec = maps.tile_map(geo.tile_grid(), frame, classes, title=map_title, metric_label="IKM OVOP",
                             provenance=provenance, lang=lang, value_format=",.0f")
    slides.append(Slide(key="map", title=t("pres_map_title", lang), map=MapData(map_title, (MapFrame("", spec),), spec),
                        source=source_line, citation=(dataset_citation,)))
    steps = get(timeline.timeline, "province", "ikm_ovop", "per_period")
    periods = [p for p in steps.periods if (year_from is None or p >= year_from) and (year_to is None or p <= year_to)]
    if layer is None or not periods:
        slides.append(Slide(key="timeline", title=t("pres_timeline_slide", lang),
                            notices=(t("pres_no_periods", lang) if layer is not None else t("map_no_boundaries", lang),),
                            source=source_line, citation=(dataset_citation,)))
    else:
        shown = steps.frames[steps.frames["period"].isin(periods)].reset_index(drop=True)
        all_classes = classify(shown["value"], "quantiles", integer=True, lang=lang)
        labels = {p: t("pres_round", lang, round=p) for p in periods}
        tspec = maps.timeline_map(layer, shown, all_classes,
                                  title=t("pres_timeline_map_title_ikm_ovop", lang, area=t("common_all_indonesia", lang)),
                                  frame_labels=labels, metric_label="IKM OVOP", provenance=provenance, lang=lang)
        slides.append(Slide(key="timeline", title=t("pres_timeline_slide", lang),
                            map=MapData(t("pres_timeline_map_title_ikm_ovop", lang, area=t("common_all_indonesia", lang)),
                                        _timeline_frames(tspec, labels), tspec),
                            source=source_line, citation=(dataset_citation,)))

    # 4. Award rounds by star with the published totals, cited
    rounds = (get(queries.region_awards_by_round, None, year_from, year_to) if period
              else get(queries.awards_by_round))
    published = queries.published_round_totals(store)
    if period:
        published = published[published["round"].between(year_from or -10**6, year_to or 10**6)]
    cited = "; ".join(f"{row.fact_id} '{row.source_title}'" for row in published.itertuples())
    fact_citations = tuple(t("deck_notes_fact", lang, fact_id=row.fact_id, title=row.source_title,
                             url=_text(row.source_url) or t("deck_no_url", lang)) for row in published.itertuples())
    if "ikm_ovop" in unavailable:
        slides.append(Slide(key="rounds", title=t("pres_rounds_title", lang),
                            notices=(t("unavail_no_award_program", lang),), source=source_line,
                            citation=(dataset_citation,)))
    else:
        rounds_provenance = Provenance(dataset=dataset.name, source=provenance.source,
                                       is_synthetic=dataset.is_synthetic, facts=cited or None)
        markers = [f"{int(row.round)}: {numbers.general(row.value, lang)} ({row.fact_id}"
                   + (f", {t('pres_conflict', lang)})" if row.is_conflict else ")")
                   for row in published.itertuples()]
        slides.append(Slide(
            key="rounds", title=t("pres_rounds_title", lang),
            chart=fig_chart(charts.awards_by_round(rounds, published, rounds_provenance, lang), "stacked_column",
                            wrap=88, lines=6, height=chart_height + 70,
                            markers=([t("deck_published_totals", lang)] + markers) if markers else ()),
            source=charts.source_text(rounds_provenance, lang), citation=(dataset_citation, *fact_citations),
            show_title=False))

    # 5. Top provinces
    measure = "types" if "ikm_ovop" in unavailable else "ikm_ovop"  # as on the Overview
    top = province_values.dropna(subset=[measure]).nlargest(10, measure)
    slides.append(Slide(key="top", title=t("pres_top_title", lang), chart=fig_chart(charts.top_regions(
        top, measure, t("common_axis_types" if measure == "types" else "common_axis_ikm", lang), 10, provenance, lang), "bar"),
        source=source_line, citation=(dataset_citation,)))

    # 6. Growth: cumulative IKM OVOP per commodity group over the award rounds
    series = get(metrics.growth_series, "commodity_group", "ikm_ovop", **window)
    if series.empty:
        slides.append(Slide(key="growth", title=t("pres_growth_title", lang), notices=(t("pres_no_periods", lang),),
                            source=source_line, citation=(dataset_citation,)))
    else:
        slides.append(Slide(key="growth", title=t("pres_growth_title", lang), chart=fig_chart(
            analytics_charts.growth_lines(series, "cumulative",
                                          title=t("growth_cumulative_title", lang, what=t("measure_ikm_ovop", lang)),
                                          x_title=t("axis_period_ikm_ovop", lang),
                                          y_title=t("axis_cumulative_ikm_ovop", lang), provenance=provenance,
                                          lang=lang), "line"),
            source=source_line, citation=(dataset_citation,)))

    # 7. Commodity diversity: national mix and catalogue coverage
    def mix_of(code: str | None) -> pd.DataFrame:
        if period:
            return get(queries.region_commodity_mix, code, year_from, year_to)
        return get(queries.commodity_mix, code) if code else get(queries.commodity_mix)

    slides.append(Slide(
        key="diversity", title=t("pres_diversity_title", lang),
        kpis=(Kpi(t("common_kpi_catalogue", lang), f"{summary['types_present']} / {summary['catalogue_size']}"),
              Kpi(t("common_kpi_kabkota_ikm", lang), f"{summary['kabkota_with_ikm']} / {summary['kabkota_total']}")),
        chart=fig_chart(analytics_charts.unrotate_categories(
            charts.commodity_mix(mix_of(None), t("common_all_indonesia", lang), provenance, lang), width=14), "column",
            wrap=60),
        source=source_line, citation=(dataset_citation,)))

    # 8.. One slide per chosen province: its scorecard in brief
    scores = province_values
    for code in chosen:
        name = region_name(code)
        kpis = []
        for metric in ("ikm_ovop", "types", "commodity_groups", "shannon"):
            s = standing(scores, code, metric)
            kpis.append(Kpi(analytics_charts.metric_label(metric, lang),
                            analytics_charts.format_metric(metric, s.value, lang),
                            analytics_charts.standing_caption(s, metric, lang)))
        slides.append(Slide(
            key=f"province_{code}", title=t("pres_province_title", lang, name=name), kpis=tuple(kpis),
            chart=fig_chart(analytics_charts.unrotate_categories(
                charts.commodity_mix(mix_of(code), name, provenance, lang), width=14), "column", height=410),
            source=source_line, citation=(dataset_citation,)))

    # Last: published facts and sources
    facts = queries.published_facts(store)
    shown = facts[facts["program"].eq("kemenperin_ovop_award") & facts["level"].eq("national")
                  & facts["star"].isna() & facts["round_year"].notna()].head(FACT_LINES)
    # a figure of one commodity group (F25: 63 food-and-drink IKM in 2018) says so: it is not a round total
    fact_lines = tuple(f"{r.fact_id} · {int(r.round_year)} · {numbers.general(r.value, lang)}"
                       + (f" ({t('pres_subset', lang, group=commodity_label(r.commodity_group, lang).lower())})"
                          if isinstance(r.commodity_group, str) else "")
                       + f" · {r.source_title}" + (f" ({t('pres_conflict', lang)})" if r.is_conflict else "")
                       for r in shown.itertuples())
    sources = facts.drop_duplicates(subset=["source_title", "source_url"])
    full = tuple(f"{r.source_title}. {_text(r.source_url) or t('deck_no_url', lang)}"
                 + (f" ({_text(r.published)})" if _text(r.published) else "")
                 for r in sources.itertuples())
    made_at = made_at or datetime.now().astimezone()
    deck = Deck(title=t("pres_kpi_title", lang), dataset=dataset.name, lang=lang, synthetic=dataset.is_synthetic,
                watermark=t("common_synthetic_watermark", lang).upper(), provinces=tuple(chosen),
                period=(year_from, year_to), made_at=made_at, version=ovop_analytics.__version__)
    slides.append(Slide(
        key="sources", title=t("pres_sources_title", lang),
        lines=(t("pres_sources_dataset", lang, source=provenance.source),
               *((t("common_synthetic_banner", lang),) if dataset.is_synthetic else ()), *fact_lines),
        details=(t("deck_sources_full", lang), *full), made=deck.made_line,
        source=source_line, citation=(dataset_citation, *full)))
    return Deck(**{**deck.__dict__, "slides": tuple(_without_empty_charts(slides, lang))})


def _without_empty_charts(slides: list[Slide], lang: str) -> list[Slide]:
    """A chart with nothing to draw (no category, or no value at all) becomes a sentence saying so: an
    empty chart would read as zeros, and PowerPoint cannot hold a chart without categories."""
    out = []
    for slide in slides:
        chart = slide.chart
        if chart is not None and (not chart.categories or all(
                v is None for series in chart.series for v in series.values)):
            slide = Slide(**{**slide.__dict__, "chart": None,
                             "notices": (*slide.notices, t("deck_no_values", lang, title=chart.title))})
        out.append(slide)
    return out

