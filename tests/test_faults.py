"""Faults: the warehouse lost or locked mid-run, the staging area unwritable or full, a run
killed at any stage, two runs at once. Whatever happens: a clear error, nothing stored twice,
nothing lost once the run is repeated."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from monitor import pipeline, staged, warehouse
from monitor.feeds import Feed
from monitor.settings import Settings
from monitor.warehouse import WarehouseError
from tests.webserver import LoopbackWeb, Reply, Seen

ROOT = Path(__file__).resolve().parents[1]
FEEDS = 3
ENTRIES = 12
SMALL_BATCH = 10  # 33 distinct articles: four batches, so that kills land between loads
PUBLISHED = format_datetime(datetime(2025, 6, 10, 8, 0, tzinfo=UTC))
# Columns that record when something happened, not what: left out of the comparisons.
CLOCK_COLUMNS = {"fetched_at", "last_checked_at", "last_success_at", "created_at"}
TABLES = ("articles", "mentions", "statements", "feed_state", "alerts")


def paragraph(f: int, e: int) -> str:
    return (
        f"<p>Story {f}-{e}. Foreign Minister Ana Ruiz met her counterpart in Brussels to discuss "
        "the negotiations between the government and the Venezuelan opposition.</p>"
        f"<p>“We will keep supporting a negotiated solution for Venezuela and Haiti ({e}),” Ruiz "
        "told reporters after the meeting, adding that elections must be free and fair.</p>"
        "<p>The ministers also reviewed the humanitarian situation in Ukraine and the summit, "
        "where delegations are expected to present new proposals on regional trade.</p>"
    )


class Site:
    """FEEDS feeds of ENTRIES articles on loopback (one URL shared by two feeds), with a hook
    called on each page request."""

    def __init__(self) -> None:
        self.web = LoopbackWeb().start()
        self.on_page: Callable[[int], None] = lambda count: None
        self.pages_served = 0
        self._lock = threading.Lock()
        for f in range(FEEDS):
            items = []
            for e in range(ENTRIES):
                path = f"/site{f}/story{e}" if (f, e) != (2, 0) else "/site0/story0"
                self.web.route(path, handler=self._page(f, e))
                items.append(
                    f"<item><title>Story {f}-{e}</title><link>{self.web.url(path)}</link>"
                    f"<description>Summary {f}-{e}</description><pubDate>{PUBLISHED}</pubDate>"
                    "</item>"
                )
            body = (
                "<?xml version='1.0'?><rss version='2.0'><channel><title>F</title>"
                + "".join(items)
                + "</channel></rss>"
            )
            self.web.route(
                f"/feed{f}.xml",
                body,
                content_type="application/rss+xml",
                headers={"ETag": f'"feed{f}"'},
            )
        self.feeds = [Feed(f"feed{f}", self.web.url(f"/feed{f}.xml")) for f in range(FEEDS)]

    def _page(self, f: int, e: int) -> Callable[[Seen], Reply]:
        html = (
            f"<html lang='en'><head><title>Story {f}-{e}</title></head><body><article>"
            f"{paragraph(f, e)}</article></body></html>"
        ).encode()

        def serve(seen: Seen) -> Reply:
            with self._lock:
                self.pages_served += 1
                count = self.pages_served
            self.on_page(count)
            return Reply(200, html, {"Content-Type": "text/html; charset=utf-8"})

        return serve

    def feed_list(self, folder: Path) -> Path:
        path = folder / "feeds.yaml"
        path.write_text(
            "feeds:\n" + "".join(f"  - name: {f.name}\n    url: {f.url}\n" for f in self.feeds)
        )
        return path


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    server = Site()
    yield server
    server.web.stop()


@pytest.fixture
def fresh(site: Site) -> Site:
    site.on_page = lambda count: None
    site.pages_served = 0
    return site


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "BATCH_SIZE", SMALL_BATCH)


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, clock columns left out, values made comparable across databases."""
    engine = warehouse.connect(url)
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as connection:
        for name in TABLES:
            table = warehouse.metadata.tables[name]
            columns = [c for c in table.columns if c.name not in CLOCK_COLUMNS]
            rows = connection.execute(sa.select(*columns)).all()
            tables[name] = sorted(tuple(_comparable(v) for v in row) for row in rows)
    engine.dispose()
    return tables


def _comparable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, float):
        return round(value, 6)
    return value


