"""Every string a person reads, in Bahasa Indonesia (default) and English, looked up by key.

One module per page or area (`shell`, `overview`, `upload`, `charts`, `problems`, ...), each a STRINGS dict
of key -> (Bahasa Indonesia, English); a key is named for where it appears (`upload_...`, `ws_...`,
`brief_...`; `common_...` for words several areas share). To add a string: put it in the module of the
page or area that shows it; `tests/unit/test_i18n.py` fails when a key is missing a language, is used but
not defined, or is defined but never used.

Structured problems and errors (a code and values) become sentences in one place:
`ovop_analytics.problems.say_error` (and `say` for a single problem).
"""

from __future__ import annotations

import importlib
import pkgutil

from ovop_analytics.commodities import COMMODITY_GROUPS

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"

# Every module of this package is an area: adding `ovop_analytics/i18n/<area>.py` with a STRINGS dict is
# all it takes (no list to edit, so two people adding areas never touch the same line).
AREAS = tuple(importlib.import_module(f"{__name__}.{info.name}") for info in sorted(pkgutil.iter_modules(__path__),
                                                                                   key=lambda info: info.name))

STRINGS: dict[str, tuple[str, str]] = {}
for _area in AREAS:
    _clash = STRINGS.keys() & _area.STRINGS.keys()
    assert not _clash, f"string keys defined twice: {sorted(_clash)}"
    STRINGS.update(_area.STRINGS)

COMMODITY_LABELS: dict[str, tuple[str, str]] = {code: (name_id, name_en) for code, name_id, name_en in COMMODITY_GROUPS}


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The string `key` in `lang` ('id' or 'en'), formatted with `values`. Unknown keys raise KeyError."""
    text = STRINGS[key][0 if lang == "id" else 1]
    return text.format(**values) if values else text


def both_languages(key: str, **values: object) -> str:
    """The string in both languages, "Bahasa Indonesia / English": for what one file or database row carries
    for every reader (the watermark column of a download, a dataset's description)."""
    return f"{t(key, 'id', **values)} / {t(key, 'en', **values)}"


SYNTHETIC_NOTE = both_languages("common_synthetic_watermark")  # "Data demo (sintetis) / Demo data (synthetic)"


def commodity_label(code: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    if code is None:
        return "-"
    labels = COMMODITY_LABELS.get(code)
    return labels[0 if lang == "id" else 1] if labels else code
