"""Alert delivery throughput to a loopback JSON webhook, through the warehouse outbox.

    .venv/bin/python bench/alerts.py [--statements 1000] [--postgres URL]

Loads STATEMENTS new statements (10 per article) into a fresh warehouse with one instant-mode
JSON-webhook channel, then times `monitor.alerts.deliver_pending`: every alert is claimed
(`sending`, committed), sent through Apprise and marked `sent` (committed), one by one. The same
run measures two baselines over the same receiver: a bare `requests.post` loop, and
Apprise alone (no outbox bookkeeping); and a digest channel (one message for all). PostgreSQL is
measured too when reachable (default postgresql://postgres@127.0.0.1:5432/test, a scratch
database is created and dropped). Writes the table into bench/RESULTS.md under "## Alerts".
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
import sqlalchemy as sa  # noqa: E402

from bench.results import write_section  # noqa: E402
from monitor import alerts, warehouse  # noqa: E402
from monitor.alert_channels import Notifier  # noqa: E402
from monitor.alert_messages import render_text  # noqa: E402
from monitor.classify import Classification, TopicMention  # noqa: E402
from monitor.records import Article, BodySource  # noqa: E402
from monitor.settings import Settings  # noqa: E402
from monitor.statements import Statement  # noqa: E402
from monitor.warehouse import ClassifiedArticle  # noqa: E402
from tests.webserver import LoopbackWeb  # noqa: E402

PER_ARTICLE = 10
NOW = datetime(2025, 6, 10, 12, 0, tzinfo=UTC)


def items(statements: int) -> list[ClassifiedArticle]:
    out = []
    for a in range(-(-statements // PER_ARTICLE)):
        article = Article(
            id=f"bench{a}",
            url=f"https://example.org/bench/{a}",
            feed="bench",
            title=f"Bench article {a} on Venezuela",
            author=None,
            published_at=NOW,
            published_at_estimated=False,
            fetched_at=NOW,
            language="en",
            body="Body.",
            body_source=BodySource.PAGE,
            summary="",
            page_error=None,
            content_hash=f"h{a}",
        )
        quotes = tuple(
            Statement(
                f"Speaker {a}",
                f"Statement {a}-{q} on the situation in Venezuela",
                ("venezuela",),
                q,
            )
            for q in range(min(PER_ARTICLE, statements - a * PER_ARTICLE))
        )
        topics = {"venezuela": TopicMention("venezuela", 3, 0.9, True, ("…",))}
        out.append(ClassifiedArticle(article, Classification("en", topics, quotes)))
    return out


def timed_delivery(settings: Settings, statements: int) -> tuple[float, alerts.DeliveryReport]:
    engine = warehouse.connect(settings.warehouse_url)
    warehouse.migrate(engine)
    channels = alerts.load_channels(settings)
    warehouse.load_articles(engine, items(statements), alert_channels=channels)
    engine.dispose()
    started = time.perf_counter()
    report = alerts.deliver_pending(settings)
    return time.perf_counter() - started, report


@contextmanager
def scratch_postgres(admin_url: str) -> Iterator[str | None]:
    name = f"monitor_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError:
        admin.dispose()
        yield None
        return
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--statements", type=int, default=1000)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    n = args.statements
    web = LoopbackWeb().start()
    web.route("/hook", "ok", content_type="text/plain")
    hook = f"json://127.0.0.1:{web.server.server_address[1]}/hook"
    rows: list[tuple[str, int, float]] = []
    try:
        started = time.perf_counter()  # baseline 1: bare HTTP, a connection per post as Apprise
        for i in range(n):
            payload = {"title": f"alert {i}", "message": "text", "type": "info"}
            requests.post(web.url("/hook"), data=json.dumps(payload), timeout=10)
        rows.append(("bare `requests.post` loop (baseline)", n, time.perf_counter() - started))
        notifier = Notifier(hook)  # baseline 2: Apprise alone
        message = render_text("Bench", "A statement on the situation in Venezuela.")
        started = time.perf_counter()
        for _ in range(n):
            assert notifier.send(message) is None
        rows.append(
            ("Apprise `json://` alone, no outbox (baseline)", n, time.perf_counter() - started)
        )
        with tempfile.TemporaryDirectory() as folder:
            config = Path(folder) / "alerts.yaml"
            config.write_text(
                f"channels:\n  - {{name: instant, url: '{hook}', max_per_run: {n + 1}}}\n"
            )
            base = Settings(alerts_path=config)
            duck = base.replace(warehouse_url=f"duckdb:///{folder}/instant.duckdb")
            seconds, report = timed_delivery(duck, n)
            assert report.sent == n, report
            rows.append(("`deliver_pending`, instant, DuckDB", n, seconds))
            with scratch_postgres(args.postgres) as url:
                if url is not None:
                    seconds, report = timed_delivery(base.replace(warehouse_url=url), n)
                    assert report.sent == n, report
                    rows.append(("`deliver_pending`, instant, PostgreSQL", n, seconds))
            config.write_text(
                f"channels:\n  - {{name: digest, url: '{hook}', mode: digest, max_per_run: {n}}}\n"
            )
            digest = base.replace(warehouse_url=f"duckdb:///{folder}/digest.duckdb")
            seconds, report = timed_delivery(digest, n)
            assert report.sent == n and report.messages == 1, report
            rows.append(("`deliver_pending`, digest (1 message), DuckDB", n, seconds))
    finally:
        web.stop()
    table = "\n".join(
        ["| delivery | alerts | seconds | alerts/s |", "|---|---:|---:|---:|"]
        + [f"| {name} | {count} | {s:.2f} | {count / s:.0f} |" for name, count, s in rows]
    )
    print(table)
    write_section(
        "Alerts",
        f"`.venv/bin/python bench/alerts.py --statements {n}` on {datetime.now(UTC):%Y-%m-%d}, "
        f"{platform.processor() or platform.machine()}, Python {platform.python_version()}. "
        "Receiver: the tests' threaded loopback HTTP server answering `ok`. Instant mode commits "
        "twice per alert (claimed as `sending`, then `sent`) so that a crash loses nothing.\n\n"
        + table,
    )


if __name__ == "__main__":
    main()
