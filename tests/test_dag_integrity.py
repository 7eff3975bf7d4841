"""Every DAG file imports cleanly, cheaply, and follows the project's DAG conventions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import airflow_env  # configures Airflow: before any airflow import

DAG_FILES = sorted(p for p in airflow_env.DAGS.glob("*.py") if not p.name.startswith("_"))
TOP_LEVEL_BUDGET = 0.5  # seconds a DAG file may add to `import airflow.sdk` when parsed


@pytest.fixture(scope="module")
def dagbag():  # type: ignore[no-untyped-def]
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(airflow_env.DAGS))


def test_there_are_dag_files() -> None:
    assert DAG_FILES, "no DAG files found under dags/"


@pytest.mark.parametrize("path", DAG_FILES, ids=lambda p: p.name)
def test_dag_file_imports_without_errors(dagbag, path: Path) -> None:  # type: ignore[no-untyped-def]
    errors = {Path(file).name: error for file, error in dagbag.import_errors.items()}
    assert path.name not in errors, errors.get(path.name)
    assert any(Path(dag.fileloc).name == path.name for dag in dagbag.dags.values())


def test_dag_conventions(dagbag) -> None:  # type: ignore[no-untyped-def]
    assert dagbag.dags
    for dag_id, dag in dagbag.dags.items():
        assert dag.tags, f"{dag_id} has no tags"
        assert dag.description, f"{dag_id} has no description"
        assert dag.doc_md and dag.doc_md.strip().startswith("#"), f"{dag_id}: doc_md missing"
        assert dag.start_date is not None and dag.start_date.tzinfo is not None
        assert dag.catchup is False
        assert dag.max_active_runs == 1
        for task in dag.tasks:
            assert task.retries >= 2, f"{dag_id}.{task.task_id}: retries {task.retries}"
            assert task.retry_exponential_backoff, f"{dag_id}.{task.task_id}: no backoff"
            assert task.execution_timeout is not None, f"{dag_id}.{task.task_id}: no timeout"


def test_news_monitor_shape(dagbag) -> None:  # type: ignore[no-untyped-def]
    dag = dagbag.dags["news_monitor"]
    assert set(dag.task_ids) == {
        "read_feed_list",
        "feed.fetch_feed",
        "feed.fetch_articles",
        "feed.classify",
        "load_warehouse",
        "deliver_alerts",
    }
    for task_id in ("feed.fetch_feed", "feed.fetch_articles", "feed.classify"):
        # Mapped per feed through the task group: one task instance per feed in the UI.
        assert dag.get_task(task_id).get_closest_mapped_task_group() is not None
    load = dag.get_task("load_warehouse")
    assert load.trigger_rule == "all_done"  # failed feeds must not stop the others loading
    assert {a.uri for a in load.outlets} >= {"x-news-monitor://warehouse/articles"}
    assert dag.get_task("deliver_alerts").upstream_task_ids == {"load_warehouse"}
    assert type(dag.timetable).__name__ == "CronDataIntervalTimetable"  # runs cover a window
    assert dag.timetable.expression == "0 0 * * *"  # @daily


def _import_cost(path: Path) -> dict[str, object]:
    """Seconds to execute a DAG file after `import airflow.sdk`, in a fresh interpreter, and the
    modules it adds. Parsing runs in processes like this one in the dag-processor."""
    code = f"""
import importlib.util, json, sys, time
import airflow.sdk
before = set(sys.modules)
started = time.perf_counter()
spec = importlib.util.spec_from_file_location("dag_under_test", {str(path)!r})
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
seconds = time.perf_counter() - started
print(json.dumps({{"seconds": seconds, "modules": sorted(set(sys.modules) - before)}}))
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    data: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


@pytest.mark.parametrize("path", DAG_FILES, ids=lambda p: p.name)
def test_dag_file_top_level_is_cheap(path: Path) -> None:
    # Best of three: the machine is shared, a single sample can be noisy.
    samples = [_import_cost(path) for _ in range(3)]
    best = min(float(s["seconds"]) for s in samples)  # type: ignore[arg-type]
    assert best < TOP_LEVEL_BUDGET, f"{path.name} adds {best:.3f}s at import"
    modules = set(samples[0]["modules"])  # type: ignore[call-overload]
    heavy = {"monitor.pipeline", "monitor.warehouse", "sqlalchemy.orm", "duckdb", "requests"}
    heavy |= {"feedparser", "trafilatura", "lxml", "fsspec", "apprise", "monitor.staged"}
    assert not modules & heavy, f"{path.name} imports heavy modules at top level"
    assert {m for m in modules if m.startswith("monitor")} <= {"monitor", "monitor.assets"}


def test_schedule_comes_from_the_environment() -> None:
    code = (
        "import importlib.util; spec = importlib.util.spec_from_file_location('d', "
        f"{str(DAG_FILES[0])!r}); m = importlib.util.module_from_spec(spec); "
        "spec.loader.exec_module(m); print(m.news_monitor_dag.timetable.expression)"
    )

    for env, expected in (
        ({"MONITOR_SCHEDULE": "0 6 * * *"}, "0 6 * * *"),
        ({"AIRFLOW_VAR_NEWS_MONITOR_SCHEDULE": "@hourly"}, "0 * * * *"),
    ):
        clean = {k: v for k, v in os.environ.items() if "SCHEDULE" not in k}
        output = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=120,
            env={**clean, **env},
            check=True,
        ).stdout
        assert expected in output
