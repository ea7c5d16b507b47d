"""Settings: each one documented in the README; OVOP_DATA_DIR moves the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from ovop_analytics import config

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


@pytest.mark.parametrize("setting", config.SETTINGS, ids=lambda s: s.env)
def test_every_setting_is_documented(setting: config.Setting) -> None:
    assert f"`{setting.env}`" in README, f"{setting.env} is missing from README's configuration table"


def test_data_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OVOP_DATA_DIR", str(tmp_path / "elsewhere"))
    assert config.database_path() == tmp_path / "elsewhere" / "ovop.duckdb"
    assert (tmp_path / "elsewhere").is_dir()


def test_default_data_dir_is_inside_the_project(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OVOP_DATA_DIR", raising=False)
    assert config.get("data_dir") == str(config.PROJECT_DIR / "data")
