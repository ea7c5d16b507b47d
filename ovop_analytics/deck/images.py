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
from collections.abc import Callable
from typing import Any

import vl_convert

from ovop_analytics import export_images

PNG_SCALE = 1.5  # the 1280x720 layout drawn at 1920x1080
_CACHE: OrderedDict[tuple[str, float], Any] = OrderedDict()  # (spec digest, 0 for SVG or PNG scale) -> drawing
_CACHE_MAX = 32
_LOCK = threading.Lock()


def _remembered(key: tuple[str, float], make: Callable[[], Any]) -> Any:
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    value = make()
    with _LOCK:
        _CACHE[key] = value
        while len(_CACHE) > _CACHE_MAX:
            _CACHE.popitem(last=False)
    return value


def _digest(spec: dict[str, Any]) -> tuple[str, str]:
    text = export_images.image_spec_text(spec)
    return hashlib.sha256(text.encode("utf-8")).hexdigest(), text


def map_svg(spec: dict[str, Any]) -> str:
    """The map as the slide-image export draws it at 1280x720 (title, legend, source line, watermark)."""
    key, text = _digest(spec)
    return _remembered((key, 0.0), lambda: vl_convert.vegalite_to_svg(text, allowed_base_urls=[]))


def map_png(spec: dict[str, Any], scale: float = PNG_SCALE) -> bytes:
    """The map as PNG: 1920x1080 at the default scale (the same drawing as the SVG, rasterised)."""
    key, _ = _digest(spec)
    return _remembered((key, scale), lambda: vl_convert.svg_to_png(map_svg(spec), scale=scale))


def clear_cache() -> None:
    """Forget every drawing (benchmarks measure a first drawing with this)."""
    with _LOCK:
        _CACHE.clear()


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
