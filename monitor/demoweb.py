"""Bundled offline demo web: fictional news and ministry sites with feeds, served locally."""

from __future__ import annotations

import email.utils
import functools
import hashlib
import html
import json
import logging
import socket
import socketserver
import threading
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from string import Template
from typing import Any
from urllib.parse import quote, urlsplit
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

import yaml

LOGGER = logging.getLogger(__name__)

_ACCESS_KINDS = frozenset({"public", "missing", "private"})
_FEED_FORMATS = {
    "rss20": "application/rss+xml; charset=utf-8",
    "atom10": "application/atom+xml; charset=utf-8",
    "rss10": "application/rdf+xml; charset=utf-8",
}
_FORMAT_LABELS = {"rss20": "RSS 2.0", "atom10": "Atom 1.0", "rss10": "RSS 1.0 (RDF)"}
_HTML = "text/html; charset=utf-8"
_ROBOTS_TXT = """\
# robots.txt of the bundled demo web
User-agent: *
Disallow: /private/
Allow: /
"""


@dataclass(frozen=True)
class _Site:
    key: str
    name: str
    template: str
    article_path: str
    home: str
    read_also_after: int | None
    ad_after: int | None


@dataclass(frozen=True)
class _Feed:
    slug: str
    name: str
    path: str
    format: str
    site: str
    title: str
    description: str
    language: str | None
    selector: str | None
    tracking: str | None
    note: str


@dataclass(frozen=True)
class _Article:
    id: str
    site: str
    feeds: tuple[str, ...]
    language: str
    section: str
    topics: tuple[str, ...]
    title: str
    author: str
    published: datetime
    summary: str
    paragraphs: tuple[str, ...]
    access: str


@dataclass(frozen=True)
class _Content:
    sites: Mapping[str, _Site]
    feeds: tuple[_Feed, ...]
    articles: tuple[_Article, ...]
    ui: Mapping[str, Mapping[str, Any]]
    templates: Mapping[str, Template]


@dataclass(frozen=True)
class _Response:
    status: HTTPStatus
    content_type: str
    body: bytes
    last_modified: datetime | None = None


def _read_text(*parts: str) -> str:
    return resources.files("monitor").joinpath("demo_site", *parts).read_text(encoding="utf-8")


def _load_yaml(name: str) -> dict[str, Any]:
    data = yaml.safe_load(_read_text(name))
    if not isinstance(data, dict):
        raise ValueError(f"demo_site/{name}: expected a mapping at the top level")
    return data


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _opt_int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _as_datetime(value: object, where: str) -> datetime:
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        raise ValueError(f"{where}: published date needs a timezone")
    return parsed


