"""Helpers of the browser tests: full-height screenshots and the steps of an upload (used by several files)."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from tests.support.harness import wait_until_rendered
from tests.support.paths import SCREENSHOTS

def screenshot(page: Page, name: str) -> Path:
    """A full-height screenshot (Streamlit scrolls inside its own container, so grow the viewport)."""
    SCREENSHOTS.mkdir(exist_ok=True)
    height = page.evaluate("""() => {
        const main = document.querySelector('[data-testid="stMain"]') || document.body;
        return Math.max(main.scrollHeight, document.body.scrollHeight); }""")
    page.set_viewport_size({"width": 1400, "height": min(max(int(height) + 40, 800), 8000)})
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


BPS_ROWS = [
    "Tabel 1. IKM OVOP menurut kabupaten/kota;;;;;",
    "PROVINSI;KABUPATEN/KOTA;TAHUN;KOMODITAS;BINTANG;NAMA IKM",
    "JAWA TENGAH;KAB. BANYUMAS;2018;Makanan & Minuman;4;UD Sari Rasa",
    "DI YOGYAKARTA;KOTA YOGYAKARTA;2018;batik;5 bintang;Batik Winotosastro",
    "KEP. BANGKA BELITUNG;KAB. BANGKA;2022;anyaman;3;KUB Purun Jaya",
    "JAWA BARAT;KAB. GARUT;2018;mamin;5;PT Tama Cokelat Indonesia",
    "NUSA TENGGARA BARAT;LOMBOK BARAT;2015;anyaman;5;UD Mawar Art Shop",
]


def write_bps(path: Path, extra: list[str] = ()) -> Path:
    """A BPS-style export: semicolons, a title row, names in capitals, Windows-1252."""
    path.write_bytes(("\r\n".join(BPS_ROWS + list(extra)) + "\r\n").encode("cp1252"))
    return path


def choose_programme(page: Page) -> None:
    page.get_by_test_id("stSelectbox").filter(has_text="Program").click()
    page.get_by_role("option").filter(has_text="penghargaan").click()
    wait_until_rendered(page)


def upload(page: Page, app_url: str, file: Path, programme: bool = True) -> None:
    page.goto(f"{app_url}/upload")
    wait_until_rendered(page)
    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(file))
    page.get_by_test_id("stFileChip").first.wait_for()
    wait_until_rendered(page)
    if programme:
        choose_programme(page)


def save_as(page: Page, name: str) -> None:
    page.get_by_test_id("stTextInput").filter(has_text="Nama dataset").locator("input").fill(name)
    page.keyboard.press("Enter")
    wait_until_rendered(page)
    page.get_by_role("button", name="Simpan sebagai dataset pribadi").click()
    wait_until_rendered(page)
    expect(page.get_by_text("Dataset tersimpan (").first).to_be_visible()
