"""Every problem code the library raises has a Bahasa Indonesia and an English sentence."""

from __future__ import annotations

import pickle
import re
import string
from pathlib import Path

import pytest

from ovop_analytics.i18n import STRINGS
from ovop_analytics.ingest import parse_upload
from ovop_analytics.problems import Reason, say, say_problem

PROJECT_DIR = Path(__file__).resolve().parents[2]
SOURCES = [*PROJECT_DIR.glob("ovop_analytics/**/*.py"), *PROJECT_DIR.glob("pages/*.py")]
USED = sorted({code for path in SOURCES for code in re.findall(r"\bReason\(\s*\"([a-z0-9_]+)\"", path.read_text())})


def test_codes_are_found_in_the_sources() -> None:
    assert {"year_range", "duplicate_row", "too_many_region_names", "no_region"} <= set(USED)


@pytest.mark.parametrize("code", USED)
def test_every_problem_code_has_both_texts(code: str) -> None:
    key = f"problem_{code}"
    assert key in STRINGS, f"{key} missing in ovop_analytics/texts/workspace.py"
    indonesian, english = STRINGS[key]
    assert indonesian.strip() and english.strip() and indonesian != english
    fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (indonesian, english)]
    assert fields[0] == fields[1]


def test_a_reason_is_its_english_sentence_and_says_itself_in_indonesian() -> None:
    reason = Reason("program_unknown", programs=("kemenkop_ovop", "kemenperin_ovop_award"))
    assert reason == "not a known program: use Kemenkop UKM: OVOP types or Kemenperin: IKM OVOP award"
    assert say(reason, "id") == ("bukan program yang dikenal: gunakan Kemenkop UKM: jenis OVOP atau "
                                 "Kemenperin: penghargaan IKM OVOP")
    assert "kemenkop_ovop" not in say(reason, "id")
    copy = pickle.loads(pickle.dumps(reason))
    assert copy.code == reason.code and say(copy, "id") == say(reason, "id")


def test_problems_of_a_messy_file_read_in_indonesian_without_raw_codes() -> None:
    data = ("kode_wilayah;tahun;program;komoditas;bintang\n33.02;2019/2020;kemenkop_ovop;elektronik;lima\n"
            "33.02;2019;kemenkop_ovop;makanan;9\n").encode("cp1252")
    parsed = parse_upload(data, "messy.csv")
    lines = [say_problem(problem, "id") for problem in parsed.problems]
    assert any(line.startswith("baris 2, kolom 'tahun', nilai '2019/2020': rentang tahun") for line in lines)
    assert "baris 3, kolom 'bintang', nilai '9': bintang bernilai 1 sampai 5" in lines
    assert any("Makanan & Minuman" in line for line in lines)
    assert not any("makanan_minuman" in line or "kemenkop_ovop" in line for line in lines)


@pytest.mark.parametrize("data, filename", [
    (b"%PDF-1.7\n...", "laporan.pdf"), (b"", "kosong.csv"), (b"\xd0\xcf\x11\xe0old", "lama.xls"),
    (b"judul saja\nlain\n", "tanpa_judul.csv"),
    (b"kode_wilayah,nama_ikm\n33.02,caf\xc3\xa9\n33.03,caf\xe9\n", "campur.csv"),
])
def test_unreadable_files_are_refused_in_both_languages(data: bytes, filename: str) -> None:
    from ovop_analytics.errors import UnreadableFileError
    from ovop_analytics.ingest.readers import read_table
    from ovop_analytics.problems import Reason, say_error

    with pytest.raises(UnreadableFileError) as caught:
        read_table(data, filename)
    reason = caught.value.args[0]
    assert isinstance(reason, Reason), f"English-only message: {reason}"
    assert say_error(caught.value, "id") != say_error(caught.value, "en")
