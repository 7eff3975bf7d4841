"""Alerts over real receivers on loopback: SMTP (aiosmtpd), a JSON webhook and Slack's format."""

from __future__ import annotations

import email
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from aiosmtpd.controller import Controller
from click.testing import CliRunner

from monitor import alerts, warehouse
from monitor.alert_channels import AlertConfigError, Channel, Filters, Mode
from monitor.classify import Classification, TopicMention
from monitor.feeds import Feed
from monitor.records import Article, BodySource
from monitor.settings import Settings
from monitor.statements import Statement
from monitor.warehouse import ClassifiedArticle
from tests.sites import article_page, rss_document
from tests.webserver import LoopbackWeb, Reply, Seen

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2025, 6, 10, 12, 0, tzinfo=UTC)
QUOTES = [
    "We will keep supporting a negotiated and democratic solution for Venezuela",
    "The humanitarian corridor to Kharkiv must stay open through the winter",
    "Gangs control most of Port-au-Prince and the police need help now",
]


# ---------------------------------------------------------------- data


def article(n: int, *, feed: str = "feed-a", url: str | None = None, **changes: Any) -> Article:
    values: dict[str, Any] = {
        "id": f"id{n}",
        "url": url or f"https://example.org/news/{n}?a=1&b=2",
        "feed": feed,
        "title": f"Talks <b>{n}</b> & more",
        "author": None,
        "published_at": NOW,
        "published_at_estimated": False,
        "fetched_at": NOW,
        "language": "en",
        "body": "Body.",
        "body_source": BodySource.PAGE,
        "summary": "",
        "page_error": None,
        "content_hash": f"hash-{n}",
    }
    values.update(changes)
    return Article(**values)


def classified(
    item: Article,
    quotes: list[tuple[str | None, str, tuple[str, ...]]],
    scores: dict[str, float] | None = None,
    language: str = "en",
) -> ClassifiedArticle:
    scores = scores or {"venezuela": 0.8, "ukraine": 0.5, "haiti": 0.5}
    primary = max(scores, key=lambda t: scores[t])
    topics = {
        t: TopicMention(topic=t, mentions=3, score=s, primary=t == primary, snippets=("…",))
        for t, s in scores.items()
    }
    statements = tuple(
        Statement(speaker=speaker, text=text, topics=topics_, position=n)
        for n, (speaker, text, topics_) in enumerate(quotes)
    )
    return ClassifiedArticle(item, Classification(language, topics, statements))


def standard_items() -> list[ClassifiedArticle]:
    return [
        classified(article(1), [("Ana Ruiz", QUOTES[0], ("venezuela",))]),
        classified(
            article(2, feed="feed-b"),
            [
                ("Olena Petrenko", QUOTES[1], ("ukraine",)),
                ("Jean <Pierre> & Co", QUOTES[2], ("haiti",)),
            ],
        ),
    ]


def load(settings: Settings, items: list[ClassifiedArticle]) -> warehouse.LoadStats:
    engine = warehouse.connect(settings.warehouse_url)
    try:
        warehouse.migrate(engine)
        return warehouse.load_articles(engine, items, alert_channels=alerts.load_channels(settings))
    finally:
        engine.dispose()


def outbox_rows(settings: Settings) -> list[dict[str, Any]]:
    engine = warehouse.connect(settings.warehouse_url)
    try:
        with engine.connect() as connection:
            query = sa.select(warehouse.alerts).order_by(warehouse.alerts.c.item_key)
            return [dict(row) for row in connection.execute(query).mappings()]
    finally:
        engine.dispose()


# ---------------------------------------------------------------- receivers


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Mailbox:
    """aiosmtpd handler: keeps every message; refuses recipients named refused@…"""

    def __init__(self, port: int) -> None:
        self.port = port
        self.messages: list[EmailMessage] = []

    async def handle_RCPT(
        self, server: object, session: object, envelope: Any, address: str, options: object
    ) -> str:
        if address.startswith("refused@"):
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 Message accepted"

    def url(self, to: str = "desk@example.org") -> str:
        return f"mailto://127.0.0.1:{self.port}/?from=monitor@example.org&to={to}"


