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


def article_page(title: str, paragraphs: list[str] = PARAGRAPHS) -> str:
    """An article page with the usual boilerplate around it: navigation, related links, footer."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html lang='en'><head><title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/about'>About</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        "<aside><h3>Related</h3><a href='/x'>Other story</a><a href='/y'>Another</a></aside>"
        "<footer>Copyright Example News. Privacy. Terms.</footer></body></html>"
    )


def rss_document(items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (title, link, summary) items, all dated 10 June 2025."""
    date = format_datetime(datetime(2025, 6, 10, 8, 0, tzinfo=UTC))
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><description>{summary}</description>"
        f"<pubDate>{date}</pubDate></item>"
        for title, link, summary in items
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel>{entries}</channel></rss>"


def page(title: str) -> str:
    return article_page(title)


def rss(web: LoopbackWeb, slugs: list[str]) -> str:
    return rss_document(
        [(f"Story {s}", web.url(f"/news/{s}"), f"Summary of {s} about Venezuela.") for s in slugs]
    )
