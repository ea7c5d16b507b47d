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
    # published facts (9f)
    "pub_page": ("Fakta terbitan", "Published facts"),
    "pub_title": ("Fakta OVOP terbitan", "Published OVOP facts"),
    "pub_intro": ("Halaman ini hanya menampilkan angka yang diterbitkan Kemenkop UKM, Kemenperin dan media, "
                  "masing-masing dengan sumbernya. Tidak ada data sintetis di sini, apa pun dataset yang dipilih. "
                  "Bila sumber berbeda, kedua nilai ditampilkan.",
                  "This page shows only figures published by Kemenkop UKM, Kemenperin and the press, each with "
                  "its source. No synthetic data appears here, whatever dataset is chosen. Where sources "
                  "disagree, both values are shown."),
    "pub_rounds_heading": ("Putaran penghargaan IKM OVOP Kemenperin", "Kemenperin IKM OVOP award rounds"),
    "pub_rounds_title": ("IKM OVOP per putaran penghargaan: total dan rincian bintang terbitan",
                         "IKM OVOP per award round: published totals and star breakdowns"),
    "pub_rounds_caption": ("Batang abu-abu: total terbitan; batang berwarna di dalamnya: rincian bintang yang "
                           "diterbitkan (bagian abu-abu yang tersisa: bintangnya tidak diterbitkan). Arsiran dan "
                           "garis merah menandai nilai yang berbeda antarsumber: kedua versi digambar, masing-"
                           "masing dengan sumbernya.",
                           "Grey bars: published totals; coloured bars inside: the published star breakdown (grey "
                           "left over: stars not published). Hatching and a red outline mark values on which "
                           "sources disagree: both versions are drawn, each with its source."),
    "pub_axis_ikm": ("Jumlah IKM", "Number of IKM"),
    "pub_total": ("Total terbitan", "Published total"),
    "pub_total_conflict": ("Total terbitan, sumber berbeda", "Published total, sources disagree"),
    "pub_star_conflict": ("Bintang berbeda antarsumber", "Star differs between sources"),
    "pub_metric_ikm_awarded": ("diberi penghargaan", "awarded"),
    "pub_metric_ikm_meeting_criteria": ("memenuhi kriteria", "meeting the criteria"),
    "pub_group_part": ("{value} di antaranya {group} ({fact})", "of which {value} {group} ({fact})"),
    "pub_footer_only": ("Hanya angka terbitan; tidak ada data sintetis.", "Published figures only; no synthetic data."),
    "pub_footer_cite": ("{ids}: \"{title}\" ({detail})", "{ids}: \"{title}\" ({detail})"),
    "pub_footer_other": ("{ids} (versi lain): \"{title}\" ({host})", "{ids} (other version): \"{title}\" ({host})"),
    "pub_catalogue_heading": ("Katalog jenis OVOP Kemenkop UKM (2011)", "Kemenkop UKM catalogue of OVOP types (2011)"),
    "pub_kpi_national": ("Jenis OVOP yang ditetapkan, nasional", "OVOP types designated, nationally"),
    "pub_kpi_province": ("Jenis OVOP di {province}", "OVOP types in {province}"),
    "pub_kpi_share": ("{share} dari katalog nasional", "{share} of the national catalogue"),
    "pub_cite_caption": ("Sumber: {cite}", "Source: {cite}"),
    "pub_map_heading": ("Provinsi yang disebut berhasil (2011) dan pemegang penghargaan bernama",
                        "Provinces named as successful (2011) and named award holders"),
    "pub_map_title": ("Provinsi yang disebut berhasil mengembangkan OVOP (2011)",
                      "Provinces named as successful in developing OVOP (2011)"),
    "pub_map_subtitle": ("Titik: kabupaten/kota pemegang penghargaan bernama (sampel, bukan total)",
                         "Dots: kabupaten/kota of named award holders (a sample, not totals)"),
    "pub_map_subtitle_province": ("Titik: provinsi pemegang penghargaan bernama (sampel, bukan total)",
                                  "Dots: provinces of named award holders (a sample, not totals)"),
    "pub_named": ("Disebut berhasil (2011)", "Named as successful (2011)"),
    "pub_not_named": ("Tidak disebut", "Not named"),
    "pub_legend_provinces": ("Provinsi, 2011", "Provinces, 2011"),
    "pub_legend_holders": ("Pemegang penghargaan bernama", "Named award holders"),
    "pub_holder_marker": ("Ada pemegang bernama (sampel)", "Named holder(s) (a sample)"),
    "pub_tooltip_holders": ("Pemegang penghargaan", "Award holders"),
    "pub_tooltip_facts": ("Fakta", "Facts"),
    "pub_tooltip_named_value": ("disebut ({fact})", "named ({fact})"),
    "pub_tooltip_not_named": ("tidak disebut", "not named"),
    "pub_map_no_boundaries": ("Batas wilayah belum dipasang: provinsi ditampilkan sebagai kisi petak.",
                              "No boundaries installed: provinces are shown as a tile grid."),
    "pub_map_dataset": ("Fakta terbitan", "Published facts"),
    "pub_holders_heading": ("Pemegang penghargaan bernama", "Named award holders"),
    "pub_holders_sample": ("Ini adalah sampel {n} catatan pemegang penghargaan yang namanya disebut dalam sumber "
                           "terbitan, bukan total: sebagian besar penerima penghargaan tidak disebut namanya di "
                           "media. Jumlah per putaran ada pada grafik di atas.",
                           "This is a sample of {n} records of award holders named in published sources, not "
                           "totals: most award holders are never named in the press. The totals per round are in "
                           "the chart above."),
    "pub_col_record": ("No.", "No."),
    "pub_col_round": ("Putaran", "Round"),
    "pub_prov_holders_title": ("Pemegang penghargaan bernama", "Named award holders"),
    "pub_prov_holders_caption": ("Fakta terbitan, bukan data dataset yang dipilih: sampel pemegang penghargaan "
                                 "yang namanya disebut dalam sumber terbitan, bukan total.",
                                 "Published facts, not the chosen dataset: a sample of award holders named in "
                                 "published sources, not totals."),
    "pub_prov_holders_none": ("Sumber terbitan yang dibundel tidak menyebut nama pemegang penghargaan di {province}.",
                              "The bundled published sources name no award holder in {province}."),
}
