"""The test set-up: a missing program gives one line naming its Debian package and the install command
(from tests/run and from a pytest session alike), and tests share helpers only through tests/support/."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import tools
from tests.support.paths import PROJECT_DIR

MISSING = {"OVOP_CHROMIUM": "/nonexistent/chromium"}


def test_a_program_pointed_at_a_missing_file_is_reported_only_for_the_tests_that_use_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OVOP_CHROMIUM", "/nonexistent/chromium")
    assert tools.missing({"tests/browser/test_pages_browser.py", "tests/unit/test_store.py"}) == ["chromium"]
    assert tools.missing({"tests/unit/test_store.py"}) == []
    line = tools.missing_line(["chromium"])
    assert "\n" not in line and "chromium" in line and "apt-get install -y chromium" in line


@pytest.mark.slow
def test_pytest_stops_with_one_line_when_chromium_is_missing() -> None:
    result = subprocess.run([sys.executable, "-m", "pytest", "tests/browser/test_pages_browser.py", "-q",
                             "-p", "no:cacheprovider"], cwd=PROJECT_DIR, capture_output=True, text=True,
                            env={**os.environ, **MISSING}, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == 4, output
    stops = [line for line in output.splitlines() if "missing Debian packages" in line]
    assert len(stops) == 1 and "apt-get install -y chromium" in stops[0]
    assert "Traceback" not in output and "ERROR" not in output and " passed" not in output


@pytest.mark.slow
def test_tests_run_stops_at_once_with_one_line_when_it_may_not_install() -> None:
    result = subprocess.run([str(PROJECT_DIR / "tests" / "run"), "tests/unit"], cwd=PROJECT_DIR,
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, **MISSING, "OVOP_TESTS_APT": "no", "PYTHON": sys.executable})
    assert result.returncode == 4 and result.stdout == ""
    assert result.stderr.strip() == ("tests/run: missing Debian packages: chromium; install them with: "
                                     "sudo apt-get install -y chromium")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_tests_share_helpers_only_through_tests_support() -> None:
    """No test imports another test module or a conftest; bench imports the harness as a package."""
    offenders = []
    for path in sorted([*(PROJECT_DIR / "tests").rglob("*.py"), *(PROJECT_DIR / "bench").glob("*.py")]):
        for name in _imports(path):
            last = name.rpartition(".")[2]
            if name.startswith("tests.") and (last.startswith("test_") or last == "conftest"):
                offenders.append(f"{path.relative_to(PROJECT_DIR)} imports {name}")
        if path.parent.name == "bench" and "sys.path.insert" in path.read_text(encoding="utf-8"):
            offenders.append(f"{path.relative_to(PROJECT_DIR)} changes sys.path")
    assert offenders == []
