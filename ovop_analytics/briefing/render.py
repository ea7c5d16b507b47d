"""Typeset a briefing: charts to SVG (vl-convert), the page with Typst and the bundled font, into PDF bytes.

No browser, no network, no system fonts: Typst reads only `fonts/` and embeds the glyphs it uses, so the
same inputs give the same file on every machine (the PDF's date is the generation date, not the clock).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from ovop_analytics import geo
from ovop_analytics.briefing import charts
from ovop_analytics.briefing.document import build_document
from ovop_analytics.briefing.figures import Figures, Scope, briefing_figures
from ovop_analytics.briefing.fonts import FONT_DIR
from ovop_analytics.errors import BriefingError
from ovop_analytics.i18n import t
from ovop_analytics.store import Dataset, Store

TEMPLATE = Path(__file__).resolve().parent / "briefing.typ"
_compiler: Any = None
_compiler_lock = threading.Lock()  # one Typst compiler per process, used by one thread at a time


def _typst() -> Any:
    global _compiler
    if _compiler is None:
        import typst  # deferred: the pages that never print should not load the compiler

        _compiler = typst.Compiler(str(TEMPLATE), root=str(TEMPLATE.parent), font_paths=[str(FONT_DIR)],
                                   ignore_system_fonts=True)
    return _compiler


def _features(level: str, prefix: str | None = None) -> list[dict[str, Any]] | None:
    layer = geo.shared_display_layer(level)
    if layer is None:
        return None
    return [f for f in layer["features"] if prefix is None or str(f["id"]).startswith(prefix)]


def map_svg(figures: Figures, lang: str) -> tuple[str, str]:
    """(SVG or '', note): the scope's map from the installed boundaries, else the province tile grid, else
    (a kabupaten/kota without boundaries) no map and a note saying so."""
    scope = figures.scope
    regions = figures.region_values
    values = {code: None if pd.isna(v) else float(v) for code, v in zip(regions["region_code"], regions["ikm_ovop"])}
    title = t("brief_map_title", lang)
    if scope.level == "national":
        features = _features("province")
        if features is not None:
            return (charts.to_svg(charts.choropleth_spec(features, values, lang, title, height=110)),
                    t("brief_map_provinces", lang))
        return charts.to_svg(charts.tile_spec(geo.tile_grid(), values, lang, title)), t("brief_map_tiles", lang)
    province = scope.province_code
    kabkota = _features("kabupaten_kota", f"{province}.")
    if scope.level == "province":
        if kabkota:
            return (charts.to_svg(charts.choropleth_spec(kabkota, values, lang, title)),
                    t("brief_map_kabkota_in_province", lang, province=figures.name))
        return (charts.to_svg(charts.tile_spec(geo.tile_grid(), {}, lang, title, highlight=province, height=130)),
                t("brief_map_tile_highlight", lang, region=figures.name))
    if kabkota:
        return (charts.to_svg(charts.choropleth_spec(kabkota, values, lang, title, highlight=scope.code)),
                t("brief_map_highlight", lang, region=figures.name, province=figures.province_name))
    return "", t("brief_map_missing", lang)


def render_pdf(figures: Figures, lang: str, generated: date | None = None) -> bytes:
    """The briefing of `figures` in `lang` as PDF bytes (A4, at most two pages)."""
    generated = generated or date.today()
    map_text, map_note = map_svg(figures, lang)
    document = build_document(figures, lang, generated, map_note)
    inputs = {
        "data": json.dumps(document, ensure_ascii=False),
        "map": map_text,
        "rounds": "" if figures.rounds.empty else charts.to_svg(charts.rounds_spec(figures.rounds, lang)),
        "mix": charts.to_svg(charts.mix_spec(figures.mix, lang)),
    }
    stamp = datetime(generated.year, generated.month, generated.day, tzinfo=timezone.utc)
    import typst

    with _compiler_lock:
        try:
            return _typst().compile(format="pdf", sys_inputs=inputs, timestamp=stamp)
        except typst.TypstError as error:  # a template fault, never the user's: say where it is
            raise BriefingError(f"The briefing could not be typeset: {error.message}") from error


def briefing_pdf(store: Store, dataset: Dataset, scope: Scope, lang: str = "id", year_from: int | None = None,
                 year_to: int | None = None, generated: date | None = None) -> bytes:
    """Compute and typeset one briefing: what the CLI and the scorecards' download buttons call."""
    return render_pdf(briefing_figures(store, dataset, scope, year_from, year_to), lang, generated)


def briefing_pdfs(store: Store, dataset: Dataset, scopes: Iterable[Scope], lang: str = "id",
                  year_from: int | None = None, year_to: int | None = None,
                  generated: date | None = None) -> Iterator[tuple[Scope, bytes]]:
    """Many briefings in one batch: one database connection, one Typst compiler, one chart engine, and the
    national tables computed once for all of them."""
    memo: dict = {}
    with store.reader():
        for scope in scopes:
            figures = briefing_figures(store, dataset, scope, year_from, year_to, memo)
            yield scope, render_pdf(figures, lang, generated)
