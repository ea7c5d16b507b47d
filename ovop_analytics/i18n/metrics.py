"""Strings of metric names and units: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "programme_any": ("keduanya", "either"),
    "programme_kemenkop_ovop": ("Jenis OVOP Kemenkop UKM", "Kemenkop UKM OVOP types"),
    "programme_kemenperin_ovop_award": ("Penghargaan IKM OVOP Kemenperin", "Kemenperin IKM OVOP awards"),
}
