"""Strings of the operations area: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    # 13b: the server (page errors)
    "srv_incident": ("Maaf, halaman ini mengalami gangguan dan tidak dapat ditampilkan. Kode insiden: {id}. "
                     "Muat ulang halaman atau pilih halaman lain; bila terulang, sampaikan kode ini kepada "
                     "pengelola aplikasi.",
                     "Sorry, this page ran into a problem and cannot be shown. Incident id: {id}. Reload the "
                     "page or choose another one; if it happens again, give this id to the app's operator."),
    "srv_incident_id": ("Kode insiden: {id}", "Incident id: {id}"),
}
