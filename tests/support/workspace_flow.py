"""What the workspace browser tests share: a small upload, the private-link message, the upload step and a
server a test can stop and start on its own database copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page

from tests.support.harness import streamlit_server, wait_until_rendered
from tests.support.paths import PROJECT_DIR

SMALL = ("provinsi;kabupaten_kota;tahun;program;nama_ikm\r\n"
         "Jawa Tengah;KAB. BANYUMAS;2019;Kemenkop UKM;UD Satu\r\n"
         "DKI Jakarta;KOTA ADM. JAKARTA TIMUR;2020;Kemenkop UKM;UD Dua\r\n")
PRIVATE_MESSAGE = "dataset ini privat milik pemiliknya"


def upload(page: Page, url: str, file: Path) -> None:
    page.goto(f"{url}/upload")
    wait_until_rendered(page)
    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(file))
    page.get_by_test_id("stFileChip").first.wait_for()
    wait_until_rendered(page)


@pytest.fixture
def own_server(tmp_path: Path, initialised_db: Path):  # noqa: ANN201
    """A server of this test's own, on its own database copy, that the test can stop and start again."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(initialised_db, data / "ovop.duckdb")

    def start():  # noqa: ANN202
        return streamlit_server(PROJECT_DIR / "app.py", env={"OVOP_DATA_DIR": str(data)}, log=tmp_path / "log")
    return start, data