@pytest.fixture
def smtp() -> Iterator[Mailbox]:
    box = Mailbox(free_port())
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    yield box
    controller.stop()


@pytest.fixture
def hook(web: LoopbackWeb) -> LoopbackWeb:
    """A JSON webhook at /hook and a Slack incoming webhook at /services/T1/B2/C3."""
    web.route("/hook", "ok", content_type="text/plain")
    web.route("/services/T1/B2/C3", "ok", content_type="text/plain")
    return web


def json_url(web: LoopbackWeb, path: str = "/hook") -> str:
    return f"json://127.0.0.1:{web.server.server_address[1]}{path}"


def payloads(web: LoopbackWeb, path: str = "/hook") -> list[dict[str, Any]]:
    return [json.loads(seen.body) for seen in web.hits(path)]


def quote_counts(web: LoopbackWeb, path: str = "/hook") -> Counter[str]:
    return Counter(q for p in payloads(web, path) for q in QUOTES if q in p["message"])


@pytest.fixture
def slack_to_loopback(monkeypatch: pytest.MonkeyPatch, hook: LoopbackWeb) -> None:
    """Apprise's Slack plugin posts to a fixed host; point that host at the loopback server."""
    from apprise.plugins.slack import NotifySlack

    monkeypatch.setattr(NotifySlack, "webhook_url", hook.url("/services"))


# ---------------------------------------------------------------- delivery formats


def test_email_reaches_smtp_server_with_text_and_escaped_html(
    settings: Settings, smtp: Mailbox
) -> None:
    settings = settings.replace(alert_urls=(smtp.url(),))
    load(settings, standard_items()[1:])
    report = alerts.deliver_pending(settings)
    assert (report.sent, report.messages, report.errors, report.pending) == (2, 2, 0, 0)
    assert len(smtp.messages) == 2
    message = next(m for m in smtp.messages if "Jean" in m["Subject"])
    assert message["To"] == "desk@example.org"
    assert message["Subject"].startswith("[news monitor] Haiti: Jean <Pierre> & Co:")
    text_part = message.get_body(preferencelist=("plain",))
    html_part = message.get_body(preferencelist=("html",))
    assert text_part is not None and html_part is not None
    text, html = text_part.get_content(), html_part.get_content()
    for content in (text, html):
        assert QUOTES[2] in content
        assert "feed-b" in content and "2025-06-10 12:00 UTC" in content
    assert "Jean <Pierre> & Co" in text and "https://example.org/news/2?a=1&b=2" in text
    assert (
        "Jean &lt;Pierre&gt; &amp; Co" in html and "Talks &lt;b&gt;2&lt;/b&gt; &amp; more" in html
    )
    assert '<a href="https://example.org/news/2?a=1&amp;b=2">' in html
    assert "<b>2</b>" not in html and "<Pierre>" not in html


def test_json_webhook_and_slack_payloads(
    settings: Settings, hook: LoopbackWeb, slack_to_loopback: None
) -> None:
    settings = settings.replace(alert_urls=(json_url(hook), "slack://T1/B2/C3?footer=no"))
    load(settings, standard_items()[1:])
    report = alerts.deliver_pending(settings)
    assert (report.sent, report.errors) == (4, 0)

    sent = {p["message"].split("\n")[1]: p for p in payloads(hook)}
    webhook = sent["Jean <Pierre> & Co:"]
    assert webhook["title"].startswith("[news monitor] Haiti: Jean <Pierre> & Co: “Gangs control")
    assert webhook["type"] == "info"
    assert webhook["message"].splitlines() == [
        "Topics: Haiti",
        "Jean <Pierre> & Co:",
        f"  “{QUOTES[2]}”",
        "Article: Talks <b>2</b> & more",
        "Link: https://example.org/news/2?a=1&b=2",
        "Source: feed-b, published 2025-06-10 12:00 UTC",
    ]

    slack = [p for p in payloads(hook, "/services/T1/B2/C3") if "Jean" in json.dumps(p)]
    assert len(slack) == 1
    blocks = slack[0]["attachments"][0]["blocks"]
    assert blocks[0]["type"] == "header"
    assert blocks[0]["text"]["text"].startswith("[news monitor] Haiti: Jean &lt;Pierre&gt; &amp;")
    assert blocks[1]["text"]["type"] == "mrkdwn"
    assert blocks[1]["text"]["text"].splitlines() == [
        "*Haiti*",
        "*Jean &lt;Pierre&gt; &amp; Co*:",
        f"> “{QUOTES[2]}”",
        "<https://example.org/news/2?a=1&amp;b=2|Talks &lt;b&gt;2&lt;/b&gt; &amp; more>",
        "feed-b, published 2025-06-10 12:00 UTC",
    ]


