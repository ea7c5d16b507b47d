"""`ovop-analytics stats --metrics`: the values printed equal the unit-tested pure definitions."""

from __future__ import annotations

import io
import json
import math

import pandas as pd
import pytest

from ovop_analytics.cli import main
from ovop_analytics.metrics import diversity, growth
from ovop_analytics.metrics.registry import GROUP_CODES
from ovop_analytics.store import Store, get_dataset

BASE_FIELDS = ["region_code", "region_name", "ikm_ovop", "types", "commodity_groups"]


def _refuse_constant(name: str) -> None:
    raise AssertionError(f"JSON output contains {name}")


def _run_json(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    assert main(["stats", "--dataset", "demo", "--format", "json", *args]) == 0
    return json.loads(capsys.readouterr().out, parse_constant=_refuse_constant)


def _demo_records(store: Store) -> pd.DataFrame:
    demo = get_dataset(store, "demo")
    frame = store.query("SELECT * FROM ovop_records WHERE dataset_id = ?", [demo.id])
    frame["province"] = frame["region_code"].str.split(".").str[0]
    return frame


@pytest.mark.parametrize("province", ["33", "11", "35"])
def test_stats_metrics_equal_the_pure_definitions(capsys: pytest.CaptureFixture[str], store: Store,
                                                  province: str) -> None:
    rows = _run_json(capsys, "--level", "province", "--metrics",
                     "shannon,gini_simpson,hhi,coverage_types,uniqueness,cagr", "--from-year", "2013",
                     "--to-year", "2024")
    assert len(rows) == 38
    row = next(r for r in rows if r["region_code"] == province)
    assert list(row) == [*BASE_FIELDS, "shannon", "gini_simpson", "hhi", "coverage_types", "uniqueness", "cagr",
                         "cagr_note"]

    records = _demo_records(store)
    in_period = records[records["year"].between(2013, 2024)]
    mine = in_period[in_period["province"] == province]
    counts = mine["commodity_group"].value_counts().reindex(list(GROUP_CODES), fill_value=0).tolist()
    assert row["shannon"] == pytest.approx(diversity.shannon(counts))
    assert row["gini_simpson"] == pytest.approx(diversity.gini_simpson(counts))
    assert row["hhi"] == pytest.approx(diversity.hhi(counts))

    # coverage_types and uniqueness share the period basis of "types": records dated 2013-2024
    types_here = set(mine["type_code"].dropna())
    assert row["types"] == len(types_here)
    assert row["coverage_types"] == pytest.approx(len(types_here) / 108)
    provinces_per_type = in_period.dropna(subset=["type_code"]).groupby("type_code")["province"].nunique()
    assert row["uniqueness"] == pytest.approx(sum(1 / provinces_per_type[t] for t in types_here) / len(types_here))

    awards = records[(records["program"] == "kemenperin_ovop_award") & (records["province"] == province)]
    expected = growth.cagr((awards["year"] <= 2013).sum(), (awards["year"] <= 2024).sum(), 11)
    assert row["cagr"] == (pytest.approx(expected) if isinstance(expected, float) else expected)


def test_stats_jawa_tengah_covers_76_of_108(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    rows = _run_json(capsys, "--level", "province", "--metrics", "coverage_types")
    jateng = next(r for r in rows if r["region_code"] == "33")
    assert jateng["coverage_types"] == pytest.approx(76 / 108)
    assert round(jateng["coverage_types"] * 100, 1) == 70.4


def test_stats_json_uses_null_and_new_never_nan(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    """Papua Selatan has no demo records: its diversity is null; some province grows from nothing: "new"."""
    rows = _run_json(capsys, "--level", "province", "--metrics", "evenness,lq_gerabah,cagr",
                     "--from-year", "2013", "--to-year", "2024")
    papua_selatan = next(r for r in rows if r["region_code"] == "93")
    assert papua_selatan["evenness"] is None and papua_selatan["lq_gerabah"] is None
    assert papua_selatan["cagr"] is None and papua_selatan["cagr_note"] == "no data"
    # growth from nothing has no rate: the number is null and the note says "new" (issue 18)
    assert any(r["cagr"] is None and r["cagr_note"] == "new" for r in rows)
    assert all(isinstance(r["cagr"], float) and r["cagr_note"] is None for r in rows if r["cagr"] is not None)
    for r in rows:
        for value in r.values():
            assert not (isinstance(value, float) and not math.isfinite(value))


def test_stats_csv_cagr_column_parses_as_numbers(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    """A spreadsheet, pandas or R reads `cagr` as a number column: empty where undefined, with the reason
    in `cagr_note` ("new", "no data"); never the word "new" inside the numbers."""
    assert main(["stats", "--dataset", "demo", "--level", "province", "--metrics", "cagr", "--format", "csv",
                 "--from-year", "2013", "--to-year", "2024"]) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype={"region_code": str})
    assert pd.api.types.is_float_dtype(frame["cagr"])
    assert set(frame["cagr_note"].dropna()) <= {"new", "no data"} and (frame["cagr_note"] == "new").any()
    assert frame.loc[frame["cagr_note"].notna(), "cagr"].isna().all()
    assert list(frame.columns).index("cagr_note") == list(frame.columns).index("cagr") + 1


def test_stats_without_metrics_is_unchanged(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    rows = _run_json(capsys, "--level", "kabupaten_kota", "--year", "2015")
    assert len(rows) == 514 and all(list(r) == BASE_FIELDS for r in rows)


def test_stats_metrics_as_csv(capsys: pytest.CaptureFixture[str], store: Store) -> None:
    assert main(["stats", "--dataset", "demo", "--level", "province", "--metrics", "richness,hhi",
                 "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ",".join([*BASE_FIELDS, "richness", "hhi"]) and len(lines) == 39


@pytest.mark.parametrize("args, message", [
    (["--metrics", "shannon,entropy"], "Unknown metric 'entropy'. Valid metrics: ikm_ovop"),
    (["--metrics", "cagr", "--year", "2015", "--from-year", "2013"], "either --year or --from-year"),
    (["--metrics", "cagr", "--from-year", "2018", "--to-year", "2018"], "end year after the start year"),
])
def test_stats_bad_metric_arguments_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], store: Store,
                                                         args: list[str], message: str) -> None:
    assert main(["stats", "--dataset", "demo", "--level", "province", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1 and message in captured.err
