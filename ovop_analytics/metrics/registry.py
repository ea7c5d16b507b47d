"""The named metrics: one table that the CLI (`stats --metrics`), the map's metric selector and the pages
share, so a metric is labelled, explained and validated the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.commodities import COMMODITY_GROUPS

if TYPE_CHECKING:  # pandas is imported where it is used
    import pandas as pd


@dataclass(frozen=True)
class MetricInfo:
    label_id: str
    label_en: str
    unit: str  # 'count', 'fraction' (0-1), 'index' (unitless), 'ratio', 'per year' (fraction per year)
    description_en: str
    higher_is_better: bool | None  # None: neither direction is "better" (e.g. a location quotient)
    description_id: str = ""
    basis: str = "period"  # 'period' (records dated in the period), 'to_date' (all up to its end), 'change'
    program: str | None = None  # the programme whose records the metric needs; None: either
    formula: str = ""
    reference: str = ""

    def label(self, lang: str) -> str:
        return self.label_id if lang == "id" else self.label_en

    def description(self, lang: str) -> str:
        return (self.description_id or self.description_en) if lang == "id" else self.description_en


_DIVERSITY_NOTE = ("Computed from the region's OVOP records per {over}; no records gives no value (null); "
                   "one {one} gives 0.")

METRICS: dict[str, MetricInfo] = {
    "ikm_ovop": MetricInfo(
        "IKM OVOP", "IKM OVOP", "count",
        "Kemenperin IKM OVOP award records in the period (an IKM awarded in two rounds counts twice).", True,
        "Jumlah penghargaan IKM OVOP Kemenperin dalam periode (IKM yang dinilai di dua putaran dihitung dua kali).",
        program="kemenperin_ovop_award", formula="count of award records, year_from <= round <= year_to"),
    "ikm_ovop_to_date": MetricInfo(
        "IKM OVOP s.d. akhir periode", "IKM OVOP to date", "count",
        "Kemenperin IKM OVOP award records in every round up to the end of the period.", True,
        "Jumlah penghargaan IKM OVOP Kemenperin di semua putaran sampai akhir periode.",
        basis="to_date", program="kemenperin_ovop_award", formula="count of award records, round <= year_to"),
    "types": MetricInfo(
        "Jenis OVOP", "OVOP types", "count",
        "Distinct OVOP types (type_code) in the region's records dated in the period.", True,
        "Jumlah jenis OVOP berbeda dalam catatan wilayah pada periode.",
        program="kemenkop_ovop", formula="count of distinct type_code, year_from <= year <= year_to"),
    "types_to_date": MetricInfo(
        "Jenis OVOP s.d. akhir periode", "OVOP types to date", "count",
        "Distinct OVOP types in the region's records up to the end of the period (a designation stays).", True,
        "Jumlah jenis OVOP berbeda dalam catatan wilayah sampai akhir periode (penetapan tetap berlaku).",
        basis="to_date", program="kemenkop_ovop", formula="count of distinct type_code, year <= year_to"),
    "commodity_groups": MetricInfo(
        "Kelompok komoditas", "Commodity groups", "count",
        "Distinct Kemenperin commodity groups present in the region's records in the period.", True,
        "Jumlah kelompok komoditas Kemenperin yang ada dalam catatan wilayah pada periode."),
    "richness": MetricInfo(
        "Kekayaan kelompok", "Group richness", "count",
        "Richness k: how many of the five Kemenperin commodity groups have at least one OVOP record.", True,
        "Kekayaan k: berapa dari lima kelompok komoditas Kemenperin yang memiliki minimal satu catatan OVOP."),
    "shannon": MetricInfo(
        "Indeks Shannon", "Shannon index", "index",
        "Shannon H = -sum(p ln p) over the five commodity groups (natural log; 0 to ln 5). "
        + _DIVERSITY_NOTE.format(over="group", one="group"), True,
        "Shannon H = -jumlah(p ln p) atas lima kelompok komoditas (log natural; 0 sampai ln 5)."),
    "evenness": MetricInfo(
        "Kemerataan", "Evenness", "fraction",
        "Pielou evenness H / ln(k), k = richness (groups present); 1 = records spread equally over the groups "
        "present. Defined as 0 when k = 1 (a single group is no spread at all). No records: null.", True,
        "Kemerataan Pielou H / ln(k), k = jumlah kelompok yang ada; 0 bila hanya satu kelompok."),
    "gini_simpson": MetricInfo(
        "Gini-Simpson", "Gini-Simpson", "fraction",
        "1 - sum(p^2) over the commodity groups: the chance that two records drawn at random are of "
        "different groups. " + _DIVERSITY_NOTE.format(over="group", one="group"), True,
        "1 - jumlah(p^2): peluang dua catatan acak berasal dari kelompok berbeda."),
    "hhi": MetricInfo(
        "Indeks Herfindahl-Hirschman", "Herfindahl-Hirschman index", "fraction",
        "sum(p^2) over the commodity groups with shares as fractions (0-1); 1 = one group only "
        "(concentration: lower is more diverse). No records: null.", False,
        "jumlah(p^2) atas kelompok komoditas (pangsa 0-1); 1 = hanya satu kelompok (konsentrasi)."),
    "type_shannon": MetricInfo(
        "Indeks Shannon jenis", "Shannon index of types", "index",
        "Shannon H over OVOP types (records per type_code, natural log). "
        + _DIVERSITY_NOTE.format(over="type", one="type"), True,
        "Shannon H atas jenis OVOP (catatan per jenis, log natural).", program="kemenkop_ovop"),
    "type_evenness": MetricInfo(
        "Kemerataan jenis", "Evenness of types", "fraction",
        "H / ln(k) over OVOP types, k = types present; 0 when k = 1; no records: null.", True,
        "H / ln(k) atas jenis OVOP, k = jumlah jenis; 0 bila hanya satu jenis.", program="kemenkop_ovop"),
    "type_gini_simpson": MetricInfo(
        "Gini-Simpson jenis", "Gini-Simpson of types", "fraction",
        "1 - sum(p^2) over OVOP types. " + _DIVERSITY_NOTE.format(over="type", one="type"), True,
        "1 - jumlah(p^2) atas jenis OVOP.", program="kemenkop_ovop"),
    "type_hhi": MetricInfo(
        "HHI jenis", "HHI of types", "fraction",
        "sum(p^2) over OVOP types (0-1; 1 = one type only). No records: null.", False,
        "jumlah(p^2) atas jenis OVOP (0-1; 1 = hanya satu jenis).", program="kemenkop_ovop"),
    "coverage_types": MetricInfo(
        "Cakupan katalog", "Catalogue coverage", "fraction",
        "Types of the dataset's national catalogue in the region's records dated in the period / catalogue "
        "size (0-1): the same basis as 'OVOP types'; types outside the catalogue are not counted.", True,
        "Jenis katalog nasional dalam catatan wilayah pada periode / ukuran katalog (0-1): basis yang sama "
        "dengan 'Jenis OVOP'.", program="kemenkop_ovop", formula="types in period (in catalogue) / catalogue size"),
    "coverage_types_to_date": MetricInfo(
        "Cakupan katalog s.d. akhir periode", "Catalogue coverage to date", "fraction",
        "Types of the national catalogue the region has by the end of the period (designations stay) / "
        "catalogue size (0-1). Demo: Jawa Tengah 76/108 for any period ending 2024.", True,
        "Jenis katalog nasional yang dimiliki wilayah sampai akhir periode / ukuran katalog (0-1). "
        "Demo: Jawa Tengah 76/108.", basis="to_date", program="kemenkop_ovop",
        formula="types to date (in catalogue) / catalogue size"),
    "uniqueness": MetricInfo(
        "Keunikan", "Uniqueness", "fraction",
        "Mean over the region's types in the period of 1 / (regions of the same level with the type in the "
        "period); 1 = every type is made nowhere else, 1/N = every type is in all N regions. No types: null.",
        True, "Rata-rata 1 / (jumlah wilayah yang memiliki jenis itu dalam periode) atas jenis wilayah dalam "
        "periode; 1 = semua jenis unik. Tanpa jenis: kosong.", program="kemenkop_ovop",
        formula="mean over the region's types t of 1 / n(t)"),
    "uniqueness_to_date": MetricInfo(
        "Keunikan s.d. akhir periode", "Uniqueness to date", "fraction",
        "As uniqueness, over the types every region has by the end of the period.", True,
        "Seperti keunikan, atas jenis yang dimiliki setiap wilayah sampai akhir periode.", basis="to_date",
        program="kemenkop_ovop", formula="mean over the region's types t of 1 / n(t), records up to year_to"),
    "cagr": MetricInfo(
        "Pertumbuhan tahunan (CAGR)", "Compound annual growth (CAGR)", "per year",
        "CAGR of the cumulative IKM OVOP award records from the end of the start year to the end of the end "
        "year: (end / start)^(1 / years) - 1. Start 0 and end > 0: 'new'; both 0: null.", True,
        "CAGR jumlah kumulatif penghargaan IKM OVOP; awal 0 dan akhir > 0: 'baru'; keduanya 0: kosong.",
        basis="change", program="kemenperin_ovop_award", formula="(end / start)^(1 / years) - 1"),
}

GROUP_CODES: tuple[str, ...] = tuple(code for code, _, _ in COMMODITY_GROUPS)

for _code, _name_id, _name_en in COMMODITY_GROUPS:
    METRICS[f"lq_{_code}"] = MetricInfo(
        f"LQ {_name_id}", f"LQ {_name_en}", "ratio",
        f"Location quotient of {_name_en}: the group's share of the region's OVOP records divided by its "
        "national share at the same level; > 1 = specialised. No records: null.", None,
        f"Kuosien lokasi {_name_id}: pangsa kelompok di wilayah dibagi pangsa nasional; > 1 = spesialisasi.")


def check_metrics(names: Iterable[str]) -> list[str]:
    """The requested metric names, stripped, de-duplicated in order; an unknown one names all valid ones."""
    wanted: list[str] = []
    for raw in names:
        name = raw.strip()
        if not name:
            continue
        if name not in METRICS:
            raise InvalidArgumentError(
                f"Unknown metric '{name}'. Valid metrics: {', '.join(METRICS)}.")
        if name not in wanted:
            wanted.append(name)
    if not wanted:
        raise InvalidArgumentError(f"No metric given. Valid metrics: {', '.join(METRICS)}.")
    return wanted


_REFERENCES = {
    "shannon": "Shannon (1948), A mathematical theory of communication",
    "type_shannon": "Shannon (1948), A mathematical theory of communication",
    "evenness": "Pielou (1966), J. Theoretical Biology 13",
    "type_evenness": "Pielou (1966), J. Theoretical Biology 13",
    "gini_simpson": "Simpson (1949), Nature 163",
    "type_gini_simpson": "Simpson (1949), Nature 163",
    "hhi": "Hirschman (1964); Herfindahl (1950)",
    "type_hhi": "Hirschman (1964); Herfindahl (1950)",
    "coverage_types": "Kemenkop UKM: 108 OVOP types nationally (fact F01)",
    "coverage_types_to_date": "Kemenkop UKM: 108 OVOP types nationally (fact F01)",
    "uniqueness": "",
    "cagr": "Compound annual growth rate (standard definition)",
}
_FORMULAS = {
    "richness": "k = number of groups with records", "shannon": "H = -Σ p_i ln p_i", "type_shannon": "H = -Σ p_t ln p_t",
    "evenness": "J = H / ln k", "type_evenness": "J = H / ln k", "gini_simpson": "1 - Σ p_i²",
    "type_gini_simpson": "1 - Σ p_t²", "hhi": "Σ p_i²", "type_hhi": "Σ p_t²",
    "commodity_groups": "count of distinct commodity groups",
}


# The formulas in words, in Bahasa Indonesia (symbols stay as they are): the Methods table is read in the
# interface language like the definitions next to it.
_FORMULAS_ID = {
    "count of award records, year_from <= round <= year_to":
        "jumlah catatan penghargaan, tahun_awal <= putaran <= tahun_akhir",
    "count of award records, round <= year_to": "jumlah catatan penghargaan, putaran <= tahun_akhir",
    "count of distinct type_code, year_from <= year <= year_to":
        "jumlah type_code berbeda, tahun_awal <= tahun <= tahun_akhir",
    "count of distinct type_code, year <= year_to": "jumlah type_code berbeda, tahun <= tahun_akhir",
    "types in period (in catalogue) / catalogue size": "jenis dalam periode (di katalog) / ukuran katalog",
    "types to date (in catalogue) / catalogue size": "jenis s.d. akhir periode (di katalog) / ukuran katalog",
    "mean over the region's types t of 1 / n(t)": "rata-rata 1 / n(t) atas jenis t wilayah itu",
    "mean over the region's types t of 1 / n(t), records up to year_to":
        "rata-rata 1 / n(t) atas jenis t wilayah itu, catatan s.d. tahun_akhir",
    "(end / start)^(1 / years) - 1": "(akhir / awal)^(1 / tahun) - 1",
    "k = number of groups with records": "k = jumlah kelompok yang punya catatan",
    "count of distinct commodity groups": "jumlah kelompok komoditas berbeda",
}


def formula_text(formula: str, lang: str) -> str:
    """A metric's formula in the interface language (the English text is the definition's own)."""
    return _FORMULAS_ID.get(formula, formula) if lang == "id" else formula


def methods_table(lang: str) -> "pd.DataFrame":
    """Every metric: definition, formula, basis, unit, programme and a reference where one exists; the
    Methods section of the Data sources page and the README draw from this one table."""
    import pandas as pd

    from ovop_analytics.i18n import t

    units = {"count": "common_unit_count", "fraction": "common_unit_fraction", "index": "common_unit_index",
             "ratio": "common_unit_ratio", "per year": "common_unit_per_year"}
    rows = []
    for name, info in METRICS.items():
        formula = info.formula or _FORMULAS.get(name) or ("LQ = (x_rg / x_r) / (X_g / X)" if name.startswith("lq_")
                                                          else "")
        rows.append({
            "metric": name, "label": info.label(lang), "definition": info.description(lang),
            "formula": formula_text(formula, lang), "basis": t(f"basis_{info.basis}", lang), "unit": t(units[info.unit], lang),
            "programme": t(f"programme_{info.program}" if info.program else "programme_any", lang),
            "reference": _REFERENCES.get(name, "Isard (1960), location quotient" if name.startswith("lq_") else ""),
        })
    from ovop_analytics.metrics.denominators import methods_rows  # per capita, per km², spatial statistics

    return pd.DataFrame(rows + methods_rows(lang))
