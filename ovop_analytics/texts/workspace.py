"""Strings of the workspace area: key -> (Bahasa Indonesia, English).

`problem_<code>` keys are the sentences of the library's structured problems (ovop_analytics/problems.py);
`ws_field_<field>` the human names of the upload's fields.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # where a problem is
    "problem_where_row": ("baris {row}", "row {row}"),
    "problem_where_column": ("kolom '{column}'", "column '{column}'"),
    "problem_where_value": ("nilai '{value}'", "value '{value}'"),
    # fields of an upload, by their human names
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
    # values
    "problem_year_range": ("rentang tahun: tulis satu tahun per baris (tahun penetapan atau putaran penghargaan)",
                           "a range of years: write one year per row (the year of the designation or award "
                           "round)"),
    "problem_year_date": ("tanggal: tulis tahunnya saja (mis. 2019)", "a date: write the year only (e.g. 2019)"),
    "problem_year_invalid": ("bukan tahun: tulis empat angka, mis. 2019", "not a year: write four digits, e.g. 2019"),
    "problem_year_outside": ("di luar {first}–{last}: OVOP dimulai di Indonesia pada {first}",
                             "outside {first}-{last}: OVOP began in Indonesia in {first}"),
    "problem_star_invalid": ("bukan peringkat bintang: tulis bilangan bulat 1 sampai 5",
                             "not a star rating: write a whole number from 1 to 5"),
    "problem_star_range": ("bintang bernilai 1 sampai 5", "stars go from 1 to 5"),
    "problem_commodity_unknown": ("bukan kelompok komoditas yang dikenal: gunakan salah satu dari {groups}",
                                  "not a known commodity group: use one of {groups}"),
    "problem_program_unknown": ("bukan program yang dikenal: gunakan {programs}",
                                "not a known program: use {programs}"),
    "problem_region_code_invalid": ("bukan kode wilayah Kemendagri: tulis 33 untuk provinsi atau 33.02 untuk "
                                    "kabupaten/kota (atau kosongkan dan isi namanya)",
                                    "not a Kemendagri region code: write 33 for a province or 33.02 for a "
                                    "kabupaten/kota (or leave it empty and give the names)"),
    "problem_year_empty": ("kosong: setiap baris perlu tahun", "empty: every row needs a year"),
    "problem_program_empty": ("kosong: setiap baris perlu program (atau pilih program untuk seluruh berkas di "
                              "pilihan Program di atas)",
                              "empty: every row needs a program (or choose one for the whole file with the "
                              "Program selector above)"),
    "problem_text_too_long": ("nilai lebih dari {limit} karakter: biasanya tanda kutip pembuka (\") tanpa "
                              "penutup, yang menelan baris-baris sesudahnya",
                              "a value longer than {limit} characters: usually an opening quote (\") without "
                              "its closing quote, which swallows the rows after it"),
    # columns of the file
    "problem_missing_region_column": ("kolom wilayah tidak ada: tambahkan kode_wilayah (kode Kemendagri), atau "
                                      "provinsi dan/atau kabupaten_kota (nama). Baris judul berisi: {header}",
                                      "missing region column: add kode_wilayah (Kemendagri code), or provinsi "
                                      "and/or kabupaten_kota (names). The header has: {header}"),
    "problem_missing_year_column": ("kolom tahun tidak ada. Baris judul berisi: {header}",
                                    "missing column tahun (year). The header has: {header}"),
    "problem_missing_program_column": ("kolom program tidak ada: tambahkan kolom itu (isi {programs}), atau "
                                       "pilih program untuk seluruh berkas di pilihan Program di atas (di "
                                       "baris perintah: --program)",
                                       "missing column program: add it (values {programs}), or choose the "
                                       "program for the whole file with the Program selector above (on the "
                                       "command line: --program)"),
    "problem_default_program_unknown": ("program yang dipilih untuk berkas, '{chosen}', bukan {programs}",
                                        "the program chosen for the file, '{chosen}', is not {programs}"),
    "problem_duplicate_columns": ("kolom {columns} sama-sama berarti {field}: simpan satu saja",
                                  "columns {columns} both mean {field}: keep one"),
    "problem_no_data_rows": ("berkas memiliki baris judul tetapi tidak ada baris data",
                             "the file has a header row but no data rows"),
    # rows
    "problem_no_region": ("tidak ada wilayah: isi kode_wilayah, provinsi atau kabupaten_kota",
                          "no region: fill kode_wilayah, provinsi or kabupaten_kota"),
    "problem_duplicate_row": ("sama persis dengan baris {original} (semua kolom sama); hapus, atau tandai sebagai "
                              "catatan terpisah bila memang dua catatan",
                              "repeats row {original} exactly (every column the same); remove it, or mark the "
                              "rows as separate records if they are"),
    # region names
    "problem_too_many_region_names": ("berkas berisi {count} nama wilayah berbeda yang tidak dikenal; paling "
                                      "banyak {limit} diperiksa per berkas. Periksa kolom wilayah (mungkin kolom "
                                      "yang salah), atau isi kode_wilayah",
                                      "the file has {count} distinct region names that are not known; at most "
                                      "{limit} are checked per file. Check the region columns (perhaps the "
                                      "wrong column), or fill kode_wilayah"),
    "problem_region_also_kota": ("juga nama {other} ({code}): pastikan yang mana",
                                 "also the name of {other} ({code}): confirm which one"),
    "problem_region_close_to": ("sama dekatnya dengan {other} ({code}): pastikan yang mana",
                                "as close to {other} ({code}): confirm which one"),
    "problem_region_similar": ("nama yang mirip, bukan persis sama: pastikan atau koreksi",
                               "a similar name, not an exact one: confirm or correct"),
    "problem_region_unknown": ("tidak ada nama yang mirip: pilih wilayahnya atau isi kodenya",
                               "no similar name: choose the region or give the code"),
    # corrections table
    "problem_corrections_columns": ("tabel koreksi perlu kolom {columns}; yang tidak ada: {missing}",
                                    "the corrections table needs the columns {columns}; missing: {missing}"),
    "problem_corrections_level": ("tingkat harus province atau kabupaten_kota",
                                  "level must be province or kabupaten_kota"),
    "problem_corrections_code": ("bukan kode wilayah Kemendagri", "not a Kemendagri region code"),
    "problem_corrections_pending": ("baris ini masih ditandai untuk ditinjau (status '{status}'): pastikan "
                                    "kodenya dan ubah status menjadi confirmed, atau hapus barisnya",
                                    "this row is still marked for review (status '{status}'): check the code "
                                    "and set the status to confirmed, or remove the row"),
    "problem_corrections_refused": ("tabel koreksi bermasalah: {count} baris", "the corrections table has "
                                    "problems: {count} rows"),
    # workspace and datasets
    "problem_workspace_datasets_full": ("ruang kerja ini sudah berisi {count} dataset, batasnya {limit}: hapus "
                                        "satu dataset di halaman Ruang kerja",
                                        "this workspace already holds {count} datasets, the limit is {limit}: "
                                        "delete one on the Workspace page"),
    "problem_workspace_rows_full": ("dataset ini akan membuat ruang kerja berisi {count} baris, batasnya "
                                    "{limit}: hapus dataset yang tidak diperlukan",
                                    "this dataset would bring the workspace to {count} rows, the limit is "
                                    "{limit}: delete datasets you no longer need"),
    "problem_dataset_name_taken": ("nama dataset '{name}' sudah dipakai: pilih nama lain",
                                   "a dataset named '{name}' exists already: choose another name"),
    "problem_dataset_name_invalid": ("nama dataset '{name}' tidak bisa dipakai: gunakan 1–60 huruf, angka, spasi "
                                     "dan . _ - ( ), diawali huruf atau angka",
                                     "the dataset name '{name}' is not allowed: use 1-60 letters, digits, spaces "
                                     "and . _ - ( ), starting with a letter or digit"),
    "problem_dataset_unknown": ("tidak ada dataset '{name}' yang dapat Anda buka",
                                "there is no dataset '{name}' you can open"),
    "problem_dataset_not_yours": ("dataset '{name}' bukan unggahan di ruang kerja ini",
                                  "the dataset '{name}' is not an upload of this workspace"),
    "problem_workspace_key_invalid": ("kunci ruang kerja tidak dikenal: periksa bahwa kunci disalin utuh "
                                      "(32 huruf dan angka)",
                                      "the workspace key is not known: check it was copied whole (32 letters "
                                      "and digits)"),
    "problem_not_ready": ("tidak ada yang dimuat dari '{filename}': {count} masalah dan {names} nama wilayah "
                          "yang perlu dipastikan",
                          "nothing was loaded from '{filename}': {count} problems and {names} region names to "
                          "confirm or correct"),
    # region names waiting for a person, as one line (CLI, refusal)
    "ws_review_in_province": (" (provinsi '{province}')", " (province '{province}')"),
    "ws_review_did_you_mean": ("maksudnya {code} {name} (skor {score})? {note}",
                               "did you mean {code} {name} (score {score})? {note}"),
    "ws_review_line": ("nama {level} '{name}'{where} di {rows} baris mulai baris {first_row}: {hint}",
                       "{level} name '{name}'{where} in {rows} rows from row {first_row}: {hint}"),
    # command line
    "ws_cli_refused": ("ditolak, tidak ada yang dimuat: {problems} masalah, {names} nama wilayah perlu dipastikan "
                       "atau dikoreksi",
                       "refused, nothing was loaded: {problems} problems, {names} region names to confirm or "
                       "correct"),
    "ws_cli_more": ("... dan {n} lagi", "... and {n} more"),
    "ws_cli_corrections_written": ("nama wilayah yang perlu diselesaikan: ditulis ke {path}; isi region_code, ubah "
                                   "status menjadi confirmed, lalu jalankan lagi dengan --mapping {path} (atau "
                                   "--accept-fuzzy untuk menerima saran)",
                                   "region names to resolve: written to {path}, fill region_code and set status "
                                   "to confirmed, then run again with --mapping {path} (or --accept-fuzzy to take "
                                   "the suggestions)"),
    "ws_cli_corrections_save": ("nama wilayah yang perlu diselesaikan: simpan dengan --save-corrections {path}, isi "
                                "region_code, ubah status menjadi confirmed, lalu jalankan lagi dengan --mapping "
                                "{path} (atau --accept-fuzzy untuk menerima saran)",
                                "region names to resolve: save them with --save-corrections {path}, fill "
                                "region_code and set status to confirmed, then run again with --mapping {path} "
                                "(or --accept-fuzzy to take the suggestions)"),
}
