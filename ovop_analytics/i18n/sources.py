"""Strings of the Data sources page: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "sources_title": ("Sumber data dan fakta terbitan", "Data sources and published facts"),
    "sources_datasets_table": ("Dataset", "Datasets"),
    "sources_col_name": ("Nama", "Name"),
    "sources_col_kind": ("Jenis", "Kind"),
    "sources_col_visibility": ("Visibilitas", "Visibility"),
    "sources_col_synthetic": ("Sintetis", "Synthetic"),
    "sources_col_created": ("Dibuat", "Created"),
    "sources_col_rows": ("Baris", "Rows"),
    "facts_intro": ("Setiap angka dikutip dari sumbernya. Baris yang sumbernya berbeda ditandai KONFLIK; keduanya "
                    "ditampilkan, tidak ada yang dipilih diam-diam.",
                    "Every figure cites its source. Rows whose sources disagree are marked CONFLICT; both are shown, "
                    "none is picked silently."),
    "sources_conflicts_title": ("Konflik antar sumber", "Conflicts between sources"),
    "sources_col_other_link": ("Sumber lain", "Other source"),
    "sources_col_conflict": ("Konflik", "Conflict"),
    "sources_no_url": ("tanpa URL terbitan", "no published URL"),
    "visibility_public": ("publik", "public"),
    "visibility_private": ("pribadi", "private"),
    "sources_methods_title": ("Metodologi: definisi setiap metrik", "Methods: every metric defined"),
    "sources_methods_intro": ("Setiap angka di aplikasi, ekspor dan baris perintah memakai definisi ini. Basis "
                              "'dalam periode' menghitung catatan bertanggal dalam periode yang dipilih; 's.d. akhir "
                              "periode' menghitung semua catatan sampai tahun akhir. Di luar cakupan dataset tidak "
                              "ada data (–), bukan 0.",
                              "Every figure in the app, its exports and the command line uses these definitions. "
                              "Basis 'in the period' counts records dated in the chosen period; 'up to the period's "
                              "end' counts every record up to the end year. Outside a dataset's coverage there is no "
                              "data (–), not 0."),
    "sources_col_definition": ("Definisi", "Definition"),
    "sources_col_formula": ("Rumus", "Formula"),
    "sources_col_basis": ("Basis", "Basis"),
    "sources_col_unit": ("Satuan", "Unit"),
    "sources_col_programme": ("Program", "Programme"),
    "sources_col_reference": ("Rujukan", "Reference"),
}
