// Accessibility of the page shell (issue 22), applied after every script run and every DOM change:
// - <html lang> is the interface language (Streamlit's index.html says "en" whatever the app shows;
//   upstream streamlit/streamlit#15726);
// - a "skip to main content" link is the first thing Tab reaches; it moves focus to the main area;
// - Streamlit's sidebar navigation puts a <div> per section (its header and <li> links) directly in the
//   <ul>, which is not a list to assistive technology (axe `list`, `listitem`): the <ul> becomes a
//   container (role="none") and each section a list named by its header, so a screen reader announces
//   "Jelajahi, list, 8 items"; the <nav> is named in the interface language;
// - the small bar chart Streamlit draws inside a KPI (st.metric chart_data) is an SVG "image" without a
//   name: its numbers are in the chart and table below it, so it is hidden from assistive technology.
// Only attributes are set (React owns these nodes and keeps them); nothing is moved or removed.
export default function(component) {
    const { data } = component;
    window.__ovopA11y = data;
    const apply = () => {
        const texts = window.__ovopA11y;
        const root = document.documentElement;
        if (root.lang !== texts.lang) root.lang = texts.lang;

        const main = document.querySelector('[data-testid="stMain"]');
        if (main) {
            if (main.id !== 'ovop-main') main.id = 'ovop-main';
            if (main.getAttribute('tabindex') !== '-1') main.setAttribute('tabindex', '-1');
        }
        let skip = document.getElementById('ovop-skip-link');
        if (!skip) {
            skip = document.createElement('a');
            skip.id = 'ovop-skip-link';
            skip.href = '#ovop-main';
            skip.addEventListener('click', (event) => {
                event.preventDefault();
                const target = document.getElementById('ovop-main');
                if (target) {
                    target.focus();
                    target.scrollTo({ top: 0 });
                }
            });
            document.body.insertBefore(skip, document.body.firstChild);
        }
        if (skip.textContent !== texts.skip) skip.textContent = texts.skip;

        const nav = document.querySelector('[data-testid="stSidebarNav"]');
        if (nav) {
            if (nav.getAttribute('aria-label') !== texts.nav) nav.setAttribute('aria-label', texts.nav);
            const list = nav.querySelector('[data-testid="stSidebarNavItems"]');
            if (list && [...list.children].some((child) => child.tagName !== 'LI')) {
                if (list.getAttribute('role') !== 'none') list.setAttribute('role', 'none');
                for (const section of list.children) {
                    if (section.tagName === 'LI') continue;
                    if (section.getAttribute('role') !== 'list') section.setAttribute('role', 'list');
                    const header = section.querySelector('[data-testid="stNavSectionHeader"]');
                    if (header) {
                        const name = header.textContent.replace(/expand_(more|less)/g, '').trim();
                        if (section.getAttribute('aria-label') !== name) section.setAttribute('aria-label', name);
                        if (header.getAttribute('aria-hidden') !== 'true') header.setAttribute('aria-hidden', 'true');
                    }
                }
            }
        }
        for (const svg of document.querySelectorAll('[data-testid="stMetric"] svg.marks')) {
            if (svg.getAttribute('aria-hidden') !== 'true') svg.setAttribute('aria-hidden', 'true');
        }
    };
    apply();
    if (!window.__ovopA11yObserver) {
        let queued = false;
        window.__ovopA11yObserver = new MutationObserver(() => {
            if (queued) return;
            queued = true;
            requestAnimationFrame(() => { queued = false; apply(); });
        });
        window.__ovopA11yObserver.observe(document.body, { childList: true, subtree: true });
    }
}
