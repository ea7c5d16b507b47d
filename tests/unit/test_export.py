"""Exports: CSV, Parquet and XLSX of datasets and chart data, with formula injection neutralised."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest
from openpyxl import load_workbook

from ovop_analytics.errors import InvalidArgumentError
from ovop_analytics.ingest import export_dataset, export_frame, load_parsed, neutralise_formulas, parse_upload
from ovop_analytics.ingest.export import FORMULA_STARTS
from ovop_analytics.store import Store

NASTY = ["=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-1+2", "@SUM(A1)", "\tTab", "\rReturn", "UD Sari"]
COLUMNS = ["region_code", "region_name", "province_code", "province_name", "program", "year", "commodity_group",
           "type", "star", "entity_name", "product", "source", "province_as_written", "kabupaten_kota_as_written",
           "region_match", "region_match_score"]


@pytest.fixture
def nasty(store: Store) -> str:
    """A shared dataset whose names, products and sources start with formula characters."""
    rows = "".join(f'33.02,2019,kemenperin_ovop_award,{star},"{name.replace(chr(34), chr(34) * 2)}",'
                   f'"{name.replace(chr(34), chr(34) * 2)}",=cmd|calc\n'
                   for star, name in zip([1, 2, 3, 4, 5, 1, 2], NASTY))
    body = ("kode_wilayah,tahun,program,bintang,nama_ikm,produk,sumber\n" + rows).encode()
    parsed = parse_upload(body, "nasty.csv")
    assert parsed.ready, [str(p) for p in parsed.problems]
    load_parsed(store, parsed, "nasty", kind="shared", visibility="public")
    return "nasty"


def test_csv_export_never_starts_a_cell_with_a_formula_character(store: Store, nasty: str) -> None:
    data = export_dataset(store, nasty, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == COLUMNS
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    names = [row[COLUMNS.index("entity_name")] for row in rows[1:]]
    assert sorted(names) == sorted(["'" + n.strip() if n.strip().startswith(FORMULA_STARTS) else n.strip()
                                    for n in NASTY])
    assert [row[COLUMNS.index("year")] for row in rows[1:]] == ["2019"] * 7  # numbers stay bare numbers


def test_xlsx_export_never_starts_a_cell_with_a_formula_and_keeps_numbers(store: Store, nasty: str) -> None:
    sheet = load_workbook(io.BytesIO(export_dataset(store, nasty, "xlsx"))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == COLUMNS
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    texts = [value for row in values for value in row if isinstance(value, str)]
    assert not [text for text in texts if text.startswith(FORMULA_STARTS)]
    assert {row[COLUMNS.index("year")] for row in values[1:]} == {2019}
    assert sorted(row[COLUMNS.index("star")] for row in values[1:]) == [1, 1, 2, 2, 3, 4, 5]
    assert "'=cmd|calc" in {row[COLUMNS.index("source")] for row in values[1:]}


def test_parquet_export_keeps_values_as_they_are(store: Store, nasty: str) -> None:
    frame = pd.read_parquet(io.BytesIO(export_dataset(store, nasty, "parquet")))
    assert frame.columns.tolist() == COLUMNS
    assert set(frame["entity_name"]) == {name.strip() for name in NASTY}
    assert frame["region_name"].unique().tolist() == ["Kabupaten Banyumas"]


def test_export_frame_for_chart_data_leaves_numbers_alone() -> None:
    frame = pd.DataFrame({"region": ["=1+1", "Bali", None], "change": [-5, 3, 0], "share": [-0.5, 0.25, None]})
    safe = neutralise_formulas(frame)
    assert safe["region"].tolist()[:2] == ["'=1+1", "Bali"] and pd.isna(safe["region"][2])
    assert safe["change"].tolist() == [-5, 3, 0]
    text = export_frame(frame, "csv").decode("utf-8-sig")
    assert text.splitlines() == ["region,change,share", "'=1+1,-5,-0.5", "Bali,3,0.25", ",0,"]
    sheet = load_workbook(io.BytesIO(export_frame(frame, "xlsx"))).active
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["region", "change", "share"], ["'=1+1", -5, -0.5], ["Bali", 3, 0.25], [None, 0, None]]


def test_column_names_are_neutralised_too() -> None:
    assert export_frame(pd.DataFrame({"=evil": [1]}), "csv").decode("utf-8-sig").splitlines()[0] == "'=evil"


def test_reference_and_demo_exports(store: Store) -> None:
    facts = pd.read_parquet(io.BytesIO(export_dataset(store, "reference", "parquet")))
    assert len(facts) == 41 and {"fact_id", "value", "source_title", "is_conflict"} <= set(facts.columns)
    demo = pd.read_parquet(io.BytesIO(export_dataset(store, "demo", "parquet")))
    assert demo["data_note"].unique().tolist() == ["Data demo (sintetis) / Demo data (synthetic)"]
    assert demo.columns.tolist()[1:] == COLUMNS


def test_unknown_format_is_refused(store: Store) -> None:
    with pytest.raises(InvalidArgumentError, match="Export format must be one of csv, parquet, xlsx, not 'pdf'"):
        export_dataset(store, "demo", "pdf")
    with pytest.raises(InvalidArgumentError):
        export_frame(pd.DataFrame({"a": [1]}), "json")


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_each_formula_start_gets_an_apostrophe(start: str) -> None:
    safe = neutralise_formulas(pd.DataFrame({"name": [f"{start}x", f"a{start}x"]}))
    assert safe["name"].tolist() == [f"'{start}x", f"a{start}x"]
