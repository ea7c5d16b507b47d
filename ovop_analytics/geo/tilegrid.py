"""A tile-grid map of the 38 provinces: equal squares placed roughly where each province lies.

Needs no boundary file, so the map page always has something to draw, and small provinces (Jakarta,
Yogyakarta, Bali) get as much room as Papua. Columns run west to east, rows north to south.
"""

from __future__ import annotations

import pandas as pd

from ovop_analytics.regions import by_code

# code: (short label, row, col). Sumatra runs down the west; Java, Bali and Nusa Tenggara along the
# south; Kalimantan, Sulawesi, Maluku and Papua follow eastwards.
_TILES: dict[str, tuple[str, int, int]] = {
    "11": ("ACEH", 0, 0),
    "12": ("SUMUT", 1, 1), "21": ("KEPRI", 1, 3),
    "13": ("SUMBAR", 2, 1), "14": ("RIAU", 2, 2),
    "17": ("BKL", 3, 1), "15": ("JAMBI", 3, 2), "19": ("BABEL", 3, 4),
    "16": ("SUMSEL", 4, 2), "31": ("JKT", 4, 4),
    "18": ("LAMP", 5, 2), "36": ("BANTEN", 5, 3), "32": ("JABAR", 5, 4), "33": ("JATENG", 5, 5),
    "35": ("JATIM", 5, 6), "51": ("BALI", 5, 7), "52": ("NTB", 5, 8), "53": ("NTT", 5, 9),
    "34": ("DIY", 6, 5),
    "65": ("KALTARA", 0, 6), "61": ("KALBAR", 1, 5), "64": ("KALTIM", 1, 6),
    "62": ("KALTENG", 2, 5), "63": ("KALSEL", 2, 6),
    "71": ("SULUT", 0, 9), "75": ("GTLO", 1, 8), "76": ("SULBAR", 2, 7), "72": ("SULTENG", 2, 8),
    "73": ("SULSEL", 3, 7), "74": ("SULTRA", 3, 8),
    "82": ("MALUT", 0, 10), "81": ("MALUKU", 2, 10),
    "96": ("PBD", 1, 11), "92": ("PABAR", 1, 12), "91": ("PAPUA", 1, 13),
    "94": ("PATENG", 2, 12), "95": ("PAPEG", 2, 13), "93": ("PASEL", 3, 13),
}


def tile_grid() -> pd.DataFrame:
    """One row per province: code, name, short (label for the tile), row, col; in code order."""
    regions = by_code()
    rows = [{"code": code, "name": regions[code].name, "short": short, "row": row, "col": col}
            for code, (short, row, col) in sorted(_TILES.items())]
    return pd.DataFrame(rows, columns=["code", "name", "short", "row", "col"])
