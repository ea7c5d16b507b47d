"""The analytics chart builders and scorecard standing on small hand-made frames."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from ovop_analytics.charts import Provenance
from ovop_analytics.charts import analytics as charts
from ovop_analytics.metrics.composition import group_composition
from ovop_analytics.ui.analytics import standing

DEMO = Provenance(dataset="demo", source="synthetic", is_synthetic=True)


@pytest.mark.parametrize(("name", "short"), [
    ("Daerah Khusus Ibukota Jakarta", "DKI Jakarta"), ("Daerah Istimewa Yogyakarta", "DI Yogyakarta"),
    ("Kepulauan Bangka Belitung", "Kep. Bangka Belitung"), ("Nusa Tenggara Timur", "NTT"), ("Aceh", "Aceh")])
def test_short_names(name: str, short: str) -> None:
    assert charts.short_name(name) == short


@pytest.mark.parametrize(("metric", "value", "lang", "text"), [
    ("coverage_types", 76 / 108, "id", "70,4%"),
    ("coverage_types", 76 / 108, "en", "70.4%"),
    ("evenness", 0.9002, "id", "0,900"),
    ("ikm_ovop", 1391, "id", "1.391"),
    ("shannon", 1.44884, "en", "1.449"),
    ("ikm_ovop", 1234, "en", "1,234"),
    ("cagr", 0.2010, "id", "20,1%"),
    ("cagr", 0.2010, "en", "20.1%"),
    ("cagr", "new", "id", "baru"),
    ("shannon", float("nan"), "id", "tidak ada data"),
    ("hhi", None, "en", "no data"),
])
def test_format_metric(metric: str, value: object, lang: str, text: str) -> None:
    assert charts.format_metric(metric, value, lang) == text


def test_share_text_reads_count_and_percent() -> None:
    assert charts.share_text(76, 108, "en") == "76/108 · 70.4%"
    assert charts.share_text(76, 108, "id") == "76/108 · 70,4%"
    assert charts.share_text(1391, 2000, "id") == "1.391/2.000 · 69,6%"
    assert charts.share_text(0, 0, "en") == "–"


def test_group_composition_lists_every_region_with_zeros() -> None:
    counts = pd.DataFrame({"code": ["33", "33", "33", "35"], "commodity_group": ["anyaman", "anyaman", "gerabah", None],
                           "records": [2, 0, 3, 4]})
    regions = pd.DataFrame({"code": ["33", "35", "93"], "name": ["Jawa Tengah", "Jawa Timur", "Papua Selatan"]})
    table = group_composition(counts, regions).set_index("region_code")
    assert table.loc["33", "anyaman"] == 2 and table.loc["33", "gerabah"] == 3 and table.loc["33", "total"] == 5
    assert table.loc["35", "total"] == 0  # a record without a group is not in any group
    assert table.loc["93"].drop("region_name").sum() == 0


def test_composition_bars_name_regions_without_records() -> None:
    composition = pd.DataFrame({"region_code": ["33", "93"], "region_name": ["Jawa Tengah", "Papua Selatan"],
                                "makanan_minuman": [1, 0], "kain_tenun": [1, 0], "kain_batik": [0, 0],
                                "anyaman": [2, 0], "gerabah": [0, 0], "total": [4, 0]})
    fig = charts.composition_bars(composition, share=True, title="t", provenance=DEMO, lang="id")
    anyaman = next(trace for trace in fig.data if trace.name == "Anyaman")
    assert list(anyaman.y) == ["Papua Selatan", "Jawa Tengah"]  # first region on top
    assert anyaman.x[1] == 50.0 and math.isnan(anyaman.x[0])
    texts = [a.text for a in fig.layout.annotations]
    assert "tidak ada data" in texts and any("DATA DEMO" in t for t in texts)


def test_overlap_heatmap_blanks_regions_without_types_and_the_diagonal() -> None:
    matrix = pd.DataFrame([[1.0, 0.5, 0.0], [0.5, 1.0, 0.0], [0.0, 0.0, float("nan")]],
                          index=["33", "35", "93"], columns=["33", "35", "93"])
    fig = charts.overlap_heatmap(matrix, {"33": "Jawa Tengah", "35": "Jawa Timur", "93": "Papua Selatan"},
                                 title="t", provenance=DEMO, lang="en")
    z = fig.data[0].z
    assert z[0][1] == 0.5 and math.isnan(z[0][0])
    assert all(math.isnan(v) for v in z[2]) and math.isnan(z[0][2]), "no data, not a Jaccard of 0"
    assert fig.data[0].zmax == 0.5


def test_metric_ranking_puts_the_lowest_hhi_on_top_and_skips_no_data() -> None:
    frame = pd.DataFrame({"region_code": ["11", "12", "93"], "region_name": ["Aceh", "Sumatera Utara", "X"],
                          "hhi": [0.30, 0.25, float("nan")]})
    fig = charts.metric_ranking(frame, "hhi", title="t", provenance=DEMO, lang="id")
    assert list(fig.data[0].y) == ["Aceh", "Sumatera Utara"]  # plotly draws the last bar on top
    assert list(fig.data[0].text) == ["0,300", "0,250"]


def test_standing_ranks_only_regions_with_a_value() -> None:
    frame = pd.DataFrame({"region_code": ["11", "12", "13", "93"], "hhi": [0.3, 0.2, 0.4, float("nan")],
                          "cagr": [0.1, "new", None, None]})
    hhi = standing(frame, "12", "hhi")
    assert (hhi.rank, hhi.of, hhi.known) == (1, 3, 3) and hhi.mean == pytest.approx(0.3)  # lower HHI is better
    assert standing(frame, "93", "hhi").rank is None
    grew = standing(frame, "12", "cagr")
    # growth from nothing has no rate: not ranked (never "rank 1 of 31"), not in the average, counted apart
    assert (grew.rank, grew.of, grew.mean, grew.new) == (None, 1, 0.1, 1)
    assert standing(frame, "11", "cagr") == standing(frame, "11", "cagr").__class__(0.1, 1, 1, 0.1, 1, 1)


def test_new_regions_never_share_the_first_rank() -> None:
    """Fourteen provinces 'new' and three with a rate: ranks 1-3 go to the rates only."""
    frame = pd.DataFrame({"region_code": [f"{i:02d}" for i in range(11, 28)],
                          "cagr": ["new"] * 14 + [0.05, 0.20, -0.10]})
    ranks = {code: standing(frame, code, "cagr").rank for code in frame["region_code"]}
    assert [ranks[c] for c in ("25", "26", "27")] == [2, 1, 3]
    assert all(ranks[f"{i:02d}"] is None for i in range(11, 25))
    assert standing(frame, "26", "cagr").of == 3
