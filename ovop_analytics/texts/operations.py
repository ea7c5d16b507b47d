"""Strings of the operations area: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    # 13a: database safety (corrupt/busy/missing), backups, dataset names, publish throttling.
    # Keys named like an error's `code` are the sentence of that error (i18n.error_text).
    "ops_db_corrupt_title": ("Basis data rusak dan tidak dapat dibaca.", "The database is damaged and cannot be read."),
    "ops_db_corrupt": ("Basis data {path} rusak ({detail}). Cadangan terbaru: {backup}. Operator dapat "
                       "memulihkannya dengan perintah di bawah, lalu memuat ulang halaman ini.",
                       "The database {path} is damaged ({detail}). Newest backup: {backup}. An operator can "
                       "restore it with the command below, then reload this page."),
    "ops_db_corrupt_no_backup": ("Basis data {path} rusak ({detail}) dan tidak ada cadangan di folder backups/. "
                                 "Operator dapat memulihkan salinan lain dengan perintah di bawah.",
                                 "The database {path} is damaged ({detail}) and there is no backup in the backups/ "
                                 "folder. An operator can restore another copy with the command below."),
    "ops_restore_command": ("Perintah pemulihan (untuk operator):", "Restore command (for the operator):"),
    "ops_db_busy": ("Basis data sedang sibuk (ditunggu {seconds} detik). Coba lagi sebentar lagi.",
                    "The database is busy (waited {seconds} s). Try again shortly."),
    "ops_db_missing": ("Basis data {path} belum ada.", "There is no database at {path} yet."),
    "ops_file_unusable": ("Berkas {path} bukan basis data yang dapat dipakai ({detail}); tidak ada yang diubah.",
                          "The file {path} is not a usable database ({detail}); nothing was changed."),
    "ops_backup_differs": ("Salinan cadangan {path} berbeda dari basis data; salinan dibuang.",
                           "The backup copy {path} differs from the database; it was discarded."),
    "ops_no_such_file": ("Berkas tidak ada: {path}", "No such file: {path}"),
    "ops_name_invalid": ("Nama dataset '{name}' tidak diizinkan: gunakan 1-{max} huruf, angka, spasi dan . _ - ( ), "
                         "diawali huruf atau angka.",
                         "Dataset name '{name}' is not allowed: use 1-{max} letters, digits, spaces and . _ - ( ), "
                         "starting with a letter or digit."),
    "ops_name_mixed_scripts": ("Nama dataset '{name}' mencampur huruf dari aksara berbeda ({scripts}; huruf ke-{letters}) "
                               "sehingga dapat tampak seperti nama lain: tulis dalam satu aksara.",
                               "Dataset name '{name}' mixes letters of different scripts ({scripts}; letter {letters}), "
                               "so it can look like another name: write it in one script."),
    "ops_name_taken": ("Dataset bernama '{existing}' sudah ada; '{name}' dianggap nama yang sama (huruf besar/kecil "
                       "dan lebar huruf diabaikan). Pilih nama lain.",
                       "A dataset named '{existing}' exists already; '{name}' counts as the same name (case and "
                       "character width are ignored). Choose another name."),
    "ops_publish_disabled": ("Penerbitan dinonaktifkan: operator belum mengatur kata sandi penerbitan. "
                             "Dataset tetap pribadi.",
                             "Publishing is disabled: the operator has not set a publish password. "
                             "The dataset stays private."),
    "ops_publish_wrong_password": ("Kata sandi operator salah: dataset tetap pribadi.",
                                   "Wrong operator password: the dataset stays private."),
    "ops_publish_throttled": ("Terlalu banyak kata sandi salah: tunggu {seconds} detik sebelum mencoba lagi. "
                              "Dataset tetap pribadi.",
                              "Too many wrong operator passwords: wait {seconds} s before trying again. "
                              "The dataset stays private."),
    "ops_corrections_unreadable": ("Tabel koreksi bukan tabel CSV yang dapat dibaca: {detail}.",
                                   "The corrections table is not a readable CSV table: {detail}."),
}
