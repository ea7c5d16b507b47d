"""Strings of the figures area: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
}