def test_digest_groups_by_topic_and_caps_with_and_n_more(
    settings: Settings, hook: LoopbackWeb, tmp_path: Path
) -> None:
    config = tmp_path / "alerts.yaml"
    config.write_text(
        "channels:\n"
        f"  - {{name: digest, url: '{json_url(hook, '/digest')}', mode: digest, max_per_run: 2}}\n"
        f"  - {{name: instant, url: '{json_url(hook)}', max_per_run: 2}}\n"
    )
    hook.route("/digest", "ok")
    settings = settings.replace(alerts_path=config)
    load(settings, standard_items())
    report = alerts.deliver_pending(settings)
    # digest: one message listing 2 of 3; instant: 2 messages and one "and 1 more"
    assert (report.messages, report.sent, report.suppressed) == (4, 4, 2)
    [digest] = payloads(hook, "/digest")
    assert digest["title"].startswith("[news monitor] 3 new alerts: ")
    text = digest["message"]
    headings = [line for line in text.splitlines() if line.startswith("== ")]
    assert len(headings) == 2 and headings == sorted(headings)
    assert "… and 1 more alert in this run" in text
    instant = payloads(hook)
    assert len(instant) == 3 and "… and 1 more alert in" in instant[2]["message"]
    statuses = Counter((r["channel"], r["status"]) for r in outbox_rows(settings))
    assert statuses == {
        ("digest", "sent"): 2,
        ("digest", "suppressed"): 1,
        ("instant", "sent"): 2,
        ("instant", "suppressed"): 1,
    }
    assert alerts.deliver_pending(settings).messages == 0


def test_slack_digest_stays_within_slack_block_limit(
    settings: Settings, hook: LoopbackWeb, slack_to_loopback: None, tmp_path: Path
) -> None:
    config = tmp_path / "alerts.yaml"
    config.write_text(
        "channels:\n  - {name: s, url: 'slack://T1/B2/C3', mode: digest, max_per_run: 50}\n"
    )
    settings = settings.replace(alerts_path=config)
    quote = "about Venezuela " * 12
    many = [
        classified(article(n), [("Ana Ruiz", f"Quote {n} {quote}", ("venezuela",))])
        for n in range(30)
    ]
    load(settings, many)
    report = alerts.deliver_pending(settings)
    assert report.messages == 1 and report.sent + report.suppressed == 30 and report.suppressed
    [payload] = payloads(hook, "/services/T1/B2/C3")
    text = payload["attachments"][0]["blocks"][1]["text"]["text"]
    assert len(text) <= 3000 and f"and {report.suppressed} more alerts" in text


def test_dry_run_shows_and_sends_nothing(settings: Settings, hook: LoopbackWeb) -> None:
    settings = settings.replace(alert_urls=(json_url(hook),))
    load(settings, standard_items())
    report = alerts.deliver_pending(settings, dry_run=True)
    assert (report.sent, report.messages, report.pending) == (3, 3, 3)
    assert [p.alerts for p in report.previews] == [1, 1, 1]
    assert any(QUOTES[1] in p.message.text for p in report.previews)
    assert hook.hits("/hook") == []
    assert {r["status"] for r in outbox_rows(settings)} == {"pending"}


# ---------------------------------------------------------------- exactly once


