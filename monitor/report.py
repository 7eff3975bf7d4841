"""Read-only warehouse queries behind the News monitor page: latest items and daily counts."""

from __future__ import annotations

import dataclasses
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
import yaml
from sqlalchemy.engine import Engine

from monitor import warehouse
from monitor.settings import PACKAGE_DIR

LOGGER = logging.getLogger(__name__)

CHART_DAYS = 30
DEFAULT_LIMIT = 20
MAX_LIMIT = 200
CHART_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")


@dataclass(frozen=True)
class ReportFilter:
    topic: str | None = None
    language: str | None = None
    since: date | None = None  # inclusive, UTC day of publication
    until: date | None = None  # inclusive
    limit: int = DEFAULT_LIMIT

    def __post_init__(self) -> None:
        if not 1 <= self.limit <= MAX_LIMIT:
            raise ValueError(f"limit must be between 1 and {MAX_LIMIT}")
        if self.since and self.until and self.since > self.until:
            raise ValueError("'since' is after 'until'")


@dataclass(frozen=True)
class ArticleItem:
    title: str
    url: str
    source: str
    published_at: datetime
    language: str | None
    score: float
    mentions: int
    snippet: str


@dataclass(frozen=True)
class StatementItem:
    speaker: str | None
    text: str
    url: str
    title: str
    source: str
    published_at: datetime
    score: float | None


@dataclass(frozen=True)
class DayCount:
    day: date
    articles: int  # articles mentioning the topic, by UTC day of publication
    mentions: int  # sum of the topic's term matches in those articles


@dataclass
class TopicReport:
    topic: str
    label: str
    articles: list[ArticleItem] = field(default_factory=list)
    statements: list[StatementItem] = field(default_factory=list)
    daily: list[DayCount] = field(default_factory=list)


@dataclass
class Report:
    filters: ReportFilter
    generated_at: datetime
    warehouse_ready: bool
    topics: list[TopicReport]
    languages: list[str]
    chart_days: list[date]


def topic_labels(topics_path: Path | None = None) -> dict[str, str]:
    """Topic key → display label, in lexicon order; an unreadable lexicon gives no labels."""
    path = topics_path or PACKAGE_DIR / "topics.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        LOGGER.warning("topic labels unavailable from %s: %s", path, exc)
        return {}
    topics = data.get("topics") if isinstance(data, dict) else None
    if not isinstance(topics, dict):
        return {}
    return {
        str(key): str(value.get("label") or key) if isinstance(value, dict) else str(key)
        for key, value in topics.items()
    }


