"""Strings of the Workspace page and private datasets: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "ws_title": ("Ruang kerja penelitian Anda", "Your research workspace"),
    "ws_intro": ("Dataset yang Anda unggah di browser tersimpan di ruang kerja pribadi ini: tetap ada setelah "
                 "halaman dimuat ulang, di tab baru dan setelah server dimulai ulang, dan tidak terlihat oleh orang "
                 "lain. Dataset yang dimuat lewat baris perintah (ovop-analytics ingest) berada di ruang bersama.",
                 "Datasets you upload in the browser are kept in this private workspace: they stay after a reload, "
                 "in a new tab and after a server restart, and nobody else sees them. Datasets loaded with the "
                 "command line (ovop-analytics ingest) are in the shared space."),
    "ws_usage": ("{datasets} dari {max_datasets} dataset, {rows} dari {max_rows} baris. Ruang kerja yang tidak "
                 "dibuka selama {days} hari dihapus.",
                 "{datasets} of {max_datasets} datasets, {rows} of {max_rows} rows. A workspace not opened for "
                 "{days} days is deleted."),
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
                    "another browser, enter it to open the same workspace. Whoever holds the key sees your datasets: "
                    "do not share it, and never put it in a link."),
    "ws_key_download": ("Unduh kunci ruang kerja", "Download the workspace key"),
    "ws_key_file": ("Kunci ruang kerja OVOP Analytics (rahasia, jangan dibagikan):\n\n{workspace_key}\n\nMasukkan "
                    "kunci ini di halaman Ruang kerja pada browser lain untuk membuka ruang kerja yang sama.\n",
                    "OVOP Analytics workspace key (secret, do not share):\n\n{workspace_key}\n\nEnter this key on "
                    "the Workspace page in another browser to open the same workspace.\n"),
    "ws_key_enter": ("Kunci dari browser lain", "A key from another browser"),
    "ws_key_open": ("Buka ruang kerja ini", "Open this workspace"),
    "ws_key_opened": ("Ruang kerja dibuka di browser ini.", "Workspace opened in this browser."),
    "ws_key_unknown": ("Kunci itu tidak dikenal: periksa bahwa kunci disalin utuh (32 huruf dan angka).",
                       "That key is not known: check it was copied whole (32 letters and digits)."),
    "ws_key_waiting": ("Kunci ruang kerja belum diterima dari browser; muat ulang halaman bila ini tidak hilang.",
                       "The workspace key has not arrived from the browser yet; reload the page if this stays."),
    "ws_dataset_line": ("{rows} baris · berkas sumber: {file}", "{rows} rows · source file: {file}"),
}
