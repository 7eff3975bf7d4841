"""Airflow plugin: the News monitor page and its JSON twin, served by the API server, login only."""

from __future__ import annotations

import logging
from datetime import date
from typing import Annotated, Any, ClassVar

from airflow.plugins_manager import AirflowPlugin
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

LOGGER = logging.getLogger(__name__)

URL_PREFIX = "/news-monitor"

# Plugin apps are mounted outside Airflow's own routers, so Airflow does not authenticate
# their requests: every route below checks the caller's Airflow JWT itself.
_bearer = HTTPBearer(auto_error=False)
Bearer = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


async def _airflow_user(request: Request, bearer: Bearer) -> Any:
    """The logged-in Airflow user, validated by Airflow's own code (get_user: the
    Authorization bearer token, else the UI's `_token` cookie); HTTPException 401/403 if none."""
    from airflow.api_fastapi.core_api.security import get_user

    return await get_user(request, None, bearer)


async def _user_or_none(request: Request, bearer: Bearer) -> Any:
    try:
        return await _airflow_user(request, bearer)
    except HTTPException:
        return None


def _filters(
    topic: str | None, language: str | None, since: date | None, until: date | None, limit: int
) -> Any:
    from monitor.report import ReportFilter

    try:
        return ReportFilter(
            topic=topic or None, language=language or None, since=since, until=until, limit=limit
        )
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc


def _report(filters: Any) -> tuple[Any, dict[str, str]]:
    import sqlalchemy as sa

    from monitor import report
    from monitor.settings import load_settings

    settings = load_settings()
    labels = report.topic_labels(settings.topics_path)
    try:
        engine = report.open_warehouse(settings.warehouse_url)
        try:
            return report.build_report(engine, filters, labels=labels), labels
        finally:
            if engine is not None:
                engine.dispose()
    except sa.exc.DBAPIError as exc:
        # DuckDB: the load task holds the file's write lock for a moment; worth a reload.
        LOGGER.warning("warehouse unavailable: %s", exc)
        raise HTTPException(status_code=503, detail="warehouse busy or unavailable") from exc


Topic = Annotated[str | None, Query(max_length=64)]
Language = Annotated[str | None, Query(max_length=16)]
Limit = Annotated[int, Query(ge=1, le=200)]

app = FastAPI(title="News monitor", docs_url=None, redoc_url=None, openapi_url=None)


@app.get("/", response_class=HTMLResponse)
def page(
    request: Request,
    user: Annotated[Any, Depends(_user_or_none)],
    topic: Topic = None,
    language: Language = None,
    since: date | None = None,
    until: date | None = None,
    limit: Limit = 20,
) -> Response:
    """The page; an anonymous visitor is sent to Airflow's login and back."""
    if user is None:
        from airflow.api_fastapi.app import get_auth_manager

        login = get_auth_manager().get_url_login(next_url=str(request.url))
        return RedirectResponse(login, status_code=302)
    from monitor.report import render_html

    report, labels = _report(_filters(topic, language, since, until, limit))
    query = request.url.query
    html = render_html(
        report, labels=labels, json_href="report.json" + (f"?{query}" if query else "")
    )
    # Article text is untrusted: no scripts needed, none allowed; framing by Airflow's UI only.
    headers = {
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
        "img-src 'self' data:; form-action 'self'; frame-ancestors 'self'",
        "Cache-Control": "no-store",
    }
    return HTMLResponse(html, headers=headers)


@app.get("/report.json")
def report_json(
    user: Annotated[Any, Depends(_airflow_user)],
    topic: Topic = None,
    language: Language = None,
    since: date | None = None,
    until: date | None = None,
    limit: Limit = 20,
) -> dict[str, Any]:
    """The same data as JSON; anonymous requests get 401."""
    from monitor.report import report_to_json

    report, _ = _report(_filters(topic, language, since, until, limit))
    return report_to_json(report)


class NewsMonitorPlugin(AirflowPlugin):
    name = "news_monitor"
    fastapi_apps: ClassVar[list[dict[str, Any]]] = [
        {"app": app, "url_prefix": URL_PREFIX, "name": "News monitor"}
    ]
    external_views: ClassVar[list[dict[str, Any]]] = [
        {
            "name": "News monitor",
            "href": f"{URL_PREFIX}/",
            "destination": "nav",
            "url_route": "news-monitor",  # shown inside the UI (iframe) at /plugin/news-monitor
        }
    ]
