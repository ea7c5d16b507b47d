"""Briefing PDFs: every province and a sample of kabupaten/kota typeset to at most two A4 pages with their
fonts embedded, headline figures equal to `ovop-analytics stats`, pages rendered to PNG with pdftoppm;
the figures' pure parts on hand-computed cases; the CLI contract."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

from ovop_analytics import facts
from ovop_analytics.briefing import briefing_figures, resolve_scope
from ovop_analytics.briefing.document import build_document, number
from ovop_analytics.briefing.figures import standing
from ovop_analytics.briefing.render import briefing_pdf, briefing_pdfs
from ovop_analytics.cli import main
from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.i18n import STRINGS, t
from ovop_analytics.regions import provinces
from ovop_analytics.store import Store, get_dataset

# Kota Yogyakarta, Kabupaten Badung, Kabupaten Aceh Besar (no IKM OVOP in the demo), Kabupaten Jayawijaya
# (Papua Pegunungan, a province created in 2022).
SAMPLE_KABKOTA = ["34.71", "51.03", "11.06", "95.01"]
GENERATED = date(2026, 1, 15)
A4_POINTS = (595.3, 841.9)


def stats_rows(capsys: pytest.CaptureFixture[str], level: str, *period: str) -> dict[str, dict]:
    assert main(["stats", "--dataset", "demo", "--level", level, "--format", "json", *period]) == 0
    return {row["region_code"]: row for row in json.loads(capsys.readouterr().out)}


def pdf_text(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def assert_printable(pdf: bytes) -> str:
    """Opens, A4, one or two pages, every font embedded; returns the extracted text, spaces collapsed."""
    reader, text = pdf_text(pdf)
    assert 1 <= len(reader.pages) <= 2
    for page in reader.pages:
        assert [round(float(v), 1) for v in page.mediabox[2:]] == list(A4_POINTS)
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font)
            descriptor = descriptor["/FontDescriptor"].get_object()
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
            assert "DejaVuSans" in str(font["/BaseFont"])
    return " ".join(text.split())


def headline_value(text: str, label: str) -> str:
    """The number printed after a headline label in the figures table."""
    match = re.search(re.escape(label) + r"\s+([0-9.,]+)", text)
    assert match, f"{label!r} not found in the PDF text"
    return match.group(1)


@pytest.fixture(scope="module")
def demo(initialised_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, object]:
    directory = tmp_path_factory.mktemp("briefing-db")
    shutil.copy(initialised_db, directory / "ovop.duckdb")
    store = Store(directory / "ovop.duckdb")
    return store, get_dataset(store, "demo")


@pytest.fixture(scope="module")
def province_pdfs(demo: tuple[Store, object]) -> dict[str, bytes]:
    """All 38 province briefings in one batch (one connection, one compiler), period 2013-2022."""
    store, dataset = demo
    scopes = [resolve_scope("province", p.code) for p in provinces()]
    return {scope.code: pdf for scope, pdf in briefing_pdfs(store, dataset, scopes, "id", 2013, 2022, GENERATED)}


@pytest.mark.slow  # typesets PDFs (seconds each)
def test_every_province_briefing_is_printable_and_agrees_with_stats(
        province_pdfs: dict[str, bytes], capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """All 38 provinces (one batch, 2013-2022): printable, watermarked, headline figures equal to stats."""
    assert len(province_pdfs) == 38
    rows = stats_rows(capsys, "province", "--from-year", "2013", "--to-year", "2022")
    for code, pdf in province_pdfs.items():
        text = assert_printable(pdf)
        assert "DATA DEMO (SINTETIS)" in text, code
        assert "Periode 2013–2022" in text
        for key in ("ikm_ovop", "types", "commodity_groups"):
            assert headline_value(text, t(f"brief_fig_{key}", "id")) == number(rows[code][key], "id"), (code, key)


@pytest.mark.slow  # typesets PDFs (seconds each)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_sample_kabupaten_kota_briefings_agree_with_stats(demo: tuple[Store, object], lang: str,
                                                          capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    """Kota Yogyakarta, Badung, Aceh Besar and Jayawijaya in both languages: figures equal to stats."""
    store, dataset = demo
    rows = stats_rows(capsys, "kabupaten_kota")
    scopes = [resolve_scope("kabupaten_kota", code) for code in SAMPLE_KABKOTA]
    for scope, pdf in briefing_pdfs(store, dataset, scopes, lang, generated=GENERATED):
        text = assert_printable(pdf)
        for key in ("ikm_ovop", "types", "commodity_groups"):
            assert headline_value(text, t(f"brief_fig_{key}", lang)) == number(rows[scope.code][key], lang)
        assert t("brief_map_missing", lang).split(":")[0] in text, "no boundaries installed: the briefing says so"
        assert t("brief_generated", lang, date="2026-01-15") in text
    jayawijaya = briefing_figures(store, dataset, resolve_scope("kabupaten_kota", "95.01"))
    assert jayawijaya.splits == [{"kind": "child", "parent": "91", "parent_name": "Papua", "year": 2022,
                                  "period_before_split": True}]


@pytest.mark.slow  # typesets PDFs (seconds each)
def test_no_ikm_state_shows_the_kemenperin_target(demo: tuple[Store, object]) -> None:
    """A kabupaten without IKM OVOP says so, with Kemenperin's target and its fact id beside it."""
    store, dataset = demo
    _, text = pdf_text(briefing_pdf(store, dataset, resolve_scope("kabupaten_kota", "11.06"), "id",
                                    generated=GENERATED))
    flat = " ".join(text.split())
    assert "Belum ada IKM OVOP di kabupaten/kota ini sampai 2024." in flat
    assert "Target Kemenperin: setiap kabupaten/kota mengusulkan minimal satu IKM OVOP (534 kab/kota" in flat
    assert "[F41]" in flat


