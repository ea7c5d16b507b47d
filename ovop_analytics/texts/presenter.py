"""Strings of the presenter area: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    # slide-ready images
    "pres_image_menu": ("Gambar slide", "Slide image"),
    "pres_image_size": ("Ukuran gambar", "Image size"),
    "pres_image_png": ("PNG {width}×{height}", "PNG {width}×{height}"),
    "pres_image_svg": ("SVG (vektor)", "SVG (vector)"),
    "pres_image_camera_hint": ("Lalu klik ikon kamera di menu grafik (kanan atas grafik): gambar berisi judul, "
                               "legenda, sumber dan tanda data demo.",
                               "Then click the camera icon in the chart's menu (top right of the chart): the "
                               "image holds the title, legend, source line and the demo-data mark."),
    # map timeline
    "pres_timeline_title": ("Linimasa peta", "Map timeline"),
    "pres_timeline_intro": ("Putar periode yang sebenarnya (putaran penghargaan untuk IKM OVOP, tahun penetapan "
                            "untuk jenis OVOP). Kelas warna dihitung sekali atas semua periode, jadi satu warna "
                            "berarti nilai yang sama di setiap periode.",
                            "Play the real periods (award rounds for IKM OVOP, designation years for OVOP types). "
                            "The colour classes are computed once over all periods, so a colour means the same "
                            "value in every period."),
    "pres_timeline_measure": ("Ukuran", "Measure"),
    "pres_timeline_mode": ("Nilai", "Values"),
    "pres_mode_per_period": ("Per periode", "Per period"),
    "pres_mode_cumulative": ("Kumulatif", "Cumulative"),
    "pres_timeline_frame": ("Periode:", "Period:"),
    "pres_timeline_same_classes": ("kelas sama di semua periode", "same classes in every period"),
    "pres_round": ("Putaran {round}", "Round {round}"),
    "pres_round_cumulative": ("s.d. Putaran {round}", "Up to round {round}"),
    "pres_year": ("Tahun {year}", "Year {year}"),
    "pres_year_cumulative": ("s.d. tahun {year}", "Up to {year}"),
    "pres_timeline_map_title_ikm_ovop": ("IKM OVOP per putaran, {area}", "IKM OVOP by award round, {area}"),
    "pres_timeline_map_title_types": ("Jenis OVOP per tahun penetapan, {area}", "OVOP types by designation year, {area}"),
    "pres_play": ("Putar", "Play"),
    "pres_pause": ("Jeda", "Pause"),
    "pres_previous": ("Sebelumnya", "Previous"),
    "pres_next": ("Berikutnya", "Next"),
    "pres_no_periods": ("Dataset ini tidak punya periode untuk ukuran ini.", "This dataset has no periods for this measure."),
    # presentation mode
    "pres_page": ("Presentasi", "Present"),
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
    "pres_sources_title": ("Fakta resmi dan sumber", "Published facts and sources"),
    "pres_sources_dataset": ("Angka di slide ini dari dataset {dataset} ({source}).",
                             "The figures in these slides come from dataset {dataset} ({source})."),
    "pres_sources_more": ("{n} fakta resmi beserta tautannya ada di halaman Sumber data.",
                          "All {n} published facts with their links are on the Data sources page."),
    "pres_conflict": ("sumber berbeda angka", "sources disagree"),
    "pres_settings": ("Pengaturan", "Settings"),
    "pres_choose_provinces": ("Slide provinsi (maks. 5)", "Province slides (at most 5)"),
    "pres_auto": ("Maju otomatis", "Auto-advance"),
    "pres_auto_off": ("Mati", "Off"),
    "pres_auto_seconds": ("Setiap {s} detik", "Every {s} seconds"),
    "pres_auto_start": ("Otomatis", "Auto"),
    "pres_auto_stop": ("Berhenti", "Stop"),
    "pres_map_images": ("Gambar peta nasional:", "National map as an image:"),
    "pres_keys_hint": ("Tombol: panah kanan/kiri atau PageDown/PageUp (klik presenter), Home/End. "
                       "Tautan dengan ?slide=N membuka slide N.",
                       "Keys: right/left arrow or PageDown/PageUp (a presentation clicker), Home/End. "
                       "A link with ?slide=N opens slide N."),
}
