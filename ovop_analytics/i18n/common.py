"""Strings of words several pages and modules share (column names, axis titles, units, "no data"):
key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "common_language": ("Bahasa", "Language"),
    "dataset": ("Dataset", "Dataset"),
    "common_synthetic_watermark": ("Data demo (sintetis)", "Demo data (synthetic)"),
    "common_synthetic_banner": ("Data demo (sintetis): angka dibuat oleh generator untuk demonstrasi, bukan data "
                                "resmi. Angka resmi ada di halaman Sumber data.",
                                "Demo data (synthetic): figures are generated for demonstration, not official data. "
                                "Published figures are on the Data sources page."),
    "common_source_line": ("Sumber: {source}", "Source: {source}"),
    "common_no_data": ("tidak ada data", "no data"),
    "common_download_csv": ("Unduh data (CSV)", "Download data (CSV)"),
    "common_no_records": ("Dataset ini tidak memiliki catatan OVOP (hanya fakta terbitan). Pilih dataset lain.",
                          "This dataset holds no OVOP records (published facts only). Choose another dataset."),
    "common_kpi_provinces": ("Provinsi dengan OVOP", "Provinces with OVOP"),
    "common_kpi_kabkota": ("Kabupaten/kota dengan OVOP", "Kabupaten/kota with OVOP"),
    "common_kpi_types": ("Jenis OVOP tercakup", "OVOP types covered"),
    "common_kpi_ikm": ("Catatan IKM OVOP", "IKM OVOP records"),
    "common_axis_round": ("Putaran penghargaan (tahun)", "Award round (year)"),
    "common_axis_ikm": ("Jumlah IKM OVOP", "Number of IKM OVOP"),
    "common_star_label": ("{n} bintang", "{n} star"),
    "common_col_region_code": ("Kode", "Code"),
    "common_col_region": ("Wilayah", "Region"),
    "common_col_province": ("Provinsi", "Province"),
    "common_col_kabkota": ("Kabupaten/kota", "Kabupaten/kota"),
    "commodity_mix_title": ("Komposisi kelompok komoditas: {region}", "Commodity group mix: {region}"),
    "common_axis_group": ("Kelompok komoditas", "Commodity group"),
    "common_axis_records": ("Jumlah catatan OVOP", "Number of OVOP records"),
    "common_col_entity": ("Nama IKM", "IKM name"),
    "common_col_product": ("Produk", "Product"),
    "common_col_star": ("Bintang", "Stars"),
    "map_class": ("Kelas", "Class"),
    "common_all_indonesia": ("Seluruh Indonesia", "All of Indonesia"),
    "map_chart_title": ("{metric}, {area}, {start}-{end}", "{metric}, {area}, {start}-{end}"),
    "map_no_boundaries": ("Batas wilayah belum dipasang, jadi peta petak provinsi ditampilkan. Pasang batas dengan: "
                          "`ovop-analytics boundaries install --from BERKAS_ATAU_URL` (GeoJSON, TopoJSON, Shapefile "
                          "zip atau GeoPackage; tingkat provinsi dan kabupaten/kota).",
                          "No boundaries are installed, so the province tile map is shown. Install them with: "
                          "`ovop-analytics boundaries install --from FILE_OR_URL` (GeoJSON, TopoJSON, zipped "
                          "Shapefile or GeoPackage; province and kabupaten/kota levels)."),
    "common_col_source": ("Sumber", "Source"),
    "facts_title": ("Fakta OVOP terbitan ({n})", "Published OVOP facts ({n})"),
    "common_col_fact": ("Fakta", "Fact"),
    "common_col_year": ("Tahun", "Year"),
    "common_col_metric": ("Ukuran", "Metric"),
    "common_col_value": ("Nilai", "Value"),
    "common_col_note": ("Catatan", "Note"),
    "common_col_source_title": ("Judul sumber", "Source title"),
    "common_col_link": ("Tautan", "Link"),
    "common_col_published": ("Terbit", "Published"),
    "program_kemenkop_ovop": ("Kemenkop UKM: jenis OVOP", "Kemenkop UKM: OVOP types"),
    "program_kemenperin_ovop_award": ("Kemenperin: penghargaan IKM OVOP", "Kemenperin: IKM OVOP award"),
    "kind_reference": ("referensi", "reference"),
    "kind_demo": ("demo", "demo"),
    "kind_upload": ("unggahan", "upload"),
    "kind_shared": ("bersama", "shared"),
    "yes": ("ya", "yes"),
    "no": ("tidak", "no"),
    "period_years": ("Periode (tahun)", "Period (years)"),
    "period_help": ("Tahun awal dan akhir. Tersimpan di URL, sehingga tautan menampilkan tampilan yang sama.",
                    "Start and end year. Kept in the URL, so a link reproduces the view."),
    "common_unit_count": ("jumlah", "count"),
    "common_unit_fraction": ("0–1", "0–1"),
    "common_unit_index": ("indeks", "index"),
    "common_unit_ratio": ("rasio", "ratio"),
    "common_unit_per_year": ("% per tahun", "% per year"),
    "measure_ikm_ovop": ("IKM OVOP", "IKM OVOP"),
    "measure_types": ("Jenis OVOP", "OVOP types"),
    "axis_period_ikm_ovop": ("Putaran penghargaan (tahun)", "Award round (year)"),
    "axis_cumulative_ikm_ovop": ("IKM OVOP kumulatif (jumlah penghargaan)", "Cumulative IKM OVOP (awards)"),
    "growth_cumulative_title": ("{what} kumulatif", "Cumulative {what}"),
    "top_movers": ("Provinsi dengan pertumbuhan terbesar", "Provinces that grew most"),
    "common_kpi_kabkota_ikm": ("Kabupaten/kota dengan ≥1 IKM OVOP", "Kabupaten/kota with ≥1 IKM OVOP"),
    "common_kpi_catalogue": ("Katalog jenis nasional tercakup", "National catalogue of types covered"),
    "lq_title": ("Kuosien lokasi (spesialisasi)", "Location quotients (specialisation)"),
    "lq_intro": ("Pangsa kelompok komoditas di provinsi dibagi pangsa nasionalnya: > 1 berarti provinsi "
                 "berspesialisasi pada kelompok itu.",
                 "A commodity group's share of the province's records divided by its national share: > 1 means the "
                 "province specialises in it."),
    "new_entrants": ("Baru (penghargaan pertama)", "New (first award)"),
    "returning": ("Kembali (pernah dinilai)", "Returning (awarded before)"),
    "common_kpi_source": ("Sumber angka di atas: {source}", "Source of the figures above: {source}"),
    "basis_period": ("dalam periode", "in the period"),
    "basis_to_date": ("s.d. akhir periode", "up to the period's end"),
    "basis_change": ("perubahan stok antara awal dan akhir periode", "change of the stock from start to end"),
    "basis_header_period": ("{label} ({start}–{end})", "{label} ({start}–{end})"),
    "basis_header_to_date": ("{label} s.d. {end}", "{label} to {end}"),
    "basis_note": ("Basis: '{start}–{end}' menghitung catatan bertanggal dalam periode; 's.d. {end}' menghitung "
                   "semua catatan sampai akhir periode (penetapan jenis tetap berlaku). Lihat Metodologi di halaman "
                   "Sumber data.",
                   "Basis: '{start}–{end}' counts records dated in the period; 'to {end}' counts every record up to "
                   "the period's end (a type designation stays). See Methods on the Data sources page."),
    "unavail_no_types_program": ("Dataset ini tidak memuat jenis OVOP Kemenkop UKM: angka jenis, cakupan katalog dan "
                                 "keunikan tidak dapat dihitung.",
                                 "This dataset holds no Kemenkop UKM OVOP types: type counts, catalogue coverage and "
                                 "uniqueness cannot be computed."),
    "unavail_no_award_program": ("Dataset ini tidak memuat penghargaan IKM OVOP Kemenperin: angka IKM OVOP, putaran "
                                 "dan pertumbuhannya tidak dapat dihitung.",
                                 "This dataset holds no Kemenperin IKM OVOP awards: IKM OVOP counts, rounds and "
                                 "their growth cannot be computed."),
    "kabkota_without_ikm": ("{n} kabupaten/kota tanpa IKM OVOP", "{n} kabupaten/kota without IKM OVOP"),
    "common_meta_coverage": ("Cakupan", "Coverage"),
    "common_axis_types": ("Jumlah jenis OVOP", "Number of OVOP types"),
    "pub_named": ("Disebut berhasil (2011)", "Named as successful (2011)"),
    "pub_col_round": ("Putaran", "Round"),
    "ws_field_region_code": ("kode wilayah (Kemendagri)", "region code (Kemendagri)"),
    "ws_field_province": ("provinsi", "province"),
    "ws_field_kabupaten_kota": ("kabupaten/kota", "kabupaten/kota"),
    "ws_field_year": ("tahun", "year"),
    "ws_field_program": ("program", "programme"),
    "ws_field_commodity_group": ("kelompok komoditas", "commodity group"),
    "ws_field_type": ("jenis OVOP", "OVOP type"),
    "ws_field_star": ("bintang", "stars"),
    "ws_field_entity_name": ("nama IKM", "IKM name"),
    "ws_field_product": ("produk", "product"),
    "ws_field_source": ("sumber", "source"),
    "ws_name_public": ("Dataset bersama bernama '{existing}' sudah ada dan terlihat oleh semua pengguna; '{name}' "
                       "dianggap nama yang sama (huruf besar/kecil dan lebar huruf diabaikan). Pilih nama lain.",
                       "A shared dataset named '{existing}' exists already and every user sees it; '{name}' counts "
                       "as the same name (case and character width are ignored). Choose another name."),
    "ws_name_elsewhere": ("Sebuah dataset pribadi di ruang kerja seorang peneliti sudah bernama '{existing}'; "
                          "dataset bersama memerlukan nama yang belum dipakai siapa pun. Pilih nama lain.",
                          "A private dataset in a researcher's workspace is already named '{existing}'; a shared "
                          "dataset needs a name nobody uses yet. Choose another name."),
    "ws_publish_name_public": ("'{name}' tidak dapat diterbitkan: dataset bersama bernama '{existing}' sudah ada. "
                               "Ganti dulu nama dataset Anda; dataset ini tetap pribadi.",
                               "'{name}' cannot be published: a shared dataset named '{existing}' exists already. "
                               "Rename your dataset first; it stays private."),
    "ws_publish_name_elsewhere": ("'{name}' tidak dapat diterbitkan: dataset pribadi di ruang kerja lain memakai "
                                  "nama ini, dan pemiliknya tidak akan dapat membedakan keduanya. Ganti dulu nama "
                                  "dataset Anda; dataset ini tetap pribadi.",
                                  "'{name}' cannot be published: a private dataset in another workspace has this "
                                  "name, and its owner could no longer tell the two apart. Rename your dataset "
                                  "first; it stays private."),
    "ws_replace_cancel": ("Batal mengganti", "Do not replace"),
    "ws_replace_existing": ("Ganti dataset '{name}' di ruang kerja Anda dengan berkas ini",
                            "Replace the dataset '{name}' in your workspace with this file"),
    "pres_image_size": ("Ukuran gambar", "Image size"),
    "pres_image_camera_hint": ("Lalu klik ikon kamera di menu grafik (kanan atas grafik): gambar berisi judul, "
                               "legenda, sumber dan tanda data demo.",
                               "Then click the camera icon in the chart's menu (top right of the chart): the image "
                               "holds the title, legend, source line and the demo-data mark."),
    "pres_round": ("Putaran {round}", "Round {round}"),
    "pres_timeline_map_title_ikm_ovop": ("IKM OVOP per putaran, {area}", "IKM OVOP by award round, {area}"),
    "pres_play": ("Putar", "Play"),
    "pres_pause": ("Jeda", "Pause"),
    "pres_previous": ("Sebelumnya", "Previous"),
    "pres_next": ("Berikutnya", "Next"),
    "pres_no_periods": ("Dataset ini tidak punya periode untuk ukuran ini.",
                        "This dataset has no periods for this measure."),
    "brief_h_rounds": ("IKM OVOP per putaran penghargaan dan bintang", "IKM OVOP by award round and star"),
    "brief_h_mix": ("Komposisi kelompok komoditas", "Commodity group mix"),
    "brief_col_figure": ("Angka", "Figure"),
    "brief_col_value": ("Nilai", "Value"),
    "brief_col_type": ("Jenis OVOP", "OVOP type"),
    "brief_col_group": ("Kelompok komoditas", "Commodity group"),
    "brief_col_first_year": ("Tahun pertama", "First year"),
    "brief_col_in_province": ("Kab/kota di provinsi", "Kab/kota in province"),
    "brief_col_nationally_kabkota": ("Kab/kota secara nasional", "Kab/kota nationally"),
    "brief_rank_of": ("{rank} dari {n}", "{rank} of {n}"),
    "brief_fig_ikm_ovop": ("IKM OVOP dianugerahkan", "IKM OVOP awarded"),
    "brief_fig_types": ("Jenis OVOP tercatat", "OVOP types recorded"),
    "brief_fig_commodity_groups": ("Kelompok komoditas", "Commodity groups"),
    "brief_fig_coverage_types": ("Cakupan katalog jenis OVOP", "Coverage of the OVOP type catalogue"),
    "brief_fig_uniqueness": ("Keunikan jenis OVOP (0–1)", "Uniqueness of OVOP types (0–1)"),
    "brief_fig_ikm_to_end": ("IKM OVOP sampai akhir periode", "IKM OVOP up to the end of the period"),
    "brief_fig_kabkota_with_ikm": ("Kab/kota dengan minimal satu IKM OVOP", "Kab/kota with at least one IKM OVOP"),
    "brief_fig_types_present": ("Jenis OVOP katalog yang ada", "Catalogue OVOP types present"),
    "brief_fig_provinces_with_ovop": ("Provinsi dengan OVOP", "Provinces with OVOP"),
    "brief_target": ("Target Kemenperin: setiap kabupaten/kota mengusulkan minimal satu IKM OVOP ({value} kab/kota "
                     "sebagaimana dilaporkan; gazeter saat ini: {total}).",
                     "Kemenperin's target: every kabupaten/kota proposes at least one IKM OVOP ({value} kab/kota as "
                     "reported; today's gazetteer: {total})."),
    "brief_no_ikm": ("Belum ada IKM OVOP di kabupaten/kota ini sampai {end}.",
                     "No IKM OVOP in this kabupaten/kota yet, up to {end}."),
    "brief_rounds_empty": ("Tidak ada penghargaan IKM OVOP dalam periode {start}–{end}.",
                           "No IKM OVOP awards in the period {start}–{end}."),
    "brief_mix_empty": ("Tidak ada catatan OVOP dalam periode.", "No OVOP records in the period."),
    "brief_strengths_empty": ("Tidak ada jenis OVOP yang hanya dimiliki wilayah ini.",
                              "No OVOP type is held by this region alone."),
    "brief_unique_national": ("satu-satunya secara nasional", "the only one nationally"),
    "brief_unique_kabkota": ("satu-satunya di {province}", "the only one in {province}"),
    "brief_types_empty": ("Tidak ada jenis OVOP tercatat sampai {end}.", "No OVOP type recorded up to {end}."),
    "brief_facts_empty": ("Tidak ada fakta terbitan tentang wilayah ini.", "No published fact about this region."),
    "brief_awardees_note": ("Contoh dari laporan terbitan, bukan daftar lengkap.",
                            "Examples from published reports, not a complete list."),
    "brief_split_parent": ("Provinsi {child} dimekarkan dari provinsi ini pada {year}; angka sebelum {year} mencakup "
                           "wilayahnya.",
                           "{child} was split off from this province in {year}; figures before {year} cover its land."),
    "brief_split_child": ("Provinsi ini dibentuk pada {year} dari {parent}; catatan sebelum {year} dapat tercatat "
                          "atas nama {parent}.",
                          "This province was created in {year} from {parent}; records before {year} may be reported "
                          "under {parent}."),
    "brief_button": ("Unduh briefing PDF", "Download PDF briefing"),
    "brief_button_help": ("Dokumen A4 (1–2 halaman) untuk rapat: angka, peta, sumber. Dibuat luring.",
                          "An A4 document (1–2 pages) for a meeting: figures, map, sources. Produced offline."),
    "ops_db_corrupt": ("Basis data {path} rusak ({detail}). Cadangan terbaru: {backup}. Operator dapat memulihkannya "
                       "dengan perintah di bawah, lalu memuat ulang halaman ini.",
                       "The database {path} is damaged ({detail}). Newest backup: {backup}. An operator can restore "
                       "it with the command below, then reload this page."),
    "ops_db_corrupt_no_backup": ("Basis data {path} rusak ({detail}) dan tidak ada cadangan di folder backups/. "
                                 "Operator dapat memulihkan salinan lain dengan perintah di bawah.",
                                 "The database {path} is damaged ({detail}) and there is no backup in the backups/ "
                                 "folder. An operator can restore another copy with the command below."),
    "ops_db_missing": ("Basis data {path} belum ada.", "There is no database at {path} yet."),
}
