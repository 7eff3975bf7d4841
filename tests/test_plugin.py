"""The News monitor plugin inside Airflow's own API app: login required, escaped, in a browser."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from monitor import pipeline, warehouse
from monitor.feeds import article_id
from monitor.records import Article, BodySource
from tests import airflow_env  # configures Airflow: before any airflow import

ARTIFACTS = airflow_env.REPO / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE_TITLE = "<script>alert('title')</script> Haiti <b>aid</b> talks"


def _article(url: str, title: str, body: str, days_ago: int, language: str = "en") -> Article:
    published = datetime.now(UTC) - timedelta(days=days_ago, hours=1)
    return Article(
        id=article_id(url),
        url=url,
        feed="test-feed",
        title=title,
        author=None,
        published_at=published,
        published_at_estimated=False,
        fetched_at=published,
        language=language,
        body=body,
        body_source=BodySource.PAGE,
        summary="",
        page_error=None,
        content_hash=pipeline.content_hash(title, body),
    )


def seed_warehouse(url: str) -> None:
    """Three classified articles: two on Venezuela with quotations, one hostile on Haiti."""
    articles = [
        _article(
            "https://news.example/venezuela-talks",
            "Venezuela talks resume in Brussels",
            "Foreign Minister Ana Ruiz met envoys to discuss Venezuela and Nicolás Maduro.\n\n"
            "“We will keep supporting a negotiated and democratic solution for Venezuela,” "
            "Ruiz told reporters after the meeting in Brussels on Tuesday.",
            days_ago=1,
        ),
        _article(
            "https://news.example/venezuela-elections",
            "Venezuela sets a date for regional elections",
            "Venezuela will hold regional elections in March, the electoral council said.\n\n"
            "“The elections in Venezuela must be free, fair and open to observers,” said "
            "Foreign Minister Ana Ruiz in a statement published on Wednesday.",
            days_ago=3,
        ),
        _article(
            "javascript:alert('href')",
            HOSTILE_TITLE,
            "Haiti needs help: donors met in Port-au-Prince to discuss aid for Haiti.\n\n"
            "“<img src=x onerror=alert('quote')> Haiti cannot wait any longer for this aid,” "
            "said the envoy John Smith during the conference in Port-au-Prince.",
            days_ago=2,
        ),
    ]
    engine = warehouse.connect(url)
    try:
        warehouse.migrate(engine)
        warehouse.load_articles(engine, [pipeline.classify_article(a, None) for a in articles])
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def airflow_app() -> Any:
    airflow_env.init_db()
    from airflow.api_fastapi.app import create_app

    return create_app()


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"duckdb:///{tmp_path}/warehouse.duckdb"
    seed_warehouse(url)
    monkeypatch.setenv("MONITOR_WAREHOUSE_URL", url)
    return url


@pytest.fixture
def client(airflow_app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(airflow_app, follow_redirects=False) as test_client:
        yield test_client


def admin_token() -> str:
    """A token as Airflow's login issues it (same signer, same claims)."""
    from airflow.api_fastapi.app import get_auth_manager
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser

    return get_auth_manager().generate_jwt(SimpleAuthManagerUser(username="admin", role="ADMIN"))


def test_plugin_is_registered(client: Any) -> None:
    response = client.get("/api/v2/plugins", headers={"Authorization": f"Bearer {admin_token()}"})
    assert response.status_code == 200
    plugins = {p["name"]: p for p in response.json()["plugins"]}
    view = plugins["news_monitor"]["external_views"][0]
    assert view["destination"] == "nav" and view["href"] == "/news-monitor/"
    assert plugins["news_monitor"]["fastapi_apps"][0]["url_prefix"] == "/news-monitor"


def test_anonymous_requests_are_refused(client: Any, seeded: str) -> None:
    page = client.get("/news-monitor/")
    assert page.status_code == 302
    assert page.headers["location"].startswith("/auth/login")
    assert "news-monitor" in page.headers["location"]  # back to the page after login
    assert client.get("/news-monitor/report.json").status_code == 401
    forged = {"Authorization": "Bearer not-a-real-token"}
    assert client.get("/news-monitor/report.json", headers=forged).status_code in (401, 403)
    client.cookies.set("_token", "forged.token.value")
    try:
        assert client.get("/news-monitor/").status_code == 302
        assert client.get("/news-monitor/report.json").status_code in (401, 403)
    finally:
        client.cookies.clear()