def open_warehouse(url: str) -> Engine | None:
    """A read-only engine, or None when the warehouse has not been created yet (no run so far)."""
    if url.startswith("duckdb"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:" and not Path(path).exists():
            return None
    engine = warehouse.connect(url, read_only=True)
    if not sa.inspect(engine).has_table(warehouse.mentions.name):
        engine.dispose()
        return None
    return engine


def build_report(
    engine: Engine | None,
    filters: ReportFilter,
    *,
    labels: dict[str, str] | None = None,
    now: datetime | None = None,
) -> Report:
    """Everything the page and the JSON endpoint show, for one set of filters."""
    now = now or datetime.now(UTC)
    labels = labels or {}
    last_day = filters.until or now.astimezone(UTC).date()
    chart_days = [last_day - timedelta(days=n) for n in range(CHART_DAYS - 1, -1, -1)]
    if engine is None:
        keys = [filters.topic] if filters.topic else list(labels)
        topics = [_empty_topic(key, labels, chart_days) for key in keys]
        return Report(filters, now, False, topics, [], chart_days)
    with engine.connect() as connection:
        stored = connection.execute(sa.select(warehouse.mentions.c.topic).distinct()).scalars()
        keys = list(dict.fromkeys([*labels, *sorted(stored)]))
        if filters.topic:
            keys = [filters.topic]
        daily = _daily_counts(connection, filters, chart_days)
        topics = []
        for key in keys:
            topic = _empty_topic(key, labels, chart_days)
            topic.articles = _articles(connection, key, filters)
            topic.statements = _statements(connection, key, filters)
            counts = daily.get(key, {})
            topic.daily = [counts.get(day, DayCount(day, 0, 0)) for day in chart_days]
            topics.append(topic)
        languages = connection.execute(
            sa.select(warehouse.articles.c.language)
            .where(warehouse.articles.c.language.is_not(None))
            .distinct()
            .order_by(warehouse.articles.c.language)
        ).scalars()
        return Report(filters, now, True, topics, list(languages), chart_days)


def _empty_topic(key: str, labels: dict[str, str], days: list[date]) -> TopicReport:
    return TopicReport(key, labels.get(key, key.title()), daily=[DayCount(d, 0, 0) for d in days])


def _window(filters: ReportFilter, column: sa.ColumnElement[Any]) -> list[sa.ColumnElement[bool]]:
    articles = warehouse.articles
    conditions: list[sa.ColumnElement[bool]] = []
    if filters.language:
        conditions.append(articles.c.language == filters.language)
    if filters.since:
        conditions.append(column >= _midnight(filters.since))
    if filters.until:
        conditions.append(column < _midnight(filters.until + timedelta(days=1)))
    return conditions


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def _articles(connection: sa.Connection, topic: str, filters: ReportFilter) -> list[ArticleItem]:
    a, m = warehouse.articles, warehouse.mentions
    query = (
        sa.select(a.c.title, a.c.url, a.c.feed, a.c.published_at, a.c.language)
        .add_columns(m.c.score, m.c.mentions, m.c.snippet)
        .join(m, m.c.article_id == a.c.id)
        .where(m.c.topic == topic, *_window(filters, a.c.published_at))
        .order_by(a.c.published_at.desc(), m.c.score.desc(), a.c.id)
        .limit(filters.limit)
    )
    return [
        ArticleItem(
            title=row.title,
            url=row.url,
            source=row.feed,
            published_at=_utc(row.published_at),
            language=row.language,
            score=round(float(row.score), 3),
            mentions=int(row.mentions),
            snippet=row.snippet,
        )
        for row in connection.execute(query)
    ]


def _statements(
    connection: sa.Connection, topic: str, filters: ReportFilter
) -> list[StatementItem]:
    a, m, s = warehouse.articles, warehouse.mentions, warehouse.statements
    # `topics` is a comma-separated list: match whole items, not substrings of other keys.
    in_topic = (sa.literal(",") + s.c.topics + ",").contains(f",{topic},", autoescape=True)
    query = (
        sa.select(s.c.statement_key, s.c.speaker, s.c.text)
        .add_columns(a.c.url, a.c.title, a.c.feed, a.c.published_at, m.c.score)
        .join(a, a.c.id == s.c.article_id)
        .outerjoin(m, sa.and_(m.c.article_id == s.c.article_id, m.c.topic == topic))
        .where(in_topic, *_window(filters, a.c.published_at))
        .order_by(a.c.published_at.desc(), s.c.article_id, s.c.position)
        # A quotation re-published by several outlets is shown once, so over-fetch a little.
        .limit(filters.limit * 3)
    )
    items: list[StatementItem] = []
    seen: set[str] = set()
    for row in connection.execute(query):
        if row.statement_key in seen:
            continue
        seen.add(row.statement_key)
        items.append(
            StatementItem(
                speaker=row.speaker,
                text=row.text,
                url=row.url,
                title=row.title,
                source=row.feed,
                published_at=_utc(row.published_at),
                score=None if row.score is None else round(float(row.score), 3),
            )
        )
        if len(items) == filters.limit:
            break
    return items


def _daily_counts(
    connection: sa.Connection, filters: ReportFilter, days: list[date]
) -> dict[str, dict[date, DayCount]]:
    """Counts per topic and UTC day. Grouped in Python: DuckDB and PostgreSQL would truncate
    timestamps to dates in their session time zone, which need not be UTC."""
    a, m = warehouse.articles, warehouse.mentions
    chart = dataclasses.replace(filters, since=days[0], until=days[-1])
    query = (
        sa.select(m.c.topic, a.c.published_at, m.c.mentions)
        .join(a, a.c.id == m.c.article_id)
        .where(*_window(chart, a.c.published_at))
    )
    if filters.topic:
        query = query.where(m.c.topic == filters.topic)
    articles: dict[tuple[str, date], int] = defaultdict(int)
    mentions: dict[tuple[str, date], int] = defaultdict(int)
    for row in connection.execute(query):
        key = (row.topic, _utc(row.published_at).date())
        articles[key] += 1
        mentions[key] += int(row.mentions)
    counts: dict[str, dict[date, DayCount]] = defaultdict(dict)
    for (topic, day), n in articles.items():
        counts[topic][day] = DayCount(day, n, mentions[(topic, day)])
    return counts


def _utc(value: datetime) -> datetime:
    # Naive values only come from a backend that dropped the zone; they were written as UTC.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def safe_href(url: str | None) -> str | None:
    """The URL if it may be a link target (http or https), else None: article data is untrusted."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def report_to_json(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data (ISO dates), for the JSON endpoint."""

    def convert(value: Any) -> Any:
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, dict):
            return {key: convert(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [convert(item) for item in value]
        return value

    data: dict[str, Any] = convert(dataclasses.asdict(report))
    return data


@dataclass(frozen=True)
class _Series:
    label: str
    colour: str
    points: str  # SVG polyline points
    dots: list[tuple[float, float, str]]  # x, y, tooltip


@dataclass(frozen=True)
class _Chart:
    width: int
    height: int
    left: int
    top: int
    plot_width: int
    plot_height: int
    y_max: int
    y_ticks: list[tuple[float, int]]
    x_ticks: list[tuple[float, str]]
    series: list[_Series]


def _chart(report: Report) -> _Chart:
    width, height, left, right, top, bottom = 760, 240, 44, 28, 16, 40
    plot_width, plot_height = width - left - right, height - top - bottom
    days = report.chart_days
    peak = max((c.mentions for t in report.topics for c in t.daily), default=0)
    y_max = max(4, peak + (-peak % 4))  # a multiple of 4 so the four grid lines are integers
    step = plot_width / max(1, len(days) - 1)

    def x(index: int) -> float:
        return round(left + index * step, 1)

    def y(value: int) -> float:
        return round(top + plot_height - value / y_max * plot_height, 1)

    series = []
    for index, topic in enumerate(report.topics):
        coords = [(x(i), y(c.mentions)) for i, c in enumerate(topic.daily)]
        series.append(
            _Series(
                label=topic.label,
                colour=CHART_COLOURS[index % len(CHART_COLOURS)],
                points=" ".join(f"{px},{py}" for px, py in coords),
                dots=[
                    (
                        px,
                        py,
                        f"{topic.label} {c.day.isoformat()}: {c.mentions} mentions "
                        f"in {c.articles} articles",
                    )
                    for (px, py), c in zip(coords, topic.daily, strict=True)
                ],
            )
        )
    y_ticks = [(y(y_max * k // 4), y_max * k // 4) for k in range(5)]
    x_ticks = [
        (x(i), d.strftime("%d %b")) for i, d in enumerate(days) if (len(days) - 1 - i) % 7 == 0
    ]
    return _Chart(
        width, height, left, top, plot_width, plot_height, y_max, y_ticks, x_ticks, series
    )


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>News monitor</title>
<style>
body{font-family:system-ui,sans-serif;margin:1rem 1.5rem;color:#1a202c;background:#fff}
h1{font-size:1.4rem;margin:.2rem 0 1rem}h2{font-size:1.15rem;margin:1.6rem 0 .4rem}
h3{font-size:1rem;margin:1rem 0 .3rem;color:#4a5568}
form{display:flex;gap:.8rem;flex-wrap:wrap;align-items:end;margin-bottom:1rem}
label{display:flex;flex-direction:column;font-size:.8rem;color:#4a5568}
table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{border-bottom:1px solid #e2e8f0;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f7fafc}td.num{text-align:right;white-space:nowrap}td.when{white-space:nowrap}
.note{color:#718096;font-size:.85rem}blockquote{margin:0}
svg text{font-size:11px;fill:#4a5568}
</style></head>
<body>
<h1>News monitor</h1>
<form method="get" action="">
  <label>Topic<select name="topic"><option value="">all topics</option>
  {% for key, label in topic_choices %}<option value="{{ key }}"
    {%- if key == report.filters.topic %} selected{% endif %}>{{ label }}</option>{% endfor %}
  </select></label>
  <label>Language<select name="language"><option value="">all languages</option>
  {% for language in report.languages %}<option value="{{ language }}"
    {%- if language == report.filters.language %} selected{% endif %}>{{ language }}</option>
  {% endfor %}</select></label>
  <label>From<input type="date" name="since" value="{{ report.filters.since or '' }}"></label>
  <label>To<input type="date" name="until" value="{{ report.filters.until or '' }}"></label>
  <button type="submit">Show</button>
  <a href="{{ json_href }}">JSON</a>
</form>
{% if not report.warehouse_ready %}
<p class="note" data-testid="empty-warehouse">The warehouse is empty: no run of the
news_monitor DAG has loaded articles yet.</p>
{% endif %}
<h2>Daily mentions per topic, last {{ report.chart_days|length }} days (UTC)</h2>
<svg data-testid="mentions-chart" role="img" width="{{ chart.width }}" height="{{ chart.height }}"
 viewBox="0 0 {{ chart.width }} {{ chart.height }}" xmlns="http://www.w3.org/2000/svg">
<title>Daily mentions per topic</title>
{% for ty, value in chart.y_ticks %}
<line x1="{{ chart.left }}" x2="{{ chart.left + chart.plot_width }}" y1="{{ ty }}" y2="{{ ty }}"
 stroke="#e2e8f0"/>
<text x="{{ chart.left - 6 }}" y="{{ ty + 4 }}" text-anchor="end">{{ value }}</text>
{% endfor %}
{% for tx, text in chart.x_ticks %}
<text x="{{ tx }}" y="{{ chart.top + chart.plot_height + 16 }}"
 text-anchor="middle">{{ text }}</text>
{% endfor %}
{% for series in chart.series %}
<polyline class="series" data-topic="{{ series.label }}" fill="none" stroke="{{ series.colour }}"
 stroke-width="2" points="{{ series.points }}"/>
{% for dx, dy, tip in series.dots %}<circle cx="{{ dx }}" cy="{{ dy }}" r="2.5"
 fill="{{ series.colour }}"><title>{{ tip }}</title></circle>{% endfor %}
<rect x="{{ chart.left + 10 + loop.index0 * 130 }}" y="{{ chart.height - 14 }}" width="10"
 height="10" fill="{{ series.colour }}"/><text x="{{ chart.left + 24 + loop.index0 * 130 }}"
 y="{{ chart.height - 5 }}">{{ series.label }}</text>
{% endfor %}
</svg>
{% for topic in report.topics %}
<section data-testid="topic" data-topic="{{ topic.topic }}">
<h2>{{ topic.label }}</h2>
<h3>Latest statements</h3>
{% if topic.statements %}
<table data-testid="statements"><thead><tr><th>Published (UTC)</th><th>Speaker</th>
<th>Quotation</th><th>Source</th><th>Score</th></tr></thead><tbody>
{% for item in topic.statements %}<tr data-testid="statement-row">
<td class="when">{{ item.published_at.strftime('%Y-%m-%d %H:%M') }}</td>
<td>{{ item.speaker or 'unattributed' }}</td><td><blockquote>{{ item.text }}</blockquote></td>
<td>{% set href = safe_href(item.url) %}{% if href %}<a href="{{ href }}" rel="noopener noreferrer"
 target="_blank">{{ item.title }}</a>{% else %}{{ item.title }}{% endif %}<br>
<span class="note">{{ item.source }}</span></td>
<td class="num">{{ '%.2f'|format(item.score) if item.score is not none else '' }}</td></tr>
{% endfor %}</tbody></table>
{% else %}<p class="note">No statements match.</p>{% endif %}
<h3>Latest articles</h3>
{% if topic.articles %}
<table data-testid="articles"><thead><tr><th>Published (UTC)</th><th>Title</th><th>Source</th>
<th>Lang.</th><th>Mentions</th><th>Score</th></tr></thead><tbody>
{% for item in topic.articles %}<tr data-testid="article-row">
<td class="when">{{ item.published_at.strftime('%Y-%m-%d %H:%M') }}</td>
<td>{% set href = safe_href(item.url) %}{% if href %}<a href="{{ href }}" rel="noopener noreferrer"
 target="_blank">{{ item.title }}</a>{% else %}{{ item.title }}{% endif %}<br>
<span class="note">{{ item.snippet|truncate(240) }}</span></td>
<td>{{ item.source }}</td><td>{{ item.language or '' }}</td>
<td class="num">{{ item.mentions }}</td><td class="num">{{ '%.2f'|format(item.score) }}</td></tr>
{% endfor %}</tbody></table>
{% else %}<p class="note">No articles match.</p>{% endif %}
</section>
{% endfor %}
<p class="note">Generated {{ report.generated_at.strftime('%Y-%m-%d %H:%M:%S') }} UTC.</p>
</body></html>
"""


def render_html(report: Report, *, labels: dict[str, str] | None = None, json_href: str) -> str:
    """The page. Autoescaping is on for the whole template: titles, quotations and snippets
    come from the web; links are emitted only for http(s) URLs."""
    import jinja2

    environment = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = environment.from_string(_PAGE)
    choices = dict(labels or {})
    for topic in report.topics:
        choices.setdefault(topic.topic, topic.label)
    return template.render(
        report=report,
        chart=_chart(report),
        topic_choices=list(choices.items()),
        json_href=json_href,
        safe_href=safe_href,
    )
