"""Strings of the Growth page: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "period_ikm_ovop": ("Periode (putaran penghargaan)", "Period (award rounds)"),
    "period_types": ("Periode (tahun penetapan)", "Period (designation years)"),
    "growth_choose_provinces": ("Provinsi yang ditampilkan", "Provinces shown"),
    "growth_choose_one_province": ("Pilih minimal satu provinsi.", "Choose at least one province."),
    "growth_subtitle_movers": ("Dari akhir {start} sampai akhir {end}", "From the end of {start} to the end of {end}"),
    "growth_title": ("Pertumbuhan klaster OVOP", "OVOP cluster growth"),
    "growth_intro": ("Jumlah kumulatif dan per periode: IKM OVOP per putaran penghargaan Kemenperin, atau jenis OVOP "
                     "baru per tahun penetapan, menurut provinsi, kelompok komoditas atau nasional.",
                     "Cumulative and per-period counts: IKM OVOP per Kemenperin award round, or new OVOP types per "
                     "designation year, by province, commodity group or for the nation."),
    "growth_no_measure_records": ("Dataset ini tidak memiliki catatan {measure}. Pilih ukuran lain atau dataset lain.",
                                  "This dataset holds no {measure} records. Choose another measure or dataset."),
    "growth_by": ("Menurut", "By"),
    "by_province": ("Provinsi", "Province"),
    "by_commodity_group": ("Kelompok komoditas", "Commodity group"),
    "by_national": ("Nasional", "National"),
    "growth_measure": ("Ukuran", "Measure"),
    "axis_period_types": ("Tahun penetapan", "Designation year"),
    "axis_cumulative_types": ("Jenis OVOP kumulatif (jumlah jenis)", "Cumulative OVOP types (number)"),
    "axis_per_period_ikm_ovop": ("IKM OVOP dalam putaran (jumlah)", "IKM OVOP in the round (number)"),
    "axis_per_period_types": ("Jenis OVOP baru (jumlah)", "New OVOP types (number)"),
    "axis_growth_ikm_ovop": ("Tambahan IKM OVOP (jumlah penghargaan)", "Added IKM OVOP (awards)"),
    "axis_growth_types": ("Tambahan jenis OVOP (jumlah)", "Added OVOP types (number)"),
    "scope_province": ("Menurut provinsi", "By province"),
    "scope_commodity_group": ("Menurut kelompok komoditas", "By commodity group"),
    "scope_national": ("Nasional (Indonesia)", "National (Indonesia)"),
    "growth_subtitle_scope_period": ("{scope} · periode {start}–{end}", "{scope} · period {start}–{end}"),
    "growth_per_period_title_ikm_ovop": ("IKM OVOP per putaran penghargaan", "IKM OVOP per award round"),
    "growth_per_period_title_types": ("Jenis OVOP baru per tahun penetapan", "New OVOP types per designation year"),
    "growth_cumulative_note": ("Jumlah kumulatif mencakup tahun sebelum awal periode; periode hanya memotong "
                               "tampilan. Seorang IKM yang dinilai di dua putaran dihitung dua kali.",
                               "Cumulative totals include the years before the start of the period; the period only "
                               "trims the view. An IKM awarded in two rounds counts twice."),
    "growth_movers_intro": ("Pertambahan jumlah kumulatif dari akhir {start} sampai akhir {end}; CAGR = pertumbuhan "
                            "tahunan majemuk ('baru' bila awalnya nol).",
                            "Growth of the cumulative count from the end of {start} to the end of {end}; CAGR = "
                            "compound annual growth ('new' when it started from zero)."),
    "growth_movers_title": ("10 provinsi dengan tambahan {what} terbesar", "Top 10 provinces by added {what}"),
    "growth_movers_need_period": ("Pilih periode dengan tahun akhir setelah tahun awal untuk melihat pertumbuhan.",
                                  "Choose a period whose end year is after its start year to see growth."),
    "growth_col_start": ("Akhir {year}", "End of {year}"),
    "growth_col_end": ("Akhir {year}", "End of {year}"),
    "growth_col_change": ("Tambahan", "Added"),
    "growth_col_cagr": ("CAGR", "CAGR"),
    "growth_col_cagr_help": ("Pertumbuhan tahunan majemuk (% per tahun)", "Compound annual growth (% per year)"),
}