def test_each_statement_alerted_once_per_channel(
    settings: Settings, warehouse_url: str, hook: LoopbackWeb, smtp: Mailbox
) -> None:
    settings = settings.replace(warehouse_url=warehouse_url, alert_urls=(json_url(hook),))
    items = standard_items()
    # the same quotation in another article (another feed, another URL), differently spaced
    # and punctuated: the same statement
    again = classified(
        article(3, feed="feed-c", url="https://mirror.example.net/story-3"),
        [("ana ruiz", QUOTES[0].upper().replace(" and", ",  and") + "!", ("venezuela",))],
    )
    assert load(settings, [*items, again]).alerts_queued == 3
    first = alerts.deliver_pending(settings)
    second = alerts.deliver_pending(settings, ignore_backoff=True)
    assert (first.sent, second.sent, second.pending) == (3, 0, 0)
    # the articles stored again, re-fetched with changes, found anew: nothing new to alert
    assert load(settings, items).alerts_queued == 0
    changed = [
        classified(article(1, content_hash="edited"), [("Ana Ruiz", QUOTES[0], ("venezuela",))])
    ]
    assert load(settings, changed).alerts_queued == 0
    assert alerts.deliver_pending(settings).sent == 0
    assert quote_counts(hook) == dict.fromkeys(QUOTES, 1)
    # a channel added later gets the statements stored from then on, each once
    settings = settings.replace(alert_urls=(json_url(hook), smtp.url()))
    new = classified(
        article(4), [("Ana Ruiz", "A brand new statement about Venezuela", ("venezuela",))]
    )
    assert load(settings, [new]).alerts_queued == 2
    assert alerts.deliver_pending(settings).sent == 2
    assert len(smtp.messages) == 1 and len(hook.hits("/hook")) == 4


def test_filters_choose_what_each_channel_gets() -> None:
    items = [
        classified(article(1), [("Ana Ruiz", QUOTES[0], ("venezuela",))], {"venezuela": 0.9}),
        classified(
            article(2, feed="feed-b", language="es"),
            [("Olena", QUOTES[1], ("ukraine",)), (None, QUOTES[2], ("ukraine",))],
            {"ukraine": 0.3},
            language="es",
        ),
    ]
    channels = [
        Channel("all", "json://x"),
        Channel("ve", "json://x", filters=Filters(topics=frozenset({"venezuela"}))),
        Channel("es", "json://x", filters=Filters(languages=frozenset({"es"}))),
        Channel("strong", "json://x", filters=Filters(min_score=0.5)),
        Channel("feed-b", "json://x", filters=Filters(feeds=frozenset({"feed-b"}))),
        Channel("articles", "json://x", filters=Filters(include_primary_articles=True)),
        Channel("anyone", "json://x", filters=Filters(require_speaker=False)),
    ]
    rows = alerts.outbox_rows(items, channels, NOW)
    got = Counter((r["channel"], r["kind"]) for r in rows)
    assert got == {
        ("all", "statement"): 2,
        ("ve", "statement"): 1,
        ("es", "statement"): 1,
        ("strong", "statement"): 1,
        ("feed-b", "statement"): 1,
        ("articles", "statement"): 2,
        ("articles", "article"): 2,
        ("anyone", "statement"): 3,
    }
    key = warehouse.statement_key(QUOTES[0], "Ana Ruiz")
    row = next(r for r in rows if r["channel"] == "ve")
    assert (row["item_key"], row["topics"], row["score"], row["status"]) == (
        key,
        "venezuela",
        0.9,
        "pending",
    )


# ---------------------------------------------------------------- faults