@functools.cache
def _content() -> _Content:
    """Load and validate the demo site data shipped under monitor/demo_site/."""
    sites_doc = _load_yaml("sites.yaml")
    sites = {
        key: _Site(
            key=key,
            name=str(raw["name"]),
            template=str(raw["template"]),
            article_path=str(raw["article_path"]),
            home=str(raw["home"]),
            read_also_after=_opt_int(raw.get("read_also_after")),
            ad_after=_opt_int(raw.get("ad_after")),
        )
        for key, raw in sites_doc["sites"].items()
    }
    feeds = tuple(
        _Feed(
            slug=str(raw["slug"]),
            name=str(raw["name"]),
            path=str(raw["path"]),
            format=str(raw["format"]),
            site=str(raw["site"]),
            title=str(raw["title"]),
            description=str(raw["description"]),
            language=_opt_str(raw.get("language")),
            selector=_opt_str(raw.get("selector")),
            tracking=_opt_str(raw.get("tracking")),
            note=str(raw.get("note", "")),
        )
        for raw in sites_doc["feeds"]
    )
    feed_slugs = {feed.slug for feed in feeds}
    articles: list[_Article] = []
    for raw in _load_yaml("articles.yaml")["articles"]:
        where = f"demo_site/articles.yaml: {raw.get('id')}"
        article = _Article(
            id=str(raw["id"]),
            site=str(raw["site"]),
            feeds=tuple(str(slug) for slug in raw["feeds"]),
            language=str(raw["language"]),
            section=str(raw["section"]),
            topics=tuple(str(topic) for topic in raw.get("topics") or ()),
            title=str(raw["title"]),
            author=str(raw["author"]),
            published=_as_datetime(raw["published"], where),
            summary=str(raw["summary"]).strip(),
            paragraphs=tuple(str(p).strip() for p in raw.get("paragraphs") or ()),
            access=str(raw.get("access", "public")),
        )
        if article.site not in sites:
            raise ValueError(f"{where}: unknown site {article.site!r}")
        if not article.feeds or not set(article.feeds) <= feed_slugs:
            raise ValueError(f"{where}: unknown or missing feeds {article.feeds!r}")
        if article.access not in _ACCESS_KINDS:
            raise ValueError(f"{where}: access must be one of {sorted(_ACCESS_KINDS)}")
        if article.access != "missing" and not article.paragraphs:
            raise ValueError(f"{where}: a served article needs paragraphs")
        articles.append(article)
    if len({article.id for article in articles}) != len(articles):
        raise ValueError("demo_site/articles.yaml: article ids must be unique")
    ui = _load_yaml("ui.yaml")
    for article in articles:
        if article.language not in ui:
            raise ValueError(f"demo_site/ui.yaml: no strings for language {article.language!r}")
    templates = {
        site.template: Template(_read_text("templates", site.template)) for site in sites.values()
    }
    return _Content(sites=sites, feeds=feeds, articles=tuple(articles), ui=ui, templates=templates)


def _date_shift(articles: Sequence[_Article], now: datetime) -> timedelta:
    """Whole days that move the newest article to between 1 and 25 hours before ``now``."""
    newest = max(article.published for article in articles)
    shift = timedelta(days=(now.astimezone(UTC).date() - newest.astimezone(UTC).date()).days)
    while newest + shift > now - timedelta(hours=1):
        shift -= timedelta(days=1)
    while newest + shift + timedelta(days=1) <= now - timedelta(hours=1):
        shift += timedelta(days=1)
    return shift


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


def _http_date(when: datetime) -> str:
    return email.utils.format_datetime(when.astimezone(UTC).replace(microsecond=0), usegmt=True)


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


