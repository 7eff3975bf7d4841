"""The staged stages on their own: hand-over files, failures, feed states, idempotency, pruning."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor import staged, warehouse
from monitor.feeds import Feed
from monitor.records import FeedState
from monitor.settings import Settings
from tests.sites import FEEDS, page, rss
from tests.webserver import LoopbackWeb


@pytest.fixture
def feeds(web: LoopbackWeb) -> list[Feed]:
    web.route("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    result = []
    for name, slugs in FEEDS.items():
        if name != "broken":
            web.route(
                f"/{name}.xml",
                rss(web, slugs),
                content_type="application/rss+xml",
                headers={"ETag": f'"{name}-1"'},
            )
        for slug in slugs:
            web.route(f"/news/{slug}", page(f"Story {slug} on Venezuela"))
        result.append(Feed(name=name, url=web.url(f"/{name}.xml")))
    return result


def run_all(settings: Settings, feeds: list[Feed], run_id: str) -> dict[str, object]:
    for feed in feeds:
        try:
            staged_feed = staged.stage_feed(settings, feed, run_id)
        except staged.FeedFailedError:
            continue
        staged.stage_classification(settings, staged.stage_articles(settings, staged_feed))
    return staged.load_staged(settings, run_id, [feed.name for feed in feeds])


def test_run_folder_is_safe_and_distinct() -> None:
    a = staged.run_folder("manual__2025-01-01T00:00:00+00:00")
    b = staged.run_folder("manual__2025-01-01T00_00_00_00_00")
    assert a != b and "/" not in a and ":" not in a and "+" not in a


def test_a_failed_feed_stages_its_state_then_raises(settings: Settings, feeds: list[Feed]) -> None:
    broken = next(feed for feed in feeds if feed.name == "broken")
    with pytest.raises(staged.FeedFailedError, match=r"broken .* 404"):
        staged.stage_feed(settings, dataclasses.asdict(broken), "run-1")
    data = staged.staging_for(settings, "run-1").read_json("feeds", "broken.json")
    assert data["status"] == "failed" and data["state"]["consecutive_failures"] == 1


def test_stages_load_once_and_only_the_load_writes(settings: Settings, feeds: list[Feed]) -> None:
    summary = run_all(settings, feeds, "run-1")
    assert summary["new_articles"] == 4 and summary["feeds_ok"] == ["alpha", "beta"]
    assert list(summary["feeds_failed"]) == ["broken"]  # type: ignore[call-overload]
    # Nothing but the load created the warehouse: the earlier stages only read it.
    again = staged.load_staged(settings, "run-1", [feed.name for feed in feeds])
    assert again["new_articles"] == 0 and again["updated_articles"] == 0
    # A new run skips what is stored: no page is fetched again.
    second = run_all(settings, feeds, "run-2")
    assert second["new_articles"] == 0
    staging = staged.staging_for(settings, "run-2")
    assert list(staging.read_lines("articles", "alpha.jsonl")) == []


def test_a_feed_whose_articles_did_not_stage_keeps_its_old_validators(
    settings: Settings, feeds: list[Feed]
) -> None:
    alpha = feeds[0]
    engine = warehouse.connect(settings.warehouse_url)
    warehouse.migrate(engine)
    old = FeedState(feed="alpha", url=alpha.url, etag='"alpha-0"', last_status="ok")
    warehouse.save_feed_states(engine, [old])
    staged.stage_feed(settings, alpha, "run-1")  # fetched (new ETag), but nothing after it ran
    summary = staged.load_staged(settings, "run-1", ["alpha"])
    state = warehouse.read_feed_states(engine)["alpha"]
    engine.dispose()
    assert "not staged" in summary["feeds_failed"]["alpha"]  # type: ignore[index]
    assert state.etag == '"alpha-0"' and state.last_status == "failed"


def test_a_feed_task_that_died_counts_as_a_failure(settings: Settings) -> None:
    engine = warehouse.connect(settings.warehouse_url)
    warehouse.migrate(engine)
    warehouse.save_feed_states(engine, [FeedState(feed="gone", url="http://x/", etag="e")])
    summary = staged.load_staged(settings, "run-1", ["gone"])
    state = warehouse.read_feed_states(engine)["gone"]
    engine.dispose()
    assert "staged no result" in summary["feeds_failed"]["gone"]  # type: ignore[index]
    assert state.consecutive_failures == 1 and state.etag == "e"


def test_staging_on_an_fsspec_url(settings: Settings, feeds: list[Feed]) -> None:
    memory = settings.replace(staging_dir="memory://news-monitor-test/staging")
    summary = run_all(memory, feeds[:1], "run-1")
    assert summary["new_articles"] == 3
    assert staged.staging_for(memory, "run-1").exists(staged.LOADED_MARKER)


def test_prune_removes_only_old_loaded_runs(settings: Settings) -> None:
    for run_id, days, loaded in (("old", 9, True), ("recent", 1, True), ("unloaded", 30, False)):
        staging = staged.staging_for(settings, run_id)
        staging.write_json(["feeds", "a.json"], {})
        if loaded:
            when = datetime.now(UTC) - timedelta(days=days)
            staging.write_json([staged.LOADED_MARKER], {"loaded_at": when})
    removed = staged.prune_staging(settings)
    assert [Path(p).name for p in removed] == [staged.run_folder("old")]
    left = sorted(p.name for p in Path(settings.staging_dir).iterdir())
    assert left == sorted([staged.run_folder("recent"), staged.run_folder("unloaded")])


def test_classification_round_trips_through_staging(settings: Settings, feeds: list[Feed]) -> None:
    staged_feed = staged.stage_feed(settings, feeds[0], "run-1")
    result = staged.stage_classification(settings, staged.stage_articles(settings, staged_feed))
    rows = list(staged.staging_for(settings, "run-1").read_lines("classified", "alpha.jsonl"))
    items = [staged.classified_from_json(row) for row in rows]
    assert len(items) == result["articles"] == 3
    assert [json.loads(json.dumps(staged.classified_to_json(i), default=str)) for i in items]
    assert any(i.classification and i.classification.statements for i in items)
    assert items[0].article.published_at.tzinfo is not None


def test_worker_processes_do_not_rerun_a_launcher_script(tmp_path: Path) -> None:
    """Regression: under Airflow the worker processes re-ran the `airflow` launcher script
    (the parent's __main__), which crashed them and failed the task (BrokenProcessPool)."""
    launcher = tmp_path / "launcher"
    launcher.write_text(
        "import sys\n"
        "if __name__ != '__main__':\n"
        "    raise SystemExit('launcher re-run in a worker')\n"
        "from monitor import staged\n"
        "n = staged.PROCESS_POOL_MIN\n"
        "print(sum(staged._map_cpu(abs, list(range(-n, 0)), 2)))\n",
        encoding="utf-8",
    )
    output = subprocess.run(
        [sys.executable, str(launcher)], capture_output=True, text=True, timeout=120
    )
    assert output.returncode == 0, output.stderr[-2000:]
    n = staged.PROCESS_POOL_MIN
    assert output.stdout.strip() == str(n * (n + 1) // 2)


def _map_in_a_daemon(queue: multiprocessing.Queue[int]) -> None:
    n = staged.PROCESS_POOL_MIN
    queue.put(sum(staged._map_cpu(abs, list(range(-n, 0)), 2)))


def test_cpu_work_runs_inline_in_a_daemonic_process() -> None:
    """Regression: in a Celery worker the task process is daemonic, and starting a process
    pool there failed the task ("daemonic processes are not allowed to have children")."""
    context = multiprocessing.get_context("forkserver")
    queue: multiprocessing.Queue[int] = context.Queue()
    process = context.Process(target=_map_in_a_daemon, args=(queue,), daemon=True)
    process.start()
    n = staged.PROCESS_POOL_MIN
    assert queue.get(timeout=60) == n * (n + 1) // 2
    process.join(30)
    assert process.exitcode == 0


def test_a_dead_feed_is_not_requested_and_stays_dead(
    settings: Settings, feeds: list[Feed], web: LoopbackWeb
) -> None:
    broken = next(feed for feed in feeds if feed.name == "broken")
    engine = warehouse.connect(settings.warehouse_url)
    warehouse.migrate(engine)
    dead = FeedState(feed="broken", url=broken.url, last_status="dead", last_error="HTTP 404")
    warehouse.save_feed_states(engine, [dead])
    result = staged.stage_feed(settings, broken, "run-1")
    assert result["status"] == "dead" and not web.hits("/broken.xml")
    summary = staged.load_staged(settings, "run-1", ["broken"])
    assert list(summary["feeds_dead"]) == ["broken"]  # type: ignore[call-overload]
    assert warehouse.read_feed_states(engine)["broken"].last_status == "dead"
    engine.dispose()


def test_other_tasks_never_read_a_half_written_file(settings: Settings) -> None:
    """Regression: a feed's task read another feed's claims file while it was being written
    (JSONDecodeError under the scheduler); files are now written aside, then renamed."""
    import threading

    staging = staged.staging_for(settings, "run-1")
    urls = [f"https://example.org/{n}" for n in range(2000)]
    staging.write_json(["claims", "a.json"], urls)
    done = threading.Event()

    def rewrite() -> None:
        while not done.is_set():
            staging.write_json(["claims", "a.json"], urls)

    writer = threading.Thread(target=rewrite)
    writer.start()
    try:
        for _ in range(300):
            assert staged._claimed_by_others(staging, "b") == set(urls)
    finally:
        done.set()
        writer.join()
    assert staging.names("claims", ".json") == ["a"]
