"""Strings of presentation mode and slide images: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "pres_title": ("Presentasi", "Presentation"),
    "pres_kpi_title": ("OVOP Indonesia: gambaran nasional", "OVOP in Indonesia: the national picture"),
    "pres_kpi_subtitle": ("Dataset {dataset}, {start}–{end}", "Dataset {dataset}, {start}–{end}"),
    "pres_map_title": ("IKM OVOP per provinsi", "IKM OVOP by province"),
    "pres_timeline_slide": ("Putaran penghargaan di peta", "The award rounds on the map"),
    "pres_rounds_title": ("IKM OVOP per putaran dan bintang", "IKM OVOP by award round and star"),
    "pres_top_title": ("Provinsi teratas", "Top provinces"),
    "pres_growth_title": ("Pertumbuhan per kelompok komoditas", "Growth by commodity group"),
    "pres_diversity_title": ("Keragaman komoditas", "Commodity diversity"),
    "pres_province_title": ("{name}: kartu skor", "{name}: scorecard"),
    "pres_sources_title": ("Fakta terbitan dan sumber", "Published facts and sources"),
    "pres_sources_dataset": ("Angka di slide ini dari {source}.", "The figures in these slides come from {source}."),
    "pres_sources_more": ("{n} fakta terbitan beserta tautannya ada di halaman Sumber data.",
                          "All {n} published facts with their links are on the Data sources page."),
    "pres_conflict": ("angka berbeda antarsumber", "sources disagree"),
    "pres_subset": ("hanya {group}, bukan total putaran", "{group} only, not the round's total"),
    "pres_settings": ("Pengaturan", "Settings"),
    "pres_choose_provinces": ("Slide provinsi (maks. 5)", "Province slides (at most 5)"),
    "pres_auto": ("Maju otomatis", "Auto-advance"),
    "pres_auto_off": ("Mati", "Off"),
    "pres_auto_seconds": ("Setiap {s} detik", "Every {s} seconds"),
    "pres_auto_start": ("Otomatis", "Auto"),
    "pres_auto_stop": ("Berhenti", "Stop"),
    "pres_map_images": ("Gambar peta nasional:", "National map as an image:"),
    "pres_keys_hint": ("Tombol: panah kanan/kiri atau PageDown/PageUp (klik presenter), Home/End. Tautan dengan "
                       "?slide=N membuka slide N.",
                       "Keys: right/left arrow or PageDown/PageUp (a presentation clicker), Home/End. A link with "
                       "?slide=N opens slide N."),
}
