from __future__ import annotations

import gzip
import time
from datetime import timedelta

import pytest

from monitor.fetch import (
    FEED_TYPES,
    PAGE_TYPES,
    BlockedError,
    CachedRobots,
    FetchError,
    HttpClient,
    Validators,
    is_public_address,
)
from monitor.settings import Settings
from tests.webserver import LoopbackWeb, Reply, Seen


def flaky(replies: list[Reply]):  # type: ignore[no-untyped-def]
    """A handler answering each request with the next reply, the last one forever."""

    def handler(seen: Seen) -> Reply:
        return replies.pop(0) if len(replies) > 1 else replies[0]

    return handler


def test_sends_user_agent_and_validators(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/feed", "<rss/>", content_type="application/rss+xml", headers={"ETag": '"v1"'})
    with HttpClient(settings) as client:
        result = client.fetch(
            web.url("/feed"),
            accept_types=FEED_TYPES,
            validators=Validators('"v0"', "Tue, 10 Jun 2025 10:00:00 GMT"),
            user_agent="custom-agent/1",
        )
    (seen,) = web.hits("/feed")
    assert seen.headers["User-Agent"] == "custom-agent/1"
    assert seen.headers["If-None-Match"] == '"v0"'
    assert seen.headers["If-Modified-Since"] == "Tue, 10 Jun 2025 10:00:00 GMT"
    assert result.validators.etag == '"v1"' and result.content == b"<rss/>"


def test_default_user_agent_names_the_project(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/p", "<html></html>")
    with HttpClient(settings) as client:
        client.fetch(web.url("/p"), accept_types=PAGE_TYPES)
    assert web.hits("/p")[0].headers["User-Agent"].startswith("news-monitor/")


def test_304_is_not_modified(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/feed", b"", status=304)
    with HttpClient(settings) as client:
        result = client.fetch(web.url("/feed"), accept_types=FEED_TYPES)
    assert result.not_modified and result.content == b""


def test_retries_honour_retry_after(web: LoopbackWeb, settings: Settings) -> None:
    web.route(
        "/busy",
        handler=flaky(
            [
                Reply(429, b"", {"Retry-After": "1"}),
                Reply(503, b"", {"Retry-After": "1"}),
                Reply(200, b"<html>ok</html>", {"Content-Type": "text/html"}),
            ]
        ),
    )
    started = time.monotonic()
    with HttpClient(settings) as client:
        result = client.fetch(web.url("/busy"), accept_types=PAGE_TYPES)
    assert result.content == b"<html>ok</html>"
    assert len(web.hits("/busy")) == 3
    assert time.monotonic() - started >= 2.0  # waited the two Retry-After seconds


def test_retry_after_beyond_the_limit_gives_up_at_once(
    web: LoopbackWeb, settings: Settings
) -> None:
    web.route("/later", b"", status=503, headers={"Retry-After": "3600"})
    with HttpClient(settings) as client, pytest.raises(FetchError, match="Retry-After 3600s"):
        client.fetch(web.url("/later"), accept_types=PAGE_TYPES)
    assert len(web.hits("/later")) == 1


def test_gives_up_after_max_retries(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/down", b"", status=500, headers={"Retry-After": "0"})
    client = HttpClient(settings.replace(max_retries=2))
    with client, pytest.raises(FetchError, match="HTTP 500"):
        client.fetch(web.url("/down"), accept_types=PAGE_TYPES)
    assert len(web.hits("/down")) == 3


def test_404_is_not_retried(web: LoopbackWeb, settings: Settings) -> None:
    with HttpClient(settings) as client, pytest.raises(FetchError, match="HTTP 404"):
        client.fetch(web.url("/missing"), accept_types=PAGE_TYPES)
    assert len(web.hits("/missing")) == 1


def test_robots_txt_disallow_is_respected_and_cached(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    web.route("/private/page", "<html>secret</html>")
    web.route("/public/page", "<html>hello</html>")
    with HttpClient(settings) as client:
        with pytest.raises(BlockedError, match=r"robots\.txt"):
            client.fetch(web.url("/private/page"), accept_types=PAGE_TYPES)
        client.fetch(web.url("/public/page"), accept_types=PAGE_TYPES)
    assert web.hits("/private/page") == []
    assert len(web.hits("/robots.txt")) == 1


def test_unreachable_robots_txt_disallows(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/robots.txt", b"", status=500)
    web.route("/page", "<html></html>")
    with HttpClient(settings.replace(max_retries=0)) as client, pytest.raises(BlockedError):
        client.fetch(web.url("/page"), accept_types=PAGE_TYPES)
    assert web.hits("/page") == []


def test_redirects_are_followed_and_checked(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/old", b"", status=301, headers={"Location": "/new"})
    web.route("/new", "<html>moved</html>")
    with HttpClient(settings) as client:
        result = client.fetch(web.url("/old"), accept_types=PAGE_TYPES)
    assert result.url == web.url("/new") and b"moved" in result.content


def test_redirect_loop_and_long_chain_fail(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/a", b"", status=302, headers={"Location": "/b"})
    web.route("/b", b"", status=302, headers={"Location": "/a"})
    for i in range(10):
        web.route(f"/c{i}", b"", status=302, headers={"Location": f"/c{i + 1}"})
    with HttpClient(settings) as client:
        with pytest.raises(FetchError, match="redirect loop"):
            client.fetch(web.url("/a"), accept_types=PAGE_TYPES)
        with pytest.raises(FetchError, match="more than 5 redirects"):
            client.fetch(web.url("/c0"), accept_types=PAGE_TYPES)


def test_byte_cap_declared_and_streamed(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/big", b"x" * 5000)
    web.route("/bomb", gzip.compress(b"x" * 200_000), headers={"Content-Encoding": "gzip"})
    capped = settings.replace(max_response_bytes=1000)
    with HttpClient(capped) as client:
        with pytest.raises(FetchError, match="exceeds the 1000-byte cap"):
            client.fetch(web.url("/big"), accept_types=PAGE_TYPES)
        # small on the wire, large once decompressed: the cap counts decoded bytes
        with pytest.raises(FetchError, match="1000-byte cap"):
            client.fetch(web.url("/bomb"), accept_types=PAGE_TYPES)


def test_content_type_is_checked(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/doc.pdf", b"%PDF-1.4", content_type="application/pdf")
    with HttpClient(settings) as client, pytest.raises(FetchError, match="application/pdf"):
        client.fetch(web.url("/doc.pdf"), accept_types=PAGE_TYPES)


def test_private_addresses_blocked_by_default_without_connecting(web: LoopbackWeb) -> None:
    client = HttpClient(Settings(per_host_delay=0))
    with client, pytest.raises(BlockedError, match="MONITOR_ALLOW_PRIVATE_NETWORKS"):
        client.fetch(web.url("/anything"), accept_types=PAGE_TYPES)
    assert web.requests == []


def test_names_resolving_to_private_addresses_are_blocked() -> None:
    resolver_calls: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        resolver_calls.append(host)
        return ["10.1.2.3"]

    client = HttpClient(Settings(per_host_delay=0), resolver=resolver)
    with client, pytest.raises(BlockedError, match=r"10\.1\.2\.3"):
        client.fetch("http://intranet.example/", accept_types=PAGE_TYPES)
    assert resolver_calls == ["intranet.example"]


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("172.16.5.4", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("::1", False),
        ("fc00::1", False),
        ("::ffff:127.0.0.1", False),
        ("2001:4860:4860::8888", True),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_per_host_delay_spaces_requests(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/p", "<html></html>")
    with HttpClient(settings.replace(per_host_delay=0.3)) as client:
        started = time.monotonic()
        for _ in range(3):
            client.fetch(web.url("/p"), accept_types=PAGE_TYPES)
    # robots.txt + 3 pages = 4 requests, spaced by 0.3 s
    assert time.monotonic() - started >= 0.9


def test_robots_cache_spares_a_request_for_a_day(web: LoopbackWeb, settings: Settings) -> None:
    web.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    web.route("/p", "<html></html>")
    with HttpClient(settings) as first:
        first.fetch(web.url("/p"), accept_types=PAGE_TYPES)
    assert len(web.hits("/robots.txt")) == 1
    cache = first.robots_cache
    with HttpClient(settings, robots_cache=cache) as second:
        second.fetch(web.url("/p"), accept_types=PAGE_TYPES)
        with pytest.raises(BlockedError):
            second.fetch(web.url("/private/x"), accept_types=PAGE_TYPES)
    assert len(web.hits("/robots.txt")) == 1  # the cached copy was used
    stale = {o: CachedRobots(c.text, c.fetched_at - timedelta(hours=25)) for o, c in cache.items()}
    with HttpClient(settings, robots_cache=stale) as third:
        third.fetch(web.url("/p"), accept_types=PAGE_TYPES)
    assert len(web.hits("/robots.txt")) == 2
