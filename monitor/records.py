"""Plain records that travel between pipeline stages and into the warehouse."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class BodySource(StrEnum):
    PAGE = "page"  # extracted automatically from the article page
    SELECTOR = "selector"  # the feed's CSS selector matched on the article page
    SUMMARY = "summary"  # page unavailable or too short: the feed summary


class FeedStatus(StrEnum):
    OK = "ok"
    NOT_MODIFIED = "not_modified"
    FAILED = "failed"
    DEAD = "dead"  # gone (404/410) for `dead_feed_after` runs: skipped until reset


@dataclass(frozen=True)
class Article:
    id: str
    url: str
    feed: str
    title: str
    author: str | None
    published_at: datetime
    published_at_estimated: bool  # the source gave no readable date: fetch time used
    fetched_at: datetime
    language: str | None
    body: str
    body_source: BodySource
    summary: str
    page_error: str | None  # why the page was not used, when body_source is SUMMARY
    content_hash: str


@dataclass(frozen=True)
class FeedState:
    feed: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_status: str | None = None
    last_error: str | None = None
    consecutive_failures: int = 0
    last_success_at: datetime | None = None  # the last full fetch (200, parsed); not a 304
    last_checked_at: datetime | None = None
