"""Alert rendering: content, escaping per format, digest grouping, caps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from monitor.alert_messages import (
    SUBJECT_MAX,
    AlertItem,
    format_time,
    render_digest,
    render_item,
    render_more,
    render_text,
    slack_escape,
)

WHEN = datetime(2025, 6, 10, 14, 30, tzinfo=timezone(timedelta(hours=2)))


def item(
    topics: tuple[str, ...] = ("venezuela",),
    speaker: str | None = "Ana <Ruiz> & Co",
    quote: str = 'Elections must be "free" & <fair>',
    kind: str = "statement",
    title: str = "Talks <script>alert(1)</script> | Brussels",
) -> AlertItem:
    return AlertItem(
        kind=kind,
        topics=topics,
        speaker=speaker,
        quote=quote if kind == "statement" else None,
        title=title,
        url="https://example.org/a?x=1&y=<2>",
        feed="eu-eeas",
        published_at=WHEN,
        language="en",
    )


def test_instant_message_carries_everything_in_every_format() -> None:
    message = render_item(item())
    assert message.subject == (
        '[news monitor] Venezuela: Ana <Ruiz> & Co: “Elections must be "free" & <fair>”'
    )
    assert message.text.splitlines() == [
        "Topics: Venezuela",
        "Ana <Ruiz> & Co:",
        '  “Elections must be "free" & <fair>”',
        "Article: Talks <script>alert(1)</script> | Brussels",
        "Link: https://example.org/a?x=1&y=<2>",
        "Source: eu-eeas, published 2025-06-10 12:30 UTC",
    ]
    html = message.html
    assert "<script>" not in html and "<fair>" not in html and "<Ruiz>" not in html
    assert "Ana &lt;Ruiz&gt; &amp; Co" in html
    assert "Elections must be &quot;free&quot; &amp; &lt;fair&gt;" in html
    assert '<a href="https://example.org/a?x=1&amp;y=&lt;2&gt;">' in html
    assert "Talks &lt;script&gt;alert(1)&lt;/script&gt; | Brussels</a>" in html
    assert message.mrkdwn.splitlines() == [
        "*Venezuela*",
        "*Ana &lt;Ruiz&gt; &amp; Co*:",
        '> “Elections must be "free" &amp; &lt;fair&gt;”',
        "<https://example.org/a?x=1&amp;y=&lt;2&gt;|"
        "Talks &lt;script&gt;alert(1)&lt;/script&gt; ¦ Brussels>",
        "eu-eeas, published 2025-06-10 12:30 UTC",
    ]


def test_article_alert_and_unattributed_quote() -> None:
    article = render_item(item(kind="article", topics=("haiti", "ukraine")))
    assert article.subject.startswith("[news monitor] Haiti, Ukraine: Talks <script>")
    assert "New article on this topic:" in article.text
    assert "Unattributed:" in render_item(item(speaker=None)).text


def test_subject_is_one_short_line() -> None:
    message = render_item(item(quote="word\nword " * 200, title="t"))
    assert len(message.subject) <= SUBJECT_MAX and "\n" not in message.subject
    assert message.subject.endswith("…”")
    long_speaker = render_item(item(speaker="Name " * 50))
    assert len(long_speaker.subject) == SUBJECT_MAX and long_speaker.subject.endswith("…")


def test_digest_groups_by_topic_with_and_n_more() -> None:
    items = [item(("venezuela",)), item(("haiti", "venezuela"), speaker="B"), item(("haiti",))]
    digest = render_digest(items, more=4)
    assert digest.subject == "[news monitor] 7 new alerts: Haiti 2, Venezuela 1, 4 more"
    lines = digest.text.splitlines()
    assert lines[0] == "== Haiti ==" and "== Venezuela ==" in lines
    assert lines.index("== Venezuela ==") > lines.index("B:")
    assert lines[-1] == "… and 4 more alerts in this run (see the News monitor page)."
    assert digest.html.count("<h2>") == 2 and "<script>" not in digest.html
    assert digest.mrkdwn.startswith("*Haiti*") and digest.mrkdwn.endswith("page)._")
    assert "&lt;script&gt;" in digest.mrkdwn
    single = render_digest(items[:1], more=0)
    assert single.subject == "[news monitor] 1 new alert: Venezuela 1" and "more" not in single.text


def test_more_and_free_text_messages() -> None:
    assert render_more(1).text == "… and 1 more alert in this run (see the News monitor page)."
    notice = render_text("Feed <x> dead", "first <line>\n\nsecond & last")
    assert notice.text == "first <line>\n\nsecond & last"
    assert notice.html.count("<p>") == 2 and "first &lt;line&gt;" in notice.html
    assert notice.mrkdwn == "first &lt;line&gt;\n\nsecond &amp; last"


def test_helpers() -> None:
    assert slack_escape("a & <b> > c") == "a &amp; &lt;b&gt; &gt; c"
    assert format_time(datetime(2025, 1, 2, 3, 4)) == "2025-01-02 03:04 UTC"
    assert format_time(datetime(2025, 1, 2, 3, 4, tzinfo=UTC)) == "2025-01-02 03:04 UTC"
