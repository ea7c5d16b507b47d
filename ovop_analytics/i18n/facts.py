"""Strings of the Facts page: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "pub_title": ("Fakta OVOP terbitan", "Published OVOP facts"),
    "pub_intro": ("Halaman ini hanya menampilkan angka yang diterbitkan Kemenkop UKM, Kemenperin dan media, "
                  "masing-masing dengan sumbernya. Tidak ada data sintetis di sini, apa pun dataset yang dipilih. "
                  "Bila sumber berbeda, kedua nilai ditampilkan.",
                  "This page shows only figures published by Kemenkop UKM, Kemenperin and the press, each with its "
                  "source. No synthetic data appears here, whatever dataset is chosen. Where sources disagree, both "
                  "values are shown."),
    "pub_rounds_heading": ("Putaran penghargaan IKM OVOP Kemenperin", "Kemenperin IKM OVOP award rounds"),
    "pub_rounds_caption": ("Batang abu-abu: total terbitan; batang berwarna di dalamnya: rincian bintang yang "
                           "diterbitkan (bagian abu-abu yang tersisa: bintangnya tidak diterbitkan). Arsiran dan "
                           "garis oranye menandai nilai yang berbeda antarsumber: kedua versi digambar, masing-masing "
                           "dengan sumbernya.",
                           "Grey bars: published totals; coloured bars inside: the published star breakdown (grey "
                           "left over: stars not published). Hatching and an orange outline mark values on which sources "
                           "disagree: both versions are drawn, each with its source."),
    "pub_catalogue_heading": ("Katalog jenis OVOP Kemenkop UKM (2011)", "Kemenkop UKM catalogue of OVOP types (2011)"),
    "pub_kpi_national": ("Jenis OVOP yang ditetapkan, nasional", "OVOP types designated, nationally"),
    "pub_kpi_province": ("Jenis OVOP di {province}", "OVOP types in {province}"),
    "pub_kpi_share": ("{share} dari katalog nasional", "{share} of the national catalogue"),
    "pub_cite_caption": ("Sumber: {cite}", "Source: {cite}"),
    "pub_map_heading": ("Provinsi yang disebut berhasil (2011) dan pemegang penghargaan bernama",
                        "Provinces named as successful (2011) and named award holders"),
    "pub_map_no_boundaries": ("Batas wilayah belum dipasang: provinsi ditampilkan sebagai kisi petak.",
                              "No boundaries installed: provinces are shown as a tile grid."),
    "pub_holders_heading": ("Pemegang penghargaan bernama", "Named award holders"),
    "pub_holders_sample": ("Ini adalah sampel {n} catatan pemegang penghargaan yang namanya disebut dalam sumber "
                           "terbitan, bukan total: sebagian besar penerima penghargaan tidak disebut namanya di "
                           "media. Jumlah per putaran ada pada grafik di atas.",
                           "This is a sample of {n} records of award holders named in published sources, not totals: "
                           "most award holders are never named in the press. The totals per round are in the chart "
                           "above."),
    "pub_col_record": ("No.", "No."),
}
