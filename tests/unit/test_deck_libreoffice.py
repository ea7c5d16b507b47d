"""The PowerPoint opens in LibreOffice Impress: converted to PDF headless (Debian `libreoffice-impress`,
installed by .ci/run), one page per slide, each page rendered to PNG by pdftoppm and none of them blank."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from ovop_analytics.deck import build_deck
from ovop_analytics.deck.pptx import deck_pptx
from ovop_analytics.geo import install_boundaries
from ovop_analytics.store import Store, get_dataset
from tests.support.paths import BOUNDARIES_DIR
from tests.support.tools import TOOLS

pytestmark = pytest.mark.slow
SOFFICE = next(tool for tool in TOOLS if tool.package == "libreoffice-impress").path() or "soffice"


def _ink(path: Path) -> float:
    """The share of pixels that are not (near) white."""
    image = Image.open(path).convert("L")
    histogram = image.histogram()
    return 1 - sum(histogram[245:]) / (image.width * image.height)


def test_libreoffice_converts_the_pptx_and_no_page_is_blank(store: Store, tmp_path: Path) -> None:
    install_boundaries(BOUNDARIES_DIR / "idn_provinces.geojson")
    deck = build_deck(store, get_dataset(store, "demo"), "id", ["33"])
    source = tmp_path / "presentasi.pptx"
    source.write_bytes(deck_pptx(deck))
    # A private LibreOffice profile: no clash with another instance, nothing left in $HOME.
    result = subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                            capture_output=True, text=True, timeout=300)
    pdf = tmp_path / "presentasi.pdf"
    assert result.returncode == 0 and pdf.exists(), result.stderr
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=120)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) == len(deck.slides) == 9
    for page in pages:
        width, height = Image.open(page).size
        assert abs(width / height - 16 / 9) < 0.02, page.name
        assert _ink(page) > 0.02, f"{page.name} is blank"