def test_receiver_down_then_back_delivers_each_alert_once(
    settings: Settings, warehouse_url: str, hook: LoopbackWeb
) -> None:
    state = {"up": False}
    accepted: list[str] = []

    def flaky(seen: Seen) -> Reply:
        if not state["up"]:
            return Reply(503, b"down for maintenance")
        accepted.append(json.loads(seen.body)["message"])
        return Reply(200, b"ok")

    hook.route("/hook", handler=flaky)
    settings = settings.replace(warehouse_url=warehouse_url, alert_urls=(json_url(hook),))
    load(settings, standard_items())
    down = alerts.deliver_pending(settings)
    assert (down.sent, down.errors, down.failed, down.pending) == (0, 1, 0, 3)
    assert "503" in next(iter(down.channel_errors.values()))
    rows = outbox_rows(settings)
    tried = [r for r in rows if r["attempts"]]
    assert len(tried) == 1  # a failing channel is not hammered once per alert
    assert tried[0]["status"] == "pending" and "503" in tried[0]["last_error"]
    assert tried[0]["next_attempt_at"] > datetime.now(UTC) + timedelta(minutes=4)
    state["up"] = True
    later = alerts.deliver_pending(settings)  # the failed one waits for its backoff
    assert (later.sent, later.pending) == (2, 1)
    now = alerts.deliver_pending(settings, ignore_backoff=True)
    assert (now.sent, now.pending) == (1, 0)
    assert alerts.deliver_pending(settings, ignore_backoff=True).sent == 0
    assert Counter(q for m in accepted for q in QUOTES if q in m) == dict.fromkeys(QUOTES, 1)
    assert {r["status"] for r in outbox_rows(settings)} == {"sent"}


def test_unreachable_receiver_keeps_alerts_pending(settings: Settings) -> None:
    closed = f"json://127.0.0.1:{free_port()}/hook"
    settings = settings.replace(alert_urls=(closed,), alert_max_attempts=2)
    load(settings, standard_items()[:1])
    first = alerts.deliver_pending(settings)
    assert (first.sent, first.errors, first.pending) == (0, 1, 1)
    assert "Connection error" in next(iter(first.channel_errors.values()))
    second = alerts.deliver_pending(settings, ignore_backoff=True)
    assert (second.failed, second.pending, second.failed_total) == (1, 0, 1)


def test_smtp_refusal_is_recorded_and_other_channels_unaffected(
    settings: Settings, smtp: Mailbox, hook: LoopbackWeb
) -> None:
    refused = smtp.url(to="refused@example.org")
    settings = settings.replace(
        alert_urls=(refused, json_url(hook), smtp.url()), alert_max_attempts=2
    )
    load(settings, standard_items()[:1])
    report = alerts.deliver_pending(settings)
    assert (report.sent, report.errors, report.failed, report.pending) == (2, 1, 0, 1)
    assert len(hook.hits("/hook")) == 1 and len(smtp.messages) == 1
    [error] = report.channel_errors.values()
    assert "refused@example.org" in error
    again = alerts.deliver_pending(settings, ignore_backoff=True)
    assert (again.sent, again.failed, again.failed_total) == (0, 1, 1)
    engine = warehouse.connect(settings.warehouse_url)
    [failed] = alerts.failed_alerts(engine)
    assert alerts.outbox_counts(engine) == {"sent": 2, "failed": 1}
    engine.dispose()
    assert failed.channel.startswith("env-mailto-") and failed.attempts == 2
    assert failed.item.speaker == "Ana Ruiz" and "refused@example.org" in (failed.last_error or "")
    lines = list(alerts.summary_lines(again))
    assert "1 failed in total" in lines[0] and "refused@example.org" in lines[1]
    # failed alerts can be put back in the queue
    retried = alerts.deliver_pending(settings, retry_failed=True)
    assert (retried.errors, retried.pending, retried.failed_total) == (1, 1, 0)


