"""Fixing an upload in the browser's grid: edits by file row, re-check, drop, separate records, provenance."""

from __future__ import annotations

import json

from ovop_analytics.ingest import load_parsed, parse_upload
from ovop_analytics.ingest.editing import (DROP, PROBLEM, ROW, SEPARATE, Edits, cell_column, corrected_file,
                                           note_column, problem_grid, recheck, with_grid)
from ovop_analytics.ingest.pipeline import corrections_table
from ovop_analytics.store import Store
from ovop_analytics.workspace import WorkspaceLimits, new_key, owner_of
from tests.fixtures.messy import messy_file

STAR, YEAR = 5, 2  # column indexes of Bintang and Tahun in the messy file


def test_the_messy_file_is_fixed_in_the_grid_and_loaded_with_its_provenance(store: Store) -> None:
    original = parse_upload(messy_file(), "penelitian_ikm.csv")
    assert original.problem_count == 6 and not original.ready
    grid = problem_grid(original, original, Edits(), "id")
    assert grid[ROW].tolist() == [13, 15, 199, 200, 201, 202]
    first = grid.set_index(ROW)
    assert first.at[13, cell_column(STAR)] == "lima"
    assert first.at[13, note_column(STAR)].startswith("bukan peringkat bintang")
    assert first.at[15, note_column(YEAR)].startswith("rentang tahun")
    assert first.at[199, PROBLEM].startswith("sama persis dengan baris 23")
    assert first.at[13, PROBLEM].startswith("Bintang: bukan peringkat bintang")

    edited = grid.copy()
    edited.loc[edited[ROW] == 13, cell_column(STAR)] = "5"
    edited.loc[edited[ROW] == 15, cell_column(YEAR)] = "2019"
    edited.loc[edited[ROW].isin([199, 200]), DROP] = True
    edited.loc[edited[ROW].isin([201, 202]), SEPARATE] = True
    edits = with_grid(Edits(), grid, edited, original.raw)
    assert edits.cells == {(13, STAR): "5", (15, YEAR): "2019"}
    assert edits.dropped == {199, 200} and edits.separate == {201, 202}

    fixed = recheck(original, edits)
    assert fixed.problem_count == 0 and fixed.summary.rows == 198
    assert fixed.summary.encoding == "windows-1252" and fixed.filename == "penelitian_ikm.csv"
    review = corrections_table(fixed)
    assert review["source_name"].tolist() == ["Bandung"]  # Kabupaten or Kota: still for a person
    answer = review.assign(region_code="32.73")[["source_name", "level", "province", "region_code"]]
    fixed = recheck(original, edits, answer)
    assert fixed.ready

    provenance = edits.provenance(original.raw, original.filename)
    dataset = load_parsed(store, fixed, "penelitian_ikm", owner=owner_of(new_key()),
                          limits=WorkspaceLimits(5, 10_000, 30), edits=provenance)
    assert dataset.rows == 198
    stored = json.loads(store.query("SELECT edits FROM dataset_edits WHERE dataset_id = ?",
                                    [dataset.id])["edits"][0])
    assert stored["edited_cells"] == [{"row": 13, "column": "Bintang", "from": "lima", "to": "5"},
                                      {"row": 15, "column": "Tahun", "from": "2019/2020", "to": "2019"}]
    assert stored["dropped_rows"] == [199, 200] and stored["separate_records"] == [201, 202]

    download = corrected_file(original.raw, edits).decode("utf-8-sig").splitlines()
    assert len(download) == 1 + 198 and download[0].startswith("Provinsi,Kabupaten/Kota,Tahun")
    assert parse_upload(corrected_file(original.raw, edits), "again.csv",
                        separate_rows=frozenset()).problem_count == 2  # the two kept repeats, without the marks


def test_changing_a_cell_back_forgets_the_edit_and_grid_rows_follow_the_problems() -> None:
    original = parse_upload(messy_file(), "penelitian_ikm.csv")
    grid = problem_grid(original, original, Edits(), "en")
    edited = grid.copy()
    edited.loc[edited[ROW] == 13, cell_column(STAR)] = "4"
    edits = with_grid(Edits(), grid, edited, original.raw)
    fixed = recheck(original, edits)
    grid = problem_grid(fixed, original, edits, "en")
    assert 13 not in grid[ROW].tolist() and grid[ROW].tolist()[0] == 15
    back = grid.copy()
    edits = with_grid(edits, grid, back, original.raw)
    assert edits.cells == {(13, STAR): "4"}
    regrid = problem_grid(original, original, edits, "en")
    again = regrid.copy()
    again.loc[again[ROW] == 13, cell_column(STAR)] = "lima"
    assert with_grid(edits, regrid, again, original.raw).cells == {}
