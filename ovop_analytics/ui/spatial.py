"""Streamlit helpers of the Spatial patterns page and of the per-capita measure on other pages: the methods
box, the downloads (CSV, data package with the methods, GeoPackage) and the basis control."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ovop_analytics.metrics import denominators
from ovop_analytics.provenance import file_stem
from ovop_analytics.ui.text import tr
from ovop_analytics.ui.widgets import downloads as data_downloads
from ovop_analytics.ui.widgets import provenance, vega_image_buttons, view_description

__all__ = ["basis_control", "downloads", "linked_chart", "methods_box", "methods_rows", "provenance_with_basis",
           "region_category", "view_description"]


def basis_control(container: Any, key: str = "per", disabled: bool = False) -> str:
    """The count / per 1 million residents / per 1,000 km² switch (kept in the URL by the page)."""
    return container.segmented_control(tr("spatial_measure_basis"), list(denominators.BASES), key=key, required=True,
                                       format_func=lambda b: tr(f"spatial_basis_{b}"), disabled=disabled)


def methods_rows(analysis: Any, metric_label: str, lang: str) -> list[tuple[str, str]]:
    """The methods box as (item, value) rows in the interface language."""
    m = analysis.methods
    r = analysis.result
    weights = f"{tr('spatial_weights_' + m['weights'])}: {tr('spatial_m_weights_' + m['weights'])}"
    number = (lambda x: str(x).replace(".", ",")) if lang == "id" else str
    rule = (tr("spatial_m_p_rule_fdr", cutoff=number(r.cutoff), bound=number(format(r.significance, ".4g"))) if r.fdr
            else tr("spatial_m_p_rule_cutoff", cutoff=number(r.cutoff)))
    rows = [
        (tr("spatial_m_variable"), metric_label),
        (tr("spatial_m_denominator"), m["denominator"] or tr("spatial_m_none")),
        (tr("spatial_m_smoothing"), tr("spatial_m_eb") if m["smoothing"] != "none" else tr("spatial_m_none")),
        (tr("spatial_m_weights"), weights),
        (tr("spatial_m_components"), str(m["weights_components"])),
        (tr("spatial_m_permutations"), f"{m['permutations']:,}"),
        (tr("spatial_m_seed"), str(m["seed"])),
        (tr("spatial_m_p_rule"), f"{rule}. {tr('spatial_m_local_note')}"),
        (tr("spatial_m_gi"), tr("spatial_m_gi_rule")),
        (tr("spatial_m_tested"), f"{r.n} / {r.isolates} / {r.no_data}"),
        (tr("spatial_m_versions"), f"esda {m['esda_version']}, libpysal {m['libpysal_version']}"),
        (tr("spatial_m_boundaries"), f"{m['boundary_source']} (sha256 {m['boundary_sha256'][:12]})"),
    ]
    return rows


def methods_box(rows: list[tuple[str, str]]) -> None:
    with st.container(border=True):
        st.markdown(f"**{tr('spatial_methods')}**")
        # a static table wraps long cells (a data frame would cut them); cells are plain text
        st.table(pd.DataFrame(rows, columns=[tr("spatial_m_field"), tr("spatial_m_value")]).set_index(tr("spatial_m_field")))


def downloads(analysis: Any, dataset: Any, name: str, table: pd.DataFrame, level: str,
              description: list[tuple[str, str]]) -> None:
    """CSV of the results, the same with datapackage.json (methods inside), and the GeoPackage; each
    file made only when clicked."""
    from ovop_analytics.ingest.export import csv_package, export_frame
    from ovop_analytics.spatial import export

    stem = file_stem(dataset, name)
    shown = table.copy(deep=False)

    def gpkg() -> bytes:
        return export.geopackage_bytes(shown, level, description)

    with st.container(horizontal=True):
        st.download_button(tr("spatial_download_csv"), lambda: export_frame(shown, "csv"),
                           file_name=f"{stem}.csv", mime="text/csv", key=f"dl_{name}", icon=":material/download:",
                           on_click="ignore")
        st.download_button(tr("spatial_download_zip"), lambda: csv_package(shown, stem, stem, description),
                           file_name=f"{stem}.zip", mime="application/zip", key=f"dlzip_{name}",
                           icon=":material/folder_zip:", on_click="ignore")
        st.download_button(tr("spatial_download_gpkg"), gpkg, file_name=f"{stem}.gpkg",
                           mime="application/geopackage+sqlite3", key=f"dlgpkg_{name}", icon=":material/map:",
                           on_click="ignore")


def linked_chart(spec: dict[str, Any], frame: pd.DataFrame, dataset: Any, name: str) -> None:
    """A compound Vega-Lite figure (map above its scatter plot) at its own size: stretched to the
    container, Vega would widen one view and push the legend out of sight. Same buttons as `ui.chart`."""
    from ovop_analytics.ui import assets

    st.html(f"<style>{assets.read('spatial.css')}</style>")
    with st.container(key="spatial_linked"):
        st.vega_lite_chart(spec, width="content", theme="streamlit")
    with st.container(horizontal=True, gap="small"):
        data_downloads(frame, dataset, name, in_row=True)
        with st.popover(tr("pres_image_menu"), icon=":material/image:"):
            vega_image_buttons(spec, dataset, name)


def provenance_with_basis(dataset: Any, basis: str, population: str) -> Any:
    """The dataset's citation for source lines, with the denominator's citation when figures are per
    capita or per km² (every source line, tooltip and exported image names its basis)."""
    from ovop_analytics.charts import Provenance
    from ovop_analytics.ui.text import lang

    plain = provenance(dataset)
    cite = denominators.basis_citation(basis, population, lang())
    if not cite:
        return plain
    return Provenance(plain.dataset, f"{plain.source}. {cite}", plain.is_synthetic, plain.facts)


def region_category(dataset: Any, code: str, start: int, end: int) -> dict[str, Any] | None:
    """The LISA category and p of one kab/kota for IKM OVOP per 1 million residents (KNN-6, 999
    permutations, the fixed seed) in the period, from the analysis the Spatial patterns page shows (and
    caches, for public datasets); None without kab/kota boundaries or when the test is undefined."""
    from ovop_analytics import geo
    from ovop_analytics.errors import InvalidArgumentError
    from ovop_analytics.spatial.analysis import region_category as category_of
    from ovop_analytics.spatial.analysis import spatial_analysis_of
    from ovop_analytics.spatial.statistics import DEFAULT_PERMUTATIONS, DEFAULT_SEED
    from ovop_analytics.ui.caches import data

    manifest = geo.read_manifest("kabupaten_kota")
    if manifest is None:
        return None
    try:
        analysis = data(spatial_analysis_of, dataset, "kabupaten_kota", "ikm_ovop", "capita", "dukcapil", start, end,
                        "knn6", DEFAULT_PERMUTATIONS, DEFAULT_SEED, 0.05, False, False, "", manifest.directory)
    except InvalidArgumentError:
        return None
    found = category_of(analysis, code)
    return None if found is None else {**found, "permutations": DEFAULT_PERMUTATIONS, "seed": DEFAULT_SEED}
