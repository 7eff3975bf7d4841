"""One settings object for the whole pipeline: defaults, then a YAML file, then the environment."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_FEEDS_PATH = PACKAGE_DIR / "feeds.yaml"
DEFAULT_WAREHOUSE_URL = "duckdb:///data/warehouse.duckdb"
DEFAULT_USER_AGENT = (
    "news-monitor/0.1 (+https://github.com/news-monitor/news-monitor; foreign-affairs feed monitor)"
)

# Environment variable for each setting; a setting without one is configurable only by file.
ENV_NAMES = {
    "feeds_path": "MONITOR_FEEDS",
    "warehouse_url": "MONITOR_WAREHOUSE_URL",
    "topics_path": "MONITOR_TOPICS",
    "staging_dir": "MONITOR_STAGING",
    "user_agent": "MONITOR_USER_AGENT",
    "connect_timeout": "MONITOR_CONNECT_TIMEOUT",
    "read_timeout": "MONITOR_READ_TIMEOUT",
    "response_deadline": "MONITOR_RESPONSE_DEADLINE",
    "max_response_bytes": "MONITOR_MAX_RESPONSE_BYTES",
    "max_retries": "MONITOR_MAX_RETRIES",
    "max_retry_wait": "MONITOR_MAX_RETRY_WAIT",
    "per_host_delay": "MONITOR_PER_HOST_DELAY",
    "io_workers": "MONITOR_IO_WORKERS",
    "extract_workers": "MONITOR_EXTRACT_WORKERS",
    "allow_private_networks": "MONITOR_ALLOW_PRIVATE_NETWORKS",
    "max_entries_per_feed": "MONITOR_MAX_ENTRIES_PER_FEED",
    "dead_feed_after": "MONITOR_DEAD_FEED_AFTER",
    "alert_urls": "MONITOR_ALERT_URLS",
    "alerts_path": "MONITOR_ALERTS",
    "alert_max_attempts": "MONITOR_ALERT_MAX_ATTEMPTS",
    "alert_retry_delay": "MONITOR_ALERT_RETRY_DELAY",
    "ops_alert_urls": "MONITOR_OPS_ALERT_URLS",
}
CONFIG_FILE_ENV = "MONITOR_CONFIG"


class SettingsError(ValueError):
    """Bad configuration: the message is one line that names the setting and the problem."""


@dataclass(frozen=True)
class Settings:
    feeds_path: Path = DEFAULT_FEEDS_PATH
    warehouse_url: str = DEFAULT_WAREHOUSE_URL
    topics_path: Path | None = None
    staging_dir: str = "data/staging"
    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    response_deadline: float = 60.0
    max_response_bytes: int = 10 * 1024 * 1024
    max_retries: int = 3
    max_retry_wait: float = 120.0
    per_host_delay: float = 1.0
    io_workers: int = 8
    extract_workers: int = field(default_factory=lambda: max(1, os.cpu_count() or 1))
    allow_private_networks: bool = False
    max_entries_per_feed: int = 200
    dead_feed_after: int = 5
    alert_urls: tuple[str, ...] = ()
    alerts_path: Path | None = None
    alert_max_attempts: int = 6  # then an alert is marked failed
    alert_retry_delay: float = 300.0  # seconds before the first retry; doubles each time
    ops_alert_urls: tuple[str, ...] = ()  # Apprise URLs for operations notices (task failures)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


def load_settings(
    config_path: str | Path | None = None,
    environ: Mapping[str, str] | None = None,
    **overrides: Any,
) -> Settings:
    """Defaults, then the YAML file (`config_path` or $MONITOR_CONFIG), then the environment,
    then explicit `overrides` (command-line options); None-valued overrides are ignored."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    config_path = config_path or env.get(CONFIG_FILE_ENV)
    if config_path:
        values.update(_read_config_file(Path(config_path)))
    for name, env_name in ENV_NAMES.items():
        if env.get(env_name, "").strip():
            values[name] = env[env_name]
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Settings(**{name: _coerce(name, raw) for name, raw in values.items()})


def _read_config_file(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise SettingsError(f"cannot read config file {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise SettingsError(f"config file {path} is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise SettingsError(f"config file {path} must hold a mapping of settings")
    return data


_FIELD_TYPES = {f.name: f.type for f in fields(Settings)}


def _coerce(name: str, raw: Any) -> Any:
    if name not in _FIELD_TYPES:
        raise SettingsError(f"unknown setting {name!r}")
    kind = str(_FIELD_TYPES[name])
    try:
        if kind.startswith("Path"):
            return Path(raw).expanduser() if raw not in (None, "") else None
        if kind == "bool":
            return _parse_bool(raw)
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind.startswith("tuple"):
            return tuple(raw.split() if isinstance(raw, str) else raw)
        return str(raw)
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"setting {name} has an invalid value {raw!r}: {exc}") from exc


def _parse_bool(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError("expected a boolean (1/0, true/false, yes/no)")
