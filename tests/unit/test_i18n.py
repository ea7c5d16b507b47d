"""Every string exists in both languages, every key the code asks for exists, and no key is left unused."""

from __future__ import annotations

import ast
import re
import string
from functools import cache
from pathlib import Path

from ovop_analytics.i18n import STRINGS, commodity_label, t

PROJECT_DIR = Path(__file__).resolve().parents[2]
STRINGS_DIR = PROJECT_DIR / "ovop_analytics" / "i18n"
SOURCES = [path for path in [*PROJECT_DIR.glob("pages/*.py"), PROJECT_DIR / "app.py",
                             *PROJECT_DIR.glob("ovop_analytics/**/*.py")] if STRINGS_DIR not in path.parents]
LOOKUPS = {"t", "tr", "tr_plain"}  # the functions whose first argument is a key
KEY_PREFIX = re.compile(r"[a-z][a-z0-9_]*_")


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


@cache
def scan() -> tuple[set[str], set[str], set[str]]:
    """(literals the code holds, keys it looks up by literal or raises as an error code, prefixes of keys
    it builds: f"level_{level}", "problem_{}".format(code))."""
    literals: set[str] = set()
    asked: set[str] = set()
    prefixes: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
                if node.value.endswith("_{}") and KEY_PREFIX.fullmatch(node.value[:-2]):
                    prefixes.add(node.value[:-2])
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                if KEY_PREFIX.fullmatch(str(node.values[0].value)):
                    prefixes.add(node.values[0].value)
            elif isinstance(node, ast.Call):
                first = node.args[0] if node.args else None
                if _name(node.func) in LOOKUPS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                    asked.add(first.value)
                asked |= {k.value.value for k in node.keywords if k.arg == "code" and isinstance(k.value, ast.Constant)}
    return literals, asked, prefixes


def test_every_key_has_both_languages_is_defined_where_used_and_is_used() -> None:
    """One test over all strings: a failure lists every key at fault, not one test per key."""
    literals, asked, prefixes = scan()
    incomplete = []
    for key, (indonesian, english) in STRINGS.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (indonesian, english)]
        if not (indonesian.strip() and english.strip()) or fields[0] != fields[1]:
            incomplete.append(key)
    missing = sorted(asked - set(STRINGS))
    unused = sorted(key for key in STRINGS if key not in literals and not key.startswith(tuple(prefixes)))
    assert (incomplete, missing, unused) == ([], [], []), (
        f"one language empty or placeholders differ: {incomplete}; used but not defined: {missing}; "
        f"defined but never used: {unused}")


def test_the_scan_finds_lookups_and_built_keys() -> None:
    """The scan of the previous test sees what it must (else it would pass on anything)."""
    literals, asked, prefixes = scan()
    assert {"common_no_data", "upload_title", "ops_db_busy"} <= asked and "problem_" in prefixes
    assert "ws_field_" in prefixes and "upload_title" in literals


def test_language_lookup() -> None:
    assert t("page_overview", "id") == "Ringkasan" and t("page_overview", "en") == "Overview"
    assert t("common_source_line", "en", source="BPS") == "Source: BPS"
    assert commodity_label("kain_batik", "en") == "Batik cloth" and commodity_label(None) == "-"