@pytest.mark.slow  # typesets PDFs (seconds each)
def test_national_briefing_and_published_awards_with_sources(demo: tuple[Store, object]) -> None:
    """The national figures; Lombok Barat's named awards, published facts and policy context cited."""
    store, dataset = demo
    national = briefing_figures(store, dataset, resolve_scope("national"))
    text = assert_printable(briefing_pdf(store, dataset, resolve_scope("national"), "en", generated=GENERATED))
    assert headline_value(text, "IKM OVOP awarded") == number(national.headline["ikm_ovop"].value, "en")
    lombok = pdf_text(briefing_pdf(store, dataset, resolve_scope("kabupaten_kota", "52.01"), "en",
                                   generated=GENERATED))[1]
    flat = " ".join(lombok.split())
    assert "[A07] 2015 · UD Mawar Art Shop · Anyaman ketak · Kabupaten Lombok Barat · 5 star" in flat
    assert "[F31]" in flat and "ekonomi.bisnis.com" in flat, "the published fact cites its source"
    assert "[S08]" in flat and "Local yet global" in flat, "policy context is cited"


@pytest.mark.slow  # typesets PDFs (seconds each)
def test_same_inputs_give_the_same_file(demo: tuple[Store, object]) -> None:
    """Embedded fonts and a fixed date: the same inputs give the same bytes."""
    store, dataset = demo
    scope = resolve_scope("province", "51")
    assert briefing_pdf(store, dataset, scope, "en", generated=GENERATED) == \
        briefing_pdf(store, dataset, scope, "en", generated=GENERATED)


@pytest.mark.slow  # typesets PDFs (seconds each)
def test_pages_render_to_png_with_ink_and_watermark(province_pdfs: dict[str, bytes], tmp_path: Path) -> None:
    """pdftoppm renders A4 pages with text, charts and the synthetic watermark."""
    from PIL import Image

    (tmp_path / "jateng.pdf").write_bytes(province_pdfs["33"])
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(tmp_path / "jateng.pdf"), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert 1 <= len(pages) <= 2
    first = Image.open(pages[0]).convert("RGB")
    width, height = first.size
    assert abs(height / width - 297 / 210) < 0.01, "A4 portrait"
    colours = first.getcolors(maxcolors=1 << 20)
    inked = sum(n for n, (r, g, b) in colours if r + g + b < 600)
    pink = sum(n for n, (r, g, b) in colours if r > 200 and 150 < g < 235 and 150 < b < 235 and r - g > 20)
    assert inked > 0.03 * width * height, "text and charts are drawn"
    assert pink > 0, "the synthetic watermark is drawn"


