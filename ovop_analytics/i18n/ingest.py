"""Strings of reading and loading files: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "ingest_meta_sheet": ("Keterangan", "About"),
    "ws_review_in_province": (" (provinsi '{province}')", " (province '{province}')"),
    "ws_review_did_you_mean": ("maksudnya {code} {name} (skor {score})? {note}",
                               "did you mean {code} {name} (score {score})? {note}"),
    "ws_review_line": ("nama {level} '{name}'{where} di {rows} baris mulai baris {first_row}: {hint}",
                       "{level} name '{name}'{where} in {rows} rows from row {first_row}: {hint}"),
    "ws_summary_file": ("berkas: {filename} ({source}; judul kolom di baris {header_row})",
                        "file: {filename} ({source}; header in row {header_row})"),
    "ws_summary_delimiter": ("pemisah {name}", "delimiter {name}"),
    "ws_delimiter_comma": ("koma", "comma"),
    "ws_delimiter_semicolon": ("titik koma", "semicolon"),
    "ws_delimiter_tab": ("tab", "tab"),
    "ws_delimiter_bar": ("garis tegak", "vertical bar"),
    "ws_summary_sheet": ("lembar '{sheet}'", "sheet '{sheet}'"),
    "ws_summary_rows": ("baris: {rows} dibaca, {good} baik, {problems} bermasalah, {waiting} menunggu wilayah",
                        "rows: {rows} read, {good} good, {problems} with problems, {waiting} waiting for a region"),
    "ws_summary_blank": ("; {n} baris kosong dilewati", "; {n} blank rows skipped"),
    "ws_summary_notes": ("; {n} baris catatan di akhir dilewati", "; {n} note rows at the end skipped"),
    "ws_summary_columns": ("kolom: {columns}", "columns: {columns}"),
    "ws_summary_ignored": ("kolom diabaikan: {columns}", "ignored columns: {columns}"),
    "ws_summary_regions": ("wilayah: {codes} kode; nama: {matched} cocok ({fuzzy} lewat kemiripan), {review} perlu "
                           "ditinjau, {unmatched} tidak dikenal",
                           "regions: {codes} codes; names: {matched} matched ({fuzzy} by fuzzy match), {review} to "
                           "review, {unmatched} unmatched"),
    "ops_publish_disabled": ("Penerbitan dinonaktifkan: operator belum mengatur kata sandi penerbitan. Dataset tetap "
                             "pribadi.",
                             "Publishing is disabled: the operator has not set a publish password. The dataset stays "
                             "private."),
    "ops_publish_wrong_password": ("Kata sandi operator salah: dataset tetap pribadi.",
                                   "Wrong operator password: the dataset stays private."),
    "ops_publish_throttled": ("Terlalu banyak kata sandi salah: tunggu {seconds} detik sebelum mencoba lagi. Dataset "
                              "tetap pribadi.",
                              "Too many wrong operator passwords: wait {seconds} s before trying again. The dataset "
                              "stays private."),
    "ops_corrections_unreadable": ("Tabel koreksi bukan tabel CSV yang dapat dibaca: {detail}.",
                                   "The corrections table is not a readable CSV table: {detail}."),
}
