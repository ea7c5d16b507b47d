"""The five Kemenperin commodity groups of OVOP: code, Bahasa Indonesia name, English name.

A plain table at the bottom of the house: the database is seeded from it (bootstrap), metrics label their
groups with it, and ingest recognises the codes.
"""

COMMODITY_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("makanan_minuman", "Makanan & Minuman", "Food & beverages"),
    ("kain_tenun", "Kain Tenun", "Woven cloth"),
    ("kain_batik", "Kain Batik", "Batik cloth"),
    ("anyaman", "Anyaman", "Plaiting"),
    ("gerabah", "Gerabah", "Earthenware"),
)
