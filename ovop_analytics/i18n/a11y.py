"""Strings of the accessibility area (skip link, navigation, chart and map descriptions, data tables):
key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "a11y_skip_link": ("Langsung ke konten utama", "Skip to main content"),
    "a11y_nav_label": ("Halaman aplikasi", "App pages"),
    "a11y_show_data": ("Lihat data", "Show data"),
    # chart and map descriptions: "<kind>: <title>. <period>. <highest>; <lowest>. <no data>. <source>."
    "a11y_chart": ("Grafik", "Chart"),
    "a11y_map": ("Peta", "Map"),
    "a11y_description": ("{kind}: {title}.", "{kind}: {title}."),
    "a11y_period_range": ("Periode {start}–{end}.", "Period {start}–{end}."),
    "a11y_period_single": ("Periode {period}.", "Period {period}."),
    "a11y_highest_lowest": ("Tertinggi: {high} ({high_value}); terendah: {low} ({low_value}).",
                            "Highest: {high} ({high_value}); lowest: {low} ({low_value})."),
    "a11y_highest_lowest_in": ("Pada {period}, tertinggi: {high} ({high_value}); terendah: {low} ({low_value}).",
                               "In {period}, highest: {high} ({high_value}); lowest: {low} ({low_value})."),
    "a11y_single_value": ("{label}: {value}.", "{label}: {value}."),
    "a11y_no_data_count": ("{n} tanpa data.", "{n} with no data."),
    # column headers of the "Lihat data / Show data" tables that no other area names
    "a11y_col_period": ("Periode", "Period"),
    "a11y_col_key": ("Kode", "Code"),
    "a11y_col_count": ("Jumlah", "Count"),
    "a11y_col_cumulative": ("Kumulatif", "Cumulative"),
    "a11y_col_change": ("Perubahan", "Change"),
    "a11y_col_pct_change": ("Perubahan (%)", "Change (%)"),
    "a11y_col_records": ("Catatan OVOP", "OVOP records"),
    "a11y_col_ikm": ("IKM OVOP", "IKM OVOP"),
    "a11y_col_share": ("Pangsa", "Share"),
    "a11y_col_catalogue_size": ("Jenis dalam katalog", "Types in the catalogue"),
    "a11y_col_types_present": ("Jenis yang ada", "Types present"),
    "a11y_col_kabkota_with_ikm": ("Kab/kota dengan IKM OVOP", "Kab/kota with IKM OVOP"),
    "a11y_col_kabkota_total": ("Jumlah kab/kota", "Kab/kota in total"),
    "a11y_col_kabkota_share": ("Pangsa kab/kota (%)", "Kab/kota share (%)"),
    "a11y_col_new_entrants": ("Baru", "New"),
    "a11y_col_returning": ("Kembali", "Returning"),
    "a11y_matrix": ("Matriks {rows} × {columns}; nilainya ada di tabel data.",
                    "A {rows} × {columns} matrix; its values are in the data table."),
}
