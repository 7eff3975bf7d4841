"""The hostile web: broken, lying, slow, huge and malicious feeds and pages, served on loopback.
Each case is a row of the table in docs/RELIABILITY.md."""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from monitor import pipeline, warehouse
from monitor.extract import extract_article, summary_to_text
from monitor.feeds import Feed, parse_feed
from monitor.fetch import FEED_TYPES, PAGE_TYPES, FetchError, HttpClient
from monitor.records import FeedState, FeedStatus
from monitor.settings import Settings
from tests.rawweb import Connection, ConnectionLog, RawWeb, repeat
from tests.webserver import LoopbackWeb, Reply, Seen

FEED = Feed("hostile", "http://news.example/feed.xml")
PARAGRAPH = (
    "Foreign Minister Ana Ruiz met her counterpart in Brussels on Tuesday to discuss the "
    "negotiations on Venezuela, and told reporters that elections must be free and fair."
)


def item(title: str, link: str, extra: str = "", description: str = "Summary") -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link>"
        f"<description>{description}</description>{extra}</item>"
    )


def rss(*items: str, prolog: str = "<?xml version='1.0'?>") -> str:
    return f"{prolog}<rss version='2.0'><channel><title>T</title>{''.join(items)}</channel></rss>"


def page(title: str, paragraphs: int = 3, extra: str = "") -> str:
    body = "".join(f"<p>{PARAGRAPH} ({n})</p>" for n in range(paragraphs))
    return (
        f"<html lang='en'><head><title>{title}</title></head><body><nav>Home World</nav>"
        f"<article><h1>{title}</h1>{body}{extra}</article><footer>Copyright</footer></body></html>"
    )


@pytest.fixture
def raw() -> Iterator[RawWeb]:
    server = RawWeb().start()
    yield server
    server.stop()


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> ConnectionLog:
    return ConnectionLog().install(monkeypatch)


@pytest.fixture
def fast(settings: Settings) -> Settings:
    """Small retries, deadline and timeouts so that misbehaving servers cost seconds."""
    return settings.replace(
        max_retries=1, max_retry_wait=2.0, response_deadline=2.0, read_timeout=3
    )


def stored(url: str, query: str = "SELECT * FROM articles ORDER BY url") -> list[dict[str, Any]]:
    engine = warehouse.connect(url)
    with engine.connect() as connection:
        result = [dict(row) for row in connection.execute(sa.text(query)).mappings()]
    engine.dispose()
    return result


# ------------------------------------------------------------------------------------- feeds


def test_malformed_xml_keeps_what_can_be_read() -> None:
    document = rss(
        item("A & B <b>bold", "http://news.example/a"), item("C", "http://news.example/c")
    )
    parsed = parse_feed(FEED, document.encode())
    assert [e.url for e in parsed.entries] == ["http://news.example/a", "http://news.example/c"]
    assert parsed.warnings[0].startswith("malformed feed: ")


def test_truncated_xml_keeps_the_complete_entries() -> None:
    document = rss(*(item(f"T{n}", f"http://news.example/{n}") for n in range(3))).encode()
    parsed = parse_feed(FEED, document[: document.index(b"<item><title>T2")] + b"<item><tit")
    assert [e.title for e in parsed.entries] == ["T0", "T1"]
    assert "malformed feed" in parsed.warnings[0]


