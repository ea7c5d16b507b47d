"""Strings of errors of the store and operations (keys named like an error's `code`): key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "ops_db_busy": ("Basis data sedang sibuk (ditunggu {seconds} detik). Coba lagi sebentar lagi.",
                    "The database is busy (waited {seconds} s). Try again shortly."),
    "ops_file_unusable": ("Berkas {path} bukan basis data yang dapat dipakai ({detail}); tidak ada yang diubah.",
                          "The file {path} is not a usable database ({detail}); nothing was changed."),
    "ops_backup_differs": ("Salinan cadangan {path} berbeda dari basis data; salinan dibuang.",
                           "The backup copy {path} differs from the database; it was discarded."),
    "ops_no_such_file": ("Berkas tidak ada: {path}", "No such file: {path}"),
    "ops_name_invalid": ("Nama dataset '{name}' tidak diizinkan: gunakan 1-{max} huruf, angka, spasi dan . _ - ( ), "
                         "diawali huruf atau angka.",
                         "Dataset name '{name}' is not allowed: use 1-{max} letters, digits, spaces and . _ - ( ), "
                         "starting with a letter or digit."),
    "ops_name_mixed_scripts": ("Nama dataset '{name}' mencampur huruf dari aksara berbeda ({scripts}; huruf "
                               "ke-{letters}) sehingga dapat tampak seperti nama lain: tulis dalam satu aksara.",
                               "Dataset name '{name}' mixes letters of different scripts ({scripts}; letter "
                               "{letters}), so it can look like another name: write it in one script."),
    "ops_name_taken": ("Dataset bernama '{existing}' sudah ada; '{name}' dianggap nama yang sama (huruf besar/kecil "
                       "dan lebar huruf diabaikan). Pilih nama lain.",
                       "A dataset named '{existing}' exists already; '{name}' counts as the same name (case and "
                       "character width are ignored). Choose another name."),
}
