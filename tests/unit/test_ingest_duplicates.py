"""The duplicate-row check on both of its paths: pyarrow codes for small files, DuckDB hashes for large ones.

Large files (validate.HASH_ROWS rows and more) tell free-text values apart by 64-bit hashes; these tests
lower the threshold so small hand-made files take that path too, and force hash collisions to show that
a collision never reports two different rows as one.
"""

from __future__ import annotations

import pytest

from ovop_analytics.ingest import parse_upload, validate

HEADER = "kode_wilayah,tahun,program,nama_ikm"
REPEAT = ("repeats row {} exactly (every column the same); remove it, or mark the rows as separate records "
          "if they really are two records")

CASES = {
    "every name different": ("33.02,2019,kemenkop_ovop,UD Sari\n33.02,2019,kemenkop_ovop,UD Jaya\n", []),
    "a name repeated in another year": (
        "33.02,2019,kemenkop_ovop,UD Sari\n33.02,2020,kemenkop_ovop,UD Sari\n", []),
    "a row repeated, spelled differently": (
        "33.02,2019,kemenkop_ovop,UD Sari\n33.03,2019,kemenkop_ovop,UD Sari\n3302,2019,Kemenkop UKM, UD Sari \n",
        ["row 4: " + REPEAT.format(2)]),
    "two rows repeated twice": (
        "33.02,2019,kemenkop_ovop,A\n33.02,2019,kemenkop_ovop,B\n33.02,2019,kemenkop_ovop,A\n"
        "33.02,2019,kemenkop_ovop,B\n33.02,2019,kemenkop_ovop,A\n",
        ["row 4: " + REPEAT.format(2), "row 5: " + REPEAT.format(3), "row 6: " + REPEAT.format(2)]),
    "empty names are one value": (
        "33.02,2019,kemenkop_ovop,\n33.02,2019,kemenkop_ovop,\n33.02,2019,kemenkop_ovop,C\n",
        ["row 3: " + REPEAT.format(2)]),
}


def problems(body: str) -> list[str]:
    parsed = parse_upload((HEADER + "\n" + body).encode(), "ovop.csv")
    return [str(problem) for problem in parsed.problems]


@pytest.mark.parametrize("hash_rows", [10**9, 0], ids=["pyarrow codes", "duckdb hashes"])
@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_both_paths_find_the_same_repeated_rows(case: tuple[str, list[str]], hash_rows: int,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate, "HASH_ROWS", hash_rows)
    body, expected = case
    assert problems(body) == expected


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_a_hash_collision_never_makes_different_rows_repeats(case: tuple[str, list[str]],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text given the same hash: the rows reported are compared by value, and only true repeats stay."""
    monkeypatch.setattr(validate, "HASH_ROWS", 0)
    monkeypatch.setattr(validate, "_HASH_SQL", "SELECT 42::UBIGINT AS h FROM texts")
    body, expected = case
    assert problems(body) == expected


def test_unique_names_end_the_check_early_on_the_hash_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """A field that never repeats proves no row repeats: no codes are kept for any free-text field."""
    monkeypatch.setattr(validate, "HASH_ROWS", 0)
    data = (HEADER + ",produk\n" + "".join(f"33.02,2019,kemenkop_ovop,IKM {i},kopi\n" for i in range(50))).encode()
    parsed = parse_upload(data, "ovop.csv")
    assert parsed.checked.unique_fields == {"entity_name"} and parsed.checked.codes == {}
    assert parsed.problems == []
