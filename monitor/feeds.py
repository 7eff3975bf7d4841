"""Feed lists (YAML), and feed documents (RSS/Atom bytes, via feedparser) as plain entries."""

from __future__ import annotations

import calendar
import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser
import yaml
from bs4 import BeautifulSoup
from w3lib.url import canonicalize_url

LOGGER = logging.getLogger(__name__)

FEED_NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
TRACKING_PARAMETER = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|_ga|igshid|yclid|ref_src)$",
    re.IGNORECASE,
)
DEFAULT_PORTS = {"http": 80, "https": 443}

# Feed documents are cleaned before feedparser sees them (see _prepare_document).
_INTERNAL_SUBSET = re.compile(rb"(<!DOCTYPE[^\[>]*)\[.*?\]\s*>", re.DOTALL)
_XML_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*\?>")
_ENCODING_ATTRIBUTE = re.compile(rb"""encoding\s*=\s*["'][^"']*["']""")
_CHAR_REFERENCE = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")
# C0 controls other than tab, newline, carriage return and ESC (ISO-2022-JP uses it): never
# part of a multi-byte character in an ASCII-compatible encoding, never valid in XML.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f]+")
_WIDE_ENCODINGS = (  # byte-order marks first, then the first characters `<?` without one
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xfe\xff", "utf-16"),
    (b"\xff\xfe", "utf-16"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
)


class FeedListError(ValueError):
    """The feed list file is missing or invalid; the message names the file and the problem."""


@dataclass(frozen=True)
class Feed:
    name: str
    url: str
    language: str | None = None
    selector: str | None = None
    user_agent: str | None = None


@dataclass(frozen=True)
class FeedEntry:
    feed: str
    url: str  # canonical
    title: str
    summary_html: str
    author: str | None
    published_at: datetime | None  # UTC; None when the feed gives no readable date
    guid: str | None


@dataclass(frozen=True)
class ParsedFeed:
    entries: tuple[FeedEntry, ...]
    warnings: tuple[str, ...]
    title: str | None


def load_feed_list(path: str | Path) -> list[Feed]:
    """Validated feed list: `feeds:` of `{name, url, language?, selector?, user_agent?}`."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise FeedListError(f"feed list {path} does not exist") from exc
    except OSError as exc:
        raise FeedListError(f"cannot read feed list {path}: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise FeedListError(f"feed list {path} is not valid YAML: {_one_line(exc)}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("feeds"), list) or not data["feeds"]:
        raise FeedListError(f"feed list {path} must have a non-empty 'feeds:' list")
    feeds = [_feed_from_mapping(item, path, index) for index, item in enumerate(data["feeds"])]
    seen: set[str] = set()
    for feed in feeds:
        if feed.name in seen:
            raise FeedListError(f"feed list {path}: feed name {feed.name!r} appears twice")
        seen.add(feed.name)
    return feeds


def _feed_from_mapping(item: Any, path: Path, index: int) -> Feed:
    where = f"feed list {path}, entry {index + 1}"
    if not isinstance(item, dict):
        raise FeedListError(f"{where}: expected a mapping with 'name' and 'url'")
    unknown = set(item) - {"name", "url", "language", "selector", "user_agent"}
    if unknown:
        raise FeedListError(f"{where}: unknown keys {sorted(unknown)}")
    name, url = item.get("name"), item.get("url")
    if not isinstance(name, str) or not FEED_NAME_PATTERN.match(name):
        raise FeedListError(f"{where}: 'name' must be a slug of letters, digits, '.', '_' or '-'")
    if (
        not isinstance(url, str)
        or urlsplit(url).scheme not in DEFAULT_PORTS
        or not urlsplit(url).hostname
    ):
        raise FeedListError(f"{where} ({name}): 'url' must be an http(s) URL, got {url!r}")
    optional = {key: item.get(key) for key in ("language", "selector", "user_agent")}
    for key, value in optional.items():
        if value is not None and not isinstance(value, str):
            raise FeedListError(f"{where} ({name}): {key!r} must be a string")
    return Feed(name=name, url=url, **optional)


def canonical_url(url: str, base: str | None = None) -> str | None:
    """The URL under which an article is stored: absolute http(s), host and scheme lower-cased,
    default port, fragment and tracking parameters dropped, query sorted. None if not http(s)."""
    try:
        absolute = urljoin(base, url.strip()) if base else url.strip()
        parts = urlsplit(absolute)
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS or not parts.hostname:
            return None
        host = parts.hostname.lower().rstrip(".")
        port = parts.port
    except ValueError:  # malformed netloc or port out of range
        return None
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None and port != DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not TRACKING_PARAMETER.match(k)
        ]
    )
    return canonicalize_url(urlunsplit((scheme, netloc, parts.path or "/", query, "")))


def article_id(url: str) -> str:
    """Stable id of an article: a hash of its canonical URL."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:24]


def parse_feed(
    feed: Feed, document: bytes, base_url: str | None = None, content_type: str | None = None
) -> ParsedFeed:
    """Entries of a feed document; a malformed ("bozo") feed gives what can be read + a warning.
    Raises ValueError, and only that, for a document that is not a feed at all."""
    if not document.strip():
        raise ValueError("empty feed document")
    document, content_type = _prepare_document(document, content_type)
    headers = {
        "content-location": base_url or feed.url,
        # feedparser reads the charset from here; a server that sends no type is not our error
        "content-type": content_type or "application/xml",
    }
    try:
        parsed = feedparser.parse(document, response_headers=headers)
    except Exception as exc:  # a feedparser bug on hostile input must fail this feed only
        raise ValueError(f"feed parser failed: {type(exc).__name__}: {_one_line(exc)}") from exc
    warnings: list[str] = []
    if parsed.get("bozo"):
        warnings.append(f"malformed feed: {_one_line(parsed.get('bozo_exception'))}")
    if not parsed.get("version") and not parsed.entries:
        raise ValueError("not an RSS or Atom feed" + (f" ({warnings[0]})" if warnings else ""))
    entries: list[FeedEntry] = []
    seen_urls: set[str] = set()
    skipped = 0
    for raw in parsed.entries:
        entry = _entry(feed, raw, base_url or feed.url)
        if entry is None:
            skipped += 1
        elif entry.url not in seen_urls:
            seen_urls.add(entry.url)
            entries.append(entry)
    if skipped:
        warnings.append(f"{skipped} entries without a usable http(s) link skipped")
    title = parsed.feed.get("title") if parsed.get("feed") else None
    return ParsedFeed(entries=tuple(entries), warnings=tuple(warnings), title=title)


def _prepare_document(document: bytes, content_type: str | None) -> tuple[bytes, str | None]:
    """Defuse what feedparser would choke on or be hurt by.

    - UTF-16/32 becomes UTF-8, so that the clean-ups below see ASCII markup.
    - The DOCTYPE's internal subset is dropped: no entity it declares is expanded (billion
      laughs) or fetched (XXE). feedparser strips unsafe declarations only when each starts a
      line; expat never fetches external entities (feedparser turns that off) and caps
      amplification, but only once 8 MiB have been produced.
    - Character references to characters XML forbids (&#0;, lone surrogates) become U+FFFD:
      feedparser's fallback parser raises on a surrogate, which lost the whole feed.
    - Raw control bytes, equally forbidden, are removed.
    """
    for mark, codec in _WIDE_ENCODINGS:
        if document.startswith(mark):
            text = document.decode(codec, errors="replace").lstrip("\ufeff")
            document = text.encode("utf-8")
            document = _XML_DECLARATION.sub(
                lambda m: _ENCODING_ATTRIBUTE.sub(b'encoding="utf-8"', m.group(0)), document, 1
            )
            media_type = (content_type or "application/xml").split(";", 1)[0].strip()
            content_type = f"{media_type}; charset=utf-8"
            break
    start = document.find(b"<!DOCTYPE")
    if start != -1:
        subset = _INTERNAL_SUBSET.match(document, start)
        if subset:
            document = document[:start] + subset.group(1).rstrip() + b">" + document[subset.end() :]
    document = _CHAR_REFERENCE.sub(_valid_reference, document)
    return _CONTROL_BYTES.sub(b"", document), content_type


def _valid_reference(match: re.Match[bytes]) -> bytes:
    hexadecimal, decimal = match.groups()
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    allowed = (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )
    return match.group(0) if allowed else b"&#xFFFD;"


def _entry(feed: Feed, raw: Any, base_url: str) -> FeedEntry | None:
    link = raw.get("link") or _first_alternate_link(raw)
    if not link:
        guid = raw.get("id") or ""
        link = guid if guid.startswith(("http://", "https://")) else None
    url = canonical_url(link, base_url) if link else None
    if url is None:
        return None
    summary = raw.get("summary") or ""
    contents = raw.get("content") or []
    if contents and len(contents[0].get("value", "")) > len(summary):
        summary = contents[0]["value"]
    return FeedEntry(
        feed=feed.name,
        url=url,
        title=_plain_title(raw),
        summary_html=summary,
        author=raw.get("author") or None,
        published_at=_entry_time(raw),
        guid=raw.get("id") or None,
    )


def _plain_title(raw: Any) -> str:
    """The entry title as plain text: a title declared as HTML loses its tags (scripts and
    styles with their content); one declared as text is kept as it is, angle brackets too."""
    title = str(raw.get("title") or "")
    kind = str((raw.get("title_detail") or {}).get("type") or "")
    if "html" in kind and "<" in title:
        soup = BeautifulSoup(title, "html.parser")
        for element in soup(["script", "style"]):
            element.decompose()
        title = soup.get_text(" ")
    return " ".join(title.split())


def _first_alternate_link(raw: Any) -> str | None:
    for link in raw.get("links") or []:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    return None


def _entry_time(raw: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        struct = dict.get(raw, key)  # plain lookup: skips feedparser's deprecated key aliasing
        if struct:
            try:
                return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:300]
