"""Streamlit helpers of the Spatial patterns page and of the per-capita measure on other pages: the methods
box, the downloads (CSV, data package with the methods, GeoPackage) and the basis control."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from ovop_analytics import ui
from ovop_analytics.metrics import denominators
from ovop_analytics.provenance import file_stem


def basis_control(container: Any, key: str = "per", disabled: bool = False) -> str:
    """The count / per 1 million residents / per 1,000 km² switch (kept in the URL by the page)."""
    return container.segmented_control(ui.tr("measure_basis"), list(denominators.BASES), key=key, required=True,
                                       format_func=lambda b: ui.tr(f"basis_{b}"), disabled=disabled)


def methods_rows(analysis: Any, metric_label: str, lang: str) -> list[tuple[str, str]]:
    """The methods box as (item, value) rows in the interface language."""
    tr = ui.tr
    m = analysis.methods
    r = analysis.result
    weights = tr(f"spatial_weights_{m['weights']}") + f": {m['weights_description']}"
    rows = [
        (tr("m_variable"), metric_label),
        (tr("m_denominator"), m["denominator"] or tr("m_none")),
        (tr("m_smoothing"), tr("m_eb") if m["smoothing"] != "none" else tr("m_none")),
        (tr("m_weights"), weights),
        (tr("m_components"), str(m["weights_components"])),
        (tr("m_permutations"), f"{m['permutations']:,}"),
        (tr("m_seed"), str(m["seed"])),
        (tr("m_p_rule"), f"{m['p_value_rule']}. {tr('m_local_note')}"),
        (tr("m_gi"), f"{m['gi_weights']}; {m['gi_bins']}"),
        (tr("m_tested"), f"{r.n} / {r.isolates} / {r.no_data}"),
        (tr("m_versions"), f"esda {m['esda_version']}, libpysal {m['libpysal_version']}"),
        (tr("m_boundaries"), f"{m['boundary_source']} (sha256 {m['boundary_sha256'][:12]})"),
    ]
    return rows


def methods_box(rows: list[tuple[str, str]]) -> None:
    with st.container(border=True):
        st.markdown(f"**{ui.tr('spatial_methods')}**")
        st.dataframe(pd.DataFrame(rows, columns=[ui.tr("m_field"), ui.tr("m_value")]), hide_index=True,
                     width="stretch")


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
        st.download_button(ui.tr("spatial_download_csv"), lambda: export_frame(shown, "csv"),
                           file_name=f"{stem}.csv", mime="text/csv", key=f"dl_{name}", icon=":material/download:",
                           on_click="ignore")
        st.download_button(ui.tr("spatial_download_zip"), lambda: csv_package(shown, stem, stem, description),
                           file_name=f"{stem}.zip", mime="application/zip", key=f"dlzip_{name}",
                           icon=":material/folder_zip:", on_click="ignore")
        st.download_button(ui.tr("spatial_download_gpkg"), gpkg, file_name=f"{stem}.gpkg",
                           mime="application/geopackage+sqlite3", key=f"dlgpkg_{name}", icon=":material/map:",
                           on_click="ignore")
