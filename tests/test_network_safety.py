"""SSRF: feed and article URLs never reach loopback, private, link-local or metadata
addresses, directly, through redirects, or through names that resolve (or re-resolve) there.

No test sends traffic off loopback: name lookups go to stub resolvers, and ConnectionLog
refuses (and records) any connection or DNS lookup that would leave the machine. To have a
"public" server to start from, some tests pretend that 127.0.0.1 is public; 127.0.0.2 (also
loopback, so reachable here) then plays the private network."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from monitor import fetch, pipeline, warehouse
from monitor.feeds import Feed
from monitor.fetch import PAGE_TYPES, BlockedError, CachedRobots, HttpClient
from monitor.settings import Settings, load_settings
from tests.rawweb import Connection, ConnectionLog, RawWeb
from tests.webserver import LoopbackWeb

PRETEND_PUBLIC = "127.0.0.1"


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> ConnectionLog:
    return ConnectionLog().install(monkeypatch)


@pytest.fixture
def strict(tmp_path: object) -> Settings:
    """The product defaults for network safety (private networks blocked), fast otherwise."""
    return Settings(per_host_delay=0.0, max_retries=0, response_deadline=2.0)


@pytest.fixture
def pretend_public(monkeypatch: pytest.MonkeyPatch) -> None:
    real = fetch.is_public_address
    monkeypatch.setattr(
        fetch, "is_public_address", lambda address: address == PRETEND_PUBLIC or real(address)
    )


@pytest.fixture
def private_web() -> Iterator[RawWeb]:
    """A server on the 'private network' (127.0.0.2) that records whatever reaches it."""
    server = RawWeb("127.0.0.2").start()

    def secret(c: Connection) -> None:
        c.reply(b"<html><body><p>internal admin page</p></body></html>", Content_Type="text/html")

    server.route("/admin", secret)
    yield server
    server.stop()


def numeric_resolver(host: str, port: int) -> list[str]:
    """Literal addresses in every spelling getaddrinfo accepts, never a DNS query."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    return [str(info[4][0]) for info in infos]


def stub_resolver(names: dict[str, list[str]], calls: list[str] | None = None) -> fetch.Resolver:
    def resolve(host: str, port: int) -> list[str]:
        if calls is not None:
            calls.append(host)
        try:
            return numeric_resolver(host, port)
        except socket.gaierror:
            pass
        if host not in names:
            raise socket.gaierror(socket.EAI_NONAME, f"{host} unknown to the stub")
        return names[host]

    return resolve


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "127.1",
        "2130706433",  # 127.0.0.1 as one decimal number
        "0x7f.1",
        "0177.0.0.1",
        "0.0.0.0",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # carrier-grade NAT
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:169.254.169.254]",
        "[fc00::1]",
        "[fd00:ec2::254]",  # AWS metadata over IPv6
        "[fe80::1]",
        "224.0.0.1",  # multicast
    ],
)
def test_literal_private_addresses_are_blocked_without_a_connection(
    host: str, strict: Settings, connections: ConnectionLog
) -> None:
    with (
        HttpClient(strict, resolver=numeric_resolver) as client,
        pytest.raises(BlockedError, match="MONITOR_ALLOW_PRIVATE_NETWORKS=1"),
    ):
        client.fetch(f"http://{host}:8080/latest/meta-data/", accept_types=PAGE_TYPES)
    assert connections.attempts == []


def test_names_that_resolve_to_private_addresses_are_blocked(
    strict: Settings, connections: ConnectionLog
) -> None:
    names = {
        "intranet.example": ["10.0.0.8"],
        "metadata.example": ["169.254.169.254"],
        "mixed.example": ["93.184.216.34", "127.0.0.1"],  # one private address is enough
        "v6.example": ["fc00::5"],
        "empty.example": [],
    }
    with HttpClient(strict, resolver=stub_resolver(names)) as client:
        for name in names:
            with pytest.raises(BlockedError, match="non-public address"):
                client.fetch(f"https://{name}/", accept_types=PAGE_TYPES)
    assert connections.attempts == []


@pytest.mark.usefixtures("pretend_public")
def test_redirects_to_private_addresses_are_blocked(
    web: LoopbackWeb, private_web: RawWeb, strict: Settings, connections: ConnectionLog
) -> None:
    port = private_web.base.rsplit(":", 1)[1]
    targets = {
        "/to-ip": private_web.url("/admin"),
        "/to-name": f"http://admin.corp.example:{port}/admin",
        "/to-metadata": "http://169.254.169.254/latest/meta-data/iam/",
        "/to-v6": f"http://[::1]:{port}/admin",
    }
    for path, location in targets.items():
        web.route(path, b"", status=302, headers={"Location": location})
    resolver = stub_resolver({"admin.corp.example": ["127.0.0.2"]})
    with HttpClient(strict, resolver=resolver) as client:
        for path in targets:
            with pytest.raises(BlockedError, match="non-public address"):
                client.fetch(web.url(path), accept_types=PAGE_TYPES)
    assert sorted(r.path for r in web.requests) == sorted(["/robots.txt", *targets])
    assert private_web.requests == []
    assert {host for host, _ in connections.attempts} == {PRETEND_PUBLIC}