@pytest.mark.slow  # typesets PDFs (seconds each)
def test_with_boundaries_installed_maps_are_drawn(demo: tuple[Store, object], data_dir: Path) -> None:
    """With kab/kota boundaries installed: the highlighted kab/kota and the province choropleth."""
    from ovop_analytics.briefing.render import map_svg
    from ovop_analytics.geo import install_boundaries
    from tests.support.paths import BOUNDARIES_DIR

    store, dataset = demo
    install_boundaries(BOUNDARIES_DIR / "idn_kabupaten_kota.geojson", level="kabupaten_kota")
    badung = briefing_figures(store, dataset, resolve_scope("kabupaten_kota", "51.03"))
    svg, note = map_svg(badung, "en")
    assert svg.count("<path") >= 9 and "#0c2c84" in svg, "Bali's nine kab/kota, Badung highlighted"
    assert note == "Kabupaten Badung (dark blue) in Bali"
    text = assert_printable(briefing_pdf(store, dataset, resolve_scope("province", "51"), "id", generated=GENERATED))
    assert "Kab/kota di Bali, menurut IKM OVOP dalam periode" in text


@pytest.mark.slow  # typesets PDFs (seconds each)
def test_without_boundaries_a_province_uses_the_tile_grid(demo: tuple[Store, object], data_dir: Path) -> None:
    """Without boundaries a province briefing draws the tile grid with the province highlighted."""
    from ovop_analytics.briefing.render import map_svg

    store, dataset = demo
    svg, note = map_svg(briefing_figures(store, dataset, resolve_scope("province", "33")), "en")
    assert "JATENG" in svg and note.startswith("Jawa Tengah (dark blue) on the province tile map")


def test_standing_ranks_ties_and_averages_over_peers() -> None:
    """Rank 'min' over peers with a value; averages over the peers; no value, no rank."""
    frame = pd.DataFrame({"region_code": ["a", "b", "c", "d"], "x": [3.0, 5.0, 3.0, float("nan")]})
    s = standing(frame, "c", "x", pd.Series([True, True, True, False]))
    assert (s.value, s.rank, s.of, s.peer_mean) == (3.0, 2, 3, pytest.approx(11 / 3))
    assert standing(frame, "d", "x").rank is None and standing(frame, "d", "x").value is None


def test_maps_use_the_map_pages_no_data_colour() -> None:
    """The briefing's no-data grey is the Map page's (kept as a copy so the CLI need not load scipy)."""
    from ovop_analytics.briefing import charts
    from ovop_analytics.charts.classify import NO_DATA_COLOUR

    assert charts.NO_DATA_COLOUR == NO_DATA_COLOUR
    assert charts.class_label(charts.map_class(None), "en") == "no data"
    assert [charts.map_class(v) for v in (0, 1, 3, 7, 8, 40)] == [0, 1, 2, 3, 4, 4]


def test_numbers_in_both_languages() -> None:
    """Decimal and thousands separators per language; '–' for no data."""
    assert number(1234.5, "id", 1) == "1.234,5" and number(1234.5, "en", 1) == "1,234.5"
    assert number(None, "id") == "–"


def test_bundled_awardees_and_policy_keep_their_citations() -> None:
    """The bundled award holders and policy statements load with their sources."""
    awardees = facts.named_awardees()
    lombok = facts.concerning(awardees, "52.01")
    assert list(lombok["entity_name"]) == ["UD Mawar Art Shop", "UD Mawar Art Shop"]
    assert len(facts.concerning(awardees, "52")) == 2 and len(facts.concerning(awardees, None)) == 15
    assert awardees["source_title"].notna().all()
    policy = facts.policy_statements()
    assert len(policy) == 11 and policy["text_id"].notna().all() and policy["text_en"].notna().all()


def test_every_word_of_a_briefing_exists_in_both_languages(demo: tuple[Store, object]) -> None:
    """Metric names of the facts and kinds of the policy statements have strings; the two languages differ."""
    store, dataset = demo
    assert not facts.missing_translations(store.query("SELECT * FROM published_facts")), "notes and metric names"
    policy = facts.policy_statements()
    assert all(f"brief_kind_{k}" in STRINGS for k in policy["kind"])
    assert all(f"brief_program_{p}" in STRINGS for p in policy["program"])
    figures = briefing_figures(store, dataset, resolve_scope("kabupaten_kota", "52.01"))
    docs = {lang: build_document(figures, lang, GENERATED) for lang in ("id", "en")}
    assert docs["id"]["h"] != docs["en"]["h"] and docs["id"]["basis"] != docs["en"]["basis"]
    assert all(text.strip() for text in docs["en"]["h"].values())


