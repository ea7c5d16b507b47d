"""Output widgets of the pages: the head of a dataset page, charts and tables with their source line,
watermark and downloads (CSV, zip with datapackage.json, slide-size images).
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from ovop_analytics import export_images, numbers
from ovop_analytics.charts import Provenance, maps, source_text
from ovop_analytics.charts.describe import column_labels, describe
from ovop_analytics.i18n import SYNTHETIC_NOTE
from ovop_analytics.ingest.export import csv_package, export_frame
from ovop_analytics.provenance import ViewDescription, citation, file_stem
from ovop_analytics.store import Dataset, queries
from ovop_analytics.ui.caches import chart_title, data
from ovop_analytics.ui.session import current_dataset, private_link_notice
from ovop_analytics.ui import static_files
from ovop_analytics.ui.shell import require_app_shell
from ovop_analytics.ui.locale import plotly_locale
from ovop_analytics.ui.text import GLOBAL_KEYS, caption, lang, plain, tr


def dataset_page(title_key: str, intro_key: str | None = None) -> tuple[Dataset, list[int]]:
    """The head of every page that shows the selected dataset: title, intro, the demo or private notice,
    and the dataset's years. Stops the page (with a note) when there is no dataset or it has no records."""
    require_app_shell()
    st.title(tr(title_key))
    if intro_key:
        st.caption(tr(intro_key))
    private_link_notice()
    dataset = current_dataset()
    if dataset is None:
        st.stop()
    dataset_notice(dataset)
    years = data(queries.years, dataset)
    if not years:
        st.info(tr("common_no_records"))
        st.stop()
    return dataset, years


def provenance(dataset: Dataset, facts: str | None = None) -> Provenance:
    """The dataset's citation in the interface language, for source lines, KPI captions and charts."""
    return Provenance(dataset=dataset.name, source=citation(dataset, lang()), is_synthetic=dataset.is_synthetic,
                      facts=facts)


def dataset_notice(dataset: Dataset) -> None:
    """The watermark banner on every page that shows synthetic data; a note for private uploads."""
    if dataset.is_synthetic:
        st.warning(tr("common_synthetic_banner"), icon=":material/science:")
    if dataset.visibility == "private":
        st.info(tr("ws_private_badge"), icon=":material/lock:")


def csv_bytes(frame: pd.DataFrame, synthetic: bool) -> bytes:
    """Chart data as CSV; synthetic data says so in a column, so a downloaded file keeps its watermark.

    Cells that a spreadsheet would run as a formula are neutralised (ovop_analytics.ingest.export), and
    no data stays an empty cell, never 0.
    """
    return export_frame(_watermarked(frame, synthetic), "csv")


def _watermarked(frame: pd.DataFrame, synthetic: bool) -> pd.DataFrame:
    """A copy of a downloaded table; synthetic data says so in a first column."""
    out = frame.copy()
    if synthetic:
        out.insert(0, "data_status", SYNTHETIC_NOTE)
    return out


def view_description(dataset: Dataset, name: str, frame: pd.DataFrame) -> ViewDescription:
    """What a downloaded table holds: dataset, citation, the page's filters (its URL) and the metrics.
    Made in the script's run (it reads the URL); written out as text only when someone downloads."""
    from ovop_analytics.metrics import METRICS

    filters = {key: value for key, value in st.query_params.items() if key not in GLOBAL_KEYS}
    metrics = tuple(str(column) for column in frame.columns if str(column) in METRICS)
    return ViewDescription(dataset, name, filters, metrics)


def downloads(frame: pd.DataFrame, dataset: Dataset, name: str, in_row: bool = False) -> None:
    """The CSV of exactly what a chart or table shows, and the same with its datapackage.json in a zip;
    both named after the dataset and the view.

    Both files are made when someone clicks (deferred downloads), not on every page view; the shallow copy
    (pandas copy-on-write) keeps them what the page showed, whatever the page does with `frame` later."""
    stem = file_stem(dataset, name)
    shown = frame.copy(deep=False)
    synthetic = dataset.is_synthetic
    description, language = view_description(dataset, name, frame), lang()  # only in the script's own run

    def package() -> bytes:
        return csv_package(_watermarked(shown, synthetic), stem, stem, description.rows(language))

    with nullcontext() if in_row else st.container(horizontal=True):  # `in_row`: the caller's row holds them
        st.download_button(tr("common_download_csv"), lambda: csv_bytes(shown, synthetic), file_name=f"{stem}.csv",
                           mime="text/csv", key=f"dl_{name}", icon=":material/download:", on_click="ignore")
        st.download_button(tr("shell_download_zip"), package, file_name=f"{stem}.zip", mime="application/zip",
                           key=f"dlzip_{name}", icon=":material/folder_zip:", on_click="ignore")


def image_format_label(key: str) -> str:
    image_format = export_images.FORMATS[key]
    if image_format.extension == "svg":
        return tr("pres_image_svg")
    return tr("pres_image_png", width=image_format.width, height=image_format.height)


