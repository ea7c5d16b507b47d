"""Strings of the page shell: navigation, sidebar, language and dataset pickers, the error page:
key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "shell_dataset_help": ("Data yang ditampilkan di semua halaman.", "The data shown on every page."),
    "page_overview": ("Ringkasan", "Overview"),
    "page_provinces": ("Provinsi", "Provinces"),
    "page_sources": ("Sumber data", "Data sources"),
    "page_map": ("Peta", "Map"),
    "page_growth": ("Pertumbuhan klaster", "Cluster growth"),
    "page_diversity": ("Keragaman komoditas", "Commodity diversity"),
    "page_compare": ("Perbandingan", "Compare"),
    "page_upload": ("Unggah data", "Upload data"),
    "section_explore": ("Jelajahi", "Explore"),
    "section_data": ("Data", "Data"),
    "shell_db_busy": ("Basis data sedang sibuk. Coba lagi sebentar lagi.", "The database is busy. Try again shortly."),
    "shell_download_zip": ("Unduh data + keterangan (ZIP)", "Download data + description (ZIP)"),
    "pub_page": ("Fakta terbitan", "Published facts"),
    "ws_private_link": ("Dataset '{name}' tidak dapat dibuka: dataset ini privat milik pemiliknya (atau sudah "
                        "dihapus).",
                        "The dataset '{name}' cannot be opened: this dataset is private to its owner (or was "
                        "deleted)."),
    "ws_private_link_help": ("Atau pilih dataset lain di samping. Pemiliknya dapat membukanya di browser miliknya, "
                             "atau menerbitkannya untuk semua.",
                             "Or choose another dataset in the sidebar. Its owner can open it in their own browser, "
                             "or publish it for everyone."),
    "ws_private_badge": ("Dataset pribadi: hanya terlihat di ruang kerja Anda (browser ini).",
                         "Private dataset: visible only in your workspace (this browser)."),
    "ws_page": ("Ruang kerja", "Workspace"),
    "ws_waiting": ("Menyiapkan ruang kerja di browser ini…", "Setting up the workspace in this browser…"),
    "pres_image_menu": ("Gambar slide", "Slide image"),
    "pres_image_png": ("PNG {width}×{height}", "PNG {width}×{height}"),
    "pres_image_svg": ("SVG (vektor)", "SVG (vector)"),
    "pres_page": ("Presentasi", "Present"),
    "kk_page": ("Kabupaten/kota", "Kabupaten/kota"),
    "ops_db_corrupt_title": ("Basis data rusak dan tidak dapat dibaca.", "The database is damaged and cannot be read."),
    "ops_restore_command": ("Perintah pemulihan (untuk operator):", "Restore command (for the operator):"),
    "srv_incident": ("Maaf, halaman ini mengalami gangguan dan tidak dapat ditampilkan. Kode insiden: {id}. Muat "
                     "ulang halaman atau pilih halaman lain; bila terulang, sampaikan kode ini kepada pengelola "
                     "aplikasi.",
                     "Sorry, this page ran into a problem and cannot be shown. Incident id: {id}. Reload the page or "
                     "choose another one; if it happens again, give this id to the app's operator."),
    "srv_incident_id": ("Kode insiden: {id}", "Incident id: {id}"),
    # a colleague on someone else's private link: a way on (issue 18)
    "ws_private_choose_dataset": ("Pilih dataset", "Choose a dataset"),
    "ws_private_open": ("Buka halaman ini dengan dataset '{name}'", "Open this page with the dataset '{name}'"),
}
