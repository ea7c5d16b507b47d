"""Strings of the storage modes (issue 19: PostgreSQL as the shared store): key -> (Bahasa Indonesia, English).

Keys named like an error's `code` are the sentence of that error (i18n.error_text).
"""

STRINGS: dict[str, tuple[str, str]] = {
    "ops_db_unavailable": (
        "Server basis data tidak dapat dihubungi (ditunggu {seconds} detik): penyimpanan dijeda. Halaman tetap "
        "menampilkan data terakhir; coba lagi setelah server kembali.",
        "The database server cannot be reached (waited {seconds} s): saving is paused. Pages keep showing the "
        "latest data; try again once the server is back."),
    "storage_paused_title": ("Penyimpanan dijeda", "Saving is paused"),
    "storage_paused": (
        "Server basis data sedang tidak dapat dihubungi. Semua halaman tetap menampilkan data terakhir yang "
        "dimuat, tetapi unggahan, penggantian nama dan penerbitan belum dapat disimpan. Penyimpanan berlanjut "
        "sendiri setelah server kembali.",
        "The database server cannot be reached right now. Every page keeps showing the data loaded last, but "
        "uploads, renames and publishing cannot be saved yet. Saving resumes by itself once the server is back."),
    "ops_pg_backup": (
        "Penyimpanan memakai PostgreSQL ({where}): alat server itu sendiri (pg_dump, pg_restore) yang membuat dan "
        "memulihkan cadangan. Tidak ada yang dilakukan.",
        "The store is PostgreSQL ({where}): the server's own tools (pg_dump, pg_restore) make and restore its "
        "backups. Nothing was done."),
    "ops_target_not_empty": (
        "Tujuan {target} sudah berisi {datasets} dataset: tidak ada yang disalin. Tambahkan --replace untuk "
        "menimpanya.",
        "The target {target} holds {datasets} datasets already: nothing was copied. Add --replace to overwrite it."),
    "ops_copy_differs": (
        "Salinan tabel {table} berbeda dari sumbernya; tidak ada yang ditulis.",
        "The copy of table {table} differs from the source; nothing was written."),
    "ops_same_store": ("Sumber dan tujuan adalah basis data yang sama.", "The source and the target are the same database."),
    "ops_store_outdated": (
        "Basis data {path} belum memakai skema terbaru: jalankan `ovop-analytics init` padanya dulu.",
        "The database {path} is not at the latest schema: run `ovop-analytics init` on it first."),
}