def test_html_served_as_a_feed_fails_that_feed_only(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/page.xml", page("Not a feed"), content_type="text/html")
    web.route("/labelled.xml", page("Not a feed"), content_type="application/rss+xml")
    # a real feed that its server calls text/html (common) is read
    web.route("/good.xml", rss(item("Good", web.url("/a"))), content_type="text/html")
    web.route("/a", page("Good"))
    feeds = [Feed(name, web.url(f"/{name}.xml")) for name in ("page", "labelled", "good")]
    summary = pipeline.run(settings, feeds)
    assert sorted(summary.feeds_failed) == ["labelled", "page"]
    assert all(e.startswith("not an RSS or Atom feed") for e in summary.feeds_failed.values())
    assert summary.feeds_ok == ["good"] and summary.new_articles == 1


def test_empty_feed_and_empty_document() -> None:
    assert parse_feed(FEED, rss().encode()).entries == ()
    for nothing in (b"", b"  \n"):
        with pytest.raises(ValueError, match="empty feed document"):
            parse_feed(FEED, nothing)


@pytest.mark.parametrize(
    ("document", "content_type"),
    [
        # declared ISO-8859-1 in XML, nothing in HTTP; the bytes are Windows-1252 (quotes)
        (
            rss(
                item("Pérez “dijo”", "http://n.example/a"),
                prolog="<?xml version='1.0' encoding='iso-8859-1'?>",
            ).encode("cp1252"),
            "",
        ),
        # Windows-1252 bytes declared as UTF-8 in both places
        (
            rss(item("Pérez “dijo”", "http://n.example/a")).encode("cp1252"),
            "application/rss+xml; charset=utf-8",
        ),
        # UTF-8 bytes, HTTP says ISO-8859-1
        (
            rss(item("Pérez “dijo”", "http://n.example/a")).encode(),
            "application/rss+xml; charset=iso-8859-1",
        ),
        # no declaration anywhere, text/xml (RFC 3023 default us-ascii), Windows-1252 bytes
        (rss(item("Pérez “dijo”", "http://n.example/a")).encode("cp1252"), "text/xml"),
        # UTF-8 byte-order mark with an XML declaration that says ISO-8859-1
        (
            b"\xef\xbb\xbf"
            + rss(
                item("Pérez “dijo”", "http://n.example/a"),
                prolog="<?xml version='1.0' encoding='iso-8859-1'?>",
            ).encode(),
            "",
        ),
        # UTF-16 with a byte-order mark
        (
            rss(
                item("Pérez “dijo”", "http://n.example/a"),
                prolog="<?xml version='1.0' encoding='utf-16'?>",
            ).encode("utf-16"),
            "application/xml",
        ),
        # UTF-16 big-endian without a byte-order mark, HTTP says UTF-16
        (
            rss(
                item("Pérez “dijo”", "http://n.example/a"),
                prolog="<?xml version='1.0' encoding='utf-16'?>",
            ).encode("utf-16-be"),
            "application/xml; charset=utf-16",
        ),
    ],
    ids=[
        "latin1-declared-cp1252-bytes",
        "cp1252-declared-utf8",
        "utf8-declared-latin1",
        "no-charset-text-xml",
        "utf8-bom-over-declaration",
        "utf16-bom",
        "utf16be-no-bom",
    ],
)
def test_charsets_wrong_missing_or_with_a_bom(document: bytes, content_type: str) -> None:
    (entry,) = parse_feed(FEED, document, content_type=content_type or None).entries
    assert entry.title == "Pérez “dijo”"


def billion_laughs(one_line: bool) -> str:
    sep = "" if one_line else "\n"
    entities = [f'<!ENTITY lol0 "{"lol" * 10}">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return (
        f"<?xml version='1.0'?>{sep}<!DOCTYPE rss [{sep}{sep.join(entities)}{sep}]>{sep}"
        "<rss version='2.0'><channel><item><title>&lol9;</title>"
        "<link>http://news.example/a</link><description>&lol9;</description></item>"
        "</channel></rss>"
    )


@pytest.mark.parametrize("variant", ["multi-line", "one-line", "utf-16"])
def test_billion_laughs_is_not_expanded(variant: str) -> None:
    text = billion_laughs(one_line=variant != "multi-line")
    document = text.encode("utf-16") if variant == "utf-16" else text.encode()
    tracemalloc.start()
    started = time.monotonic()
    try:
        parsed = parse_feed(FEED, document)
        seconds = time.monotonic() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # 10^9 "lol"s would be 3 GB; expat alone would stop near 8 MiB after a second or two
    assert seconds < 0.5 and peak < 2_000_000
    (entry,) = parsed.entries
    assert "lollol" not in entry.title + entry.summary_html


def test_external_entities_and_dtds_are_never_fetched(
    web: LoopbackWeb, settings: Settings, connections: ConnectionLog
) -> None:
    secret = web.url("/secret")
    web.route("/secret", "TOP SECRET", content_type="text/plain")
    documents = {
        "/general.xml": f'<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "{secret}">\n]>',
        "/one-line.xml": f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret}">]>',
        "/dtd.xml": f'<!DOCTYPE rss SYSTEM "{secret}">',
        "/parameter.xml": f'<!DOCTYPE rss [\n<!ENTITY % pe SYSTEM "{secret}">\n%pe;\n]>',
        "/file.xml": '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>',
    }
    for path, doctype in documents.items():
        body = rss(item("t &xxe;", web.url("/a")), prolog=f"<?xml version='1.0'?>\n{doctype}\n")
        web.route(path, body, content_type="application/rss+xml")
    with HttpClient(settings) as client:
        outcomes = [pipeline.fetch_feed(client, Feed("x", web.url(p)), None) for p in documents]
    assert all(o.status is FeedStatus.OK and len(o.entries) == 1 for o in outcomes)
    assert all("SECRET" not in o.entries[0].title for o in outcomes)
    assert web.hits("/secret") == []
    assert {r.path for r in web.requests} == {"/robots.txt", *documents}
    assert connections.refused == []


