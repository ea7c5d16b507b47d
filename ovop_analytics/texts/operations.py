"""Strings of the operations area: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
}
