"""The programs outside Python that the tests drive, the Debian package of each, and which tests need them.

Standard library only: `tests/run` asks it what is missing before anything is installed
(`python -m tests.support.tools` prints the missing packages), and the pytest session hook in
tests/conftest.py stops a run that selected tests whose programs are missing with one line naming the
packages and the command that installs them, instead of one error per test.

A new program: one line in TOOLS (its package, a variable, where it is, the tests that use it).
Each program's path can be pointed elsewhere with an environment variable (e.g. OVOP_CHROMIUM); a variable
pointing at a missing file is how the tests check this message.
"""

from __future__ import annotations

import glob
import os
import shutil
import sys
from dataclasses import dataclass
from fnmatch import fnmatch


@dataclass(frozen=True)
class Tool:
    package: str  # the Debian package that provides it
    env: str  # environment variable naming the program's path
    default: str  # path, glob or command name when the variable is not set
    used_by: tuple[str, ...]  # test files (fnmatch patterns, relative to the project) that run it

    def path(self) -> str | None:
        """The program, if it exists and can be run."""
        wanted = os.environ.get(self.env) or self.default
        if "/" not in wanted:
            return shutil.which(wanted)
        found = sorted(glob.glob(wanted))
        return found[-1] if found and os.access(found[-1], os.X_OK) else None


TOOLS = (
    Tool("chromium", "OVOP_CHROMIUM", "/usr/bin/chromium", ("tests/browser/*",)),
    Tool("nginx", "OVOP_NGINX", "/usr/sbin/nginx", ("tests/browser/test_deploy_nginx.py", "tests/unit/test_deploy.py")),
    Tool("poppler-utils", "OVOP_PDFTOPPM", "pdftoppm", ("tests/unit/test_briefing.py", "tests/browser/test_briefing_browser.py")),
    # A test file that drives PostgreSQL or LibreOffice says so in its name.
    Tool("postgresql", "OVOP_INITDB", "/usr/lib/postgresql/*/bin/initdb", ("tests/*/test_*postgres*.py",)),
    Tool("libreoffice-impress", "OVOP_SOFFICE", "soffice", ("tests/*/test_*libreoffice*.py",)),
)


def needed(test_files: set[str] | None = None) -> list[Tool]:
    """The tools the given test files use (all of them when None)."""
    if test_files is None:
        return list(TOOLS)
    return [tool for tool in TOOLS if any(fnmatch(file, pattern) for file in test_files for pattern in tool.used_by)]


def missing(test_files: set[str] | None = None) -> list[str]:
    """Debian packages whose program is missing, of those the given test files need."""
    return sorted({tool.package for tool in needed(test_files) if tool.path() is None})


def install_command(packages: list[str]) -> str:
    prefix = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    return f"{prefix}apt-get install -y {' '.join(packages)}"


def missing_line(packages: list[str]) -> str:
    """The one line that says what is missing and how to install it."""
    return (f"missing Debian packages for these tests: {', '.join(packages)}; install them with: "
            f"{install_command(packages)} (or run tests/run as root, which installs them)")


if __name__ == "__main__":  # `python -m tests.support.tools`: the missing packages, space-separated
    print(" ".join(missing()))
    sys.exit(0)
