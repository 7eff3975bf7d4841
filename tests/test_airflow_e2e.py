"""End to end under real Airflow processes: `airflow standalone`, then a CeleryExecutor cluster."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
import pytest
import requests
import sqlalchemy as sa
import yaml

from monitor import warehouse
from monitor.demoweb import demo_base_url, demo_feeds_yaml, make_demo_server
from monitor.demoweb import serve_forever_in_thread as serve_demo
from tests.airflow_env import DAGS, PLUGINS, REPO
from tests.test_plugin import ARTIFACTS, check_page_in_browser

# Slow but in CI: each test starts real Airflow processes (pyproject's 300 s is too tight).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

VENV_BIN = REPO / ".venv" / "bin"
REDIS_URL = os.environ.get("MONITOR_TEST_REDIS", "redis://127.0.0.1:6379/0")
START_TIMEOUT = 150  # seconds; standalone answers after ~25-35 s on a fresh home here
RUN_TIMEOUT = 300


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Airflow:
    """Airflow processes started by a test, each in its own process group, and its API."""

    home: Path
    env: dict[str, str]
    url: str
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    token: str | None = None

    def start(self, name: str, *args: str) -> None:
        log = (self.home / f"{name}.log").open("ab")
        self.processes[name] = subprocess.Popen(
            [str(VENV_BIN / "airflow"), *args],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own group: stopped as a whole, like Ctrl-C would
        )

    def logs(self, lines: int = 40) -> str:
        tails = []
        for path in sorted(self.home.glob("*.log")):
            text = path.read_text(errors="replace").splitlines()[-lines:]
            tails.append(f"--- {path.name}\n" + "\n".join(text))
        return "\n".join(tails)

    def wait_healthy(self) -> float:
        started = time.monotonic()
        while time.monotonic() - started < START_TIMEOUT:
            for name, process in self.processes.items():
                if process.poll() is not None:
                    pytest.fail(f"{name} exited ({process.returncode}):\n{self.logs()}")
            try:
                if requests.get(f"{self.url}/api/v2/monitor/health", timeout=5).ok:
                    return time.monotonic() - started
            except requests.ConnectionError:
                pass
            time.sleep(1)
        pytest.fail(f"Airflow did not answer within {START_TIMEOUT}s:\n{self.logs()}")

    def login(self) -> str:
        passwords = self.home / "simple_auth_manager_passwords.json.generated"
        deadline = time.monotonic() + 30
        while not passwords.exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        password = json.loads(passwords.read_text())["admin"]
        response = requests.post(
            f"{self.url}/auth/token",
            json={"username": "admin", "password": password},
            timeout=30,
        )
        response.raise_for_status()
        self.token = str(response.json()["access_token"])
        return self.token

    def api(self, method: str, path: str, **kwargs: Any) -> Any:
        headers = {"Authorization": f"Bearer {self.token or self.login()}"}
        response = requests.request(
            method, f"{self.url}/api/v2{path}", headers=headers, timeout=30, **kwargs
        )
        response.raise_for_status()
        return response.json()

    def run_dag_to_the_end(self) -> tuple[dict[str, Any], float]:
        """Unpause news_monitor (that schedules its latest interval) and follow that run."""
        deadline = time.monotonic() + 120
        while True:  # the dag-processor parses dags/ after start-up
            try:
                self.api("GET", "/dags/news_monitor")
                break
            except requests.HTTPError as error:
                if error.response.status_code != 404 or time.monotonic() > deadline:
                    raise
                time.sleep(2)
        self.api("PATCH", "/dags/news_monitor", json={"is_paused": False})
        started = time.monotonic()
        while time.monotonic() - started < RUN_TIMEOUT:
            runs = self.api("GET", "/dags/news_monitor/dagRuns")["dag_runs"]
            if runs and runs[0]["state"] in ("success", "failed"):
                return runs[0], time.monotonic() - started
            time.sleep(2)
        pytest.fail(f"the run did not finish in {RUN_TIMEOUT}s:\n{self.task_states()}")

    def task_states(self, run_id: str = "~") -> list[tuple[str, int, str | None, str | None]]:
        tis = self.api("GET", f"/dags/news_monitor/dagRuns/{run_id}/taskInstances?limit=200")
        return sorted(
            (t["task_id"], t["map_index"], t.get("rendered_map_index"), t["state"])
            for t in tis["task_instances"]
        )

    def stop(self) -> None:
        """Stop every process the way it shuts down cleanly, then check that none is left.

        standalone: SIGINT to its own pid (as Ctrl-C): it stops its components and waits for
        them; SIGTERM would leave them running. A single component: SIGTERM, as a container
        runtime sends."""
        for name, process in self.processes.items():
            if process.poll() is None:
                process.send_signal(signal.SIGINT if name == "standalone" else signal.SIGTERM)
        for name, process in self.processes.items():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                # As scripts/airflow-up.sh: a scheduler stopped during a run can hang in its
                # executor's shutdown until a second SIGTERM.
                for child in psutil.Process(process.pid).children():
                    child.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=10)
                    pytest.fail(f"{name} had to be killed:\n{self.logs()}")
        deadline = time.monotonic() + 15
        left = [name for name, p in self.processes.items() if _group_alive(p.pid)]
        while left and time.monotonic() < deadline:
            time.sleep(1)
            left = [name for name, p in self.processes.items() if _group_alive(p.pid)]
        for name in left:
            os.killpg(self.processes[name].pid, signal.SIGKILL)
        assert not left, f"processes left behind by {left}"


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@pytest.fixture(scope="module")
def demo_web() -> Iterator[str]:
    server = make_demo_server()
    serve_demo(server)
    yield demo_base_url(server)
    server.shutdown()
    server.server_close()


def airflow_env(
    home: Path, port: int, demo: str, feeds: int | None = None, **extra: str
) -> dict[str, str]:
    """A clean environment: nothing from this test process's own Airflow configuration; the
    demo web's feed list, or its first `feeds` feeds."""
    base = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("AIRFLOW", "MONITOR_", "NEWS_MONITOR_TEST"))
    }
    feed_list = yaml.safe_load(demo_feeds_yaml(demo))
    feed_list["feeds"] = feed_list["feeds"][:feeds]
    (home / "feeds.yaml").write_text(yaml.safe_dump(feed_list), encoding="utf-8")
    return {
        **base,
        "PATH": f"{VENV_BIN}:{base.get('PATH', '')}",
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(PLUGINS),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__PARALLELISM": "4",
        "AIRFLOW__API__PORT": str(port),
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
        "MONITOR_FEEDS": str(home / "feeds.yaml"),
        "MONITOR_WAREHOUSE_URL": f"duckdb:///{home}/warehouse.duckdb",
        "MONITOR_STAGING": str(home / "staging"),
        "MONITOR_ALLOW_PRIVATE_NETWORKS": "1",
        "MONITOR_PER_HOST_DELAY": "0.05",
        **extra,
    }


