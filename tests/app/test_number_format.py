"""Numbers in the interface language everywhere a person reads them (issue 18, major 1).

Bahasa Indonesia writes 1.391,5 and 23,1%; English 1,391.5 and 23.1%. A figure with the other language's
decimal mark misleads ("1.449" is one thousand four hundred forty-nine in Bahasa Indonesia), so no page
in Bahasa Indonesia may show a dot decimal and no English page a comma decimal: in metrics, captions,
markdown, table cells (their display text), chart separators, map legends and the PDF briefing. Files for
machines (CSV) keep a dot decimal and no thousands separator.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from ovop_analytics.briefing import resolve_scope
from ovop_analytics.briefing.render import briefing_pdf
from ovop_analytics.store import Store, get_dataset

PROJECT_DIR = Path(__file__).resolve().parents[2]

# A decimal written with the other language's mark: a one-digit fraction ('23.1'), a leading zero
# ('0.108'), or a percentage with a fraction ('23.1%'). Codes like '33.02' and thousands like '1.391'
# are not caught by these (they are valid or ambiguous), which is why every check uses all three.
WRONG_DECIMAL = {
    "id": re.compile(r"(?<![\d.])(?:\d+\.\d+\s?%|\d+\.\d(?![\d.])|0\.\d+)"),
    "en": re.compile(r"(?<![\d,])(?:\d+,\d+\s?%|\d+,\d(?![\d,])|0,\d+)"),
}
SEPARATORS = {"id": ",.", "en": ".,"}


def wrong_numbers(text: str, lang: str) -> list[str]:
    return WRONG_DECIMAL[lang].findall(text)


def test_the_detector_knows_each_languages_marks() -> None:
    assert wrong_numbers("Keragaman 0.108 · 23.1% · 1.391 · 33.02", "id") == ["0.108", "23.1%"]
    assert wrong_numbers("Keragaman 0,108 · 23,1% · 1.391 · 33.02 · 2013–2024", "id") == []
    assert wrong_numbers("Diversity 0,108 · 23,1%", "en") == ["0,108", "23,1%"]
    assert wrong_numbers("Diversity 0.108 · 23.1% · 1,391", "en") == []


def run_page(page: str, lang: str, **state: str) -> AppTest:
    app = AppTest.from_file(str(PROJECT_DIR / "app.py"), default_timeout=180)
    app.session_state["lang"] = lang
    for key, value in state.items():
        app.session_state[key] = value
    app.run()
    app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def shown_texts(app: AppTest) -> list[str]:
    """Every text a person reads on the page: metrics, markdown, captions, text, and table cells as drawn
    (a table's display text comes from its Styler when it has one)."""
    texts = [m.value for m in app.metric] + [m.proto.delta_description for m in app.metric]
    texts += [m.value for m in app.markdown] + [c.value for c in app.caption] + [t.value for t in app.text]
    texts += [s.value for s in app.subheader] + [i.value for i in app.info]
    for frame in app.dataframe:
        styler = frame.proto.arrow_data.styler
        shown = (dataframe_util.convert_arrow_bytes_to_pandas_df(styler.display_values)
                 if styler.display_values else frame.value)
        texts += [str(v) for v in shown.to_numpy().ravel() if isinstance(v, str)]
        numeric = frame.value.select_dtypes("number")
        if not styler.display_values and lang_of(app) == "id" and not numeric.empty:
            # no display text: the browser would write these with a dot decimal
            texts += [f"{v}" for v in numeric.to_numpy().ravel() if pd.notna(v) and float(v) != int(v)]
    return texts


def lang_of(app: AppTest) -> str:
    return app.session_state["lang"]


def plotly_separators(app: AppTest) -> list[str]:
    charts = [e for e in app.get("plotly_chart")]
    return [json.loads(c.proto.spec)["layout"].get("separators", "") for c in charts]


PAGES = [("pages/provinces.py", {"province": "33"}), ("pages/kabkota.py", {}), ("pages/diversity.py", {}),
         ("pages/compare.py", {}), ("pages/present.py", {"pres_slide": 7})]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("page, state", PAGES, ids=[p for p, _ in PAGES])
def test_pages_write_numbers_in_the_interface_language(page: str, state: dict, lang: str, data_dir: Path) -> None:
    app = run_page(page, lang, **state)
    texts = shown_texts(app)
    wrong = sorted({w for text in texts for w in wrong_numbers(text, lang)})
    assert not wrong, f"{page} ({lang}) writes numbers the other language's way: {wrong}"
    separators = plotly_separators(app)
    assert all(s == SEPARATORS[lang] for s in separators), separators


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["id", "en"])
def test_briefing_pdf_writes_numbers_in_its_language(lang: str, store: Store) -> None:
    pdf = briefing_pdf(store, get_dataset(store, "demo"), resolve_scope("province", "33"), lang)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert re.search(r"\d" + (r",\d" if lang == "id" else r"\.\d"), text), "the briefing has decimals to check"
    assert not wrong_numbers(text, lang), sorted(set(wrong_numbers(text, lang)))


def test_machine_files_keep_a_dot_decimal(data_dir: Path) -> None:
    from ovop_analytics.ui import csv_bytes

    text = csv_bytes(pd.DataFrame({"shannon": [1391.5, 0.108], "ikm": [2000000, 3]}), synthetic=False
                     ).decode("utf-8-sig")
    assert "1391.5" in text and "0.108" in text and "2000000" in text
