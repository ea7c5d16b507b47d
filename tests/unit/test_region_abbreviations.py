"""Kemendagri abbreviations anywhere in a name, and the cap on distinct unknown names per file."""

from __future__ import annotations

import random
import string
import time

import pytest

from ovop_analytics.errors import DataValidationError
from ovop_analytics.ingest import Limits, parse_upload
from ovop_analytics.ingest.region_review import judge
from ovop_analytics.problems import say_error
from ovop_analytics.regions import match_region


@pytest.mark.parametrize("name, code", [
    ("KOTA ADM. JAKARTA TIMUR", "31.75"), ("Kota Adm Jakarta Timur", "31.75"), ("KOTA ADM.JAKARTA TIMUR", "31.75"),
    ("KOTA ADMINISTRASI JAKARTA PUSAT", "31.71"), ("Jakarta Selatan", "31.74"),
    ("KAB. ADM. KEP. SERIBU", "31.01"), ("KAB.ADM.KEP.SERIBU", "31.01"), ("KAB. ADMINISTRASI KEPULAUAN SERIBU", "31.01"),
    ("Kab Adm Kepl Seribu", "31.01"), ("Kepulauan Seribu", "31.01"),
    ("KAB. SIAU TAGULANDANG BIARO", "71.09"), ("Kab. Kep. Siau Tagulandang Biaro", "71.09"),
    ("KABUPATEN KEPULAUAN SIAU TAGULANDANG BIARO", "71.09"),
    ("KAB. KEPL. MENTAWAI", "13.09"), ("Kab Mentawai", "13.09"), ("KAB. BANYUMAS", "33.02"), ("Kab Banyumas", "33.02"),
    ("KOTAMADYA BANDUNG", "32.73"), ("Kodya Bandung", "32.73"), ("KODYA. YOGYAKARTA", "34.71"),
    ("Kota Tidore Kepulauan", "82.72"), ("Kab. Pangkajene dan Kep.", "73.10"),
])
def test_abbreviations_match_the_right_kabupaten_kota(name: str, code: str) -> None:
    found, status, _ = judge(name, "kabupaten_kota")
    assert (found.code, status, found.method) == (code, "matched", "name")


@pytest.mark.parametrize("name, code", [
    ("PROV. JAWA TENGAH", "33"), ("Prov Jawa Tengah", "33"), ("PROVINSI DKI JAKARTA", "31"), ("Propinsi Riau", "14"),
    ("Prov. Kep. Riau", "21"), ("KEPL. RIAU", "21"), ("Riau", "14"), ("Kep. Bangka Belitung", "19"),
])
def test_abbreviations_match_the_right_province(name: str, code: str) -> None:
    assert match_region(name, "province").code == code


def test_twenty_thousand_unknown_names_are_refused_quickly_with_a_clear_problem() -> None:
    rng = random.Random(10)
    rows = [f"Kab. {''.join(rng.choices(string.ascii_lowercase, k=12))},2019,kemenkop_ovop" for _ in range(20_000)]
    data = ("kabupaten_kota,tahun,program\n" + "\n".join(rows)).encode()
    started = time.perf_counter()
    with pytest.raises(DataValidationError) as refused:
        parse_upload(data, "rubbish.csv")
    elapsed = time.perf_counter() - started
    assert elapsed < 10, elapsed  # generous for a loaded CI machine; ~0.7 s measured
    reason = refused.value.args[0]
    assert reason.code == "too_many_region_names" and reason.params == {"count": 20_000, "limit": 2000}
    assert "20.000" in say_error(refused.value, "id") and "20,000" in say_error(refused.value, "en")


def test_the_cap_is_a_setting_and_files_under_it_are_matched() -> None:
    data = b"kabupaten_kota,tahun,program\nKab. Atlantis,2019,kemenkop_ovop\nKab. Lemuria,2019,kemenkop_ovop\n"
    limits = Limits(10 ** 6, 1000, 50, max_unknown_region_names=1)
    with pytest.raises(DataValidationError):
        parse_upload(data, "two.csv", limits=limits)
    parsed = parse_upload(data, "two.csv", limits=Limits(10 ** 6, 1000, 50, max_unknown_region_names=2))
    assert parsed.summary.regions_unmatched == 2