@pytest.mark.parametrize(("args", "message"), [
    (["--province", "99"], "Unknown province code '99'"),
    (["--kabupaten-kota", "33"], "Unknown kabupaten/kota code '33'"),
    (["--national", "--dataset", "nope"], "Unknown dataset 'nope'"),
    (["--national", "--from-year", "2020", "--to-year", "2010"], "The start year 2020 is after the end year 2010"),
])
def test_cli_refuses_with_one_line_and_exit_2(args: list[str], message: str, capsys: pytest.CaptureFixture[str],
                                              data_dir: Path, tmp_path: Path) -> None:
    """Unknown codes, datasets or periods: one line on stderr, exit 2, nothing written."""
    dataset = [] if "--dataset" in args else ["--dataset", "demo"]
    out = tmp_path / "b.pdf"
    assert main(["briefing", *args, *dataset, "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1
    assert not out.exists(), "nothing is written"


def test_cli_refuses_a_directory_as_output(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    """--out naming a directory is one clear line and exit 2, not a traceback."""
    assert main(["briefing", "--national", "--dataset", "demo", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert "it is a directory" in err and len(err.splitlines()) == 1


def test_cli_needs_exactly_one_scope(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--national with --province is refused by the parser with exit 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(["briefing", "--national", "--province", "33", "--dataset", "demo", "--out", str(tmp_path / "b.pdf")])
    assert exit_info.value.code == 2
    assert "not allowed with argument --national" in capsys.readouterr().err


@pytest.mark.slow  # typesets PDFs (seconds each)
def test_cli_writes_the_briefing(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    """The CLI writes the PDF whole and leaves no temporary file."""
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "badung.pdf"
    assert main(["briefing", "--kabupaten-kota", "51.03", "--dataset", "demo", "--lang", "en", "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {out}")
    assert "OVOP briefing: Kabupaten Badung" in assert_printable(out.read_bytes())
    assert [p.name for p in out.parent.iterdir()] == ["badung.pdf"], "no temporary file is left"


def test_unknown_scope_is_an_invalid_argument() -> None:
    """A scope other than national, province or kabupaten_kota is refused."""
    with pytest.raises(InvalidArgumentError):
        resolve_scope("desa", "33")


BALI_ONLY = """kode_wilayah,tahun,program,komoditas,bintang,nama_ikm,produk
51.03,2018,kemenperin_ovop_award,makanan_minuman,4,Kopi Pelaga,Kopi
51.71,2024,kemenperin_ovop_award,anyaman,5,Ata Denpasar,Tas ata
"""


@pytest.mark.slow  # typesets PDFs (seconds each)
def test_outside_a_datasets_coverage_the_briefing_says_no_data_not_zero(data_dir: Path) -> None:
    """A Bali-only upload: a Jawa Tengah kab/kota has '–' and no 'no IKM OVOP' claim; a Bali one without
    records has 0 and the Kemenperin target; the national briefing still typesets."""
    from ovop_analytics import ingest

    store = Store(data_dir / "ovop.duckdb")
    parsed = ingest.parse_upload(BALI_ONLY.encode(), "bali.csv")
    ingest.load_parsed(store, parsed, "bali_only", kind="shared", visibility="public")
    dataset = get_dataset(store, "bali_only")
    outside = briefing_figures(store, dataset, resolve_scope("kabupaten_kota", "33.02"))
    assert outside.headline["ikm_ovop"].value is None and outside.stock["ikm_to_end"] is None
    text = assert_printable(briefing_pdf(store, dataset, resolve_scope("kabupaten_kota", "33.02"), "en"))
    assert re.search(r"IKM OVOP awarded\s+–\s+–", text), "no data is printed as '–' (value and rank)"
    assert "No IKM OVOP in this kabupaten/kota yet" not in text
    inside = assert_printable(briefing_pdf(store, dataset, resolve_scope("kabupaten_kota", "51.06"), "en"))
    assert headline_value(inside, "IKM OVOP awarded") == "0"
    assert "No IKM OVOP in this kabupaten/kota yet" in inside
    national = assert_printable(briefing_pdf(store, dataset, resolve_scope("national"), "en"))
    assert "IKM OVOP awarded 2" in national and "OVOP types recorded – " in national, "no type programme: no value"
    assert "Kab/kota with at least one IKM OVOP 2 of 9" in national, "counted within the coverage (Bali)"
