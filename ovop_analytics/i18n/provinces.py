"""Strings of the Provinces page (ranking and scorecard): key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "provinces_title": ("Peringkat dan kartu skor provinsi", "Province ranking and scorecard"),
    "provinces_ranking": ("Peringkat provinsi", "Province ranking"),
    "provinces_ranking_help": ("Klik judul kolom untuk mengurutkan.", "Click a column header to sort."),
    "provinces_col_ikm": ("IKM OVOP", "IKM OVOP"),
    "provinces_col_types": ("Jenis OVOP", "OVOP types"),
    "provinces_col_groups": ("Kelompok komoditas", "Commodity groups"),
    "provinces_col_rank": ("Peringkat", "Rank"),
    "provinces_scorecard": ("Kartu skor", "Scorecard"),
    "provinces_choose_province": ("Pilih provinsi", "Choose a province"),
    "provinces_flagship": ("IKM unggulan (bintang tertinggi)", "Flagship IKM (highest stars)"),
    "provinces_designated_types": ("Jenis OVOP yang ditetapkan", "Designated OVOP types"),
    "kabkota_table": ("Kabupaten/kota di {region}", "Kabupaten/kota in {region}"),
    "provinces_col_latest_round": ("Putaran terakhir", "Latest round"),
    "provinces_col_type": ("Jenis OVOP", "OVOP type"),
    "provinces_col_first_year": ("Tahun pertama", "First year"),
    "provinces_col_kabkota_count": ("Jumlah kab/kota", "Kabupaten/kota"),
    "provinces_split_note": ("Catatan pemekaran: angka {parent} sebelum {year} mencakup wilayah {children}; "
                             "ditampilkan sebagai angka provinsi induk.",
                             "Split note: figures for {parent} before {year} cover today's {children}; shown as the "
                             "parent province's figures."),
    "provinces_col_status": ("Status data", "Data status"),
    "provinces_entrants_title": ("IKM OVOP baru dan kembali per putaran", "New and returning IKM OVOP per round"),
    "provinces_no_awards_in_province": ("Tidak ada penghargaan IKM OVOP di provinsi ini dalam dataset.",
                                        "No IKM OVOP award in this province in the dataset."),
    "provinces_upgrades_title": ("Kenaikan bintang", "Star upgrades"),
    "provinces_col_stars_change": ("Bintang", "Stars"),
    "provinces_col_rounds_change": ("Putaran", "Rounds"),
    "provinces_kpi_new_entrants": ("IKM baru di putaran terakhir", "New IKM in the latest round"),
    "provinces_new_entrants_of": ("putaran {round}: dari {n} IKM yang dinilai", "round {round}: of {n} IKM awarded"),
    "provinces_upgrades_count": ("{n} IKM naik bintang dari putaran sebelumnya.",
                                 "{n} IKM moved up in stars since their previous round."),
    "provinces_status_outside": ("tidak ada data (di luar cakupan)", "no data (outside coverage)"),
    "provinces_status_no_records": ("tanpa catatan (0)", "no records (0)"),
    "provinces_status_has_records": ("ada catatan", "has records"),
    "kabkota_without_types": ("{n} tanpa jenis OVOP", "{n} without OVOP types"),
    "kabkota_outside": ("{n} di luar cakupan dataset (tidak ada data)", "{n} outside the dataset's coverage (no data)"),
    "provinces_province_outside_coverage": ("{region} di luar cakupan dataset ini ({coverage}): tidak ada data, "
                                            "bukan nol.",
                                            "{region} is outside this dataset's coverage ({coverage}): no data, not "
                                            "zero."),
    "pub_prov_holders_title": ("Pemegang penghargaan bernama", "Named award holders"),
    "pub_prov_holders_caption": ("Fakta terbitan, bukan data dataset yang dipilih: sampel pemegang penghargaan yang "
                                 "namanya disebut dalam sumber terbitan, bukan total.",
                                 "Published facts, not the chosen dataset: a sample of award holders named in "
                                 "published sources, not totals."),
    "pub_prov_holders_none": ("Sumber terbitan yang dibundel tidak menyebut nama pemegang penghargaan di {province}.",
                              "The bundled published sources name no award holder in {province}."),
    "provinces_sparkline_note": ("Batang kecil pada IKM OVOP: jumlah IKM OVOP per putaran penghargaan, {first} (kiri) "
                                 "sampai {last} (kanan).",
                                 "Small bars under IKM OVOP: IKM OVOP per award round, {first} (left) to {last} "
                                 "(right)."),
}
