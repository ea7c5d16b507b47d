"""Strings of the Overview page: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "overview_title": ("Ringkasan nasional OVOP", "National OVOP overview"),
    "overview_intro": ("Sebaran One Village One Product: jenis OVOP yang ditetapkan Kemenkop UKM dan IKM OVOP yang "
                       "dinilai bintang oleh Kemenperin.",
                       "One Village One Product across Indonesia: OVOP types designated by Kemenkop UKM and IKM OVOP "
                       "awarded stars by Kemenperin."),
    "overview_all_records": ("semua catatan", "all records"),
}
