from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from monitor import pipeline, warehouse
from monitor.feeds import Feed
from monitor.settings import Settings
from tests.sites import PARAGRAPHS, article_page, rss_document
from tests.webserver import LoopbackWeb, Reply, Seen


def conditional(body: str, etag: str):  # type: ignore[no-untyped-def]
    def handler(seen: Seen) -> Reply:
        if seen.headers.get("If-None-Match") == etag:
            return Reply(304, b"", {"ETag": etag})
        return Reply(200, body.encode(), {"Content-Type": "application/rss+xml", "ETag": etag})

    return handler


@pytest.fixture
def site(web: LoopbackWeb) -> list[Feed]:
    web.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    for n in range(1, 5):
        web.route(f"/news/{n}", article_page(f"Story {n}", PARAGRAPHS))
    web.route("/private/5", article_page("Private", PARAGRAPHS))
    feed_a = rss_document(
        [
            ("Story 1", web.url("/news/1"), "Summary one"),
            ("Story 2", web.url("/news/2?utm_source=rss"), "Summary two"),
            ("Gone", web.url("/news/404"), "<p>The <b>summary</b> of a page that is gone.</p>"),
        ]
    )
    feed_b = rss_document(
        [
            ("Story 2 again", web.url("/news/2"), "Same article via another feed"),
            ("Story 3", web.url("/news/3"), "Summary three"),
            ("Private", web.url("/private/5"), "Summary of a page robots.txt forbids"),
        ]
    )
    web.route("/feed-a.xml", handler=conditional(feed_a, '"a1"'))
    web.route("/feed-b.xml", handler=conditional(feed_b, '"b1"'))
    web.route("/broken.xml", b"", status=500)
    return [
        Feed("feed-a", web.url("/feed-a.xml")),
        Feed("feed-b", web.url("/feed-b.xml")),
        Feed("broken", web.url("/broken.xml")),
    ]


def rows(url: str, query: str) -> list[tuple[object, ...]]:
    engine = warehouse.connect(url)
    with engine.connect() as connection:
        result = [tuple(r) for r in connection.execute(sa.text(query))]
    engine.dispose()
    return result


def test_run_loads_each_article_once_with_fallbacks(
    site: list[Feed], settings: Settings, warehouse_url: str
) -> None:
    settings = settings.replace(warehouse_url=warehouse_url, max_retries=0)
    summary = pipeline.run(settings, site)
    assert sorted(summary.feeds_ok) == ["feed-a", "feed-b"]
    assert summary.feeds_failed == {"broken": "HTTP 500 Internal Server Error"}
    assert summary.new_articles == 5
    stored = dict(rows(warehouse_url, "SELECT url, body_source FROM articles"))
    base = site[0].url.rsplit("/", 1)[0]
    assert stored == {
        f"{base}/news/1": "page",
        f"{base}/news/2": "page",  # once, though reached through two feeds
        f"{base}/news/3": "page",
        f"{base}/news/404": "summary",
        f"{base}/private/5": "summary",
    }
    (gone,) = rows(warehouse_url, "SELECT body, page_error FROM articles WHERE url LIKE '%404'")
    assert gone == ("The summary of a page that is gone.", "HTTP 404 Not Found")
    (private,) = rows(warehouse_url, "SELECT page_error FROM articles WHERE url LIKE '%private%'")
    assert private == ("disallowed by robots.txt",)
    (body,) = rows(warehouse_url, "SELECT body FROM articles WHERE url LIKE '%news/1'")
    assert "Foreign Minister Ana Ruiz" in str(body[0]) and "Related" not in str(body[0])
    states = dict(rows(warehouse_url, "SELECT feed, consecutive_failures FROM feed_state"))
    assert states == {"feed-a": 0, "feed-b": 0, "broken": 1}


def test_second_run_sends_conditional_requests_only(
    site: list[Feed], settings: Settings, web: LoopbackWeb
) -> None:
    pipeline.run(settings, site[:2])
    before = rows(settings.warehouse_url, "SELECT * FROM articles ORDER BY url")
    web.requests.clear()
    summary = pipeline.run(settings, site[:2])
    assert sorted(summary.feeds_not_modified) == ["feed-a", "feed-b"]
    assert summary.new_articles == 0
    assert sorted(r.path for r in web.requests) == ["/feed-a.xml", "/feed-b.xml"]
    assert all(r.headers.get("If-None-Match") for r in web.requests)
    assert rows(settings.warehouse_url, "SELECT * FROM articles ORDER BY url") == before


