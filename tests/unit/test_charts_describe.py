"""Text alternatives of charts and maps on small hand-made tables (issue 22)."""

from __future__ import annotations

import math

import pandas as pd

from ovop_analytics.charts.describe import describe, extremes, format_number, value_column

SOURCE = "Sumber: Dataset 'demo': data demo sintetis"


def test_ranking_names_highest_and_lowest_with_the_period_and_source() -> None:
    frame = pd.DataFrame({"region_code": ["33", "35", "94"], "region_name": ["Jawa Tengah", "Jawa Timur", "Papua"],
                          "ikm_ovop": [120, 1234, 3]})
    text = describe(frame, title="10 provinsi teratas", source=SOURCE, lang="id", period=(2007, 2024))
    assert text == ("Grafik: 10 provinsi teratas. Periode 2007–2024. Tertinggi: Jawa Timur (1.234); "
                    "terendah: Papua (3). Sumber: Dataset 'demo': data demo sintetis.")


def test_no_data_is_counted_and_never_the_lowest() -> None:
    """A region without a value is neither the lowest (0) nor dropped silently: it is counted."""
    frame = pd.DataFrame({"region_code": ["11", "12", "13", "14"], "region_name": ["Aceh", "Sumut", "Sumbar", "Riau"],
                          "value": [5.0, math.nan, 0.0, math.nan]})
    text = describe(frame, title="IKM OVOP per provinsi", source="Source: demo", lang="en", kind="map")
    assert text == ("Map: IKM OVOP per provinsi. Highest: Aceh (5); lowest: Sumbar (0). 2 with no data. "
                    "Source: demo.")


def test_metric_values_are_written_in_their_unit() -> None:
    frame = pd.DataFrame({"region_name": ["A", "B"], "coverage_types": [76 / 108, 0.25]})
    assert "Tertinggi: A (70,4%); terendah: B (25,0%)" in describe(frame, title="x", source="s", lang="id")
    assert format_number(0.1234, "evenness", "en") == "0.123"
    assert format_number(12345.0, "records", "en") == "12,345" and format_number(0.01234, "x", "en") == "0.0123"


def test_series_by_period_reads_the_latest_period() -> None:
    """Several series over periods: the period range, then the ranking within the last period."""
    frame = pd.DataFrame({"key": ["33", "33", "35", "35"], "key_name": ["Jateng", "Jateng", "Jatim", "Jatim"],
                          "period": [2018, 2019, 2018, 2019], "cumulative": [10, 12, 20, 11]})
    text = describe(frame, title="Kumulatif", source="Source: demo", lang="en")
    assert text == ("Chart: Kumulatif. Period 2018–2019. In 2019, highest: Jateng (12); lowest: Jatim (11). "
                    "Source: demo.")


def test_national_series_sums_each_period() -> None:
    """Awards by round and star: the rounds are compared on their totals (stars are not a measure)."""
    frame = pd.DataFrame({"round": [2018, 2018, 2019, 2019], "star": [1, 2, 1, 2], "ikm": [3, 4, 10, 1]})
    assert value_column(frame) == "ikm"
    found = extremes(frame, "ikm", None, "round")
    assert found.high == ("2019", 11.0) and found.low == ("2018", 7.0) and found.period is None
    assert "Highest: 2019 (11); lowest: 2018 (7)." in describe(frame, title="t", source="s", lang="en")


def test_commodity_groups_are_named_in_the_interface_language() -> None:
    frame = pd.DataFrame({"commodity_group": ["kain_batik", "gerabah"], "records": [4, 9]})
    assert "Highest: Earthenware (9); lowest: Batik cloth (4)." in describe(frame, title="t", source="s", lang="en")
    assert "Tertinggi: Gerabah (9); terendah: Kain Batik (4)." in describe(frame, title="t", source="s", lang="id")


def test_matrix_is_described_by_its_size() -> None:
    codes = [f"{c}" for c in range(11, 19)]
    frame = pd.DataFrame({"region_code": codes, **{c: [0.5] * len(codes) for c in codes}})
    assert value_column(frame) is None
    assert "A 8 × 8 matrix; its values are in the data table." in describe(frame, title="t", source="s", lang="en")


def test_one_value_and_no_value() -> None:
    one = pd.DataFrame({"region_name": ["Bali"], "ikm_ovop": [7]})
    assert "Bali: 7." in describe(one, title="t", source="s", lang="id")
    none = pd.DataFrame({"region_name": ["Bali"], "ikm_ovop": [math.nan]})
    assert describe(none, title="t", source="s", lang="id") == "Grafik: t. s."


def test_data_table_headers_in_the_interface_language() -> None:
    from ovop_analytics.charts.describe import column_labels

    assert column_labels(["region_code", "region_name", "ikm_ovop", "cumulative", "odd"], "id") == {
        "region_code": "Kode", "region_name": "Wilayah", "ikm_ovop": "IKM OVOP", "cumulative": "Kumulatif"}
    assert column_labels(["period", "commodity_group"], "en") == {"period": "Period", "commodity_group": "Commodity group"}