def test_killed_delivery_loses_nothing_and_repeats_at_most_one(
    settings: Settings, warehouse_url: str, hook: LoopbackWeb
) -> None:
    """SIGKILL after the first message reached a slow receiver: the alert being sent stays
    `sending`; the next delivery sends it again (the one possible duplicate) and the rest."""
    slow = threading.Event()

    def receiver(seen: Seen) -> Reply:
        if not slow.is_set():
            time.sleep(5)
        return Reply(200, b"ok")

    hook.route("/hook", handler=receiver)
    settings = settings.replace(warehouse_url=warehouse_url, alert_urls=(json_url(hook),))
    load(settings, standard_items())
    env = {
        **os.environ,
        "MONITOR_WAREHOUSE_URL": warehouse_url,
        "MONITOR_ALERT_URLS": json_url(hook),
    }
    code = "from monitor import alerts, settings; alerts.deliver_pending(settings.load_settings())"
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        while not hook.hits("/hook") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert hook.hits("/hook"), "the delivery never sent its first message"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert Counter(r["status"] for r in outbox_rows(settings)) == {"sending": 1, "pending": 2}
    slow.set()
    report = alerts.deliver_pending(settings)
    assert (report.sent, report.pending, report.errors) == (3, 0, 0)
    counts = quote_counts(hook)
    assert set(counts) == set(QUOTES)  # nothing lost
    assert sum(counts.values()) - len(QUOTES) <= 1  # at most the one in flight repeated


def test_one_delivery_at_a_time_on_postgresql(
    settings: Settings, postgres_url: str, hook: LoopbackWeb
) -> None:
    settings = settings.replace(warehouse_url=postgres_url, alert_urls=(json_url(hook),))
    load(settings, standard_items())
    engine = warehouse.connect(postgres_url)
    with engine.connect() as holder:
        holder.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": alerts.LOCK_KEY})
        busy = alerts.deliver_pending(settings)
        assert busy.busy and busy.sent == 0 and hook.hits("/hook") == []
    engine.dispose()
    assert alerts.deliver_pending(settings).sent == 3


# ---------------------------------------------------------------- configuration


def test_yaml_config_expands_env_and_reports_mistakes(tmp_path: Path, settings: Settings) -> None:
    config = tmp_path / "alerts.yaml"
    config.write_text(
        "channels:\n"
        "  - name: desk\n"
        "    url: json://${HOOK_HOST}/x\n"
        "    mode: digest\n"
        "    max_per_run: 5\n"
        "    filters: {topics: [Haiti], languages: en, min_score: 0.4,"
        " include_primary_articles: true}\n"
    )
    settings = settings.replace(alerts_path=config, alert_urls=("json://h/y",))
    [desk, env] = alerts.load_channels(settings, {"HOOK_HOST": "127.0.0.1:9"})
    assert (desk.name, desk.url, desk.mode, desk.max_per_run) == (
        "desk",
        "json://127.0.0.1:9/x",
        Mode.DIGEST,
        5,
    )
    assert desk.filters == Filters(
        topics=frozenset({"haiti"}),
        languages=frozenset({"en"}),
        min_score=0.4,
        include_primary_articles=True,
    )
    assert env.name == alerts.load_channels(settings, {"HOOK_HOST": "x"})[1].name
    assert env.mode is Mode.INSTANT and env.filters == Filters()
    assert "json://" not in repr(env)  # URLs may hold secrets

    def error(text: str, environ: dict[str, str] | None = None) -> str:
        config.write_text(text)
        with pytest.raises(AlertConfigError) as caught:
            alerts.load_channels(settings.replace(alert_urls=()), environ or {})
        message = str(caught.value)
        assert "\n" not in message
        return message

    assert error("channels:\n  - {name: a, url: 'json://${NOPE}/x'}\n") == (
        f"alert config {config}: channel 'a': environment variable NOPE is not set"
    )
    assert "channel 'a': mode must be instant or digest" in error(
        "channels:\n  - {name: a, url: json://h, mode: hourly}\n"
    )
    assert "channel 'a': unknown key(s) topics" in error(
        "channels:\n  - {name: a, url: json://h, topics: [haiti]}\n"
    )
    assert "channel 'a': unknown topic(s) cuba" in error(
        "channels:\n  - {name: a, url: json://h, filters: {topics: [cuba]}}\n"
    )
    assert "channel 'a': not a valid Apprise URL (scheme 'nosuch')" in error(
        "channels:\n  - {name: a, url: 'nosuch://secret@h'}\n"
    )
    assert "channel 2 needs a name" in error(
        "channels:\n  - {name: a, url: json://h}\n  - {url: json://h}\n"
    )
    assert "'a' is configured twice" in error(
        "channels:\n  - {name: a, url: json://h}\n  - {name: a, url: json://i}\n"
    )
    assert "must hold a list under 'channels'" in error("- name: a\n")
    assert "max_per_run must be a whole number" in error(
        "channels:\n  - {name: a, url: json://h, max_per_run: 0}\n"
    )
    with pytest.raises(AlertConfigError, match="MONITOR_ALERT_URLS: not a valid Apprise URL"):
        alerts.load_channels(Settings(alert_urls=("not a url",)))


