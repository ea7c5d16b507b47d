"""Strings of the spatial-patterns area (issue 20: per capita / per km², Moran's I, LISA, Gi*): key -> (id, en).

Words matter: statistical concentrations are *kantong* (never "sentra", which PP 29/2018 defines, nor
"klaster", which the product uses for cluster growth); a significant region is worth a look, not proof.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # bases
    "basis_count": ("Jumlah", "Count"),
    "basis_capita": ("Per 1 juta penduduk", "Per 1 million residents"),
    "basis_area": ("Per 1.000 km²", "Per 1,000 km²"),
    "per_capita_label": ("{label} per 1 juta penduduk ({source})", "{label} per 1 million residents ({source})"),
    "per_area_label": ("{label} per 1.000 km² (luas BIG 2024)", "{label} per 1,000 km² (BIG 2024 area)"),
    "population_short_dukcapil": ("Dukcapil 2024", "Dukcapil 2024"),
    "population_short_bps": ("BPS 2024", "BPS 2024"),
    "population_source": ("Basis penduduk provinsi", "Province population basis"),
    "population_dukcapil": ("Dukcapil (DKB semester II 2024)", "Dukcapil (DKB semester II 2024)"),
    "population_bps": ("BPS (proyeksi pertengahan 2024)", "BPS (mid-2024 projection)"),
    "denominator_cite": ("Penyebut: {source}", "Denominator: {source}"),
    "measure_basis": ("Ukuran", "Measure"),
    "basis_not_rate": ("Metrik ini bukan jumlah: ditampilkan apa adanya, tidak dibagi penduduk atau luas.",
                       "This metric is not a count: shown as it is, not divided by population or area."),
    # errors (library codes)
    "err_per_basis": ("--per harus capita atau area (atau count), bukan '{value}'.",
                      "--per must be capita or area (or count), not '{value}'."),
    "err_population_source": ("Basis penduduk harus dukcapil atau bps, bukan '{value}'.",
                              "The population basis must be dukcapil or bps, not '{value}'."),
    "err_bps_provinces_only": ("Basis penduduk BPS hanya ada untuk provinsi; gunakan dukcapil untuk kabupaten/kota.",
                               "The BPS population basis exists for provinces only; use dukcapil for "
                               "kabupaten/kota."),
    "err_spatial_weights": ("--weights harus knn6 atau contiguity, bukan '{value}'.",
                            "--weights must be knn6 or contiguity, not '{value}'."),
    "err_spatial_permutations": ("Jumlah permutasi harus antara 99 dan 99999, bukan {value}.",
                                 "Permutations must be between 99 and 99999, not {value}."),
    "err_spatial_cutoff": ("Batas p harus 0,05, 0,01 atau 0,001, bukan {value}.",
                           "The cut-off must be 0.05, 0.01 or 0.001, not {value}."),
    "err_spatial_seed": ("Benih acak harus antara 0 dan 4294967295, bukan {value}.",
                         "The seed must be between 0 and 4294967295, not {value}."),
    "err_spatial_metric": ("Metrik '{value}' tidak dikenal untuk analisis spasial.",
                           "Metric '{value}' is not known for spatial analysis."),
    "err_basis_not_rate": ("'{metric}' bukan jumlah: tidak dapat dibagi penduduk atau luas.",
                           "'{metric}' is not a count: it cannot be divided by population or area."),
    "err_smoothing_capita": ("Penghalusan Empirical Bayes hanya berlaku untuk angka per penduduk.",
                             "Empirical-Bayes smoothing applies to rates per capita only."),
    "err_spatial_province_level": ("Lingkungan satu provinsi dianalisis pada tingkat kabupaten/kota.",
                                   "A province's neighbourhood is analysed at kabupaten/kota level."),
    "spatial_too_few": ("Hanya {n} wilayah yang punya nilai dan tetangga; perlu minimal {minimum}.",
                        "Only {n} regions have a value and a neighbour; at least {minimum} are needed."),
    "spatial_constant": ("Semua wilayah bernilai sama ({value}): autokorelasi spasial tidak terdefinisi.",
                         "Every region has the same value ({value}): spatial autocorrelation is undefined."),
    "spatial_no_boundaries": ("Batas wilayah tingkat {level} belum dipasang. Pasang dengan `ovop-analytics "
                              "boundaries install --from BERKAS --level {level}`.",
                              "No {level} boundaries are installed. Install them with `ovop-analytics "
                              "boundaries install --from FILE --level {level}`."),
    # LISA categories (GeoDa order) and Gi* bins
    "lisa_high_high": ("Tinggi-Tinggi (kantong tinggi)", "High-High (high pocket)"),
    "lisa_low_low": ("Rendah-Rendah (kantong rendah)", "Low-Low (low pocket)"),
    "lisa_low_high": ("Rendah-Tinggi (pencilan)", "Low-High (outlier)"),
    "lisa_high_low": ("Tinggi-Rendah (pencilan)", "High-Low (outlier)"),
    "lisa_not_significant": ("Tidak signifikan", "Not significant"),
    "lisa_isolate": ("Tanpa tetangga", "No neighbours"),
    "lisa_no_data": ("Tidak ada data", "No data"),
    "gi_hot_99": ("Titik panas (99%)", "Hot spot (99%)"),
    "gi_hot_95": ("Titik panas (95%)", "Hot spot (95%)"),
    "gi_hot_90": ("Titik panas (90%)", "Hot spot (90%)"),
    "gi_not_significant": ("Tidak signifikan", "Not significant"),
    "gi_cold_90": ("Titik dingin (90%)", "Cold spot (90%)"),
    "gi_cold_95": ("Titik dingin (95%)", "Cold spot (95%)"),
    "gi_cold_99": ("Titik dingin (99%)", "Cold spot (99%)"),
    "gi_isolate": ("Tanpa tetangga", "No neighbours"),
    "gi_no_data": ("Tidak ada data", "No data"),
    "sig_0.001": ("p ≤ 0,001", "p ≤ 0.001"),
    "sig_0.01": ("p ≤ 0,01", "p ≤ 0.01"),
    "sig_0.05": ("p ≤ 0,05", "p ≤ 0.05"),
    "sig_not_significant": ("Tidak signifikan", "Not significant"),
    "sig_isolate": ("Tanpa tetangga", "No neighbours"),
    "sig_no_data": ("Tidak ada data", "No data"),
    "legend_count": ("{label} ({n})", "{label} ({n})"),
    # sentences
    "moran_sentence": ("Moran's I global {metric}: I = {i} (nilai harapan {ei}), p = {p} dari {perms} permutasi "
                       "(benih {seed}), {n} wilayah. {verdict}",
                       "Global Moran's I of {metric}: I = {i} (expected {ei}), p = {p} from {perms} permutations "
                       "(seed {seed}), {n} regions. {verdict}"),
    "moran_positive": ("Nilai yang mirip cenderung berdekatan lebih dari kebetulan.",
                       "Similar values lie near each other more than chance would give."),
    "moran_negative": ("Nilai yang berbeda cenderung berdekatan lebih dari kebetulan.",
                       "Unlike values lie near each other more than chance would give."),
    "moran_none": ("Pola ini tidak berbeda nyata dari sebaran acak (p > {cutoff}).",
                   "This pattern does not differ significantly from a random arrangement (p > {cutoff})."),
    "region_lisa_sentence": ("Untuk {metric}, {region} termasuk kategori {category} (p = {p}; Moran lokal, "
                             "KNN-6, {perms} permutasi, benih {seed}). Wilayah signifikan layak ditelaah, "
                             "bukan bukti.",
                             "For {metric}, {region} falls in the category {category} (p = {p}; local Moran, "
                             "KNN-6, {perms} permutations, seed {seed}). A significant region is worth a "
                             "look, not proof."),
    "region_lisa_outside": ("Untuk {metric}, {region} berkategori {category} dalam analisis spasial.",
                            "For {metric}, {region} is '{category}' in the spatial analysis."),
    # charts
    "spatial_category": ("Kategori", "Category"),
    "spatial_legend_lisa": ("Kategori LISA (jumlah wilayah)", "LISA category (regions)"),
    "spatial_legend_gi": ("Gi* (jumlah wilayah)", "Gi* (regions)"),
    "spatial_legend_significance": ("Signifikansi LISA (jumlah wilayah)", "LISA significance (regions)"),
    "spatial_axis_value": ("{metric} (dibakukan, z)", "{metric} (standardised, z)"),
    "spatial_axis_lag": ("Lag spasial (rata-rata tetangga, z)", "Spatial lag (mean of neighbours, z)"),
    "spatial_scatter_title": ("Diagram pencar Moran", "Moran scatter plot"),
    "spatial_scatter_slope": ("kemiringan = I = {i}", "slope = I = {i}"),
}