@pytest.mark.usefixtures("pretend_public")
def test_dns_rebinding_is_refused_at_connection_time(
    private_web: RawWeb, strict: Settings, connections: ConnectionLog
) -> None:
    """The name is public when checked, private when connecting: the connection uses only the
    addresses it resolved and checked itself, so nothing reaches the private server."""
    answers = iter([[PRETEND_PUBLIC], ["127.0.0.2"]])
    calls: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)
        return next(answers)

    port = private_web.base.rsplit(":", 1)[1]
    origin = f"http://rebind.example:{port}"
    robots = {origin: CachedRobots(None, datetime.now(UTC))}  # no robots.txt request
    with (
        HttpClient(strict, resolver=rebinding, robots_cache=robots) as client,
        pytest.raises(BlockedError, match=r"127\.0\.0\.2"),
    ):
        client.fetch(f"{origin}/admin", accept_types=PAGE_TYPES)
    assert calls == ["rebind.example", "rebind.example"]
    assert private_web.requests == [] and connections.attempts == []


@pytest.mark.usefixtures("pretend_public")
def test_the_connection_goes_to_the_checked_address_and_keeps_the_host_name(
    web: LoopbackWeb, strict: Settings, connections: ConnectionLog
) -> None:
    web.route("/page", "<html><body>hello</body></html>")
    port = int(web.base.rsplit(":", 1)[1])
    resolver = stub_resolver({"news.example": [PRETEND_PUBLIC]})
    with HttpClient(strict, resolver=resolver) as client:
        result = client.fetch(f"http://news.example:{port}/page", accept_types=PAGE_TYPES)
    assert b"hello" in result.content
    assert web.hits("/page")[0].headers["Host"] == f"news.example:{port}"
    assert set(connections.attempts) == {(PRETEND_PUBLIC, port)}


@pytest.mark.usefixtures("pretend_public")
def test_redirects_to_other_schemes_are_blocked(
    web: LoopbackWeb, strict: Settings, connections: ConnectionLog
) -> None:
    for n, location in enumerate(
        ["file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1:6379/_INFO", "data:,x"]
    ):
        web.route(f"/r{n}", b"", status=301, headers={"Location": location})
    with HttpClient(strict, resolver=numeric_resolver) as client:
        for n in range(4):
            with pytest.raises(BlockedError, match="not an http"):
                client.fetch(web.url(f"/r{n}"), accept_types=PAGE_TYPES)
    assert {host for host, _ in connections.attempts} == {PRETEND_PUBLIC}


def test_only_the_environment_switch_allows_private_networks(
    web: LoopbackWeb, connections: ConnectionLog
) -> None:
    web.route("/p", "<html>local</html>")
    blocked = load_settings(environ={"MONITOR_PER_HOST_DELAY": "0"})
    allowed = load_settings(
        environ={"MONITOR_PER_HOST_DELAY": "0", "MONITOR_ALLOW_PRIVATE_NETWORKS": "1"}
    )
    assert blocked.allow_private_networks is False
    with HttpClient(blocked) as client, pytest.raises(BlockedError):
        client.fetch(web.url("/p"), accept_types=PAGE_TYPES)
    assert web.requests == [] and connections.attempts == []
    with HttpClient(allowed) as client:
        assert client.fetch(web.url("/p"), accept_types=PAGE_TYPES).content == b"<html>local</html>"


@pytest.mark.usefixtures("pretend_public")
def test_the_pipeline_blocks_private_feeds_and_article_links(
    web: LoopbackWeb,
    private_web: RawWeb,
    strict: Settings,
    connections: ConnectionLog,
    tmp_path: object,
) -> None:
    """Article links into the private network get the feed summary as body and the reason;
    a feed on the private network fails with the reason. Nothing reaches the private server."""
    private = private_web.url("/admin")
    feed = (
        "<?xml version='1.0'?><rss version='2.0'><channel>"
        f"<item><title>Inside</title><link>{private}</link><description>Sum one</description>"
        "</item><item><title>Metadata</title><link>http://169.254.169.254/latest/</link>"
        "<description>Sum two</description></item></channel></rss>"
    )
    web.route("/feed.xml", feed, content_type="application/rss+xml")
    settings = strict.replace(warehouse_url=f"duckdb:///{tmp_path}/w.duckdb", extract_workers=1)
    with HttpClient(settings, resolver=numeric_resolver) as client:
        summary = pipeline.run(
            settings,
            [Feed("outside", web.url("/feed.xml")), Feed("inside", private_web.url("/feed"))],
            client=client,
        )
    assert summary.feeds_ok == ["outside"]
    assert "127.0.0.2" in summary.feeds_failed["inside"]
    engine = warehouse.connect(settings.warehouse_url)
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT title, body, page_error FROM articles")).all()
    engine.dispose()
    assert sorted((r.title, r.body) for r in rows) == [
        ("Inside", "Sum one"),
        ("Metadata", "Sum two"),
    ]
    assert all("non-public address" in r.page_error for r in rows)
    assert private_web.requests == []
    assert all(ipaddress.ip_address(host).is_loopback for host, _ in connections.attempts)
    assert ("127.0.0.2", int(private_web.base.rsplit(":", 1)[1])) not in connections.attempts
