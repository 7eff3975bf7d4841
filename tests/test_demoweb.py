"""Tests for the bundled offline demo web (monitor.demoweb)."""

from __future__ import annotations

import html
import re
import threading
import urllib.robotparser
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from http.server import ThreadingHTTPServer
from importlib import resources
from typing import Any
from urllib.parse import parse_qs, urlsplit

import feedparser
import pytest
import requests
import yaml

from monitor.demoweb import (
    demo_base_url,
    demo_feeds_yaml,
    make_demo_server,
    serve_forever_in_thread,
)

EXPECTED_VERSIONS = {
    "demo-meridian-world": "rss20",
    "demo-meridian-services": "rss20",
    "demo-elfaro-internacional": "atom10",
    "demo-valmont-communiques": "rss10",
}
EXPECTED_CONTENT_TYPES = {
    "rss20": "application/rss+xml",
    "atom10": "application/atom+xml",
    "rss10": "application/rdf+xml",
}
# A direct quotation of at least six words, in any of the quotation styles the sites use.
QUOTE = re.compile(r"[\"«„“]\s*([^\"«»„“”]+?)\s*[\"»“”]|—([^—]+?)\s*—")
TOPICS = {"venezuela", "ukraine", "haiti"}


def _articles() -> dict[str, dict[str, Any]]:
    text = resources.files("monitor").joinpath("demo_site", "articles.yaml").read_text("utf-8")
    return {article["id"]: article for article in yaml.safe_load(text)["articles"]}


def _article_id(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".html")


def _start(**kwargs: Any) -> tuple[ThreadingHTTPServer, threading.Thread]:
    server = make_demo_server("127.0.0.1", 0, **kwargs)
    return server, serve_forever_in_thread(server)


