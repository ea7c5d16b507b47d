"""Strings of the figures area: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
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
    "pub_group_part": ("{value:g} di antaranya {group} ({fact})", "of which {value:g} {group} ({fact})"),
    "pub_reading_of": ("menurut {source}", "per {source}"),
    "pub_footer_only": ("Hanya angka terbitan; tidak ada data sintetis.", "Published figures only; no synthetic data."),
    "pub_footer_cite": ("{ids}: \"{title}\" ({detail})", "{ids}: \"{title}\" ({detail})"),
    "pub_footer_other": ("{ids} (versi lain): \"{title}\" ({host})", "{ids} (other version): \"{title}\" ({host})"),
    "pub_catalogue_heading": ("Katalog jenis OVOP Kemenkop UKM (2011)", "Kemenkop UKM catalogue of OVOP types (2011)"),
    "pub_kpi_national": ("Jenis OVOP yang ditetapkan, nasional", "OVOP types designated, nationally"),
    "pub_kpi_province": ("Jenis OVOP di {province}", "OVOP types in {province}"),
    "pub_kpi_share": ("{share:.0f}% dari katalog nasional", "{share:.0f}% of the national catalogue"),
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
    "pub_metric_names": ("Nama ukuran", "Metric names"),
}
