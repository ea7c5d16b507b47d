"""Strings of the briefing area: key -> (Bahasa Indonesia, English).

`brief_*`: the PDF briefing (ovop_analytics/briefing) and its buttons; `kk_*`: the kabupaten/kota
scorecard page.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # the PDF: head and period
    "brief_title": ("Briefing OVOP: {region}", "OVOP briefing: {region}"),
    "brief_subtitle_kabkota": ("Kabupaten/kota di Provinsi {province}", "Kabupaten/kota in {province} province"),
    "brief_level_national": ("Indonesia: 38 provinsi, 514 kabupaten/kota", "Indonesia: 38 provinces, 514 kabupaten/kota"),
    "brief_level_province": ("Provinsi", "Province"),
    "brief_level_kabupaten_kota": ("Kabupaten/kota", "Kabupaten/kota"),
    "brief_period": ("Periode {start}–{end}", "Period {start}–{end}"),
    "brief_dataset_line": ("Dataset: {dataset}", "Dataset: {dataset}"),
    "brief_generated": ("Dibuat {date}", "Generated {date}"),
    "brief_synthetic_note": ("Data demo (sintetis): angka dibuat oleh generator untuk demonstrasi, bukan data resmi. "
                             "Fakta terbitan dan kebijakan di bawah adalah kutipan nyata dengan sumbernya.",
                             "Demo data (synthetic): figures are generated for demonstration, not official data. "
                             "The published facts and policy statements below are real, with their sources."),
    "brief_footer": ("Analitik OVOP Indonesia · briefing dibuat luring dari basis data lokal",
                     "OVOP Analytics Indonesia · briefing produced offline from the local database"),
    # section headings
    "brief_h_headline": ("Angka utama dan perbandingan", "Headline figures and comparison"),
    "brief_h_stock": ("Posisi sampai akhir periode", "Position at the end of the period"),
    "brief_h_map": ("Peta", "Map"),
    "brief_h_rounds": ("IKM OVOP per putaran penghargaan dan bintang", "IKM OVOP by award round and star"),
    "brief_h_mix": ("Komposisi kelompok komoditas", "Commodity group mix"),
    "brief_h_strengths": ("Kekuatan", "Strengths"),
    "brief_h_gaps": ("Kesenjangan", "Gaps"),
    "brief_h_types": ("Jenis OVOP (paling khas lebih dulu)", "OVOP types (most distinctive first)"),
    "brief_h_facts": ("Fakta terbitan", "Published facts"),
    "brief_h_awardees": ("Penerima penghargaan yang disebut namanya", "Named award holders"),
    "brief_h_policy": ("Konteks kebijakan", "Policy context"),
    "brief_h_basis": ("Periode dan dasar perhitungan", "Period and basis"),
    "brief_h_sources": ("Sumber setiap angka", "Source of every figure"),
    # table columns
    "brief_col_figure": ("Angka", "Figure"),
    "brief_col_value": ("Nilai", "Value"),
    "brief_col_basis": ("Dasar", "Basis"),
    "brief_col_source": ("Sumber", "Source"),
    "brief_col_type": ("Jenis OVOP", "OVOP type"),
    "brief_col_group": ("Kelompok komoditas", "Commodity group"),
    "brief_col_first_year": ("Tahun pertama", "First year"),
    "brief_col_in_province": ("Kab/kota di provinsi", "Kab/kota in province"),
    "brief_col_nationally_province": ("Provinsi secara nasional", "Provinces nationally"),
    "brief_col_nationally_kabkota": ("Kab/kota secara nasional", "Kab/kota nationally"),
    "brief_col_rank_kabkota": ("Peringkat di {province}", "Rank in {province}"),
    "brief_col_rank_province": ("Peringkat nasional", "National rank"),
    "brief_col_mean_province_kabkota": ("Rata-rata kab/kota provinsi", "Province kab/kota average"),
    "brief_col_mean_national_kabkota": ("Rata-rata kab/kota nasional", "National kab/kota average"),
    "brief_col_mean_provinces": ("Rata-rata 38 provinsi", "Average of 38 provinces"),
    "brief_rank_of": ("{rank} dari {n}", "{rank} of {n}"),
    "brief_x_of_y": ("{x} dari {y}", "{x} of {y}"),
    # figures
    "brief_fig_ikm_ovop": ("IKM OVOP dianugerahkan", "IKM OVOP awarded"),
    "brief_fig_types": ("Jenis OVOP tercatat", "OVOP types recorded"),
    "brief_fig_commodity_groups": ("Kelompok komoditas", "Commodity groups"),
    "brief_fig_coverage_types": ("Cakupan katalog jenis OVOP", "Coverage of the OVOP type catalogue"),
    "brief_fig_uniqueness": ("Keunikan jenis OVOP (0–1)", "Uniqueness of OVOP types (0–1)"),
    "brief_fig_ikm_to_end": ("IKM OVOP sampai akhir periode", "IKM OVOP up to the end of the period"),
    "brief_fig_kabkota_with_ikm": ("Kab/kota dengan minimal satu IKM OVOP", "Kab/kota with at least one IKM OVOP"),
    "brief_fig_types_present": ("Jenis OVOP katalog yang ada", "Catalogue OVOP types present"),
    "brief_fig_provinces_with_ovop": ("Provinsi dengan OVOP", "Provinces with OVOP"),
    "brief_basis_flow": ("Dalam periode: catatan bertanggal {start}–{end} (tahun penetapan jenis OVOP atau putaran "
                         "penghargaan IKM OVOP); sama dengan ovop-analytics stats --from-year {start} --to-year {end}.",
                         "Within the period: records dated {start}–{end} (designation year of an OVOP type or award "
                         "round of an IKM OVOP); the same as ovop-analytics stats --from-year {start} --to-year {end}."),
    "brief_basis_stock": ("Sampai akhir periode: semua catatan sampai {end} (jenis yang ditetapkan lebih awal tetap "
                          "milik wilayah; target Kemenperin dihitung dengan dasar ini).",
                          "Up to the end of the period: every record up to {end} (a type designated earlier is "
                          "still the region's; Kemenperin's target is counted on this basis)."),
    "brief_basis_averages": ("Rata-rata adalah rerata aritmetika wilayah setingkat (wilayah tanpa catatan dihitung 0); "
                             "peringkat 1 = terbanyak, wilayah bernilai sama berbagi peringkat; – berarti tidak ada "
                             "data atau tidak ada yang diperingkat.",
                             "Averages are arithmetic means over regions of the same level (a region without records "
                             "counts as 0); rank 1 = most, ties share a rank; – means no data or nothing to rank."),
    "brief_target": ("Target Kemenperin: setiap kabupaten/kota mengusulkan minimal satu IKM OVOP ({value} kab/kota "
                     "sebagaimana dilaporkan; gazetir saat ini: {total}).",
                     "Kemenperin's target: every kabupaten/kota proposes at least one IKM OVOP ({value} kab/kota "
                     "as reported; today's gazetteer: {total})."),
    "brief_no_ikm": ("Belum ada IKM OVOP di kabupaten/kota ini sampai {end}.",
                     "No IKM OVOP in this kabupaten/kota yet, up to {end}."),
    "brief_rounds_empty": ("Tidak ada penghargaan IKM OVOP dalam periode {start}–{end}.",
                           "No IKM OVOP awards in the period {start}–{end}."),
    "brief_mix_empty": ("Tidak ada catatan OVOP dalam periode.", "No OVOP records in the period."),
    "brief_map_none": ("tidak ada", "none"),
    "brief_map_title": ("IKM OVOP dalam periode", "IKM OVOP in the period"),
    "brief_map_kabkota_in_province": ("Kab/kota di {province}, menurut IKM OVOP dalam periode",
                                      "Kab/kota of {province}, by IKM OVOP in the period"),
    "brief_map_highlight": ("{region} (biru tua) di {province}", "{region} (dark blue) in {province}"),
    "brief_map_provinces": ("Provinsi menurut IKM OVOP dalam periode", "Provinces by IKM OVOP in the period"),
    "brief_map_tile_highlight": ("{region} (biru tua) pada peta petak provinsi; batas kab/kota belum dipasang.",
                                 "{region} (dark blue) on the province tile map; kab/kota boundaries are not installed."),
    "brief_map_tiles": ("Peta petak provinsi (batas wilayah belum dipasang).",
                        "Province tile map (no boundaries installed)."),
    "brief_map_missing": ("Peta tidak tersedia: batas kabupaten/kota belum dipasang. Pasang dengan "
                          "ovop-analytics boundaries install --from FILE --level kabupaten_kota.",
                          "No map: kabupaten/kota boundaries are not installed. Install them with "
                          "ovop-analytics boundaries install --from FILE --level kabupaten_kota."),
    # strengths and gaps
    "brief_strengths_intro": ("Jenis OVOP yang tidak dimiliki wilayah lain (sampai {end}):",
                              "OVOP types no other region has (up to {end}):"),
    "brief_strengths_national": ("Provinsi dengan IKM OVOP terbanyak dalam periode {start}–{end}:",
                                 "Provinces with the most IKM OVOP in the period {start}–{end}:"),
    "brief_strengths_empty": ("Tidak ada jenis OVOP yang hanya dimiliki wilayah ini.",
                              "No OVOP type is held by this region alone."),
    "brief_unique_national": ("satu-satunya secara nasional", "the only one nationally"),
    "brief_unique_province": ("satu-satunya provinsi", "the only province"),
    "brief_unique_kabkota": ("satu-satunya di {province}", "the only one in {province}"),
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
    "brief_types_empty": ("Tidak ada jenis OVOP tercatat sampai {end}.", "No OVOP type recorded up to {end}."),
    # published facts, awardees, policy
    "brief_facts_empty": ("Tidak ada fakta terbitan tentang wilayah ini.", "No published fact about this region."),
    "brief_facts_more": ("{n} fakta lain ada di halaman Sumber data.", "{n} more facts are on the Data sources page."),
    "brief_source_note": ("catatan sumber", "source note"),
    "brief_conflict": ("sumber berbeda", "sources disagree"),
    "brief_star_unstated": ("bintang tidak disebut atau sumber berbeda", "star not stated or sources disagree"),
    "brief_awardees_note": ("Contoh dari laporan terbitan, bukan daftar lengkap.",
                            "Examples from published reports, not a complete list."),
    "brief_policy_intro": ("Ringkasan pernyataan kedua kementerian (bukan kutipan langsung):",
                           "The two ministries' statements, summarised (not quoted):"),
    "brief_kind_principle": ("Prinsip", "Principle"),
    "brief_kind_strategy": ("Strategi", "Strategy"),
    "brief_kind_pillar": ("Pilar", "Pillar"),
    "brief_program_kemenkop_ovop": ("Kemenkop UKM", "Kemenkop UKM"),
    "brief_program_kemenperin_ovop_award": ("Kemenperin", "Kemenperin"),
    # citations and splits
    "brief_cite_dataset": ("Dataset '{dataset}': {source}.", "Dataset '{dataset}': {source}."),
    "brief_cite_synthetic": ("DATA SINTETIS untuk demonstrasi.", "SYNTHETIC DATA for demonstration."),
    "brief_no_url": ("Tanpa URL (pernyataan pers; dikutip menurut judul dan tanggal)",
                     "No URL (a press statement; cited by title and date)"),
    "brief_split_parent": ("Provinsi {child} dimekarkan dari provinsi ini pada {year}; angka sebelum {year} mencakup "
                           "wilayahnya.", "{child} was split off from this province in {year}; figures before {year} "
                           "cover its land."),
    "brief_split_child": ("Provinsi ini dibentuk pada {year} dari {parent}; catatan sebelum {year} dapat tercatat "
                          "atas nama {parent}.", "This province was created in {year} from {parent}; records before "
                          "{year} may be reported under {parent}."),
    # buttons and messages (pages, CLI)
    "brief_button": ("Unduh briefing PDF", "Download PDF briefing"),
    "brief_button_help": ("Dokumen A4 (1–2 halaman) untuk rapat: angka, peta, sumber. Dibuat luring.",
                          "An A4 document (1–2 pages) for a meeting: figures, map, sources. Produced offline."),
    # kabupaten/kota scorecard page
    "kk_page": ("Kabupaten/kota", "Kabupaten/kota"),
    "kk_title": ("Kartu skor kabupaten/kota", "Kabupaten/kota scorecard"),
    "kk_intro": ("Satu dari 514 kabupaten/kota: IKM OVOP, jenis OVOP, keunikan, posisi di provinsinya, fakta "
                 "terbitan, dan briefing PDF.",
                 "One of the 514 kabupaten/kota: IKM OVOP, OVOP types, uniqueness, standing in its province, "
                 "published facts, and a PDF briefing."),
    "kk_choose": ("Kabupaten/kota (ketik untuk mencari)", "Kabupaten/kota (type to search)"),
    "kk_in_province": ("Provinsi {province} · kode {code}", "{province} province · code {code}"),
    "kk_rank": ("Peringkat {rank}", "Rank {rank}"),
    "kk_rank_help": ("Peringkat di antara kab/kota provinsinya (1 = terbanyak); rata-rata kab/kota provinsi (prov.) "
                     "dan nasional (nas.).",
                     "Rank among the kab/kota of its province (1 = most); average of the province's kab/kota (prov.) "
                     "and of all kab/kota nationally (nat.)."),
    "kk_col_metric": ("Ukuran", "Measure"),
    "kk_col_value": ("Nilai", "Value"),
    "kk_basis_flow": ("Dalam periode {start}–{end}.", "Within the period {start}–{end}."),
    "kk_basis_stock": ("Sampai akhir {end}.", "Up to the end of {end}."),
    "kk_types": ("Jenis OVOP dan kelompok komoditasnya", "OVOP types and their commodity groups"),
    "kk_strengths": ("Jenis yang hanya dimiliki wilayah ini", "Types only this region holds"),
    "kk_gaps": ("Kab/kota di {province} tanpa IKM OVOP", "Kab/kota of {province} without IKM OVOP"),
    "kk_peers": ("Kab/kota di {province}", "Kab/kota of {province}"),
    "kk_facts": ("Fakta terbitan tentang wilayah ini", "Published facts about this region"),
    "kk_awardees": ("Penerima penghargaan IKM OVOP yang disebut namanya", "Named IKM OVOP award holders"),
    "kk_col_mark": ("Kode", "Id"),
    "kk_col_text": ("Keterangan", "Detail"),
    "kk_col_source": ("Sumber", "Source"),
    "kk_col_url": ("URL", "URL"),
    "kk_col_published": ("Terbit", "Published"),
    "kk_col_round": ("Putaran", "Round"),
    "kk_col_note": ("Catatan sumber", "Source note"),
    "kk_none": ("Tidak ada.", "None."),
}
