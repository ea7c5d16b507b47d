"""Strings of the Map page: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "map_title": ("Peta OVOP", "OVOP map"),
    "map_view": ("Tampilan", "View"),
    "map_view_boundaries": ("Batas wilayah", "Boundaries"),
    "map_view_tiles": ("Petak provinsi", "Province tiles"),
    "map_level": ("Tingkat", "Level"),
    "level_province": ("Provinsi", "Provinces"),
    "level_kabupaten_kota": ("Kabupaten/kota", "Kabupaten/kota"),
    "map_metric": ("Ukuran", "Metric"),
    "map_scheme": ("Klasifikasi", "Classification"),
    "scheme_quantiles": ("Kuantil", "Quantiles"),
    "scheme_natural_breaks": ("Jeda alami (Jenks)", "Natural breaks (Jenks)"),
    "scheme_equal_interval": ("Interval sama", "Equal interval"),
    "map_classes": ("Jumlah kelas", "Number of classes"),
    "map_province": ("Telusuri provinsi", "Drill down to a province"),
    "map_period": ("Periode (tahun/putaran)", "Period (year/round)"),
    "map_no_kabkota_boundaries": ("Batas kabupaten/kota belum dipasang: `ovop-analytics boundaries install --from "
                                  "BERKAS --level kabupaten_kota`.",
                                  "Kabupaten/kota boundaries are not installed: `ovop-analytics boundaries install "
                                  "--from FILE --level kabupaten_kota`."),
    "map_tiles_provinces_only": ("Peta petak hanya untuk tingkat provinsi.", "The tile map shows provinces only."),
    "map_as_of_note": ("Batas provinsi tahun {year}: {parents} digambar pada wilayah induk sebelum pemekaran "
                       "(gabungan wilayah provinsi hasil pemekaran saat ini).",
                       "Provinces as of {year}: {parents} drawn on the parent's footprint before the split (the "
                       "union of today's provinces split from it)."),
    "map_as_of_label": ("{name} (wilayah sebelum pemekaran {year})", "{name} (territory before the {year} split)"),
    "map_as_of_metric": ("Indeks ini dihitung pada batas provinsi saat ini; pilih IKM OVOP, jenis OVOP atau kelompok "
                         "komoditas untuk melihat batas tahun {year}.",
                         "This index is computed on today's provinces; choose IKM OVOP, OVOP types or commodity "
                         "groups to see the provinces of {year}."),
    "map_table": ("Nilai per wilayah", "Values by region"),
    "map_chart_title_to_date": ("{metric}, {area}, s.d. {end}", "{metric}, {area}, to {end}"),
    "pres_timeline_title": ("Linimasa peta", "Map timeline"),
    "pres_timeline_intro": ("Putar periode yang sebenarnya (putaran penghargaan untuk IKM OVOP, tahun penetapan "
                            "untuk jenis OVOP). Kelas warna dihitung sekali atas semua periode, jadi satu warna "
                            "berarti nilai yang sama di setiap periode.",
                            "Play the real periods (award rounds for IKM OVOP, designation years for OVOP types). "
                            "The colour classes are computed once over all periods, so a colour means the same value "
                            "in every period."),
    "pres_timeline_measure": ("Ukuran", "Measure"),
    "pres_timeline_mode": ("Nilai", "Values"),
    "pres_mode_per_period": ("Per periode", "Per period"),
    "pres_mode_cumulative": ("Kumulatif", "Cumulative"),
    "pres_year": ("Tahun {year}", "Year {year}"),
    "pres_timeline_map_title_types": ("Jenis OVOP per tahun penetapan, {area}",
                                      "OVOP types by designation year, {area}"),
    "map_timeline_classes": ("Warna linimasa memakai kelas kuantil dari semua periode sekaligus: satu warna berarti "
                             "nilai yang sama di setiap periode. Kelas ini berbeda dari peta di atas, yang membagi "
                             "hanya nilai periode terpilih.",
                             "The timeline's colours use quantile classes of all periods at once: a colour means the "
                             "same values in every period. These classes differ from the map above, which divides "
                             "only the chosen period's values."),
}