class _DemoWeb:
    """Routing and rendering for the demo web; pure functions of (data, base URL, clock)."""

    def __init__(self, base_url: str, now: datetime | None, fixed_dates: bool) -> None:
        self.content = _content()
        self.base_url = base_url.rstrip("/")
        self.started = (now or datetime.now(UTC)).replace(microsecond=0)
        self.shift = (
            timedelta(0) if fixed_dates else _date_shift(self.content.articles, self.started)
        )
        self.pages: dict[str, _Article] = {}
        for article in self.content.articles:
            if article.access != "missing":
                self.pages[self.path_of(article)] = article
        self.feeds = {feed.path: feed for feed in self.content.feeds}
        self.homes = {site.home: site for site in self.content.sites.values()}

    # -- helpers ---------------------------------------------------------------------------

    def published(self, article: _Article) -> datetime:
        return article.published + self.shift

    def path_of(self, article: _Article) -> str:
        site = self.content.sites[article.site]
        when = self.published(article)
        path = site.article_path.format(
            id=article.id, yyyy=f"{when.year:04d}", mm=f"{when.month:02d}", dd=f"{when.day:02d}"
        )
        return f"/private{path}" if article.access == "private" else path

    def url_of(self, article: _Article) -> str:
        return self.base_url + self.path_of(article)

    def feed_articles(self, feed: _Feed) -> list[_Article]:
        chosen = [article for article in self.content.articles if feed.slug in article.feeds]
        return sorted(chosen, key=self.published, reverse=True)

    def display_date(self, when: datetime, language: str) -> str:
        ui = self.content.ui[language]
        offset = when.utcoffset() or timedelta(0)
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        zone = (
            "UTC" if minutes == 0 else f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        )
        return str(ui["date_format"]).format(
            day=when.day,
            month=ui["months"][when.month - 1],
            year=when.year,
            time=f"{when.hour:02d}:{when.minute:02d}",
            zone=zone,
        )

    # -- routing ---------------------------------------------------------------------------

    def respond(self, raw_path: str) -> _Response:
        path = urlsplit(raw_path).path or "/"
        if path in ("/", "/index.html"):
            return _Response(HTTPStatus.OK, _HTML, self.render_index(), self.started)
        if path == "/robots.txt":
            body = _ROBOTS_TXT.encode("utf-8")
            return _Response(HTTPStatus.OK, "text/plain; charset=utf-8", body, self.started)
        if path == "/feeds.yaml":
            body = demo_feeds_yaml(self.base_url).encode("utf-8")
            return _Response(HTTPStatus.OK, "application/yaml; charset=utf-8", body, self.started)
        if path in self.feeds:
            feed = self.feeds[path]
            items = self.feed_articles(feed)
            updated = max(self.published(article) for article in items)
            return _Response(
                HTTPStatus.OK, _FEED_FORMATS[feed.format], self.render_feed(feed), updated
            )
        if path in self.pages:
            article = self.pages[path]
            return _Response(
                HTTPStatus.OK, _HTML, self.render_article(article), self.published(article)
            )
        if path in self.homes:
            return _Response(HTTPStatus.OK, _HTML, self.render_home(self.homes[path]), self.started)
        return _Response(HTTPStatus.NOT_FOUND, _HTML, self.render_not_found(path))

    # -- feeds -----------------------------------------------------------------------------

    def entry_link(self, feed: _Feed, article: _Article) -> str:
        url = self.url_of(article)
        return f"{url}?{feed.tracking}" if feed.tracking else url

    def render_feed(self, feed: _Feed) -> bytes:
        items = self.feed_articles(feed)
        if feed.format == "rss20":
            text = self._rss20(feed, items)
        elif feed.format == "atom10":
            text = self._atom10(feed, items)
        elif feed.format == "rss10":
            text = self._rss10(feed, items)
        else:
            raise ValueError(f"feed {feed.slug}: unknown format {feed.format!r}")
        return text.encode("utf-8")

    def _rss20(self, feed: _Feed, items: Sequence[_Article]) -> str:
        site = self.content.sites[feed.site]
        updated = max(self.published(article) for article in items)
        lines = [
            '<?xml version="1.0" encoding="utf-8"?>',
            '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/">',
            "<channel>",
            f"  <title>{xml_escape(feed.title)}</title>",
            f"  <link>{xml_escape(self.base_url + site.home)}</link>",
            f"  <description>{xml_escape(feed.description)}</description>",
        ]
        if feed.language:
            lines.append(f"  <language>{feed.language}</language>")
        lines += [
            f"  <lastBuildDate>{email.utils.format_datetime(updated)}</lastBuildDate>",
            "  <generator>monitor demo web</generator>",
            "  <ttl>60</ttl>",
            f'  <atom:link rel="self" type="application/rss+xml"'
            f" href={quoteattr(self.base_url + feed.path)}/>",
        ]
        for article in items:
            lines += [
                "  <item>",
                f"    <title>{xml_escape(article.title)}</title>",
                f"    <link>{xml_escape(self.entry_link(feed, article))}</link>",
                f'    <guid isPermaLink="false">{article.site}:{article.id}</guid>',
                f"    <pubDate>{email.utils.format_datetime(self.published(article))}</pubDate>",
                f"    <dc:creator>{xml_escape(article.author)}</dc:creator>",
                f"    <category>{xml_escape(article.section)}</category>",
                f"    <description>{xml_escape(article.summary)}</description>",
            ]
            if not feed.language:
                lines.append(f"    <dc:language>{article.language}</dc:language>")
            lines.append("  </item>")
        lines += ["</channel>", "</rss>", ""]
        return "\n".join(lines)

    def _atom10(self, feed: _Feed, items: Sequence[_Article]) -> str:
        site = self.content.sites[feed.site]
        updated = max(self.published(article) for article in items)
        lang = f" xml:lang={quoteattr(feed.language)}" if feed.language else ""
        lines = [
            '<?xml version="1.0" encoding="utf-8"?>',
            f'<feed xmlns="http://www.w3.org/2005/Atom"{lang}>',
            f"  <id>tag:demo.invalid,2026:{feed.slug}</id>",
            f"  <title>{xml_escape(feed.title)}</title>",
            f"  <subtitle>{xml_escape(feed.description)}</subtitle>",
            f"  <updated>{updated.isoformat()}</updated>",
            f'  <link rel="self" type="application/atom+xml"'
            f" href={quoteattr(self.base_url + feed.path)}/>",
            '  <link rel="alternate" type="text/html"'
            f" href={quoteattr(self.base_url + site.home)}/>",
            f"  <author><name>{xml_escape(site.name)}</name></author>",
            "  <generator>monitor demo web</generator>",
        ]
        for article in items:
            when = self.published(article).isoformat()
            lines += [
                "  <entry>",
                f"    <id>tag:demo.invalid,2026:{article.site}:{article.id}</id>",
                f"    <title>{xml_escape(article.title)}</title>",
                f'    <link rel="alternate" type="text/html"'
                f" href={quoteattr(self.entry_link(feed, article))}/>",
                f"    <published>{when}</published>",
                f"    <updated>{when}</updated>",
                f"    <author><name>{xml_escape(article.author)}</name></author>",
                f"    <category term={quoteattr(article.section)}/>",
                f'    <summary type="text">{xml_escape(article.summary)}</summary>',
                "  </entry>",
            ]
        lines += ["</feed>", ""]
        return "\n".join(lines)

    def _rss10(self, feed: _Feed, items: Sequence[_Article]) -> str:
        site = self.content.sites[feed.site]
        updated = max(self.published(article) for article in items)
        links = [self.entry_link(feed, article) for article in items]
        lines = [
            '<?xml version="1.0" encoding="utf-8"?>',
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
            ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
            f"  <channel rdf:about={quoteattr(self.base_url + feed.path)}>",
            f"    <title>{xml_escape(feed.title)}</title>",
            f"    <link>{xml_escape(self.base_url + site.home)}</link>",
            f"    <description>{xml_escape(feed.description)}</description>",
        ]
        if feed.language:
            lines.append(f"    <dc:language>{feed.language}</dc:language>")
        lines += [
            f"    <dc:date>{updated.isoformat()}</dc:date>",
            f"    <dc:publisher>{xml_escape(site.name)}</dc:publisher>",
            "    <items>",
            "      <rdf:Seq>",
            *(f"        <rdf:li rdf:resource={quoteattr(link)}/>" for link in links),
            "      </rdf:Seq>",
            "    </items>",
            "  </channel>",
        ]
        for article, link in zip(items, links, strict=True):
            lines += [
                f"  <item rdf:about={quoteattr(link)}>",
                f"    <title>{xml_escape(article.title)}</title>",
                f"    <link>{xml_escape(link)}</link>",
                f"    <description>{xml_escape(article.summary)}</description>",
                f"    <dc:date>{self.published(article).isoformat()}</dc:date>",
                f"    <dc:creator>{xml_escape(article.author)}</dc:creator>",
                f"    <dc:subject>{xml_escape(article.section)}</dc:subject>",
                f"    <dc:language>{article.language}</dc:language>",
                "  </item>",
            ]
        lines += ["</rdf:RDF>", ""]
        return "\n".join(lines)

    # -- article pages ---------------------------------------------------------------------

    def _site_pool(self, article: _Article) -> list[_Article]:
        return [
            other
            for other in self.content.articles
            if other.site == article.site and other.id != article.id and other.access == "public"
        ]

    def related(self, article: _Article, count: int = 4) -> list[_Article]:
        topics = set(article.topics)

        def rank(other: _Article) -> tuple[bool, bool, bool, bool, float]:
            return (
                other.language != article.language,
                bool(other.topics) != bool(topics),
                not (set(other.topics) & topics),
                other.section != article.section,
                -self.published(other).timestamp(),
            )

        return sorted(self._site_pool(article), key=rank)[:count]

    def most_read(self, article: _Article, count: int = 5) -> list[_Article]:
        pool = self._site_pool(article)
        return sorted(pool, key=lambda other: zlib.crc32(other.id.encode()))[:count]

    def _links(self, articles: Sequence[_Article], css: str) -> str:
        items = "".join(
            f'<li class="{css}"><a href="{_attr(self.path_of(other))}">'
            f"{_text(other.title)}</a></li>"
            for other in articles
        )
        return f"<ul>{items}</ul>"

    def _body(self, article: _Article, site: _Site, ui: Mapping[str, Any]) -> str:
        related = self.related(article, 1)
        total = sum(not paragraph.startswith("## ") for paragraph in article.paragraphs)
        parts: list[str] = []
        count = 0
        for paragraph in article.paragraphs:
            if paragraph.startswith("## "):
                parts.append(f"<h2>{_text(paragraph[3:])}</h2>")
                continue
            parts.append(f"<p>{_text(paragraph)}</p>")
            count += 1
            if count == site.read_also_after and related and count < total:
                parts.append(
                    f'<aside class="read-also"><strong>{_text(ui["read_also"])}</strong> '
                    f'<a href="{_attr(self.path_of(related[0]))}">{_text(related[0].title)}</a>'
                    "</aside>"
                )
            if count == site.ad_after and count < total:
                parts.append(
                    '<div class="ad-slot" data-ad-unit="mid-article">'
                    f'<span class="ad-label">{_text(ui["advertisement"])}</span></div>'
                )
        return "\n".join(parts)

    def _comments(self, article: _Article, ui: Mapping[str, Any]) -> tuple[str, int]:
        pool: Sequence[Mapping[str, str]] = ui["comments_pool"]
        start = zlib.crc32(article.id.encode()) % len(pool)
        count = 3 + zlib.crc32(article.id.encode()[::-1]) % 2
        picked = [pool[(start + step) % len(pool)] for step in range(count)]
        items = []
        for number, comment in enumerate(picked, start=1):
            when = self.published(article) + timedelta(minutes=41 * number + 7)
            items.append(
                f'<li class="comment" id="comment-{number}">'
                f'<p class="comment-meta"><strong class="comment-author">'
                f"{_text(comment['name'])}</strong> · "
                f'<time datetime="{when.isoformat()}">'
                f"{_text(self.display_date(when, article.language))}</time></p>"
                f'<p class="comment-text">{_text(comment["text"])}</p>'
                f'<p class="comment-actions"><a href="#reply-{number}">{_text(ui["reply"])}</a>'
                f' · <a href="#report-{number}">{_text(ui["report"])}</a></p></li>'
            )
        return '<ol class="comment-list">' + "".join(items) + "</ol>", count

    def _feed_links(self, site: _Site) -> str:
        types = {"rss20": "application/rss+xml", "atom10": "application/atom+xml"}
        return "\n".join(
            f'<link rel="alternate" type="{types.get(feed.format, "application/rdf+xml")}"'
            f' title="{_attr(feed.title)}" href="{_attr(feed.path)}">'
            for feed in self.content.feeds
            if feed.site == site.key
        )

    def render_article(self, article: _Article) -> bytes:
        site = self.content.sites[article.site]
        ui = self.content.ui[article.language]
        when = self.published(article)
        canonical = self.url_of(article)
        comments, comment_count = self._comments(article, ui)
        jsonld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": article.title,
                "datePublished": when.isoformat(),
                "author": {"@type": "Person", "name": article.author},
                "publisher": {"@type": "Organization", "name": site.name},
                "inLanguage": article.language,
                "mainEntityOfPage": canonical,
            },
            ensure_ascii=False,
        ).replace("</", "<\\/")
        values: dict[str, object] = {
            f"ui_{key}": _attr(value) for key, value in ui.items() if isinstance(value, str)
        }
        values |= {
            "lang": _attr(article.language),
            "og_locale": _attr(str(ui["og_locale"])),
            "article_id": _attr(article.id),
            "title": _text(article.title),
            "title_attr": _attr(article.title),
            "description_attr": _attr(article.summary),
            "summary": _text(article.summary),
            "author": _text(article.author),
            "author_attr": _attr(article.author),
            "section": _text(article.section),
            "section_attr": _attr(article.section),
            "published_iso": when.isoformat(),
            "published_display": _text(self.display_date(when, article.language)),
            "modified_iso": (when + timedelta(minutes=12)).isoformat(),
            "canonical": _attr(canonical),
            "share_url": _attr(quote(canonical, safe="")),
            "share_title": _attr(quote(article.title, safe="")),
            "home": _attr(site.home),
            "feed_links": self._feed_links(site),
            "paragraphs": self._body(article, site, ui),
            "related": self._links(self.related(article), "related-item"),
            "most_read": self._links(self.most_read(article), "most-read-item"),
            "comments": comments,
            "comment_count": str(comment_count),
            "jsonld": jsonld,
            "year": str(self.started.year),
            "embargo": '<p class="embargo-flag">EMBARGOED — INTERNAL ONLY</p>'
            if article.access == "private"
            else "",
        }
        return self.content.templates[site.template].substitute(values).encode("utf-8")

    # -- plain pages -----------------------------------------------------------------------

    def _plain_page(self, title: str, body: str, lang: str = "en") -> bytes:
        return (
            f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f"<title>{_text(title)}</title></head>\n<body>\n<h1>{_text(title)}</h1>\n{body}\n"
            "</body>\n</html>\n"
        ).encode()

    def render_index(self) -> bytes:
        rows = []
        for feed in self.content.feeds:
            items = self.feed_articles(feed)
            rows.append(
                f'<li><a href="{_attr(feed.path)}">{_text(feed.title)}</a> — '
                f"{_FORMAT_LABELS[feed.format]}, {len(items)} entries. {_text(feed.note)}</li>"
            )
        sites = "".join(
            f'<li><a href="{_attr(site.home)}">{_text(site.name)}</a></li>'
            for site in self.content.sites.values()
        )
        body = (
            "<p>A small, fictional web served by the news monitor itself, so the whole "
            "pipeline can be tried without internet access. All outlets, people and quotations "
            "are invented.</p>"
            f"<h2>Feeds</h2><ul>{''.join(rows)}</ul>"
            f"<h2>Sites</h2><ul>{sites}</ul>"
            '<h2>Other</h2><ul><li><a href="/robots.txt">robots.txt</a></li>'
            '<li><a href="/feeds.yaml">feed list for the monitor (YAML)</a></li></ul>'
        )
        return self._plain_page("Monitor demo web", body)

    def render_home(self, site: _Site) -> bytes:
        articles = sorted(
            (a for a in self.content.articles if a.site == site.key and a.access == "public"),
            key=self.published,
            reverse=True,
        )
        return self._plain_page(site.name, self._links(articles, "front-page-item"))

    def render_not_found(self, path: str) -> bytes:
        return self._plain_page(
            "404 Not Found", f"<p>Nothing is published at <code>{_text(path)}</code>.</p>"
        )


