"""Reading one cell: numbers in Indonesian or English notation, years, stars, codes, programs, groups.

Each parser returns (value, None) or (None, reason); the reason is a structured problem (a code and its
values, also its English sentence) that a page says in the interface language beside the row, column and
value. Parsers see each distinct value of a column once, so they can
afford to be careful.
"""

from __future__ import annotations

import re
from datetime import date

from ovop_analytics.ingest.dictionary import (COMMODITY_GROUPS, COMMODITY_SYNONYMS, PROGRAM_SYNONYMS, PROGRAMS,
                                              YEAR_MIN, value_key)
from ovop_analytics.problems import Reason
from ovop_analytics.regions.matching import parse_code

_INTEGER = re.compile(r"^[+-]?\d+$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}([.,\s\u00a0])\d{3}(\1\d{3})*$")  # 1.234.567 / 1,234 / 1 234
_ID_DECIMAL = re.compile(r"^[+-]?\d{1,3}(\.\d{3})*,\d+$")  # 1.234,5
_EN_DECIMAL = re.compile(r"^[+-]?\d{1,3}(,\d{3})*\.\d+$")  # 1,234.5
_PLAIN_DECIMAL = re.compile(r"^[+-]?\d*[.,]\d+$")  # 12.5 / 12,5 / ,5


def parse_number(text: str) -> float | None:
    """'1.234,5' -> 1234.5, '1,234.5' -> 1234.5, '2.019' -> 2019, '12,5' -> 12.5; None if not a number.

    Rule for a single separator: a dot or comma followed by exactly three digits (and nothing after
    them) groups thousands, as both Indonesian and English tables write them; any other lone separator
    is the decimal mark. Both separators present: the last one is the decimal mark.
    """
    value = text.strip().replace("\u00a0", " ")
    if not value:
        return None
    if re.fullmatch(r"[+-]?\d{1,3}( \d{3})+([.,]\d+)?", value):  # thousands grouped by (non-breaking) spaces
        value = value.replace(" ", "")
    if _INTEGER.match(value):
        return float(value)
    if _GROUPED.match(value):
        return float(re.sub(r"[.,\s\u00a0]", "", value))
    if _ID_DECIMAL.match(value):
        return float(value.replace(".", "").replace(",", "."))
    if _EN_DECIMAL.match(value):
        return float(value.replace(",", ""))
    if _PLAIN_DECIMAL.match(value):
        return float(value.replace(",", "."))
    return None


def parse_whole(text: str) -> int | None:
    """A whole number in any notation parse_number reads ('2019', '2019,0', '2.019'), else None."""
    number = parse_number(text)
    if number is None or not number.is_integer():
        return None
    return int(number)


_YEAR_RANGE = re.compile(r"^(\d{4})\s*(/|-|–|—|s\.?d\.?|sampai|to)\s*(\d{2}|\d{4})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T].*)?$|^\d{1,2}[/-]\d{1,2}[/-]\d{4}$")


def parse_year(text: str, today: date | None = None) -> tuple[int | None, str | None]:
    """One year between 2006 (OVOP's start in Indonesia) and this year.

    A range such as '2019/2020' is refused rather than guessed: a designation or an award round has
    one year, and picking the first or the last would move records silently.
    """
    value = text.strip()
    latest = (today or date.today()).year
    value = re.sub(r"^(tahun|thn\.?|year)\s+", "", value, flags=re.IGNORECASE)
    if _YEAR_RANGE.match(value):
        return None, Reason("year_range")
    if _DATE.match(value):
        return None, Reason("year_date")
    year = parse_whole(value)
    if year is None:
        return None, Reason("year_invalid")
    if year < YEAR_MIN or year > latest:
        return None, Reason("year_outside", first=YEAR_MIN, last=latest)
    return year, None


_STAR_WORDS = re.compile(r"\b(bintang|stars?|peringkat)\b", re.IGNORECASE)


def parse_star(text: str) -> tuple[int | None, str | None]:
    """Star rating 1-5: '5', '5,0', '5 bintang', 'bintang 5', '5 stars', '★★★★★' or '*****'."""
    value = text.strip()
    if value and set(value) <= set("★☆* "):
        count = value.count("★") + value.count("*")
        value = str(count)
    value = _STAR_WORDS.sub(" ", value).replace("*", " ").replace("★", " ").strip()
    star = parse_whole(value)
    if star is None:
        return None, Reason("star_invalid")
    if not 1 <= star <= 5:
        return None, Reason("star_range")
    return star, None


def parse_commodity(text: str) -> tuple[str | None, str | None]:
    """One of the five Kemenperin groups, from its code or a common spelling ('mamin', 'batik')."""
    key = value_key(text)
    found = COMMODITY_SYNONYMS.get(key) or (key.replace(" ", "_") if key.replace(" ", "_") in COMMODITY_GROUPS
                                            else None)
    if found is None:
        return None, Reason("commodity_unknown", groups=tuple(COMMODITY_GROUPS))
    return found, None


def parse_program(text: str) -> tuple[str | None, str | None]:
    """kemenkop_ovop or kemenperin_ovop_award, also from names such as 'Kemenkop UKM' or 'Penghargaan IKM OVOP'."""
    key = value_key(text)
    found = PROGRAM_SYNONYMS.get(key) or (key.replace(" ", "_") if key.replace(" ", "_") in PROGRAMS else None)
    if found is None:
        return None, Reason("program_unknown", programs=tuple(PROGRAMS))
    return found, None


_ONE_DECIMAL_CODE = re.compile(r"^(\d{2})[.,](\d)$")


def parse_region_code(text: str) -> tuple[str | None, str | None]:
    """A Kemendagri code: '33', '33.02', '3302', '33,02' (decimal comma) or '33.1' (a spreadsheet's 33.10)."""
    value = text.strip()
    match = _ONE_DECIMAL_CODE.match(value)
    if match:  # a code stored as a number loses its trailing zero: 33.10 -> 33.1
        value = f"{match.group(1)}.{match.group(2)}0"
    value = value.replace(",", ".")
    code = parse_code(value)
    if code is None:
        return None, Reason("region_code_invalid")
    return code, None
