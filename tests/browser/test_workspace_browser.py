"""The researchers' workspace in chromium: an upload that lasts (reload, new tab, server restart) and that
another browser cannot reach, even when it saves a dataset of the same name; the 200-row messy file fixed in
the grid, reconciled and saved in Bahasa
Indonesia; a corrections table downloaded after 'accept all' that re-applies on the next upload."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from ovop_analytics.store import Store, list_datasets
from tests.support.browser import screenshot
from tests.support.harness import record_external_requests, wait_until_rendered
from tests.fixtures.messy import messy_file
from tests.support.workspace_flow import PRIVATE_MESSAGE, SMALL, upload
from tests.support.browser import save_as

OTHER = ("provinsi;kabupaten_kota;tahun;program;nama_ikm\r\n"
         "Jawa Timur;KAB. MALANG;2021;Kemenkop UKM;UD Milik Orang Lain\r\n")


def exported_csv(page: Page, url: str, name: str = "penelitian_ikm") -> str:
    """The dataset a link names, as the Upload page's CSV download gives it to this browser."""
    page.goto(f"{url}/upload?dataset={name}")
    wait_until_rendered(page)
    expect(page.get_by_test_id("stSidebar").get_by_role("combobox")).to_have_value(name)
    with page.expect_download() as download:
        page.get_by_role("button", name="Unduh CSV", exact=True).click()
    return Path(download.value.path()).read_text(encoding="utf-8-sig")


def picker_options(page: Page) -> list[str]:
    page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").click()
    options = [option.inner_text() for option in page.get_by_role("option").all()]
    page.keyboard.press("Escape")
    return options


def grid_cell(page: Page, column: int, row: int = 0) -> None:
    """Select a cell of the (canvas-drawn) edit grid by keyboard from its first cell."""
    grid = page.locator("[data-testid=stDataFrame]:visible").first
    grid.scroll_into_view_if_needed()
    grid.click(position={"x": 30, "y": 52 + 34 * row})
    time.sleep(0.3)
    for _ in range(column):
        page.keyboard.press("ArrowRight")
    time.sleep(0.3)


def type_into(page: Page, column: int, text: str) -> None:
    grid_cell(page, column)
    page.keyboard.press("Enter")
    time.sleep(0.3)
    page.keyboard.press("Control+a")
    page.keyboard.type(text)
    time.sleep(0.3)
    page.keyboard.press("Enter")
    time.sleep(0.5)
    wait_until_rendered(page)


def toggle(page: Page, column: int) -> None:
    grid_cell(page, column)
    page.keyboard.press("Space")
    time.sleep(0.5)
    wait_until_rendered(page)


