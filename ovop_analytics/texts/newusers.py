"""Strings added for what new users tripped over (issue 18): CAGR 'baru' apart from the ranks, the way on
from a private link, times with their zone, upload problems by row or file."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nu_cagr_new_from": ("baru: mulai dari 0 pada {year}", "new: started from 0 in {year}"),
    "nu_not_ranked": ("tidak diperingkat", "not ranked"),
    "nu_cagr_new_apart": ("{n} wilayah baru (dari 0) tidak diperingkat",
                          "{n} new regions (from 0) not ranked"),
}