def test_page_with_the_ui_cookie(client: Any, seeded: str) -> None:
    client.cookies.set("_token", admin_token())
    try:
        response = client.get("/news-monitor/")
    finally:
        client.cookies.clear()
    assert response.status_code == 200
    html = response.text
    assert 'data-testid="mentions-chart"' in html
    assert html.count('data-testid="article-row"') >= 3
    assert "Ana Ruiz" in html and "negotiated and democratic solution" in html
    # Untrusted text is escaped and a non-http link is not a link.
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<img src=x" not in html and "<b>aid</b>" not in html
    assert 'href="javascript' not in html
    assert "script-src" not in response.headers["content-security-policy"]  # no scripts at all


def test_json_with_a_bearer_token_and_filters(client: Any, seeded: str) -> None:
    headers = {"Authorization": f"Bearer {admin_token()}"}
    data = client.get("/news-monitor/report.json", headers=headers).json()
    topics = {t["topic"]: t for t in data["topics"]}
    assert {"venezuela", "haiti"} <= set(topics)
    assert len(topics["venezuela"]["articles"]) == 2
    assert topics["venezuela"]["statements"][0]["speaker"]
    assert sum(day["mentions"] for day in topics["venezuela"]["daily"]) > 0
    assert len(topics["venezuela"]["daily"]) == 30
    only = client.get("/news-monitor/report.json?topic=haiti", headers=headers).json()
    assert [t["topic"] for t in only["topics"]] == ["haiti"]
    assert only["topics"][0]["articles"][0]["title"] == HOSTILE_TITLE  # JSON carries raw data
    since = (datetime.now(UTC) - timedelta(days=2)).date().isoformat()
    recent = client.get(f"/news-monitor/report.json?since={since}", headers=headers).json()
    assert len({t["topic"]: t for t in recent["topics"]}["venezuela"]["articles"]) == 1
    none = client.get("/news-monitor/report.json?language=fr", headers=headers).json()
    assert all(not t["articles"] for t in none["topics"])
    bad = client.get("/news-monitor/report.json?since=2025-02-01&until=2025-01-01", headers=headers)
    assert bad.status_code == 400


def test_page_before_any_run(client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONITOR_WAREHOUSE_URL", f"duckdb:///{tmp_path}/none.duckdb")
    client.cookies.set("_token", admin_token())
    try:
        response = client.get("/news-monitor/")
    finally:
        client.cookies.clear()
    assert response.status_code == 200 and 'data-testid="empty-warehouse"' in response.text
    assert not (tmp_path / "none.duckdb").exists()  # the page never creates a warehouse


@pytest.fixture
def served(airflow_app: Any) -> Iterator[str]:
    """Airflow's API app on a loopback port, in this process (uvicorn in a thread)."""
    import socket

    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(airflow_app, host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def check_page_in_browser(base_url: str, token: str, screenshot: Path) -> dict[str, int]:
    """Open the page in headless Chromium as a logged-in UI user; returns what it counted."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1200, "height": 1000})
            context.add_cookies([{"name": "_token", "value": token, "url": base_url}])
            page = context.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            response = page.goto(f"{base_url}/news-monitor/")
            assert response is not None and response.status == 200
            page.wait_for_selector("svg[data-testid=mentions-chart] polyline")
            counts = {
                "articles": page.locator("[data-testid=article-row]").count(),
                "statements": page.locator("[data-testid=statement-row]").count(),
                "series": page.locator("svg[data-testid=mentions-chart] polyline").count(),
            }
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(screenshot), full_page=True)
            assert not dialogs, f"script ran in the page: {dialogs}"

            anonymous = browser.new_context().new_page()
            anonymous.goto(f"{base_url}/news-monitor/")
            assert "/auth/login" in anonymous.url
            assert anonymous.locator("[data-testid=article-row]").count() == 0
            return counts
        finally:
            browser.close()


def test_page_in_chromium(served: str, seeded: str) -> None:
    counts = check_page_in_browser(served, admin_token(), ARTIFACTS / "news-monitor-plugin.png")
    assert counts["articles"] >= 3 and counts["statements"] >= 2 and counts["series"] >= 2
