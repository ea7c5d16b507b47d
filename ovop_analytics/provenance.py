"""One description of where a figure comes from, in words a person can read and cite.

Source lines under charts and tables, KPI captions, export metadata (XLSX sheet, datapackage.json,
Parquet metadata) and briefings all take their citation from here, so a dataset is cited the same way
everywhere and in the interface language, never as a code path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ovop_analytics.local_time import DEFAULT_ZONE, to_local, zone_label
from ovop_analytics import __version__
from ovop_analytics.i18n import t
from ovop_analytics.store.registry import Dataset

_SEED = re.compile(r"seed (\d+)")


def citation(dataset: Dataset, lang: str) -> str:
    """The dataset as a citation: what it is, who made or loaded it, from which file and when."""
    if dataset.kind == "demo" or dataset.is_synthetic:
        found = _SEED.search(dataset.source or "")
        return t("cite_demo", lang, name=dataset.name, seed=found.group(1) if found else "?")
    if dataset.kind == "reference":
        return t("cite_reference", lang, name=dataset.name)
    who = t("prov_loaded_by_cli" if dataset.loaded_by == "cli" else "prov_loaded_by_browser", lang)
    # stored in UTC; a citation is read in Indonesia: WIB, with the zone named
    local = to_local(dataset.created_at, DEFAULT_ZONE) if isinstance(dataset.created_at, datetime) else None
    when = f"{local:%Y-%m-%d %H:%M} {zone_label(DEFAULT_ZONE)}" if local else "?"
    if dataset.file_name:
        return t("cite_upload", lang, name=dataset.name, file=dataset.file_name, who=who, when=when)
    return t("cite_upload_nofile", lang, name=dataset.name, who=who, when=when)


def coverage_text(dataset: Dataset, lang: str) -> str:
    """'seluruh Indonesia' or the provinces covered, by name."""
    from ovop_analytics.regions import region_name  # the gazetteer loads lazily

    provinces = dataset.covered_provinces
    if provinces is None:
        return t("prov_coverage_national", lang)
    return ", ".join(region_name(code) for code in sorted(provinces))


@dataclass(frozen=True)
class ViewDescription:
    """What an exported file holds: the dataset, its source and the view's filters and period."""

    dataset: Dataset
    view: str  # a short name of the view, e.g. 'compare_metrics'
    filters: Mapping[str, Any]
    metrics: tuple[str, ...] = ()
    corrections: str | None = None

    def rows(self, lang: str) -> list[tuple[str, str]]:
        """(field, value) pairs for a description sheet or a datapackage, in the interface language."""
        from ovop_analytics.metrics import METRICS

        d = self.dataset
        rows = [
            (t("prov_meta_dataset", lang), d.name),
            (t("prov_meta_kind", lang), t(f"kind_{d.kind}", lang)),
            (t("prov_meta_synthetic", lang), t("yes" if d.is_synthetic else "no", lang)),
            (t("prov_meta_source", lang), citation(d, lang)),
            (t("common_meta_coverage", lang), coverage_text(d, lang)),
            (t("prov_meta_loaded", lang), d.created_at.strftime("%Y-%m-%d %H:%M")
             if isinstance(d.created_at, datetime) else ""),
            (t("prov_meta_view", lang), self.view),
            (t("prov_meta_filters", lang), "; ".join(f"{k}={v}" for k, v in self.filters.items()) or "-"),
            (t("prov_meta_corrections", lang), self.corrections or "-"),
            (t("prov_meta_app_version", lang), f"OVOP Analytics {__version__}"),
            (t("prov_meta_exported", lang), datetime.now().strftime("%Y-%m-%d %H:%M")),
        ]
        for name in self.metrics:
            info = METRICS.get(name)
            if info is not None:
                rows.append((f"{t('prov_meta_metric', lang)} {name}",
                             f"{info.label(lang)}: {info.description(lang)} [{t(f'basis_{info.basis}', lang)}]"))
        return rows


def file_stem(dataset: Dataset, view: str) -> str:
    """A file name from the dataset and the view (never an internal id); synthetic data says so."""
    def clean(text: str) -> str:
        return re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("._") or "data"
    suffix = "_SINTETIS" if dataset.is_synthetic else ""
    return f"{clean(dataset.name)}_{clean(view)}{suffix}"
