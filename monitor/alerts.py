"""Alerts on new statements: the warehouse outbox and its delivery, exactly once per channel."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from monitor import warehouse
from monitor.alert_channels import (
    AlertConfigError,
    Channel,
    Filters,
    Mode,
    Notifier,
    load_channels,
)
from monitor.alert_messages import (
    AlertItem,
    Message,
    render_digest,
    render_item,
    render_more,
    render_text,
)
from monitor.settings import Settings
from monitor.warehouse import alerts as outbox

if TYPE_CHECKING:
    from monitor.warehouse import ClassifiedArticle

__all__ = [
    "AlertConfigError",
    "Channel",
    "DeliveryReport",
    "Filters",
    "Mode",
    "deliver_pending",
    "failed_alerts",
    "load_channels",
    "notify_operations",
    "on_failure_callback",
    "outbox_counts",
    "outbox_rows",
    "send_test",
]

LOGGER = logging.getLogger(__name__)

MAX_BACKOFF = timedelta(hours=6)
LOCK_KEY = 0x6E6D616C  # PostgreSQL advisory lock held by the one running delivery
SLACK_TEXT_MAX = 2900  # Slack: at most 3000 characters in one section block


class Status(StrEnum):
    PENDING = "pending"  # waiting for delivery (again, after next_attempt_at, if it failed)
    SENDING = "sending"  # claimed by a delivery; still there after a crash: sent again
    SENT = "sent"
    SUPPRESSED = "suppressed"  # past the channel's cap: counted in an "and N more" line
    FAILED = "failed"  # max attempts reached; shown in the summary and the report page


@dataclass
class Preview:
    channel: str
    alerts: int
    message: Message


@dataclass
class DeliveryReport:
    sent: int = 0  # alerts delivered, each in its own message or in a digest
    suppressed: int = 0  # alerts past a channel's cap, covered by an "and N more" line
    messages: int = 0  # messages that went out
    errors: int = 0  # failed attempts now; those alerts stay pending, retried after a backoff
    failed: int = 0  # alerts that reached the attempt limit now (status failed)
    pending: int = 0  # alerts still waiting after this delivery
    failed_total: int = 0  # alerts in status failed in the outbox, needing attention
    busy: bool = False  # another delivery held the lock: this one did nothing
    dry_run: bool = False
    channel_errors: dict[str, str] = field(default_factory=dict)
    previews: list[Preview] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        data = dataclasses.asdict(self)
        data["previews"] = [
            {"channel": p.channel, "alerts": p.alerts, "subject": p.message.subject}
            for p in self.previews
        ]
        return data


@dataclass(frozen=True)
class FailedAlert:
    channel: str
    item_key: str
    item: AlertItem
    attempts: int
    last_error: str | None
    created_at: datetime


# ---------------------------------------------------------------- outbox


def outbox_rows(
    items: Sequence[ClassifiedArticle], channels: Sequence[Channel], now: datetime | None = None
) -> list[dict[str, Any]]:
    """The outbox rows that stored `items` call for: one per (statement, channel), and one
    per (article, channel) for channels that take primary-topic articles."""
    now = now or datetime.now(UTC)
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for item in items:
        result, article = item.classification, item.article
        if result is None:
            continue
        language = result.language or article.language
        scores = {t.topic: t.score for t in result.topics.values()}
        for channel in channels:
            rules = channel.filters
            if not rules.article_ok(language, article.feed):
                continue
            base = {
                "channel": channel.name,
                "article_id": article.id,
                "title": article.title,
                "url": article.url,
                "feed": article.feed,
                "language": language,
                "published_at": article.published_at,
                "status": Status.PENDING.value,
                "attempts": 0,
                "created_at": now,
                "next_attempt_at": now,
            }
            for statement in sorted(result.statements, key=lambda s: s.position):
                if rules.require_speaker and not statement.speaker:
                    continue
                topics = [t for t in statement.topics if rules.topic_ok(t, scores.get(t, 0.0))]
                if not topics:
                    continue
                key = warehouse.statement_key(statement.text, statement.speaker)
                rows.setdefault(
                    (key, channel.name),
                    base
                    | {
                        "item_key": key,
                        "kind": "statement",
                        "topics": ",".join(topics),
                        "speaker": statement.speaker,
                        "quote": statement.text,
                        "score": max(scores.get(t, 0.0) for t in topics),
                    },
                )
            primary = [
                t.topic
                for t in result.topics.values()
                if t.primary and rules.topic_ok(t.topic, t.score)
            ]
            if rules.include_primary_articles and primary:
                key = f"article:{article.id}"
                row: dict[str, Any] = {"item_key": key, "kind": "article", "speaker": None}
                row |= {"topics": ",".join(primary), "quote": None}
                row["score"] = max(scores[t] for t in primary)
                rows.setdefault((key, channel.name), base | row)
    return list(rows.values())


def failed_alerts(engine: Engine, limit: int = 100) -> list[FailedAlert]:
    """Alerts that reached the attempt limit, newest first (for the summary and report page)."""
    query = (
        sa.select(outbox)
        .where(outbox.c.status == Status.FAILED.value)
        .order_by(outbox.c.created_at.desc(), outbox.c.item_key)
        .limit(limit)
    )
    with engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return [
        FailedAlert(
            channel=row["channel"],
            item_key=row["item_key"],
            item=_item(row),
            attempts=row["attempts"],
            last_error=row["last_error"],
            created_at=row["created_at"],
        )
        for row in rows
    ]


def outbox_counts(engine: Engine) -> dict[str, int]:
    """Number of outbox rows in each status."""
    query = sa.select(outbox.c.status, sa.func.count()).group_by(outbox.c.status)
    with engine.connect() as connection:
        return {status: int(n) for status, n in connection.execute(query)}


# ---------------------------------------------------------------- delivery


def deliver_pending(
    settings: Settings,
    *,
    ignore_backoff: bool = False,
    dry_run: bool = False,
    retry_failed: bool = False,
) -> DeliveryReport:
    """Send the pending alerts of every configured channel and record each outcome.

    Each alert is marked `sending` (committed) before its message goes out and `sent` right
    after, so a crash between the two leaves evidence, and that alert is sent again by the
    next delivery: at most the one message in flight at a crash can arrive twice. A failure
    records the error and leaves the alert pending until its backoff has passed
    (`ignore_backoff` retries at once); after `alert_max_attempts` it is marked failed.
    Only one delivery runs at a time (PostgreSQL advisory lock; DuckDB locks its file)."""
    channels = load_channels(settings)
    report = DeliveryReport(dry_run=dry_run)
    engine = warehouse.connect(settings.warehouse_url)
    try:
        warehouse.migrate(engine)
        with engine.connect() as connection:
            if not _lock(connection):
                LOGGER.warning("another alert delivery is running: nothing done")
                report.busy = True
                return report
            now = datetime.now(UTC)
            if retry_failed and not dry_run:
                _reset_failed(connection, now)
            for channel in channels:
                rows = _due(connection, channel.name, now, ignore_backoff)
                if rows:
                    _deliver_channel(connection, channel, rows, settings, report)
            _count_left(connection, {c.name for c in channels}, report)
            _unlock(connection)
    finally:
        engine.dispose()
    return report


def _deliver_channel(
    connection: Connection,
    channel: Channel,
    rows: list[dict[str, Any]],
    settings: Settings,
    report: DeliveryReport,
) -> None:
    notifier = None if report.dry_run else Notifier(channel.url)
    for message, shown, covered in _plan(channel, rows):
        if notifier is None:
            report.previews.append(Preview(channel.name, len(shown) + len(covered), message))
            report.messages += 1
            report.sent += len(shown)
            report.suppressed += len(covered)
            continue
        keys = [row["item_key"] for row in shown + covered]
        _update(connection, channel.name, keys, status=Status.SENDING, attempts=_PLUS_ONE)
        error = notifier.send(message)
        now = datetime.now(UTC)
        if error is None:
            _update(connection, channel.name, keys[: len(shown)], status=Status.SENT, sent_at=now)
            covered_keys = keys[len(shown) :]
            _update(connection, channel.name, covered_keys, status=Status.SUPPRESSED, sent_at=now)
            report.messages += 1
            report.sent += len(shown)
            report.suppressed += len(covered)
            continue
        LOGGER.warning("alert channel %s failed: %s", channel.name, error)
        report.errors += len(keys)
        report.channel_errors[channel.name] = error
        for row in shown + covered:
            attempts = row["attempts"] + 1
            change: dict[str, Any] = {"status": Status.PENDING, "last_error": error[:1000]}
            if attempts >= settings.alert_max_attempts:
                report.failed += 1
                change["status"] = Status.FAILED
            else:
                delay = timedelta(seconds=settings.alert_retry_delay * 2 ** (attempts - 1))
                change["next_attempt_at"] = now + min(delay, MAX_BACKOFF)
            _update(connection, channel.name, [row["item_key"]], **change)
        # A channel that fails is left alone for the rest of this delivery: its other alerts
        # stay pending, untouched, instead of each waiting for the same timeout.
        return


def _plan(
    channel: Channel, rows: list[dict[str, Any]]
) -> list[tuple[Message, list[dict[str, Any]], list[dict[str, Any]]]]:
    """(message, alerts it shows, alerts it covers with an "and N more" line), in order."""
    items = [_item(row) for row in rows]
    cap = channel.max_per_run
    if channel.mode is Mode.DIGEST:
        digest = render_digest(items[:cap], len(rows[cap:]))
        # Slack refuses a text block over 3000 characters: list fewer, the rest as "N more".
        limit = SLACK_TEXT_MAX if channel.kind == "slack" else None
        while limit is not None and cap > 1 and len(digest.mrkdwn) > limit:
            cap -= 1
            digest = render_digest(items[:cap], len(rows[cap:]))
        return [(digest, rows[:cap], rows[cap:])]
    shown = min(len(rows), cap)
    plan: list[tuple[Message, list[dict[str, Any]], list[dict[str, Any]]]] = [
        (render_item(item), [row], []) for item, row in zip(items[:shown], rows, strict=False)
    ]
    if rows[shown:]:
        plan.append((render_more(len(rows[shown:])), [], rows[shown:]))
    return plan


def _item(row: Mapping[Any, Any]) -> AlertItem:
    return AlertItem(
        kind=row["kind"],
        topics=tuple(row["topics"].split(",")),
        speaker=row["speaker"],
        quote=row["quote"],
        title=row["title"],
        url=row["url"],
        feed=row["feed"],
        published_at=row["published_at"],
        language=row["language"],
    )


def _due(
    connection: Connection, channel: str, now: datetime, ignore_backoff: bool
) -> list[dict[str, Any]]:
    # A row still `sending` here was claimed by a delivery that crashed (we hold the lock).
    waiting = outbox.c.status == Status.PENDING.value
    if not ignore_backoff:
        waiting = sa.and_(waiting, outbox.c.next_attempt_at <= now)
    query = (
        sa.select(outbox)
        .where(outbox.c.channel == channel, sa.or_(waiting, outbox.c.status == "sending"))
        .order_by(outbox.c.created_at, outbox.c.published_at, outbox.c.item_key)
    )
    rows = [dict(row) for row in connection.execute(query).mappings()]
    connection.commit()
    return rows


_PLUS_ONE = object()  # marker: increment the attempts column


def _update(connection: Connection, channel: str, keys: Sequence[str], **values: Any) -> None:
    """Set columns of some of a channel's outbox rows and commit at once."""
    if not keys:
        return
    changes = {
        name: outbox.c.attempts + 1
        if value is _PLUS_ONE
        else (value.value if isinstance(value, Status) else value)
        for name, value in values.items()
    }
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        where = sa.and_(outbox.c.channel == channel, outbox.c.item_key.in_(chunk))
        connection.execute(outbox.update().where(where).values(changes))
    connection.commit()