class _DemoServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str, port: int, now: datetime | None, fixed_dates: bool) -> None:
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), _Handler)
        bound = self.server_address
        bound_host = str(bound[0]) if isinstance(bound, tuple) else host
        if bound_host in ("", "0.0.0.0"):
            bound_host = "127.0.0.1"
        elif bound_host == "::":
            bound_host = "::1"
        if ":" in bound_host:
            bound_host = f"[{bound_host}]"
        self.web = _DemoWeb(f"http://{bound_host}:{self.server_port}", now, fixed_dates)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host name (getfqdn), which can stall offline.
        socketserver.TCPServer.server_bind(self)
        bound = self.server_address
        self.server_name = str(bound[0]) if isinstance(bound, tuple) else str(bound)
        self.server_port = int(bound[1]) if isinstance(bound, tuple) else 0


class _Handler(BaseHTTPRequestHandler):
    server_version = "MonitorDemoWeb/1.0"
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes on keep-alive

    def do_GET(self) -> None:
        self._serve(send_body=True)

    def do_HEAD(self) -> None:
        self._serve(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        LOGGER.debug("%s - %s", self.address_string(), format % args)

    def _not_modified(self, etag: str, last_modified: datetime | None) -> bool:
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in tags or etag in tags
        if_modified_since = self.headers.get("If-Modified-Since")
        if if_modified_since and last_modified is not None:
            try:
                since = email.utils.parsedate_to_datetime(if_modified_since)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=UTC)
            return last_modified.replace(microsecond=0) <= since
        return False

    def _serve(self, send_body: bool) -> None:
        server = self.server
        if not isinstance(server, _DemoServer):
            raise TypeError("the demo handler must run inside the demo server")
        try:
            response = server.web.respond(self.path)
        except Exception:
            LOGGER.exception("demo web failed to render %s", self.path)
            response = _Response(
                HTTPStatus.INTERNAL_SERVER_ERROR, "text/plain; charset=utf-8", b"internal error\n"
            )
        etag = _etag(response.body)
        headers: list[tuple[str, str]] = []
        if response.status == HTTPStatus.OK:
            headers.append(("ETag", etag))
            if response.last_modified is not None:
                headers.append(("Last-Modified", _http_date(response.last_modified)))
            if self._not_modified(etag, response.last_modified):
                self.send_response(HTTPStatus.NOT_MODIFIED)
                for name, value in headers:
                    self.send_header(name, value)
                self.end_headers()
                return
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(response.body)


