"""Pure checks of what new users tripped over (issue 18): the number formatter, CAGR in machine files,
times with their zone, and the smaller defects that can be checked without a browser."""

from __future__ import annotations

import io
from datetime import datetime

import pandas as pd
import pyarrow.parquet as pq
import pytest

from ovop_analytics import charts, numbers
from ovop_analytics.charts import analytics
from ovop_analytics.ingest.export import export_frame
from ovop_analytics.local_time import to_local, zone_label, zone_or_default
from ovop_analytics.metrics.growth import cagr_for_export, rank_defined
from ovop_analytics.metrics.registry import methods_table

DEMO = charts.Provenance("demo", "Dataset 'demo': data demo sintetis", True)


@pytest.mark.parametrize(("call", "id_text", "en_text"), [
    (lambda lang: numbers.number(1391.5, lang, 1), "1.391,5", "1,391.5"),
    (lambda lang: numbers.percent(0.231, lang), "23,1%", "23.1%"),
    (lambda lang: numbers.fixed(0.108, lang, 3), "0,108", "0.108"),
    (lambda lang: numbers.integer(2_000_000, lang), "2.000.000", "2,000,000"),
    (lambda lang: numbers.plain_integer(2013, lang), "2013", "2013"),
    (lambda lang: numbers.general(2.5, lang), "2,5", "2.5"),
    (lambda lang: numbers.general(63, lang), "63", "63"),
    (lambda lang: numbers.with_spec(1234.5678, ",.3g", lang), "1,23e+03".replace(",", ","), "1.23e+03"),
    (lambda lang: numbers.integer(None, lang), "–", "–"),
])
def test_one_formatter_writes_each_languages_numbers(call, id_text: str, en_text: str) -> None:  # noqa: ANN001
    assert call("id") == id_text
    assert call("en") == en_text


def test_plotly_and_vega_get_the_languages_separators() -> None:
    assert numbers.plotly_separators("id") == ",." and numbers.plotly_separators("en") == ".,"
    assert numbers.vega_format_locale("id")["decimal"] == "," and numbers.vega_format_locale("id")["thousands"] == "."
    fig = charts.commodity_mix(pd.DataFrame({"commodity_group": ["gerabah"], "records": [1200]}), "X", DEMO, "id")
    assert fig.layout.separators == ",."


def test_table_cells_are_written_in_the_language_and_stay_numbers() -> None:
    frame = pd.DataFrame({"round_year": [2013], "shannon": [1.44884], "ikm": pd.array([1391], dtype="Int64")})
    styled, config = numbers.styled_table(frame, {"shannon": {"label": "H", "type_config": {"format": "%.3f"}}}, "id")
    text = styled.to_string()
    assert "2013" in text and "1,449" in text and "1.391" in text and "2.013" not in text
    assert config["shannon"]["type_config"]["format"] is None  # Streamlit would write 1.449 otherwise
    assert styled.data["shannon"].dtype == float  # sorting stays numeric


def test_exports_write_cagr_as_a_number_with_its_note() -> None:
    frame = pd.DataFrame({"region_code": ["11", "12", "13"], "cagr": pd.Series([0.25, "new", None], dtype=object)})
    out = cagr_for_export(frame)
    assert list(out.columns) == ["region_code", "cagr", "cagr_note"]
    assert out["cagr_note"].tolist() == [None, "new", "no data"]
    csv = pd.read_csv(io.BytesIO(export_frame(frame, "csv")), encoding="utf-8-sig", dtype={"region_code": str})
    assert pd.api.types.is_float_dtype(csv["cagr"]) and csv["cagr"].tolist()[0] == 0.25
    parquet = pq.read_table(io.BytesIO(export_frame(frame, "parquet"))).to_pandas()
    assert pd.api.types.is_float_dtype(parquet["cagr"]) and parquet["cagr_note"].tolist()[1] == "new"


def test_new_is_never_ranked() -> None:
    ranks = rank_defined(pd.Series(["new", 0.1, "new", 0.3, None], index=list("abcde"), dtype=object))
    assert ranks.to_dict() == {"d": 1, "b": 2}


def test_times_are_shown_in_wib_with_the_zone_named() -> None:
    assert to_local(datetime(2026, 12, 7, 4, 26), "Asia/Jakarta") == datetime(2026, 12, 7, 11, 26)
    assert zone_label("Asia/Jakarta") == "WIB" and zone_label("Asia/Makassar") == "WITA"
    assert zone_or_default(None) == "Asia/Jakarta" and zone_or_default("Not/AZone") == "Asia/Jakarta"
    assert zone_or_default("UTC") == "Asia/Jakarta" and zone_or_default("Asia/Makassar") == "Asia/Makassar"


def test_wrapped_labels_keep_whole_words() -> None:
    assert analytics.wrap_label("Earthenware", 10) == "Earthenware"
    assert analytics.wrap_label("Makanan & Minuman", 12) == "Makanan &<br>Minuman"


def test_chart_text_keeps_a_margin_from_the_left_edge() -> None:
    fig = charts.commodity_mix(pd.DataFrame({"commodity_group": ["gerabah"], "records": [3]}), "X", DEMO, "en")
    assert fig.layout.title.pad.l == charts.EDGE_PX and fig.layout.margin.pad >= 8


def test_award_round_chart_names_its_stars_and_counts_in_whole_numbers() -> None:
    frame = pd.DataFrame({"round": [2013, 2015], "star": [3, 3], "ikm": [1, 2]})
    fig = charts.awards_by_round(frame, pd.DataFrame(), DEMO, "id")
    assert fig.layout.showlegend is True and fig.layout.yaxis.dtick == 1


def test_the_methods_formulas_are_in_bahasa_indonesia() -> None:
    formulas = " ".join(methods_table("id")["formula"])
    assert "count of" not in formulas and "mean over" not in formulas and "jumlah catatan penghargaan" in formulas
    assert "count of award records" in " ".join(methods_table("en")["formula"])


def test_a_narrow_chart_wraps_its_source_line_to_fit() -> None:
    fig = charts.top_regions(pd.DataFrame({"region_name": ["A"], "v": [1]}), "v", "IKM", 1,
                             charts.Provenance("d", "x" * 30 + " " + "y" * 30 + " " + "z" * 30, False), "id")
    source = next(a.text for a in fig.layout.annotations if a.yshift)
    assert all(len(line) <= 44 for line in source.split("<br>")) and "..." not in source


def test_indonesian_citations_say_pernyataan() -> None:
    from ovop_analytics.facts import source_title_in

    title = "Kemenkop UKM: kunci pengembangan OVOP (statement of Deputi Produksi dan Pemasaran Wayan Dipta)"
    assert source_title_in(title, "id").endswith("(pernyataan Deputi Produksi dan Pemasaran Wayan Dipta)")
    assert source_title_in(title, "en") == title
