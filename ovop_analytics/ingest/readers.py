"""One entry point for every upload format: size limit, format sniffing by content, then the reader.

The format is decided by the bytes, not the file name: an XLSX renamed .csv is still read as a
workbook, and a PDF or an old .xls gets a message saying what to do instead of a parse error.
"""

from __future__ import annotations

import codecs

from ovop_analytics.errors import UnreadableFileError
from ovop_analytics.ingest.csv_format import read_csv
from ovop_analytics.ingest.model import Limits, Progress, RawTable, size_text
from ovop_analytics.problems import Reason

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff_format(data: bytes) -> str:
    """'csv' or 'xlsx' from the content; UnreadableFileError for anything else."""
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if data.startswith(_OLE2):
        raise UnreadableFileError(Reason("file_is_xls"))
    if data.startswith(b"%PDF"):
        raise UnreadableFileError(Reason("file_is_pdf"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "csv"
    sample = data[:8192]
    if b"\x00" in sample:
        raise UnreadableFileError(Reason("file_is_binary"))
    return "csv"


def read_table(data: bytes, filename: str = "", sheet: str | int | None = None, limits: Limits | None = None,
               progress: Progress | None = None) -> RawTable:
    """Read an uploaded CSV or XLSX into a RawTable of text cells with file row numbers."""
    limits = limits or Limits.from_config()
    if len(data) > limits.max_bytes:
        raise UnreadableFileError(Reason("file_too_large", size=size_text(len(data)),
                                         limit=size_text(limits.max_bytes)))
    blank = b" \t\r\n\x00" + codecs.BOM_UTF8
    if not data[:65536].strip(blank) and not data.strip(blank):
        raise UnreadableFileError(Reason("file_empty_named", file=filename) if filename else Reason("file_empty"))
    kind = sniff_format(data)
    if kind == "xlsx":
        from ovop_analytics.ingest.xlsx_format import read_xlsx  # openpyxl: only for a workbook

        table = read_xlsx(data, sheet, limits, progress)
        if filename.lower().endswith((".csv", ".txt", ".tsv")):
            table.notes.append(Reason("note_workbook_named_csv"))
        return table
    if sheet is not None:
        raise UnreadableFileError(Reason("sheet_on_csv", sheet=sheet))
    table = read_csv(data, limits, progress)
    if filename.lower().endswith((".xlsx", ".xlsm")):
        table.notes.append(Reason("note_csv_named_workbook"))
    return table
