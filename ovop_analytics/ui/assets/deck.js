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
    const typing = (t) => t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
    const onKey = (e) => {
        if (typing(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
        if (['ArrowRight', 'PageDown', 'ArrowDown'].includes(e.key)) { step(1); e.preventDefault(); }
        else if (['ArrowLeft', 'PageUp', 'ArrowUp'].includes(e.key)) { step(-1); e.preventDefault(); }
        else if (e.key === 'Home') { show(1); e.preventDefault(); }
        else if (e.key === 'End') { show(count); e.preventDefault(); }
    };
    $('prev').onclick = () => step(-1);
    $('next').onclick = () => step(1);
    let timer = null;
    const setAuto = (on) => {
        if (timer) { clearInterval(timer); timer = null; }
        if (on && data.interval > 0) {
            timer = setInterval(() => { if (state.slide >= count) setAuto(false); else step(1); },
                                data.interval * 1000);
        }
        $('auto').textContent = timer ? data.labels.stop : data.labels.auto;
        $('auto').style.display = data.interval > 0 ? '' : 'none';
    };
    $('auto').onclick = () => setAuto(!timer);
    setAuto(data.interval > 0 && data.autostart);
    document.addEventListener('keydown', onKey);
    show(state.slide);
    return () => {
        document.removeEventListener('keydown', onKey);
        if (timer) clearInterval(timer);
    };
}
