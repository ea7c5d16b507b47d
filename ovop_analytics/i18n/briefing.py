"""Strings of the printed briefing (PDF) and its page: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "brief_coverage_caption": ("Cakupan dataset: {coverage}. Di dalam cakupan, wilayah tanpa catatan bernilai 0; di "
                               "luar cakupan: tidak ada data (–).",
                               "Dataset coverage: {coverage}. Inside it a region without records counts 0; outside "
                               "it there is no data (–)."),
    "brief_title": ("Briefing OVOP: {region}", "OVOP briefing: {region}"),
    "brief_subtitle_kabkota": ("Kabupaten/kota di Provinsi {province}", "Kabupaten/kota in {province} province"),
    "brief_level_national": ("Indonesia: 38 provinsi, 514 kabupaten/kota",
                             "Indonesia: 38 provinces, 514 kabupaten/kota"),
    "brief_level_province": ("Provinsi", "Province"),
    "brief_level_kabupaten_kota": ("Kabupaten/kota", "Kabupaten/kota"),
    "brief_period": ("Periode {start}–{end}", "Period {start}–{end}"),
    "brief_dataset_line": ("Dataset: {dataset}", "Dataset: {dataset}"),
    "brief_generated": ("Dibuat {date}", "Generated {date}"),
    "brief_synthetic_note": ("Data demo (sintetis): angka dibuat oleh generator untuk demonstrasi, bukan data resmi. "
                             "Fakta terbitan dan kebijakan di bawah adalah kutipan nyata dengan sumbernya.",
                             "Demo data (synthetic): figures are generated for demonstration, not official data. The "
                             "published facts and policy statements below are real, with their sources."),
    "brief_footer": ("Analitik OVOP Indonesia · briefing dibuat luring dari basis data lokal",
                     "OVOP Analytics Indonesia · briefing produced offline from the local database"),
    "brief_h_headline": ("Angka utama dan perbandingan", "Headline figures and comparison"),
    "brief_h_stock": ("Posisi sampai akhir periode", "Position at the end of the period"),
    "brief_h_map": ("Peta", "Map"),
    "brief_h_strengths": ("Kekuatan", "Strengths"),
    "brief_h_gaps": ("Kesenjangan", "Gaps"),
    "brief_h_types": ("Jenis OVOP (paling khas lebih dulu)", "OVOP types (most distinctive first)"),
    "brief_h_facts": ("Fakta terbitan", "Published facts"),
    "brief_h_awardees": ("Penerima penghargaan yang disebut namanya", "Named award holders"),
    "brief_h_policy": ("Konteks kebijakan", "Policy context"),
    "brief_h_basis": ("Periode dan dasar perhitungan", "Period and basis"),
    "brief_h_sources": ("Sumber setiap angka", "Source of every figure"),
    "brief_col_basis": ("Dasar", "Basis"),
    "brief_col_source": ("Sumber", "Source"),
    "brief_col_nationally_province": ("Provinsi secara nasional", "Provinces nationally"),
    "brief_col_rank_kabkota": ("Peringkat di {province}", "Rank in {province}"),
    "brief_col_rank_province": ("Peringkat nasional", "National rank"),
    "brief_col_mean_province_kabkota": ("Rata-rata kab/kota provinsi", "Province kab/kota average"),
    "brief_col_mean_national_kabkota": ("Rata-rata kab/kota nasional", "National kab/kota average"),
    "brief_col_mean_provinces": ("Rata-rata {n} provinsi", "Average of {n} provinces"),
    "brief_x_of_y": ("{x} dari {y}", "{x} of {y}"),
    "brief_basis_flow": ("Dalam periode: catatan bertanggal {start}–{end} (tahun penetapan jenis OVOP atau putaran "
                         "penghargaan IKM OVOP); sama dengan ovop-analytics stats --from-year {start} --to-year "
                         "{end}.",
                         "Within the period: records dated {start}–{end} (designation year of an OVOP type or award "
                         "round of an IKM OVOP); the same as ovop-analytics stats --from-year {start} --to-year "
                         "{end}."),
    "brief_basis_stock": ("Sampai akhir periode: semua catatan sampai {end} (jenis yang ditetapkan lebih awal tetap "
                          "milik wilayah; target Kemenperin dihitung dengan dasar ini).",
                          "Up to the end of the period: every record up to {end} (a type designated earlier is still "
                          "the region's; Kemenperin's target is counted on this basis)."),
    "brief_basis_averages": ("Rata-rata adalah rerata aritmetika wilayah setingkat (wilayah tanpa catatan dihitung "
                             "0); peringkat 1 = terbanyak, wilayah bernilai sama berbagi peringkat; – berarti tidak "
                             "ada data atau tidak ada yang diperingkat.",
                             "Averages are arithmetic means over regions of the same level (a region without records "
                             "counts as 0); rank 1 = most, ties share a rank; – means no data or nothing to rank."),
    "brief_map_none": ("tidak ada", "none"),
    "brief_map_title": ("IKM OVOP dalam periode", "IKM OVOP in the period"),
    "brief_map_kabkota_in_province": ("Kab/kota di {province}, menurut IKM OVOP dalam periode",
                                      "Kab/kota of {province}, by IKM OVOP in the period"),
    "brief_map_highlight": ("{region} (biru tua) di {province}", "{region} (dark blue) in {province}"),
    "brief_map_provinces": ("Provinsi menurut IKM OVOP dalam periode", "Provinces by IKM OVOP in the period"),
    "brief_map_tile_highlight": ("{region} (biru tua) pada peta petak provinsi; batas kab/kota belum dipasang.",
                                 "{region} (dark blue) on the province tile map; kab/kota boundaries are not "
                                 "installed."),
    "brief_map_tiles": ("Peta petak provinsi (batas wilayah belum dipasang).",
                        "Province tile map (no boundaries installed)."),
    "brief_map_missing": ("Peta tidak tersedia: batas kabupaten/kota belum dipasang. Pasang dengan ovop-analytics "
                          "boundaries install --from FILE --level kabupaten_kota.",
                          "No map: kabupaten/kota boundaries are not installed. Install them with ovop-analytics "
                          "boundaries install --from FILE --level kabupaten_kota."),
    "brief_strengths_intro": ("Jenis OVOP yang tidak dimiliki wilayah lain (sampai {end}):",
                              "OVOP types no other region has (up to {end}):"),
    "brief_strengths_national": ("Provinsi dengan IKM OVOP terbanyak dalam periode {start}–{end}:",
                                 "Provinces with the most IKM OVOP in the period {start}–{end}:"),
    "brief_unique_province": ("satu-satunya provinsi", "the only province"),
    "brief_top_province": ("{name}: {n} IKM OVOP", "{name}: {n} IKM OVOP"),
    "brief_gaps_intro": ("{n} dari {total} kab/kota di {province} belum memiliki IKM OVOP sampai {end}:",
                         "{n} of {total} kab/kota of {province} have no IKM OVOP up to {end}:"),
    "brief_gaps_national": ("{n} dari {total} kab/kota belum memiliki IKM OVOP sampai {end}. Provinsi tanpa IKM OVOP:",
                            "{n} of {total} kab/kota have no IKM OVOP up to {end}. Provinces without any:"),
    "brief_gaps_outside": ("{province} di luar cakupan dataset ini: tidak ada data.",
                           "{province} is outside this dataset's coverage: no data."),
    "brief_outside_coverage": ("Wilayah ini di luar cakupan dataset: tidak ada data (–), bukan nol.",
                               "This region is outside the dataset's coverage: no data (–), not zero."),
    "brief_gaps_empty": ("Tidak ada.", "None."),
    "brief_and_more": ("dan {n} lainnya", "and {n} more"),
    "brief_facts_more": ("{n} fakta lain ada di halaman Sumber data.", "{n} more facts are on the Data sources page."),
    "brief_source_note": ("catatan sumber", "source note"),
    "brief_conflict": ("sumber berbeda", "sources disagree"),
    "brief_star_unstated": ("bintang tidak disebut atau sumber berbeda", "star not stated or sources disagree"),
    "brief_policy_intro": ("Ringkasan pernyataan kedua kementerian (bukan kutipan langsung):",
                           "The two ministries' statements, summarised (not quoted):"),
    "brief_kind_principle": ("Prinsip", "Principle"),
    "brief_kind_strategy": ("Strategi", "Strategy"),
    "brief_kind_pillar": ("Pilar", "Pillar"),
    "brief_program_kemenkop_ovop": ("Kemenkop UKM", "Kemenkop UKM"),
    "brief_program_kemenperin_ovop_award": ("Kemenperin", "Kemenperin"),
    "brief_cite_dataset": ("Dataset '{dataset}': {source}.", "Dataset '{dataset}': {source}."),
    "brief_cite_synthetic": ("DATA SINTETIS untuk demonstrasi.", "SYNTHETIC DATA for demonstration."),
    "brief_no_url": ("Tanpa URL (pernyataan pers; dikutip menurut judul dan tanggal)",
                     "No URL (a press statement; cited by title and date)"),
}
