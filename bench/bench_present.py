"""Presenting, timed in headless chromium on a warm server, beside a bare Streamlit app in the same run.

- slide change: a key press until the next slide is shown (target: median < 0.5 s, worst of 20 < 1 s);
- timeline frame: the player's step button until the map shows the next round (same targets);
- page switch from the sidebar: Overview <-> Provinces, beside a bare two-page app switched the same way
  (target: at most 1.5x the bare switch), with the browser's main-thread time per switch;
- province change: the Provinces page's scorecard picker (a fragment) until it is drawn again (reported);
- image export of the national kabupaten/kota map on the server, PNG 1920x1080 (target < 1 s).
Installs the shared boundary files (../shared/data/boundaries) into a temporary data directory.
usage: python -m bench.bench_present [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent

from ovop_analytics import export_images, geo, metrics  # noqa: E402
from ovop_analytics.charts import maps  # noqa: E402
from ovop_analytics.charts.classify import classify  # noqa: E402
from ovop_analytics.i18n import t  # noqa: E402
from ovop_analytics.bootstrap import initialise  # noqa: E402
from ovop_analytics.store import Store, list_datasets  # noqa: E402
from ovop_analytics.ui.present import SLIDE_KEY  # noqa: E402
from tests.support.harness import chromium, streamlit_server, wait_until_rendered  # noqa: E402

BOUNDARIES = PROJECT_DIR.parent / "shared" / "data" / "boundaries"
BARE_APP = """import streamlit as st
st.navigation([st.Page(lambda: st.write("a"), title="Alpha", url_path="alpha"),
               st.Page(lambda: st.write("b"), title="Beta", url_path="beta")]).run()
"""


def bare_app(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    script = directory / "bare_app.py"
    script.write_text(BARE_APP)
    return script


def summary(name: str, runs: list[float], target: str) -> str:
    return (f"{name:<34}: median {statistics.median(runs):.3f} s  worst {max(runs):.3f} s  ({target})  "
            f"n={len(runs)}")


def slide_changes(browser, url: str, runs: int) -> list[float]:
    """Key presses alternating ArrowRight and PageDown (ArrowLeft/PageUp back at the end of the deck)."""
    page = browser.new_page(viewport={"width": 1280, "height": 720})
    page.goto(f"{url}/present?provinces=33,35")
    wait_until_rendered(page)
    count = int(page.locator('.ovop-deck-bar [data-role="counter"]').inner_text().split("/")[1])
    times, slide, direction = [], 1, 1
    for i in range(runs):
        if not 1 <= slide + direction <= count:
            direction = -direction
        slide += direction
        key = ("ArrowRight", "PageDown")[i % 2] if direction > 0 else ("ArrowLeft", "PageUp")[i % 2]
        start = time.monotonic()
        page.keyboard.press(key)
        page.wait_for_function(
            """([n, key]) => document.querySelector('.ovop-deck-bar [data-role="counter"]').textContent.startsWith(n + ' /')
               && getComputedStyle(document.querySelector('.st-key-' + key + n)).visibility === 'visible'""",
            arg=[slide, SLIDE_KEY], polling="raf")
        times.append(time.monotonic() - start)
    page.close()
    return times


def timeline_frames(browser, url: str, runs: int) -> list[float]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{url}/map")
    wait_until_rendered(page)
    box = page.locator(".st-key-map_timeline")
    box.scroll_into_view_if_needed()
    subtitle = "() => document.querySelector('.st-key-map_timeline .role-title-subtitle text').textContent"
    times = []
    for _ in range(runs):
        before = page.evaluate(subtitle)
        start = time.monotonic()
        box.locator('.ovop-player [data-role="next"]').click()
        page.wait_for_function(f"(before) => ({subtitle})() !== before", arg=before, polling="raf")
        times.append(time.monotonic() - start)
    page.close()
    return times


def page_switches(browser, url: str, pages: dict[str, str], runs: int) -> tuple[list[float], list[float]]:
    """Sidebar link clicks alternating between two pages, each until the target page's `pages[name]` text
    (its h1, or the bare page's whole text) is on screen and the page is drawn. Waiting for the text
    first matters for the bare app: its pages have one element each, so the harness alone cannot tell
    the old page from the new one and often returned before the switch had even started.
    Also returns the browser's main-thread time per switch (Chrome's TaskDuration: script, style,
    layout, paint), to tell the browser's drawing from the server and the network."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    page.goto(url)
    wait_until_rendered(page)
    first, second = list(pages)
    times, busy = [], []
    for i in range(runs):
        target = (second, first)[i % 2]
        link = page.get_by_test_id("stSidebarNav").get_by_role("link", name=target, exact=True)
        before = _main_thread_s(cdp)
        start = time.monotonic()
        link.click()
        page.wait_for_function(
            """(text) => { const main = document.querySelector('[data-testid="stMain"]');
                           const h1 = main && main.querySelector('h1');
                           return !!main && (h1 ? h1.innerText : main.innerText).trim() === text; }""",
            arg=pages[target], polling="raf")
        times.append(wait_until_rendered(page, quiet_s=0.3) - start)
        busy.append(_main_thread_s(cdp) - before)
    page.close()
    return times, busy