def test_duplicate_guids_and_duplicate_links() -> None:
    guid = "<guid isPermaLink='false'>same-guid</guid>"
    document = rss(
        item("First", "http://news.example/1", guid),
        item("Second, same GUID", "http://news.example/2", guid),
        item("First again", "http://news.example/1?utm_source=rss", "<guid>other</guid>"),
    )
    parsed = parse_feed(FEED, document.encode())
    # the canonical URL is the key: two pages under one GUID are two articles, one page under
    # two GUIDs (or with tracking parameters) is one
    assert [(e.title, e.url) for e in parsed.entries] == [
        ("First", "http://news.example/1"),
        ("Second, same GUID", "http://news.example/2"),
    ]


def test_entries_without_links() -> None:
    document = rss(
        "<item><title>No link</title><description>d</description></item>",
        "<item><title>Perma GUID</title><guid>https://news.example/by-guid</guid></item>",
        item("Script link", "javascript:alert(1)"),
        item("Relative", "/relative/path"),
    )
    parsed = parse_feed(FEED, document.encode(), base_url="http://news.example/feed.xml")
    assert [e.url for e in parsed.entries] == [
        "https://news.example/by-guid",
        "http://news.example/relative/path",
    ]
    assert parsed.warnings == ("2 entries without a usable http(s) link skipped",)


def test_odd_and_missing_dates_use_the_fetch_time_marked_estimated(
    web: LoopbackWeb, settings: Settings
) -> None:
    dates = {
        "rfc822": ("<pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate>", "2025-06-10 08:00"),
        "iso": ("<pubDate>2025-06-10T10:00:00+02:00</pubDate>", "2025-06-10 08:00"),
        "missing": ("", None),
        "garbage": ("<pubDate>yesterday-ish</pubDate>", None),
        "impossible": ("<pubDate>Tue, 45 Jun 2025 99:99:99 GMT</pubDate>", None),
        "epoch": ("<pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate>", None),
        "future": ("<pubDate>Sat, 01 Jan 2101 00:00:00 GMT</pubDate>", None),
    }
    items = []
    for name, (extra, _) in dates.items():
        web.route(f"/{name}", page(name))
        items.append(item(name, web.url(f"/{name}"), extra))
    web.route("/feed.xml", rss(*items), content_type="application/rss+xml")
    pipeline.run(settings, [Feed("dates", web.url("/feed.xml"))])
    rows = {row["title"]: row for row in stored(settings.warehouse_url)}
    for name, (_, expected) in dates.items():
        row = rows[name]
        published = row["published_at"].astimezone(UTC)
        if expected is None:
            assert row["published_at_estimated"] is True, name
            assert abs(published - row["fetched_at"].astimezone(UTC)) < timedelta(seconds=1)
        else:
            assert row["published_at_estimated"] is False, name
            assert published.strftime("%Y-%m-%d %H:%M") == expected, name


def test_same_etag_with_new_content_is_still_parsed(web: LoopbackWeb, settings: Settings) -> None:
    """A server that keeps its ETag while the feed changes, and ignores If-None-Match (200)."""
    entries = [item("One", web.url("/1"))]

    def feed(seen: Seen) -> Reply:
        body = rss(*entries).encode()
        return Reply(200, body, {"Content-Type": "application/rss+xml", "ETag": '"forever"'})

    web.route("/feed.xml", handler=feed)
    for n in (1, 2):
        web.route(f"/{n}", page(f"Story {n}"))
    feeds = [Feed("sticky", web.url("/feed.xml"))]
    assert pipeline.run(settings, feeds).new_articles == 1
    entries.append(item("Two", web.url("/2")))
    summary = pipeline.run(settings, feeds)
    assert summary.feeds_ok == ["sticky"] and summary.new_articles == 1
    assert web.hits("/feed.xml")[-1].headers["If-None-Match"] == '"forever"'


