"""Time from `streamlit run` to the Overview fully drawn in headless chromium, side by side with a bare
one-line Streamlit page started the same way in the same run. Prints both, and their ratio (target <= 2.5).

usage: python -m bench.bench_startup [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent

from ovop_analytics.bootstrap import initialise  # noqa: E402

from ovop_analytics.store import Store  # noqa: E402
from tests.support.harness import chromium, streamlit_server, wait_until_rendered  # noqa: E402


def bare_page(directory: Path) -> Path:
    """The baseline of every page benchmark: a one-line Streamlit script in a folder of its own."""
    directory.mkdir(parents=True, exist_ok=True)
    script = directory / "bare.py"
    script.write_text('import streamlit as st\nst.write("Halo")\n')
    return script


def time_to_rendered(browser, script: Path, path: str, env: dict[str, str]) -> float:
    """Seconds from starting the server process to the page reaching its final, quiet state."""
    start = time.monotonic()
    with streamlit_server(script, env=env) as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.goto(url + path)
        rendered = wait_until_rendered(page)
        context.close()
    return rendered - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        t0 = time.monotonic()
        initialise(Store(data_dir / "ovop.duckdb"))
        init_s = time.monotonic() - t0
        bare = bare_page(Path(tmp) / "bare")
        env = {"OVOP_DATA_DIR": str(data_dir)}
        bare_runs, overview = [], []
        with chromium() as browser:
            time_to_rendered(browser, bare, "/", env)  # warm the OS file cache for both
            for _ in range(runs):  # interleaved, so that drift of the machine affects both alike
                bare_runs.append(time_to_rendered(browser, bare, "/", env))
                overview.append(time_to_rendered(browser, PROJECT_DIR / "app.py", "/", env))
    b, o = statistics.median(bare_runs), statistics.median(overview)
    print(f"database init (migrate + reference + demo): {init_s:.2f} s")
    print(f"bare one-line page : median {b:.2f} s  runs {', '.join(f'{x:.2f}' for x in bare_runs)}")
    print(f"Overview page      : median {o:.2f} s  runs {', '.join(f'{x:.2f}' for x in overview)}")
    print(f"ratio Overview / bare: {o / b:.2f}  (target <= 2.5)")


if __name__ == "__main__":
    main()
