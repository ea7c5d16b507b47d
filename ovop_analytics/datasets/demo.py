"""Deterministic synthetic demo dataset: OVOP type designations 2007-2024 and IKM OVOP award rounds.

Everything here is invented except the anchors, which come from the published facts: a national
catalogue of 108 OVOP types of which Jawa Tengah covers 76 (Kemenkop UKM, 2011), and the award-round
totals and star breakdowns of 2013 (38) and 2015 (110). The dataset is flagged `is_synthetic` and every
chart and table that shows it carries the watermark "Data demo (sintetis)".
"""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from ovop_analytics.i18n import SYNTHETIC_NOTE
from ovop_analytics.regions import kabupaten_kota
from ovop_analytics.store.registry import create_dataset, insert_records, insert_types

NAME = "demo"
SEED = 20061  # OVOP began in Indonesia in 2006; any fixed seed keeps the data identical run to run
YEARS = range(2007, 2025)
JAWA_TENGAH = "33"
JAWA_TENGAH_TYPES = 76

# Award rounds: total IKM and IKM per star (5..1). 2013 and 2015 are the published breakdowns (facts
# F11-F21; for 2015's 34 IKM the Bisnis figure of 2 stars is used, the conflict with ANTARA's 1 star is
# shown on the Data sources page). 2018 keeps the published total (112) and 4 five-star IKM; the other
# splits, and 2022 (77 published) and 2024 (not published) star mixes, are synthetic.
AWARD_ROUNDS: dict[int, dict[int, int]] = {
    2013: {5: 2, 4: 9, 3: 13, 2: 11, 1: 3},
    2015: {5: 2, 4: 23, 3: 51, 2: 34, 1: 0},
    2018: {5: 4, 4: 24, 3: 46, 2: 30, 1: 8},
    2022: {5: 3, 4: 17, 3: 33, 2: 19, 1: 5},
    2024: {5: 3, 4: 18, 3: 34, 2: 20, 1: 6},
}

# 108 OVOP product types in the five Kemenperin commodity groups.
CATALOGUE: dict[str, list[str]] = {
    "makanan_minuman": [
        "Kopi arabika", "Kopi robusta", "Kopi luwak", "Teh hijau", "Teh melati", "Cokelat olahan",
        "Gula aren", "Gula kelapa", "Madu hutan", "Keripik singkong", "Keripik pisang", "Keripik tempe",
        "Keripik sanjai", "Emping melinjo", "Kerupuk ikan", "Kerupuk udang", "Amplang", "Dodol",
        "Wajik", "Jenang", "Geplak", "Bakpia", "Lumpia", "Bandeng presto", "Ikan asap", "Abon ikan",
        "Terasi", "Petis", "Kecap", "Tahu", "Tempe", "Rendang", "Sambal", "Sirup pala", "Manisan pala",
        "Olahan salak", "Olahan durian", "Olahan mangga", "Olahan nanas", "Olahan markisa",
        "Sagu lempeng", "Minyak kelapa murni", "Jamu", "Garam rakyat", "Asparagus", "Beras organik",
        "Bawang goreng", "Rumput laut olahan",
    ],
    "kain_tenun": [
        "Tenun ikat", "Songket", "Ulos", "Tenun gringsing", "Tenun sasak", "Tenun sumba", "Tenun troso",
        "Tenun lurik", "Tenun donggala", "Tenun sutra", "Tenun endek", "Kain sasirangan", "Tapis",
        "Tenun doyo", "Tenun buton", "Tenun pandai sikek", "Tenun siak", "Tenun baduy",
    ],
    "kain_batik": [
        "Batik tulis", "Batik cap", "Batik pesisiran", "Batik keraton", "Batik pewarna alam",
        "Batik lasem", "Batik pekalongan", "Batik trusmi", "Batik madura", "Batik besurek",
        "Batik gedog", "Batik tegal", "Batik banyumasan", "Batik jambi", "Batik papua", "Batik bakaran",
    ],
    "anyaman": [
        "Anyaman bambu", "Anyaman rotan", "Anyaman pandan", "Anyaman mendong", "Anyaman ketak",
        "Anyaman lontar", "Anyaman eceng gondok", "Anyaman purun", "Anyaman pelepah pisang",
        "Anyaman akar wangi", "Tikar purun", "Noken", "Anyaman lidi",
    ],
    "gerabah": [
        "Gerabah kasongan", "Gerabah plered", "Gerabah banyumulek", "Gerabah pejaten", "Keramik dinoyo",
        "Gerabah mayong", "Gerabah klampok", "Gerabah bayat", "Gerabah galogandang", "Terakota",
        "Keramik sitiwinangun", "Gerabah melikan", "Gerabah kalimantan",
    ],
}

