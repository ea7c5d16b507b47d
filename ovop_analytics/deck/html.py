"""The deck as one self-contained HTML file: opens by double-click from a USB stick, with no network.

Everything is inline: plotly.js from the installed plotly package (charts keep their hover values), the
maps as SVG drawn by the slide-image export (vl-convert), the numbers as JSON, the styles and the
navigation script. No font, image or script is fetched: the file makes no request.

Navigation is the live deck's: arrow keys, PageDown/PageUp (a presentation clicker), Home/End, the
on-screen buttons, the slide number, and `#slide=N` in the address. Text from names and files is
escaped (HTML text, never markup).
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path
from typing import Any

import plotly
import plotly.io as pio

from ovop_analytics.deck.images import inline_svg, map_svg
from ovop_analytics.deck.model import ChartData, Deck, Slide
from ovop_analytics.i18n import t

PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
_plotly_js_text: str | None = None

_CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; overflow: hidden; background: #ffffff; color: #1a1a1a;
  font-family: "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
.slide { position: fixed; inset: 0; display: none; flex-direction: column; gap: 10px;
  padding: 18px 40px 8px 40px; overflow: hidden; }
.slide.current { display: flex; }
.slide h1 { font-size: 40px; line-height: 1.15; margin: 0; padding-right: 300px; }
.slide h2 { font-size: 34px; line-height: 1.15; margin: 0; padding-right: 300px; }
.subtitle { font-size: 20px; color: #444; margin: 0; }
.kpis { display: grid; grid-template-columns: repeat(var(--kpi-columns, 2), minmax(0, 1fr)); gap: 14px; }
.kpi { border: 1px solid #d0d0d0; border-radius: 10px; padding: 12px 18px; min-width: 0; }
.kpi .label { font-size: 20px; color: #333; }
.kpi .value { font-size: 56px; line-height: 1.15; font-weight: 600; font-variant-numeric: tabular-nums; }
.kpi .note { font-size: 17px; color: #555; }
.kpi-slide .kpi .value { font-size: 64px; }
.row { display: flex; gap: 20px; flex: 1 1 0; min-height: 0; }
.row .kpis { --kpi-columns: 1; flex: 0 0 30%; align-content: start; }
.row .kpi .value { font-size: 44px; }
.chart, .map { flex: 1 1 0; min-height: 0; min-width: 0; position: relative; }
.chart > div { position: absolute; inset: 0; }
.map svg { display: block; }
.frames { position: absolute; inset: 0; }
.frames > .frame { position: absolute; inset: 0; display: none; }
.frames > .frame.current { display: block; }
.player { display: flex; gap: 10px; align-items: center; font-size: 20px; }
.player button, .bar button { font-size: 18px; height: 42px; border-radius: 8px; border: 1px solid #bbb;
  background: #fff; cursor: pointer; padding: 0 14px; color: #1a1a1a; }
.player button:hover, .bar button:hover { background: #eef; }
.player .frame-label { font-weight: 600; }
.notice { font-size: 20px; background: #eef4fb; border-radius: 8px; padding: 10px 14px; margin: 0; }
.lines p { font-size: 20px; margin: 0 0 6px 0; }
.details { font-size: 14px; color: #333; columns: 2; column-gap: 28px; }
.details p { margin: 0 0 4px 0; break-inside: avoid; overflow-wrap: anywhere; }
.details p:first-child { font-weight: 600; font-size: 16px; }
.source { margin: auto 0 0 0; padding-right: 350px; min-height: 46px; font-size: 15px; color: #555;
  overflow-wrap: anywhere; flex: 0 0 auto; }
.watermark { position: absolute; left: 50%; top: 52%; transform: translate(-50%, -50%) rotate(-18deg);
  font-size: 72px; font-weight: 700; color: #b00020; opacity: 0.10; pointer-events: none; white-space: nowrap; }
.badge { position: fixed; top: 10px; right: 24px; z-index: 20; color: #b00020; font-weight: 700; font-size: 18px;
  letter-spacing: 0.04em; }
.bar { position: fixed; bottom: 8px; right: 24px; z-index: 20; display: flex; gap: 8px; align-items: center; }
.bar .counter { font-size: 20px; min-width: 80px; text-align: center; font-variant-numeric: tabular-nums; }
@media (max-width: 1100px) { .slide { padding-left: 28px; padding-right: 28px; } }
"""

