"""User-facing strings by area, each module a STRINGS dict of key -> (Bahasa Indonesia, English).

Kept apart from i18n.py so that work on different capabilities adds strings without touching one file;
i18n.py merges them all and `tests/unit/test_i18n.py` checks every key has both languages.
"""