def plotly_config(fig: go.Figure, dataset: Dataset, image_format: str = "png_1920") -> dict[str, Any]:
    """Plotly's config: no logo, and the camera button exports a slide-ready image (960x540 layout drawn
    at the scale of the format's size) named after the chart and dataset, in the browser with no network."""
    options = export_images.plotly_image_options(chart_title(fig) or "chart", dataset.name,
                                                 export_images.FORMATS[image_format], dataset.is_synthetic)
    return {"displaylogo": False, "toImageButtonOptions": options, **plotly_locale(lang())}


def vega_image_buttons(spec: dict[str, Any], dataset: Dataset, name: str) -> None:
    """Download buttons of a map as slide images (both PNG sizes and SVG), drawn on the server only
    when clicked."""
    title = chart_title(spec) or name
    for key, image_format in export_images.FORMATS.items():
        st.download_button(image_format_label(key), lambda f=image_format: export_images.vega_image(spec, f),
                           file_name=export_images.file_name(title, dataset.name, image_format, dataset.is_synthetic),
                           mime=image_format.mime, key=f"img_{name}_{key}", icon=":material/image:",
                           on_click="ignore")


@st.fragment
def _plotly_with_image_choice(fig: go.Figure, frame: pd.DataFrame, dataset: Dataset, name: str) -> None:
    """The chart and its image-size choice: a new choice redraws only this chart (a fragment)."""
    choice = st.session_state.get(f"img_{name}") or "png_1920"
    st.plotly_chart(fig, config=plotly_config(fig, dataset, choice), key=f"fig_{name}")
    with st.container(horizontal=True, gap="small"):
        downloads(frame, dataset, name, in_row=True)
        with st.popover(tr("pres_image_menu"), icon=":material/image:"):
            st.segmented_control(tr("pres_image_size"), list(export_images.FORMATS), key=f"img_{name}",
                                 format_func=image_format_label, required=True, default="png_1920")
            st.caption(tr("pres_image_camera_hint"))


def vega_chart(spec: dict[str, Any], key: str | None = None) -> None:
    """A Vega-Lite map drawn full width. Its shapes go by URL (a content-named static file the browser
    keeps, `static_files`): a view after the first carries only the values."""
    st.vega_lite_chart(maps.shapes_by_url(spec, static_files.publish), width="stretch", theme="streamlit", key=key)


def chart_description(fig: go.Figure | dict[str, Any], frame: pd.DataFrame, dataset: Dataset) -> str:
    """The chart's text alternative in the interface language (what, period, highest and lowest, source),
    made from the table it draws; the page's period when the table has none of its own."""
    start, end = st.session_state.get("period_from"), st.session_state.get("period_to")
    return describe(frame, title=chart_title(fig), source=source_text(provenance(dataset), lang()), lang=lang(),
                    kind="map" if isinstance(fig, dict) else "chart",
                    period=(start, end) if start is not None and end is not None else None)


def chart_alternative(description: str, frame: pd.DataFrame, dataset: Dataset) -> None:
    """Under a chart: its description as text (read by screen readers in page order, and useful to
    everyone) and its data one control away, "Lihat data / Show data", as a table of text (watermarked
    like every table of synthetic data)."""
    st.caption(plain(description))
    with st.expander(tr("a11y_show_data"), icon=":material/table:"):
        if dataset.is_synthetic:
            st.markdown(f":red[**{tr('common_synthetic_watermark').upper()}**]")
        shown, config = numbers.styled_table(frame, column_labels(list(frame.columns), lang()), lang())  # 1.391,5
        st.dataframe(shown, hide_index=True, placeholder="–", column_config=config)


def chart(fig: go.Figure | dict[str, Any], frame: pd.DataFrame, dataset: Dataset, name: str) -> None:
    """A chart (a plotly figure, or a Vega-Lite spec for maps) with its text alternative and data table,
    and the buttons that download exactly the data it shows and the chart as a slide-ready image (PNG
    1920x1080 or 1280x720, SVG)."""
    description = chart_description(fig, frame, dataset)
    if isinstance(fig, dict):
        # Vega names the chart's SVG with the spec's description (aria-label) for assistive technology.
        vega_chart({**fig, "description": description})
        with st.container(horizontal=True, gap="small"):
            downloads(frame, dataset, name, in_row=True)
            with st.popover(tr("pres_image_menu"), icon=":material/image:"):
                vega_image_buttons(fig, dataset, name)
    else:
        _plotly_with_image_choice(fig, frame, dataset, name)
    chart_alternative(description, frame, dataset)


def table(frame: pd.DataFrame, dataset: Dataset | None, *, column_config: dict | None = None,
          height: int | str = "auto", name: str | None = None, formats: dict | None = None) -> None:
    """A table rendered as text (never HTML), watermarked and with its source line when synthetic;
    numbers written in the interface language (`formats`: a column's own writer, value -> text)."""
    if dataset is not None and dataset.is_synthetic:
        # Not a caption: a caption's 60% opacity turns the red to 3:1 on white (WCAG AA needs 4.5:1).
        st.markdown(f":red[**{tr('common_synthetic_watermark').upper()}**]")
    shown, shown_config = numbers.styled_table(frame, column_config, lang(), formats)  # 1.391,5 in id
    st.dataframe(shown, hide_index=True, column_config=shown_config, height=height, placeholder="–")
    if dataset is not None:
        caption(source_text(provenance(dataset), lang()))
        if name:
            downloads(frame, dataset, name)
