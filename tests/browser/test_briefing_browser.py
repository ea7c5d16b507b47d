"""The briefing buttons in chromium: the kabupaten/kota and province scorecards download their PDF, offline."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.support.harness import wait_until_rendered


def download_pdf(page: Page, label: str) -> tuple[str, bytes]:
    button = page.get_by_test_id("stDownloadButton").filter(has_text=label).first
    expect(button).to_be_visible()
    with page.expect_download(timeout=60_000) as info:
        button.click()
    download = info.value
    path = download.path()
    return download.suggested_filename, open(path, "rb").read()


@pytest.mark.parametrize(("path", "label", "title", "file_name"), [
    ("kabkota?kabkota=52.01&lang=en", "Download PDF briefing", "OVOP briefing: Kabupaten Lombok Barat",
     "demo_briefing_52.01_2007-2024_en_SINTETIS.pdf"),
    ("provinces?province=33", "Unduh briefing PDF", "Briefing OVOP: Jawa Tengah", "demo_briefing_33_id_SINTETIS.pdf"),
])
def test_scorecard_button_downloads_the_briefing(page: Page, app_url: str, path: str, label: str, title: str,
                                                 file_name: str) -> None:
    """The scorecard's button downloads a 1-2 page PDF of that region, offline."""
    page.goto(f"{app_url}/{path}")
    wait_until_rendered(page)
    assert page.get_by_test_id("stException").count() == 0
    name, data = download_pdf(page, label)
    assert name == file_name
    reader = PdfReader(io.BytesIO(data))
    assert 1 <= len(reader.pages) <= 2
    assert title in reader.pages[0].extract_text()
