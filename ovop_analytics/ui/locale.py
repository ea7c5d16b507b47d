"""The words Streamlit and plotly.js write themselves, in Bahasa Indonesia where their APIs allow it:
plotly's modebar through its `locales` config, the file uploader's button and size line through CSS (it
has no option for them). Fixed words only: nothing from people goes into these strings."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import streamlit as st
from streamlit.errors import StreamlitAPIException

from ovop_analytics.i18n import t
from ovop_analytics.numbers import symbols

# plotly.js's own English words (its dictionary keys) and what the Indonesian interface says instead
PLOTLY_ID = {
    "Download plot as a PNG": "Unduh grafik sebagai PNG",
    "Download plot": "Unduh grafik",
    "Zoom": "Perbesar area",
    "Pan": "Geser",
    "Box Select": "Pilih kotak",
    "Lasso Select": "Pilih laso",
    "Zoom in": "Perbesar",
    "Zoom out": "Perkecil",
    "Autoscale": "Skala otomatis",
    "Reset axes": "Atur ulang sumbu",
    "Reset view": "Atur ulang tampilan",
    "Toggle Spike Lines": "Garis bantu",
    "Show closest data on hover": "Tampilkan data terdekat",
    "Compare data on hover": "Bandingkan data",
    "Taking snapshot - this may take a few seconds": "Membuat gambar, tunggu beberapa detik",
    "Snapshot succeeded": "Gambar berhasil dibuat",
    "Sorry, there was a problem downloading your snapshot!": "Maaf, gambar gagal diunduh.",
    "Double-click to zoom back out": "Klik dua kali untuk kembali",
    "Click to enter Colorscale title": "Klik untuk judul skala warna",
    "Produced with Plotly.js": "Dibuat dengan Plotly.js",
    "trace": "seri",
    "Fullscreen": "Layar penuh",  # Streamlit's own modebar button, titled through the same dictionary
}


def plotly_locale(lang: str) -> dict[str, Any]:
    """Entries for a plotly config: the modebar's words and the number separators of `lang`."""
    if lang != "id":
        return {}
    decimal, thousands = symbols(lang)
    return {"locale": "id", "locales": {"id": {"dictionary": PLOTLY_ID,
                                                "format": {"decimal": decimal, "thousands": thousands}}}}


def uploader_css(lang: str, max_upload_mb: int, types: str) -> str:
    """CSS that writes the file uploader's button ('Upload') and size line ('200MB per file') in `lang`."""
    if lang != "id":
        return ""
    button = json.dumps(t("upload_uploader_button", lang), ensure_ascii=False)
    limit = json.dumps(t("upload_uploader_limit", lang, mb=max_upload_mb, types=types), ensure_ascii=False)
    return f"""<style>
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p {{ font-size: 0; }}
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {{
    content: {button}; font-size: 0.875rem; }}
[data-testid="stFileUploaderDropzoneInstructions"] span {{ font-size: 0; }}
[data-testid="stFileUploaderDropzoneInstructions"] span::after {{ content: {limit}; font-size: 0.875rem; }}
</style>"""


def relabel(keys: Iterable[str]) -> None:
    """After a language switch, give the widgets `keys` their value again (a callback, before the rerun):
    Streamlit then sends the value with the new language's label, where it would otherwise keep showing
    the old one ('Seluruh Indonesia' on the English page). Values that cannot be set are left alone."""
    for key in list(keys):
        if key in st.session_state:
            try:
                st.session_state[key] = st.session_state[key]
            except StreamlitAPIException:  # a button or an uploader: nothing with a label to refresh
                continue
