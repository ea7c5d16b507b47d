"""Streamlit helpers of presentation mode and the map timeline: two small local components (no network,
no iframe) and the slide styling of charts.

Streamlit has no key events, so navigation runs in the browser: every slide is drawn once, stacked in
one place, and the deck component shows one at a time. It listens on the document for the arrow keys
and PageDown/PageUp (what presentation clickers send), draws the on-screen buttons and the slide number,
keeps `?slide=N` in the address and runs the optional auto-advance. A slide change is a CSS switch in
the page, never a server round trip. The timeline player steps a Vega map's frame parameter (its
radio buttons) the same way.
"""

from __future__ import annotations

import copy
import re
import textwrap

import plotly.graph_objects as go
import streamlit as st

SLIDE_KEY = "pres_slide_"
CHART_FONT_PX = 18  # chart text on a slide at 1280x720
TITLE_FONT_PX = 26

_DECK_JS = """
export default function(component) {
    const { data, parentElement } = component;
    const count = data.count;
    const state = window.__ovopDeck = window.__ovopDeck || {};
    let bar = parentElement.querySelector('.ovop-deck-bar');
    if (!bar) {
        bar = document.createElement('div');
        bar.className = 'ovop-deck-bar';
        for (const [name, symbol] of [['prev', '\u25C0'], ['counter', ''], ['next', '\u25B6'], ['auto', '']]) {
            const el = document.createElement(name === 'counter' ? 'span' : 'button');
            el.dataset.role = name;
            if (symbol) el.textContent = symbol;
            bar.appendChild(el);
        }
        parentElement.appendChild(bar);
    }
    const $ = (role) => bar.querySelector(`[data-role="${role}"]`);
    $('prev').title = data.labels.prev; $('prev').setAttribute('aria-label', data.labels.prev);
    $('next').title = data.labels.next; $('next').setAttribute('aria-label', data.labels.next);
    const fromUrl = parseInt(new URLSearchParams(window.location.search).get('slide') || '1', 10);
    if (state.count !== count || !state.slide) state.slide = Number.isFinite(fromUrl) ? fromUrl : 1;
    state.count = count;
    const show = (n) => {
        state.slide = Math.min(Math.max(n, 1), count);
        document.body.dataset.presSlide = String(state.slide);
        $('counter').textContent = `${state.slide} / ${count}`;
        const url = new URL(window.location.href);
        url.searchParams.set('slide', String(state.slide));
        window.history.replaceState(window.history.state, '', url);
    };
    const step = (d) => show(state.slide + d);
    // Text fields (the province search, a selectbox's input) keep their keys; a radio or list of a
    // slide's round selector does not: PageDown/ArrowRight always step the deck.
    const typing = (t) => t && !t.closest?.('[class*="st-key-pres_slide_"]') && (t.isContentEditable
        || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT'
        || (t.tagName === 'INPUT' && !['radio', 'checkbox', 'button', 'range'].includes(t.type)));
    const onKey = (e) => {
        if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
        if (['ArrowRight', 'PageDown', 'ArrowDown'].includes(e.key)) { step(1); }
        else if (['ArrowLeft', 'PageUp', 'ArrowUp'].includes(e.key)) { step(-1); }
        else if (e.key === 'Home') { show(1); }
        else if (e.key === 'End') { show(count); }
        else return;
        e.preventDefault(); e.stopPropagation();
    };
    $('prev').onclick = () => step(-1);
    $('next').onclick = () => step(1);
    // Streamlit calls this function again on every rerun that changes its data (auto-advance, provinces,
    // language) without a cleanup in between: the timer and the key listener live in `state`, so there
    // is exactly one of each whatever the number of reruns.
    const setAuto = (on) => {
        if (state.timer) { clearInterval(state.timer); state.timer = null; }
        if (on && data.interval > 0) {
            state.timer = setInterval(() => { if (state.slide >= count) setAuto(false); else step(1); },
                                      data.interval * 1000);
        }
        $('auto').textContent = state.timer ? data.labels.stop : data.labels.auto;
        $('auto').style.display = data.interval > 0 ? '' : 'none';
    };
    $('auto').onclick = () => setAuto(!state.timer);
    setAuto(data.interval > 0 && data.autostart);
    state.onKey = onKey;
    if (!state.listener) {
        state.listener = (e) => state.onKey && state.onKey(e);
        document.addEventListener('keydown', state.listener, true);  // capture: before any widget
    }
    // A rerun follows a choice in the settings (provinces, auto-advance, language): give the keys back
    // to the deck, so the next PageDown steps a slide instead of moving inside the field.
    bar.tabIndex = -1;
    const active = document.activeElement;
    if (active && active !== document.body && typing(active)) active.blur();
    if (!active || active === document.body || typing(active)) bar.focus({ preventScroll: true });
    show(state.slide);
    return () => {  // only the latest call's cleanup stops the deck (an older one may run after it)
        if (state.onKey !== onKey) return;
        state.onKey = null;
        if (state.timer) { clearInterval(state.timer); state.timer = null; }
    };
}
"""

