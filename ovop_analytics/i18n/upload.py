"""Strings of the Upload page: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "upload_title": ("Unggah data OVOP", "Upload OVOP data"),
    "upload_template": ("Templat dan kamus data", "Template and data dictionary"),
    "upload_template_csv": ("Unduh templat (CSV)", "Download the template (CSV)"),
    "upload_dictionary_csv": ("Unduh kamus data (CSV)", "Download the data dictionary (CSV)"),
    "upload_file": ("Berkas CSV atau XLSX", "CSV or XLSX file"),
    "upload_program": ("Program (untuk berkas tanpa kolom program)",
                       "Programme (for files without a programme column)"),
    "upload_program_none": ("— dari kolom berkas —", "— from the file's column —"),
    "upload_sheet": ("Lembar Excel (kosong: lembar pertama)", "Excel sheet (empty: the first sheet)"),
    "upload_mapping": ("Tabel koreksi wilayah yang disimpan (opsional)", "A saved region corrections table (optional)"),
    "upload_reading": ("Membaca dan memeriksa berkas…", "Reading and checking the file…"),
    "upload_unreadable": ("Berkas tidak dapat dibaca sebagai tabel; tidak ada yang disimpan.",
                          "The file cannot be read as a table; nothing was stored."),
    "upload_summary": ("Ringkasan", "Summary"),
    "upload_rows": ("Baris dibaca", "Rows read"),
    "upload_rows_good": ("Baris baik", "Good rows"),
    "upload_rows_problems": ("Baris bermasalah", "Rows with problems"),
    "upload_rows_review": ("Menunggu wilayah", "Waiting for a region"),
    "upload_col_row": ("Baris", "Row"),
    "upload_col_source_name": ("Nama di berkas", "Name in the file"),
    "upload_accept_all": ("Terima semua saran", "Accept all suggestions"),
    "upload_corrections_csv": ("Unduh tabel koreksi (CSV)", "Download the corrections table (CSV)"),
    "upload_preview": ("Pratinjau baris", "Preview of rows"),
    "upload_name": ("Nama dataset", "Dataset name"),
    "upload_save": ("Simpan sebagai dataset pribadi", "Save as a private dataset"),
    "upload_not_ready": ("Belum dapat disimpan: selesaikan masalah dan tinjauan wilayah di atas.",
                         "Cannot be saved yet: resolve the problems and the region review above."),
    "upload_saving": ("Menyimpan…", "Saving…"),
    "upload_saved": ("Dataset tersimpan ({rows} baris) dan dipilih di semua halaman:",
                     "Dataset saved ({rows} rows) and selected on every page:"),
    "upload_refused": ("Tidak disimpan; tidak ada yang ditulis:", "Not saved; nothing was written:"),
    "export_title": ("Ekspor dataset terpilih", "Export the selected dataset"),
    "export_button": ("Unduh {fmt}", "Download {fmt}"),
    "upload_coverage": ("Cakupan data", "Coverage of the data"),
    "upload_coverage_help": ("Di dalam cakupan, wilayah tanpa baris bernilai 0 (misalnya 'belum ada IKM OVOP'); di "
                             "luar cakupan tidak ada data. Pilih 'seluruh Indonesia' hanya bila berkas ini mendaftar "
                             "semua wilayah yang memiliki catatan.",
                             "Inside the coverage a region without rows counts 0 (e.g. 'no IKM OVOP yet'); outside "
                             "it there is no data. Choose 'all of Indonesia' only if this file lists every region "
                             "that has records."),
    "upload_coverage_touched": ("provinsi yang ada di berkas", "the provinces in the file"),
    "upload_coverage_national": ("seluruh Indonesia", "all of Indonesia"),
    "upload_coverage_chosen": ("provinsi pilihan", "chosen provinces"),
    "upload_coverage_provinces": ("Provinsi yang dicakup", "Provinces covered"),
    "upload_coverage_touched_list": ("Cakupan: {provinces}", "Coverage: {provinces}"),
    "ws_upload_intro": ("Muat tabel OVOP Anda sendiri (CSV atau Excel). Perbaiki baris bermasalah dan pastikan nama "
                        "wilayah di sini, lalu simpan ke ruang kerja pribadi Anda: hanya Anda yang melihatnya, di "
                        "browser ini, juga setelah dimuat ulang.",
                        "Load your own OVOP table (CSV or Excel). Fix rows with problems and confirm region names "
                        "here, then save it to your private workspace: only you see it, in this browser, also after "
                        "a reload."),
    "ws_replacing": ("Berkas berikutnya akan menggantikan dataset '{name}' (versi lama tetap ada sampai versi baru "
                     "tersimpan utuh).",
                     "The next file replaces the dataset '{name}' (the old version stays until the new one is saved "
                     "whole)."),
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
    "ws_col_problem": ("Masalah", "Problems"),
    "ws_col_status": ("Status", "Status"),
    "ws_col_drop": ("Hapus", "Drop"),
    "ws_col_drop_help": ("Buang baris ini dari unggahan", "Leave this row out of the upload"),
    "ws_col_separate": ("Catatan terpisah", "Separate record"),
    "ws_col_separate_help": ("Baris ini sama persis dengan baris lain tetapi merupakan catatan tersendiri",
                             "This row repeats another exactly but is a record of its own"),
    "ws_grid_more": ("{shown} dari {rows} baris bermasalah ditampilkan; baris berikutnya muncul setelah ini diperbaiki.",
                     "{shown} of {rows} rows with problems shown; the next ones appear once these are fixed."),
    "ws_problem_split": ("{n} masalah: {rows} pada baris (tabel di bawah), {file} pada berkas (di atas).",
                         "{n} problems: {rows} in rows (the table below), {file} about the file (above)."),
    "ws_edits_made": ("Perubahan Anda: {cells} sel diubah, {dropped} baris dihapus, {separate} baris ditandai "
                      "catatan terpisah. Semuanya dicatat bersama dataset.",
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
    "ws_corrections_help": ("Tabel berisi semua nama di atas dengan pilihannya; unggah lagi bersama berkas "
                            "berikutnya (Tabel koreksi wilayah) agar tidak perlu ditanya lagi.",
                            "The table holds every name above with its choice; upload it with the next file (region "
                            "corrections table) so you are not asked again."),
    "ws_where_saved": ("Disimpan di ruang kerja pribadi Anda. Dataset bersama untuk semua pengguna dimuat oleh "
                       "operator lewat baris perintah (ovop-analytics ingest).",
                       "Saved in your private workspace. Datasets shared with every user are loaded by the operator "
                       "with the command line (ovop-analytics ingest)."),
    "ws_to_workspace": ("Dataset Anda, kunci ruang kerja: halaman Ruang kerja",
                        "Your datasets and workspace key: the Workspace page"),
    # the file uploader's own words, which Streamlit writes in English (set by CSS: ui/widgets.py)
    "upload_uploader_button": ("Unggah", "Upload"),
    "upload_uploader_limit": ("{mb} MB per berkas • {types}", "{mb}MB per file • {types}"),
    # the row preview: its columns and values in words (issue 18)
    "upload_preview_region_name": ("Wilayah (cocok)", "Region (matched)"),
    "upload_preview_status": ("Status", "Status"),
    "upload_preview_status_ok": ("baik", "good"),
    "upload_preview_status_problem": ("bermasalah", "has problems"),
    "upload_preview_status_review": ("menunggu wilayah", "waiting for a region"),
}
