"""Polite HTTP: pooled session, timeouts and deadline, retries, robots.txt, per-host delay, caps."""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import random
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

import requests
from protego import Protego
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.response import HTTPResponse
from urllib3.util import connection as urllib3_connection

from monitor.settings import Settings

LOGGER = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
READ_CHUNK = 64 * 1024
# text/html too: many servers label their feeds so; the parser tells a page from a feed.
FEED_TYPES = ("xml", "rss", "atom", "rdf", "text/plain", "octet-stream", "text/html")
PAGE_TYPES = ("text/html", "application/xhtml", "text/plain")
ROBOTS_MAX_AGE = timedelta(hours=24)  # RFC 9309 §2.4: a cached robots.txt is good for a day
DISALLOW_ALL = "User-agent: *\nDisallow: /"

Resolver = Callable[[str, int], Iterable[str]]


class FetchError(Exception):
    """A URL could not be fetched; the message is the one-line reason shown to the user."""


class BlockedError(FetchError):
    """The request was refused before any connection: robots.txt or a private network address."""


@dataclass(frozen=True)
class Validators:
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class CachedRobots:
    """A host's robots.txt as last fetched (None: there was none, so everything is allowed)."""

    text: str | None
    fetched_at: datetime


@dataclass(frozen=True)
class FetchResult:
    url: str  # final URL after redirects
    status: int
    content: bytes  # empty on 304
    content_type: str
    validators: Validators

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def system_resolver(host: str, port: int) -> list[str]:
    return [str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class HttpClient:
    """One pooled session shared by all threads of a run. Thread-safe."""

    def __init__(
        self,
        settings: Settings,
        resolver: Resolver = system_resolver,
        robots_cache: dict[str, CachedRobots] | None = None,
    ) -> None:
        self.settings = settings
        self.resolver = resolver
        self.session = requests.Session()
        adapter = _GuardedAdapter(
            _Guard(self), pool_connections=64, pool_maxsize=max(8, settings.io_workers * 2)
        )
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = settings.user_agent
        # Kept across runs by the caller (the warehouse), so that an unchanged feed costs a
        # single conditional request and not a robots.txt request as well.
        self.robots_cache: dict[str, CachedRobots] = dict(robots_cache or {})
        self._robots: dict[str, Protego | None] = {}
        self._robots_lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._host_next_time: dict[str, float] = {}
        self._hosts_lock = threading.Lock()

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(
        self,
        url: str,
        *,
        accept_types: tuple[str, ...],
        validators: Validators | None = None,
        user_agent: str | None = None,
    ) -> FetchResult:
        """GET with robots.txt, redirects checked hop by hop, retries and all the caps."""
        headers = {"User-Agent": user_agent or self.settings.user_agent}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        seen = {url}
        for _hop in range(MAX_REDIRECTS + 1):
            self._check_allowed(url, headers["User-Agent"])
            response = self._get_with_retries(url, headers)
            if response.status_code not in REDIRECT_STATUSES:
                return self._finish(url, response, accept_types)
            response.close()
            location = response.headers.get("Location")
            if not location:
                raise FetchError(f"HTTP {response.status_code} redirect without a Location header")
            url = urljoin(url, location)
            if url in seen:
                raise FetchError(f"redirect loop at {url}")
            seen.add(url)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _finish(
        self, url: str, response: requests.Response, accept_types: tuple[str, ...]
    ) -> FetchResult:
        with response:
            validators = Validators(
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
            )
            content_type = response.headers.get("Content-Type", "").lower()
            if response.status_code == 304:
                return FetchResult(url, 304, b"", content_type, validators)
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason or ''}".strip())
            if content_type and not any(kind in content_type for kind in accept_types):
                raise FetchError(f"unsupported content type {content_type.split(';')[0]!r}")
            content = self._read_capped(response)
        return FetchResult(url, response.status_code, content, content_type, validators)

    def _get_with_retries(self, url: str, headers: dict[str, str]) -> requests.Response:
        attempts = self.settings.max_retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            self._wait_for_host(url)
            try:
                response = self.session.get(
                    url,
                    headers=headers,
                    stream=True,
                    allow_redirects=False,
                    timeout=(self.settings.connect_timeout, self.settings.read_timeout),
                )
            except requests.RequestException as exc:
                if last:
                    raise FetchError(f"{type(exc).__name__}: {_short(exc)}") from exc
                self._sleep(self._backoff(attempt), url, type(exc).__name__)
                continue
            if response.status_code not in RETRY_STATUSES or last:
                return response
            wait = _retry_after_seconds(response.headers.get("Retry-After"))
            response.close()
            if wait is not None and wait > self.settings.max_retry_wait:
                raise FetchError(
                    f"HTTP {response.status_code}, Retry-After {wait:.0f}s exceeds the "
                    f"{self.settings.max_retry_wait:.0f}s limit"
                )
            self._sleep(
                wait if wait is not None else self._backoff(attempt), url, response.status_code
            )
        raise AssertionError("unreachable")

    def _backoff(self, attempt: int) -> float:
        base = min(self.settings.max_retry_wait, 2.0**attempt)
        return base * random.uniform(0.5, 1.0)  # jitter keeps parallel retries apart

    def _sleep(self, seconds: float, url: str, why: object) -> None:
        LOGGER.info("retrying %s in %.1fs after %s", url, seconds, why)
        time.sleep(seconds)

    def _read_capped(self, response: requests.Response) -> bytes:
        cap = self.settings.max_response_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"response of {int(declared)} bytes exceeds the {cap}-byte cap")
        deadline = time.monotonic() + self.settings.response_deadline
        chunks: list[bytes] = []
        size = 0
        try:
            # read1 returns what has arrived, so a body that drips still meets the deadline check.
            while chunk := response.raw.read1(READ_CHUNK, decode_content=True):
                size += len(chunk)
                if size > cap:
                    raise FetchError(f"response exceeds the {cap}-byte cap")
                if time.monotonic() > deadline:
                    raise FetchError(
                        f"response not complete within {self.settings.response_deadline:.0f}s"
                    )
                chunks.append(chunk)
        except (requests.RequestException, OSError, ValueError) as exc:
            raise FetchError(f"error reading response: {_short(exc)}") from exc
        except Exception as exc:  # urllib3 raises its own hierarchy (ProtocolError, DecodeError)
            if isinstance(exc, FetchError):
                raise
            raise FetchError(
                f"error reading response: {type(exc).__name__}: {_short(exc)}"
            ) from exc
        return b"".join(chunks)

    def _check_allowed(self, url: str, user_agent: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BlockedError(f"not an http(s) URL: {url}")
        if not self.settings.allow_private_networks:
            self._check_public(
                parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
            )
        robots = self._robots_for(f"{parts.scheme}://{parts.netloc}")
        if robots is not None and not robots.can_fetch(url, user_agent):
            raise BlockedError("disallowed by robots.txt")

    def _check_public(self, host: str, port: int) -> list[str]:
        """The addresses of `host`, all public, or BlockedError. Called before each request for
        a clear error, and again by each new connection, which connects only to the addresses
        it checked itself: a name that resolves to a private address the second time (DNS
        rebinding) is refused too."""
        try:
            addresses = list(self.resolver(host, port))
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"cannot resolve {host}: {_short(exc)}") from exc
        private = [a for a in addresses if not is_public_address(a)]
        if private or not addresses:
            raise BlockedError(
                f"{host} resolves to a non-public address {', '.join(private) or '(none)'}; "
                "set MONITOR_ALLOW_PRIVATE_NETWORKS=1 to allow it"
            )
        return addresses

    def _robots_for(self, origin: str) -> Protego | None:
        with self._robots_lock:
            if origin in self._robots:
                return self._robots[origin]
            cached = self.robots_cache.get(origin)
        if cached is None or datetime.now(UTC) - cached.fetched_at > ROBOTS_MAX_AGE:
            cached = self._load_robots(origin)
        robots = Protego.parse(cached.text) if cached.text is not None else None
        with self._robots_lock:
            self._robots[origin] = robots
        return robots

    def _load_robots(self, origin: str) -> CachedRobots:
        """RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx,
        network error) disallows everything, and is not cached, so the next run asks again."""
        now = datetime.now(UTC)
        try:
            self._wait_for_host(origin)
            response = self.session.get(
                f"{origin}/robots.txt",
                timeout=(self.settings.connect_timeout, self.settings.read_timeout),
                stream=True,
            )
            with response:
                if response.status_code >= 500:
                    return CachedRobots(DISALLOW_ALL, now)
                text = None
                if response.status_code < 400:
                    text = self._read_capped(response).decode("utf-8", errors="replace")
        except (requests.RequestException, FetchError) as exc:
            LOGGER.warning("robots.txt of %s unreachable (%s): not fetching there", origin, exc)
            return CachedRobots(DISALLOW_ALL, now)
        cached = CachedRobots(text, now)
        with self._robots_lock:
            self.robots_cache[origin] = cached
        return cached

    def _wait_for_host(self, url: str) -> None:
        """Space requests to one host by `per_host_delay`, whatever the number of threads."""
        host = urlsplit(url).netloc
        with self._hosts_lock:
            lock = self._host_locks.setdefault(host, threading.Lock())
        with lock:
            now = time.monotonic()
            wait = self._host_next_time.get(host, 0.0) - now
            if wait > 0:
                time.sleep(wait)
            self._host_next_time[host] = max(now, now + wait) + self.settings.per_host_delay


