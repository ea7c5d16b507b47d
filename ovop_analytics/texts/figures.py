"""Strings of the figures area (issue 9: citations, period basis, coverage, provenance): key -> (id, en)."""

STRINGS: dict[str, tuple[str, str]] = {
    # citations
    "cite_demo": ("Dataset '{name}': data demo sintetis, dibuat oleh generator bawaan (benih {seed}), bukan data "
                  "resmi",
                  "Dataset '{name}': synthetic demo data, made by the built-in generator (seed {seed}), not "
                  "official data"),
    "cite_reference": ("Dataset '{name}': fakta terbitan Kemenkop UKM, Kemenperin dan media; setiap fakta "
                       "mencantumkan sumbernya (halaman Sumber data)",
                       "Dataset '{name}': facts published by Kemenkop UKM, Kemenperin and the press; each fact "
                       "cites its source (Data sources page)"),
    "cite_upload": ("Dataset '{name}': berkas {file}, dimuat {who} pada {when}",
                    "Dataset '{name}': file {file}, loaded {who} on {when}"),
    "cite_upload_nofile": ("Dataset '{name}': dimuat {who} pada {when}", "Dataset '{name}': loaded {who} on {when}"),
    "loaded_by_cli": ("oleh operator lewat baris perintah", "by an operator from the command line"),
    "loaded_by_browser": ("lewat unggahan di browser", "through a browser upload"),
    "cite_facts": ("Fakta terbitan: {facts}", "Published facts: {facts}"),
    "kpi_source": ("Sumber angka di atas: {source}", "Source of the figures above: {source}"),
    "coverage_national": ("seluruh Indonesia", "all of Indonesia"),
    "coverage_caption": ("Cakupan dataset: {coverage}. Di dalam cakupan, wilayah tanpa catatan bernilai 0; di "
                         "luar cakupan: tidak ada data (–).",
                         "Dataset coverage: {coverage}. Inside it a region without records counts 0; outside "
                         "it there is no data (–)."),
    # period basis
    "basis_period": ("dalam periode", "in the period"),
    "basis_to_date": ("s.d. akhir periode", "up to the period's end"),
    "basis_change": ("perubahan stok antara awal dan akhir periode", "change of the stock from start to end"),
    "basis_header_period": ("{label} ({start}–{end})", "{label} ({start}–{end})"),
    "basis_header_to_date": ("{label} s.d. {end}", "{label} to {end}"),
    "basis_note": ("Basis: '{start}–{end}' menghitung catatan bertanggal dalam periode; 's.d. {end}' menghitung "
                   "semua catatan sampai akhir periode (penetapan jenis tetap berlaku). Lihat Metodologi di "
                   "halaman Sumber data.",
                   "Basis: '{start}–{end}' counts records dated in the period; 'to {end}' counts every record "
                   "up to the period's end (a type designation stays). See Methods on the Data sources page."),
    # programmes a dataset lacks
    "unavail_no_types_program": ("Dataset ini tidak memuat jenis OVOP Kemenkop UKM: angka jenis, cakupan katalog "
                                 "dan keunikan tidak dapat dihitung.",
                                 "This dataset holds no Kemenkop UKM OVOP types: type counts, catalogue coverage "
                                 "and uniqueness cannot be computed."),
    "unavail_no_award_program": ("Dataset ini tidak memuat penghargaan IKM OVOP Kemenperin: angka IKM OVOP, "
                                 "putaran dan pertumbuhannya tidak dapat dihitung.",
                                 "This dataset holds no Kemenperin IKM OVOP awards: IKM OVOP counts, rounds and "
                                 "their growth cannot be computed."),
    "no_value_reason": ("– : tidak ada data (di luar cakupan dataset) atau tidak dapat dihitung (mis. indeks "
                        "tanpa catatan, CAGR dari 0).",
                        "– : no data (outside the dataset's coverage) or cannot be computed (e.g. an index "
                        "without records, a CAGR from 0)."),
    # kabupaten/kota status
    "status_outside": ("tidak ada data (di luar cakupan)", "no data (outside coverage)"),
    "status_no_records": ("tanpa catatan (0)", "no records (0)"),
    "status_has_records": ("ada catatan", "has records"),
    "kabkota_without_ikm": ("{n} kabupaten/kota tanpa IKM OVOP", "{n} kabupaten/kota without IKM OVOP"),
    "kabkota_without_types": ("{n} tanpa jenis OVOP", "{n} without OVOP types"),
    "kabkota_outside": ("{n} di luar cakupan dataset (tidak ada data)", "{n} outside the dataset's coverage (no data)"),
    # exports
    "meta_dataset": ("Dataset", "Dataset"),
    "meta_kind": ("Jenis dataset", "Dataset kind"),
    "meta_synthetic": ("Sintetis", "Synthetic"),
    "meta_source": ("Sumber", "Source"),
    "meta_coverage": ("Cakupan", "Coverage"),
    "meta_loaded": ("Dimuat pada", "Loaded on"),
    "meta_view": ("Tampilan", "View"),
    "meta_filters": ("Filter dan periode", "Filters and period"),
    "meta_corrections": ("Koreksi yang diterapkan", "Corrections applied"),
    "meta_app_version": ("Versi aplikasi", "App version"),
    "meta_exported": ("Diekspor pada", "Exported on"),
    "meta_metric": ("Metrik", "Metric"),
    "meta_sheet": ("Keterangan", "About"),
    "download_zip": ("Unduh data + keterangan (ZIP)", "Download data + description (ZIP)"),
    # methods
    "methods_title": ("Metodologi: definisi setiap metrik", "Methods: every metric defined"),
    "methods_intro": ("Setiap angka di aplikasi, ekspor dan baris perintah memakai definisi ini. Basis 'dalam "
                      "periode' menghitung catatan bertanggal dalam periode yang dipilih; 's.d. akhir periode' "
                      "menghitung semua catatan sampai tahun akhir. Di luar cakupan dataset tidak ada data (–), "
                      "bukan 0.",
                      "Every figure in the app, its exports and the command line uses these definitions. Basis "
                      "'in the period' counts records dated in the chosen period; 'up to the period's end' counts "
                      "every record up to the end year. Outside a dataset's coverage there is no data (–), not 0."),
    "col_definition": ("Definisi", "Definition"),
    "col_formula": ("Rumus", "Formula"),
    "col_basis": ("Basis", "Basis"),
    "col_unit": ("Satuan", "Unit"),
    "col_programme": ("Program", "Programme"),
    "col_reference": ("Rujukan", "Reference"),
    "programme_any": ("keduanya", "either"),
    "programme_kemenkop_ovop": ("Jenis OVOP Kemenkop UKM", "Kemenkop UKM OVOP types"),
    "programme_kemenperin_ovop_award": ("Penghargaan IKM OVOP Kemenperin", "Kemenperin IKM OVOP awards"),
    "overview_all_records": ("semua catatan", "all records"),
    "axis_types": ("Jumlah jenis OVOP", "Number of OVOP types"),
    "map_chart_title_to_date": ("{metric}, {area}, s.d. {end}", "{metric}, {area}, to {end}"),
    "upload_coverage": ("Cakupan data", "Coverage of the data"),
    "upload_coverage_help": ("Di dalam cakupan, wilayah tanpa baris bernilai 0 (misalnya 'belum ada IKM OVOP'); "
                             "di luar cakupan tidak ada data. Pilih 'seluruh Indonesia' hanya bila berkas ini "
                             "mendaftar semua wilayah yang memiliki catatan.",
                             "Inside the coverage a region without rows counts 0 (e.g. 'no IKM OVOP yet'); "
                             "outside it there is no data. Choose 'all of Indonesia' only if this file lists "
                             "every region that has records."),
    "upload_coverage_touched": ("provinsi yang ada di berkas", "the provinces in the file"),
    "upload_coverage_national": ("seluruh Indonesia", "all of Indonesia"),
    "upload_coverage_chosen": ("provinsi pilihan", "chosen provinces"),
    "upload_coverage_provinces": ("Provinsi yang dicakup", "Provinces covered"),
    "upload_coverage_touched_list": ("Cakupan: {provinces}", "Coverage: {provinces}"),
    "province_outside_coverage": ("{region} di luar cakupan dataset ini ({coverage}): tidak ada data, bukan nol.",
                                  "{region} is outside this dataset's coverage ({coverage}): no data, not zero."),
}
