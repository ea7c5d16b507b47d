"""Exports of a dataset or of any chart's data as CSV, Parquet or XLSX bytes.

CSV and XLSX cells are neutralised against formula injection: a text cell starting with `=`, `+`,
`-`, `@`, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text
instead of running it. Numbers stay numbers. CSV is UTF-8 with a byte-order mark so that Excel shows
Indonesian names correctly.
"""

from __future__ import annotations

import io
import json
import math
import re
import zipfile
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import pandas as pd

from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.i18n import SYNTHETIC_NOTE
from ovop_analytics.ingest.formats import EXPORT_FORMATS
from ovop_analytics.metrics.growth import cagr_for_export
from ovop_analytics.store.connection import Store
from ovop_analytics.store.registry import get_dataset

if TYPE_CHECKING:  # pyarrow is imported where it is used
    import pyarrow as pa

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_ROWS = 1_048_575  # Excel's sheet limit, less the header row

_RECORDS_SQL = """
    SELECT r.region_code, g.name AS region_name, split_part(r.region_code, '.', 1) AS province_code,
           p.name AS province_name, r.program, r.year, r.commodity_group, r.type_code AS type, r.star,
           r.entity_name, r.product, r.source_url AS source,
           r.province_as_written, r.kabupaten_kota_as_written, r.region_match, r.region_match_score
    FROM ovop_records r
    LEFT JOIN regions g ON g.code = r.region_code
    LEFT JOIN regions p ON p.code = split_part(r.region_code, '.', 1)
    WHERE r.dataset_id = ?
    ORDER BY r.region_code, r.year, r.program, r.commodity_group, r.type_code, r.star, r.entity_name"""
_FACTS_SQL = """
    SELECT fact_id, program, round_year AS year, level, region_code, region_name, metric, value,
           commodity_group, star, entity_name, product, note, is_conflict, source_title,
           source_url AS source, published
    FROM published_facts WHERE dataset_id = ? ORDER BY fact_id"""


_PLAIN_NEGATIVE = re.compile(r"-\d+(?:[.,]\d+)?")  # '-10' is a number to a spreadsheet, never a formula
_NEUTRALISED = re.compile(r"^'([=+\-@\t\r])")
Description = Sequence[tuple[str, str]]  # (field, value) lines that describe an exported table


