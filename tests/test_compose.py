"""docker-compose.yml, Dockerfile and .env.example, checked offline: schema, shape, settings."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from monitor.assets import SCHEDULE_ENV_NAMES
from monitor.settings import ENV_NAMES, load_settings

REPO = Path(__file__).resolve().parents[1]
COMPOSE = REPO / "docker-compose.yml"
SCHEMA = Path(__file__).with_name("schemas") / "compose-spec.json"
AIRFLOW_SERVICES = {
    "airflow-init",
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "airflow-worker",
}
TASK_RUNNERS = ("airflow-scheduler", "airflow-worker")  # LocalExecutor / CeleryExecutor
# Settings that differ in production and so must be set (or passed through) by compose.
PRODUCTION_SETTINGS = {
    "MONITOR_WAREHOUSE_URL",
    "MONITOR_STAGING",
    "MONITOR_FEEDS",
    "MONITOR_ALERTS",
    "MONITOR_ALERT_URLS",
    "MONITOR_OPS_ALERT_URLS",
    "MONITOR_SCHEDULE",
}
AIRFLOW_SETTINGS = {
    "AIRFLOW__CORE__EXECUTOR",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC",
    "AIRFLOW__CORE__FERNET_KEY",
    "AIRFLOW__API_AUTH__JWT_SECRET",
    "AIRFLOW__CORE__LOAD_EXAMPLES",
    "AIRFLOW__CORE__EXECUTION_API_SERVER_URL",
    "AIRFLOW__CELERY__BROKER_URL",
    "AIRFLOW__CELERY__RESULT_BACKEND",
    "AIRFLOW__CORE__DAGS_FOLDER",
    "AIRFLOW__CORE__PLUGINS_FOLDER",
}
VARIABLE = re.compile(r"\$\{(?P<name>\w+)(?:(?P<op>:?[-?])(?P<arg>[^}]*))?\}")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def env_example() -> dict[str, str]:
    values: dict[str, str] = {}
    for line in (REPO / ".env.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            values[name.strip()] = value.strip()
    return values


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's ${NAME}, ${NAME:-default}, ${NAME:?error} and $$ escaping."""

    def replace(match: re.Match[str]) -> str:
        name, op, arg = match["name"], match["op"], match["arg"]
        current = env.get(name)
        if op and op.startswith(":") and not current:
            current = None
        if current is not None:
            return current
        if op and op.endswith("?"):
            raise KeyError(f"{name}: {arg}")
        return arg if op and op.endswith("-") else ""

    return VARIABLE.sub(replace, value).replace("$$", "$")


def service_env(compose: dict[str, Any], service: str) -> dict[str, str]:
    env = compose["services"][service].get("environment") or {}
    return {key: str(value) for key, value in env.items()}


