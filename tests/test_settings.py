from __future__ import annotations

from pathlib import Path

import pytest

from monitor.settings import DEFAULT_WAREHOUSE_URL, SettingsError, load_settings


def test_defaults() -> None:
    settings = load_settings(environ={})
    assert settings.warehouse_url == DEFAULT_WAREHOUSE_URL
    assert settings.feeds_path.name == "feeds.yaml"
    assert settings.allow_private_networks is False


def test_file_then_environment_then_overrides(tmp_path: Path) -> None:
    config = tmp_path / "monitor.yaml"
    config.write_text(
        "warehouse_url: duckdb:///from-file.duckdb\nio_workers: 3\nper_host_delay: 2\n"
    )
    env = {
        "MONITOR_CONFIG": str(config),
        "MONITOR_IO_WORKERS": "5",
        "MONITOR_ALLOW_PRIVATE_NETWORKS": "1",
        "MONITOR_ALERT_URLS": "json://a  json://b",
    }
    settings = load_settings(environ=env, per_host_delay=None)
    assert settings.warehouse_url == "duckdb:///from-file.duckdb"
    assert settings.io_workers == 5
    assert settings.per_host_delay == 2.0
    assert settings.allow_private_networks is True
    assert settings.alert_urls == ("json://a", "json://b")
    assert load_settings(environ=env, io_workers=9).io_workers == 9


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"MONITOR_IO_WORKERS": "many"}, "io_workers has an invalid value"),
        ({"MONITOR_ALLOW_PRIVATE_NETWORKS": "maybe"}, "expected a boolean"),
        ({"MONITOR_CONFIG": "/nonexistent/monitor.yaml"}, "cannot read config file"),
    ],
)
def test_bad_values_are_one_line_errors(env: dict[str, str], message: str) -> None:
    with pytest.raises(SettingsError, match=message) as info:
        load_settings(environ=env)
    assert "\n" not in str(info.value)


def test_unknown_setting_in_file(tmp_path: Path) -> None:
    config = tmp_path / "monitor.yaml"
    config.write_text("colour: red\n")
    with pytest.raises(SettingsError, match="unknown setting 'colour'"):
        load_settings(config, environ={})