@pytest.fixture(scope="module")
def standalone(tmp_path_factory: pytest.TempPathFactory, demo_web: str) -> Iterator[Airflow]:
    home = tmp_path_factory.mktemp("airflow-standalone")
    port = free_port()
    airflow = Airflow(home, airflow_env(home, port, demo_web), f"http://127.0.0.1:{port}")
    airflow.start("standalone", "standalone")
    try:
        seconds = airflow.wait_healthy()
        print(f"airflow standalone answered after {seconds:.0f}s")
        yield airflow
    finally:
        airflow.stop()


def _articles(url: str) -> int:
    engine = warehouse.connect(url, read_only=True)
    try:
        with engine.connect() as connection:
            count = sa.select(sa.func.count()).select_from(warehouse.articles)
            return int(connection.execute(count).scalar_one())
    finally:
        engine.dispose()


def test_standalone_runs_the_dag_and_serves_the_page(standalone: Airflow) -> None:
    run, seconds = standalone.run_dag_to_the_end()
    states = standalone.task_states(run["dag_run_id"])
    assert run["state"] == "success", f"{states}\n{standalone.logs()}"
    print(f"news_monitor run under the scheduler took {seconds:.0f}s")
    feeds = [s for s in states if s[0] == "feed.fetch_feed"]
    assert len(feeds) == 4 and all(s[3] == "success" for s in feeds)
    assert {s[2] for s in feeds} >= {"demo-meridian-world", "demo-elfaro-internacional"}
    assert _articles(standalone.env["MONITOR_WAREHOUSE_URL"]) >= 20

    # The page, from the running API server: anonymous refused, the UI's cookie accepted.
    page = requests.get(f"{standalone.url}/news-monitor/", allow_redirects=False, timeout=30)
    assert page.status_code == 302 and "/auth/login" in page.headers["location"]
    data = requests.get(f"{standalone.url}/news-monitor/report.json", timeout=30)
    assert data.status_code == 401
    counts = check_page_in_browser(
        standalone.url, standalone.token or standalone.login(), ARTIFACTS / "news-monitor.png"
    )
    assert counts["articles"] >= 5 and counts["statements"] >= 3 and counts["series"] == 3
    plugins = standalone.api("GET", "/plugins")["plugins"]
    assert any(v["name"] == "News monitor" for p in plugins for v in p["external_views"])


