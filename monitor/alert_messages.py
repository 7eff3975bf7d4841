"""Alert messages: one statement or a digest, as plain text, HTML email and Slack mrkdwn."""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

LOGGER = logging.getLogger(__name__)

SUBJECT_PREFIX = "[news monitor]"
SUBJECT_MAX = 120  # Slack's header block takes 150 characters at most, escaped
QUOTE_MAX = 1500  # one quotation; longer ones are cut with an ellipsis
_HTML_STYLE = "font-family:sans-serif;font-size:14px;line-height:1.4"
_QUOTE_STYLE = "margin:4px 0 4px 0;padding-left:10px;border-left:3px solid #999"


@dataclass(frozen=True)
class AlertItem:
    """What one alert says: a statement (kind "statement") or a primary-topic article."""

    kind: str
    topics: tuple[str, ...]
    speaker: str | None
    quote: str | None
    title: str
    url: str
    feed: str
    published_at: datetime
    language: str | None = None


@dataclass(frozen=True)
class Message:
    """One message in every format a channel may want; the channel picks one."""

    subject: str
    text: str
    html: str
    mrkdwn: str


def topic_label(topic: str) -> str:
    return topic.replace("_", " ").replace("-", " ").title()


def render_item(item: AlertItem) -> Message:
    """Instant mode: one message for one statement or article."""
    topics = ", ".join(topic_label(t) for t in item.topics)
    if item.kind == "statement":
        who = item.speaker or "Unattributed"
        subject = f"{topics}: {who}: “{_clip(item.quote or '', 60)}”"
    else:
        subject = f"{topics}: {item.title}"
    return Message(
        subject=_subject(subject),
        text="\n".join(_text_lines(item, with_topics=True)),
        html=_html_page(_html_item(item, with_topics=True)),
        mrkdwn="\n".join(_mrkdwn_lines(item, with_topics=True)),
    )


def render_digest(items: Sequence[AlertItem], more: int) -> Message:
    """Digest mode: one message for a run's alerts, grouped by topic; `more` were left out."""
    groups = group_by_topic(items)
    total = len(items) + more
    counts = ", ".join(f"{topic_label(t)} {len(g)}" for t, g in groups.items())
    counts += f", {more} more" if more else ""
    subject = _subject(f"{total} new alert{'s' if total != 1 else ''}: {counts}")
    text: list[str] = []
    html_parts: list[str] = []
    mrkdwn: list[str] = []
    for topic, group in groups.items():
        label = topic_label(topic)
        text += [f"== {label} ==", ""]
        html_parts.append(f"<h2>{html.escape(label)}</h2>")
        mrkdwn += [f"*{slack_escape(label)}*", ""]
        for item in group:
            text += [*_text_lines(item, with_topics=False), ""]
            html_parts.append(_html_item(item, with_topics=False))
            mrkdwn += [*_mrkdwn_lines(item, with_topics=False), ""]
    if more:
        line = more_line(more)
        text.append(line)
        html_parts.append(f"<p><em>{html.escape(line)}</em></p>")
        mrkdwn.append(f"_{slack_escape(line)}_")
    return Message(
        subject=subject,
        text="\n".join(text).strip(),
        html=_html_page("".join(html_parts)),
        mrkdwn="\n".join(mrkdwn).strip(),
    )


def render_more(more: int) -> Message:
    """Instant mode past its cap: one closing message instead of `more` further ones."""
    line = more_line(more)
    return Message(
        subject=_subject(line),
        text=line,
        html=_html_page(f"<p>{html.escape(line)}</p>"),
        mrkdwn=slack_escape(line),
    )


def render_text(subject: str, body: str) -> Message:
    """A free-form notice (test and operations messages): the body is plain text."""
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    return Message(
        subject=_subject(subject),
        text=body,
        html=_html_page(paragraphs.replace("\n", "<br>")),
        mrkdwn=slack_escape(body),
    )


def more_line(more: int) -> str:
    noun = "alert" if more == 1 else "alerts"
    return f"… and {more} more {noun} in this run (see the News monitor page)."


def group_by_topic(items: Sequence[AlertItem]) -> dict[str, list[AlertItem]]:
    """Items under their first watched topic, topics in alphabetical order."""
    groups: dict[str, list[AlertItem]] = {}
    for item in items:
        groups.setdefault(item.topics[0] if item.topics else "other", []).append(item)
    return dict(sorted(groups.items()))


def slack_escape(text: str) -> str:
    """Slack mrkdwn control characters: &, < and > become entities, as Slack requires."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def format_time(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _subject(text: str) -> str:
    return _clip(f"{SUBJECT_PREFIX} {' '.join(text.split())}", SUBJECT_MAX)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _source(item: AlertItem) -> str:
    return f"{item.feed}, published {format_time(item.published_at)}"


def _text_lines(item: AlertItem, *, with_topics: bool) -> list[str]:
    lines = []
    if with_topics:
        lines.append("Topics: " + ", ".join(topic_label(t) for t in item.topics))
    if item.kind == "statement":
        lines.append(f"{item.speaker or 'Unattributed'}:")
        lines.append(f"  “{_clip(item.quote or '', QUOTE_MAX)}”")
    else:
        lines.append("New article on this topic:")
    lines += [f"Article: {item.title}", f"Link: {item.url}", f"Source: {_source(item)}"]
    return lines


def _html_item(item: AlertItem, *, with_topics: bool) -> str:
    e = html.escape
    parts = []
    if with_topics:
        topics = ", ".join(topic_label(t) for t in item.topics)
        parts.append(f"<p><strong>Topics:</strong> {e(topics)}</p>")
    if item.kind == "statement":
        parts.append(f"<p><strong>{e(item.speaker or 'Unattributed')}</strong>:</p>")
        quote = e(_clip(item.quote or "", QUOTE_MAX))
        parts.append(f'<blockquote style="{_QUOTE_STYLE}">“{quote}”</blockquote>')
    else:
        parts.append("<p>New article on this topic:</p>")
    parts.append(
        f'<p>Article: <a href="{e(item.url)}">{e(item.title)}</a><br>'
        f"<small>Link: {e(item.url)}<br>Source: {e(_source(item))}</small></p>"
    )
    return "<div>" + "".join(parts) + "</div>"


def _html_page(content: str) -> str:
    return f'<div style="{_HTML_STYLE}">{content}</div>'


def _mrkdwn_lines(item: AlertItem, *, with_topics: bool) -> list[str]:
    s = slack_escape
    lines = []
    if with_topics:
        lines.append("*" + s(", ".join(topic_label(t) for t in item.topics)) + "*")
    if item.kind == "statement":
        lines.append(f"*{s(item.speaker or 'Unattributed')}*:")
        lines.append(f"> “{s(_clip(item.quote or '', QUOTE_MAX))}”")
    else:
        lines.append("New article on this topic:")
    # In <url|label> the label ends at the first "|": keep the title's own bars out of it.
    label = s(item.title).replace("|", "¦")
    lines.append(f"<{s(item.url)}|{label}>")
    lines.append(s(_source(item)))
    return lines
