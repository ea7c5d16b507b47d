"""Strings of problems found in uploaded files (`problems.Reason` codes: problem_<code>): key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "problem_where_row": ("baris {row}", "row {row}"),
    "problem_where_column": ("kolom '{column}'", "column '{column}'"),
    "problem_where_value": ("nilai '{value}'", "value '{value}'"),
    "problem_year_range": ("rentang tahun: tulis satu tahun per baris (tahun penetapan atau putaran penghargaan)",
                           "a range of years: write one year per row (the year of the designation or award round)"),
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
                              "empty: every row needs a program (or choose one for the whole file with the Program "
                              "selector above)"),
    "problem_text_too_long": ("nilai lebih dari {limit} karakter: biasanya tanda kutip pembuka (\") tanpa penutup, "
                              "yang menelan baris-baris sesudahnya",
                              "a value longer than {limit} characters: usually an opening quote (\") without its "
                              "closing quote, which swallows the rows after it"),
    "problem_missing_region_column": ("kolom wilayah tidak ada: tambahkan kode_wilayah (kode Kemendagri), atau "
                                      "provinsi dan/atau kabupaten_kota (nama). Baris judul berisi: {header}",
                                      "missing region column: add kode_wilayah (Kemendagri code), or provinsi and/or "
                                      "kabupaten_kota (names). The header has: {header}"),
    "problem_missing_year_column": ("kolom tahun tidak ada. Baris judul berisi: {header}",
                                    "missing column tahun (year). The header has: {header}"),
    "problem_missing_program_column": ("kolom program tidak ada: tambahkan kolom itu (isi {programs}), atau pilih "
                                       "program untuk seluruh berkas di pilihan Program di atas (di baris perintah: "
                                       "--program)",
                                       "missing column program: add it (values {programs}), or choose the program "
                                       "for the whole file with the Program selector above (on the command line: "
                                       "--program)"),
    "problem_default_program_unknown": ("program yang dipilih untuk berkas, '{chosen}', bukan {programs}",
                                        "the program chosen for the file, '{chosen}', is not {programs}"),
    "problem_duplicate_columns": ("kolom {columns} sama-sama berarti {field}: simpan satu saja",
                                  "columns {columns} both mean {field}: keep one"),
    "problem_no_data_rows": ("berkas memiliki baris judul tetapi tidak ada baris data",
                             "the file has a header row but no data rows"),
    "problem_no_region": ("tidak ada wilayah: isi kode_wilayah, provinsi atau kabupaten_kota",
                          "no region: fill kode_wilayah, provinsi or kabupaten_kota"),
    "problem_duplicate_row": ("sama persis dengan baris {original} (semua kolom sama); hapus, atau tandai sebagai "
                              "catatan terpisah bila memang dua catatan",
                              "repeats row {original} exactly (every column the same); remove it, or mark the rows "
                              "as separate records if they really are two records"),
    "problem_too_many_region_names": ("berkas berisi {count} nama wilayah berbeda yang tidak dikenal; paling banyak "
                                      "{limit} diperiksa per berkas. Periksa kolom wilayah (mungkin kolom yang "
                                      "salah), atau isi kode_wilayah",
                                      "the file has {count} distinct region names that are not known; at most "
                                      "{limit} are checked per file. Check the region columns (perhaps the wrong "
                                      "column), or fill kode_wilayah"),
    "problem_region_also_kota": ("nama ini juga nama {other} ({code}): pilih yang benar",
                                 "this is also the name of {other} ({code}): choose the right one"),
    "problem_region_close_to": ("sama miripnya dengan {other} ({code}): pilih yang benar",
                                "just as close to {other} ({code}): choose the right one"),
    "problem_region_similar": ("nama yang mirip, bukan persis sama: pastikan atau koreksi",
                               "a similar name, not an exact one: confirm or correct"),
    "problem_region_unknown": ("tidak ada nama yang mirip: pilih wilayahnya atau isi kodenya",
                               "no similar name: choose the region or give the code"),
    "problem_corrections_columns": ("tabel koreksi perlu kolom {columns}; yang tidak ada: {missing}",
                                    "the corrections table needs the columns {columns}; missing: {missing}"),
    "problem_corrections_level": ("tingkat harus province atau kabupaten_kota",
                                  "level must be province or kabupaten_kota"),
    "problem_corrections_code": ("bukan kode wilayah Kemendagri", "not a Kemendagri region code"),
    "problem_corrections_pending": ("baris ini masih ditandai untuk ditinjau (status '{status}'): pastikan kodenya "
                                    "dan ubah status menjadi confirmed, atau hapus barisnya",
                                    "this row is still marked for review (status '{status}'): check the code and set "
                                    "the status to confirmed, or remove the row"),
    "problem_corrections_refused": ("tabel koreksi bermasalah: {count} baris",
                                    "the corrections table has problems: {count} rows"),
    "problem_workspace_datasets_full": ("ruang kerja ini sudah berisi {count} dataset, batasnya {limit}: hapus satu "
                                        "dataset di halaman Ruang kerja",
                                        "this workspace already holds {count} datasets, the limit is {limit}: delete "
                                        "one on the Workspace page"),
    "problem_workspace_rows_full": ("dataset ini akan membuat ruang kerja berisi {count} baris, batasnya {limit}: "
                                    "hapus dataset yang tidak diperlukan",
                                    "this dataset would bring the workspace to {count} rows, the limit is {limit}: "
                                    "delete datasets you no longer need"),
    "problem_dataset_name_taken": ("nama dataset '{name}' sudah dipakai: pilih nama lain",
                                   "A dataset named '{name}' exists already: choose another name."),
    "problem_dataset_name_invalid": ("nama dataset '{name}' tidak bisa dipakai: gunakan 1–60 huruf, angka, spasi dan "
                                     ". _ - ( ), diawali huruf atau angka",
                                     "the dataset name '{name}' is not allowed: use 1-60 letters, digits, spaces and "
                                     ". _ - ( ), starting with a letter or digit"),
    "problem_dataset_unknown": ("tidak ada dataset '{name}' yang dapat Anda buka",
                                "there is no dataset '{name}' you can open"),
    "problem_dataset_not_yours": ("dataset '{name}' bukan unggahan di ruang kerja ini",
                                  "the dataset '{name}' is not an upload of this workspace"),
    "problem_note_title_row": ("baris 1 di atas judul kolom dilewati (judul tabel)",
                               "row 1 above the header skipped (titles)"),
    "problem_note_title_rows": ("baris 1-{last} di atas judul kolom dilewati (judul tabel)",
                                "rows 1-{last} above the header skipped (titles)"),
    "problem_note_short_row": ("1 baris berisi lebih sedikit nilai daripada judul kolom; nilai yang tidak ada dibaca "
                               "kosong",
                               "1 row had fewer values than the header; the missing values were read as empty"),
    "problem_note_short_rows": ("{count} baris berisi lebih sedikit nilai daripada judul kolom; nilai yang tidak ada "
                                "dibaca kosong",
                                "{count} rows had fewer values than the header; the missing values were read as empty"),
    "problem_note_other_sheet": ("lembar '{sheet}' dibaca: lembar pertama tidak memiliki baris judul kolom",
                                 "read sheet '{sheet}': the first sheet has no header row"),
    "problem_note_workbook_named_csv": ("berkas bernama seperti CSV tetapi berupa buku kerja Excel; dibaca sebagai "
                                        "buku kerja",
                                        "the file is named like a CSV but is an Excel workbook; it was read as a "
                                        "workbook"),
    "problem_note_csv_named_workbook": ("berkas bernama seperti buku kerja tetapi berupa teks; dibaca sebagai CSV",
                                        "the file is named like a workbook but is text; it was read as CSV"),
    "problem_note_row_skipped": ("baris {row} adalah catatan dan dilewati: '{text}'",
                                 "row {row} is a note and was skipped: '{text}'"),
    "problem_file_too_large": ("Berkas berukuran {size}; paling besar {limit} (batas yang ditetapkan operator).",
                               "The file is {size}; at most {limit} are allowed (a limit the operator sets)."),
    "problem_too_many_rows": ("Berkas berisi lebih dari {limit} baris data, batas yang ditetapkan operator.",
                              "The file has more than {limit} data rows, the most the operator allows."),
    "problem_too_many_columns": ("Baris judul kolom berisi {count} kolom; paling banyak {limit} (batas yang "
                                 "ditetapkan operator).",
                                 "The header row has {count} columns; at most {limit} are allowed (a limit the "
                                 "operator sets)."),
    "problem_row_too_many_columns": ("Baris {row} berisi nilai di {count} kolom; paling banyak {limit} (batas yang "
                                     "ditetapkan operator).",
                                     "Row {row} has values in {count} columns; at most {limit} are allowed (a limit "
                                     "the operator sets)."),
    "problem_sheet_too_many_rows": ("Lembar '{sheet}' berisi lebih dari {limit} baris data, batas yang ditetapkan "
                                    "operator; pembacaan berhenti di sana.",
                                    "Sheet '{sheet}' has more than {limit} data rows, the most the operator allows; "
                                    "reading stopped there."),
    "problem_workbook_expands": ("Buku kerja ini terurai menjadi {size}, lebih dari {limit} yang diizinkan ({packed} "
                                 "terkemas; batasnya {factor} x ukuran unggahan terbesar). Ditolak tanpa diurai.",
                                 "The workbook unpacks to {size}, more than the {limit} allowed ({packed} packed; "
                                 "the limit is {factor} x the largest upload). It was refused without being unpacked."),
    "problem_workbook_strings_too_large": ("Tabel teks buku kerja ini terurai menjadi {size}, lebih dari {limit} "
                                           "yang diizinkan. Simpan lembarnya sebagai CSV.",
                                           "The workbook's text table unpacks to {size}, more than the {limit} "
                                           "allowed. Save the sheet as CSV instead."),
    "problem_file_is_xls": ("Berkas ini buku kerja Excel lama 97-2003 (.xls): buka di program lembar kerja lalu "
                            "simpan sebagai .xlsx atau CSV.",
                            "The file is an old Excel 97-2003 workbook (.xls): open it in a spreadsheet program and "
                            "save it as .xlsx or CSV."),
    "problem_file_is_pdf": ("Berkas ini PDF: ekspor tabelnya dari sumbernya sebagai CSV atau XLSX.",
                            "The file is a PDF: export the table from its source as CSV or XLSX."),
    "problem_file_is_binary": ("Berkas ini bukan teks (berisi byte biner) dan bukan buku kerja Excel: unggah berkas "
                               "CSV atau XLSX.",
                               "The file is not text (it contains binary bytes) and is not an Excel workbook: upload "
                               "a CSV or XLSX file."),
    "problem_file_empty": ("Berkas ini kosong.", "The file is empty."),
    "problem_file_empty_named": ("Berkas '{file}' kosong.", "The file '{file}' is empty."),
    "problem_sheet_on_csv": ("Lembar '{sheet}' dipilih, tetapi berkas ini teks CSV yang tidak memiliki lembar.",
                             "A sheet ('{sheet}') was chosen, but the file is a CSV text file, which has no sheets."),
    "problem_mixed_encodings": ("Berkas mencampur dua pengodean teks: baris {utf8_line} berisi teks UTF-8 tetapi "
                                "baris {bad_line} berisi byte yang bukan UTF-8 ({byte}, misalnya aksen dari program "
                                "lama). Buka berkas di program lembar kerja atau penyunting teks lalu simpan lagi "
                                "sebagai 'CSV UTF-8'.",
                                "The file mixes two text encodings: line {utf8_line} has UTF-8 text but line "
                                "{bad_line} has a byte that is not UTF-8 ({byte}, e.g. an accent saved by an older "
                                "program). Open the file in a spreadsheet or text editor and save it again as 'CSV "
                                "UTF-8'."),
    "problem_utf16_damaged": ("Berkas diawali seperti teks UTF-16 tetapi rusak; simpan lagi sebagai 'CSV UTF-8'.",
                              "The file starts like UTF-16 text but is damaged; save it again as 'CSV UTF-8'."),
    "problem_no_header_csv": ("Baris judul kolom tidak ditemukan: tidak satu pun dari {first} baris pertama menyebut "
                              "minimal dua kolom yang dikenal (pemisah dicoba: koma, titik koma, tab, garis tegak). "
                              "Nama kolom yang diharapkan antara lain: {expected}. Awal berkas: {begins}. Unduh "
                              "templat untuk melihat formatnya.",
                              "No header row found: none of the first {first} rows names at least two known columns "
                              "(delimiters tried: comma, semicolon, tab, vertical bar). Expected column names such "
                              "as: {expected}. The file begins: {begins}. Download the template to see the format."),
    "problem_ragged_row": ("baris ini berisi {values} nilai tetapi judul kolom hanya {width}, sehingga '{lost}' akan "
                           "hilang: periksa pemisah tanpa tanda kutip di dalam sebuah nilai",
                           "this row has {values} values but the header has {width} columns, so '{lost}' would be "
                           "lost: check for an unquoted delimiter inside a value"),
    "problem_ragged_row_again": ("satu lagi baris dengan jumlah nilai berlebih", "another ragged row"),
    "problem_unclosed_quote": ("Berkas tidak dapat dibaca melewati baris ini: sebuah nilai lebih dari 131.072 "
                               "karakter dimulai di sini, biasanya tanda kutip pembuka (\") tanpa penutupnya.",
                               "The file could not be read past this row: a value longer than 131,072 characters "
                               "starts here, usually an opening quote (\") without its closing quote."),
    "problem_unclosed_quote_here": ("sebuah nilai dimulai di sini dan tidak pernah berakhir: kemungkinan tanda kutip "
                                    "(\") yang tidak ditutup",
                                    "a value starts here that never ends: probably an unclosed quote (\")"),
    "problem_xlsx_damaged": ("Berkas tampak seperti buku kerja Excel (zip) tetapi rusak: buka di program lembar "
                             "kerja lalu simpan lagi sebagai .xlsx atau CSV.",
                             "The file looks like an Excel workbook (zip) but is damaged: open it in a spreadsheet "
                             "program and save it again as .xlsx or CSV."),
    "problem_file_is_ods": ("Berkas ini lembar kerja OpenDocument (.ods), bukan buku kerja Excel: simpan sebagai "
                            ".xlsx atau CSV.",
                            "The file is an OpenDocument spreadsheet (.ods), not an Excel workbook: save it as .xlsx "
                            "or CSV."),
    "problem_file_is_zip": ("Berkas ini arsip zip, bukan buku kerja Excel: simpan sebagai .xlsx atau CSV.",
                            "The file is a zip archive, not an Excel workbook: save it as .xlsx or CSV."),
    "problem_no_such_sheet": ("Buku kerja tidak memiliki lembar '{sheet}'. Lembarnya: {sheets}.",
                              "The workbook has no sheet '{sheet}'. Its sheets are: {sheets}."),
    "problem_xlsx_unopenable": ("Buku kerja Excel tidak dapat dibuka ({detail}). Buka di program lembar kerja lalu "
                                "simpan lagi sebagai .xlsx atau CSV.",
                                "The Excel workbook could not be opened ({detail}). Open it in a spreadsheet program "
                                "and save it again as .xlsx or CSV."),
    "problem_xlsx_unreadable": ("Buku kerja Excel rusak dan tidak dapat dibaca ({detail}). Buka di program lembar "
                                "kerja lalu simpan lagi sebagai .xlsx atau CSV.",
                                "The Excel workbook is damaged and could not be read ({detail}). Open it in a "
                                "spreadsheet program and save it again as .xlsx or CSV."),
    "problem_sheet_declares_too_much": ("Lembar '{sheet}' menyatakan {rows} baris dan {columns} kolom, lebih dari "
                                        "batas Excel sendiri ({max_rows} x {max_columns}): berkas rusak atau dibuat "
                                        "untuk menghabiskan memori, dan ditolak.",
                                        "Sheet '{sheet}' declares {rows} rows and {columns} columns, more than Excel "
                                        "itself allows ({max_rows} x {max_columns}): the file is damaged or built to "
                                        "exhaust memory, and was refused."),
    "problem_no_header_sheet": ("Baris judul kolom tidak ditemukan di lembar '{sheet}': tidak satu pun dari {first} "
                                "baris pertama menyebut minimal dua kolom yang dikenal seperti kode_wilayah, "
                                "provinsi, kabupaten_kota, tahun, program, komoditas, bintang. Pilih lembar yang "
                                "berisi data, atau unduh templat untuk melihat formatnya.",
                                "No header row found in sheet '{sheet}': none of the first {first} rows names at "
                                "least two known columns such as kode_wilayah, provinsi, kabupaten_kota, tahun, "
                                "program, komoditas, bintang. Choose the sheet with the data, or download the "
                                "template to see the format."),
    "problem_no_header_workbook": ("Baris judul kolom tidak ditemukan di lembar mana pun ({sheets}): tidak satu pun "
                                   "dari {first} baris pertama menyebut minimal dua kolom yang dikenal seperti "
                                   "kode_wilayah, provinsi, kabupaten_kota, tahun, program, komoditas, bintang. "
                                   "Pilih lembar yang berisi data, atau unduh templat untuk melihat formatnya.",
                                   "No header row found in any sheet ({sheets}): none of the first {first} rows "
                                   "names at least two known columns such as kode_wilayah, provinsi, kabupaten_kota, "
                                   "tahun, program, komoditas, bintang. Choose the sheet with the data, or download "
                                   "the template to see the format."),
    "problem_sheet_rows_beyond_excel": ("Lembar '{sheet}' berisi baris di luar batas Excel {max_rows}: berkas rusak "
                                        "dan ditolak.",
                                        "Sheet '{sheet}' has rows beyond Excel's {max_rows}: the file is damaged and "
                                        "was refused."),
    "problem_value_right_of_last_column": ("sebuah nilai di kanan kolom bernama terakhir akan hilang: '{value}'",
                                           "a value to the right of the last named column would be lost: '{value}'"),
}