_DECK_CSS = """
.ovop-deck-bar { display: flex; gap: 10px; align-items: center; font-size: 20px; }
.ovop-deck-bar button { font-size: 20px; min-width: 48px; height: 44px; border-radius: 8px;
    border: 1px solid #bbb; background: #fff; cursor: pointer; padding: 0 12px; }
.ovop-deck-bar button:hover { background: #eef; }
.ovop-deck-bar span { min-width: 72px; text-align: center; font-variant-numeric: tabular-nums; }
"""

_PLAYER_JS = """
export default function(component) {
    const { data, parentElement } = component;
    let bar = parentElement.querySelector('.ovop-player');
    if (!bar) {
        bar = document.createElement('div');
        bar.className = 'ovop-player';
        for (const role of ['prev', 'play', 'next']) {
            const b = document.createElement('button');
            b.dataset.role = role;
            bar.appendChild(b);
        }
        parentElement.appendChild(bar);
    }
    const $ = (role) => bar.querySelector(`[data-role="${role}"]`);
    const scope = () => document.querySelector('.st-key-' + data.scope);
    const inputs = () => {
        const box = scope();
        if (!box) return null;
        const radios = [...box.querySelectorAll('.vega-bindings input[type="radio"]')];
        if (radios.length) return { radios };
        const select = box.querySelector('.vega-bindings select');
        return select ? { select } : null;
    };
    const position = () => {
        const i = inputs();
        if (!i) return [0, 0];
        if (i.radios) return [i.radios.findIndex(r => r.checked), i.radios.length];
        return [i.select.selectedIndex, i.select.options.length];
    };
    const go = (index) => {
        const i = inputs();
        if (!i) return;
        if (i.radios) { i.radios[index].click(); }
        else { i.select.selectedIndex = index; i.select.dispatchEvent(new Event('change', { bubbles: true })); }
    };
    const step = (d) => { const [at, n] = position(); if (n) go((at + d + n) % n); };
    let timer = null;
    const setPlaying = (on) => {
        if (timer) { clearInterval(timer); timer = null; }
        if (on) {
            const [at, n] = position();
            if (at >= n - 1) go(0);
            timer = setInterval(() => {
                const [now, total] = position();
                if (now >= total - 1) setPlaying(false); else go(now + 1);
            }, data.interval_ms);
        }
        $('play').textContent = (timer ? '\u275A\u275A ' + data.labels.pause : '\u25B6 ' + data.labels.play);
    };
    $('prev').textContent = '\u25C0 ' + data.labels.prev;
    $('next').textContent = data.labels.next + ' \u25B6';
    $('prev').onclick = () => { setPlaying(false); step(-1); };
    $('next').onclick = () => { setPlaying(false); step(1); };
    $('play').onclick = () => setPlaying(!timer);
    setPlaying(false);
    return () => { if (timer) clearInterval(timer); };
}
"""

_PLAYER_CSS = """
.ovop-player { display: flex; gap: 8px; flex-wrap: wrap; }
.ovop-player button { font-size: 16px; height: 38px; border-radius: 8px; border: 1px solid #bbb;
    background: #fff; cursor: pointer; padding: 0 14px; }
.ovop-player button[data-role="play"] { font-weight: 600; min-width: 110px; }
.ovop-player button:hover { background: #eef; }
"""

_deck = st.components.v2.component("ovop_deck", js=_DECK_JS, css=_DECK_CSS, isolate_styles=False)
_player = st.components.v2.component("ovop_timeline_player", js=_PLAYER_JS, css=_PLAYER_CSS, isolate_styles=False)


def deck_controls(count: int, labels: dict[str, str], interval_s: int, autostart: bool) -> None:
    """The deck's keyboard listener, buttons, slide number and auto-advance (0 s: off)."""
    _deck(data={"count": count, "labels": labels, "interval": interval_s, "autostart": autostart},
          key="pres_deck_controls")


def timeline_player(scope: str, labels: dict[str, str], interval_ms: int = 1200) -> None:
    """Play/pause and step buttons for the timeline map inside the container keyed `scope`."""
    _player(data={"scope": scope, "labels": labels, "interval_ms": interval_ms}, key=f"{scope}_player")


