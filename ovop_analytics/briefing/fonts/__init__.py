"""The briefing's bundled font: DejaVu Sans (Bitstream Vera licence, see LICENSE-DejaVu.txt), copied
unchanged from Debian's fonts-dejavu-core. Typst and vl-convert read only this directory, so every
machine typesets and embeds the same glyphs."""

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent
FONT_FAMILY = "DejaVu Sans"