def test_an_upload_lasts_across_reload_tab_and_restart_and_stays_private(browser: Browser, own_server,  # noqa: ANN001
                                                                        tmp_path: Path) -> None:
    start, data = own_server
    file = tmp_path / "penelitian_ikm.csv"
    file.write_bytes(SMALL.encode("cp1252"))
    mine = browser.new_context(viewport={"width": 1440, "height": 900})
    other = browser.new_context(viewport={"width": 1440, "height": 900})
    page, stranger = mine.new_page(), other.new_page()
    external = record_external_requests(page) + record_external_requests(stranger)
    with start() as url:
        upload(page, url, file)
        save_as(page, "penelitian_ikm")
        # (the default page is opened at /, as the app's own links have it: a second session opening
        # /overview by name gets Streamlit's 'Page not found' dialog, in main too)
        link = f"{url}/?dataset=penelitian_ikm"
        page.goto(link)  # a reload of the shared view
        wait_until_rendered(page)
        expect(page.get_by_test_id("stSidebar").get_by_role("combobox")).to_have_value("penelitian_ikm")
        expect(page.get_by_text(PRIVATE_MESSAGE)).to_have_count(0)
        tab = mine.new_page()
        tab.goto(f"{url}/workspace")
        wait_until_rendered(tab)
        expect(tab.get_by_test_id("stExpander").filter(has_text="penelitian_ikm")).to_have_count(1)
        expect(tab.get_by_test_id("stAlertContentError")).to_have_count(0)  # the whole page ran
        with tab.expect_download() as download:  # the key that carries the workspace to another browser
            tab.get_by_role("button", name="Unduh kunci").click()
        key_file = Path(download.value.path()).read_text(encoding="utf-8")
        assert re.search(r"^[0-9a-f]{32}$", key_file, re.M) and "Kunci ruang kerja" in key_file
        screenshot(tab, "workspace_id")
        tab.close()
        stranger.goto(f"{url}/provinces?dataset=penelitian_ikm")  # another person follows a link
        wait_until_rendered(stranger)
        expect(stranger.get_by_text(PRIVATE_MESSAGE)).to_be_visible()
        wait_until_rendered(stranger)
        assert "penelitian_ikm" not in picker_options(stranger)
        stranger.goto(f"{url}/workspace")
        wait_until_rendered(stranger)
        expect(stranger.get_by_test_id("stExpander").filter(has_text="penelitian_ikm")).to_have_count(0)
        expect(stranger.get_by_text("Belum ada dataset di ruang kerja ini")).to_be_visible()
        # The stranger saves a dataset of the SAME name: allowed (a refusal would tell them that someone
        # has one), and each person sees, opens and downloads only their own under that name.
        theirs = tmp_path / "survei_lain.csv"
        theirs.write_bytes(OTHER.encode("cp1252"))
        upload(stranger, url, theirs)
        save_as(stranger, "penelitian_ikm")
        stranger.goto(link)  # the owner's view link, opened by the stranger: their own dataset of that name
        wait_until_rendered(stranger)
        expect(stranger.get_by_test_id("stSidebar").get_by_role("combobox")).to_have_value("penelitian_ikm")
        expect(stranger.get_by_text(PRIVATE_MESSAGE)).to_have_count(0)
        assert picker_options(stranger).count("penelitian_ikm") == 1
        text = exported_csv(stranger, url)
        assert "UD Milik Orang Lain" in text and "UD Satu" not in text and "UD Dua" not in text
        text = exported_csv(page, url)
        assert "UD Satu" in text and "UD Dua" in text and "UD Milik Orang Lain" not in text
        stranger.goto(f"{url}/workspace")
        wait_until_rendered(stranger)
        expander = stranger.get_by_test_id("stExpander").filter(has_text="penelitian_ikm")
        expect(expander).to_have_count(1)
        expander.click()
        expect(expander.get_by_text("survei_lain.csv")).to_be_visible()
        expect(stranger.get_by_text("penelitian_ikm.csv")).to_have_count(0)
    with start() as url:  # the server restarted: same browser, same workspace
        page.goto(f"{url}/provinces?dataset=penelitian_ikm")
        wait_until_rendered(page)
        expect(page.get_by_test_id("stSidebar").get_by_role("combobox")).to_have_value("penelitian_ikm")
        assert "penelitian_ikm" in picker_options(page)
        assert picker_options(page).count("penelitian_ikm") == 1
        assert "UD Milik Orang Lain" not in exported_csv(page, url)
    stored = [d for d in list_datasets(Store(data / "ovop.duckdb"), viewer=None) if d.name == "penelitian_ikm"]
    assert stored == []  # private: invisible without the workspace
    mine.close()
    other.close()
    assert not external, external


