"""A raw-socket HTTP server on loopback for misbehaving replies: resets, endless or dripping
bodies, lying Content-Length, slow headers. Each path maps to a behaviour writing bytes itself.
Also: a guard that records every outgoing connection and refuses any off loopback."""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass
class RawRequest:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class Served:
    """What one behaviour did: bytes written and whether the client went away first."""

    path: str
    sent: int = 0
    client_gone: bool = False
    finished: float = 0.0


Behaviour = Callable[["Connection"], None]


@dataclass
class Connection:
    sock: socket.socket
    request: RawRequest
    served: Served
    stop: threading.Event

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)
        self.served.sent += len(data)

    def head(self, status: str = "200 OK", headers: dict[str, str] | None = None) -> None:
        lines = [f"HTTP/1.1 {status}", "Connection: close", *_header_lines(headers)]
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def reply(self, body: bytes, status: str = "200 OK", **headers: str) -> None:
        named = {k.replace("_", "-"): v for k, v in headers.items()}
        self.head(status, {"Content-Length": str(len(body)), **named})
        self.send(body)

    def stream(self, chunks: Iterable[bytes], delay: float = 0.0) -> None:
        """Write chunks until they end, the client disconnects or the server stops."""
        for chunk in chunks:
            if self.stop.is_set():
                return
            self.send(chunk)
            if delay:
                self.stop.wait(delay)

    def reset(self) -> None:
        """Close with a TCP RST instead of a FIN."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()


def _header_lines(headers: dict[str, str] | None) -> list[str]:
    return [f"{name}: {value}" for name, value in (headers or {}).items()]


def not_found(connection: Connection) -> None:
    connection.reply(b"not found", "404 Not Found", Content_Type="text/plain")


def repeat(chunk: bytes, total: int | None = None) -> Iterator[bytes]:
    """`chunk` again and again: `total` bytes in all, or without end."""
    sent = 0
    while total is None or sent < total:
        piece = chunk if total is None else chunk[: total - sent]
        sent += len(piece)
        yield piece


class RawWeb:
    """Serve behaviours by path on 127.0.0.1; record requests and what each reply sent."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Behaviour] = {}
        self.requests: list[RawRequest] = []
        self.served: list[Served] = []
        self._stop = threading.Event()
        self._listener = socket.create_server((host, 0))
        self._listener.settimeout(0.2)
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self._listener.getsockname()[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, behaviour: Behaviour) -> None:
        self.routes[path] = behaviour

    def hits(self, path: str) -> list[RawRequest]:
        return [r for r in self.requests if r.path == path]

    def start(self) -> RawWeb:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        with contextlib.closing(sock):
            request = _read_request(sock)
            if request is None:
                return
            self.requests.append(request)
            served = Served(request.path)
            self.served.append(served)
            behaviour = self.routes.get(request.path, not_found)
            try:
                behaviour(Connection(sock, request, served, self._stop))
            except OSError:  # the client closed or reset the connection
                served.client_gone = True
            served.finished = time.monotonic()


def _read_request(sock: socket.socket) -> RawRequest | None:
    sock.settimeout(10)
    data = b""
    try:
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                return None
            data += chunk
    except OSError:
        return None
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    request_line, *lines = head.split("\r\n")
    method, path, _version = request_line.split(" ", 2)
    headers = {}
    for line in lines:
        name, _, value = line.partition(":")
        headers[name.strip()] = value.strip()
    return RawRequest(method, path, headers)


class ConnectionLog:
    """Every socket connect() attempted while installed; non-loopback ones are refused, so a
    test can never send traffic off this machine, and can assert what was attempted. Name
    lookups are refused too (a DNS query is traffic): only numeric addresses and localhost
    resolve."""

    def __init__(self) -> None:
        self.attempts: list[tuple[str, int]] = []
        self.refused: list[tuple[str, int]] = []
        self.lookups: list[str] = []

    def install(self, monkeypatch: Any) -> ConnectionLog:
        real_connect = socket.socket.connect
        real_connect_ex = socket.socket.connect_ex
        real_getaddrinfo = socket.getaddrinfo
        log = self

        def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
            log.lookups.append(str(host))
            if host not in ("localhost", None):
                kwargs["flags"] = kwargs.get("flags", 0) | socket.AI_NUMERICHOST
                if len(args) >= 4:  # flags passed positionally
                    args = (*args[:3], args[3] | socket.AI_NUMERICHOST, *args[4:])
                    kwargs.pop("flags")
            return real_getaddrinfo(host, port, *args, **kwargs)

        def check(address: Any) -> None:
            if not isinstance(address, tuple):
                return  # a Unix socket
            host, port = str(address[0]), int(address[1])
            log.attempts.append((host, port))
            if not ipaddress.ip_address(host.split("%", 1)[0]).is_loopback:
                log.refused.append((host, port))
                raise ConnectionRefusedError(f"test guard: no traffic to {host}:{port}")

        def connect(sock: socket.socket, address: Any) -> None:
            check(address)
            real_connect(sock, address)

        def connect_ex(sock: socket.socket, address: Any) -> int:
            check(address)
            return real_connect_ex(sock, address)

        monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
        monkeypatch.setattr(socket.socket, "connect", connect)
        monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
        return self

    def to(self, port: int) -> list[tuple[str, int]]:
        return [a for a in self.attempts if a[1] == port]
