"""Strings of the workspace area: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
}
