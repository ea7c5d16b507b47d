"""Strings of the briefing area: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
}
