"""A programmable HTTP server on loopback for tests: routes, request log, no internet."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Handler = Callable[[Seen], Reply]


class LoopbackWeb:
    """Serve canned or computed replies; record every request."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[Seen] = []
        web = self

        class RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                self._serve("GET")

            def do_POST(self) -> None:
                self._serve("POST")

            def _serve(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                seen = Seen(method, self.path, dict(self.headers.items()), self.rfile.read(length))
                web.requests.append(seen)
                handler = web.routes.get(self.path) or web.routes.get(self.path.split("?")[0])
                reply = handler(seen) if handler else Reply(404, b"not found")
                self.send_response(reply.status)
                headers = {"Content-Length": str(len(reply.body)), **reply.headers}
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if method != "HEAD":
                    self.wfile.write(reply.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(
        self,
        path: str,
        body: bytes | str = b"",
        *,
        status: int = 200,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
        handler: Handler | None = None,
    ) -> None:
        if handler is None:
            data = body.encode() if isinstance(body, str) else body
            reply = Reply(status, data, {"Content-Type": content_type, **(headers or {})})
            handler = lambda seen: reply  # noqa: E731 - a constant reply
        self.routes[path] = handler

    def hits(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]

    def start(self) -> LoopbackWeb:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