# Relative OVOP activity by province: busier where the published sources name success (Jawa, Bali,
# Sumatera Barat, Aceh, Kalimantan Timur/Selatan, NTB), thin in the young Papua provinces.
PROVINCE_WEIGHT = {"32": 3.0, "33": 4.0, "34": 3.0, "35": 3.5, "51": 3.0, "52": 2.5, "13": 2.5,
                   "11": 2.0, "64": 1.8, "63": 1.8, "36": 1.5, "73": 1.5, "53": 1.3, "16": 1.2,
                   "93": 0.0, "94": 0.0, "95": 0.0, "96": 0.2, "91": 0.4, "92": 0.4}
SHARE_ACTIVE = 0.55  # share of kabupaten/kota outside Jawa Tengah with at least one designated type


def catalogue() -> pd.DataFrame:
    rows = [(f"T{i:03d}", name, group)
            for i, (name, group) in enumerate(((n, g) for g, names in CATALOGUE.items() for n in names), 1)]
    return pd.DataFrame(rows, columns=["type_code", "name", "commodity_group"])


def generate(seed: int = SEED) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(types, records): the 108-type catalogue and one row per designation or award, deterministic."""
    rng = np.random.default_rng(seed)
    types = catalogue()
    assert len(types) == 108, len(types)
    type_codes = types["type_code"].to_numpy()
    group_of = dict(zip(types["type_code"], types["commodity_group"]))
    name_of = dict(zip(types["type_code"], types["name"]))

    jateng_types = set(rng.choice(type_codes, JAWA_TENGAH_TYPES, replace=False))
    others = [t for t in type_codes if t not in jateng_types]
    designations: list[tuple[str, int, str]] = []
    years = np.array(list(YEARS))
    year_weight = np.linspace(2.0, 0.6, len(years))  # the Kemenkop programme was busiest early on
    year_weight /= year_weight.sum()

    def designate(region: str, pool: list[str], count: int) -> None:
        for type_code in rng.choice(pool, size=min(count, len(pool)), replace=False):
            designations.append((region, int(rng.choice(years, p=year_weight)), str(type_code)))

    # Jawa Tengah: every one of its 76 types in at least one kabupaten/kota, then extra designations.
    jateng = [r.code for r in kabupaten_kota(JAWA_TENGAH)]
    for i, type_code in enumerate(sorted(jateng_types)):
        designations.append((jateng[i % len(jateng)], int(rng.choice(years, p=year_weight)), type_code))
    for region in jateng:
        designate(region, sorted(jateng_types), int(rng.integers(0, 4)))

    # Elsewhere: an uneven spread, many kabupaten/kota with none.
    elsewhere = [r for r in kabupaten_kota() if r.parent_code != JAWA_TENGAH]
    weights = np.array([PROVINCE_WEIGHT.get(r.parent_code, 1.0) for r in elsewhere])
    active = rng.random(len(elsewhere)) < SHARE_ACTIVE * np.minimum(weights, 1.6) / 1.1
    for region, is_active, weight in zip(elsewhere, active, weights):
        if is_active and weight > 0:
            designate(region.code, list(type_codes), 1 + int(rng.poisson(weight * 1.2)))
    # Types outside Jawa Tengah's 76 must each exist somewhere, so the national catalogue is 108.
    present = {t for _, _, t in designations}
    hosts = [r.code for r, a, w in zip(elsewhere, active, weights) if a and w > 0]
    for type_code in others:
        if type_code not in present:
            designations.append((str(rng.choice(hosts)), int(rng.choice(years, p=year_weight)), type_code))

    design = pd.DataFrame(designations, columns=["region_code", "year", "type_code"])
    design = design.drop_duplicates(["region_code", "type_code"]).sort_values(["region_code", "year"])
    design["program"] = "kemenkop_ovop"
    design["commodity_group"] = design["type_code"].map(group_of)
    design["product"] = design["type_code"].map(name_of)
    design["star"] = pd.NA
    design["entity_name"] = None

    awards = _award_rounds(rng, design, name_of, group_of)
    records = pd.concat([design, awards], ignore_index=True)
    records["source_url"] = None
    return types, records.reset_index(drop=True)


def _award_rounds(rng: np.random.Generator, design: pd.DataFrame, name_of: dict[str, str],
                  group_of: dict[str, str]) -> pd.DataFrame:
    """IKM OVOP awards per round: IKM come from regions with designated types; some return and move up."""
    region_types = design.groupby("region_code")["type_code"].apply(list).to_dict()
    regions = sorted(region_types)
    activity = np.array([len(region_types[r]) for r in regions], dtype=float) ** 1.3
    activity /= activity.sum()
    places = {r.code: r.name.removeprefix("Kabupaten ").removeprefix("Kota ") for r in kabupaten_kota()}
    forms = ["UD", "CV", "KUB", "Koperasi", "IKM", "Sentra"]
    words = ["Sari", "Mekar", "Jaya", "Lestari", "Makmur", "Sejahtera", "Mandiri", "Indah", "Karya", "Maju"]
    pool: list[dict] = []  # IKM awarded so far, with their latest star
    rows: list[dict] = []
    for year, stars in AWARD_ROUNDS.items():
        wanted = [star for star, n in sorted(stars.items(), reverse=True) for _ in range(n)]
        returning = [ikm for ikm in pool if rng.random() < 0.3][: len(wanted) // 3]
        for ikm in returning:  # an IKM re-assessed: same or more stars where the round has room
            better = [s for s in wanted if s >= ikm["star"]]
            if not better:
                continue
            star = min(better) if rng.random() < 0.5 else max(better)
            wanted.remove(star)
            ikm["star"] = star
            rows.append({**ikm, "year": year, "star": star})
        for star in wanted:
            region = str(rng.choice(regions, p=activity))
            type_code = str(rng.choice(region_types[region]))
            ikm = {"region_code": region, "type_code": type_code, "star": star,
                   "entity_name": f"{rng.choice(forms)} {rng.choice(words)} {name_of[type_code]} "
                                  f"{places[region]}"}
            pool.append(ikm)
            rows.append({**ikm, "year": year})
    awards = pd.DataFrame(rows)
    awards["program"] = "kemenperin_ovop_award"
    awards["commodity_group"] = awards["type_code"].map(group_of)
    awards["product"] = awards["type_code"].map(name_of)
    return awards


def load(con: duckdb.DuckDBPyConnection, seed: int = SEED) -> int:
    """Register the demo dataset inside the caller's transaction; returns the number of records."""
    types, records = generate(seed)
    dataset_id = create_dataset(
        con, name=NAME, kind="demo", is_synthetic=True,
        source=f"synthetic, generator ovop_analytics.datasets.demo, seed {seed}",
        description=f"{SYNTHETIC_NOTE}: OVOP types 2007-2024 and IKM OVOP award "
                    "rounds 2013-2024 for all 514 kabupaten/kota, anchored on published facts F01, F02, "
                    "F11-F21")
    insert_types(con, dataset_id, types)
    return insert_records(con, dataset_id, records)
