"""Strings of the command line: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "ws_cli_refused": ("ditolak, tidak ada yang dimuat: {problems} masalah, {names} nama wilayah perlu dipastikan "
                       "atau dikoreksi",
                       "refused, nothing was loaded: {problems} problems, {names} region names to confirm or correct"),
    "ws_cli_more": ("... dan {n} lagi", "... and {n} more"),
    "ws_cli_note": ("catatan: {note}", "note: {note}"),
    "ws_cli_corrections_written": ("nama wilayah yang perlu diselesaikan: ditulis ke {path}; isi region_code, ubah "
                                   "status menjadi confirmed, lalu jalankan lagi dengan --mapping {path} (atau "
                                   "--accept-fuzzy untuk menerima saran)",
                                   "region names to resolve: written to {path}, fill region_code and set status to "
                                   "confirmed, then run again with --mapping {path} (or --accept-fuzzy to take the "
                                   "suggestions)"),
    "ws_cli_corrections_save": ("nama wilayah yang perlu diselesaikan: simpan dengan --save-corrections {path}, isi "
                                "region_code, ubah status menjadi confirmed, lalu jalankan lagi dengan --mapping "
                                "{path} (atau --accept-fuzzy untuk menerima saran)",
                                "region names to resolve: save them with --save-corrections {path}, fill region_code "
                                "and set status to confirmed, then run again with --mapping {path} (or "
                                "--accept-fuzzy to take the suggestions)"),
}
