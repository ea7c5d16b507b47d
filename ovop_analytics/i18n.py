"""Every UI string in Bahasa Indonesia (default) and English, looked up by key.

Pages never write user-facing text inline; `tests/unit/test_i18n.py` checks every key has both languages.
"""

from __future__ import annotations

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"

STRINGS: dict[str, tuple[str, str]] = {
    # shell
    "app_title": ("Analitik OVOP Indonesia", "OVOP Analytics Indonesia"),
    "language": ("Bahasa", "Language"),
    "dataset": ("Dataset", "Dataset"),
    "dataset_help": ("Data yang ditampilkan di semua halaman.", "The data shown on every page."),
    "page_overview": ("Ringkasan", "Overview"),
    "page_provinces": ("Provinsi", "Provinces"),
    "page_sources": ("Sumber data", "Data sources"),
    "page_map": ("Peta", "Map"),
    "page_growth": ("Pertumbuhan klaster", "Cluster growth"),
    "page_diversity": ("Keragaman komoditas", "Commodity diversity"),
    "page_compare": ("Perbandingan", "Compare"),
    "page_upload": ("Unggah data", "Upload data"),
    "section_explore": ("Jelajahi", "Explore"),
    "section_data": ("Data", "Data"),
    "synthetic_watermark": ("Data demo (sintetis)", "Demo data (synthetic)"),
    "synthetic_banner": ("Data demo (sintetis): angka dibuat oleh generator untuk demonstrasi, bukan data resmi. "
                         "Angka resmi ada di halaman Sumber data.",
                         "Demo data (synthetic): figures are generated for demonstration, not official data. "
                         "Published figures are on the Data sources page."),
    "private_badge": ("Dataset pribadi: hanya terlihat di sesi browser ini.",
                      "Private dataset: visible only in this browser session."),
    "source_line": ("Sumber: {source}", "Source: {source}"),
    "no_data": ("tidak ada data", "no data"),
    "download_csv": ("Unduh data (CSV)", "Download data (CSV)"),
    "db_busy": ("Basis data sedang sibuk. Coba lagi sebentar lagi.", "The database is busy. Try again shortly."),
    "no_records": ("Dataset ini tidak memiliki catatan OVOP (hanya fakta terbitan). Pilih dataset lain.",
                   "This dataset holds no OVOP records (published facts only). Choose another dataset."),
    # overview
    "overview_title": ("Ringkasan nasional OVOP", "National OVOP overview"),
    "overview_intro": ("Sebaran One Village One Product: jenis OVOP yang ditetapkan Kemenkop UKM dan IKM OVOP "
                       "yang dinilai bintang oleh Kemenperin.",
                       "One Village One Product across Indonesia: OVOP types designated by Kemenkop UKM and IKM "
                       "OVOP awarded stars by Kemenperin."),
    "kpi_provinces": ("Provinsi dengan OVOP", "Provinces with OVOP"),
    "kpi_kabkota": ("Kabupaten/kota dengan OVOP", "Kabupaten/kota with OVOP"),
    "kpi_types": ("Jenis OVOP tercakup", "OVOP types covered"),
    "kpi_ikm": ("Catatan IKM OVOP", "IKM OVOP records"),
    "of_n": ("dari {n}", "of {n}"),
    "chart_rounds_title": ("IKM OVOP per putaran penghargaan, menurut bintang",
                           "IKM OVOP per award round, by star"),
    "axis_round": ("Putaran penghargaan (tahun)", "Award round (year)"),
    "axis_ikm": ("Jumlah IKM OVOP", "Number of IKM OVOP"),
    "star_label": ("{n} bintang", "{n} star"),
    "published_total": ("Total terbitan", "Published total"),
    "published_conflict": ("Sumber berbeda", "Sources disagree"),
    "chart_top_title": ("{n} provinsi teratas menurut jumlah IKM OVOP", "Top {n} provinces by IKM OVOP"),
    "axis_province": ("Provinsi", "Province"),
    # provinces
    "provinces_title": ("Peringkat dan kartu skor provinsi", "Province ranking and scorecard"),
    "ranking": ("Peringkat provinsi", "Province ranking"),
    "ranking_help": ("Klik judul kolom untuk mengurutkan.", "Click a column header to sort."),
    "col_region_code": ("Kode", "Code"),
    "col_region": ("Wilayah", "Region"),
    "col_province": ("Provinsi", "Province"),
    "col_kabkota": ("Kabupaten/kota", "Kabupaten/kota"),
    "col_ikm": ("IKM OVOP", "IKM OVOP"),
    "col_types": ("Jenis OVOP", "OVOP types"),
    "col_groups": ("Kelompok komoditas", "Commodity groups"),
    "col_rank": ("Peringkat", "Rank"),
    "col_records": ("Catatan", "Records"),
    "scorecard": ("Kartu skor", "Scorecard"),
    "choose_province": ("Pilih provinsi", "Choose a province"),
    "rank_of": ("peringkat {rank} dari {n}", "rank {rank} of {n}"),
    "median_national": ("median nasional {value}", "national median {value}"),
    "commodity_mix_title": ("Komposisi kelompok komoditas: {region}", "Commodity group mix: {region}"),
    "axis_group": ("Kelompok komoditas", "Commodity group"),
    "axis_records": ("Jumlah catatan OVOP", "Number of OVOP records"),
    "flagship": ("IKM unggulan (bintang tertinggi)", "Flagship IKM (highest stars)"),
    "designated_types": ("Jenis OVOP yang ditetapkan", "Designated OVOP types"),
    "kabkota_table": ("Kabupaten/kota di {region}", "Kabupaten/kota in {region}"),
    "kabkota_none": ("{n} kabupaten/kota tanpa OVOP dalam dataset ini (tetap ditampilkan).",
                     "{n} kabupaten/kota without OVOP in this dataset (still listed)."),
    "col_entity": ("Nama IKM", "IKM name"),
    "col_product": ("Produk", "Product"),
    "col_star": ("Bintang", "Stars"),
    "col_latest_round": ("Putaran terakhir", "Latest round"),
    "col_type": ("Jenis OVOP", "OVOP type"),
    "col_first_year": ("Tahun pertama", "First year"),
    "col_kabkota_count": ("Jumlah kab/kota", "Kabupaten/kota"),
    "split_note": ("Catatan pemekaran: angka {parent} sebelum {year} mencakup wilayah {children}; ditampilkan "
                   "sebagai angka provinsi induk.",
                   "Split note: figures for {parent} before {year} cover today's {children}; shown as the "
                   "parent province's figures."),
    # map
    "map_title": ("Peta OVOP", "OVOP map"),
    "map_view": ("Tampilan", "View"),
    "view_boundaries": ("Batas wilayah", "Boundaries"),
    "view_tiles": ("Petak provinsi", "Province tiles"),
    "map_level": ("Tingkat", "Level"),
    "level_province": ("Provinsi", "Provinces"),
    "level_kabupaten_kota": ("Kabupaten/kota", "Kabupaten/kota"),
    "map_metric": ("Ukuran", "Metric"),
    "map_scheme": ("Klasifikasi", "Classification"),
    "scheme_quantiles": ("Kuantil", "Quantiles"),
    "scheme_natural_breaks": ("Jeda alami (Jenks)", "Natural breaks (Jenks)"),
    "scheme_equal_interval": ("Interval sama", "Equal interval"),
    "map_classes": ("Jumlah kelas", "Number of classes"),
    "map_class": ("Kelas", "Class"),
    "map_province": ("Telusuri provinsi", "Drill down to a province"),
    "all_indonesia": ("Seluruh Indonesia", "All of Indonesia"),
    "map_period": ("Periode (tahun/putaran)", "Period (year/round)"),
    "map_chart_title": ("{metric}, {area}, {start}-{end}", "{metric}, {area}, {start}-{end}"),
    "map_no_boundaries": ("Batas wilayah belum dipasang, jadi peta petak provinsi ditampilkan. Pasang batas "
                          "dengan: `ovop-analytics boundaries install --from BERKAS_ATAU_URL` (GeoJSON, TopoJSON, "
                          "Shapefile zip atau GeoPackage; tingkat provinsi dan kabupaten/kota).",
                          "No boundaries are installed, so the province tile map is shown. Install them with: "
                          "`ovop-analytics boundaries install --from FILE_OR_URL` (GeoJSON, TopoJSON, zipped "
                          "Shapefile or GeoPackage; province and kabupaten/kota levels)."),
    "map_no_kabkota_boundaries": ("Batas kabupaten/kota belum dipasang: `ovop-analytics boundaries install "
                                  "--from BERKAS --level kabupaten_kota`.",
                                  "Kabupaten/kota boundaries are not installed: `ovop-analytics boundaries "
                                  "install --from FILE --level kabupaten_kota`."),
    "map_tiles_provinces_only": ("Peta petak hanya untuk tingkat provinsi.",
                                 "The tile map shows provinces only."),
    "map_as_of_note": ("Batas provinsi tahun {year}: {parents} digambar pada wilayah induk sebelum pemekaran "
                       "(gabungan wilayah provinsi hasil pemekaran saat ini).",
                       "Provinces as of {year}: {parents} drawn on the parent's footprint before the split "
                       "(the union of today's provinces split from it)."),
    "map_as_of_label": ("{name} (wilayah sebelum pemekaran {year})", "{name} (territory before the {year} split)"),
    "map_as_of_metric": ("Indeks ini dihitung pada batas provinsi saat ini; pilih IKM OVOP, jenis OVOP atau "
                         "kelompok komoditas untuk melihat batas tahun {year}.",
                         "This index is computed on today's provinces; choose IKM OVOP, OVOP types or commodity "
                         "groups to see the provinces of {year}."),
    "map_table": ("Nilai per wilayah", "Values by region"),
    # upload
    "upload_title": ("Unggah data OVOP", "Upload OVOP data"),
    "upload_intro": ("Muat tabel OVOP Anda sendiri (CSV atau Excel). Dataset yang diunggah hanya terlihat di sesi "
                     "browser ini sampai operator menerbitkannya. Tidak ada yang disimpan sebelum Anda menekan "
                     "Simpan, dan penyimpanan berlaku seluruhnya atau tidak sama sekali.",
                     "Load your own OVOP table (CSV or Excel). An uploaded dataset is visible only in this browser "
                     "session until an operator publishes it. Nothing is stored before you press Save, and saving "
                     "stores all of it or nothing."),
    "upload_template": ("Templat dan kamus data", "Template and data dictionary"),
    "upload_template_csv": ("Unduh templat (CSV)", "Download the template (CSV)"),
    "upload_dictionary_csv": ("Unduh kamus data (CSV)", "Download the data dictionary (CSV)"),
    "upload_file": ("Berkas CSV atau XLSX", "CSV or XLSX file"),
    "upload_program": ("Program (untuk berkas tanpa kolom program)", "Programme (for files without a programme "
                       "column)"),
    "upload_program_none": ("— dari kolom berkas —", "— from the file's column —"),
    "upload_sheet": ("Lembar Excel (kosong: lembar pertama)", "Excel sheet (empty: the first sheet)"),
    "upload_mapping": ("Tabel koreksi wilayah yang disimpan (opsional)", "A saved region corrections table "
                       "(optional)"),
    "upload_reading": ("Membaca dan memeriksa berkas…", "Reading and checking the file…"),
    "upload_unreadable": ("Berkas tidak dapat dibaca sebagai tabel; tidak ada yang disimpan.",
                          "The file cannot be read as a table; nothing was stored."),
    "upload_summary": ("Ringkasan", "Summary"),
    "upload_rows": ("Baris dibaca", "Rows read"),
    "upload_rows_good": ("Baris baik", "Good rows"),
    "upload_rows_problems": ("Baris bermasalah", "Rows with problems"),
    "upload_rows_review": ("Menunggu wilayah", "Waiting for a region"),
    "upload_problems": ("Masalah ({n}): perbaiki berkas lalu unggah lagi", "Problems ({n}): fix the file and "
                        "upload it again"),
    "upload_problems_more": ("{shown} dari {n} masalah ditampilkan.", "{shown} of {n} problems shown."),
    "col_message": ("Masalah", "Problem"),
    "col_row": ("Baris", "Row"),
    "col_column": ("Kolom", "Column"),
    "col_status": ("Status", "Status"),
    "upload_review": ("Tinjau nama wilayah ({n})", "Review region names ({n})"),
    "upload_review_help": ("Nama-nama ini tidak cocok dengan pasti. Periksa saran, isi atau ubah kode Kemendagri "
                           "(mis. 33.02), lalu terapkan. Tabel koreksi dapat diunduh dan dipakai lagi.",
                           "These names did not match with certainty. Check the suggestion, fill in or change the "
                           "Kemendagri code (e.g. 33.02), then apply. The corrections table can be downloaded and "
                           "reused."),
    "upload_col_source_name": ("Nama di berkas", "Name in the file"),
    "upload_col_code": ("Kode Kemendagri (isi/ubah)", "Kemendagri code (fill/change)"),
    "upload_col_suggestion": ("Saran", "Suggestion"),
    "upload_col_score": ("Keyakinan", "Confidence"),
    "upload_col_first_row": ("Baris pertama", "First row"),
    "upload_apply": ("Terapkan koreksi", "Apply corrections"),
    "upload_accept_all": ("Terima semua saran", "Accept all suggestions"),
    "upload_corrections_csv": ("Unduh tabel koreksi (CSV)", "Download the corrections table (CSV)"),
    "upload_preview": ("Pratinjau baris", "Preview of rows"),
    "upload_name": ("Nama dataset", "Dataset name"),
    "upload_save": ("Simpan sebagai dataset pribadi", "Save as a private dataset"),
    "upload_not_ready": ("Belum dapat disimpan: selesaikan masalah dan tinjauan wilayah di atas.",
                         "Cannot be saved yet: resolve the problems and the region review above."),
    "upload_saving": ("Menyimpan…", "Saving…"),
    "upload_saved": ("Dataset tersimpan ({rows} baris) dan dipilih di semua halaman:",
                     "Dataset saved ({rows} rows) and selected on every page:"),
    "upload_refused": ("Tidak disimpan; tidak ada yang ditulis:", "Not saved; nothing was written:"),
    "upload_mine": ("Dataset unggahan Anda", "Your uploaded datasets"),
    "upload_none_yet": ("Belum ada dataset unggahan di sesi ini.", "No uploaded dataset in this session yet."),
    "upload_publish": ("Terbitkan untuk semua pengguna", "Publish to every user"),
    "upload_password": ("Kata sandi operator", "Operator password"),
    "upload_published": ("Dataset diterbitkan untuk semua pengguna.", "Dataset published to every user."),
    "upload_publish_disabled": ("Penerbitan dinonaktifkan: operator belum mengatur OVOP_PUBLISH_PASSWORD.",
                                "Publishing is disabled: the operator has not set OVOP_PUBLISH_PASSWORD."),
    "upload_delete": ("Hapus", "Delete"),
    "upload_action_failed": ("Tindakan ditolak:", "Action refused:"),
    "export_title": ("Ekspor dataset terpilih", "Export the selected dataset"),
    "export_button": ("Unduh {fmt}", "Download {fmt}"),
    # sources
    "sources_title": ("Sumber data dan fakta terbitan", "Data sources and published facts"),
    "datasets_table": ("Dataset", "Datasets"),
    "col_name": ("Nama", "Name"),
    "col_kind": ("Jenis", "Kind"),
    "col_visibility": ("Visibilitas", "Visibility"),
    "col_synthetic": ("Sintetis", "Synthetic"),
    "col_source": ("Sumber", "Source"),
    "col_created": ("Dibuat", "Created"),
    "col_rows": ("Baris", "Rows"),
    "facts_title": ("Fakta OVOP terbitan ({n})", "Published OVOP facts ({n})"),
    "facts_intro": ("Setiap angka dikutip dari sumbernya. Baris yang sumbernya berbeda ditandai KONFLIK; "
                    "keduanya ditampilkan, tidak ada yang dipilih diam-diam.",
                    "Every figure cites its source. Rows whose sources disagree are marked CONFLICT; both are "
                    "shown, none is picked silently."),
    "conflicts_title": ("Konflik antar sumber", "Conflicts between sources"),
    "col_fact": ("Fakta", "Fact"),
    "col_program": ("Program", "Programme"),
    "col_year": ("Tahun", "Year"),
    "col_metric": ("Ukuran", "Metric"),
    "col_value": ("Nilai", "Value"),
    "col_note": ("Catatan", "Note"),
    "col_source_title": ("Judul sumber", "Source title"),
    "col_link": ("Tautan", "Link"),
    "col_other_link": ("Sumber lain", "Other source"),
    "col_published": ("Terbit", "Published"),
    "col_conflict": ("Konflik", "Conflict"),
    "no_url": ("tanpa URL terbitan", "no published URL"),
    "program_kemenkop_ovop": ("Kemenkop UKM: jenis OVOP", "Kemenkop UKM: OVOP types"),
    "program_kemenperin_ovop_award": ("Kemenperin: penghargaan IKM OVOP", "Kemenperin: IKM OVOP award"),
    "kind_reference": ("referensi", "reference"),
    "kind_demo": ("demo", "demo"),
    "kind_upload": ("unggahan", "upload"),
    "kind_shared": ("bersama", "shared"),
    "visibility_public": ("publik", "public"),
    "visibility_private": ("pribadi", "private"),
    "yes": ("ya", "yes"),
    "no": ("tidak", "no"),
}

