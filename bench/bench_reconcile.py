"""Region reconciliation speed: a file of 10,000 rows naming all 514 kabupaten/kota, written the messy ways
tables write them ('KAB. BANYUMAS', 'Kab Banyumas', 'KOTA ADM. JAKARTA TIMUR', 'Kep.', a few typos), with the
province beside each. Times region_review.resolve (the matching step of an upload: each distinct name once,
exact steps, fuzzy search for the rest), target under 1 s, and prints how the names were matched.

    python -m bench.bench_reconcile [--rows N] [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import time

TARGET_SECONDS = 1.0


def messy_names(seed: int = 514) -> list[tuple[str, str, str]]:
    """(province as written, kabupaten/kota as written, its code) for every kabupaten/kota, varied spellings."""
    import random

    from ovop_analytics.regions import by_code, kabupaten_kota

    rng = random.Random(seed)
    pairs = []
    for region in kabupaten_kota():
        bare = region.name.removeprefix("Kabupaten ").removeprefix("Kota ")
        bare = bare.replace("Administrasi ", "").replace("Kepulauan ", rng.choice(["Kep. ", "KEPL. ", "Kepulauan "]))
        word = "KAB." if region.kind == "kabupaten" else rng.choice(["KOTA", "KOTA ADM.", "KODYA", "Kota"])
        name = rng.choice([f"{word} {bare.upper()}", f"{word} {bare}", f"{word.title().rstrip('.')} {bare}"])
        if rng.random() < 0.08 and len(bare) > 6:  # a typo: one letter doubled, so the fuzzy step is used
            at = rng.randrange(name.index(" ") + 2, len(name) - 1)
            name = name[:at] + name[at] + name[at:]
        province = by_code()[region.parent_code].name
        pairs.append((rng.choice([province, province.upper(), f"Prov. {province}"]), name, region.code))
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import numpy as np
    import pyarrow as pa

    from ovop_analytics.ingest import region_review
    from ovop_analytics.regions import all_regions, matching

    all_regions()  # the gazetteer is read once per process, before any upload is matched
    pairs = messy_names()
    rng = np.random.default_rng(10)
    pick = np.concatenate([np.arange(len(pairs)), rng.integers(0, len(pairs), args.rows - len(pairs))])
    province = pa.array([pairs[i][0] for i in pick])
    kabkota = pa.array([pairs[i][1] for i in pick])
    rows = np.arange(2, args.rows + 2)
    no_code = np.zeros(args.rows, dtype=bool)

    timings = []
    for _ in range(args.runs):
        for cached in (matching._index, matching._within, region_review._fuzzy, region_review._fuzzy_candidates):
            cached.cache_clear()  # every run starts cold, as the first upload after a server start
        start = time.perf_counter()
        resolution = region_review.resolve(None, no_code, province, kabkota, rows)
        timings.append(time.perf_counter() - start)
    names = resolution.names
    methods = names.groupby(["method", "status"]).size().to_dict()
    median = statistics.median(timings)
    print(f"file: {args.rows:,} rows, {len(names):,} distinct (province, kabupaten/kota) names; {args.runs} runs")
    print(f"matched: {methods}")
    print(f"matching: median {median:.3f} s, min {min(timings):.3f} s, max {max(timings):.3f} s "
          f"(target < {TARGET_SECONDS:.1f} s): {'OK' if median < TARGET_SECONDS else 'MISSED'}")
    truth = {(province, name): code for province, name, code in pairs}
    wrong = [row for row in names.itertuples()
             if (row.region_code if isinstance(row.region_code, str) else row.suggested_code)
             != truth[(row.province, row.source_name)]]
    print(f"matched or suggested to the wrong region: {len(wrong)} {[row.source_name for row in wrong][:10]}")
    print(f"first run (cold process: name indexes built): {timings[0]:.3f} s")
    return 0 if median < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
