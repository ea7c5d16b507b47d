"""A corpus of malformed and awkward upload files, all generated here, each with the exact outcome expected.

Three kinds of outcome: refused outright (the file cannot be read as a table: UnreadableFileError with
its message), read but with problems (exact problem texts, nothing loadable), or read cleanly (values
checked). Row numbers in messages count rows as a spreadsheet shows them, the header row included.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

import pandas as pd
import pytest
from openpyxl import Workbook

from ovop_analytics.errors import UnreadableFileError
from ovop_analytics.ingest import Limits, ParsedUpload, parse_upload

THIS_YEAR = date.today().year
HEADER = "kode_wilayah,tahun,program"
SMALL = Limits(max_bytes=200 * 1024 * 1024, max_rows=100, max_columns=200)


def text(body: str, encoding: str = "utf-8") -> Callable[[], bytes]:
    return lambda: body.encode(encoding)


def workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def with_sheet_xml(chunks: Iterator[bytes]) -> bytes:
    """A real workbook whose first sheet's XML is replaced by `chunks` (streamed into the zip)."""
    source = zipfile.ZipFile(io.BytesIO(workbook({"Data": [["kode_wilayah", "tahun", "program"]]})))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with target.open(item.filename, "w", force_zip64=True) as handle:
                    for chunk in chunks:
                        handle.write(chunk)
            else:
                target.writestr(item, source.read(item.filename))
    return out.getvalue()


def sheet_xml(rows: int, declared: str | None = None) -> Iterator[bytes]:
    """Sheet XML with a header and `rows` identical data rows (compresses extremely well)."""
    yield (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           + (f'<dimension ref="{declared}"/>'.encode() if declared else b"") + b"<sheetData>"
           b'<row r="1"><c r="A1" t="inlineStr"><is><t>kode_wilayah</t></is></c>'
           b'<c r="B1" t="inlineStr"><is><t>tahun</t></is></c>'
           b'<c r="C1" t="inlineStr"><is><t>program</t></is></c></row>')
    # Rows without 'r' attributes (optional in the format) are identical, so they compress ~1000:1.
    row = (b'<row><c t="inlineStr"><is><t>33.02</t></is></c><c><v>2019</v></c>'
           b'<c t="inlineStr"><is><t>kemenkop_ovop</t></is></c></row>')
    for start in range(0, rows, 10_000):
        yield row * min(10_000, rows - start)
    yield b"</sheetData></worksheet>"


def rows_csv(count: int) -> bytes:
    return (HEADER + "\n" + "33.02,2019,kemenkop_ovop\n" * count).encode()


def not_a_zip_inside() -> bytes:
    return b"PK\x03\x04" + bytes(random.Random(1).randrange(256) for _ in range(3000))


# ---------------------------------------------------------------------------------------------- refused


@dataclass(frozen=True)
class Refused:
    build: Callable[[], bytes]
    message: str  # a regular expression matched against the whole message
    filename: str = "upload.csv"
    sheet: str | None = None
    limits: Limits | None = None


