"""The two ways pyarrow splits a CSV into rows: quote-aware (a quoted value may hold a line break) and plain
(used when the text has no quote character at all, so no value can span lines). Both must read the same rows."""

from __future__ import annotations

import pytest

from ovop_analytics.ingest import parse_upload

ROWS = [("33.02", "2019", "UD Sari"), ("33.03", "2020", "UD Jaya, Cabang 2"), ("33.04", "2021", "Kopi Rasa")]


def plain(rows: list[tuple[str, str, str]], newline: str) -> bytes:
    lines = ["kode_wilayah;tahun;nama_ikm"] + [";".join(row) for row in rows]
    return (newline.join(lines) + newline).encode()


def quoted(rows: list[tuple[str, str, str]], newline: str) -> bytes:
    lines = ['"kode_wilayah";"tahun";"nama_ikm"'] + [";".join(f'"{cell}"' for cell in row) for row in rows]
    return (newline.join(lines) + newline).encode()


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["LF", "CRLF"])
def test_quoted_and_unquoted_files_read_the_same_rows(newline: str) -> None:
    frames = [parse_upload(build(ROWS, newline), "ovop.csv", default_program="kemenkop_ovop").frame
              for build in (plain, quoted)]
    for frame in frames:
        assert frame["row"].tolist() == [2, 3, 4]
        assert frame["entity_name"].tolist() == [name for _, _, name in ROWS]
        assert frame["year"].tolist() == [2019, 2020, 2021]


def test_a_quoted_value_with_a_line_break_stays_one_row() -> None:
    data = b'kode_wilayah,tahun,nama_ikm\n33.02,2019,"UD Sari\nJl. Merdeka 1"\n33.03,2020,UD Jaya\n'
    parsed = parse_upload(data, "ovop.csv", default_program="kemenkop_ovop")
    assert parsed.problems == []
    assert parsed.frame["entity_name"].tolist() == ["UD Sari\nJl. Merdeka 1", "UD Jaya"]
    assert parsed.frame["row"].tolist() == [2, 3]


@pytest.mark.parametrize(("name", "too_long"), [("é" * 2000, False), ("é" * 2001, True), ("e" * 2001, True)],
                         ids=["2,000 two-byte characters", "2,001 two-byte characters", "2,001 one-byte characters"])
def test_text_length_is_counted_in_characters_not_bytes(name: str, too_long: bool) -> None:
    data = f"kode_wilayah,tahun,nama_ikm\n33.02,2019,{name}\n".encode()
    parsed = parse_upload(data, "ovop.csv", default_program="kemenkop_ovop")
    assert any("longer than 2,000 characters" in str(problem) for problem in parsed.problems) == too_long