def _neutral(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _PLAIN_NEGATIVE.fullmatch(value):
        return "'" + value
    return value


def restore_neutralised(column: "pa.Array | pa.ChunkedArray") -> "pa.Array | pa.ChunkedArray":
    """Undo `neutralise_formulas` on ingest: a text cell this product exported as "'=..." comes back as
    "=...", so a value exported and ingested again is unchanged (it is neutralised again on the next export)."""
    import pyarrow.compute as pc

    return pc.replace_substring_regex(column, pattern=_NEUTRALISED.pattern, replacement="\\1")


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells (and column names) cannot start a spreadsheet formula; numbers untouched."""
    result = frame.copy()
    for column in result.columns:
        series = result[column]
        if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series) \
                or pd.api.types.is_datetime64_any_dtype(series):
            continue
        result[column] = series.map(_neutral, na_action="ignore").astype(object)
    result.columns = [_neutral(str(column)) for column in result.columns]
    return result


def _xlsx_cell(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)  # Excel has no time zones
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()  # numpy scalar -> Python number
    return value


def export_frame(frame: pd.DataFrame, fmt: str, sheet_name: str = "data",
                 description: Description | None = None, description_sheet: str = "about") -> bytes:
    """Any table (a dataset, a chart's data) as bytes in `fmt`: 'csv', 'parquet' or 'xlsx'.

    `description` (dataset, source, filters, metric definitions...) travels with the data: an XLSX sheet
    of its own, Parquet file metadata (key b'ovop_analytics', JSON). A CSV has no room for it: use
    `csv_package` for a CSV with its datapackage.json.
    """
    if fmt not in EXPORT_FORMATS:
        raise InvalidArgumentError(f"Export format must be one of {', '.join(EXPORT_FORMATS)}, not '{fmt}'.")
    frame = cagr_for_export(frame)  # a number column (empty where undefined) and its note: "new", "no data"
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(frame, preserve_index=False)
        if description:
            metadata = dict(table.schema.metadata or {})
            metadata[b"ovop_analytics"] = json.dumps(dict(description), ensure_ascii=False).encode("utf-8")
            table = table.replace_schema_metadata(metadata)
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        return buffer.getvalue()
    safe = neutralise_formulas(frame)
    if fmt == "csv":
        return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
    if len(safe) > XLSX_MAX_ROWS:
        raise InvalidArgumentError(f"{len(safe):,} rows do not fit in an Excel sheet ({XLSX_MAX_ROWS:,} at most): "
                                   "export as CSV or Parquet instead.")
    from openpyxl import Workbook  # a fifth of a second to import: only for an XLSX

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(re.sub(r"[\[\]:*?/\\]", "_", sheet_name)[:31] or "data")
    sheet.append(list(safe.columns))
    for row in safe.itertuples(index=False, name=None):
        sheet.append([_xlsx_cell(value) for value in row])
    if description:
        about = workbook.create_sheet(re.sub(r"[\[\]:*?/\\]", "_", description_sheet)[:31] or "about")
        for field, value in description:
            about.append([_neutral(str(field)), _neutral(str(value))])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _field_type(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series):
        return "boolean"
    if pd.api.types.is_integer_dtype(series):
        return "integer"
    if pd.api.types.is_numeric_dtype(series):
        return "number"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "datetime"
    return "string"


def csv_package(frame: pd.DataFrame, stem: str, title: str, description: Description) -> bytes:
    """A zip of the CSV and its Frictionless Data Package descriptor (datapackage.json): the data with
    what it is, where it comes from and how it was filtered. Empty cells are no data, never 0."""
    name = re.sub(r"[^a-z0-9._-]+", "-", stem.lower()).strip("-._") or "data"
    package = {
        "profile": "tabular-data-package",
        "name": name,
        "title": title,
        "created": datetime.now().isoformat(timespec="seconds"),
        "description": "\n".join(f"{field}: {value}" for field, value in description),
        "ovop_analytics": dict(description),
        "resources": [{
            "name": name, "path": f"{stem}.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8-sig",
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": True},
            "schema": {"fields": [{"name": str(column), "type": _field_type(frame[column])}
                                  for column in frame.columns],
                       "missingValues": [""]},
        }],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{stem}.csv", export_frame(frame, "csv"))
        archive.writestr("datapackage.json", json.dumps(package, ensure_ascii=False, indent=2))
    return buffer.getvalue()


def dataset_frame(store: Store, name: str, viewer: str | None = None) -> pd.DataFrame:
    """One row per OVOP record of a dataset the viewer may see (per published fact for the reference set)."""
    dataset = get_dataset(store, name, viewer)
    if dataset.kind == "reference":
        frame = store.query(_FACTS_SQL, [dataset.id])
    else:
        frame = store.query(_RECORDS_SQL, [dataset.id])
        frame["star"] = frame["star"].astype("Int8")
    if dataset.is_synthetic:
        frame.insert(0, "data_note", SYNTHETIC_NOTE)
    return frame


def export_dataset(store: Store, name: str, fmt: str, viewer: str | None = None, lang: str = "en") -> bytes:
    """A dataset as CSV, Parquet or XLSX bytes; a private upload only for its owner (viewer). XLSX and
    Parquet carry the dataset's description (see `export_frame`)."""
    from ovop_analytics.i18n import t
    from ovop_analytics.provenance import ViewDescription

    if fmt not in EXPORT_FORMATS:
        raise InvalidArgumentError(f"Export format must be one of {', '.join(EXPORT_FORMATS)}, not '{fmt}'.")
    dataset = get_dataset(store, name, viewer)
    description = ViewDescription(dataset, "records", {}).rows(lang)
    return export_frame(dataset_frame(store, name, viewer), fmt, sheet_name=name, description=description,
                        description_sheet=t("ingest_meta_sheet", lang))
