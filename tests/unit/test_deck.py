"""The carried-away deck: the slide model agrees with the library's numbers (`stats`, the page's queries),
the PowerPoint read back with python-pptx holds native charts with those numbers, a source footer, the
citation in the notes and the watermark on demo data; the HTML file is whole and within 8 MB; the CLI
writes either and refuses bad input with exit 2 and one line."""

from __future__ import annotations

import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from ovop_analytics import metrics
from ovop_analytics.cli import main
from ovop_analytics.deck import build_deck, check_provinces
from ovop_analytics.deck.model import file_name
from ovop_analytics.deck.html import PLOTLY_JS, deck_html
from ovop_analytics.deck.model import Deck
from ovop_analytics.deck.pptx import deck_pptx
from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.geo import install_boundaries
from ovop_analytics.i18n import t
from ovop_analytics.store import Store, get_dataset, queries
from tests.support.paths import BOUNDARIES_DIR

PROVINCES = ["33", "35"]


@pytest.fixture(scope="module")
def deck_store(initialised_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One copy of the initialised database for the module, with the province boundaries installed (read
    from ../shared), so the maps are the Map page's."""
    directory = tmp_path_factory.mktemp("deck-data")
    shutil.copy(initialised_db, directory / "ovop.duckdb")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OVOP_DATA_DIR", str(directory))
        install_boundaries(BOUNDARIES_DIR / "idn_provinces.geojson")
        yield Store(directory / "ovop.duckdb")


@pytest.fixture(scope="module")
def demo_deck(deck_store: Store) -> Deck:
    return build_deck(deck_store, get_dataset(deck_store, "demo"), "id", PROVINCES)


@pytest.fixture(scope="module")
def demo_pptx(demo_deck: Deck) -> bytes:
    return deck_pptx(demo_deck)


def _slide(deck: Deck, key: str):  # noqa: ANN202
    return next(s for s in deck.slides if s.key == key)


@pytest.mark.slow  # builds decks on a database with the shared boundaries installed
def test_the_deck_has_the_present_pages_slides(demo_deck: Deck) -> None:
    keys = [s.key for s in demo_deck.slides]
    assert keys == ["kpi", "map", "timeline", "rounds", "top", "growth", "diversity", "province_33", "province_35",
                    "sources"]
    assert all(s.source.startswith("Sumber: Dataset 'demo'") for s in demo_deck.slides)
    assert all(s.citation and "demo" in s.citation[0] for s in demo_deck.slides)
    assert demo_deck.synthetic and demo_deck.watermark == "DATA DEMO (SINTETIS)"
    assert [f.label for f in _slide(demo_deck, "timeline").map.frames] == [
        f"Putaran {r}" for r in (2013, 2015, 2018, 2022, 2024)]
    last = _slide(demo_deck, "sources")
    assert last.made == demo_deck.made_line and "OVOP Analytics 0.1.0" in demo_deck.made_line
    assert last.details[0] == t("deck_sources_full", "id") and len(last.details) > 5
    assert not any("nan" in line.split() for line in last.details)  # a fact without a link says so


@pytest.mark.slow  # builds decks on a database with the shared boundaries installed
def test_chart_numbers_equal_the_stats_and_the_page_queries(demo_deck: Deck, deck_store: Store) -> None:
    dataset = get_dataset(deck_store, "demo")
    stats = metrics.region_metrics(deck_store, dataset.id, "province", ["ikm_ovop"])  # `ovop-analytics stats`
    top = _slide(demo_deck, "top").chart
    assert top.kind == "bar"
    expected = stats.dropna(subset=["ikm_ovop"]).nlargest(10, "ikm_ovop").iloc[::-1]
    assert top.categories == tuple(expected["region_name"])
    assert top.series[0].values == tuple(float(v) for v in expected["ikm_ovop"])
    mix = queries.commodity_mix(deck_store, dataset.id, "33")
    province = _slide(demo_deck, "province_33")
    assert province.chart.series[0].values == tuple(float(v) for v in mix["records"])
    assert province.kpis[0].value == str(int(stats.set_index("region_code").loc["33", "ikm_ovop"]))
    rounds = queries.awards_by_round(deck_store, dataset.id)
    chart = _slide(demo_deck, "rounds").chart
    table = rounds.pivot_table(index="round", columns="star", values="ikm", aggfunc="sum")
    assert chart.categories == tuple(str(r) for r in table.index)
    for star, series in zip(range(1, 6), chart.series):
        assert series.name == f"{star} bintang"
        assert series.values == tuple(None if pd.isna(v) else float(v) for v in table[star])
    growth = metrics.growth_series(deck_store, dataset.id, "commodity_group", "ikm_ovop")
    lines = _slide(demo_deck, "growth").chart
    makanan = growth[growth["key"] == "makanan_minuman"]
    assert lines.series[-1].name == "Makanan & Minuman"
    assert lines.series[-1].values == tuple(float(v) for v in makanan["cumulative"])


@pytest.mark.slow  # builds decks on a database with the shared boundaries installed
def test_a_period_narrows_the_flow_figures(deck_store: Store) -> None:
    dataset = get_dataset(deck_store, "demo")
    deck = build_deck(deck_store, dataset, "en", [], 2015, 2018)
    assert [s.key for s in deck.slides][-1] == "sources" and len(deck.slides) == 8
    rounds = _slide(deck, "rounds").chart
    assert rounds.categories == ("2015", "2018")
    stats = metrics.region_metrics(deck_store, dataset.id, "province", ["ikm_ovop"], 2015, 2018)
    assert _slide(deck, "top").chart.series[0].values[-1] == float(stats["ikm_ovop"].max())
    assert [f.label for f in _slide(deck, "timeline").map.frames] == ["Round 2015", "Round 2018"]


@pytest.mark.slow  # builds decks on a database with the shared boundaries installed
def test_without_boundaries_the_map_is_the_tile_grid_and_the_timeline_says_why(store: Store) -> None:
    deck = build_deck(store, get_dataset(store, "demo"), "id")
    assert _slide(deck, "map").map.frames[0].spec["layer"]  # the tile grid (no boundary file needed)
    assert _slide(deck, "timeline").notices == (t("map_no_boundaries", "id"),)
    prs = Presentation(io.BytesIO(deck_pptx(deck)))
    assert len(prs.slides) == len(deck.slides) == 8


@pytest.mark.slow  # builds decks on a database with the shared boundaries installed
def test_bad_provinces_and_periods_are_structured_errors(deck_store: Store) -> None:
    with pytest.raises(InvalidArgumentError) as error:
        check_provinces(["33", "99"])
    assert error.value.code == "deck_error_province" and error.value.values == {"code": "99"}
    with pytest.raises(InvalidArgumentError) as error:
        check_provinces(["11", "12", "13", "14", "15", "16"])
    assert error.value.code == "deck_error_too_many"
    assert check_provinces(["33", "33", " 35"]) == ["33", "35"]
    with pytest.raises(InvalidArgumentError) as error:
        build_deck(deck_store, get_dataset(deck_store, "demo"), "id", [], 2020, 2010)
    assert error.value.code == "deck_error_period"


@pytest.mark.slow  # builds decks on a database with the shared boundaries installed
def test_the_pptx_holds_native_charts_with_the_decks_numbers(demo_deck: Deck, demo_pptx: bytes) -> None:
    prs = Presentation(io.BytesIO(demo_pptx))
    assert len(prs.slides) == len(demo_deck.slides)
    assert prs.slide_width * 9 == prs.slide_height * 16
    for slide, data in zip(prs.slides, demo_deck.slides):
        assert slide.shapes.title.text_frame.text == data.title
        charts = [shape for shape in slide.shapes if shape.has_chart]
        assert len(charts) == (1 if data.chart is not None else 0), data.key
        if data.chart is not None:
            chart = charts[0].chart
            assert chart.chart_title.text_frame.text == data.chart.title
            assert list(chart.plots[0].categories) == list(data.chart.categories)
            for drawn, series in zip(chart.plots[0].series, data.chart.series):
                assert tuple(drawn.values) == series.values
                assert drawn.name == (series.name or (data.chart.x_title if data.chart.kind == "bar"
                                                      else data.chart.y_title))
            assert chart.has_legend == (len(data.chart.series) > 1)
            titles = {chart.category_axis.axis_title.text_frame.text, chart.value_axis.axis_title.text_frame.text}
            assert titles == {data.chart.x_title, data.chart.y_title}
        pictures = [shape for shape in slide.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == (len(data.map.frames) if data.map is not None else 0), data.key
        footer = next(shape for shape in slide.shapes if shape.name == "Source")
        assert footer.text_frame.text == data.source
        notes = slide.notes_slide.notes_text_frame.text
        assert notes.startswith(t("deck_notes_source", "id")) and data.citation[0] in notes
        badge = next(shape for shape in slide.shapes if shape.name == "Synthetic data")
        assert badge.text_frame.text == "DATA DEMO (SINTETIS)"
        watermarks = [shape for shape in slide.shapes if shape.name == "Watermark"]
        if data.map is None:  # a map's picture carries its own (drawn by the slide-image export)
            assert watermarks[0].text_frame.text == "DATA DEMO (SINTETIS)" and watermarks[0].rotation == 342  # -18°
    rounds = prs.slides[3]
    assert "F11" in rounds.notes_slide.notes_text_frame.text and "http" in rounds.notes_slide.notes_text_frame.text
    map_picture = next(s for s in prs.slides[1].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE)
    assert map_picture.image.size == (1920, 1080)
    kpi_text = " ".join(s.text_frame.text for s in prs.slides[0].shapes if s.has_text_frame)
    assert all(k.value in kpi_text and k.label in kpi_text for k in demo_deck.slides[0].kpis)


@pytest.mark.slow  # builds decks on a database with the shared boundaries installed
def test_real_data_carries_no_watermark_and_english_stays_english(deck_store: Store) -> None:
    deck = build_deck(deck_store, get_dataset(deck_store, "reference"), "en")
    assert not deck.synthetic
    prs = Presentation(io.BytesIO(deck_pptx(deck)))
    for slide in prs.slides:
        assert not [shape for shape in slide.shapes if shape.name in ("Watermark", "Synthetic data")]
        assert "SINTETIS" not in " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
    assert prs.core_properties.language == "en-GB"
    html = deck_html(deck).decode("utf-8")
    assert 'class="watermark"' not in html and 'class="badge"' not in html and '<html lang="en">' in html


@pytest.mark.slow  # builds decks on a database with the shared boundaries installed
def test_the_html_file_is_whole_and_small_enough(demo_deck: Deck) -> None:
    html = deck_html(demo_deck)
    assert len(html) <= 8_000_000
    text = html.decode("utf-8")
    assert text.count('<section class="slide') == len(demo_deck.slides) == 10
    assert text.count("<svg") >= 1 + len(_slide(demo_deck, "timeline").map.frames)
    # What the browser would fetch by itself: no src/href/url() outside plotly.js's own code (whose strings
    # name plotly.com but are not loaded; the browser test proves no request is made).
    page = text.replace(PLOTLY_JS.read_text(encoding="utf-8"), "")
    assert len(page) < len(text) - 4_000_000  # plotly.js is inline, whole
    fetched = re.findall(r'(?:src|href)\s*=\s*"([^"#][^"]*)"|url\((?!#)([^)]*)\)|<link\b', page)
    assert not fetched, fetched[:5]
    assert text.count("Sumber: Dataset &#x27;demo&#x27;") >= 7  # the footers (the maps carry theirs in the SVG)


def test_file_names_say_dataset_scope_language_and_date() -> None:
    from datetime import date

    day = date(2026, 12, 7)
    assert file_name("demo", ["33", "35"], None, None, "id", "pptx", day) == "presentasi_demo_33-35_id_2026-12-07.pptx"
    assert file_name("Data Ü", [], 2015, 2022, "en", "html", day) == \
        "presentation_data-u_national_2015-2022_en_2026-12-07.html"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`ovop-analytics deck ...` in this process: (exit status, stdout, stderr); argparse exits itself."""
    try:
        code = main(["deck", *args])
    except SystemExit as ended:
        code = int(ended.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow  # builds decks on a database with the shared boundaries installed
def test_cli_writes_either_format_and_names_the_file_in_a_folder(deck_store: Store, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--dataset", "demo", "--provinces", "33", "--format", "pptx", "--out", str(tmp_path))
    written = list(tmp_path.glob("presentasi_demo_33_id_*.pptx"))
    assert code == 0 and len(written) == 1 and out.startswith(f"wrote {written[0]}")
    assert len(Presentation(str(written[0])).slides) == 9
    target = tmp_path / "deck.html"
    code, out, _ = _run(capsys, "--dataset", "demo", "--lang", "en", "--format", "html", "--out", str(target))
    assert code == 0 and target.read_bytes().startswith(b"<!DOCTYPE html>")
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("args, words", [
    (["--dataset", "nope", "--format", "html"], "nope"),
    (["--dataset", "demo", "--format", "pdf"], "invalid choice: 'pdf'"),
    (["--dataset", "demo", "--provinces", "33,99", "--format", "html"], "99"),
    (["--dataset", "demo", "--from-year", "2020", "--to-year", "2010", "--format", "pptx"], "2020"),
])
@pytest.mark.slow  # builds decks on a database with the shared boundaries installed
def test_cli_refuses_bad_input_with_one_line(deck_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             args: list[str], words: str) -> None:
    code, out, err = _run(capsys, *args, "--out", str(tmp_path))
    assert code == 2 and not out
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ovop-analytics: error: ") and words in lines[0]
    assert not list(tmp_path.iterdir())


@pytest.mark.slow  # builds decks on a database with the shared boundaries installed
def test_text_from_names_stays_text_in_the_html(demo_deck: Deck) -> None:
    """A name carrying markup is printed as text on the slide and cannot end the inline JSON of the charts."""
    import dataclasses

    evil = "<script>alert(1)</script><!--"
    first = dataclasses.replace(demo_deck.slides[0], title=evil, subtitle=evil)
    top = next(s for s in demo_deck.slides if s.key == "top")
    figure = go.Figure(top.chart.figure).update_layout(title={"text": evil})  # a copy: the fixture is shared
    chart = dataclasses.replace(top.chart, figure=figure)
    deck = dataclasses.replace(demo_deck, slides=(first, dataclasses.replace(top, chart=chart)))
    text = deck_html(deck).decode("utf-8")
    page = text.replace(PLOTLY_JS.read_text(encoding="utf-8"), "")
    assert evil not in page and "alert(1)" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the heading, as text
    assert page.count("</script>") == 3  # plotly.js, the figures' JSON, the deck's script: nothing else ends one
