export default function(component) {
    const { data, parentElement } = component;
    const count = data.count;
    const state = window.__ovopDeck = window.__ovopDeck || {};
    let bar = parentElement.querySelector('.ovop-deck-bar');
    if (!bar) {
        bar = document.createElement('div');
        bar.className = 'ovop-deck-bar';
        for (const [name, symbol] of [['prev', '◀'], ['counter', ''], ['next', '▶'], ['auto', '']]) {
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