def test_the_messy_file_is_fixed_reconciled_and_saved_in_the_browser(page: Page, app_url: str, tmp_path: Path,
                                                                     server_data_dir: Path) -> None:
    file = tmp_path / "penelitian_ikm.csv"
    file.write_bytes(messy_file())
    upload(page, app_url, file)
    heading = page.get_by_role("heading", name="Perbaiki baris bermasalah")
    expect(heading).to_have_text("Perbaiki baris bermasalah (6)")
    expect(page.get_by_role("button", name="Simpan sebagai dataset pribadi")).to_be_disabled()
    screenshot(page, "edit_grid_id")
    type_into(page, 10, "5")  # row 13: stars 'lima'
    expect(heading).to_have_text("Perbaiki baris bermasalah (5)")
    type_into(page, 6, "2019")  # row 15: year '2019/2020'
    expect(heading).to_have_text("Perbaiki baris bermasalah (4)")
    toggle(page, 1)  # row 199 repeats row 23: drop it
    toggle(page, 1)  # row 200: drop
    toggle(page, 2)  # row 201: a separate record
    toggle(page, 2)  # row 202: a separate record
    expect(heading).to_have_count(0)
    expect(page.get_by_text("2 sel diubah, 2 baris dihapus, 2 baris ditandai catatan terpisah")).to_be_visible()

    audit = page.get_by_role("heading", name="Periksa pencocokan wilayah")
    expect(audit).to_have_text("Periksa pencocokan wilayah (3, 1 menunggu Anda)")
    expect(page.get_by_text("KAB. BANYUMAAS")).to_be_visible()  # a fuzzy match taken automatically, still listed
    screenshot(page, "reconciliation_id")
    choices = page.get_by_test_id("stMain").get_by_role("combobox").all()
    bandung = next(choice for choice in choices if choice.input_value() == "Kabupaten Bandung (32.04)")
    bandung.click()
    page.keyboard.type("Kota Bandung")
    page.get_by_role("option", name="Kota Bandung (32.73)").click()
    wait_until_rendered(page)
    page.get_by_role("button", name="Konfirmasi pilihan di atas").click()
    wait_until_rendered(page)
    expect(audit).to_have_text("Periksa pencocokan wilayah (3, 0 menunggu Anda)")
    with page.expect_download() as download:
        page.get_by_role("button", name="Unduh berkas yang sudah diperbaiki (CSV)").click()
    corrected = Path(download.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert len(corrected) == 1 + 198
    save_as(page, "penelitian_ikm_bersih")
    store = Store(server_data_dir / "ovop.duckdb")
    loaded = store.query("""SELECT count(*) AS n, count(*) FILTER (WHERE region_match = 'person') AS person,
                                   count(*) FILTER (WHERE region_code = '32.73') AS kota_bandung
                            FROM ovop_records r JOIN datasets d ON d.id = r.dataset_id
                            WHERE d.name = 'penelitian_ikm_bersih'""").iloc[0].to_dict()
    # the three listed names (Banyumaas, Purbalinga, Bandung) were confirmed by the person: 46 rows
    assert loaded == {"n": 198, "person": 46, "kota_bandung": 15}
    edits = store.query("SELECT e.edits FROM dataset_edits e JOIN datasets d ON d.id = e.dataset_id "
                        "WHERE d.name = 'penelitian_ikm_bersih'")["edits"][0]
    assert '"dropped_rows": [199, 200]' in edits and '"from": "lima", "to": "5"' in edits


def test_corrections_downloaded_after_accept_all_reapply_on_the_next_upload(page: Page, app_url: str,
                                                                           tmp_path: Path) -> None:
    file = tmp_path / "nama.csv"
    file.write_text("provinsi;kabupaten_kota;tahun;program\nJawa Tengah;Kab. Banyumass Raya;2019;Kemenkop UKM\n"
                    "Jawa Barat;Bandung;2019;Kemenkop UKM\n", encoding="utf-8")
    upload(page, app_url, file)
    audit = page.get_by_role("heading", name="Periksa pencocokan wilayah")
    expect(audit).to_contain_text("menunggu Anda")
    page.get_by_role("button", name="Terima semua saran").click()
    wait_until_rendered(page)
    expect(audit).to_contain_text("0 menunggu Anda")
    with page.expect_download() as download:  # still offered after accepting everything
        page.get_by_role("button", name="Unduh tabel koreksi (CSV)").click()
    table = tmp_path / "koreksi.csv"
    shutil.copy(download.value.path(), table)
    assert table.read_text(encoding="utf-8-sig").count(",corrected,") == 2
    page.reload()
    upload(page, app_url, file)
    page.get_by_test_id("stFileUploaderDropzoneInput").nth(1).set_input_files(str(table))
    page.get_by_test_id("stFileChip").nth(1).wait_for()
    wait_until_rendered(page)
    expect(audit).to_contain_text("0 menunggu Anda")
    expect(page.get_by_role("button", name="Simpan sebagai dataset pribadi")).to_be_enabled()
