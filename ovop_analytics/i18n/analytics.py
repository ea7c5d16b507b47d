"""Strings of what the analytics pages (growth, diversity, compare, provinces) share: key -> (Bahasa Indonesia, English)."""

STRINGS: dict[str, tuple[str, str]] = {
    "analytics_rank_of": ("peringkat {rank} dari {n}", "rank {rank} of {n}"),
    "analytics_mean_provinces": ("rata-rata {n} provinsi {value}", "average of {n} provinces {value}"),
    "analytics_subtitle_period": ("Periode {start}–{end}", "Period {start}–{end}"),
    "analytics_no_value_reason": ("– : tidak ada data (di luar cakupan dataset) atau tidak dapat dihitung (mis. "
                                  "indeks tanpa catatan, CAGR dari 0).",
                                  "– : no data (outside the dataset's coverage) or cannot be computed (e.g. an index "
                                  "without records, a CAGR from 0)."),
    # a CAGR from 0 has no rate: listed apart, never ranked (issue 18)
    "analytics_cagr_new_from": ("baru: mulai dari 0 pada {year}", "new: started from 0 in {year}"),
    "analytics_not_ranked": ("tidak diperingkat", "not ranked"),
    "analytics_cagr_new_apart": ("{n} wilayah baru (dari 0) tidak diperingkat", "{n} new regions (from 0) not ranked"),
}