def _main_thread_s(cdp) -> float:
    metrics = cdp.send("Performance.getMetrics")["metrics"]
    return next(m["value"] for m in metrics if m["name"] == "TaskDuration")


def province_changes(browser, url: str, runs: int) -> list[float]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(f"{url}/provinces")
    wait_until_rendered(page)
    names = ["35 · Jawa Timur", "32 · Jawa Barat", "33 · Jawa Tengah", "73 · Sulawesi Selatan"]
    picker = page.get_by_test_id("stSelectbox").filter(has_text="Pilih provinsi").get_by_role("combobox")
    times = []
    for i in range(runs):
        picker.click()
        picker.fill(names[i % len(names)].split(" · ")[1])  # the list is virtual: filter it first
        option = page.get_by_role("option", name=names[i % len(names)], exact=True)
        option.wait_for()
        start = time.monotonic()
        option.click()
        # the new province's table heading first (see page_switches), then the drawn page
        page.get_by_text(t("kabkota_table", "id", region=names[i % len(names)].split(" · ")[1]),
                         exact=True).wait_for()
        times.append(wait_until_rendered(page, quiet_s=0.3) - start)
    page.close()
    return times


def map_export(store: Store, runs: int = 5) -> dict[str, list[float]]:
    """The national kabupaten/kota map as the Map page builds it, exported in each format."""
    dataset = next(d for d in list_datasets(store) if d.name == "demo")
    values = metrics.region_metrics(store, dataset.id, "kabupaten_kota", ("ikm_ovop",))
    import pandas as pd

    frame = pd.DataFrame({"code": values["region_code"], "name": values["region_name"],
                          "value": pd.to_numeric(values["ikm_ovop"].astype(object), errors="coerce").astype(float)})
    from ovop_analytics.charts import Provenance

    spec = maps.choropleth(geo.shared_display_layer("kabupaten_kota", overview=True), frame,
                           classify(frame["value"], integer=True), title="IKM OVOP, Seluruh Indonesia, 2007-2024",
                           metric_label="IKM OVOP", provenance=Provenance("demo", dataset.source, True), lang="id")
    export_images.vega_image(spec, export_images.FORMATS["png_1280"])  # first call starts vl-convert's engine
    out: dict[str, list[float]] = {}
    for key, image_format in export_images.FORMATS.items():
        out[key] = []
        for _ in range(runs):
            start = time.monotonic()
            export_images.vega_image(spec, image_format)
            out[key].append(time.monotonic() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        os.environ["OVOP_DATA_DIR"] = str(data_dir)
        store = Store(data_dir / "ovop.duckdb")
        initialise(store)
        for name in ("idn_provinces.geojson", "idn_kabupaten_kota.geojson"):
            geo.install_boundaries(BOUNDARIES / name)
        env = {"OVOP_DATA_DIR": str(data_dir)}
        with chromium() as browser, streamlit_server(bare_app(Path(tmp) / "bare"), env=env) as bare_url, \
                streamlit_server(PROJECT_DIR / "app.py", env=env) as app_url:
            for path in ("/", "/present?provinces=33,35", "/map", "/provinces"):  # warm: imports, caches
                page = browser.new_page()
                page.goto(f"{app_url}{path}")
                wait_until_rendered(page)
                page.close()
            bare_pages = {"Alpha": "a", "Beta": "b"}
            app_pages = {"Ringkasan": t("overview_title", "id"), "Provinsi": t("provinces_title", "id")}
            page_switches(browser, bare_url, bare_pages, 2)
            bare, bare_busy = page_switches(browser, bare_url, bare_pages, args.runs)
            switch, switch_busy = page_switches(browser, app_url, app_pages, args.runs)
            slides = slide_changes(browser, app_url, args.runs)
            frames = timeline_frames(browser, app_url, args.runs)
            provinces = province_changes(browser, app_url, args.runs)
        exports = map_export(store)
    print("warm server, headless chromium; median and worst of each series")
    print(summary("slide change (key press)", slides, "target: median < 0.5 s, worst < 1 s"))
    print(summary("timeline frame (step button)", frames, "target: median < 0.5 s, worst < 1 s"))
    print(summary("bare page switch (sidebar)", bare, "reference"))
    ratio = statistics.median(switch) / statistics.median(bare)
    print(summary("page switch Overview<->Provinces", switch, f"ratio to bare {ratio:.2f}, target <= 1.5"))
    print(summary("  browser main thread, bare", bare_busy, "reported"))
    print(summary("  browser main thread, Overview", switch_busy[1::2], "reported"))
    print(summary("  browser main thread, Provinces", switch_busy[0::2], "reported"))
    print(summary("province change (scorecard)", provinces, "reported"))
    for key, runs in exports.items():
        print(summary(f"national kab/kota map image {key}", runs, "target < 1 s"))


if __name__ == "__main__":
    main()
