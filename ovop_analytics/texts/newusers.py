"""Strings added for what new users tripped over (issue 18): CAGR 'baru' apart from the ranks, the way on
from a private link, times with their zone, upload problems by row or file."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "nu_cagr_new_from": ("baru: mulai dari 0 pada {year}", "new: started from 0 in {year}"),
    "nu_not_ranked": ("tidak diperingkat", "not ranked"),
    "nu_cagr_new_apart": ("{n} wilayah baru (dari 0) tidak diperingkat",
                          "{n} new regions (from 0) not ranked"),
    "nu_choose_dataset": ("Pilih dataset", "Choose a dataset"),
    "nu_private_open": ("Buka halaman ini dengan dataset '{name}'", "Open this page with the dataset '{name}'"),
    "nu_private_link_help": ("Atau pilih dataset lain di samping. Pemiliknya dapat membukanya di browser miliknya, "
                             "atau menerbitkannya untuk semua.",
                             "Or choose another dataset in the sidebar. Its owner can open it in their own browser, "
                             "or publish it for everyone."),
    "nu_timeline_classes": ("Warna linimasa memakai kelas kuantil dari semua periode sekaligus: satu warna berarti "
                            "nilai yang sama di setiap periode. Kelas ini berbeda dari peta di atas, yang membagi "
                            "hanya nilai periode terpilih.",
                            "The timeline's colours use quantile classes of all periods at once: a colour means the "
                            "same values in every period. These classes differ from the map above, which divides "
                            "only the chosen period's values."),
    "nu_upload_button": ("Unggah", "Upload"),
    "nu_upload_limit": ("{mb} MB per berkas • {types}", "{mb}MB per file • {types}"),
}
