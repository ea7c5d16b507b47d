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
    "source_line": ("Sumber: dataset '{dataset}' ({source})", "Source: dataset '{dataset}' ({source})"),
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


def commodity_label(code: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    if code is None:
        return "-"
    labels = COMMODITY_LABELS.get(code)
    return labels[0 if lang == "id" else 1] if labels else code
