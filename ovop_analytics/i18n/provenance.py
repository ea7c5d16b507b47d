"""Strings of citations and the description of a dataset or view: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "cite_demo": ("Dataset '{name}': data demo sintetis, dibuat oleh generator bawaan (benih {seed}), bukan data "
                  "resmi",
                  "Dataset '{name}': synthetic demo data, made by the built-in generator (seed {seed}), not official "
                  "data"),
    "cite_reference": ("Dataset '{name}': fakta terbitan Kemenkop UKM, Kemenperin dan media; setiap fakta "
                       "mencantumkan sumbernya (halaman Sumber data)",
                       "Dataset '{name}': facts published by Kemenkop UKM, Kemenperin and the press; each fact cites "
                       "its source (Data sources page)"),
    "cite_upload": ("Dataset '{name}': berkas {file}, dimuat {who} pada {when}",
                    "Dataset '{name}': file {file}, loaded {who} on {when}"),
    "cite_upload_nofile": ("Dataset '{name}': dimuat {who} pada {when}", "Dataset '{name}': loaded {who} on {when}"),
    "prov_loaded_by_cli": ("oleh operator lewat baris perintah", "by an operator from the command line"),
    "prov_loaded_by_browser": ("lewat unggahan di browser", "through a browser upload"),
    "prov_coverage_national": ("seluruh Indonesia", "all of Indonesia"),
    "prov_meta_dataset": ("Dataset", "Dataset"),
    "prov_meta_kind": ("Jenis dataset", "Dataset kind"),
    "prov_meta_synthetic": ("Sintetis", "Synthetic"),
    "prov_meta_source": ("Sumber", "Source"),
    "prov_meta_loaded": ("Dimuat pada", "Loaded on"),
    "prov_meta_view": ("Tampilan", "View"),
    "prov_meta_filters": ("Filter dan periode", "Filters and period"),
    "prov_meta_corrections": ("Koreksi yang diterapkan", "Corrections applied"),
    "prov_meta_app_version": ("Versi aplikasi", "App version"),
    "prov_meta_exported": ("Diekspor pada", "Exported on"),
    "prov_meta_metric": ("Metrik", "Metric"),
}
