"""Strings of the carried-away deck (the HTML file, the PowerPoint and their download buttons): key ->
(Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "deck_download_html": ("Unduh presentasi (HTML)", "Download presentation (HTML)"),
    "deck_download_pptx": ("Unduh PowerPoint", "Download PowerPoint"),
    "deck_download_help": ("Slide yang sama (dataset, bahasa, provinsi, urutan) sebagai satu berkas: HTML dibuka "
                           "di peramban tanpa jaringan; PowerPoint dengan grafik yang bisa disunting.",
                           "The same slides (dataset, language, provinces, order) as one file: the HTML opens in a "
                           "browser with no network; the PowerPoint has editable charts."),
    "deck_made": ("Dibuat {time} dari dataset '{dataset}' dengan OVOP Analytics {version}.",
                  "Made {time} from dataset '{dataset}' with OVOP Analytics {version}."),
    "deck_sources_full": ("Sumber lengkap", "Sources in full"),
    "deck_published_totals": ("Total terbitan (fakta yang dikutip):", "Published totals (cited facts):"),
    "deck_slide_label": ("Slide {n} dari {count}", "Slide {n} of {count}"),
    "deck_first": ("Slide pertama", "First slide"),
    "deck_last": ("Slide terakhir", "Last slide"),
    "deck_keys_hint": ("Panah kanan/kiri, PageDown/PageUp, Home/End", "Right/left arrows, PageDown/PageUp, Home/End"),
    "deck_map_alt": ("Peta: {title}", "Map: {title}"),
    "deck_notes_source": ("Sumber lengkap slide ini:", "Full source of this slide:"),
    "deck_notes_fact": ("{fact_id}: {title}. {url}", "{fact_id}: {title}. {url}"),
    "deck_no_values": ("{title}: tidak ada data untuk digambar dari dataset ini.",
                       "{title}: this dataset has no data to draw."),
    "deck_no_url": ("(tanpa tautan)", "(no link)"),
    "deck_error_province": ("Kode provinsi tidak dikenal: {code}. Contoh: 33 (Jawa Tengah), 35 (Jawa Timur).",
                            "Unknown province code: {code}. For example 33 (Jawa Tengah), 35 (Jawa Timur)."),
    "deck_error_too_many": ("Paling banyak {max} provinsi per presentasi (diberikan {n}).",
                            "At most {max} provinces per deck ({n} given)."),
    "deck_error_period": ("Tahun awal {start} sesudah tahun akhir {end}.", "The start year {start} is after the end "
                          "year {end}."),
    "deck_error_out_dir": ("Tidak dapat menulis {path}: folder {folder} tidak ada.",
                           "Cannot write {path}: the folder {folder} does not exist."),
}