def test_a_wrong_304_is_caught_by_a_full_fetch_after_a_week(
    web: LoopbackWeb, settings: Settings
) -> None:
    """A server that answers 304 to our validators whatever changed: once the last full fetch
    is older than FULL_FETCH_AFTER the validators are left out."""

    def feed(seen: Seen) -> Reply:
        if "If-None-Match" in seen.headers:
            return Reply(304, b"", {"ETag": '"stale"'})
        body = rss(item("New", web.url("/new"))).encode()
        return Reply(200, body, {"Content-Type": "application/rss+xml", "ETag": '"stale"'})

    web.route("/feed.xml", handler=feed)
    target = Feed("stale", web.url("/feed.xml"))
    now = datetime.now(UTC)
    with HttpClient(settings) as client:
        for days, expected in ((1, FeedStatus.NOT_MODIFIED), (8, FeedStatus.OK)):
            previous = FeedState(
                "stale", target.url, etag='"stale"', last_success_at=now - timedelta(days=days)
            )
            outcome = pipeline.fetch_feed(client, target, previous)
            assert outcome.status is expected
        # a 304 does not count as a full fetch: the safety net's clock keeps running
        assert outcome.state.last_success_at is not None
        not_modified = pipeline.fetch_feed(client, target, outcome.state)
        assert not_modified.state.last_success_at == outcome.state.last_success_at


def test_unstorable_characters_in_a_feed_lose_nothing(
    web: LoopbackWeb, settings: Settings, warehouse_url: str
) -> None:
    """&#0;, a lone surrogate (&#xD800;) and raw control bytes: feedparser raised on the
    surrogate (the whole feed was lost) and PostgreSQL refuses NUL (the whole batch was)."""
    web.route("/a", b"<html><body><p>NUL \x00 in a page \x01</p></body></html>")
    document = rss(
        item("A&#0;B \x00 C &#xD800;", web.url("/a"), description="x&#xD800;y &#1; z\x07"),
        item("Fine", web.url("/b")),
    )
    web.route("/feed.xml", document.encode(), content_type="application/rss+xml")
    settings = settings.replace(warehouse_url=warehouse_url)
    summary = pipeline.run(settings, [Feed("controls", web.url("/feed.xml"))])
    assert summary.feeds_ok == ["controls"] and summary.new_articles == 2
    titles = sorted(row["title"] for row in stored(warehouse_url))
    assert titles == ["A\ufffdB C \ufffd", "Fine"]


