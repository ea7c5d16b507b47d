"""Strings of the Spatial patterns page and of per-capita figures (issue 20): key -> (id, en).

Words matter: statistical concentrations are *kantong* (never "sentra", which PP 29/2018 defines, nor
"klaster", which the product uses for cluster growth); a significant region is worth a look, not proof.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # bases
    "spatial_basis_count": ("Jumlah", "Count"),
    "spatial_basis_capita": ("Per 1 juta penduduk", "Per 1 million residents"),
    "spatial_basis_area": ("Per 1.000 km²", "Per 1,000 km²"),
    "spatial_per_capita_label": ("{label} per 1 juta penduduk ({source})", "{label} per 1 million residents ({source})"),
    "spatial_per_area_label": ("{label} per 1.000 km² (luas BIG 2024)", "{label} per 1,000 km² (BIG 2024 area)"),
    "spatial_population_short_dukcapil": ("Dukcapil 2024", "Dukcapil 2024"),
    "spatial_population_short_bps": ("BPS 2024", "BPS 2024"),
    "spatial_population_source": ("Basis penduduk provinsi", "Province population basis"),
    "spatial_population_dukcapil": ("Dukcapil (DKB semester II 2024)", "Dukcapil (DKB semester II 2024)"),
    "spatial_population_bps": ("BPS (proyeksi pertengahan 2024)", "BPS (mid-2024 projection)"),
    "spatial_denominator_cite": ("Penyebut: {source}", "Denominator: {source}"),
    "spatial_measure_basis": ("Dasar angka", "Basis"),
    "spatial_basis_not_rate": ("Metrik ini bukan jumlah: ditampilkan apa adanya, tidak dibagi penduduk atau luas.",
                       "This metric is not a count: shown as it is, not divided by population or area."),
    # errors (library codes)
    "spatial_err_per_basis": ("--per harus capita atau area (atau count), bukan '{value}'.",
                      "--per must be capita or area (or count), not '{value}'."),
    "spatial_err_population_source": ("Basis penduduk harus dukcapil atau bps, bukan '{value}'.",
                              "The population basis must be dukcapil or bps, not '{value}'."),
    "spatial_err_bps_provinces_only": ("Basis penduduk BPS hanya ada untuk provinsi; gunakan dukcapil untuk kabupaten/kota.",
                               "The BPS population basis exists for provinces only; use dukcapil for "
                               "kabupaten/kota."),
    "spatial_err_spatial_weights": ("--weights harus knn6 atau contiguity, bukan '{value}'.",
                            "--weights must be knn6 or contiguity, not '{value}'."),
    "spatial_err_spatial_permutations": ("Jumlah permutasi harus antara 99 dan 99999, bukan {value}.",
                                 "Permutations must be between 99 and 99999, not {value}."),
    "spatial_err_spatial_cutoff": ("Batas p harus 0,05, 0,01 atau 0,001, bukan {value}.",
                           "The cut-off must be 0.05, 0.01 or 0.001, not {value}."),
    "spatial_err_spatial_seed": ("Benih acak harus antara 0 dan 4294967295, bukan {value}.",
                         "The seed must be between 0 and 4294967295, not {value}."),
    "spatial_err_spatial_metric": ("Metrik '{value}' tidak dikenal untuk analisis spasial.",
                           "Metric '{value}' is not known for spatial analysis."),
    "spatial_err_basis_not_rate": ("'{metric}' bukan jumlah: tidak dapat dibagi penduduk atau luas.",
                           "'{metric}' is not a count: it cannot be divided by population or area."),
    "spatial_err_smoothing_capita": ("Penghalusan Empirical Bayes hanya berlaku untuk angka per penduduk.",
                             "Empirical-Bayes smoothing applies to rates per capita only."),
    "spatial_err_spatial_province_level": ("Lingkungan satu provinsi dianalisis pada tingkat kabupaten/kota.",
                                   "A province's neighbourhood is analysed at kabupaten/kota level."),
    "spatial_err_period_order": ("Tahun awal {start} sesudah tahun akhir {end}.",
                                 "The start year {start} is after the end year {end}."),
    "spatial_too_few": ("Hanya {n} wilayah yang punya nilai dan tetangga; perlu minimal {minimum}.",
                        "Only {n} regions have a value and a neighbour; at least {minimum} are needed."),
    "spatial_constant": ("Semua wilayah bernilai sama ({value}): autokorelasi spasial tidak terdefinisi.",
                         "Every region has the same value ({value}): spatial autocorrelation is undefined."),
    "spatial_no_boundaries": ("Batas wilayah tingkat {level} belum dipasang. Pasang dengan `ovop-analytics "
                              "boundaries install --from BERKAS --level {level}`.",
                              "No {level} boundaries are installed. Install them with `ovop-analytics "
                              "boundaries install --from FILE --level {level}`."),
    # LISA categories (GeoDa order) and Gi* bins
    "spatial_lisa_high_high": ("Tinggi-Tinggi (kantong tinggi)", "High-High (high pocket)"),
    "spatial_lisa_low_low": ("Rendah-Rendah (kantong rendah)", "Low-Low (low pocket)"),
    "spatial_lisa_low_high": ("Rendah-Tinggi (pencilan)", "Low-High (outlier)"),
    "spatial_lisa_high_low": ("Tinggi-Rendah (pencilan)", "High-Low (outlier)"),
    "spatial_lisa_not_significant": ("Tidak signifikan", "Not significant"),
    "spatial_lisa_isolate": ("Tanpa tetangga", "No neighbours"),
    "spatial_lisa_no_data": ("Tidak ada data", "No data"),
    "spatial_gi_hot_99": ("Titik panas (99%)", "Hot spot (99%)"),
    "spatial_gi_hot_95": ("Titik panas (95%)", "Hot spot (95%)"),
    "spatial_gi_hot_90": ("Titik panas (90%)", "Hot spot (90%)"),
    "spatial_gi_not_significant": ("Tidak signifikan", "Not significant"),
    "spatial_gi_cold_90": ("Titik dingin (90%)", "Cold spot (90%)"),
    "spatial_gi_cold_95": ("Titik dingin (95%)", "Cold spot (95%)"),
    "spatial_gi_cold_99": ("Titik dingin (99%)", "Cold spot (99%)"),
    "spatial_gi_isolate": ("Tanpa tetangga", "No neighbours"),
    "spatial_gi_no_data": ("Tidak ada data", "No data"),
    "spatial_sig_0.001": ("p ≤ 0,001", "p ≤ 0.001"),
    "spatial_sig_0.01": ("p ≤ 0,01", "p ≤ 0.01"),
    "spatial_sig_0.05": ("p ≤ 0,05", "p ≤ 0.05"),
    "spatial_sig_not_significant": ("Tidak signifikan", "Not significant"),
    "spatial_sig_isolate": ("Tanpa tetangga", "No neighbours"),
    "spatial_sig_no_data": ("Tidak ada data", "No data"),
    "spatial_legend_count": ("{label} ({n})", "{label} ({n})"),
    # sentences
    "spatial_moran_sentence": ("Moran's I global {metric}: I = {i} (nilai harapan {ei}), p = {p} dari {perms} permutasi "
                       "(benih {seed}), {n} wilayah. {verdict}",
                       "Global Moran's I of {metric}: I = {i} (expected {ei}), p = {p} from {perms} permutations "
                       "(seed {seed}), {n} regions. {verdict}"),
    "spatial_moran_positive": ("Nilai yang mirip cenderung berdekatan lebih dari kebetulan.",
                       "Similar values lie near each other more than chance would give."),
    "spatial_moran_negative": ("Nilai yang berbeda cenderung berdekatan lebih dari kebetulan.",
                       "Unlike values lie near each other more than chance would give."),
    "spatial_moran_none": ("Pola ini tidak berbeda nyata dari sebaran acak (p > {cutoff}).",
                   "This pattern does not differ significantly from a random arrangement (p > {cutoff})."),
    "spatial_region_lisa_sentence": ("Untuk {metric}, {region} termasuk kategori {category} (p = {p}; Moran lokal, "
                             "KNN-6, {perms} permutasi, benih {seed}). Wilayah signifikan layak ditelaah, "
                             "bukan bukti.",
                             "For {metric}, {region} falls in the category {category} (p = {p}; local Moran, "
                             "KNN-6, {perms} permutations, seed {seed}). A significant region is worth a "
                             "look, not proof."),
    "spatial_region_lisa_outside": ("Untuk {metric}, {region} berkategori {category} dalam analisis spasial.",
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
    # page
    "page_spatial": ("Pola spasial", "Spatial patterns"),
    "spatial_title": ("Pola spasial: di mana OVOP terkumpul", "Spatial patterns: where OVOP concentrates"),
    "spatial_intro": ("Apakah nilai tinggi (atau rendah) berdekatan lebih dari kebetulan? Moran's I global, "
                      "kategori LISA dan titik panas Gi* per kabupaten/kota. Kantong yang signifikan layak "
                      "ditelaah, bukan bukti; kantong statistik bukan sentra IKM (PP 29/2018).",
                      "Do high (or low) values lie next to each other more than chance would give? Global "
                      "Moran's I, LISA categories and Gi* hot spots per kabupaten/kota. A significant pocket is "
                      "worth a look, not proof; a statistical pocket is not a sentra IKM (PP 29/2018)."),
    "spatial_metric": ("Ukuran", "Metric"),
    "spatial_province_area": ("{province} dan provinsi tetangganya", "{province} and the provinces next to it"),
    "spatial_level": ("Tingkat", "Level"),
    "spatial_area": ("Wilayah", "Area"),
    "spatial_area_help": ("Satu provinsi dianalisis bersama kabupaten/kota provinsi tetangganya.",
                          "One province is analysed with the kabupaten/kota of the provinces next to it."),
    "spatial_weights": ("Pembobot", "Weights"),
    "spatial_weights_knn6": ("6 tetangga terdekat (KNN-6)", "6 nearest neighbours (KNN-6)"),
    "spatial_weights_contiguity": ("Persinggungan + KNN-2 (pemeriksa)", "Contiguity + KNN-2 (check)"),
    "spatial_cutoff": ("Batas p", "p cut-off"),
    "spatial_fdr": ("FDR (9.999 permutasi)", "FDR (9,999 permutations)"),
    "spatial_fdr_help": ("Kendalikan tingkat penemuan palsu atas ratusan uji lokal; memakai 9.999 permutasi.",
                         "Control the false discovery rate over hundreds of local tests; uses 9,999 permutations."),
    "spatial_smoothing": ("Penghalusan Empirical Bayes", "Empirical-Bayes smoothing"),
    "spatial_smoothing_help": ("Angka per penduduk wilayah berpenduduk kecil ditarik ke rata-rata nasional "
                               "(Marshall 1991), agar satu IKM di kabupaten kecil tidak tampak sebagai puncak.",
                               "Per-capita rates of small populations shrink towards the national rate "
                               "(Marshall 1991), so that one IKM in a small kabupaten does not look like a peak."),
    "spatial_smoothing_capita_only": ("Penghalusan hanya untuk angka per penduduk.",
                                      "Smoothing applies to per-capita rates only."),
    "spatial_period": ("Periode", "Period"),
    "spatial_tab_clusters": ("Peta kantong (LISA) dan diagram pencar", "Pocket map (LISA) and scatter plot"),
    "spatial_tab_significance": ("Peta signifikansi", "Significance map"),
    "spatial_tab_gi": ("Titik panas dan dingin (Gi*)", "Hot and cold spots (Gi*)"),
    "spatial_map_title": ("Kantong {metric}, {area} ({start}–{end})", "Pockets of {metric}, {area} ({start}–{end})"),
    "spatial_sig_title": ("Signifikansi LISA, {area} ({start}–{end})", "LISA significance, {area} ({start}–{end})"),
    "spatial_gi_title": ("Titik panas dan dingin Gi*, {area} ({start}–{end})",
                         "Gi* hot and cold spots, {area} ({start}–{end})"),
    "spatial_m_weights_knn6": ("6 tetangga terdekat menurut jarak lingkaran besar antar-sentroid, disimetriskan, biner",
                       "6 nearest neighbours by great-circle distance between centroids, symmetrised, binary"),
    "spatial_m_weights_contiguity": ("persinggungan queen poligon tampilan yang disederhanakan, digabung dengan 2 "
                             "tetangga terdekat (disimetriskan), biner",
                             "queen contiguity of the simplified display polygons united with the 2 nearest "
                             "neighbours (symmetrised), binary"),
    "spatial_m_p_rule_cutoff": ("p semu dari permutasi bersyarat ≤ {cutoff}", "pseudo p-value of conditional permutations "
                        "≤ {cutoff}"),
    "spatial_m_p_rule_fdr": ("tingkat penemuan palsu (FDR) pada {cutoff}: p ≤ {bound}",
                     "false discovery rate at {cutoff}: p ≤ {bound}"),
    "spatial_m_gi_rule": ("pembobot biner termasuk wilayah itu sendiri (Gi*); titik panas/dingin pada keyakinan 90, 95, "
                  "99 % (p ≤ 0,10, 0,05, 0,01)",
                  "binary weights including the region itself (Gi*); hot/cold spots at 90, 95, 99 % confidence "
                  "(p ≤ 0.10, 0.05, 0.01)"),
    "spatial_hover_hint": ("Arahkan penunjuk ke wilayah di peta atau titik di diagram: keduanya ditandai.",
                           "Point at a region on the map or a dot in the plot: both are outlined."),
    "spatial_table_title": ("Kabupaten/kota yang signifikan ({n})", "Significant kabupaten/kota ({n})"),
    "spatial_table_empty": ("Tidak ada kabupaten/kota yang signifikan pada batas ini.",
                            "No kabupaten/kota is significant at this cut-off."),
    "spatial_col_spatial_lag": ("Lag spasial", "Spatial lag"),
    "spatial_col_spatial_local_i": ("I lokal", "Local I"),
    "spatial_col_spatial_p": ("p", "p"),
    "spatial_col_spatial_gi": ("Gi*", "Gi*"),
    "spatial_methods": ("Metode", "Methods"),
    "spatial_stability": ("Kestabilan: {share} kabupaten/kota berkategori sama dengan pembobot {other}.",
                          "Stability: {share} of kabupaten/kota keep their category under the {other} weights."),
    "spatial_provinces_global_only": ("Pada tingkat provinsi (38 wilayah) hanya statistik global yang ditampilkan: "
                                      "uji lokal atas 38 wilayah terlalu lemah.",
                                      "At province level (38 regions) only the global statistic is shown: local "
                                      "tests on 38 regions are too weak."),
    "spatial_no_boundaries_page": ("Peta dan statistik spasial memerlukan batas wilayah tingkat ini. Operator "
                                   "memasangnya dengan `ovop-analytics boundaries install`.",
                                   "Maps and spatial statistics need the boundaries of this level. An operator "
                                   "installs them with `ovop-analytics boundaries install`."),
    "spatial_download_csv": ("Unduh hasil (CSV)", "Download results (CSV)"),
    "spatial_download_zip": ("Unduh paket data dengan metode (ZIP)", "Download data package with methods (ZIP)"),
    "spatial_download_gpkg": ("Unduh GeoPackage (QGIS, GeoDa)", "Download GeoPackage (QGIS, GeoDa)"),
    "spatial_m_variable": ("Variabel", "Variable"),
    "spatial_m_denominator": ("Penyebut", "Denominator"),
    "spatial_m_smoothing": ("Penghalusan", "Smoothing"),
    "spatial_m_weights": ("Pembobot", "Weights"),
    "spatial_m_components": ("Kelompok terhubung dalam graf", "Connected groups in the graph"),
    "spatial_m_permutations": ("Permutasi", "Permutations"),
    "spatial_m_seed": ("Benih acak", "Random seed"),
    "spatial_m_p_rule": ("Aturan nilai p", "p-value rule"),
    "spatial_m_gi": ("Gi*", "Gi*"),
    "spatial_m_tested": ("Wilayah diuji / tanpa tetangga / tanpa data", "Regions tested / without neighbours / without data"),
    "spatial_m_versions": ("Versi perangkat lunak", "Software versions"),
    "spatial_m_boundaries": ("Batas wilayah", "Boundaries"),
    "spatial_m_field": ("Butir", "Item"),
    "spatial_m_value": ("Isi", "Value"),
    "spatial_m_none": ("tidak ada", "none"),
    "spatial_m_eb": ("Empirical Bayes (Marshall 1991)", "Empirical Bayes (Marshall 1991)"),
    "spatial_m_local_note": ("I lokal memakai varians sampel (n - 1), seperti esda; p semu dari permutasi bersyarat "
                     "(dilipat, seperti GeoDa).",
                     "Local I uses the sample variance (n - 1), as esda does; pseudo p-values from conditional "
                     "permutations (folded, as in GeoDa)."),
    # Methods table (Data sources page)
    "spatial_methods_basis": ("sama dengan metrik yang dipakai", "that of the metric used"),
    "spatial_methods_per_1m_label": ("Per 1 juta penduduk", "Per 1 million residents"),
    "spatial_methods_per_1m_definition": ("Jumlah ({metrics}) dibagi penduduk wilayah × 1.000.000. Penduduk: "
                                          "Dukcapil DKB semester II 2024 untuk semua tingkat; provinsi juga dengan "
                                          "basis BPS (proyeksi pertengahan 2024), disebut demikian. Tanpa data tetap "
                                          "tanpa data.",
                                          "A count ({metrics}) divided by the region's population × 1,000,000. "
                                          "Population: Dukcapil DKB semester II 2024 at every level; provinces also on "
                                          "BPS's basis (mid-2024 projection), named as such. No data stays no data."),
    "spatial_methods_per_1m_unit": ("per 1 juta penduduk", "per 1 million residents"),
    "spatial_methods_per_1000km2_label": ("Per 1.000 km²", "Per 1,000 km²"),
    "spatial_methods_per_1000km2_definition": ("Jumlah ({metrics}) dibagi luas daratan wilayah (BIG 2024) × 1.000.",
                                               "A count ({metrics}) divided by the region's land area (BIG 2024) × "
                                               "1,000."),
    "spatial_methods_per_1000km2_unit": ("per 1.000 km²", "per 1,000 km²"),
    "spatial_methods_moran_i_label": ("Moran's I global", "Global Moran's I"),
    "spatial_methods_moran_i_definition": ("Autokorelasi spasial seluruh peta dengan pembobot baris-baku; p semu "
                                           "dari 999 permutasi, benih tetap. Wilayah tanpa data atau tanpa tetangga "
                                           "tidak diuji.",
                                           "Spatial autocorrelation of the whole map with row-standardised weights; "
                                           "pseudo p-value from 999 permutations, fixed seed. Regions without data "
                                           "or neighbours are not tested."),
    "spatial_methods_moran_i_unit": ("indeks (-1 sampai 1)", "index (-1 to 1)"),
    "spatial_methods_lisa_label": ("Kategori LISA", "LISA category"),
    "spatial_methods_lisa_definition": ("Moran lokal: Tinggi-Tinggi (kantong tinggi), Rendah-Rendah (kantong rendah), "
                                        "Rendah-Tinggi dan Tinggi-Rendah (pencilan) bila p ≤ batas (atau FDR); "
                                        "signifikan berarti layak ditelaah, bukan bukti.",
                                        "Local Moran: High-High (high pocket), Low-Low (low pocket), Low-High and "
                                        "High-Low (outliers) when p ≤ the cut-off (or FDR); significant means worth "
                                        "a look, not proof."),
    "spatial_methods_lisa_unit": ("kategori", "category"),
    "spatial_methods_gi_star_label": ("Gi* Getis-Ord", "Getis-Ord Gi*"),
    "spatial_methods_gi_star_definition": ("Titik panas atau dingin: jumlah nilai wilayah dan tetangganya "
                                           "dibandingkan dengan yang diharapkan; keyakinan 90, 95, 99 %.",
                                           "Hot or cold spot: the sum of a region's and its neighbours' values "
                                           "against what is expected; 90, 95, 99 % confidence."),
    "spatial_methods_gi_star_unit": ("skor z", "z-score"),
    "spatial_methods_eb_rate_label": ("Angka Empirical Bayes", "Empirical-Bayes rate"),
    "spatial_methods_eb_rate_definition": ("Angka per penduduk yang ditarik ke angka nasional sesuai kecilnya "
                                           "penduduk ({metrics}), pilihan di halaman Pola spasial.",
                                           "Per-capita rate pulled towards the national rate the more the smaller "
                                           "the population ({metrics}), an option of the Spatial patterns page."),
    "spatial_methods_eb_rate_unit": ("per 1 juta penduduk", "per 1 million residents"),
}
