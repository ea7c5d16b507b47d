"""Strings of the presenter area: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
}