def test_a_feed_with_too_many_entries_is_capped(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/robots.txt", "User-agent: *\nDisallow: /p/", content_type="text/plain")
    many = rss(*(item(f"T{n}", web.url(f"/p/{n}")) for n in range(30)))
    web.route("/feed.xml", many, content_type="application/rss+xml")
    summary = pipeline.run(
        settings.replace(max_entries_per_feed=10), [Feed("many", web.url("/feed.xml"))]
    )
    assert summary.entries_seen == 10 and summary.new_articles == 10
    assert summary.feed_warnings["many"] == ["20 entries over the limit skipped"]


# -------------------------------------------------------------------------------------- HTTP


@pytest.mark.parametrize("status", [404, 410])
def test_a_feed_gone_for_n_runs_is_dead_and_skipped(
    web: LoopbackWeb, settings: Settings, status: int
) -> None:
    settings = settings.replace(dead_feed_after=2)
    web.route("/gone.xml", b"", status=status)
    feeds = [Feed("gone", web.url("/gone.xml"))]
    first = pipeline.run(settings, feeds)
    assert list(first.feeds_failed) == ["gone"] and first.feeds_dead == {}
    second = pipeline.run(settings, feeds)
    assert second.feeds_failed == {} and "2 failed runs in a row" in second.feeds_dead["gone"]
    assert "monitor reset-feed gone" in second.feeds_dead["gone"]
    third = pipeline.run(settings, feeds)
    assert list(third.feeds_dead) == ["gone"]
    assert len(web.hits("/gone.xml")) == 2  # the dead feed was not requested again
    (state,) = stored(settings.warehouse_url, "SELECT * FROM feed_state")
    assert state["last_status"] == "dead" and state["consecutive_failures"] == 2

    # back: a new URL in the feed list, or a reset, makes it fetched again
    web.route("/moved.xml", rss(), content_type="application/rss+xml")
    assert pipeline.run(settings, [Feed("gone", web.url("/moved.xml"))]).feeds_ok == ["gone"]
    pipeline.run(settings, feeds)
    assert list(pipeline.run(settings, feeds).feeds_dead) == ["gone"]
    assert pipeline.reset_feeds(settings, ["gone", "unknown"]) == ["gone"]
    web.route("/gone.xml", rss(), content_type="application/rss+xml")
    assert pipeline.run(settings, feeds).feeds_ok == ["gone"]


def test_the_cli_lists_dead_feeds_and_resets_them(web: LoopbackWeb, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from monitor.cli import cli

    web.route("/gone.xml", b"", status=410)
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(f"feeds:\n  - name: gone\n    url: {web.url('/gone.xml')}\n")
    env = {"MONITOR_ALLOW_PRIVATE_NETWORKS": "1", "MONITOR_DEAD_FEED_AFTER": "1"}
    where = ["--warehouse", f"duckdb:///{tmp_path}/w.duckdb"]
    runner = CliRunner()
    result = runner.invoke(cli, ["run", "--no-alerts", "--feeds", str(feeds), *where], env=env)
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output
    assert "  dead gone: HTTP 410 Gone (1 failed run in a row)" in result.output
    reset = runner.invoke(cli, ["reset-feed", "gone", "other", *where], env=env)
    assert reset.output.splitlines() == ["gone: reset", "other: no stored state"]


def test_a_feed_failing_otherwise_is_never_declared_dead(
    web: LoopbackWeb, settings: Settings
) -> None:
    settings = settings.replace(dead_feed_after=1, max_retries=0)
    web.route("/down.xml", b"", status=500)
    web.route("/forbidden.xml", b"", status=403)
    feeds = [Feed("down", web.url("/down.xml")), Feed("forbidden", web.url("/forbidden.xml"))]
    for _ in range(2):
        summary = pipeline.run(settings, feeds)
        assert sorted(summary.feeds_failed) == ["down", "forbidden"] and not summary.feeds_dead


def sequence(*replies: Reply) -> Any:
    """Each request gets the next reply; the last one forever."""
    queue = list(replies)
    return lambda seen: queue.pop(0) if len(queue) > 1 else queue[0]


def test_429_and_503_with_retry_after_seconds_and_http_date(
    web: LoopbackWeb, fast: Settings
) -> None:
    soon = (datetime.now(UTC) + timedelta(seconds=1)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    web.route(
        "/busy",
        handler=sequence(
            Reply(429, b"", {"Retry-After": "1"}),
            Reply(503, b"", {"Retry-After": soon}),
            Reply(200, b"<html>ok</html>", {"Content-Type": "text/html"}),
        ),
    )
    started = time.monotonic()
    with HttpClient(fast.replace(max_retries=2)) as client:
        assert client.fetch(web.url("/busy"), accept_types=PAGE_TYPES).content == b"<html>ok</html>"
    assert len(web.hits("/busy")) == 3 and time.monotonic() - started >= 1.0


def test_retry_after_garbage_or_too_long(web: LoopbackWeb, fast: Settings) -> None:
    web.route("/garbage", b"", status=503, headers={"Retry-After": "soon, maybe"})
    web.route("/forever", b"", status=429, headers={"Retry-After": "86400"})
    with HttpClient(fast) as client:
        with pytest.raises(FetchError, match="HTTP 503"):
            client.fetch(web.url("/garbage"), accept_types=PAGE_TYPES)  # backoff instead
        with pytest.raises(FetchError, match="Retry-After 86400s exceeds the 2s limit"):
            client.fetch(web.url("/forever"), accept_types=PAGE_TYPES)
    assert len(web.hits("/garbage")) == 2 and len(web.hits("/forever")) == 1


def test_500_flapping(web: LoopbackWeb, fast: Settings) -> None:
    ok = Reply(200, b"<html>ok</html>", {"Content-Type": "text/html"})
    down = Reply(500, b"", {"Retry-After": "0"})
    web.route("/flap", handler=sequence(down, ok, down, ok, down, down, ok))
    with HttpClient(fast) as client:
        results = []
        for _ in range(3):
            try:
                results.append(client.fetch(web.url("/flap"), accept_types=PAGE_TYPES).status)
            except FetchError as exc:
                results.append(str(exc))
    assert results == [200, 200, "HTTP 500 Internal Server Error"]


def test_connection_reset_before_and_during_the_body(raw: RawWeb, fast: Settings) -> None:
    def reset_at_once(c: Connection) -> None:
        c.reset()

    def reset_mid_body(c: Connection) -> None:
        c.head(headers={"Content-Type": "text/html", "Content-Length": "100000"})
        c.send(b"<p>" + b"x" * 1000)
        c.reset()

    raw.route("/early", reset_at_once)
    raw.route("/late", reset_mid_body)
    with HttpClient(fast) as client:
        with pytest.raises(FetchError, match="ConnectionError"):
            client.fetch(raw.url("/early"), accept_types=PAGE_TYPES)
        with pytest.raises(FetchError, match="error reading response"):
            client.fetch(raw.url("/late"), accept_types=PAGE_TYPES)
    assert len(raw.hits("/early")) == 2  # retried once


def test_a_body_that_never_ends_hits_the_byte_cap(raw: RawWeb, fast: Settings) -> None:
    def endless(c: Connection) -> None:
        c.head(headers={"Content-Type": "text/html"})
        c.stream(repeat(b"<p>more</p>" * 1000))

    raw.route("/endless", endless)
    with (
        HttpClient(fast.replace(max_response_bytes=1_000_000)) as client,
        pytest.raises(FetchError, match="exceeds the 1000000-byte cap"),
    ):
        client.fetch(raw.url("/endless"), accept_types=PAGE_TYPES)


@pytest.mark.parametrize("framing", ["content-length", "chunked", "headers"])
def test_a_reply_that_drips_one_byte_a_second_meets_the_deadline(
    raw: RawWeb, fast: Settings, framing: str
) -> None:
    """The read timeout never fires (a byte comes every second); the overall deadline does.
    Headers dripped byte by byte were not covered by any deadline (fixed)."""

    def drip(c: Connection) -> None:
        if framing == "headers":
            c.stream((bytes([b]) for b in b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 100), 1.0)
            return
        length = {"Content-Length": "1000"} if framing == "content-length" else {}
        chunked = {} if length else {"Transfer-Encoding": "chunked"}
        c.head(headers={"Content-Type": "text/html", **length, **chunked})
        c.stream(repeat(b"x" if length else b"1\r\nx\r\n"), 1.0)

    raw.route("/drip", drip)
    started = time.monotonic()
    with HttpClient(fast) as client, pytest.raises(FetchError, match="not complete within 2s"):
        client.fetch(raw.url("/drip"), accept_types=PAGE_TYPES)
    assert time.monotonic() - started < 5
    assert len(raw.hits("/drip")) == 1  # a deadline is not retried


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compression_bomb_is_capped_with_bounded_memory(
    raw: RawWeb, fast: Settings, encoding: str
) -> None:
    """Endless zeros, compressed about 1000:1, as a generated stream."""
    wbits = 31 if encoding == "gzip" else 15

    def bomb(c: Connection) -> None:
        compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
        block = b"\0" * (1 << 20)
        c.head(headers={"Content-Type": "text/html", "Content-Encoding": encoding})
        c.stream(
            iter(lambda: compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH), b"")
        )

    raw.route("/bomb", bomb)
    tracemalloc.start()
    try:
        with (
            HttpClient(fast.replace(max_response_bytes=5_000_000)) as client,
            pytest.raises(FetchError, match="5000000-byte cap"),
        ):
            client.fetch(raw.url("/bomb"), accept_types=PAGE_TYPES)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000  # the cap and one read's worth, not the decompressed stream
    assert raw.served[-1].sent < 1_000_000  # a few kB on the wire


def test_a_gzip_bomb_in_one_piece(web: LoopbackWeb, fast: Settings) -> None:
    web.route("/bomb", gzip.compress(b"\0" * 50_000_000), headers={"Content-Encoding": "gzip"})
    with (
        HttpClient(fast.replace(max_response_bytes=1_000_000)) as client,
        pytest.raises(FetchError, match="1000000-byte cap"),
    ):
        client.fetch(web.url("/bomb"), accept_types=PAGE_TYPES)


def test_redirect_loops_and_long_chains(web: LoopbackWeb, fast: Settings) -> None:
    web.route("/self", b"", status=302, headers={"Location": "/self"})
    web.route("/ping", b"", status=301, headers={"Location": "/pong?x=1"})
    web.route("/pong", b"", status=307, headers={"Location": "/ping"})
    for n in range(20):
        web.route(f"/hop{n}", b"", status=308, headers={"Location": f"/hop{n + 1}"})
    web.route("/nowhere", b"", status=302)
    with HttpClient(fast) as client:
        for path in ("/self", "/ping"):
            with pytest.raises(FetchError, match="redirect loop"):
                client.fetch(web.url(path), accept_types=PAGE_TYPES)
        with pytest.raises(FetchError, match="more than 5 redirects"):
            client.fetch(web.url("/hop0"), accept_types=PAGE_TYPES)
        with pytest.raises(FetchError, match="without a Location"):
            client.fetch(web.url("/nowhere"), accept_types=PAGE_TYPES)
    assert len([r for r in web.requests if r.path.startswith("/hop")]) == 6


def test_non_html_pages_fall_back_to_the_feed_summary(web: LoopbackWeb, settings: Settings) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    web.route("/doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", content_type="application/pdf")
    web.route("/image", png, content_type="image/png")
    web.route("/lying-png", png, content_type="text/html")  # a binary body declared as HTML
    web.route("/no-type", b"%PDF-1.7\n\x00\x01\x02", content_type="")
    items = [
        item(p, web.url(f"/{p}"), description=f"Summary of {p}")
        for p in ("doc.pdf", "image", "lying-png", "no-type")
    ]
    web.route("/feed.xml", rss(*items), content_type="application/rss+xml")
    pipeline.run(settings, [Feed("binary", web.url("/feed.xml"))])
    rows = {row["title"]: row for row in stored(settings.warehouse_url)}
    assert {t: r["body_source"] for t, r in rows.items()} == dict.fromkeys(rows, "summary")
    assert rows["doc.pdf"]["page_error"] == "unsupported content type 'application/pdf'"
    assert rows["image"]["page_error"] == "unsupported content type 'image/png'"
    assert rows["lying-png"]["page_error"] == "page text too short (0 characters)"
    assert rows["lying-png"]["body"] == "Summary of lying-png"


def test_a_page_of_hundreds_of_megabytes_is_never_downloaded(raw: RawWeb, fast: Settings) -> None:
    size = 500 * 1024 * 1024

    def declared(c: Connection) -> None:
        c.head(headers={"Content-Type": "text/html", "Content-Length": str(size)})
        c.stream(repeat(b"<p>" + b"x" * 65533, size))

    def undeclared(c: Connection) -> None:
        c.head(headers={"Content-Type": "text/html"})
        c.stream(repeat(b"<p>" + b"x" * 65533, size))

    raw.route("/declared", declared)
    raw.route("/undeclared", undeclared)
    with HttpClient(fast) as client:  # the default cap: 10 MiB
        with pytest.raises(FetchError, match=f"response of {size} bytes exceeds"):
            client.fetch(raw.url("/declared"), accept_types=PAGE_TYPES)
        with pytest.raises(FetchError, match="exceeds the 10485760-byte cap"):
            client.fetch(raw.url("/undeclared"), accept_types=PAGE_TYPES)
    deadline = time.monotonic() + 5
    while not all(s.finished for s in raw.served) and time.monotonic() < deadline:
        time.sleep(0.05)
    sent = {s.path: s.sent for s in raw.served}
    # what the kernel buffers took before the client hung up, not 500 MB
    assert sent["/declared"] < 20_000_000 and sent["/undeclared"] < 40_000_000


def test_a_lying_content_length(raw: RawWeb, fast: Settings) -> None:
    def longer(c: Connection) -> None:  # promises more than it sends, then closes
        c.head(headers={"Content-Type": "text/html", "Content-Length": "100000"})
        c.send(b"<p>only this</p>")

    def shorter(c: Connection) -> None:  # sends more than it promised
        c.head(headers={"Content-Type": "text/html", "Content-Length": "10"})
        c.send(b"<p>ten by</p> and the rest is ignored")

    raw.route("/longer", longer)
    raw.route("/shorter", shorter)
    with HttpClient(fast) as client:
        with pytest.raises(FetchError, match="IncompleteRead"):
            client.fetch(raw.url("/longer"), accept_types=FEED_TYPES + PAGE_TYPES)
        assert client.fetch(raw.url("/shorter"), accept_types=PAGE_TYPES).content == b"<p>ten by<"


# ----------------------------------------------------------------------------------- content

INJECTION = "<script>alert('x')</script><img src=x onerror=alert(1)><style>p{}</style>"


def test_markup_in_the_page_never_reaches_the_body() -> None:
    html = page(
        "Title",
        extra=f"<p>Quoted {INJECTION} text</p><p>&lt;script&gt;shown as text&lt;/script&gt;</p>"
        "<iframe src='http://evil.example/'></iframe><svg onload=alert(1)><text>svg</text></svg>",
    )
    body = extract_article(html.encode(), "http://news.example/a").body
    assert "alert" not in body and "onerror" not in body and "p{}" not in body
    assert "<img" not in body and "<iframe" not in body
    # text that an article shows as code is text, stored as such, escaped by every renderer
    assert "<script>shown as text</script>" in body


@pytest.mark.parametrize(
    "summary",
    [
        f"<p>Real {INJECTION} summary</p>",
        f"&lt;p&gt;Real {INJECTION.replace('<', '&lt;').replace('>', '&gt;')} summary&lt;/p&gt;",
        f"<![CDATA[<p>Real {INJECTION} summary</p>]]>",
    ],
    ids=["html", "escaped-twice", "cdata"],
)
def test_markup_in_a_feed_summary_never_reaches_the_text(summary: str) -> None:
    document = rss(item("T", "http://news.example/a", description=summary))
    (entry,) = parse_feed(FEED, document.encode()).entries
    text = summary_to_text(entry.summary_html)
    assert text == "Real summary"


def test_titles_declared_html_lose_their_markup_text_titles_keep_it() -> None:
    document = (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<entry><title type='html'>{INJECTION.replace('<', '&lt;')}&lt;b&gt;Bold&lt;/b&gt; "
        "news</title><link href='http://news.example/1'/></entry>"
        "<entry><title type='text'>Why &lt;div&gt; beats &lt;table&gt;</title>"
        "<link href='http://news.example/2'/></entry></feed>"
    )
    first, second = parse_feed(FEED, document.encode()).entries
    assert first.title == "Bold news"
    assert second.title == "Why <div> beats <table>"  # plain text, escaped on output


def test_an_extremely_long_line_is_cut(web: LoopbackWeb, settings: Settings) -> None:
    """A 5 MB one-line article is extracted in seconds and its body cut to MAX_BODY_CHARS, so
    that classification (quadratic in mentions on one line, see docs/RELIABILITY.md) stays
    bounded."""
    line = "La canciller dijo que Venezuela necesita paz según el informe. " * 80_000
    web.route("/long", f"<html><body><article><p>{line}</p></article></body></html>")
    web.route("/feed.xml", rss(item("Long", web.url("/long"))), content_type="application/rss+xml")
    started = time.monotonic()
    pipeline.run(settings, [Feed("long", web.url("/feed.xml"))])
    assert time.monotonic() - started < 30
    (row,) = stored(settings.warehouse_url)
    assert row["body_source"] == "page" and len(row["body"]) == pipeline.MAX_BODY_CHARS


@pytest.mark.parametrize(
    "body",
    [
        "El canciller dijo que Venezuela necesita paz según Haití y Ucrania. " * 3000,
        "\n\n".join(["a"] * (pipeline.MAX_BODY_CHARS // 3)),
        "\n".join(["“Venezuela”"] * (pipeline.MAX_BODY_CHARS // 12)),
    ],
    ids=["one-line", "one-char-paragraphs", "quote-lines"],
)
def test_classification_of_the_longest_stored_body_is_bounded(body: str) -> None:
    from monitor.classify import classify, load_lexicon

    lexicon = load_lexicon()
    body = body[: pipeline.MAX_BODY_CHARS]
    started = time.monotonic()
    classify("Title", body, lexicon)
    assert time.monotonic() - started < 10


def test_text_in_unexpected_scripts_goes_through(
    web: LoopbackWeb, settings: Settings, warehouse_url: str
) -> None:
    texts = {
        "arabic": "قال وزير الخارجية إن فنزويلا تحتاج إلى حوار سياسي جاد وشامل بين جميع الأطراف.",
        "cjk": "外交部长表示，委内瑞拉需要各方之间进行认真和包容的政治对话。日本語も大丈夫です。",
        "emoji": "Ministers 🇻🇪🇺🇦🇭🇹 met today 👩🏽‍⚖️ and said “peace now” 🕊️ — 𝒻𝒶𝓃𝒸𝓎 text.",
        "rtl-marks": "\u202eevil\u202c \u200f\u200e zero\u200bwidth \ufeff bom inside",
    }
    items = []
    for name, text in texts.items():
        web.route(f"/{name}", f"<html><body><article><p>{text * 5}</p></article></body></html>")
        items.append(item(f"{name}: {text[:20]}", web.url(f"/{name}"), description=text))
    web.route("/feed.xml", rss(*items).encode(), content_type="application/rss+xml")
    settings = settings.replace(warehouse_url=warehouse_url)
    assert pipeline.run(settings, [Feed("scripts", web.url("/feed.xml"))]).new_articles == 4
    rows = {row["title"].split(":")[0]: row for row in stored(warehouse_url)}
    for name, text in texts.items():
        assert rows[name]["summary"] == " ".join(text.split()), name
        assert rows[name]["title"] == f"{name}: {text[:20]}".strip(), name