_JS = """
(function () {
  const slides = Array.from(document.querySelectorAll('.slide'));
  const count = slides.length;
  const figures = JSON.parse(document.getElementById('deck-figures').textContent);
  const bar = document.querySelector('.bar');
  const counter = bar.querySelector('.counter');
  const drawn = new Set();
  let current = 0;
  const config = { responsive: true, displaylogo: false, displayModeBar: false };
  function draw(slide) {
    slide.querySelectorAll('.chart > div[data-figure]').forEach((el) => {
      const key = el.dataset.figure;
      if (!drawn.has(key)) {
        drawn.add(key);
        Plotly.newPlot(el, figures[key].data, figures[key].layout, config);
      } else {
        Plotly.Plots.resize(el);
      }
    });
  }
  function fromHash() {
    const m = /slide=(\\d+)/.exec(window.location.hash || '');
    return m ? parseInt(m[1], 10) : 0;
  }
  function show(n) {
    n = Math.min(Math.max(n || 1, 1), count);
    slides.forEach((s, i) => s.classList.toggle('current', i === n - 1));
    current = n;
    document.body.dataset.slide = String(n);
    counter.textContent = n + ' / ' + count;
    if (fromHash() !== n) {
      try { history.replaceState(null, '', '#slide=' + n); } catch (e) { window.location.hash = 'slide=' + n; }
    }
    draw(slides[n - 1]);
  }
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (['ArrowRight', 'PageDown', 'ArrowDown', ' '].includes(e.key)) { show(current + 1); e.preventDefault(); }
    else if (['ArrowLeft', 'PageUp', 'ArrowUp'].includes(e.key)) { show(current - 1); e.preventDefault(); }
    else if (e.key === 'Home') { show(1); e.preventDefault(); }
    else if (e.key === 'End') { show(count); e.preventDefault(); }
  });
  bar.querySelector('[data-role="first"]').onclick = () => show(1);
  bar.querySelector('[data-role="prev"]').onclick = () => show(current - 1);
  bar.querySelector('[data-role="next"]').onclick = () => show(current + 1);
  bar.querySelector('[data-role="last"]').onclick = () => show(count);
  window.addEventListener('hashchange', () => { const n = fromHash(); if (n && n !== current) show(n); });
  document.querySelectorAll('.player').forEach((player) => {
    const frames = Array.from(document.querySelectorAll('#' + player.dataset.frames + ' > .frame'));
    const label = player.querySelector('.frame-label');
    const play = player.querySelector('[data-role="play"]');
    let at = frames.length - 1, timer = null;
    const go = (i) => {
      at = (i + frames.length) % frames.length;
      frames.forEach((f, j) => f.classList.toggle('current', j === at));
      label.textContent = frames[at].dataset.label;
    };
    const setPlaying = (on) => {
      if (timer) { clearInterval(timer); timer = null; }
      if (on) {
        if (at >= frames.length - 1) go(0);
        timer = setInterval(() => { if (at >= frames.length - 1) setPlaying(false); else go(at + 1); }, 1200);
      }
      play.textContent = timer ? play.dataset.pause : play.dataset.play;
    };
    player.querySelector('[data-role="prev"]').onclick = () => { setPlaying(false); go(at - 1); };
    player.querySelector('[data-role="next"]').onclick = () => { setPlaying(false); go(at + 1); };
    play.onclick = () => setPlaying(!timer);
    go(at);
    setPlaying(false);
  });
  window.addEventListener('resize', () => draw(slides[current - 1]));
  show(fromHash() || 1);
})();
"""


def _plotly_js() -> str:
    """plotly.min.js of the installed plotly (read once per process)."""
    global _plotly_js_text
    if _plotly_js_text is None:
        _plotly_js_text = PLOTLY_JS.read_text(encoding="utf-8")
    return _plotly_js_text


def _script_json(value: Any) -> str:
    """JSON text safe inside a <script> element: every '<' escaped, so no '</script' or '<!--' can end it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _is_source_note(note: dict[str, Any]) -> bool:
    return note.get("yanchor") == "top" and note.get("y") == 0 and note.get("x") == 0 and bool(note.get("yshift"))


def figure_json(chart: ChartData) -> dict[str, Any]:
    """The slide's plotly figure for the browser: sized by its box (the slide's free height), the source
    line moved out of the chart into the slide's footer (HTML text, which wraps to any width)."""
    figure = json.loads(pio.to_json(chart.figure, validate=False, remove_uids=True))
    layout = figure.setdefault("layout", {})
    notes = [note for note in layout.get("annotations", []) if not _is_source_note(note)]
    layout["annotations"] = notes
    layout.pop("height", None)
    layout["autosize"] = True
    ticks = [str(v) for trace in figure.get("data", []) for v in (trace.get("x") or []) if isinstance(v, str)]
    bottom = 96 if any("<br>" in tick for tick in ticks) else 72
    layout["margin"] = {**layout.get("margin", {}), "b": bottom, "r": 24}
    return figure


def _kpis(slide: Slide, columns: int) -> str:
    cells = []
    for kpi in slide.kpis:
        note = f'<div class="note">{escape(kpi.note)}</div>' if kpi.note else ""
        cells.append(f'<div class="kpi"><div class="label">{escape(kpi.label)}</div>'
                     f'<div class="value">{escape(kpi.value)}</div>{note}</div>')
    return f'<div class="kpis" style="--kpi-columns: {columns}">{"".join(cells)}</div>'


