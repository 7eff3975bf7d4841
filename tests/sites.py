"""Small loopback news sites for tests: RSS feeds and article pages on Venezuela and Ukraine."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

from tests.webserver import LoopbackWeb

PARAGRAPHS = [
    "Foreign Minister Ana Ruiz met her counterpart in Brussels on Tuesday to discuss the "
    "negotiations between the government of Nicolás Maduro and the Venezuelan opposition.",
    "“We will keep supporting a negotiated and democratic solution for Venezuela,” Ruiz "
    "told reporters after the meeting, adding that elections must be free and fair.",
    "The two ministers also reviewed the reconstruction of Ukraine and the situation in "
    "Haiti, where several delegations are expected to present new proposals next month.",
    "“The people of Ukraine deserve a just and lasting peace, and we will help rebuild,” "
    "the minister said in a statement published by the ministry on Tuesday evening.",
]
FEEDS = {"alpha": ["a1", "a2", "shared"], "beta": ["b1", "shared"], "broken": []}


def page(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f"<html lang='en'><head><title>{title}</title></head><body><nav>Home World</nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>Terms</footer></body></html>"
    )


def rss(web: LoopbackWeb, slugs: list[str]) -> str:
    date = format_datetime(datetime(2025, 6, 10, 8, 0, tzinfo=UTC))
    items = "".join(
        f"<item><title>Story {s}</title><link>{web.url('/news/' + s)}</link>"
        f"<description>Summary of {s} about Venezuela.</description><pubDate>{date}</pubDate>"
        "</item>"
        for s in slugs
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel>{items}</channel></rss>"