def test_valid_against_the_compose_specification(compose: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = [
        f"{error.json_path}: {error.message}"
        for error in jsonschema.Draft202012Validator(schema).iter_errors(compose)
    ]
    assert not errors, "\n".join(errors)


def test_services_follow_the_airflow_pattern(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert AIRFLOW_SERVICES | {"postgres", "redis"} == set(services)
    common = compose["x-airflow-common"]
    assert common["build"] == "." and common["env_file"] == ".env"
    for name in AIRFLOW_SERVICES:
        service = services[name]
        # The shared anchor: every Airflow container sees the same configuration and mounts.
        assert (
            service_env(compose, name).items()
            >= service_env({"services": {"c": common}}, "c").items()
        ), name
        assert "./dags:/opt/airflow/dags:ro" in service["volumes"]
        assert "./plugins:/opt/airflow/plugins:ro" in service["volumes"]
        waits_for = service["depends_on"]
        assert waits_for["postgres"]["condition"] == "service_healthy"
        if name not in ("airflow-init", "airflow-worker"):
            assert waits_for["airflow-init"]["condition"] == "service_completed_successfully"
    worker = services["airflow-worker"]["depends_on"]
    assert worker["redis"]["condition"] == worker["airflow-apiserver"]["condition"]
    for name in ("airflow-apiserver", "airflow-scheduler", "airflow-dag-processor"):
        assert "healthcheck" in services[name]
    assert services["airflow-init"]["command"] == ["db", "migrate"]
    assert services["airflow-dag-processor"]["command"] == "dag-processor"
    # Scale-out profile: Redis and Celery workers only with --profile celery.
    assert services["redis"]["profiles"] == ["celery"]
    assert services["airflow-worker"]["profiles"] == ["celery"]
    assert services["airflow-worker"]["command"] == "celery worker"


def test_ports_are_bound_to_loopback(compose: dict[str, Any]) -> None:
    published = [
        (name, port)
        for name, service in compose["services"].items()
        for port in service.get("ports", [])
    ]
    assert published, "the UI must be published"
    for name, port in published:
        assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} on all interfaces"


def test_every_required_variable_is_in_env_example(
    compose: dict[str, Any], env_example: dict[str, str]
) -> None:
    text = COMPOSE.read_text(encoding="utf-8").replace("$$", "")  # $$ escapes a literal $
    required = {m["name"] for m in VARIABLE.finditer(text) if not (m["op"] or "").endswith("-")}
    assert required, "secrets must be required (${NAME:?...}), not defaulted"
    assert required <= set(env_example), required - set(env_example)
    for secret in (
        "POSTGRES_PASSWORD",
        "AIRFLOW__CORE__FERNET_KEY",
        "AIRFLOW__API_AUTH__JWT_SECRET",
    ):
        assert secret in required
        assert env_example[secret] in ("", "change-me"), f"{secret} has a value in .env.example"
    assert "/.env" in (REPO / ".gitignore").read_text(encoding="utf-8").split()


def test_settings_the_code_reads_are_provided(
    compose: dict[str, Any], env_example: dict[str, str]
) -> None:
    known = set(ENV_NAMES.values()) | set(SCHEDULE_ENV_NAMES)
    text = COMPOSE.read_text(encoding="utf-8") + (REPO / ".env.example").read_text("utf-8")
    mentioned = set(re.findall(r"\bMONITOR_[A-Z_]+\b", text))
    assert mentioned <= known, f"unknown settings: {mentioned - known}"
    assert known >= PRODUCTION_SETTINGS
    for name in AIRFLOW_SERVICES:
        env = service_env(compose, name)
        assert set(env) >= PRODUCTION_SETTINGS, (name, PRODUCTION_SETTINGS - set(env))
        assert set(env) >= AIRFLOW_SETTINGS, (name, AIRFLOW_SETTINGS - set(env))
        assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "false"


def test_settings_resolve_to_a_working_production_configuration(
    compose: dict[str, Any], env_example: dict[str, str]
) -> None:
    secrets = {"AIRFLOW__CORE__FERNET_KEY": "x", "AIRFLOW__API_AUTH__JWT_SECRET": "y"}
    dotenv = {**env_example, **secrets}
    for name in TASK_RUNNERS:
        env = {k: interpolate(v, dotenv) for k, v in service_env(compose, name).items()}
        settings = load_settings(environ={**dotenv, **env})
        assert settings.warehouse_url.startswith("postgresql+psycopg://airflow:change-me@postgres")
        assert settings.warehouse_url.endswith("/warehouse")
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].endswith("@postgres:5432/airflow")
        # Staging is a volume shared by every container that runs tasks.
        assert f"staging:{settings.staging_dir}" in compose["services"][name]["volumes"]
        assert settings.allow_private_networks is False
    init_sql = (REPO / "deploy/postgres-init/10-warehouse.sql").read_text(encoding="utf-8")
    assert "CREATE DATABASE warehouse" in init_sql
    executor = interpolate(service_env(compose, "airflow-worker")["AIRFLOW__CORE__EXECUTOR"], {})
    assert executor == "LocalExecutor"
    celery = {"AIRFLOW_EXECUTOR": "CeleryExecutor"}
    assert interpolate("${AIRFLOW_EXECUTOR:-LocalExecutor}", celery) == "CeleryExecutor"


def test_dockerfile_installs_the_lock_then_the_project() -> None:
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    pin = next(d for d in pyproject["project"]["dependencies"] if d.startswith("apache-airflow=="))
    version = pin.split("==", 1)[1]
    assert re.search(rf"^FROM apache/airflow:{re.escape(version)}$", dockerfile, re.MULTILINE)
    assert "COPY --chown=airflow:0 pyproject.toml uv.lock" in dockerfile
    assert "uv export" in dockerfile and "--frozen" in dockerfile and "--no-dev" in dockerfile
    assert "--require-hashes" in dockerfile
    assert "--no-deps /opt/news-monitor" in dockerfile
    # The export the image runs works from the committed lock, offline.
    exported = subprocess.run(
        [
            str(REPO / ".venv/bin/uv"),
            "export",
            "--project",
            str(REPO),
            "--frozen",
            "--no-dev",
            "--no-emit-project",
            "--format",
            "requirements-txt",
            "--quiet",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert f"apache-airflow=={version}" in exported
    assert "--hash=sha256:" in exported
    assert "\npytest==" not in exported and "\nplaywright==" not in exported
