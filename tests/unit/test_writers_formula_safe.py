"""Every CSV or XLSX the product writes neutralises spreadsheet formulas whatever the column's dtype
(pandas 3 keeps text as `str`), keeps a genuine number such as -10 a number, carries its description,
and a value exported and ingested again comes back unchanged (issue 9)."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pandas as pd
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from ovop_analytics import ingest
from ovop_analytics.ingest.export import csv_package, dataset_frame, export_frame, neutralise_formulas
from ovop_analytics.store import Store

FORMULAS = ["=HYPERLINK(\"http://evil.invalid\",\"klik\")", "@SUM(A1:A9)", "+62812345678", "-2+3", "\t=1+1",
            "\r=1+1"]
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def _frame(dtype: str) -> pd.DataFrame:
    return pd.DataFrame({"entity_name": pd.Series(FORMULAS, dtype=dtype), "value": [-10, 3, 0, 1, 2, 5],
                         "text_number": pd.Series(["-10", "1", "2", "3", "4", "5"], dtype=dtype)})


def _csv_cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _assert_no_formula(cells: list[str]) -> None:
    for cell in cells:
        assert not (cell.startswith(DANGEROUS) and cell != "-10"), cell


@pytest.mark.parametrize("dtype", ["object", "str", "string"])
def test_csv_and_xlsx_neutralise_every_text_dtype(dtype: str) -> None:
    frame = _frame(dtype)
    rows = _csv_cells(export_frame(frame, "csv"))
    for row in rows[1:]:
        _assert_no_formula([row[0], row[2]])
    assert [row[1] for row in rows[1:]][0] == "-10" and rows[1][2] == "-10"
    sheet = load_workbook(io.BytesIO(export_frame(frame, "xlsx", description=[("Dataset", "=cmd")]))).worksheets
    values = [cell.value for row in sheet[0].iter_rows(min_row=2) for cell in row]
    _assert_no_formula([v for v in values if isinstance(v, str)])
    assert -10 in values, "a genuine number stays a number"
    assert sheet[1]["B1"].value == "'=cmd", "the description sheet is neutralised too"


def test_csv_package_carries_a_datapackage_and_safe_csv() -> None:
    data = csv_package(_frame("str"), "demo_compare_SINTETIS", "demo", [("Dataset", "demo"), ("Period", "2013-2024")])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["datapackage.json", "demo_compare_SINTETIS.csv"]
        package = json.loads(archive.read("datapackage.json"))
        rows = _csv_cells(archive.read("demo_compare_SINTETIS.csv"))
    assert package["resources"][0]["path"] == "demo_compare_SINTETIS.csv"
    assert [f["type"] for f in package["resources"][0]["schema"]["fields"]] == ["string", "integer", "string"]
    assert package["ovop_analytics"]["Period"] == "2013-2024"
    for row in rows[1:]:
        _assert_no_formula([row[0]])


def test_parquet_carries_the_description_as_metadata() -> None:
    data = export_frame(_frame("str"), "parquet", description=[("Dataset", "demo")])
    table = pq.read_table(io.BytesIO(data))
    assert json.loads(table.schema.metadata[b"ovop_analytics"]) == {"Dataset": "demo"}
    assert table.column("entity_name").to_pylist() == FORMULAS, "Parquet is not a spreadsheet: values as they are"


def test_corrections_and_chart_downloads_are_neutralised(store: Store) -> None:
    text = "provinsi,kabupaten_kota,tahun,program,nama_ikm\nJawa Tengah,=HYPERLINK(\"x\"),2018,kemenperin_ovop_award,A\n"
    parsed = ingest.parse_upload(text.encode(), "x.csv")
    _assert_no_formula([cell for row in _csv_cells(ingest.corrections_csv(parsed)) for cell in row])
    assert neutralise_formulas(pd.DataFrame({"x": pd.Series(["+62 812"], dtype="str")}))["x"].iloc[0] == "'+62 812"


def test_export_then_ingest_returns_the_same_values(store: Store) -> None:
    upload = ("kode_wilayah,tahun,program,komoditas,bintang,nama_ikm,produk\n"
              "51.03,2018,kemenperin_ovop_award,anyaman,4,\"=HYPERLINK(\"\"http://evil.invalid\"\")\",-10\n"
              "51.04,2022,kemenperin_ovop_award,gerabah,3,@SUM(A1),+62812345\n")
    parsed = ingest.parse_upload(upload.encode(), "first.csv")
    ingest.load_parsed(store, parsed, "first", kind="shared", visibility="public")
    exported = ingest.export_dataset(store, "first", "csv")
    assert "'=HYPERLINK" in exported.decode("utf-8-sig")
    again = ingest.parse_upload(exported, "first_export.csv")
    assert again.ready, [p for p in again.problems]
    ingest.load_parsed(store, again, "second", kind="shared", visibility="public")
    columns = ["region_code", "year", "star", "entity_name", "product"]
    first = dataset_frame(store, "first")[columns]
    second = dataset_frame(store, "second")[columns]
    pd.testing.assert_frame_equal(first, second)
    assert set(second["entity_name"]) == {"=HYPERLINK(\"http://evil.invalid\")", "@SUM(A1)"}
    assert set(second["product"]) == {"-10", "+62812345"}
