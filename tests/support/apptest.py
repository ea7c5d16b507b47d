"""Running the app in Streamlit's AppTest: the page list and how a test opens one page."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.support.paths import PROJECT_DIR

PAGES = sorted(p.relative_to(PROJECT_DIR).as_posix() for p in (PROJECT_DIR / "pages").glob("*.py"))


def run_page(page: str, **state: str) -> AppTest:
    """Run app.py, then switch to `page`; `state` presets widget values (the keys bound to the URL)."""
    app = AppTest.from_file(str(PROJECT_DIR / "app.py"), default_timeout=120)
    for key, value in state.items():
        app.session_state[key] = value
    app.run()
    if page != "pages/overview.py":
        app.switch_page(page).run()
    return app
