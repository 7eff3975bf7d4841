"""The news_monitor DAG end to end with dag.test(): loopback feeds into DuckDB and PostgreSQL."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from monitor import staged, warehouse
from monitor.settings import load_settings
from tests import airflow_env  # configures Airflow: before any airflow import
from tests.sites import FEEDS, page, rss
from tests.webserver import LoopbackWeb


@pytest.fixture
def site(web: LoopbackWeb, tmp_path: Path) -> Path:
    """Three feeds on loopback: two good ones sharing one article, one answering 404."""
    web.route("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    lines = ["feeds:"]
    for name, slugs in FEEDS.items():
        if name != "broken":
            web.route(f"/{name}.xml", rss(web, slugs), content_type="application/rss+xml")
        for slug in slugs:
            web.route(f"/news/{slug}", page(f"Story {slug} on Venezuela and Ukraine"))
        lines += [f"  - name: {name}", f"    url: {web.url(f'/{name}.xml')}"]
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return feeds


@pytest.fixture(scope="module")
def news_dag() -> Any:
    airflow_env.init_db()
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(airflow_env.DAGS))
    assert not bag.import_errors, bag.import_errors
    return bag.dags["news_monitor"]


@pytest.fixture
def monitor_env(monkeypatch: pytest.MonkeyPatch, site: Path, tmp_path: Path) -> Iterator[None]:
    """The tasks read their settings from the environment, as on a real worker."""
    for name, value in {
        "MONITOR_FEEDS": str(site),
        "MONITOR_STAGING": str(tmp_path / "staging"),
        "MONITOR_ALLOW_PRIVATE_NETWORKS": "1",
        "MONITOR_PER_HOST_DELAY": "0",
        "MONITOR_MAX_RETRY_WAIT": "1",
        "MONITOR_EXTRACT_WORKERS": "2",
        "MONITOR_WAREHOUSE_URL": f"duckdb:///{tmp_path}/warehouse.duckdb",
    }.items():
        monkeypatch.setenv(name, value)
    yield


def _task_instances(run_id: str) -> dict[tuple[str, int], tuple[str | None, str | None]]:
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session

    with create_session() as session:
        query = sa.select(TaskInstance).where(
            TaskInstance.dag_id == "news_monitor", TaskInstance.run_id == run_id
        )
        return {
            (ti.task_id, ti.map_index): (ti.state, ti.rendered_map_index)
            for ti in session.scalars(query)
        }


def _counts(url: str) -> dict[str, int]:
    engine = warehouse.connect(url)
    try:
        with engine.connect() as connection:
            return {
                table.name: connection.execute(
                    sa.select(sa.func.count()).select_from(table)
                ).scalar_one()
                for table in (
                    warehouse.articles,
                    warehouse.mentions,
                    warehouse.statements,
                    warehouse.feed_state,
                )
            }
    finally:
        engine.dispose()


def _run_and_check(news_dag: Any, web: LoopbackWeb) -> None:
    settings = load_settings()
    started = time.monotonic()
    run = news_dag.test()
    elapsed = time.monotonic() - started
    tis = _task_instances(run.run_id)

    # One task instance per feed, named after its feed; only the broken feed's failed.
    fetches = {key[1]: value for key, value in tis.items() if key[0] == "feed.fetch_feed"}
    assert sorted(fetches) == [0, 1, 2]
    assert {name: state for state, name in fetches.values()} == {
        "alpha": "success",
        "beta": "success",
        "broken": "failed",
    }
    assert tis[("feed.fetch_articles", 2)][0] == "upstream_failed"
    assert tis[("load_warehouse", -1)][0] == "success"
    assert tis[("deliver_alerts", -1)][0] == "success"
    assert run.state == "success", tis

    summary = staged.staging_for(settings, run.run_id).read_json(staged.LOADED_MARKER)
    assert summary["feeds_ok"] == ["alpha", "beta"]
    assert list(summary["feeds_failed"]) == ["broken"]
    assert summary["new_articles"] == 4  # a1, a2, b1 and the shared article once
    assert summary["mentions"] > 0 and summary["statements"] > 0
    # Across feeds the shared article was fetched once: the second feed saw it claimed.
    assert len(web.hits("/news/shared")) == 1

    counts = _counts(settings.warehouse_url)
    assert counts["articles"] == 4
    assert counts["mentions"] >= 4 and counts["statements"] >= 4
    states = warehouse.read_feed_states(warehouse.connect(settings.warehouse_url))
    assert states["broken"].last_status == "failed" and states["broken"].consecutive_failures == 1
    assert states["alpha"].last_status == "ok"

    # A second run adds nothing (and counts the broken feed's second failure).
    again = news_dag.test()
    second = staged.staging_for(settings, again.run_id).read_json(staged.LOADED_MARKER)
    assert again.state == "success"
    assert second["new_articles"] == 0 and second["mentions"] == 0
    assert _counts(settings.warehouse_url) == counts
    states = warehouse.read_feed_states(warehouse.connect(settings.warehouse_url))
    assert states["broken"].consecutive_failures == 2
    print(f"first dag.test() run took {elapsed:.1f}s")


def test_dag_run_into_duckdb(news_dag: Any, monitor_env: None, web: LoopbackWeb) -> None:
    _run_and_check(news_dag, web)


def test_dag_run_into_postgresql(
    news_dag: Any,
    monitor_env: None,
    web: LoopbackWeb,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MONITOR_WAREHOUSE_URL", postgres_url)
    _run_and_check(news_dag, web)