class _Guard:
    """What every new connection of one client obeys: connect only to addresses resolved and
    checked at that moment, and get through the TLS handshake and the response headers within
    `response_deadline` (a server dripping its headers byte by byte never hits a read timeout)."""

    def __init__(self, client: HttpClient) -> None:
        self.client = client

    def addresses(self, host: str, port: int) -> list[str]:
        host = host.strip("[]")
        if self.client.settings.allow_private_networks:
            try:
                return list(self.client.resolver(host, port))
            except (OSError, UnicodeError) as exc:
                raise FetchError(f"cannot resolve {host}: {_short(exc)}") from exc
        return self.client._check_public(host, port)

    def connect(self, connection: HTTPConnection) -> socket.socket:
        """`HTTPConnection._new_conn`, on the checked addresses (the Host header and TLS SNI
        keep the name)."""
        error: Exception = NewConnectionError(connection, f"{connection.host} has no address")
        for address in self.addresses(connection._dns_host, connection.port):
            try:
                return urllib3_connection.create_connection(
                    (address, connection.port),
                    connection.timeout,
                    source_address=connection.source_address,
                    socket_options=connection.socket_options,
                )
            except TimeoutError:
                error = ConnectTimeoutError(
                    connection, f"connection to {connection.host} ({address}) timed out"
                )
            except OSError as exc:
                error = NewConnectionError(
                    connection, f"cannot connect to {connection.host} ({address}): {exc}"
                )
        raise error

    @contextmanager
    def deadline(self, connection: HTTPConnection, what: str) -> Iterator[None]:
        seconds = self.client.settings.response_deadline
        expired = threading.Event()

        def abort() -> None:
            expired.set()
            if connection.sock is not None:
                with contextlib.suppress(OSError):
                    connection.sock.shutdown(socket.SHUT_RDWR)

        timer = threading.Timer(seconds, abort)
        timer.daemon = True
        timer.start()
        try:
            yield
        except Exception as exc:
            if expired.is_set():  # not a urllib3 error: it is neither retried nor wrapped
                raise FetchError(f"{what} not complete within {seconds:.0f}s") from exc
            raise
        finally:
            timer.cancel()