@pytest.fixture(scope="module")
def reference(site: Site, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The warehouse after one uninterrupted run on a fresh DuckDB file."""
    folder = tmp_path_factory.mktemp("reference")
    settings = Settings(
        warehouse_url=f"duckdb:///{folder}/w.duckdb",
        allow_private_networks=True,
        per_host_delay=0.0,
        extract_workers=1,
    )
    summary = pipeline.run(settings, site.feeds)
    assert summary.new_articles == FEEDS * ENTRIES - 1 and not summary.feeds_failed
    tables = snapshot(settings.warehouse_url)
    assert tables["mentions"] and tables["statements"] and tables["alerts"] == []
    return tables


def monitor_run(site: Site, folder: Path, warehouse_url: str) -> subprocess.Popen[str]:
    """`monitor run --no-alerts` in its own process group, with small batches."""
    code = (
        "import monitor.pipeline as p; from monitor.cli import main; "
        f"p.BATCH_SIZE = {SMALL_BATCH}; main()"
    )
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "MONITOR_ALLOW_PRIVATE_NETWORKS": "1",
        "MONITOR_PER_HOST_DELAY": "0",
        "MONITOR_EXTRACT_WORKERS": "1",
        "MONITOR_IO_WORKERS": "4",
    }
    command = [sys.executable, "-c", code, "run", "--no-alerts"]
    command += ["--feeds", str(site.feed_list(folder)), "--warehouse", warehouse_url]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # SIGKILL reaches the worker processes too
    )


def kill(process: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError):  # it had finished
        os.killpg(process.pid, signal.SIGKILL)


# ------------------------------------------------------------------------- killed and rerun


@pytest.mark.parametrize(
    "kill_at",
    [1, SMALL_BATCH + 1, 2 * SMALL_BATCH + 4, "after-last-page"],
    ids=["first-page", "after-one-batch", "mid-third-batch", "during-last-load"],
)
def test_a_run_killed_at_any_stage_then_rerun_equals_an_uninterrupted_run(
    fresh: Site, reference: dict[str, Any], tmp_path: Path, kill_at: int | str
) -> None:
    url = f"duckdb:///{tmp_path}/w.duckdb"
    holder: list[subprocess.Popen[str]] = []
    last = FEEDS * ENTRIES - 1

    def on_page(count: int) -> None:
        if kill_at == "after-last-page" and count == last:
            threading.Timer(0.4, kill, [holder[0]]).start()
        elif count == kill_at:
            kill(holder[0])

    fresh.on_page = on_page
    holder.append(monitor_run(fresh, tmp_path, url))
    _, stderr = holder[0].communicate(timeout=120)
    if kill_at != "after-last-page":
        assert holder[0].returncode == -signal.SIGKILL, stderr[-2000:]
    fresh.on_page = lambda count: None
    again = monitor_run(fresh, tmp_path, url)
    _, stderr = again.communicate(timeout=120)
    assert again.returncode == 0, stderr[-2000:]
    assert snapshot(url) == reference


# ----------------------------------------------------------------------------- PostgreSQL


def test_postgresql_unreachable_is_one_clear_line(fresh: Site, tmp_path: Path) -> None:
    with socket_on_a_closed_port() as port:
        url = f"postgresql://postgres@127.0.0.1:{port}/test"
        settings = Settings(warehouse_url=url, allow_private_networks=True, per_host_delay=0)
        with pytest.raises(WarehouseError) as error:
            pipeline.run(settings, fresh.feeds)
    message = str(error.value)
    assert message.startswith("cannot open the warehouse: ") and "\n" not in message
    assert f"port {port}" in message and "refused" in message
    assert fresh.pages_served == 0  # it failed before fetching anything
    cli = monitor_run(fresh, tmp_path, url)
    _, stderr = cli.communicate(timeout=60)
    assert cli.returncode == 1
    assert stderr.strip().splitlines()[-1].startswith("Error: cannot open the warehouse: ")


class socket_on_a_closed_port:
    """A local TCP port that nothing listens on while the block runs."""

    def __enter__(self) -> int:
        import socket

        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))  # bound, not listening: connections are refused
        return int(self.sock.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        self.sock.close()


def test_postgresql_connection_lost_mid_load_then_retried(
    fresh: Site,
    reference: dict[str, Any],
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server ends the session (pg_terminate_backend) while the second batch is stored:
    that batch is rolled back, the error is one line, the run again completes the warehouse."""
    admin = sa.create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    inserts = {"articles": 0}
    connect = warehouse.connect

    def connect_and_sabotage(url: str, **kwargs: Any) -> sa.Engine:
        engine = connect(url, **kwargs)

        @sa.event.listens_for(engine, "before_cursor_execute")
        def terminate(conn: sa.Connection, cursor: Any, statement: str, *args: Any) -> None:
            if statement.startswith("INSERT INTO articles"):
                inserts["articles"] += 1
                if inserts["articles"] == 2:
                    pid = conn.connection.dbapi_connection.info.backend_pid  # type: ignore[union-attr]
                    with admin.connect() as other:
                        other.execute(sa.text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

        return engine

    settings = Settings(
        warehouse_url=postgres_url,
        allow_private_networks=True,
        per_host_delay=0.0,
        extract_workers=1,
    )
    monkeypatch.setattr(warehouse, "connect", connect_and_sabotage)
    with pytest.raises(WarehouseError) as error:
        pipeline.run(settings, fresh.feeds)
    admin.dispose()
    message = str(error.value)
    assert message.startswith("warehouse failed during the run: ") and "\n" not in message
    assert "terminating connection" in message
    first_batch = snapshot(postgres_url)["articles"]
    assert len(first_batch) == SMALL_BATCH  # the first batch stayed, the second rolled back
    monkeypatch.setattr(warehouse, "connect", connect)
    summary = pipeline.run(settings, fresh.feeds)
    assert summary.new_articles == FEEDS * ENTRIES - 1 - SMALL_BATCH
    assert snapshot(postgres_url) == reference


def test_two_runs_at_once_on_postgresql_store_nothing_twice(
    fresh: Site, reference: dict[str, Any], postgres_url: str, tmp_path: Path
) -> None:
    runs = []
    for n in range(2):
        folder = tmp_path / f"run{n}"
        folder.mkdir()
        runs.append(monitor_run(fresh, folder, postgres_url))
    for run in runs:
        _, stderr = run.communicate(timeout=180)
        assert run.returncode == 0, stderr[-2000:]
    assert snapshot(postgres_url) == reference


# ------------------------------------------------------------------------------- DuckDB lock


def test_a_duckdb_file_locked_by_another_process(fresh: Site, tmp_path: Path) -> None:
    path = tmp_path / "w.duckdb"
    settings = Settings(
        warehouse_url=f"duckdb:///{path}",
        allow_private_networks=True,
        per_host_delay=0.0,
        extract_workers=1,
    )
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('locked', flush=True); "
            "sys.stdin.read()",
            str(path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(WarehouseError) as error:
            pipeline.run(settings, fresh.feeds)
        message = str(error.value)
        assert "\n" not in message and "Could not set lock" in message
        assert f"PID {holder.pid}" in message
        assert fresh.pages_served == 0
    finally:
        holder.communicate("", timeout=30)  # releases the lock
    summary = pipeline.run(settings, fresh.feeds)
    assert summary.new_articles == FEEDS * ENTRIES - 1


# ---------------------------------------------------------------------------- staging area


def test_an_unwritable_staging_location_fails_the_task_and_loses_nothing(
    fresh: Site, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the staging folder should be")
    settings = Settings(
        warehouse_url=f"duckdb:///{tmp_path}/w.duckdb",
        staging_dir=str(blocker / "staging"),
        allow_private_networks=True,
        per_host_delay=0.0,
    )
    feed = fresh.feeds[0]
    with pytest.raises(OSError) as error:
        staged.stage_feed(settings, feed, "run-1")
    assert str(blocker) in str(error.value)
    assert not (tmp_path / "w.duckdb").exists()  # no state saved: the next run fetches in full
    good = settings.replace(staging_dir=str(tmp_path / "staging"))
    result = staged.stage_feed(good, feed, "run-1")
    assert result["status"] == "ok" and result["entries"] == ENTRIES


def test_a_full_staging_disk_fails_the_task_and_a_retry_completes(
    fresh: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(
        warehouse_url=f"duckdb:///{tmp_path}/w.duckdb",
        staging_dir=str(tmp_path / "staging"),
        allow_private_networks=True,
        per_host_delay=0.0,
        extract_workers=1,
    )
    feed = fresh.feeds[1]
    staged_feed = staged.stage_feed(settings, feed, "run-1")
    write_lines = staged.RunStaging.write_lines

    def full_disk(self: staged.RunStaging, parts: Any, rows: Any) -> str:
        path = self.path(*parts) + ".partial"
        self.fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
        with self.fs.open(path, "w", encoding="utf-8") as stream:
            stream.write("{half a line")
        raise OSError(errno.ENOSPC, "No space left on device", path)

    monkeypatch.setattr(staged.RunStaging, "write_lines", full_disk)
    with pytest.raises(OSError, match="No space left on device"):
        staged.stage_articles(settings, staged_feed)
    staging = staged.staging_for(settings, "run-1")
    assert not staging.exists("articles", f"{feed.name}.jsonl")  # a half file is never final
    monkeypatch.setattr(staged.RunStaging, "write_lines", write_lines)
    articles = staged.stage_articles(settings, staged_feed)
    staged.stage_classification(settings, articles)
    summary = staged.load_staged(settings, "run-1", [feed.name])
    assert summary["new_articles"] == ENTRIES
