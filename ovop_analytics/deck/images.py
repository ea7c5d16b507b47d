"""The deck's map drawings: SVG from the existing slide-image export (vl-convert, offline), PNG from that SVG.

A map is drawn once per process for a given spec: the HTML file and the PowerPoint of the same deck, and
the next download of it, reuse the drawing (keyed by the spec's text, so only the same numbers on the
same shapes hit; bounded).
"""

from __future__ import annotations

import hashlib
import re
from html import escape
import threading
from collections import OrderedDict
from typing import Any

import vl_convert

from ovop_analytics import export_images

PNG_SCALE = 1.5  # the 1280x720 layout drawn at 1920x1080
_SVG_CACHE: OrderedDict[str, str] = OrderedDict()
_SVG_CACHE_MAX = 24
_LOCK = threading.Lock()


def map_svg(spec: dict[str, Any]) -> str:
    """The map as the slide-image export draws it at 1280x720 (title, legend, source line, watermark)."""
    text = export_images.image_spec_text(spec)
    key = hashlib.sha256(text.encode("utf-8")).hexdigest()
    with _LOCK:
        if key in _SVG_CACHE:
            _SVG_CACHE.move_to_end(key)
            return _SVG_CACHE[key]
    svg = vl_convert.vegalite_to_svg(text, allowed_base_urls=[])
    with _LOCK:
        _SVG_CACHE[key] = svg
        while len(_SVG_CACHE) > _SVG_CACHE_MAX:
            _SVG_CACHE.popitem(last=False)
    return svg


def map_png(spec: dict[str, Any], scale: float = PNG_SCALE) -> bytes:
    """The map as PNG: 1920x1080 at the default scale."""
    return vl_convert.svg_to_png(map_svg(spec), scale=scale)


def inline_svg(svg: str, prefix: str, label: str) -> str:
    """An SVG ready to sit inside an HTML page beside others: its ids made unique with `prefix` (several
    inline drawings would otherwise share clip-path ids), scaled to its box, labelled for screen readers."""
    svg = re.sub(r'\bid="([^"]+)"', lambda m: f'id="{prefix}-{m.group(1)}"', svg)
    svg = re.sub(r'url\(#([^)]+)\)', lambda m: f'url(#{prefix}-{m.group(1)})', svg)
    svg = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{prefix}-{m.group(1)}"', svg)
    head_end = svg.index(">")
    head = svg[:head_end]
    head = re.sub(r'\s(width|height)="[^"]*"', "", head, count=2)
    head += f' width="100%" height="100%" preserveAspectRatio="xMidYMid meet" role="img" aria-label="{escape(label)}"'
    return head + svg[head_end:]
