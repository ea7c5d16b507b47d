"""The Upload page in chromium: summary, region review, refusal of a bad file, private datasets per session."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from tests.support.browser import screenshot
from tests.support.browser import choose_programme, save_as, upload, write_bps
from tests.support.harness import record_external_requests, wait_until_rendered
from ovop_analytics.store import Store, list_datasets

def test_bps_export_loads_with_every_region_matched(page: Page, app_url: str, tmp_path: Path,
                                                    server_data_dir: Path) -> None:
    upload(page, app_url, write_bps(tmp_path / "bps_ikm_ovop.csv"))
    metrics = {m.get_by_test_id("stMetricLabel").inner_text(): m.get_by_test_id("stMetricValue").inner_text()
               for m in page.get_by_test_id("stMetric").all()}
    assert metrics == {"Baris dibaca": "5", "Baris baik": "5", "Baris bermasalah": "0", "Menunggu wilayah": "0"}
    screenshot(page, "upload_summary")
    save_as(page, "BPS test")
    expect(page.get_by_test_id("stSidebar").get_by_role("combobox")).to_have_value("BPS test")  # selected
    names = {d.name for d in list_datasets(Store(server_data_dir / "ovop.duckdb"), viewer=None)}
    assert "BPS test" not in names  # private: not visible without this session's token


def test_unknown_name_goes_to_review_and_a_corrections_file_resolves_it(page: Page, app_url: str,
                                                                        tmp_path: Path) -> None:
    upload(page, app_url, write_bps(tmp_path / "with_unknown.csv",
                                    ["JAWA TENGAH;KAB. ANTAH BERANTAH;2022;gerabah;2;Sentra Gerabah"]))
    audit = page.get_by_role("heading", name="Periksa pencocokan wilayah")
    expect(audit).to_have_text("Periksa pencocokan wilayah (1, 1 menunggu Anda)")
    expect(page.get_by_role("button", name="Simpan sebagai dataset pribadi")).to_be_disabled()
    screenshot(page, "upload_review")
    corrections = tmp_path / "koreksi.csv"
    corrections.write_text("source_name,level,province,region_code\nKAB. ANTAH BERANTAH,kabupaten_kota,,33.04\n")
    page.get_by_test_id("stFileUploaderDropzoneInput").nth(1).set_input_files(str(corrections))
    page.get_by_test_id("stFileChip").nth(1).wait_for()
    wait_until_rendered(page)
    expect(audit).to_have_text("Periksa pencocokan wilayah (1, 0 menunggu Anda)")
    expect(page.get_by_role("button", name="Simpan sebagai dataset pribadi")).to_be_enabled()


def test_bad_file_is_refused_with_row_column_and_value(page: Page, app_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "salah.csv"
    bad.write_text("provinsi,tahun,bintang,program\nJawa Tengah,2019/2020,7,kemenkop_ovop\n"
                   "Atlantis,2018,3,kemenkop_ovop\n")
    upload(page, app_url, bad, programme=False)
    expect(page.get_by_role("heading", name="Perbaiki baris bermasalah (1)")).to_be_visible()
    problems = page.get_by_test_id("stDataFrame").filter(has_text="2019/2020")
    expect(problems).to_have_count(1)
    expect(problems).to_contain_text("rentang tahun: tulis satu tahun per baris")  # beside its cell
    expect(page.get_by_role("heading", name="Periksa pencocokan wilayah (1, 1 menunggu Anda)")).to_be_visible()
    expect(page.get_by_role("button", name="Simpan sebagai dataset pribadi")).to_be_disabled()
    screenshot(page, "upload_error")


def test_markup_in_a_file_is_shown_as_text(page: Page, app_url: str, tmp_path: Path) -> None:
    """A name with Markdown/HTML is displayed literally and triggers no request (the fixture checks)."""
    name = "![x](http://example.com/x.png) <img src=http://example.com/y> **tebal**"
    upload(page, app_url, write_bps(tmp_path / "markup.csv", [f"JAWA TENGAH;{name};2018;gerabah;3;UD Uji"]))
    expect(page.get_by_role("heading", name="Periksa pencocokan wilayah (1, 1 menunggu Anda)")).to_be_visible()
    expect(page.get_by_text(name, exact=False).first).to_be_visible()  # shown as the text it is
    expect(page.locator("img[src*='example.com']")).to_have_count(0)
    expect(page.locator("strong", has_text="tebal")).to_have_count(0)


def test_two_sessions_upload_at_once_and_see_only_their_own(browser: Browser, app_url: str, tmp_path: Path,
                                                           server_data_dir: Path) -> None:
    files = {"Sesi A": write_bps(tmp_path / "a.csv"),
             "Sesi B": write_bps(tmp_path / "b.csv", ["BALI;KAB. GIANYAR;2022;anyaman;4;UD Bali Anyam"])}
    pages, externals = {}, []
    for name in files:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        pages[name] = context.new_page()
        externals.append(record_external_requests(pages[name]))
    # Playwright's sync API is not thread-safe: interleave the two sessions' steps instead.
    for name in files:
        pages[name].goto(f"{app_url}/upload")
    for name, file in files.items():
        wait_until_rendered(pages[name])
        pages[name].get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(file))
    for name in files:
        pages[name].get_by_test_id("stFileChip").first.wait_for()
        wait_until_rendered(pages[name])
        choose_programme(pages[name])
    for name in files:
        save_as(pages[name], name)
    for name, page in pages.items():
        other = next(n for n in files if n != name)
        page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").click()
        options = [o.inner_text() for o in page.get_by_role("option").all()]
        assert name in options and other not in options, options
        page.keyboard.press("Escape")
        page.context.close()
    stored = {d.name: d for d in list_datasets(Store(server_data_dir / "ovop.duckdb"), viewer=None)}
    assert "Sesi A" not in stored and "Sesi B" not in stored  # neither is public
    assert not any(externals)
