"""Slide-ready images of charts and maps: PNG at 1920x1080 or 1280x720 and SVG, made offline.

Maps (Vega-Lite specs) are drawn on the server with vl-convert (no browser, no network; the data is
inline in the spec). A spec is laid out at 1280x720 with its text enlarged for a projector, and the
1920x1080 PNG is the same layout drawn at 1.5x, so both sizes read alike. Plotly charts are exported by
plotly.js in the browser: `plotly_image_options` gives the settings of its camera button, laid out the
same way.

Used by the pages (download buttons), presentation mode and the briefing work. Plotly charts are laid
out at 960x540 and drawn at 2x or 4/3, so their text is as large on the slide as the maps'.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import vl_convert

LAYOUT = (1280, 720)  # maps are laid out at this size (16:9), their text enlarged by FONT_SCALE
FONT_SCALE = 1.6  # map text at the layout size: legend labels 19 px, title 26 px
# Plotly charts keep the page's layout (12 px text) and are laid out at 960x540, then drawn at 2x for
# 1920x1080 and 4/3 for 1280x720: text of 24 px and 16 px, legend and source line where the page has them.
PLOTLY_LAYOUT = (960, 540)


@dataclass(frozen=True)
class ImageFormat:
    """One downloadable image: its key, file extension, pixel size and scale over the 1280x720 layout."""

    key: str
    extension: str
    width: int
    height: int
    scale: float

    @property
    def mime(self) -> str:
        return "image/svg+xml" if self.extension == "svg" else "image/png"


FORMATS: dict[str, ImageFormat] = {
    "png_1920": ImageFormat("png_1920", "png", 1920, 1080, 1.5),
    "png_1280": ImageFormat("png_1280", "png", 1280, 720, 1.0),
    "svg": ImageFormat("svg", "svg", 1280, 720, 1.0),
}

_SCALED_KEYS = {"fontSize", "labelFontSize", "titleFontSize", "subtitleFontSize", "labelLimit", "titleLimit",
                "offset"}


def file_name(title: str, dataset: str, image_format: ImageFormat, synthetic: bool = False) -> str:
    """A file name from the chart's title and the dataset: `ikm-ovop-jawa-tengah_demo_SINTETIS_1920x1080.png`."""
    def slug(text: str) -> str:
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80] or "chart"

    size = "" if image_format.extension == "svg" else f"_{image_format.width}x{image_format.height}"
    suffix = "_SINTETIS" if synthetic else ""
    return f"{slug(title)}_{slug(dataset)}{suffix}{size}.{image_format.extension}"


def scale_text(node: Any, factor: float) -> Any:
    """A copy of a spec tree with every font size and text limit multiplied by `factor` (symbol areas by
    its square), expressions and data left alone."""
    if isinstance(node, list):
        return [scale_text(item, factor) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "data":
            out[key] = value
        elif key in _SCALED_KEYS and isinstance(value, (int, float)):
            out[key] = round(value * factor, 1)
        elif key == "symbolSize" and isinstance(value, (int, float)):
            out[key] = round(value * factor * factor)
        else:
            out[key] = scale_text(value, factor)
    return out


def slide_spec(spec: dict[str, Any], width: int = LAYOUT[0], height: int = LAYOUT[1],
               font_scale: float = FONT_SCALE) -> dict[str, Any]:
    """The map spec laid out to exactly `width` x `height` pixels, title, legend and source line inside,
    text enlarged by `font_scale` for a projector."""
    out = scale_text(copy.copy(spec), font_scale)
    padding = dict(spec.get("padding") or {})
    out["padding"] = {"left": 16, "right": 16, "top": 12, "bottom": max(int(padding.get("bottom", 30) * font_scale), 40)}
    out["width"], out["height"] = width, height
    out["autosize"] = {"type": "fit", "contains": "padding"}
    out.setdefault("background", "#ffffff")
    return out


def vega_image(spec: dict[str, Any], image_format: ImageFormat) -> bytes:
    """PNG or SVG bytes of a Vega-Lite map at the format's size, drawn offline by vl-convert."""
    laid_out = slide_spec(spec)
    if image_format.extension == "svg":
        return vl_convert.vegalite_to_svg(laid_out, allowed_base_urls=[]).encode("utf-8")
    return vl_convert.vegalite_to_png(laid_out, scale=image_format.scale, allowed_base_urls=[])


def plotly_image_options(title: str, dataset: str, image_format: ImageFormat,
                         synthetic: bool = False) -> dict[str, Any]:
    """plotly.js's camera-button settings (`config["toImageButtonOptions"]`) for one image format: laid
    out at 960x540 and drawn at the scale that gives the format's size, named from the chart's title and
    dataset."""
    name = file_name(title, dataset, image_format, synthetic).rsplit(".", 1)[0]
    scale = 1 if image_format.extension == "svg" else image_format.width / PLOTLY_LAYOUT[0]
    return {"format": image_format.extension, "filename": name, "width": PLOTLY_LAYOUT[0],
            "height": PLOTLY_LAYOUT[1], "scale": scale}
