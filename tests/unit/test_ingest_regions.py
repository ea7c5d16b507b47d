"""Region names in uploads: BPS-style tables, fuzzy matches with review, corrections saved and reused."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest

from ovop_analytics.errors import DataValidationError
from ovop_analytics.ingest import (accept_suggestions, apply_corrections, corrections_csv, parse_upload,
                                   read_corrections)
from ovop_analytics.ingest import region_review
from ovop_analytics.regions import kabupaten_kota, provinces

BPS_PROVINCE_NAMES = {"19": "KEP. BANGKA BELITUNG", "21": "KEP. RIAU", "31": "DKI JAKARTA", "34": "DI YOGYAKARTA"}


def bps_name(region) -> str:  # noqa: ANN001 - a gazetteer Region
    """How BPS tables write a kabupaten/kota: 'KAB. BANYUMAS', 'KOTA SEMARANG', 'KAB. KEP. SERIBU'."""
    bare = re.sub(r"^(Kabupaten Administrasi|Kabupaten|Kota Administrasi|Kota) ", "", region.name)
    bare = bare.replace("Kepulauan ", "Kep. ")
    return ("KAB. " if region.kind == "kabupaten" else "KOTA ") + bare.upper()


def bps_export() -> bytes:
    """A BPS-style export: a title row, semicolons, decimal commas, capitals, every kabupaten/kota once."""
    province_names = {p.code: BPS_PROVINCE_NAMES.get(p.code, p.name.upper()) for p in provinces()}
    lines = ["Jumlah IKM OVOP menurut Kabupaten/Kota, 2019", ";;;;;",
             "PROVINSI;KABUPATEN/KOTA;TAHUN;KOMODITAS;BINTANG;NILAI PRODUKSI (JUTA RP)"]
    for number, region in enumerate(kabupaten_kota()):
        lines.append(f"{province_names[region.parent_code]};{bps_name(region)};2019;MAKANAN DAN MINUMAN;"
                     f"{number % 5 + 1},0;{number}.234,5")
    lines.append("Sumber: Badan Pusat Statistik;;;;;")
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def test_bps_style_export_loads_with_every_region_matched() -> None:
    parsed = parse_upload(bps_export(), "bps.csv", default_program="kemenperin_ovop_award")
    assert parsed.problems == []
    assert parsed.ready
    summary = parsed.summary
    assert (summary.rows, summary.regions_matched, summary.regions_review, summary.regions_unmatched) == \
        (514, 514, 0, 0)
    assert summary.regions_fuzzy == 0
    assert (summary.delimiter, summary.header_row, summary.note_rows) == (";", 3, 1)
    assert parsed.frame["region_code"].tolist() == [r.code for r in kabupaten_kota()]
    assert parsed.frame["star"].tolist() == [n % 5 + 1 for n in range(514)]
    assert summary.ignored_columns == ["NILAI PRODUKSI (JUTA RP)"]


def test_bps_province_names_in_capitals() -> None:
    body = "PROVINSI;TAHUN\n" + "".join(f"{BPS_PROVINCE_NAMES.get(p.code, p.name.upper())};2019\n"
                                         for p in provinces())
    parsed = parse_upload(body.encode(), "provinsi.csv", default_program="kemenkop_ovop")
    assert parsed.frame["region_code"].tolist() == [p.code for p in provinces()]


REVIEW_FILE = ("provinsi,kabupaten_kota,tahun\n"
               "Jawa Tengah,Kab. Purbalinga,2019\n"     # a typo: fuzzy match above 90, taken
               "Jawa Tengah,Kab. Purwokerto,2019\n"     # a town, not a kabupaten: Purworejo is suggested, not taken
               "Jawa Tengah,Kab. Atlantis,2019\n"       # nothing like it
               "Jawa Barat,Bandung,2019\n"              # exact, but Kota Bandung exists too
               "Jawa Tengah,Kab. Atlantis,2020\n")


def test_doubtful_names_wait_for_review_and_nothing_is_ready() -> None:
    parsed = parse_upload(REVIEW_FILE.encode(), "review.csv", default_program="kemenkop_ovop")
    names = parsed.names.set_index("source_name")
    assert names.loc["Kab. Purbalinga", ["region_code", "method", "status"]].tolist() == ["33.03", "fuzzy", "matched"]
    assert names.loc["Kab. Purbalinga", "score"] >= 90
    assert names.loc["Kab. Purwokerto", ["suggested_code", "status"]].tolist() == ["33.06", "review"]
    assert names.loc["Kab. Purwokerto", "score"] < 90
    assert names.loc["Kab. Atlantis", "status"] == "unmatched" and names.loc["Kab. Atlantis", "rows"] == 2
    assert names.loc["Bandung", ["suggested_code", "status", "note"]].tolist() == [
        "32.04", "review", "this is also the name of Kota Bandung (32.73): choose the right one"]
    assert sorted(parsed.review["source_name"]) == ["Bandung", "Kab. Atlantis", "Kab. Purwokerto"]
    assert parsed.problems == [] and not parsed.ready
    assert parsed.summary.rows_waiting_for_region == 4 and parsed.summary.rows_good == 1
    assert parsed.frame["status"].tolist() == ["ok", "review", "review", "review", "review"]


def test_corrections_download_edit_and_reuse() -> None:
    parsed = parse_upload(REVIEW_FILE.encode(), "review.csv", default_program="kemenkop_ovop")
    table = pd.read_csv(io.BytesIO(corrections_csv(parsed)), dtype=str, keep_default_na=False, encoding="utf-8-sig")
    assert table.columns.tolist()[:4] == ["source_name", "level", "province", "region_code"]
    assert dict(zip(table["source_name"], table["region_code"])) == {
        "Kab. Purwokerto": "33.06", "Kab. Atlantis": "", "Bandung": "32.04"}
    table.loc[table["source_name"] == "Kab. Purwokerto", "region_code"] = "33.02"  # Purwokerto is in Banyumas
    table.loc[table["source_name"] == "Kab. Atlantis", "region_code"] = "33.04"
    table.loc[table["source_name"] == "Bandung", "region_code"] = "32.73"
    with pytest.raises(DataValidationError) as refused:  # codes filled, but the rows still say 'review'
        apply_corrections(parsed, table.to_csv(index=False, sep=";").encode())
    assert [problem.row for problem in refused.value.problems] == [2, 3, 4]
    table["status"] = "confirmed"
    fixed = apply_corrections(parsed, table.to_csv(index=False, sep=";").encode())
    assert fixed.ready
    assert fixed.frame["region_code"].tolist() == ["33.03", "33.02", "33.04", "32.73", "33.04"]
    assert set(fixed.names["status"]) == {"matched", "corrected"}
    # the same table applies to the next file with the same names, in any order
    again = parse_upload(("provinsi,kabupaten_kota,tahun\nJawa Tengah,KAB. ATLANTIS,2021\n").encode(), "next.csv",
                         default_program="kemenkop_ovop")
    assert apply_corrections(again, table).frame["region_code"].tolist() == ["33.04"]


def test_a_correction_with_a_province_applies_only_there() -> None:
    parsed = parse_upload(b"provinsi,kabupaten_kota,tahun\nJawa Tengah,Atlantis,2019\nBali,Atlantis,2019\n",
                          "two.csv", default_program="kemenkop_ovop")
    corrections = pd.DataFrame({"source_name": ["atlantis"], "level": ["kabupaten/kota"],
                                "province": ["JAWA TENGAH"], "region_code": ["3304"]})
    fixed = apply_corrections(parsed, corrections)
    assert fixed.frame["region_code"].tolist()[0] == "33.04" and pd.isna(fixed.frame["region_code"][1])
    assert fixed.review["source_name"].tolist() == ["Atlantis"]


def test_corrections_with_bad_codes_are_refused_with_their_row() -> None:
    bad = b"source_name,level,province,region_code\nAtlantis,kabupaten_kota,,99.99\nX,desa,,33\n"
    with pytest.raises(DataValidationError) as refused:
        read_corrections(bad)
    assert [str(problem) for problem in refused.value.problems] == [
        "row 2, column 'region_code', value '99.99': not a Kemendagri region code",
        "row 3, column 'level', value 'desa': level must be province or kabupaten_kota"]
    with pytest.raises(DataValidationError, match="missing: region_code"):
        read_corrections(b"source_name,kode\nA,33\n".replace(b"kode", b"keterangan"))


def test_accept_suggestions_takes_low_confidence_ones_but_not_the_unmatched() -> None:
    parsed = accept_suggestions(parse_upload(REVIEW_FILE.encode(), "review.csv", default_program="kemenkop_ovop"))
    assert parsed.review["source_name"].tolist() == ["Kab. Atlantis"]
    assert parsed.frame["region_code"].fillna("-").tolist() == ["33.03", "33.06", "-", "32.04", "-"]


def test_province_in_front_of_the_kabupaten_name() -> None:
    body = "kabupaten_kota;tahun\nSumatera Utara – Kab. Dairi;2019\nJAWA TENGAH - KOTA SEMARANG;2019\n"
    parsed = parse_upload(body.encode("cp1252"), "x.csv", default_program="kemenkop_ovop")
    assert parsed.frame["region_code"].tolist() == ["12.11", "33.74"]


def test_each_distinct_name_is_matched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A million rows naming a few hundred places cost a few hundred matches, not a million."""
    calls: list[str] = []
    original = region_review.match_name

    def counting(name: str, level: str, province_code: str | None = None, fuzzy: bool = True):  # noqa: ANN202
        calls.append(name if fuzzy else f"exact {name}")  # exact steps first count the unknown names
        return original(name, level, province_code, fuzzy)

    monkeypatch.setattr(region_review, "match_name", counting)
    body = "provinsi,kabupaten_kota,tahun\n" + "Jawa Tengah,Kab. Banyumas,2019\nBali,Kab. Badung,2019\n" * 5000
    parsed = parse_upload(body.encode(), "many.csv", default_program="kemenkop_ovop", allow_duplicates=True)
    assert parsed.ready and parsed.summary.rows == 10_000
    assert sorted(calls) == ["Bali", "Jawa Tengah", "Kab. Badung", "Kab. Banyumas", "exact Bali", "exact Jawa Tengah",
                             "exact Kab. Badung", "exact Kab. Banyumas"]
