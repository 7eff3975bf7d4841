"""Shared fixtures: loopback web server, settings for tests, DuckDB and PostgreSQL warehouses."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from monitor.settings import Settings
from tests.webserver import LoopbackWeb

POSTGRES_ADMIN_URL = os.environ.get(
    "MONITOR_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test"
)


@pytest.fixture
def web() -> Iterator[LoopbackWeb]:
    server = LoopbackWeb().start()
    yield server
    server.stop()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Fast, loopback-friendly settings; everything else stays at the product defaults."""
    return Settings(
        warehouse_url=f"duckdb:///{tmp_path}/warehouse.duckdb",
        staging_dir=str(tmp_path / "staging"),
        allow_private_networks=True,
        per_host_delay=0.0,
        max_retry_wait=5.0,
        io_workers=4,
        extract_workers=2,
    )


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database per test. CI sets MONITOR_REQUIRE_POSTGRES=1: fail, not skip."""
    admin = sa.create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"monitor_test_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        if os.environ.get("MONITOR_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL required but unreachable at {POSTGRES_ADMIN_URL}: {exc}")
        pytest.skip(f"PostgreSQL unreachable at {POSTGRES_ADMIN_URL}")
    url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["duckdb", "postgresql"])
def warehouse_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "duckdb":
        return f"duckdb:///{tmp_path}/warehouse.duckdb"
    return str(request.getfixturevalue("postgres_url"))