@pytest.fixture
def redis_url() -> str:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        if os.environ.get("MONITOR_REQUIRE_POSTGRES") == "1":  # CI starts Redis too
            pytest.fail(f"Redis required but unreachable at {REDIS_URL}: {exc}")
        pytest.skip(f"Redis unreachable at {REDIS_URL}")
    return REDIS_URL


def test_celery_executor_with_postgresql_metadata(
    tmp_path: Path, demo_web: str, postgres_url: str, redis_url: str
) -> None:
    """Scale-out: scheduler, dag-processor and API server, a Celery worker taking the tasks
    from Redis, Airflow's metadata in a fresh PostgreSQL database."""
    port = free_port()
    metadata = postgres_url.replace("postgresql://", "postgresql+psycopg://", 1)
    queue = f"news-monitor-test-{uuid.uuid4().hex[:8]}"  # never mixes with other Celery users
    env = airflow_env(
        tmp_path,
        port,
        demo_web,
        feeds=2,  # enough to fan out over the worker; each task costs seconds on Celery
        AIRFLOW__CORE__EXECUTOR="CeleryExecutor",
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=metadata,
        # psycopg 3 drives the async engine too (Airflow would pick asyncpg, not installed).
        AIRFLOW__DATABASE__SQL_ALCHEMY_CONN_ASYNC=metadata,
        AIRFLOW__CELERY__BROKER_URL=redis_url,
        AIRFLOW__CELERY__RESULT_BACKEND=f"db+{metadata}",
        AIRFLOW__OPERATORS__DEFAULT_QUEUE=queue,
        AIRFLOW__API_AUTH__JWT_SECRET=uuid.uuid4().hex * 2,
        AIRFLOW__CORE__FERNET_KEY="",
    )
    airflow = Airflow(tmp_path, env, f"http://127.0.0.1:{port}")
    migrate = subprocess.run(
        [str(VENV_BIN / "airflow"), "db", "migrate"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert migrate.returncode == 0, migrate.stdout[-3000:] + migrate.stderr[-3000:]
    try:
        airflow.start("api-server", "api-server", "--port", str(port))
        airflow.start("scheduler", "scheduler")
        airflow.start("dag-processor", "dag-processor")
        airflow.start("worker", "celery", "worker", "--concurrency", "2", "--queues", queue)
        airflow.wait_healthy()
        run, seconds = airflow.run_dag_to_the_end()
        states = airflow.task_states(run["dag_run_id"])
        assert run["state"] == "success", f"{states}\n{airflow.logs()}"
        print(f"news_monitor run on Celery took {seconds:.0f}s")
        assert len([s for s in states if s[0] == "feed.fetch_feed"]) == 2
        worker_log = (tmp_path / "worker.log").read_text(errors="replace")
        assert "news_monitor" in worker_log  # the worker, not the scheduler, ran the tasks
        assert _articles(env["MONITOR_WAREHOUSE_URL"]) >= 10
    finally:
        airflow.stop()
