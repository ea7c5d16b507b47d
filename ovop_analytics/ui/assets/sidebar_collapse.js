export default function(component) {
    const { data } = component;
    if (window.__ovopSidebarChecked) return;
    window.__ovopSidebarChecked = true;
    if (window.innerWidth >= data.below) return;
    const isChoice = (k) => k.startsWith('stSidebarCollapsed-');
    if (Object.keys(window.localStorage).some(isChoice)) return;
    const attempt = (left) => {
        const sidebar = document.querySelector('[data-testid="stSidebar"]');
        const button = document.querySelector('[data-testid="stSidebarCollapseButton"] button');
        if (sidebar && button && sidebar.getAttribute('data-collapsed') === 'false') {
            button.click();
            setTimeout(() => Object.keys(window.localStorage).filter(isChoice)
                .forEach(k => window.localStorage.removeItem(k)), 300);
        } else if (left > 0) {
            setTimeout(() => attempt(left - 1), 100);
        }
    };
    attempt(30);
}
