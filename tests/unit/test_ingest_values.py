"""Cell parsers (numbers, years, stars, groups, programs, codes), header matching, dictionary and template."""

from __future__ import annotations

from datetime import date

import pytest

from ovop_analytics.ingest import data_dictionary, parse_number, parse_upload, template_csv
from ovop_analytics.ingest.dictionary import FIELDS, field_for_header, map_header
from ovop_analytics.ingest.values import (parse_commodity, parse_program, parse_region_code, parse_star,
                                          parse_year)


@pytest.mark.parametrize("text, expected", [
    ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1.234.567", 1234567.0), ("1,234", 1234.0), ("2.019", 2019.0),
    ("12,5", 12.5), ("12.5", 12.5), (",5", 0.5), ("-3", -3.0), ("1 234", 1234.0), ("1\u00a0234,25", 1234.25),
    ("7", 7.0), (" 42 ", 42.0), ("", None), ("abc", None), ("1.2.3", None), ("1,23,4", None),
])
def test_parse_number_reads_indonesian_and_english_notation(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("2019", (2019, None)), ("2019.0", (2019, None)), ("2019,0", (2019, None)), ("2.019", (2019, None)),
    ("Tahun 2015", (2015, None)), ("2006", (2006, None)),
    ("2019/2020", (None, "a range of years: write one year per row (the year of the designation or award round)")),
    ("2019-20", (None, "a range of years: write one year per row (the year of the designation or award round)")),
    ("2019 s.d. 2021", (None, "a range of years: write one year per row (the year of the designation or award "
                              "round)")),
    ("01/05/2019", (None, "a date: write the year only (e.g. 2019)")),
    ("2005", (None, "outside 2006-2024: OVOP began in Indonesia in 2006")),
    ("2025", (None, "outside 2006-2024: OVOP began in Indonesia in 2006")),
    ("19", (None, "outside 2006-2024: OVOP began in Indonesia in 2006")),
    ("tahun lalu", (None, "not a year: write four digits, e.g. 2019")),
])
def test_parse_year(text: str, expected: tuple[int | None, str | None]) -> None:
    assert parse_year(text, today=date(2024, 6, 1)) == expected


@pytest.mark.parametrize("text, expected", [
    ("5", 5), ("5,0", 5), ("5 bintang", 5), ("Bintang 3", 3), ("4 stars", 4), ("1 star", 1), ("★★★★★", 5),
    ("★★☆☆☆", 2), ("***", 3), ("3*", 3),
])
def test_parse_star_accepts_common_forms(text: str, expected: int) -> None:
    assert parse_star(text) == (expected, None)


@pytest.mark.parametrize("text, reason", [
    ("0", "stars go from 1 to 5"), ("6 bintang", "stars go from 1 to 5"),
    ("4,5", "not a star rating: write a whole number from 1 to 5"),
    ("lima", "not a star rating: write a whole number from 1 to 5"),
])
def test_parse_star_refuses(text: str, reason: str) -> None:
    assert parse_star(text) == (None, reason)


@pytest.mark.parametrize("text, expected", [
    ("Makanan & Minuman", "makanan_minuman"), ("mamin", "makanan_minuman"), ("MAKANAN DAN MINUMAN", "makanan_minuman"),
    ("makanan_minuman", "makanan_minuman"), ("batik", "kain_batik"), ("Kain Batik", "kain_batik"),
    ("tenun", "kain_tenun"), ("Tenun Ikat", "kain_tenun"), ("kerajinan anyaman", "anyaman"),
    ("keramik/gerabah", "gerabah"), ("Gerabah & Keramik", "gerabah"), ("pottery", "gerabah"),
])
def test_commodity_spellings(text: str, expected: str) -> None:
    assert parse_commodity(text) == (expected, None)


@pytest.mark.parametrize("text, expected", [
    ("kemenkop_ovop", "kemenkop_ovop"), ("Kemenkop UKM", "kemenkop_ovop"), ("KEMENPERIN", "kemenperin_ovop_award"),
    ("Penghargaan IKM OVOP", "kemenperin_ovop_award"), ("kemenperin-ovop-award", "kemenperin_ovop_award"),
])
def test_program_spellings(text: str, expected: str) -> None:
    assert parse_program(text) == (expected, None)


@pytest.mark.parametrize("text, expected", [
    ("33", "33"), ("33.02", "33.02"), ("3302", "33.02"), ("33,02", "33.02"), ("33.1", "33.10"), ("33 02", "33.02"),
    ("3302.0", "33.02"), ("99", None), ("33.99", None), ("Jawa Tengah", None),
])
def test_region_codes(text: str, expected: str | None) -> None:
    assert parse_region_code(text)[0] == expected


@pytest.mark.parametrize("header, field", [
    ("Kabupaten/Kota", "kabupaten_kota"), ("KAB_KOTA", "kabupaten_kota"), ("Nama IKM", "entity_name"),
    ("KOMODITAS", "commodity_group"), ("Kode Wilayah", "region_code"), ("region_code", "region_code"),
    ("Tahun", "year"), ("year", "year"), ("Jenis", "type"), ("type", "type"), ("Bintang", "star"),
    ("Sumber", "source"), ("source", "source"), ("Provinsi ", "province"), ("Produk", "product"),
    ("Nilai (Rp)", None), ("", None),
])
def test_headers_match_case_and_punctuation_insensitively(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


def test_map_header_lists_ignored_and_duplicated_columns() -> None:
    mapped = map_header(["Provinsi", "TAHUN", "Nilai", "year", ""])
    assert mapped.columns == {"province": 0, "year": 1}
    assert mapped.ignored == ["Nilai"]
    assert mapped.duplicated == {"year": ["TAHUN", "year"]}


def test_data_dictionary_describes_every_column_in_both_languages() -> None:
    dictionary = data_dictionary()
    assert list(dictionary["column"]) == ["kode_wilayah", "provinsi", "kabupaten_kota", "tahun", "program",
                                          "komoditas", "jenis", "bintang", "nama_ikm", "produk", "sumber"]
    assert list(dictionary["column_en"]) == ["region_code", "province", "kabupaten_kota", "year", "program",
                                             "commodity_group", "type", "star", "entity_name", "product", "source"]
    assert dictionary["description_id"].str.len().min() > 20
    assert dictionary["description_en"].str.len().min() > 20
    assert "makanan_minuman" in dictionary.set_index("column_en").loc["commodity_group", "allowed_values"]


def test_every_alias_maps_back_to_its_own_field() -> None:
    for field in FIELDS:
        for alias in field.aliases:
            assert field_for_header(alias) == field.name, alias


def test_template_loads_cleanly_and_uses_the_indonesian_headers() -> None:
    data = template_csv()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0] == ",".join(field.header_id for field in FIELDS)
    parsed = parse_upload(data, "template.csv")
    assert parsed.ready and parsed.summary.rows == 2
    assert parsed.frame["region_code"].tolist() == ["34.71", "52.01"]
    assert parse_upload(template_csv(with_examples=False), "empty-template.csv").problems[0].message == \
        "the file has a header row but no data rows"