class _GuardedHTTPConnection(HTTPConnection):
    guard: ClassVar[_Guard]

    def _new_conn(self) -> socket.socket:
        return self.guard.connect(self)

    def getresponse(self) -> HTTPResponse:  # type: ignore[override]  # as urllib3's own
        with self.guard.deadline(self, "response headers"):
            return super().getresponse()


class _GuardedHTTPSConnection(HTTPSConnection):
    guard: ClassVar[_Guard]

    def _new_conn(self) -> socket.socket:
        return self.guard.connect(self)

    def connect(self) -> None:
        with self.guard.deadline(self, "TLS handshake"):
            super().connect()

    def getresponse(self) -> HTTPResponse:  # type: ignore[override]  # as urllib3's own
        with self.guard.deadline(self, "response headers"):
            return super().getresponse()


class _GuardedAdapter(HTTPAdapter):
    """Direct connections go through the guard. Through a proxy (HTTP(S)_PROXY), the proxy
    resolves and connects: only the check before each request applies."""

    def __init__(self, guard: _Guard, **kwargs: Any) -> None:
        self.guard = guard
        super().__init__(**kwargs)

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        extra = {"guard": self.guard}
        http = type("GuardedHTTPConnection", (_GuardedHTTPConnection,), extra)
        https = type("GuardedHTTPSConnection", (_GuardedHTTPSConnection,), extra)
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
            "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https}),
        }


def _retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200]
