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
        $('play').textContent = (timer ? '❚❚ ' + data.labels.pause : '▶ ' + data.labels.play);
    };
    $('prev').textContent = '◀ ' + data.labels.prev;
    $('next').textContent = data.labels.next + ' ▶';
    $('prev').onclick = () => { setPlaying(false); step(-1); };
    $('next').onclick = () => { setPlaying(false); step(1); };
    $('play').onclick = () => setPlaying(!timer);
    setPlaying(false);
    return () => { if (timer) clearInterval(timer); };
}
