"""Strings of the accessibility area (skip link, navigation, chart and map descriptions, data tables):
key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "a11y_skip_link": ("Langsung ke konten utama", "Skip to main content"),
    "a11y_nav_label": ("Halaman aplikasi", "App pages"),
    "a11y_main_label": ("Konten utama", "Main content"),
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
    "a11y_matrix": ("Matriks {rows} × {columns}; nilainya ada di tabel data.",
                    "A {rows} × {columns} matrix; its values are in the data table."),
}
