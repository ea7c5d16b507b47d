"""Times shown to people in Indonesian time with the zone named (WIB by default, WITA or WIT when the
browser is in one of those zones): the database stores UTC, and an unlabelled UTC time reads seven hours
wrong in Jakarta."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

DEFAULT_ZONE = "Asia/Jakarta"
# Indonesia's three zones by their Indonesian names; other zones by their own abbreviation (CET, JST...).
INDONESIAN_ZONES = {"Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB", "Asia/Makassar": "WITA",
                    "Asia/Jayapura": "WIT"}


def zone_or_default(name: str | None) -> str:
    """Waktu Indonesia: the browser's zone when it is one of Indonesia's three (WIB, WITA, WIT), else WIB
    (a server or a laptop set to UTC still shows the times an Indonesian reader expects)."""
    if not name or name not in INDONESIAN_ZONES:
        return DEFAULT_ZONE
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return DEFAULT_ZONE
    return name


def zone_label(name: str) -> str:
    """'WIB', 'WITA', 'WIT', or the zone's abbreviation now ('CET'), or 'UTC+09:00' when it has none."""
    if name in INDONESIAN_ZONES:
        return INDONESIAN_ZONES[name]
    now = datetime.now(ZoneInfo(name))
    abbreviation = now.tzname() or ""
    if abbreviation and not abbreviation.startswith(("+", "-")):
        return abbreviation
    offset = now.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"


def to_local(value: datetime | pd.Timestamp | None, zone: str) -> datetime | None:
    """A stored time (naive means UTC) as a naive wall-clock time in `zone`, for a table column or text."""
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return None
    stamp = pd.Timestamp(value)
    if stamp.tzinfo is None:
        stamp = stamp.tz_localize(timezone.utc)
    return stamp.tz_convert(ZoneInfo(zone)).tz_localize(None).to_pydatetime()