def test_changed_feed_with_known_articles_fetches_no_pages(
    site: list[Feed], settings: Settings, web: LoopbackWeb
) -> None:
    pipeline.run(settings, site[:1])
    web.requests.clear()
    # the same entries under a new ETag: the feed is re-parsed, its articles are known
    body = rss_document([("Story 1", web.url("/news/1"), "Summary one")])
    web.route("/feed-a.xml", handler=conditional(body, '"a2"'))
    summary = pipeline.run(settings, site[:1])
    assert summary.feeds_ok == ["feed-a"] and summary.new_articles == 0
    assert [r.path for r in web.requests] == ["/feed-a.xml"]


def test_cli_run_exit_codes(site: list[Feed], tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "feeds:\n" + "".join(f"  - name: {f.name}\n    url: {f.url}\n" for f in site[:2])
    )
    env = {
        "MONITOR_ALLOW_PRIVATE_NETWORKS": "1",
        "MONITOR_PER_HOST_DELAY": "0",
        "PATH": "/usr/bin:/bin",
    }
    monitor = [sys.executable, "-m", "monitor", "run", "--no-alerts"]
    ok = subprocess.run(
        [*monitor, "--feeds", str(feeds), "--warehouse", f"duckdb:///{tmp_path}/w.duckdb"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    assert "feeds: 2 ok, 0 not modified, 0 failed" in ok.stdout
    assert "articles: 5 new" in ok.stdout
    missing = subprocess.run(
        [*monitor, "--feeds", str(tmp_path / "none.yaml")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode != 0
    assert missing.stderr.strip().splitlines()[-1].startswith("Error: feed list")
    bad_url = subprocess.run(
        [*monitor, "--feeds", str(feeds), "--warehouse", "mysql://x/y"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad_url.returncode != 0 and "unsupported warehouse URL" in bad_url.stderr


def test_fetch_and_extraction_run_without_native_crashes(web: LoopbackWeb, tmp_path: Path) -> None:
    """Regression guard: extraction in threads crashed the interpreter natively in trials;
    the pipeline extracts in worker processes. Several full runs in fresh interpreters over
    many pages must all exit cleanly."""
    items = []
    for n in range(60):
        web.route(f"/p/{n}", article_page(f"Page {n}", PARAGRAPHS * (1 + n % 4)))
        items.append((f"Page {n}", web.url(f"/p/{n}"), "s"))
    web.route("/many.xml", rss_document(items), content_type="application/rss+xml")
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - name: many\n    url: {web.url('/many.xml')}\n")
    env = {
        "MONITOR_ALLOW_PRIVATE_NETWORKS": "1",
        "MONITOR_PER_HOST_DELAY": "0",
        "MONITOR_IO_WORKERS": "16",
        "PATH": "/usr/bin:/bin",
    }
    for attempt in range(3):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "monitor",
                "run",
                "--no-alerts",
                "--feeds",
                str(feeds),
                "--warehouse",
                f"duckdb:///{tmp_path}/w{attempt}.duckdb",
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert "articles: 60 new" in done.stdout


def test_reclassify_applies_a_new_lexicon_without_fetching(
    site: list[Feed], settings: Settings, web: LoopbackWeb, tmp_path: Path
) -> None:
    import yaml

    from monitor.settings import DEFAULT_FEEDS_PATH

    pipeline.run(settings, site[:1])
    articles = "SELECT id, content_hash FROM articles ORDER BY id"
    before = rows(settings.warehouse_url, articles)
    lexicon = yaml.safe_load((DEFAULT_FEEDS_PATH.parent / "topics.yaml").read_text())
    lexicon["topics"]["brussels"] = {"label": "Brussels", "terms": {"places": ["Brussels"]}}
    topics = tmp_path / "topics.yaml"
    topics.write_text(yaml.safe_dump(lexicon, allow_unicode=True))
    web.requests.clear()
    stats = pipeline.reclassify(settings.replace(topics_path=topics))
    assert web.requests == []
    assert stats.updated_articles == len(before) == 3
    assert (
        rows(settings.warehouse_url, "SELECT id, content_hash FROM articles ORDER BY id") == before
    )
    found = rows(settings.warehouse_url, "SELECT count(*) FROM mentions WHERE topic = 'brussels'")
    assert found == [(2,)]  # the two pages; the gone page's summary does not name Brussels
    again = pipeline.reclassify(settings.replace(topics_path=topics))
    assert again == stats  # a second pass changes nothing