def deck_css(count: int) -> str:
    """Page-only CSS of presentation mode: no sidebar, header or toolbar; every slide fixed to the
    viewport and hidden unless it is the current one. Holds no user text."""
    shown = ",\n".join(f'body[data-pres-slide="{i}"] .st-key-{SLIDE_KEY}{i}' for i in range(1, count + 1))
    return f"""<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"] {{ display: none !important; }}
[data-testid="stMain"] {{ overflow: hidden !important; }}
[class*="st-key-{SLIDE_KEY}"] {{ position: fixed !important; inset: 0; z-index: 10; background: #ffffff;
    padding: 18px 40px 64px 40px; overflow: hidden; visibility: hidden; gap: 0.6rem; }}
body:not([data-pres-slide]) .st-key-{SLIDE_KEY}1,
{shown} {{ visibility: visible; z-index: 11; }}
[class*="st-key-{SLIDE_KEY}"] h1 {{ font-size: 40px; line-height: 1.15; padding: 0 0 4px 0; }}
[class*="st-key-{SLIDE_KEY}"] h2 {{ font-size: 34px; line-height: 1.15; padding: 0 0 2px 0; }}
[class*="st-key-{SLIDE_KEY}"] [data-testid="stMetricValue"], [class*="st-key-{SLIDE_KEY}"] [data-testid="stMetricValue"] * {{
    font-size: 56px !important; line-height: 1.15 !important; overflow: visible !important; white-space: normal !important; }}
[class*="st-key-{SLIDE_KEY}"] [data-testid="stHeading"] {{ margin-bottom: 6px; }}
[class*="st-key-{SLIDE_KEY}"] [data-testid="stMetric"] * {{ white-space: normal !important; text-overflow: clip !important; }}
[class*="st-key-{SLIDE_KEY}"] [data-testid="stText"] {{ font-size: 20px; }}
.vega-bindings, .vega-bindings * {{ font-size: 18px !important; }}
[class*="st-key-{SLIDE_KEY}"] [data-testid="stMetricLabel"] p {{ font-size: 20px; white-space: normal; }}
[class*="st-key-{SLIDE_KEY}"] [data-testid="stMetricDelta"] div, [class*="st-key-{SLIDE_KEY}"] [data-testid="stMetricDelta"] p {{ font-size: 18px; white-space: normal; }}
[class*="st-key-{SLIDE_KEY}"] [data-testid="stCaptionContainer"] {{ font-size: 18px; }}
[class*="st-key-{SLIDE_KEY}"] [data-testid="stMarkdownContainer"] p, [class*="st-key-{SLIDE_KEY}"] li {{ font-size: 20px; }}
[class*="st-key-{SLIDE_KEY}"] .stVegaLiteChart details, [class*="st-key-{SLIDE_KEY}"] .vega-embed summary {{ display: none; }}
.st-key-pres_badge {{ position: fixed !important; top: 10px; right: 24px; z-index: 20; width: auto !important; }}
.st-key-pres_badge p {{ color: #b00020; font-weight: 700; font-size: 18px; letter-spacing: 0.04em; }}
.st-key-pres_bar {{ position: fixed !important; bottom: 8px; right: 24px; z-index: 20; width: auto !important; }}
.st-key-pres_setup {{ position: fixed !important; bottom: 8px; left: 24px; z-index: 20; width: auto !important; }}
</style>"""


def slide_figure(fig: go.Figure, height: int, wrap: int = 72, lines: int = 3) -> go.Figure:
    """A copy of a page chart with projector-sized text (18 px, titles 26 px) at a fixed height; the
    source line is rewrapped for the slide's width and the watermark enlarged."""
    out = go.Figure(copy.deepcopy(fig.to_dict()))  # a page chart may be shared by all sessions (ui.SharedFigure)
    margin = out.layout.margin
    source_lines = 0
    annotations = []
    for note in out.layout.annotations:
        note = copy.deepcopy(note)
        if note.yanchor == "top" and note.y == 0 and note.x == 0 and note.yshift:  # the source line (charts.finish)
            words = re.sub(r"<br>", " ", note.text)
            parts = textwrap.wrap(words, wrap)[:lines]
            note.text = "<br>".join(parts)
            note.yshift = note.yshift - 26
            note.font.size = CHART_FONT_PX
            source_lines = len(parts)
            bottom = -note.yshift + 24 * source_lines + 8
        elif note.textangle == -18:  # the watermark
            note.font.size = 44
        elif note.font and (note.font.size or 0) < CHART_FONT_PX:
            note.font.size = CHART_FONT_PX
        annotations.append(note)
    out.layout.annotations = annotations
    out.update_layout(font={"size": CHART_FONT_PX}, height=height,
                      title={"font": {"size": TITLE_FONT_PX}},
                      legend={"font": {"size": CHART_FONT_PX}},
                      margin={"l": max(margin.l or 0, 10), "r": 20, "t": max(margin.t or 0, 64) + 16,
                              "b": bottom if source_lines else 110})
    if out.layout.title.subtitle and out.layout.title.subtitle.text:
        out.update_layout(title={"subtitle": {"font": {"size": CHART_FONT_PX}}})
    # A vertical axis title longer than the plot is high would run into the chart title: wrap it to the
    # plot's height (about 10 px a character at 18 px).
    plot_height = height - out.layout.margin.t - out.layout.margin.b
    title = out.layout.yaxis.title.text
    if title and "<br>" not in title and len(title) * 10 > plot_height:
        out.layout.yaxis.title.text = "<br>".join(textwrap.wrap(title, max(10, plot_height // 10)))
    return out