COMMODITY_LABELS: dict[str, tuple[str, str]] = {
    "makanan_minuman": ("Makanan & Minuman", "Food & beverages"),
    "kain_tenun": ("Kain Tenun", "Woven cloth"),
    "kain_batik": ("Kain Batik", "Batik cloth"),
    "anyaman": ("Anyaman", "Plaiting"),
    "gerabah": ("Gerabah", "Earthenware"),
}


def t(key: str, lang: str = DEFAULT_LANGUAGE, **values: object) -> str:
    """The string `key` in `lang` ('id' or 'en'), formatted with `values`. Unknown keys raise KeyError."""
    text = STRINGS[key][0 if lang == "id" else 1]
    return text.format(**values) if values else text


def error_text(error: Exception, lang: str = DEFAULT_LANGUAGE) -> str:
    """The sentence for a library error in `lang`: its `code` is a string key formatted with its `values`;
    an error without a translated code falls back to its (English) message."""
    code = getattr(error, "code", "")
    if code in STRINGS:
        try:
            return t(code, lang, **getattr(error, "values", {}))
        except (KeyError, IndexError):  # values do not fit the sentence: the message still says it
            pass
    return str(error)


def commodity_label(code: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    if code is None:
        return "-"
    labels = COMMODITY_LABELS.get(code)
    return labels[0 if lang == "id" else 1] if labels else code

# analytics pages (issue 4)
STRINGS.update({
    # shared by the analytics pages
    "period_years": ("Periode (tahun)", "Period (years)"),
    "period_ikm_ovop": ("Periode (putaran penghargaan)", "Period (award rounds)"),
    "period_types": ("Periode (tahun penetapan)", "Period (designation years)"),
    "period_help": ("Tahun awal dan akhir. Tersimpan di URL, sehingga tautan menampilkan tampilan yang sama.",
                    "Start and end year. Kept in the URL, so a link reproduces the view."),
    "choose_provinces": ("Provinsi yang ditampilkan", "Provinces shown"),
    "choose_one_province": ("Pilih minimal satu provinsi.", "Choose at least one province."),
    "dash_is_no_data": ("Tanda – berarti tidak ada data (wilayah tanpa catatan OVOP), bukan nol.",
                        "A dash – means no data (a region without OVOP records), not zero."),
    "without_data": ("Tidak ada data: {names}.", "No data: {names}."),
    "has_data": ("ada data", "has data"),
    "col_status": ("Status data", "Data status"),
    "col_richness": ("Kelompok", "Groups"),
    "cagr_new": ("baru", "new"),
    "unit_count": ("jumlah", "count"),
    "unit_fraction": ("0–1", "0–1"),
    "unit_index": ("indeks", "index"),
    "unit_ratio": ("rasio", "ratio"),
    "unit_per_year": ("% per tahun", "% per year"),
    "unit_percent": ("%", "%"),
    "subtitle_period": ("Periode {start}–{end}", "Period {start}–{end}"),
    "subtitle_as_of": ("Keadaan s.d. {year}", "As of {year}"),
    "subtitle_movers": ("Dari akhir {start} sampai akhir {end}", "From the end of {start} to the end of {end}"),
    "subtitle_catalogue": ("Jenis yang ada dari {n} jenis katalog, keadaan s.d. {year}",
                           "Types present of the {n} in the catalogue, as of {year}"),
    "subtitle_index": ("Atas lima kelompok komoditas, periode {start}–{end}",
                       "Over the five commodity groups, period {start}–{end}"),
    "axis_metric": ("Ukuran", "Metric"),
    "axis_count": ("Jumlah", "Count"),
    "axis_fraction": ("Nilai (0–1)", "Value (0–1)"),
    "axis_share_records": ("Pangsa catatan OVOP provinsi (%)", "Share of the province's OVOP records (%)"),
    # growth
    "growth_title": ("Pertumbuhan klaster OVOP", "OVOP cluster growth"),
    "growth_intro": ("Jumlah kumulatif dan per periode: IKM OVOP per putaran penghargaan Kemenperin, atau jenis "
                     "OVOP baru per tahun penetapan, menurut provinsi, kelompok komoditas atau nasional.",
                     "Cumulative and per-period counts: IKM OVOP per Kemenperin award round, or new OVOP types "
                     "per designation year, by province, commodity group or for the nation."),
    "no_measure_records": ("Dataset ini tidak memiliki catatan {measure}. Pilih ukuran lain atau dataset lain.",
                           "This dataset holds no {measure} records. Choose another measure or dataset."),
    "growth_by": ("Menurut", "By"),
    "by_province": ("Provinsi", "Province"),
    "by_commodity_group": ("Kelompok komoditas", "Commodity group"),
    "by_national": ("Nasional", "National"),
    "growth_measure": ("Ukuran", "Measure"),
    "measure_ikm_ovop": ("IKM OVOP", "IKM OVOP"),
    "measure_types": ("Jenis OVOP", "OVOP types"),
    "axis_period_ikm_ovop": ("Putaran penghargaan (tahun)", "Award round (year)"),
    "axis_period_types": ("Tahun penetapan", "Designation year"),
    "axis_cumulative_ikm_ovop": ("IKM OVOP kumulatif (jumlah penghargaan)", "Cumulative IKM OVOP (awards)"),
    "axis_cumulative_types": ("Jenis OVOP kumulatif (jumlah jenis)", "Cumulative OVOP types (number)"),
    "axis_per_period_ikm_ovop": ("IKM OVOP dalam putaran (jumlah)", "IKM OVOP in the round (number)"),
    "axis_per_period_types": ("Jenis OVOP baru (jumlah)", "New OVOP types (number)"),
    "axis_growth_ikm_ovop": ("Tambahan IKM OVOP (jumlah penghargaan)", "Added IKM OVOP (awards)"),
    "axis_growth_types": ("Tambahan jenis OVOP (jumlah)", "Added OVOP types (number)"),
    "growth_cumulative_title": ("{what} kumulatif", "Cumulative {what}"),
    "scope_province": ("Menurut provinsi", "By province"),
    "scope_commodity_group": ("Menurut kelompok komoditas", "By commodity group"),
    "scope_national": ("Nasional (Indonesia)", "National (Indonesia)"),
    "subtitle_scope_period": ("{scope} · periode {start}–{end}", "{scope} · period {start}–{end}"),
    "growth_per_period_title_ikm_ovop": ("IKM OVOP per putaran penghargaan", "IKM OVOP per award round"),
    "growth_per_period_title_types": ("Jenis OVOP baru per tahun penetapan", "New OVOP types per designation year"),
    "growth_cumulative_note": ("Jumlah kumulatif mencakup tahun sebelum awal periode; periode hanya memotong "
                               "tampilan. Seorang IKM yang dinilai di dua putaran dihitung dua kali.",
                               "Cumulative totals include the years before the start of the period; the period "
                               "only trims the view. An IKM awarded in two rounds counts twice."),
    "top_movers": ("Provinsi dengan pertumbuhan terbesar", "Provinces that grew most"),
    "movers_intro": ("Pertambahan jumlah kumulatif dari akhir {start} sampai akhir {end}; CAGR = pertumbuhan "
                     "tahunan majemuk ('baru' bila awalnya nol).",
                     "Growth of the cumulative count from the end of {start} to the end of {end}; CAGR = "
                     "compound annual growth ('new' when it started from zero)."),
    "movers_title": ("10 provinsi dengan tambahan {what} terbesar", "Top 10 provinces by added {what}"),
    "movers_need_period": ("Pilih periode dengan tahun akhir setelah tahun awal untuk melihat pertumbuhan.",
                           "Choose a period whose end year is after its start year to see growth."),
    "col_start": ("Akhir {year}", "End of {year}"),
    "col_end": ("Akhir {year}", "End of {year}"),
    "col_change": ("Tambahan", "Added"),
    "col_cagr": ("CAGR", "CAGR"),
    "col_cagr_help": ("Pertumbuhan tahunan majemuk (% per tahun)", "Compound annual growth (% per year)"),
    # diversity and coverage
    "diversity_title": ("Keragaman komoditas dan cakupan", "Commodity diversity and coverage"),
    "diversity_intro": ("Seberapa luas OVOP menjangkau kabupaten/kota dan katalog jenis nasional, serta seberapa "
                        "beragam komoditas tiap provinsi.",
                        "How far OVOP reaches the kabupaten/kota and the national catalogue of types, and how "
                        "diverse each province's commodities are."),
    "coverage_title": ("Cakupan", "Coverage"),
    "kpi_kabkota_ikm": ("Kabupaten/kota dengan ≥1 IKM OVOP", "Kabupaten/kota with ≥1 IKM OVOP"),
    "kpi_catalogue": ("Katalog jenis nasional tercakup", "National catalogue of types covered"),
    "target_short": ("target: semua {n}", "target: all {n}"),
    "target_note": ("Target Kemenperin: setiap kabupaten/kota mengusulkan minimal satu IKM OVOP. Penyebut di sini "
                    "adalah {total} kabupaten/kota dalam gazetteer; angka terbitan menyebut {source_value} "
                    "kabupaten/kota (fakta {fact}, sebagaimana dilaporkan). Sampai {year} masih {missing} "
                    "kabupaten/kota tanpa IKM OVOP.",
                    "Kemenperin's target: every kabupaten/kota proposes at least one IKM OVOP. The denominator "
                    "here is the gazetteer's {total} kabupaten/kota; the published figure says {source_value} "
                    "kabupaten/kota (fact {fact}, as reported). Up to {year}, {missing} kabupaten/kota still "
                    "have no IKM OVOP."),
    "catalogue_coverage_title": ("Cakupan katalog jenis nasional per provinsi",
                                 "National catalogue coverage by province"),
    "kabkota_coverage_title": ("Kab/kota dengan ≥1 IKM OVOP per provinsi", "Kab/kota with ≥1 IKM OVOP by province"),
    "axis_catalogue_share": ("Jenis katalog nasional yang ada (%)", "National catalogue types present (%)"),
    "axis_kabkota_share": ("Kabupaten/kota dengan ≥1 IKM OVOP (%)", "Kabupaten/kota with ≥1 IKM OVOP (%)"),
    "coverage_table": ("Tabel cakupan per provinsi", "Coverage table by province"),
    "col_catalogue": ("Jenis katalog", "Catalogue types"),
    "col_catalogue_share": ("Cakupan katalog", "Catalogue coverage"),
    "col_kabkota_ikm": ("Kab/kota dengan IKM OVOP", "Kab/kota with IKM OVOP"),
    "col_kabkota_share": ("Pangsa kab/kota", "Kab/kota share"),
    "composition_title": ("Komposisi komoditas per provinsi", "Commodity mix by province"),
    "composition_scale": ("Tampilkan sebagai", "Show as"),
    "scale_share": ("Persentase", "Percentage"),
    "scale_count": ("Jumlah", "Count"),
    "composition_bars_title": ("Catatan OVOP per provinsi menurut kelompok komoditas",
                               "OVOP records by province and commodity group"),
    "composition_treemap_title": ("Peta pohon catatan OVOP: provinsi dan kelompok komoditas",
                                  "Treemap of OVOP records: province and commodity group"),
    "ranking_diversity": ("Peringkat keragaman", "Diversity ranking"),
    "choose_index": ("Indeks", "Index"),
    "ranking_index_title": ("{index} per provinsi", "{index} by province"),
    "overlap_title": ("Tumpang tindih jenis OVOP antarprovinsi", "Overlap of OVOP types between provinces"),
    "overlap_intro": ("Indeks Jaccard himpunan jenis OVOP dua provinsi s.d. {year}: jenis bersama / semua jenis "
                      "keduanya (0 = tidak ada yang sama, 1 = identik). Sel abu-abu: tidak ada data (provinsi "
                      "tanpa jenis) atau diagonal.",
                      "Jaccard index of two provinces' sets of OVOP types up to {year}: shared types / all types "
                      "of both (0 = nothing shared, 1 = identical). Grey cells: no data (a province without "
                      "types) or the diagonal."),
    "overlap_chart_title": ("Tumpang tindih jenis OVOP (Jaccard), provinsi × provinsi",
                            "Overlap of OVOP types (Jaccard), province × province"),
    "jaccard_scale": ("Jaccard (0–1)", "Jaccard (0–1)"),
    "lq_title": ("Kuosien lokasi (spesialisasi)", "Location quotients (specialisation)"),
    "lq_intro": ("Pangsa kelompok komoditas di provinsi dibagi pangsa nasionalnya: > 1 berarti provinsi "
                 "berspesialisasi pada kelompok itu.",
                 "A commodity group's share of the province's records divided by its national share: > 1 "
                 "means the province specialises in it."),
    # compare
    "compare_title": ("Perbandingan provinsi", "Compare provinces"),
    "compare_intro": ("Dua sampai lima provinsi berdampingan pada ukuran dan grafik yang sama.",
                      "Two to five provinces side by side on the same metrics and charts."),
    "choose_provinces_compare": ("Provinsi yang dibandingkan (2–5)", "Provinces to compare (2–5)"),
    "choose_two_provinces": ("Pilih minimal dua provinsi untuk dibandingkan.",
                             "Choose at least two provinces to compare."),
    "compare_table_title": ("Ukuran utama, {period}", "Key metrics, {period}"),
    "compare_cagr_note": ("CAGR: pertumbuhan tahunan majemuk jumlah kumulatif IKM OVOP dari akhir {start} (putaran "
                          "pertama dalam periode) sampai akhir {end}; 'baru' bila provinsi belum punya IKM OVOP "
                          "pada akhir {start}.",
                          "CAGR: compound annual growth of the cumulative IKM OVOP count from the end of {start} (the "
                          "first award round in the period) to the end of {end}; 'new' when the province had no IKM "
                          "OVOP by the end of {start}."),
    "compare_counts_title": ("IKM OVOP dan jenis OVOP", "IKM OVOP and OVOP types"),
    "compare_indices_title": ("Keragaman, cakupan dan keunikan (skala 0–1)",
                              "Diversity, coverage and uniqueness (0–1 scale)"),
    "compare_mix_title": ("Komposisi kelompok komoditas", "Commodity group mix"),
    "compare_growth_title": ("IKM OVOP kumulatif per putaran penghargaan", "Cumulative IKM OVOP per award round"),
    "no_rounds_in_period": ("Tidak ada putaran penghargaan dalam periode ini.",
                            "No award round falls in this period."),
    # province scorecard extras
    "entrants_title": ("IKM OVOP baru dan kembali per putaran", "New and returning IKM OVOP per round"),
    "new_entrants": ("Baru (penghargaan pertama)", "New (first award)"),
    "returning": ("Kembali (pernah dinilai)", "Returning (awarded before)"),
    "no_awards_in_province": ("Tidak ada penghargaan IKM OVOP di provinsi ini dalam dataset.",
                              "No IKM OVOP award in this province in the dataset."),
    "upgrades_title": ("Kenaikan bintang", "Star upgrades"),
    "col_stars_change": ("Bintang", "Stars"),
    "col_rounds_change": ("Putaran", "Rounds"),
    "kpi_new_entrants": ("IKM baru di putaran terakhir", "New IKM in the latest round"),
    "new_entrants_of": ("putaran {round}: dari {n} IKM yang dinilai", "round {round}: of {n} IKM awarded"),
    "upgrades_count": ("{n} IKM naik bintang dari putaran sebelumnya.",
                       "{n} IKM moved up in stars since their previous round."),
})

# strings of each capability live in ovop_analytics/texts/<area>.py
from ovop_analytics.texts import briefing, figures, newusers, operations, presenter, workspace  # noqa: E402

for _area in (figures, workspace, presenter, briefing, operations, newusers):
    _clash = STRINGS.keys() & _area.STRINGS.keys()
    assert not _clash, f"string keys defined twice: {sorted(_clash)}"
    STRINGS.update(_area.STRINGS)