def _map(slide: Slide, number: int, lang: str) -> str:
    assert slide.map is not None
    frames = slide.map.frames
    label = t("deck_map_alt", lang, title=slide.map.title)
    if len(frames) == 1:
        return f'<div class="map">{inline_svg(map_svg(frames[0].spec), f"s{number}", label)}</div>'
    box = f"s{number}-frames"
    drawings = "".join(
        f'<div class="frame" data-label="{escape(frame.label)}">'
        f'{inline_svg(map_svg(frame.spec), f"s{number}f{i}", label + " · " + frame.label)}</div>'
        for i, frame in enumerate(frames))
    play, pause = "\u25B6 " + t("pres_play", lang), "\u275A\u275A " + t("pres_pause", lang)
    player = (f'<div class="player" data-frames="{box}">'
              f'<button data-role="prev">\u25C0 {escape(t("pres_previous", lang))}</button>'
              f'<button data-role="play" data-play="{escape(play)}" data-pause="{escape(pause)}">{escape(play)}</button>'
              f'<button data-role="next">{escape(t("pres_next", lang))} \u25B6</button>'
              f'<span class="frame-label"></span></div>')
    return f'{player}<div class="map"><div class="frames" id="{box}">{drawings}</div></div>'


def _slide(deck: Deck, slide: Slide, number: int, figures: dict[str, Any]) -> str:
    lang = deck.lang
    heading = "h1" if number == 1 else "h2"
    parts = [f"<{heading}>{escape(slide.title)}</{heading}>"] if slide.show_title else []
    if slide.subtitle:
        parts.append(f'<p class="subtitle">{escape(slide.subtitle)}</p>')
    chart = ""
    if slide.chart is not None:
        key = f"s{number}"
        figures[key] = figure_json(slide.chart)
        chart = f'<div class="chart"><div data-figure="{key}"></div></div>'
    if slide.chart is not None and slide.kpis and len(slide.kpis) <= 2:
        parts.append(f'<div class="row">{_kpis(slide, 1)}{chart}</div>')  # KPIs beside the chart
    else:
        if slide.kpis:
            parts.append(_kpis(slide, 4 if slide.chart is not None else 2))
        if chart:
            parts.append(f'<div class="row">{chart}</div>')
    if slide.map is not None:
        parts.append(_map(slide, number, lang))
    parts += [f'<p class="notice">{escape(text)}</p>' for text in slide.notices]
    if slide.lines or slide.made:
        lines = (*slide.lines, slide.made) if slide.made else slide.lines
        parts.append('<div class="lines">' + "".join(f"<p>{escape(line)}</p>" for line in lines) + "</div>")
    if slide.details:
        parts.append('<div class="details">' + "".join(f"<p>{escape(line)}</p>" for line in slide.details) + "</div>")
    if slide.source and (slide.map is None or not slide.map.carries_source):
        parts.append(f'<p class="source">{escape(slide.source)}</p>')
    if deck.synthetic and slide.chart is None and slide.map is None:  # charts and maps carry their own
        parts.append(f'<div class="watermark" aria-hidden="true">{escape(deck.watermark)}</div>')
    kind = "kpi-slide" if slide.kpis and slide.chart is None and slide.map is None else ""
    label = t("deck_slide_label", lang, n=number, count=len(deck.slides))
    return (f'<section class="slide {kind}" id="slide-{number}" data-key="{escape(slide.key)}" '
            f'aria-label="{escape(label + ": " + slide.title)}">{"".join(parts)}</section>')


def deck_html(deck: Deck) -> bytes:
    """The whole deck as one HTML document (UTF-8 bytes)."""
    figures: dict[str, Any] = {}
    slides = "".join(_slide(deck, slide, n, figures) for n, slide in enumerate(deck.slides, start=1))
    lang = deck.lang
    badge = f'<div class="badge">{escape(deck.watermark)}</div>' if deck.synthetic else ""
    buttons = [("first", "\u25C0\u25C0", t("deck_first", lang)), ("prev", "\u25C0", t("pres_previous", lang)),
               ("counter", "", ""), ("next", "\u25B6", t("pres_next", lang)), ("last", "\u25B6\u25B6", t("deck_last", lang))]
    bar = "".join(f'<span class="counter" aria-live="polite" title="{escape(t("deck_keys_hint", lang))}"></span>'
                  if role == "counter" else
                  f'<button data-role="{role}" title="{escape(label)}" aria-label="{escape(label)}">{symbol}</button>'
                  for role, symbol, label in buttons)
    title = f"{deck.title} · {deck.dataset}"
    document = (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="OVOP Analytics {escape(deck.version)}">'
        f"<title>{escape(title)}</title><style>{_CSS}</style>"
        f"<script>{_plotly_js()}</script></head>"
        f"<body>{badge}<main>{slides}</main><nav class=\"bar\">{bar}</nav>"
        f'<script type="application/json" id="deck-figures">{_script_json(figures)}</script>'
        f"<script>{_JS}</script></body></html>\n")
    return document.encode("utf-8")