def _reset_failed(connection: Connection, now: datetime) -> None:
    failed = outbox.c.status == Status.FAILED.value
    again = {"status": Status.PENDING.value, "attempts": 0, "next_attempt_at": now}
    connection.execute(outbox.update().where(failed).values(again))
    connection.commit()


def _count_left(connection: Connection, configured: set[str], report: DeliveryReport) -> None:
    query = sa.select(outbox.c.channel, outbox.c.status, sa.func.count()).group_by(
        outbox.c.channel, outbox.c.status
    )
    for channel, status, count in connection.execute(query):
        if status in (Status.PENDING.value, Status.SENDING.value):
            report.pending += int(count)
            if channel not in configured:
                LOGGER.warning(
                    "%d alerts wait for channel %s, no longer configured", count, channel
                )
        elif status == Status.FAILED.value:
            report.failed_total += int(count)
    connection.commit()


def _lock(connection: Connection) -> bool:
    if connection.dialect.name != "postgresql":
        return True  # DuckDB: this open connection holds the file lock against other processes
    query = sa.text("SELECT pg_try_advisory_lock(:key)")
    locked = bool(connection.execute(query, {"key": LOCK_KEY}).scalar())
    connection.commit()
    return locked


def _unlock(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
        connection.commit()


def send_test(settings: Settings) -> dict[str, str | None]:
    """A test message to every configured channel: channel name → None (ok) or the error."""
    message = render_text(
        "Test message",
        "This is a test from the News monitor: this channel receives its alerts.\n\n"
        f"Sent {datetime.now(UTC):%Y-%m-%d %H:%M UTC}.",
    )
    return {c.name: Notifier(c.url).send(message) for c in load_channels(settings)}


def notify_operations(settings: Settings, subject: str, body: str) -> bool:
    """A plain-text notice to the operations channels (MONITOR_OPS_ALERT_URLS).
    True when every one accepted it; False when one failed or none is configured."""
    if not settings.ops_alert_urls:
        LOGGER.warning("no operations channel configured (MONITOR_OPS_ALERT_URLS): %s", subject)
        return False
    message = render_text(subject, body)
    ok = True
    for url in settings.ops_alert_urls:
        error = Notifier(url).send(message)
        if error is not None:
            LOGGER.error("operations notice %r not delivered: %s", subject, error)
            ok = False
    return ok


def on_failure_callback(context: Mapping[str, Any]) -> None:
    """Airflow `on_failure_callback`: tell the operations channels which task failed.
    Never raises: a failing callback must not hide the task's own failure."""
    try:
        from monitor.settings import load_settings

        task = context.get("task_instance") or context.get("ti")
        dag_id = getattr(task, "dag_id", None) or context.get("dag_id", "?")
        task_id = getattr(task, "task_id", None) or context.get("task_id", "?")
        lines = [
            f"DAG: {dag_id}",
            f"Task: {task_id}",
            f"Run: {context.get('run_id', '?')}",
            f"Try: {getattr(task, 'try_number', '?')}",
            f"Error: {context.get('exception') or context.get('reason') or 'unknown'}",
        ]
        log_url = getattr(task, "log_url", None)
        if log_url:
            lines.append(f"Log: {log_url}")
        notify_operations(load_settings(), f"Task {dag_id}.{task_id} failed", "\n".join(lines))
    except Exception:  # see the docstring
        LOGGER.exception("the operations failure notice could not be sent")


def summary_lines(report: DeliveryReport) -> Iterable[str]:
    """Summary lines for a terminal (used by the CLI)."""
    if report.busy:
        yield "alerts: another delivery is running; nothing sent"
        return
    verb = "would send" if report.dry_run else "sent"
    yield (
        f"alerts: {report.sent} {verb} in {report.messages} messages, "
        f"{report.suppressed} summarised, {report.errors} failed attempts "
        f"({report.failed} now failed for good), {report.pending} pending, "
        f"{report.failed_total} failed in total"
    )
    for name, error in sorted(report.channel_errors.items()):
        yield f"  channel {name}: {error}"
