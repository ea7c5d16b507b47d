"""The summary's count of distinct region codes, which check() now counts from each column's distinct texts."""

from __future__ import annotations

import pytest

from ovop_analytics.ingest import parse_upload

CASES = {
    "two codes": ("33.02,2019\n33.03,2019\n33.02,2020\n", 2),
    "one code spelled three ways": ("33.02,2019\n3302,2020\n33,02,2021\n", 1),
    "a code that does not parse is not counted": ("33.02,2019\n99.99,2019\nabc,2019\n", 1),
    "empty codes are not counted": ("33.02,2019\n,2019\n33.02,2020\n", 1),
    "a blank row between rows": ("33.02,2019\n,\n33.03,2019\n", 2),
    "a note row at the end": ("33.02,2019\n33.03,2019\nSumber: BPS,\n", 2),
    "a code only in the note row": ("33.02,2019\n33.04,\n", 1),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_regions_by_code_counts_distinct_codes_in_data_rows(case: tuple[str, int]) -> None:
    body, expected = case
    data = ("kode_wilayah,tahun\n" + body.replace("33,02", '"33,02"')).encode()
    summary = parse_upload(data, "ovop.csv", default_program="kemenkop_ovop", allow_duplicates=True).summary
    assert summary.regions_by_code == expected


def test_no_code_column_counts_no_codes() -> None:
    summary = parse_upload(b"provinsi,tahun\nBali,2019\n", "ovop.csv", default_program="kemenkop_ovop").summary
    assert summary.regions_by_code == 0
