"""Strings of the Diversity page: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "diversity_dash_is_no_data": ("Tanda – berarti tidak ada data (wilayah tanpa catatan OVOP), bukan nol.",
                                  "A dash – means no data (a region without OVOP records), not zero."),
    "diversity_without_data": ("Tidak ada data: {names}.", "No data: {names}."),
    "diversity_col_richness": ("Kelompok", "Groups"),
    "diversity_subtitle_as_of": ("Keadaan s.d. {year}", "As of {year}"),
    "diversity_subtitle_catalogue": ("Jenis yang ada dari {n} jenis katalog, keadaan s.d. {year}",
                                     "Types present of the {n} in the catalogue, as of {year}"),
    "diversity_subtitle_index": ("Atas lima kelompok komoditas, periode {start}–{end}",
                                 "Over the five commodity groups, period {start}–{end}"),
    "diversity_title": ("Keragaman komoditas dan cakupan", "Commodity diversity and coverage"),
    "diversity_intro": ("Seberapa luas OVOP menjangkau kabupaten/kota dan katalog jenis nasional, serta seberapa "
                        "beragam komoditas tiap provinsi.",
                        "How far OVOP reaches the kabupaten/kota and the national catalogue of types, and how "
                        "diverse each province's commodities are."),
    "diversity_coverage_title": ("Cakupan", "Coverage"),
    "diversity_target_short": ("target: semua {n}", "target: all {n}"),
    "diversity_target_note": ("Target Kemenperin: setiap kabupaten/kota mengusulkan minimal satu IKM OVOP. Penyebut "
                              "di sini adalah {total} kabupaten/kota dalam gazeter; angka terbitan menyebut "
                              "{source_value} kabupaten/kota (fakta {fact}, sebagaimana dilaporkan). Sampai {year} "
                              "masih {missing} kabupaten/kota tanpa IKM OVOP.",
                              "Kemenperin's target: every kabupaten/kota proposes at least one IKM OVOP. The "
                              "denominator here is the gazetteer's {total} kabupaten/kota; the published figure says "
                              "{source_value} kabupaten/kota (fact {fact}, as reported). Up to {year}, {missing} "
                              "kabupaten/kota still have no IKM OVOP."),
    "diversity_catalogue_coverage_title": ("Cakupan katalog jenis nasional per provinsi",
                                           "National catalogue coverage by province"),
    "kabkota_coverage_title": ("Kab/kota dengan ≥1 IKM OVOP per provinsi", "Kab/kota with ≥1 IKM OVOP by province"),
    "diversity_axis_catalogue_share": ("Jenis katalog nasional yang ada (%)", "National catalogue types present (%)"),
    "diversity_axis_kabkota_share": ("Kabupaten/kota dengan ≥1 IKM OVOP (%)", "Kabupaten/kota with ≥1 IKM OVOP (%)"),
    "diversity_coverage_table": ("Tabel cakupan per provinsi", "Coverage table by province"),
    "diversity_col_catalogue": ("Jenis katalog", "Catalogue types"),
    "diversity_col_catalogue_share": ("Cakupan katalog", "Catalogue coverage"),
    "diversity_col_kabkota_ikm": ("Kab/kota dengan IKM OVOP", "Kab/kota with IKM OVOP"),
    "diversity_col_kabkota_share": ("Pangsa kab/kota", "Kab/kota share"),
    "diversity_composition_title": ("Komposisi komoditas per provinsi", "Commodity mix by province"),
    "diversity_composition_scale": ("Tampilkan sebagai", "Show as"),
    "scale_share": ("Persentase", "Percentage"),
    "scale_count": ("Jumlah", "Count"),
    "diversity_composition_bars_title": ("Catatan OVOP per provinsi menurut kelompok komoditas",
                                         "OVOP records by province and commodity group"),
    "diversity_composition_treemap_title": ("Peta pohon catatan OVOP: provinsi dan kelompok komoditas",
                                            "Treemap of OVOP records: province and commodity group"),
    "diversity_ranking_diversity": ("Peringkat keragaman", "Diversity ranking"),
    "diversity_choose_index": ("Indeks", "Index"),
    "diversity_ranking_index_title": ("{index} per provinsi", "{index} by province"),
    "diversity_overlap_title": ("Tumpang tindih jenis OVOP antarprovinsi", "Overlap of OVOP types between provinces"),
    "diversity_overlap_intro": ("Indeks Jaccard himpunan jenis OVOP dua provinsi s.d. {year}: jenis bersama / semua "
                                "jenis keduanya (0 = tidak ada yang sama, 1 = identik). Sel abu-abu: tidak ada data "
                                "(provinsi tanpa jenis) atau diagonal.",
                                "Jaccard index of two provinces' sets of OVOP types up to {year}: shared types / all "
                                "types of both (0 = nothing shared, 1 = identical). Grey cells: no data (a province "
                                "without types) or the diagonal."),
    "diversity_overlap_chart_title": ("Tumpang tindih jenis OVOP (Jaccard), provinsi × provinsi",
                                      "Overlap of OVOP types (Jaccard), province × province"),
}