# ---------------------------------------------------------------- CLI and operations


def test_cli_alerts_commands(settings: Settings, hook: LoopbackWeb) -> None:
    from monitor.cli import cli

    settings = settings.replace(alert_urls=(json_url(hook),))
    load(settings, standard_items())
    env = {"MONITOR_ALERT_URLS": json_url(hook), "MONITOR_ALERTS": ""}
    options = ["--warehouse", settings.warehouse_url]
    runner = CliRunner()
    dry = runner.invoke(cli, ["alerts", *options, "--dry-run"], env=env)
    assert dry.exit_code == 0, dry.output
    assert QUOTES[1] in dry.output and "alerts: 3 would send in 3 messages" in dry.output
    assert hook.hits("/hook") == []
    sent = runner.invoke(cli, ["alerts", *options], env=env)
    assert sent.exit_code == 0, sent.output
    assert "alerts: 3 sent in 3 messages" in sent.output and len(hook.hits("/hook")) == 3
    test = runner.invoke(cli, ["alerts", *options, "test"], env=env)
    assert test.exit_code == 0 and ": ok" in test.output
    assert "test from the News monitor" in payloads(hook)[-1]["message"]
    down = {"MONITOR_ALERT_URLS": f"json://127.0.0.1:{free_port()}/x", "MONITOR_ALERTS": ""}
    failed = runner.invoke(cli, ["alerts", *options, "test"], env=down)
    assert failed.exit_code == 1 and "FAILED" in failed.output
    bad = runner.invoke(cli, ["alerts", *options], env={"MONITOR_ALERT_URLS": "nosuch://x"})
    assert bad.exit_code == 1
    assert "Error: MONITOR_ALERT_URLS: not a valid Apprise URL" in bad.output


