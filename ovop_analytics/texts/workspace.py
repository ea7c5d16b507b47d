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
                              "rows as separate records if they really are two records"),
    # region names
    "problem_too_many_region_names": ("berkas berisi {count} nama wilayah berbeda yang tidak dikenal; paling "
                                      "banyak {limit} diperiksa per berkas. Periksa kolom wilayah (mungkin kolom "
                                      "yang salah), atau isi kode_wilayah",
                                      "the file has {count} distinct region names that are not known; at most "
                                      "{limit} are checked per file. Check the region columns (perhaps the "
                                      "wrong column), or fill kode_wilayah"),
    "problem_region_also_kota": ("nama ini juga nama {other} ({code}): pilih yang benar",
                                 "this is also the name of {other} ({code}): choose the right one"),
    "problem_region_close_to": ("sama miripnya dengan {other} ({code}): pilih yang benar",
                                "just as close to {other} ({code}): choose the right one"),
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
                                   "A dataset named '{name}' exists already: choose another name."),
    "problem_dataset_name_invalid": ("nama dataset '{name}' tidak bisa dipakai: gunakan 1–60 huruf, angka, spasi "
                                     "dan . _ - ( ), diawali huruf atau angka",
                                     "the dataset name '{name}' is not allowed: use 1-60 letters, digits, spaces "
                                     "and . _ - ( ), starting with a letter or digit"),
    "problem_dataset_unknown": ("tidak ada dataset '{name}' yang dapat Anda buka",
                                "there is no dataset '{name}' you can open"),
    "problem_dataset_not_yours": ("dataset '{name}' bukan unggahan di ruang kerja ini",
                                  "the dataset '{name}' is not an upload of this workspace"),
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
    "ws_cli_note": ("catatan: {note}", "note: {note}"),
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
    # upload summary
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
    # private links and the workspace
    "ws_private_link": ("Dataset '{name}' tidak dapat dibuka: dataset ini privat milik pemiliknya (atau sudah "
                        "dihapus).",
                        "The dataset '{name}' cannot be opened: this dataset is private to its owner (or was "
                        "deleted)."),
    "ws_private_link_help": ("Pilih dataset lain di samping. Pemiliknya dapat membukanya di browser miliknya, atau "
                             "menerbitkannya untuk semua.",
                             "Choose another dataset in the sidebar. Its owner can open it in their own browser, or "
                             "publish it for everyone."),
    # dataset names: unique in a workspace, never equal to a shared (public) dataset's name
    "ws_name_public": ("Dataset bersama bernama '{existing}' sudah ada dan terlihat oleh semua pengguna; '{name}' "
                       "dianggap nama yang sama (huruf besar/kecil dan lebar huruf diabaikan). Pilih nama lain.",
                       "A shared dataset named '{existing}' exists already and every user sees it; '{name}' counts as "
                       "the same name (case and character width are ignored). Choose another name."),
    "ws_name_elsewhere": ("Sebuah dataset pribadi di ruang kerja seorang peneliti sudah bernama '{existing}'; dataset "
                          "bersama memerlukan nama yang belum dipakai siapa pun. Pilih nama lain.",
                          "A private dataset in a researcher's workspace is already named '{existing}'; a shared "
                          "dataset needs a name nobody uses yet. Choose another name."),
    "ws_publish_name_public": ("'{name}' tidak dapat diterbitkan: dataset bersama bernama '{existing}' sudah ada. "
                               "Ganti dulu nama dataset Anda; dataset ini tetap pribadi.",
                               "'{name}' cannot be published: a shared dataset named '{existing}' exists already. "
                               "Rename your dataset first; it stays private."),
    "ws_publish_name_elsewhere": ("'{name}' tidak dapat diterbitkan: dataset pribadi di ruang kerja lain memakai nama "
                                  "ini, dan pemiliknya tidak akan dapat membedakan keduanya. Ganti dulu nama dataset "
                                  "Anda; dataset ini tetap pribadi.",
                                  "'{name}' cannot be published: a private dataset in another workspace has this "
                                  "name, and its owner could no longer tell the two apart. Rename your dataset first; "
                                  "it stays private."),
    "ws_private_badge": ("Dataset pribadi: hanya terlihat di ruang kerja Anda (browser ini).",
                         "Private dataset: visible only in your workspace (this browser)."),
    "ws_page": ("Ruang kerja", "Workspace"),
    "ws_title": ("Ruang kerja penelitian Anda", "Your research workspace"),
    "ws_intro": ("Dataset yang Anda unggah di browser tersimpan di ruang kerja pribadi ini: tetap ada setelah halaman "
                 "dimuat ulang, di tab baru dan setelah server dimulai ulang, dan tidak terlihat oleh orang lain. "
                 "Dataset yang dimuat lewat baris perintah (ovop-analytics ingest) berada di ruang bersama.",
                 "Datasets you upload in the browser are kept in this private workspace: they stay after a reload, "
                 "in a new tab and after a server restart, and nobody else sees them. Datasets loaded with the "
                 "command line (ovop-analytics ingest) are in the shared space."),
    "ws_waiting": ("Menyiapkan ruang kerja di browser ini…", "Setting up the workspace in this browser…"),
    "ws_usage": ("{datasets} dari {max_datasets} dataset, {rows} dari {max_rows} baris. Ruang kerja yang tidak dibuka "
                 "selama {days} hari dihapus.",
                 "{datasets} of {max_datasets} datasets, {rows} of {max_rows} rows. A workspace not opened for {days} "
                 "days is deleted."),
    "ws_mine": ("Dataset Anda", "Your datasets"),
    "ws_none": ("Belum ada dataset di ruang kerja ini. Unggah berkas di halaman Unggah data.",
                "No dataset in this workspace yet. Upload a file on the Upload data page."),
    "ws_col_name": ("Nama", "Name"),
    "ws_col_rows": ("Baris", "Rows"),
    "ws_col_created": ("Dimuat", "Loaded"),
    "ws_col_file": ("Berkas sumber", "Source file"),
    "ws_col_edited": ("Diubah di browser", "Edited in the browser"),
    "ws_rename": ("Nama baru", "New name"),
    "ws_rename_button": ("Ganti nama", "Rename"),
    "ws_renamed": ("Nama dataset diganti.", "Dataset renamed."),
    "ws_replace_button": ("Ganti dengan berkas baru", "Replace with a new file"),
    "ws_delete_button": ("Hapus", "Delete"),
    "ws_delete_confirm": ("Ya, hapus '{name}'", "Yes, delete '{name}'"),
    "ws_deleted": ("Dataset dihapus.", "Dataset deleted."),
    "ws_open": ("Tampilkan di dasbor", "Show in the dashboard"),
    "ws_action_failed": ("Tindakan ditolak:", "Action refused:"),
    "ws_publish": ("Terbitkan untuk semua pengguna", "Publish to every user"),
    "ws_password": ("Kata sandi operator", "Operator password"),
    "ws_published": ("Dataset diterbitkan untuk semua pengguna.", "Dataset published to every user."),
    "ws_publish_disabled": ("Penerbitan tidak diaktifkan oleh operator.", "Publishing is not enabled by the operator."),
    "ws_key_title": ("Bawa ruang kerja ke browser lain", "Carry the workspace to another browser"),
    "ws_key_help": ("Ruang kerja ini dikenali dari kunci yang disimpan browser ini. Unduh kunci dan simpan di tempat "
                    "aman; di browser lain, masukkan kunci itu untuk membuka ruang kerja yang sama. Siapa pun yang "
                    "memegang kunci dapat melihat dataset Anda: jangan bagikan, dan jangan taruh di tautan.",
                    "This workspace is known by a key this browser keeps. Download the key and keep it safe; in "
                    "another browser, enter it to open the same workspace. Whoever holds the key sees your "
                    "datasets: do not share it, and never put it in a link."),
    "ws_key_download": ("Unduh kunci ruang kerja", "Download the workspace key"),
    "ws_key_file": ("Kunci ruang kerja OVOP Analytics (rahasia, jangan dibagikan):\n\n{workspace_key}\n\n"
                    "Masukkan kunci ini di halaman Ruang kerja pada browser lain untuk membuka ruang kerja yang "
                    "sama.\n",
                    "OVOP Analytics workspace key (secret, do not share):\n\n{workspace_key}\n\nEnter this key on "
                    "the Workspace page in another browser to open the same workspace.\n"),
    "ws_key_enter": ("Kunci dari browser lain", "A key from another browser"),
    "ws_key_open": ("Buka ruang kerja ini", "Open this workspace"),
    "ws_key_opened": ("Ruang kerja dibuka di browser ini.", "Workspace opened in this browser."),
    "ws_key_unknown": ("Kunci itu tidak dikenal: periksa bahwa kunci disalin utuh (32 huruf dan angka).",
                       "That key is not known: check it was copied whole (32 letters and digits)."),
    "ws_key_waiting": ("Kunci ruang kerja belum diterima dari browser; muat ulang halaman bila ini tidak hilang.",
                       "The workspace key has not arrived from the browser yet; reload the page if this stays."),
    # upload page: intro, grid, reconciliation, save
    "ws_upload_intro": ("Muat tabel OVOP Anda sendiri (CSV atau Excel). Perbaiki baris bermasalah dan pastikan nama "
                        "wilayah di sini, lalu simpan ke ruang kerja pribadi Anda: hanya Anda yang melihatnya, di "
                        "browser ini, juga setelah dimuat ulang.",
                        "Load your own OVOP table (CSV or Excel). Fix rows with problems and confirm region names "
                        "here, then save it to your private workspace: only you see it, in this browser, also after "
                        "a reload."),
    "ws_replacing": ("Berkas berikutnya akan menggantikan dataset '{name}' (versi lama tetap ada sampai versi baru "
                     "tersimpan utuh).",
                     "The next file replaces the dataset '{name}' (the old version stays until the new one is "
                     "saved whole)."),
    "ws_replace_cancel": ("Batal mengganti", "Do not replace"),
    "ws_file_problems": ("Masalah pada berkas", "Problems with the file"),
    "ws_grid_title": ("Perbaiki baris bermasalah ({n})", "Fix the rows with problems ({n})"),
    "ws_grid_help": ("Ubah nilai langsung di tabel; masalah tiap sel tertulis di kolom ⚠ di sebelahnya. Centang "
                     "Hapus untuk membuang baris, atau Catatan terpisah bila baris yang sama persis memang dua "
                     "catatan. Pemeriksaan diulang setiap kali Anda mengubah sesuatu.",
                     "Change values right in the table; each cell's problem is in the ⚠ column beside it. Tick Drop "
                     "to leave a row out, or Separate record when two identical rows really are two records. The "
                     "check runs again each time you change something."),
    "ws_grid_problems_text": ("Baca masalah tiap baris selengkapnya ({n} baris)",
                              "Read each row's problems in full ({n} rows)"),
    "ws_grid_problem_line": ("Baris {row}: {problem}", "Row {row}: {problem}"),
    "ws_coverage_after_fixes": ("Cakupan: provinsi dalam berkas, ditentukan setelah semua baris dan wilayah di atas "
                                "beres.",
                                "Coverage: the provinces in the file, known once every row and region above is "
                                "settled."),
    "ws_dataset_line": ("{rows} baris · berkas sumber: {file}", "{rows} rows · source file: {file}"),
    "ws_col_problem": ("Masalah", "Problems"),
    "ws_col_status": ("Status", "Status"),
    "ws_col_drop": ("Hapus", "Drop"),
    "ws_col_drop_help": ("Buang baris ini dari unggahan", "Leave this row out of the upload"),
    "ws_col_separate": ("Catatan terpisah", "Separate record"),
    "ws_col_separate_help": ("Baris ini sama persis dengan baris lain tetapi merupakan catatan tersendiri",
                             "This row repeats another exactly but is a record of its own"),
    "ws_grid_more": ("{shown} baris ditampilkan dari {n} masalah; baris berikutnya muncul setelah ini diperbaiki.",
                     "{shown} rows shown of {n} problems; the next ones appear once these are fixed."),
    "ws_edits_made": ("Perubahan Anda: {cells} sel diubah, {dropped} baris dihapus, {separate} baris ditandai catatan "
                      "terpisah. Semuanya dicatat bersama dataset.",
                      "Your changes: {cells} cells changed, {dropped} rows dropped, {separate} rows marked as "
                      "separate records. All are recorded with the dataset."),
    "ws_corrected_file": ("Unduh berkas yang sudah diperbaiki (CSV)", "Download the corrected file (CSV)"),
    "ws_undo_edits": ("Batalkan semua perubahan", "Undo all changes"),
    "ws_audit_title": ("Periksa pencocokan wilayah ({n}, {waiting} menunggu Anda)",
                       "Check the region matches ({n}, {waiting} waiting for you)"),
    "ws_audit_help": ("Setiap nama yang tidak cocok persis (lewat kode atau nama resmi) ada di sini, termasuk yang "
                      "diterima otomatis karena sangat mirip. Pilih wilayah yang benar dari daftar provinsinya, lalu "
                      "tekan Konfirmasi. Tabel koreksi dapat diunduh dan dipakai lagi untuk unggahan berikutnya.",
                      "Every name not matched exactly (by code or official name) is here, including those taken "
                      "automatically because they were very similar. Choose the right region from its province's "
                      "list, then press Confirm. The corrections table can be downloaded and used again with the "
                      "next upload."),
    "ws_audit_page": ("Halaman (dari {pages})", "Page (of {pages})"),
    "ws_col_method": ("Cara dicocokkan · skor", "How matched · score"),
    "ws_col_chosen": ("Wilayah yang dipilih", "Chosen region"),
    "ws_method_fuzzy": ("kemiripan nama", "similar name"),
    "ws_method_name": ("nama persis", "exact name"),
    "ws_method_none": ("tidak ada yang mirip", "nothing similar"),
    "ws_method_code": ("kode", "code"),
    "ws_status_matched": ("diterima otomatis", "taken automatically"),
    "ws_status_corrected": ("dipastikan oleh Anda", "confirmed by you"),
    "ws_status_accepted": ("saran diterima", "suggestion accepted"),
    "ws_status_review": ("perlu dipastikan", "to confirm"),
    "ws_status_unmatched": ("perlu dipilih", "to choose"),
    "ws_choose": ("— pilih wilayah —", "— choose a region —"),
    "ws_audit_confirm": ("Konfirmasi pilihan di atas", "Confirm the choices above"),
    "ws_corrections_help": ("Tabel berisi semua nama di atas dengan pilihannya; unggah lagi bersama berkas berikutnya "
                            "(Tabel koreksi wilayah) agar tidak perlu ditanya lagi.",
                            "The table holds every name above with its choice; upload it with the next file "
                            "(region corrections table) so you are not asked again."),
    "ws_replace_existing": ("Ganti dataset '{name}' di ruang kerja Anda dengan berkas ini",
                            "Replace the dataset '{name}' in your workspace with this file"),
    "ws_where_saved": ("Disimpan di ruang kerja pribadi Anda. Dataset bersama untuk semua pengguna dimuat oleh "
                       "operator lewat baris perintah (ovop-analytics ingest).",
                       "Saved in your private workspace. Datasets shared with every user are loaded by the operator "
                       "with the command line (ovop-analytics ingest)."),
    "ws_to_workspace": ("Dataset Anda, kunci ruang kerja: halaman Ruang kerja",
                        "Your datasets and workspace key: the Workspace page"),
    # notes about how a file was read
    "problem_note_title_row": ("baris 1 di atas judul kolom dilewati (judul tabel)",
                               "row 1 above the header skipped (titles)"),
    "problem_note_title_rows": ("baris 1-{last} di atas judul kolom dilewati (judul tabel)",
                                "rows 1-{last} above the header skipped (titles)"),
    "problem_note_short_row": ("1 baris berisi lebih sedikit nilai daripada judul kolom; nilai yang tidak ada dibaca "
                               "kosong",
                               "1 row had fewer values than the header; the missing values were read as empty"),
    "problem_note_short_rows": ("{count} baris berisi lebih sedikit nilai daripada judul kolom; nilai yang tidak ada "
                                "dibaca kosong",
                                "{count} rows had fewer values than the header; the missing values were read as "
                                "empty"),
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
    # limits on a file (settings an operator chooses)
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
                                 "The workbook unpacks to {size}, more than the {limit} allowed ({packed} packed; the "
                                 "limit is {factor} x the largest upload). It was refused without being unpacked."),
    "problem_workbook_strings_too_large": ("Tabel teks buku kerja ini terurai menjadi {size}, lebih dari {limit} yang "
                                           "diizinkan. Simpan lembarnya sebagai CSV.",
                                           "The workbook's text table unpacks to {size}, more than the {limit} "
                                           "allowed. Save the sheet as CSV instead."),
    # file reading (lead, after merging): every refusal of an unreadable file in both languages
    "problem_file_is_xls": ("Berkas ini buku kerja Excel lama 97-2003 (.xls): buka di program lembar kerja lalu "
                            "simpan sebagai .xlsx atau CSV.",
                            "The file is an old Excel 97-2003 workbook (.xls): open it in a spreadsheet program and "
                            "save it as .xlsx or CSV."),
    "problem_file_is_pdf": ("Berkas ini PDF: ekspor tabelnya dari sumbernya sebagai CSV atau XLSX.",
                            "The file is a PDF: export the table from its source as CSV or XLSX."),
    "problem_file_is_binary": ("Berkas ini bukan teks (berisi byte biner) dan bukan buku kerja Excel: unggah berkas "
                               "CSV atau XLSX.",
                               "The file is not text (it contains binary bytes) and is not an Excel workbook: "
                               "upload a CSV or XLSX file."),
    "problem_file_empty": ("Berkas ini kosong.", "The file is empty."),
    "problem_file_empty_named": ("Berkas '{file}' kosong.", "The file '{file}' is empty."),
    "problem_sheet_on_csv": ("Lembar '{sheet}' dipilih, tetapi berkas ini teks CSV yang tidak memiliki lembar.",
                             "A sheet ('{sheet}') was chosen, but the file is a CSV text file, which has no sheets."),
    "problem_mixed_encodings": ("Berkas mencampur dua pengodean teks: baris {utf8_line} berisi teks UTF-8 tetapi baris "
                                "{bad_line} berisi byte yang bukan UTF-8 ({byte}, misalnya aksen dari program lama). "
                                "Buka berkas di program lembar kerja atau penyunting teks lalu simpan lagi sebagai "
                                "'CSV UTF-8'.",
                                "The file mixes two text encodings: line {utf8_line} has UTF-8 text but line "
                                "{bad_line} has a byte that is not UTF-8 ({byte}, e.g. an accent saved by an older "
                                "program). Open the file in a spreadsheet or text editor and save it again as "
                                "'CSV UTF-8'."),
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
    "problem_unclosed_quote": ("Berkas tidak dapat dibaca melewati baris ini: sebuah nilai lebih dari 131.072 karakter "
                               "dimulai di sini, biasanya tanda kutip pembuka (\") tanpa penutupnya.",
                               "The file could not be read past this row: a value longer than 131,072 characters "
                               "starts here, usually an opening quote (\") without its closing quote."),
    "problem_unclosed_quote_here": ("sebuah nilai dimulai di sini dan tidak pernah berakhir: kemungkinan tanda kutip "
                                    "(\") yang tidak ditutup",
                                    "a value starts here that never ends: probably an unclosed quote (\")"),
    "problem_xlsx_damaged": ("Berkas tampak seperti buku kerja Excel (zip) tetapi rusak: buka di program lembar kerja "
                             "lalu simpan lagi sebagai .xlsx atau CSV.",
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
                                "baris pertama menyebut minimal dua kolom yang dikenal seperti kode_wilayah, provinsi, "
                                "kabupaten_kota, tahun, program, komoditas, bintang. Pilih lembar yang berisi data, "
                                "atau unduh templat untuk melihat formatnya.",
                                "No header row found in sheet '{sheet}': none of the first {first} rows names at "
                                "least two known columns such as kode_wilayah, provinsi, kabupaten_kota, tahun, "
                                "program, komoditas, bintang. Choose the sheet with the data, or download the "
                                "template to see the format."),
    "problem_no_header_workbook": ("Baris judul kolom tidak ditemukan di lembar mana pun ({sheets}): tidak satu pun "
                                   "dari {first} baris pertama menyebut minimal dua kolom yang dikenal seperti "
                                   "kode_wilayah, provinsi, kabupaten_kota, tahun, program, komoditas, bintang. Pilih "
                                   "lembar yang berisi data, atau unduh templat untuk melihat formatnya.",
                                   "No header row found in any sheet ({sheets}): none of the first {first} rows names "
                                   "at least two known columns such as kode_wilayah, provinsi, kabupaten_kota, tahun, "
                                   "program, komoditas, bintang. Choose the sheet with the data, or download the "
                                   "template to see the format."),
    "problem_sheet_rows_beyond_excel": ("Lembar '{sheet}' berisi baris di luar batas Excel {max_rows}: berkas rusak "
                                        "dan ditolak.",
                                        "Sheet '{sheet}' has rows beyond Excel's {max_rows}: the file is damaged and "
                                        "was refused."),
    "problem_value_right_of_last_column": ("sebuah nilai di kanan kolom bernama terakhir akan hilang: '{value}'",
                                           "a value to the right of the last named column would be lost: '{value}'"),
}