REFUSED = {
    "binary data named .csv": Refused(
        lambda: bytes(random.Random(7).randrange(256) for _ in range(5000)) + b"\x00",
        re.escape("The file is not text (it contains binary bytes) and is not an Excel workbook: upload a CSV or "
                  "XLSX file.")),
    "empty file": Refused(text(""), re.escape("The file 'upload.csv' is empty.")),
    "only blank lines": Refused(text("\r\n  \r\n\t\n"), re.escape("The file 'upload.csv' is empty.")),
    "wrong delimiter (colon)": Refused(
        text("kode_wilayah:tahun:program\n33.02:2019:kemenkop_ovop\n"),
        r"No header row found: none of the first 30 rows names at least two known columns \(delimiters tried: "
        r"comma, semicolon, tab, vertical bar\)\. Expected column names such as: kode_wilayah, provinsi, "
        r"kabupaten_kota, tahun, program, komoditas, jenis, bintang, nama_ikm, produk, sumber\. The file begins: "
        r"kode_wilayah:tahun:program \| 33\.02:2019:kemenkop_ovop\. Download the template to see the format\."),
    "mixed encodings": Refused(
        lambda: ("provinsi,tahun,program\nBali – Kota Denpasar,2019,kemenkop_ovop\n".encode()
                 + "Bali é,2019,kemenkop_ovop\n".encode("cp1252")),
        re.escape("The file mixes two text encodings: line 2 has UTF-8 text but line 3 has a byte that is not "
                  "UTF-8 (0xe9, e.g. an accent saved by an older program). Open the file in a spreadsheet or text "
                  "editor and save it again as 'CSV UTF-8'.")),
    "10,000 columns": Refused(
        text("kode_wilayah,tahun,program," + ",".join(f"x{i}" for i in range(9997)) + "\n"
             + "33.02,2019,kemenkop_ovop" + ",1" * 9997 + "\n"),
        re.escape("The header row has 10,000 columns; at most 200 are allowed (a limit the operator sets).")),
    "more rows than allowed": Refused(
        lambda: rows_csv(101), re.escape("The file has more than 100 data rows, the most the operator allows."),
        limits=SMALL),
    "larger than the upload limit": Refused(
        lambda: rows_csv(2000), re.escape("The file is 49 KB; at most 29 KB are allowed (a limit the operator "
                                          "sets)."), limits=Limits(30_000, 10_000, 200)),
    "old .xls workbook": Refused(
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
        re.escape("The file is an old Excel 97-2003 workbook (.xls): open it in a spreadsheet program and save it "
                  "as .xlsx or CSV."), filename="ovop.xls"),
    "PDF": Refused(lambda: b"%PDF-1.7\n...", re.escape("The file is a PDF: export the table from its source as "
                                                       "CSV or XLSX.")),
    "damaged zip": Refused(not_a_zip_inside, re.escape(
        "The file looks like an Excel workbook (zip) but is damaged: open it in a spreadsheet program and save it "
        "again as .xlsx or CSV."), filename="ovop.xlsx"),
    "zip that is not a workbook": Refused(
        lambda: _zip({"content.xml": b"<x/>", "mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
        re.escape("The file is an OpenDocument spreadsheet (.ods), not an Excel workbook: save it as .xlsx or "
                  "CSV."), filename="ovop.ods"),
    "XLSX bomb: unpacks far beyond the limit": Refused(
        lambda: with_sheet_xml(sheet_xml(120_000)),
        r"The workbook unpacks to 1\d\.\d MB, more than the 4\.0 MB allowed \(\d\d KB packed; the limit is 4 x "
        r"the largest upload\)\. It was refused without being unpacked\.",
        filename="bomb.xlsx", limits=Limits(1024 * 1024, 5_000_000, 200)),
    "XLSX bomb: declares 5 million rows": Refused(
        lambda: with_sheet_xml(sheet_xml(3, declared="A1:C5000000")),
        re.escape("Sheet 'Data' declares 5,000,000 rows and 3 columns, more than Excel itself allows "
                  "(1,048,576 x 16,384): the file is damaged or built to exhaust memory, and was refused."),
        filename="bomb.xlsx"),
    "XLSX with more rows than allowed (dimension hidden)": Refused(
        lambda: with_sheet_xml(sheet_xml(5000)),
        re.escape("Sheet 'Data' has more than 100 data rows, the most the operator allows; reading stopped "
                  "there."), filename="big.xlsx", limits=SMALL),
    "XLSX sheet that does not exist": Refused(
        lambda: workbook({"Catatan": [["x"]], "Data": [["kode_wilayah", "tahun"]]}),
        re.escape("The workbook has no sheet 'Rekap'. Its sheets are: Catatan, Data."), filename="ovop.xlsx",
        sheet="Rekap"),
    "XLSX without any header row": Refused(
        lambda: workbook({"Catatan": [["Data OVOP"], ["lihat lampiran"]]}),
        re.escape("No header row found in any sheet (Catatan): none of the first 30 rows names at least two known "
                  "columns such as kode_wilayah, provinsi, kabupaten_kota, tahun, program, komoditas, bintang. "
                  "Choose the sheet with the data, or download the template to see the format."),
        filename="ovop.xlsx"),
    "ragged rows and a value that never ends": Refused(
        lambda: (HEADER + ',nama_ikm\n33.02,2019,kemenkop_ovop,x,y\n33.02,2019,kemenkop_ovop,"IKM Sari\n'
                 + "33.02,2019,kemenkop_ovop,x\n" * 10_000).encode(),
        re.escape("The file could not be read past this row: a value longer than 131,072 characters starts here, "
                  "usually an opening quote (\") without its closing quote.")),
}


def _zip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("case", REFUSED.values(), ids=REFUSED.keys())
def test_refused_files(case: Refused) -> None:
    with pytest.raises(UnreadableFileError) as refused:
        parse_upload(case.build(), case.filename, sheet=case.sheet, limits=case.limits or Limits.from_config())
    assert re.fullmatch(case.message, str(refused.value)), str(refused.value)


# ----------------------------------------------------------------------------------------- with problems


@dataclass(frozen=True)
class Problems:
    build: Callable[[], bytes]
    problems: list[str]
    filename: str = "upload.csv"
    program: str | None = None


YEAR_RANGE = "a range of years: write one year per row (the year of the designation or award round)"
WITH_PROBLEMS = {
    "header only": Problems(text(HEADER + "\n"), ["the file has a header row but no data rows"]),
    "years like 2019/2020": Problems(
        text(HEADER + "\n33.02,2019,kemenkop_ovop\n33.02,2019/2020,kemenkop_ovop\n33.02,2019 - 2020,kemenkop_ovop\n"),
        [f"row 3, column 'tahun', value '2019/2020': {YEAR_RANGE}",
         f"row 4, column 'tahun', value '2019 - 2020': {YEAR_RANGE}"]),
    "years out of range, dates and text": Problems(
        text(HEADER + "\n33.02,2005,kemenkop_ovop\n33.02,2019-05-01,kemenkop_ovop\n33.02,dua ribu,kemenkop_ovop\n"
             f"33.02,{THIS_YEAR + 1},kemenkop_ovop\n33.02,,kemenkop_ovop\n"),
        [f"row 2, column 'tahun', value '2005': outside 2006-{THIS_YEAR}: OVOP began in Indonesia in 2006",
         "row 3, column 'tahun', value '2019-05-01': a date: write the year only (e.g. 2019)",
         "row 4, column 'tahun', value 'dua ribu': not a year: write four digits, e.g. 2019",
         f"row 5, column 'tahun', value '{THIS_YEAR + 1}': outside 2006-{THIS_YEAR}: OVOP began in Indonesia in 2006",
         "row 6, column 'tahun', value '': empty: every row needs a year"]),
    "stars outside 1-5": Problems(
        text(HEADER + ",bintang\n33.02,2019,kemenkop_ovop,6\n33.02,2019,kemenkop_ovop,4.5\n"),
        ["row 2, column 'bintang', value '6': stars go from 1 to 5",
         "row 3, column 'bintang', value '4.5': not a star rating: write a whole number from 1 to 5"]),
    "unknown commodity group": Problems(
        text(HEADER + ",komoditas\n33.02,2019,kemenkop_ovop,elektronik\n"),
        ["row 2, column 'komoditas', value 'elektronik': not a known commodity group: use one of Food & beverages, "
         "Woven cloth, Batik cloth, Plaiting, Earthenware"]),
    "unknown program": Problems(
        text(HEADER + "\n33.02,2019,bumn\n"),
        ["row 2, column 'program', value 'bumn': not a known program: use Kemenkop UKM: "
         "OVOP types or Kemenperin: IKM OVOP award"]),
    "unknown region code": Problems(
        text(HEADER + "\n99.99,2019,kemenkop_ovop\n33.02,2019,kemenkop_ovop\n"),
        ["row 2, column 'kode_wilayah', value '99.99': not a Kemendagri region code: write 33 for a province or "
         "33.02 for a kabupaten/kota (or leave it empty and give the names)"]),
    "ragged rows": Problems(
        text(HEADER + ",bintang\n33.02,2019,kemenkop_ovop,3\n33.02,2019,kemenkop_ovop,3,lima\n33.03,2019,"
                      "kemenkop_ovop\n"),
        ["row 3: this row has 5 values but the header has 4 columns, so 'lima' would be lost: check for an "
         "unquoted delimiter inside a value"]),
    "duplicated rows": Problems(
        text(HEADER + ",nama_ikm\n33.02,2019,kemenkop_ovop,UD Sari\n33.03,2019,kemenkop_ovop,UD Sari\n"
                      "3302,2019,Kemenkop UKM,UD Sari \n"),
        ["row 4: repeats row 2 exactly (every column the same); remove it, or mark the rows as separate "
         "records if they really are two records"]),
    "missing required column": Problems(
        text("provinsi,program,bintang\nJawa Tengah,kemenkop_ovop,3\n"),
        ["missing column tahun (year). The header has: 'provinsi', 'program', 'bintang'"]),
    "no region column": Problems(
        text("tahun,program,nilai\n2019,kemenkop_ovop,3\n2020,kemenkop_ovop,4\n"),
        ["missing region column: add kode_wilayah (Kemendagri code), or provinsi and/or kabupaten_kota (names). "
         "The header has: 'tahun', 'program', 'nilai'"]),
    "missing program, none chosen": Problems(
        text("kode_wilayah,tahun\n33.02,2019\n"),
        ["missing column program: add it (values Kemenkop UKM: OVOP types or Kemenperin: IKM OVOP award), "
         "or choose the program for the whole file with the Program selector above (on the command line: "
         "--program)"]),
    "two headers meaning one column": Problems(
        text("kode_wilayah,tahun,Year,program\n33.02,2019,2019,kemenkop_ovop\n"),
        ["columns 'tahun' and 'Year' both mean year: keep one"]),
    "row without any region": Problems(
        text("kode_wilayah,provinsi,tahun,program\n,,2019,kemenkop_ovop\n33.02,,2019,kemenkop_ovop\n"),
        ["row 2: no region: fill kode_wilayah, provinsi or kabupaten_kota"]),
    "huge field": Problems(
        lambda: (HEADER + ",nama_ikm\n33.02,2019,kemenkop_ovop,\"" + "IKM " * 1000 + "\"\n").encode(),
        ["row 2, column 'nama_ikm', value 'IKM IKM IKM IKM IKM IKM IKM IKM IKM IKM IKM IKM IKM IKM I...': a value "
         "longer than 2,000 characters: usually an opening quote (\") without its closing quote, which swallows "
         "the rows after it"]),
    "unclosed quote swallowing the rest of the file": Problems(
        lambda: (HEADER + ',nama_ikm\n33.02,2019,kemenkop_ovop,"IKM Sari\n'
                 + "33.02,2019,kemenkop_ovop,x\n" * 400_000).encode(),
        ["row 2, column 'nama_ikm', value 'IKM Sari\\n33.02,2019,kemenkop_ovop,x\\n33.02,2019,kemenkop_o...': a "
         "value longer than 2,000 characters: usually an opening quote (\") without its closing quote, which "
         "swallows the rows after it"]),
    "quoted newlines keep row numbers": Problems(
        text(HEADER + ',nama_ikm\n33.02,2019,kemenkop_ovop,"Sentra\nBatik\nLasem"\n33.02,20l9,kemenkop_ovop,x\n'),
        ["row 3, column 'tahun', value '20l9': not a year: write four digits, e.g. 2019"]),
    "title rows and blank lines keep row numbers": Problems(
        text("Rekap OVOP\nTahun 2019\n\n" + HEADER + "\n33.02,2019,kemenkop_ovop\n\n33.02,20l9,kemenkop_ovop\n"),
        ["row 7, column 'tahun', value '20l9': not a year: write four digits, e.g. 2019"]),
    "XLSX: a date in the year column and a value beyond the header": Problems(
        lambda: workbook({"Data": [["kode_wilayah", "tahun", "program"],
                                   ["33.02", date(2019, 5, 1), "kemenkop_ovop"],
                                   ["33.02", 2019, "kemenkop_ovop", None, "catatan"]]}),
        ["row 2, column 'tahun', value '2019-05-01': a date: write the year only (e.g. 2019)",
         "row 3: a value to the right of the last named column would be lost: 'catatan'"], filename="ovop.xlsx"),
}


@pytest.mark.parametrize("case", WITH_PROBLEMS.values(), ids=WITH_PROBLEMS.keys())
def test_files_with_problems(case: Problems) -> None:
    parsed = parse_upload(case.build(), case.filename, default_program=case.program)
    assert [str(problem) for problem in parsed.problems] == case.problems
    assert not parsed.ready


# ------------------------------------------------------------------------------------------------ loads


@dataclass(frozen=True)
class Loads:
    build: Callable[[], bytes]
    expected: dict[str, list[object]]  # column of ParsedUpload.frame -> values
    filename: str = "upload.csv"
    program: str | None = "kemenkop_ovop"
    sheet: str | None = None
    summary: dict[str, object] | None = None
    notes: list[str] | None = None


LOADS = {
    "BOM and CRLF": Loads(text("\ufeffkode_wilayah,tahun\r\n33.02,2019\r\n"),
                          {"region_code": ["33.02"], "year": [2019], "row": [2]},
                          summary={"encoding": "utf-8-sig"}),
    "Windows-1252 names with accents and an en dash": Loads(
        text("kabupaten_kota;tahun;nama_ikm\nSumatera Utara – Kab. Dairi;2019;Café Kopi Sidikalang\n", "cp1252"),
        {"region_code": ["12.11"], "entity_name": ["Café Kopi Sidikalang"]},
        summary={"encoding": "windows-1252", "delimiter": ";"}),
    "Windows-1252 only after the first 64 KB": Loads(
        lambda: ("kode_wilayah,tahun,nama_ikm\n" + "33.02,2019,IKM Sari\n" * 4000).encode()
        + "33.03,2019,Café Purbalingga\n".encode("cp1252"),
        {"entity_name": ["IKM Sari"] * 4000 + ["Café Purbalingga"]}, summary={"encoding": "windows-1252"}),
    "Latin-1 byte undefined in Windows-1252": Loads(
        lambda: b"provinsi,tahun,produk\nBali,2019,Kain \x81ndek\n",
        {"region_code": ["51"], "product": ["Kain \x81ndek"]}),
    "semicolons and decimal commas": Loads(
        text("provinsi;tahun;bintang;nilai\nJawa Tengah;2.019;4,0;1.234,5\n"),
        {"region_code": ["33"], "year": [2019], "star": [4]}, summary={"ignored_columns": ["nilai"]}),
    "tab separated": Loads(text("kode_wilayah\ttahun\tkomoditas\n33.02\t2019\tbatik\n"),
                           {"commodity_group": ["kain_batik"]}, summary={"delimiter": "\t"}),
    "UTF-16 text from Excel": Loads(text("kode_wilayah\ttahun\n33.02\t2019\n", "utf-16"),
                                    {"region_code": ["33.02"]}, summary={"encoding": "utf-16"}),
    "stars written in words and symbols": Loads(
        text("kode_wilayah,tahun,bintang\n33.02,2019,5 bintang\n33.03,2019,bintang 4\n33.04,2019,★★★\n"
             "33.05,2019,**\n33.06,2019,1 star\n33.07,2019,\n"),
        {"star": [5, 4, 3, 2, 1, None]}),
    "commodity spellings": Loads(
        text("kode_wilayah,tahun,komoditas\n" + "".join(
            f"33.{i:02d},2019,{name}\n" for i, name in enumerate(
                ["Makanan & Minuman", "mamin", "makanan dan minuman", "batik", "Tenun", "kerajinan anyaman",
                 "keramik/gerabah", "KAIN_TENUN"], 1))),
        {"commodity_group": ["makanan_minuman", "makanan_minuman", "makanan_minuman", "kain_batik", "kain_tenun",
                             "anyaman", "gerabah", "kain_tenun"]}),
    "headers in any case and punctuation": Loads(
        text("Provinsi,Kabupaten/Kota,TAHUN,Program,KOMODITAS,Nama IKM,Produk\n"
             "Jawa Tengah,Kab. Banyumas,2019,Kemenperin,Batik,UD Sari,Batik tulis\n"),
        {"region_code": ["33.02"], "program": ["kemenperin_ovop_award"], "entity_name": ["UD Sari"],
         "product": ["Batik tulis"]}, program=None),
    "codes as numbers, with a comma, without the dot": Loads(
        lambda: workbook({"Data": [["kode_wilayah", "tahun"], [33.1, 2019.0], ["33,02", 2019], [3302, 2019],
                                   [33, 2019]]}),
        {"region_code": ["33.10", "33.02", "33.02", "33"], "year": [2019] * 4}, filename="ovop.xlsx"),
    "program column with gaps filled by the chosen program": Loads(
        text(HEADER + "\n33.02,2019,\n33.03,2019,Penghargaan IKM OVOP\n"),
        {"program": ["kemenkop_ovop", "kemenperin_ovop_award"]}),
    "duplicates allowed when asked": Loads(text(HEADER + "\n33.02,2019,kemenkop_ovop\n33.02,2019,kemenkop_ovop\n"),
                                           {"row": [2, 3]}),
    "note under the table and blank rows": Loads(
        text("provinsi;tahun\nBali;2019\n;\nAceh;2020\n\nSumber: BPS, diolah;\n"),
        {"region_code": ["51", "11"], "row": [2, 4]}, summary={"blank_rows": 2, "note_rows": 1},
        notes=["row 6 is a note and was skipped: 'Sumber: BPS, diolah'"]),
    "XLSX data on the second sheet": Loads(
        lambda: workbook({"Catatan": [["Data OVOP Kemenperin"], ["Sumber: Kemenperin"]],
                          "Data": [["Rekap IKM OVOP"], [], ["provinsi", "kabupaten_kota", "tahun", "bintang"],
                                   ["DI Yogyakarta", "Kota Yogyakarta", 2015, 5]]}),
        {"region_code": ["34.71"], "star": [5], "row": [4]}, filename="ovop.xlsx",
        summary={"sheet": "Data", "header_row": 3},
        notes=["read sheet 'Data': the first sheet has no header row", "rows 1-2 above the header skipped (titles)"]),
    "XLSX sheet chosen by number": Loads(
        lambda: workbook({"2018": [["kode_wilayah", "tahun"], ["33.02", 2018]],
                          "2019": [["kode_wilayah", "tahun"], ["33.03", 2019]]}),
        {"region_code": ["33.03"]}, filename="ovop.xlsx", sheet="2"),
    "XLSX sheet chosen by a name that looks like a number": Loads(
        lambda: workbook({"Ringkasan": [["kode_wilayah", "tahun"], ["33.01", 2017]],
                          "2019": [["kode_wilayah", "tahun"], ["33.03", 2019]]}),
        {"region_code": ["33.03"]}, filename="ovop.xlsx", sheet="2019"),
    "an XLSX renamed to .csv": Loads(
        lambda: workbook({"Data": [["kode_wilayah", "tahun"], ["33.02", 2019]]}), {"region_code": ["33.02"]},
        filename="ovop.csv", notes=["the file is named like a CSV but is an Excel workbook; it was read as a "
                                    "workbook"]),
}


@pytest.mark.parametrize("case", LOADS.values(), ids=LOADS.keys())
def test_files_that_load(case: Loads) -> None:
    parsed: ParsedUpload = parse_upload(case.build(), case.filename, sheet=case.sheet, default_program=case.program,
                                        allow_duplicates=True)
    assert [str(problem) for problem in parsed.problems] == []
    assert parsed.ready
    for column, values in case.expected.items():
        got = [None if pd.isna(value) else value for value in parsed.frame[column].tolist()]
        assert got == values, column
    summary = parsed.summary
    for name, value in (case.summary or {}).items():
        assert getattr(summary, name) == value, name
    if case.notes is not None:
        assert parsed.notes == case.notes


def test_corpus_is_at_least_thirty_files() -> None:
    assert len(REFUSED) + len(WITH_PROBLEMS) + len(LOADS) >= 30


def test_problems_are_capped_but_counted() -> None:
    """A million bad rows would make a million messages: a few hundred are listed, all are counted."""
    data = (HEADER + "\n" + "33.02,20l9,kemenkop_ovop\n" * 1500).encode()
    parsed = parse_upload(data, "bad.csv")
    assert parsed.problem_count == 1500
    assert len(parsed.problems) == 200
    assert parsed.summary.rows_with_problems == 1500 and parsed.summary.rows_good == 0


def test_limits_come_from_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OVOP_MAX_ROWS", "3")
    with pytest.raises(UnreadableFileError, match=r"more than 3 data rows, the most the operator allows"):
        parse_upload(rows_csv(4), "four.csv")
    monkeypatch.setenv("OVOP_MAX_COLUMNS", "2")
    with pytest.raises(UnreadableFileError, match=r"3 columns; at most 2 are allowed"):
        parse_upload(rows_csv(1), "one.csv")
