"""The `ovop-analytics` command: init, datasets, stats, and one-line errors with exit status 2."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ovop_analytics.cli import main
from ovop_analytics.store import Store, get_dataset
from tests.support.oracles import national_summary


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.slow
def test_init_creates_then_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("OVOP_DATA_DIR", str(tmp_path))
    code, out, _ = run(capsys, "init")
    assert code == 0 and "datasets loaded: reference, demo" in out
    before = Store(tmp_path / "ovop.duckdb").query("SELECT count(*) AS n FROM ovop_records").n[0]
    code, out, _ = run(capsys, "init")
    assert code == 0 and "none (all present)" in out and "none (schema current)" in out
    assert Store(tmp_path / "ovop.duckdb").query("SELECT count(*) AS n FROM ovop_records").n[0] == before


def test_datasets_lists_kind_rows_and_synthetic(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "datasets", "--format", "json")
    rows = {r["name"]: r for r in json.loads(out)}
    assert rows["reference"]["kind"] == "reference" and rows["reference"]["synthetic"] == "no"
    assert rows["reference"]["rows"] == 41
    assert rows["demo"]["synthetic"] == "yes" and rows["demo"]["rows"] > 1000
    code, out, _ = run(capsys, "datasets")
    assert out.splitlines()[0].split() == ["name", "kind", "rows", "synthetic"]


def test_stats_province_json_has_38_rows_and_jawa_tengah_has_76_types(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", "--dataset", "demo", "--level", "province", "--format", "json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 38
    assert set(rows[0]) >= {"region_code", "region_name", "ikm_ovop", "types", "commodity_groups"}
    assert next(r for r in rows if r["region_code"] == "33")["types"] == 76
    assert sum(r["ikm_ovop"] for r in rows) == 418


def test_national_catalogue_of_the_demo_is_108(store: Store) -> None:
    summary = national_summary(store, get_dataset(store, "demo").id)
    assert summary["types_present"] == 108 and summary["catalogue_size"] == 108


def test_stats_kabupaten_kota_csv_has_514_rows(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", "--dataset", "demo", "--level", "kabupaten_kota", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 514 and rows[0]["region_code"] == "11.01"


def test_stats_of_one_round(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", "--dataset", "demo", "--level", "province", "--year", "2015")
    assert sum(r["ikm_ovop"] for r in json.loads(out)) == 110  # the published 2015 total


@pytest.mark.parametrize("args, message", [
    (("stats", "--dataset", "nope", "--level", "province"), "Unknown dataset 'nope'"),
    (("stats", "--dataset", "demo", "--level", "district"), "Level must be 'province' or 'kabupaten_kota'"),
    (("stats", "--dataset", "demo"), "required: --level"),
])
def test_errors_are_one_line_and_exit_2(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                        args: tuple[str, ...], message: str) -> None:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = exit_.code
    _, err = capsys.readouterr()
    assert code == 2
    assert message in err and err.startswith("ovop-analytics: error:")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.slow
def test_module_entry_point_runs(data_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "ovop_analytics", "datasets"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and "demo" in result.stdout
