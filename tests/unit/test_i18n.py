"""Every UI string exists in both languages and every key a page or library module asks for exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from ovop_analytics.i18n import STRINGS, commodity_label, t

PROJECT_DIR = Path(__file__).resolve().parents[2]
SOURCES = [*PROJECT_DIR.glob("pages/*.py"), PROJECT_DIR / "app.py", *PROJECT_DIR.glob("ovop_analytics/**/*.py")]


@pytest.mark.parametrize("key", sorted(STRINGS))
def test_both_languages_present_with_the_same_placeholders(key: str) -> None:
    indonesian, english = STRINGS[key]
    assert indonesian.strip() and english.strip()
    fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (indonesian, english)]
    assert fields[0] == fields[1], f"{key}: placeholders differ between languages"


def test_every_literal_key_used_in_code_exists() -> None:
    used = set()
    for path in SOURCES:
        used |= set(re.findall(r"\btr\(\s*\"([a-z0-9_]+)\"", path.read_text()))
        used |= set(re.findall(r"\bt\(\s*\"([a-z0-9_]+)\"", path.read_text()))
    missing = sorted(used - set(STRINGS))
    assert not missing, missing


def test_language_lookup() -> None:
    assert t("page_overview", "id") == "Ringkasan" and t("page_overview", "en") == "Overview"
    assert t("of_n", "en", n=38) == "of 38"
    assert commodity_label("kain_batik", "en") == "Batik cloth" and commodity_label(None) == "-"