def _stop(server: ThreadingHTTPServer, thread: threading.Thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    server, thread = _start()
    try:
        yield demo_base_url(server)
    finally:
        _stop(server, thread)


@pytest.fixture(scope="module")
def http() -> Iterator[requests.Session]:
    session = requests.Session()
    session.trust_env = False  # never send localhost traffic through an environment proxy
    yield session
    session.close()


@pytest.fixture(scope="module")
def feed_list(base_url: str) -> list[dict[str, str]]:
    feeds: list[dict[str, str]] = yaml.safe_load(demo_feeds_yaml(base_url))["feeds"]
    return feeds


@pytest.fixture(scope="module")
def parsed_feeds(
    feed_list: list[dict[str, str]], http: requests.Session
) -> dict[str, feedparser.FeedParserDict]:
    parsed = {}
    for feed in feed_list:
        response = http.get(feed["url"], timeout=10)
        assert response.status_code == 200, feed["url"]
        parsed[feed["name"]] = feedparser.parse(response.content)
    return parsed


def _entries(
    parsed_feeds: dict[str, feedparser.FeedParserDict],
) -> list[tuple[str, feedparser.FeedParserDict]]:
    return [(name, entry) for name, feed in parsed_feeds.items() for entry in feed.entries]


def _is_private(url: str) -> bool:
    return urlsplit(url).path.startswith("/private/")


class _ArticleText(HTMLParser):
    """Collects the text inside <article> and the values of a few tags and attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.article_text: list[str] = []
        self.html_lang: str | None = None
        self.meta: dict[str, str] = {}
        self.time_datetimes: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        self.tags.add(tag)
        if tag == "html":
            self.html_lang = values.get("lang")
        elif tag == "meta":
            key = values.get("property") or values.get("name")
            if key:
                self.meta[key] = values.get("content", "")
        elif tag == "time" and self.depth:
            self.time_datetimes.append(values.get("datetime", ""))
        if tag == "article":
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.article_text.append(data)

    def text(self) -> str:
        return " ".join(" ".join(self.article_text).split())


# -- content ---------------------------------------------------------------------------------


def test_content_covers_languages_topics_and_quotes() -> None:
    articles = _articles()
    assert 20 <= len(articles) <= 30
    languages = {article["language"] for article in articles.values()}
    assert {"en", "es", "fr", "pt", "de"} <= languages
    for topic in TOPICS:
        about = [a for a in articles.values() if topic in (a.get("topics") or [])]
        assert len({a["language"] for a in about}) >= 3, topic
    assert any(set(a.get("topics") or []) == TOPICS for a in articles.values())
    negatives = [a for a in articles.values() if not a.get("topics")]
    assert len(negatives) >= 6
    assert any("chicken Kiev" in a["title"] for a in negatives)
    assert any("Little Haiti" in a["title"] for a in negatives)
    for article in articles.values():
        if not article.get("topics"):
            continue
        text = " ".join(article.get("paragraphs") or [article["summary"]])
        quotes = [a or b for a, b in QUOTE.findall(text)]
        assert any(len(quote.split()) >= 6 for quote in quotes), article["id"]
        assert datetime.fromisoformat(str(article["published"])).tzinfo is not None


# -- feeds -----------------------------------------------------------------------------------


def test_feeds_parse_with_expected_versions(
    parsed_feeds: dict[str, feedparser.FeedParserDict],
) -> None:
    assert set(parsed_feeds) == set(EXPECTED_VERSIONS)
    for name, parsed in parsed_feeds.items():
        assert not parsed.bozo, (name, parsed.get("bozo_exception"))
        assert parsed.version == EXPECTED_VERSIONS[name]
        assert parsed.entries, name
        for entry in parsed.entries:
            assert entry.title and entry.link and entry.summary
            assert entry.get("published_parsed") or entry.get("updated_parsed")


def test_feed_content_types_and_languages(
    feed_list: list[dict[str, str]], http: requests.Session
) -> None:
    for feed in feed_list:
        response = http.get(feed["url"], timeout=10)
        expected = EXPECTED_CONTENT_TYPES[EXPECTED_VERSIONS[feed["name"]]]
        assert response.headers["Content-Type"] == f"{expected}; charset=utf-8"
        parsed = feedparser.parse(response.content)
        if "language" in feed:
            assert parsed.feed.get("language", "").startswith(feed["language"])
    assert {feed.get("language") for feed in feed_list} >= {"en", "es", "fr", None}


def test_links_are_absolute_on_the_actual_port(
    base_url: str, parsed_feeds: dict[str, feedparser.FeedParserDict]
) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
    assert not base_url.endswith(":0")
    for _, entry in _entries(parsed_feeds):
        assert entry.link.startswith(base_url + "/")


def test_every_article_is_in_a_feed(parsed_feeds: dict[str, feedparser.FeedParserDict]) -> None:
    linked = {_article_id(entry.link) for _, entry in _entries(parsed_feeds)}
    assert linked == set(_articles())


def test_one_article_reached_through_two_feeds(
    parsed_feeds: dict[str, feedparser.FeedParserDict],
) -> None:
    by_path: dict[str, list[tuple[str, str]]] = {}
    for name, entry in _entries(parsed_feeds):
        by_path.setdefault(urlsplit(entry.link).path, []).append((name, entry.link))
    shared = {path: links for path, links in by_path.items() if len(links) > 1}
    assert len(shared) == 1
    (links,) = shared.values()
    assert len({name for name, _ in links}) == 2
    queries = [parse_qs(urlsplit(link).query) for _, link in links]
    assert sum("utm_source" in query for query in queries) == 1
    assert sum(not query for query in queries) == 1


def test_entry_links_resolve_except_missing_and_private(
    parsed_feeds: dict[str, feedparser.FeedParserDict], http: requests.Session
) -> None:
    missing = []
    private = []
    for _, entry in _entries(parsed_feeds):
        if _is_private(entry.link):
            private.append(entry)
            continue
        response = http.get(entry.link, timeout=10)
        if response.status_code == 404:
            missing.append(entry)
            continue
        assert response.status_code == 200, entry.link
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert len(missing) == 1
    assert len(private) == 1
    # the 404 entry carries a usable summary: a quotation attributed to a named speaker
    summary = missing[0].summary
    assert any(len((a or b).split()) >= 6 for a, b in QUOTE.findall(summary))
    assert "said" in summary


def test_conditional_get_returns_304(
    feed_list: list[dict[str, str]], http: requests.Session
) -> None:
    for feed in feed_list:
        first = http.get(feed["url"], timeout=10)
        etag = first.headers["ETag"]
        last_modified = first.headers["Last-Modified"]
        assert parsedate_to_datetime(last_modified).tzinfo is not None
        again = http.get(feed["url"], headers={"If-None-Match": etag}, timeout=10)
        assert again.status_code == 304
        assert again.content == b""
        assert again.headers["ETag"] == etag
        since = http.get(feed["url"], headers={"If-Modified-Since": last_modified}, timeout=10)
        assert since.status_code == 304
        stale = http.get(feed["url"], headers={"If-None-Match": '"stale"'}, timeout=10)
        assert stale.status_code == 200
        assert stale.content == first.content
        older = parsedate_to_datetime(last_modified) - timedelta(days=1)
        old_since = {"If-Modified-Since": older.strftime("%a, %d %b %Y %H:%M:%S GMT")}
        assert http.get(feed["url"], headers=old_since, timeout=10).status_code == 200


# -- robots, pages, errors --------------------------------------------------------------------


def test_robots_txt_disallows_private(
    base_url: str, http: requests.Session, parsed_feeds: dict[str, feedparser.FeedParserDict]
) -> None:
    response = http.get(base_url + "/robots.txt", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/plain")
    assert "User-agent: *" in response.text
    assert "Disallow: /private/" in response.text
    robots = urllib.robotparser.RobotFileParser()
    robots.parse(response.text.splitlines())
    verdicts = {
        entry.link: robots.can_fetch("news-monitor", entry.link)
        for _, entry in _entries(parsed_feeds)
    }
    assert [link for link, allowed in verdicts.items() if not allowed] == [
        link for link in verdicts if _is_private(link)
    ]
    assert sum(not allowed for allowed in verdicts.values()) == 1


def test_article_pages_carry_boilerplate_and_article(
    parsed_feeds: dict[str, feedparser.FeedParserDict], http: requests.Session
) -> None:
    articles = _articles()
    ui = yaml.safe_load(
        resources.files("monitor").joinpath("demo_site", "ui.yaml").read_text("utf-8")
    )
    checked = set()
    for _, entry in _entries(parsed_feeds):
        article = articles[_article_id(entry.link)]
        if article.get("access", "public") != "public" or article["id"] in checked:
            continue
        checked.add(article["id"])
        page = http.get(entry.link, timeout=10).text
        parser = _ArticleText()
        parser.feed(page)
        assert parser.html_lang == article["language"]
        assert parser.meta["og:title"] == article["title"]
        assert parser.meta["author"] == article["author"]
        assert datetime.fromisoformat(parser.meta["article:published_time"]).tzinfo is not None
        assert parser.time_datetimes
        assert {"article", "nav", "time", "form", "h1"} <= parser.tags
        body = parser.text()
        assert article["title"] in body
        for paragraph in article["paragraphs"]:
            assert " ".join(paragraph.removeprefix("## ").split()) in body, article["id"]
        visible = html.unescape(page)
        strings = ui[article["language"]]
        for key in ("cookie_accept", "share", "related", "comments", "newsletter_title"):
            assert strings[key] in visible, (article["id"], key)
        assert "facebook.com/sharer" in page
        assert page.count("<a ") >= 40
        assert page.count('class="related-item"') >= 3
        assert page.count('class="comment"') >= 3
        assert '<link rel="canonical"' in page
    assert len(checked) == sum(a.get("access", "public") == "public" for a in articles.values())


def test_unknown_paths_404(base_url: str, http: requests.Session) -> None:
    for path in ("/nope", "/feeds/unknown.rss", "/meridian/2020/01/01/no-such-story", "/private/"):
        response = http.get(base_url + path, timeout=10)
        assert response.status_code == 404
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert http.head(base_url + "/robots.txt", timeout=10).status_code == 200
    assert http.get(base_url + "/", timeout=10).status_code == 200


def test_demo_feeds_yaml(
    base_url: str, feed_list: list[dict[str, str]], http: requests.Session
) -> None:
    text = demo_feeds_yaml(base_url + "/")
    assert yaml.safe_load(text)["feeds"] == feed_list
    names = [feed["name"] for feed in feed_list]
    assert len(names) == len(set(names)) >= 4
    assert all(set(feed) <= {"name", "url", "language", "selector"} for feed in feed_list)
    assert sum("selector" in feed for feed in feed_list) == 1
    for feed in feed_list:
        assert feed["url"].startswith(base_url + "/feeds/")
        assert http.get(feed["url"], timeout=10).status_code == 200
    served = http.get(base_url + "/feeds.yaml", timeout=10)
    assert yaml.safe_load(served.text)["feeds"] == feed_list


def test_selector_matches_the_article_body(
    feed_list: list[dict[str, str]],
    parsed_feeds: dict[str, feedparser.FeedParserDict],
    http: requests.Session,
) -> None:
    bs4 = pytest.importorskip("bs4")
    articles = _articles()
    (feed,) = (feed for feed in feed_list if "selector" in feed)
    for entry in parsed_feeds[feed["name"]].entries:
        article = articles[_article_id(entry.link)]
        soup = bs4.BeautifulSoup(http.get(entry.link, timeout=10).text, "html.parser")
        (body,) = soup.select(feed["selector"])
        text = " ".join(body.get_text(" ").split())
        assert text == " ".join(" ".join(article["paragraphs"]).split())


# -- server behaviour -------------------------------------------------------------------------


def _newest_entry(server: ThreadingHTTPServer, http: requests.Session) -> datetime:
    url = yaml.safe_load(demo_feeds_yaml(demo_base_url(server)))["feeds"][0]["url"]
    response = http.get(url, timeout=10)
    return parsedate_to_datetime(feedparser.parse(response.content).entries[0].published)


def test_dates_are_rebased_or_fixed(http: requests.Session) -> None:
    now = datetime(2031, 3, 4, 12, 0, tzinfo=UTC)
    server, thread = _start(now=now)
    try:
        newest = _newest_entry(server, http)
        assert now - timedelta(hours=25) < newest <= now - timedelta(hours=1)
        assert (newest.hour, newest.minute) == (7, 30)
    finally:
        _stop(server, thread)
    server, thread = _start(fixed_dates=True)
    try:
        assert _newest_entry(server, http) == datetime(2026, 5, 12, 7, 30, tzinfo=UTC)
    finally:
        _stop(server, thread)


def test_serve_forever_in_thread_is_a_daemon(http: requests.Session) -> None:
    server, thread = _start()
    try:
        assert thread.daemon
        assert thread.is_alive()
        assert http.get(demo_base_url(server) + "/", timeout=10).status_code == 200
    finally:
        _stop(server, thread)
    assert not thread.is_alive()