def test_operations_notice_and_airflow_failure_callback(
    settings: Settings, hook: LoopbackWeb, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not alerts.notify_operations(settings, "subject", "body")  # none configured
    settings = settings.replace(ops_alert_urls=(json_url(hook, "/ops"),))
    hook.route("/ops", "ok")
    assert alerts.notify_operations(settings, "Feed <x> dead", "line 1\nline 2")
    [notice] = payloads(hook, "/ops")
    assert notice["title"] == "[news monitor] Feed <x> dead"
    assert notice["message"] == "line 1\nline 2"

    class TaskInstance:
        dag_id, task_id, try_number = "news_monitor", "load", 3
        log_url = "http://airflow.local/log"

    monkeypatch.setenv("MONITOR_OPS_ALERT_URLS", json_url(hook, "/ops"))
    context = {"task_instance": TaskInstance(), "run_id": "r1", "exception": ValueError("boom")}
    alerts.on_failure_callback(context)
    last = payloads(hook, "/ops")[-1]
    assert last["title"] == "[news monitor] Task news_monitor.load failed"
    assert "Error: boom" in last["message"] and "Try: 3" in last["message"]
    monkeypatch.setenv("MONITOR_OPS_ALERT_URLS", "nosuch://x")
    alerts.on_failure_callback(context)  # never raises


# ---------------------------------------------------------------- end to end


@pytest.fixture
def news_site(hook: LoopbackWeb) -> list[Feed]:
    """Two feeds, three pages, two statements: one story also reached via a mirror URL."""
    venezuela = [
        "Foreign Minister Ana Ruiz met her counterpart in Brussels on Tuesday to discuss the "
        "negotiations between the government of Nicolás Maduro and the Venezuelan opposition.",
        "“We will keep supporting a negotiated and democratic solution for Venezuela,” Ruiz "
        "told reporters after the meeting, adding that elections must be free and fair.",
        "The two ministers also reviewed the humanitarian situation and the upcoming summit, "
        "where several delegations are expected to present new proposals on regional trade.",
    ]
    haiti = [
        "The Security Council met on Haiti on Monday as violence spread beyond the capital and "
        "aid groups warned of hunger in the countryside around Port-au-Prince.",
        "“Armed gangs now control most of Port-au-Prince and the Haitian police need help "
        "urgently,” said Minister Paul Martin after the meeting in New York on Monday.",
        "Delegations discussed funding for the multinational security support mission and "
        "the timetable for elections, which have been postponed several times already.",
    ]
    hook.route("/news/1", article_page("Ruiz on Venezuela", venezuela))
    hook.route("/mirror/ruiz", article_page("Ruiz on Venezuela (mirror)", venezuela))
    hook.route("/news/2", article_page("Council on Haiti", haiti))
    hook.route(
        "/a.xml",
        rss_document([("Ruiz", hook.url("/news/1"), "S"), ("Haiti", hook.url("/news/2"), "S")]),
        content_type="application/rss+xml",
    )
    # the same story reached through a second feed under another URL
    hook.route(
        "/b.xml",
        rss_document([("Ruiz", hook.url("/mirror/ruiz"), "S")]),
        content_type="application/rss+xml",
    )
    return [Feed("feed-a", hook.url("/a.xml")), Feed("feed-b", hook.url("/b.xml"))]


def test_two_pipeline_runs_deliver_each_statement_once(
    settings: Settings, warehouse_url: str, hook: LoopbackWeb, news_site: list[Feed]
) -> None:
    from monitor import pipeline

    feeds = news_site
    settings = settings.replace(warehouse_url=warehouse_url, alert_urls=(json_url(hook),))
    first = pipeline.run(settings, feeds)
    assert first.new_articles == 3 and first.statements >= 3
    assert alerts.deliver_pending(settings).sent == 2
    second = pipeline.run(settings, feeds)
    assert second.new_articles == 0
    report = alerts.deliver_pending(settings, ignore_backoff=True)
    assert (report.sent, report.pending, report.errors) == (0, 0, 0)
    messages = [p["message"] for p in payloads(hook)]
    assert len(messages) == 2
    assert sum("negotiated and democratic solution" in m for m in messages) == 1
    assert sum("Armed gangs now control" in m for m in messages) == 1


def test_cli_run_delivers_alerts_unless_told_not_to(
    settings: Settings, hook: LoopbackWeb, news_site: list[Feed], tmp_path: Path
) -> None:
    from monitor.cli import cli

    feeds = tmp_path / "feeds.yaml"
    feeds.write_text(
        "feeds:\n" + "".join(f"  - {{name: {f.name}, url: '{f.url}'}}\n" for f in news_site)
    )
    env = {
        "MONITOR_ALERT_URLS": json_url(hook),
        "MONITOR_ALLOW_PRIVATE_NETWORKS": "1",
        "MONITOR_PER_HOST_DELAY": "0",
        "MONITOR_ALERTS": "",
    }
    options = ["--feeds", str(feeds), "--warehouse", settings.warehouse_url]
    quiet = CliRunner().invoke(cli, ["run", *options, "--no-alerts"], env=env)
    assert quiet.exit_code == 0, quiet.output
    assert "articles: 3 new" in quiet.output and "alerts:" not in quiet.output
    assert hook.hits("/hook") == []
    loud = CliRunner().invoke(cli, ["run", *options], env=env)
    assert loud.exit_code == 0, loud.output
    assert "alerts: 2 sent in 2 messages" in loud.output and len(hook.hits("/hook")) == 2
    bad = CliRunner().invoke(cli, ["run", *options], env={**env, "MONITOR_ALERT_URLS": "x://"})
    assert bad.exit_code == 1 and "not a valid Apprise URL" in bad.output
