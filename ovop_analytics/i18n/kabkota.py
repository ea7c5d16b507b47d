"""Strings of the Kabupaten/kota page: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
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
    "kk_types": ("Jenis OVOP dan kelompok komoditasnya", "OVOP types and their commodity groups"),
    "kk_strengths": ("Jenis yang hanya dimiliki wilayah ini", "Types only this region holds"),
    "kk_gaps": ("Kab/kota di {province} tanpa IKM OVOP", "Kab/kota of {province} without IKM OVOP"),
    "kk_peers": ("Kab/kota di {province}", "Kab/kota of {province}"),
    "kk_facts": ("Fakta terbitan tentang wilayah ini", "Published facts about this region"),
    "kk_awardees": ("Penerima penghargaan IKM OVOP yang disebut namanya", "Named IKM OVOP award holders"),
    "kk_col_mark": ("Kode", "Id"),
    "kk_col_source": ("Sumber", "Source"),
    "kk_col_url": ("URL", "URL"),
    "kk_col_published": ("Terbit", "Published"),
    "kk_col_round": ("Putaran", "Round"),
    "kk_col_note": ("Catatan sumber", "Source note"),
    "kk_none": ("Tidak ada.", "None."),
}
