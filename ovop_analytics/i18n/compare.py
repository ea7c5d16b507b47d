"""Strings of the Compare page: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "compare_axis_count": ("Jumlah", "Count"),
    "compare_axis_fraction": ("Nilai (0–1)", "Value (0–1)"),
    "compare_title": ("Perbandingan provinsi", "Compare provinces"),
    "compare_intro": ("Dua sampai lima provinsi berdampingan pada ukuran dan grafik yang sama.",
                      "Two to five provinces side by side on the same metrics and charts."),
    "compare_choose_provinces_compare": ("Provinsi yang dibandingkan (2–5)", "Provinces to compare (2–5)"),
    "compare_choose_two_provinces": ("Pilih minimal dua provinsi untuk dibandingkan.",
                                     "Choose at least two provinces to compare."),
    "compare_table_title": ("Ukuran utama, {period}", "Key metrics, {period}"),
    "compare_cagr_note": ("CAGR: pertumbuhan tahunan majemuk jumlah kumulatif IKM OVOP dari akhir {start} (putaran "
                          "pertama dalam periode) sampai akhir {end}; 'baru' bila provinsi belum punya IKM OVOP pada "
                          "akhir {start}.",
                          "CAGR: compound annual growth of the cumulative IKM OVOP count from the end of {start} "
                          "(the first award round in the period) to the end of {end}; 'new' when the province had no "
                          "IKM OVOP by the end of {start}."),
    "compare_counts_title": ("IKM OVOP dan jenis OVOP", "IKM OVOP and OVOP types"),
    "compare_indices_title": ("Keragaman, cakupan dan keunikan (skala 0–1)",
                              "Diversity, coverage and uniqueness (0–1 scale)"),
    "compare_mix_title": ("Komposisi kelompok komoditas", "Commodity group mix"),
    "compare_growth_title": ("IKM OVOP kumulatif per putaran penghargaan", "Cumulative IKM OVOP per award round"),
    "compare_no_rounds_in_period": ("Tidak ada putaran penghargaan dalam periode ini.",
                                    "No award round falls in this period."),
}