def make_demo_server(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    now: datetime | None = None,
    fixed_dates: bool = False,
) -> ThreadingHTTPServer:
    """Bind the demo web (port 0 = ephemeral); call ``serve_forever`` or use the thread helper.

    Absolute URLs in feeds use the bound host and port. Unless ``fixed_dates`` is true, all
    publication dates are moved by whole days so that the newest article is 1-25 hours older
    than ``now`` (default: the moment the server is created); the shift is fixed for the
    server's lifetime so ETag/Last-Modified stay stable.
    """
    server = _DemoServer(host, port, now, fixed_dates)
    LOGGER.info("demo web listening on %s", server.web.base_url)
    return server


def demo_base_url(server: ThreadingHTTPServer) -> str:
    """The ``http://host:port`` prefix a server from :func:`make_demo_server` publishes."""
    if not isinstance(server, _DemoServer):
        raise TypeError("not a demo web server")
    return server.web.base_url


def demo_feeds_yaml(base_url: str) -> str:
    """The demo web's feed list, as YAML text in the project's feed-list format."""
    base = base_url.rstrip("/")
    lines = [
        "# Feeds of the bundled offline demo web (`monitor demo-web`).",
        "# All outlets, people and quotations in it are fictional.",
        "feeds:",
    ]
    for feed in _content().feeds:
        lines.append(f"  # {_FORMAT_LABELS[feed.format]}: {feed.note}")
        lines.append(f"  - name: {json.dumps(feed.name)}")
        lines.append(f"    url: {json.dumps(base + feed.path)}")
        if feed.language:
            lines.append(f"    language: {json.dumps(feed.language)}")
        if feed.selector:
            lines.append(f"    selector: {json.dumps(feed.selector)}")
    return "\n".join(lines) + "\n"


def serve_forever_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    """Run ``server.serve_forever()`` in a started daemon thread and return the thread."""
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.1},
        name="monitor-demo-web",
        daemon=True,
    )
    thread.start()
    return thread
