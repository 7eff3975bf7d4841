from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.feeds import Feed, FeedListError, canonical_url, load_feed_list, parse_feed

FEED = Feed(name="test", url="https://example.org/feed.xml")

RSS20 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Ministry</title><link>https://example.org/</link>
<item><title>Talks on Venezuela</title><link>https://Example.org/news/1?utm_source=rss#top</link>
<description>&lt;p&gt;Ministers met.&lt;/p&gt;</description>
<pubDate>Tue, 10 Jun 2025 14:30:00 +0200</pubDate><guid>n1</guid></item>
<item><title>Relative link</title><link>/news/2</link><pubDate>not a date</pubDate></item>
<item><title>No link at all</title></item>
</channel></rss>"""

RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title>
<link>https://example.org/</link><description>d</description>
<item><title>Old style</title><link>https://example.org/old</link></item></channel></rss>"""

RSS10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.org/"><title>RDF</title><link>https://example.org/</link>
<description>d</description></channel>
<item rdf:about="https://example.org/rdf/1"><title>RDF item</title>
<link>https://example.org/rdf/1</link><dc:date>2025-06-10T12:00:00Z</dc:date></item>
</rdf:RDF>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>FCDO</title><id>urn:x</id>
<updated>2025-06-10T12:00:00Z</updated>
<entry><title>Statement on Haiti</title><id>urn:1</id>
<link rel="alternate" href="https://example.org/atom/1"/>
<updated>2025-06-10T09:00:00-05:00</updated><summary>Summary</summary>
<content type="html">&lt;p&gt;A longer content body about Haiti.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss20_entries_are_canonical_and_dated_in_utc() -> None:
    parsed = parse_feed(FEED, RSS20)
    assert [e.url for e in parsed.entries] == [
        "https://example.org/news/1",
        "https://example.org/news/2",
    ]
    first = parsed.entries[0]
    assert first.published_at == datetime(2025, 6, 10, 12, 30, tzinfo=UTC)
    assert first.title == "Talks on Venezuela"
    assert "Ministers met" in first.summary_html
    assert parsed.entries[1].published_at is None  # unreadable date: left for the fetch time
    assert any("without a usable" in w for w in parsed.warnings)


@pytest.mark.parametrize(("document", "version"), [(RSS091, "rss091u"), (RSS10, "rss10")])
def test_other_rss_versions(document: bytes, version: str) -> None:
    parsed = parse_feed(FEED, document)
    assert len(parsed.entries) == 1
    assert parsed.entries[0].url.startswith("https://example.org/")


def test_atom_prefers_the_longer_content_and_converts_offsets() -> None:
    (entry,) = parse_feed(FEED, ATOM).entries
    assert entry.url == "https://example.org/atom/1"
    assert "longer content" in entry.summary_html
    assert entry.published_at == datetime(2025, 6, 10, 14, 0, tzinfo=UTC)


def test_malformed_feed_yields_readable_entries_and_a_warning() -> None:
    broken = RSS20.replace(b"</channel></rss>", b"<item><title>cut")
    parsed = parse_feed(FEED, broken)
    assert parsed.entries and parsed.entries[0].url == "https://example.org/news/1"
    assert any(w.startswith("malformed feed") for w in parsed.warnings)


def test_html_page_is_not_a_feed() -> None:
    with pytest.raises(ValueError, match="not an RSS or Atom feed"):
        parse_feed(FEED, b"<html><body><p>Hello</p></body></html>")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.ORG:443/a?b=2&a=1&utm_medium=x#frag", "https://example.org/a?a=1&b=2"),
        ("http://example.org:80", "http://example.org/"),
        ("http://example.org:8080/x?fbclid=1&gclid=2", "http://example.org:8080/x"),
        ("https://example.org/path%20with%20space", "https://example.org/path%20with%20space"),
        ("mailto:someone@example.org", None),
        ("javascript:alert(1)", None),
        ("http://[::1]:99999/", None),
    ],
)
def test_canonical_url(url: str, expected: str | None) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_is_idempotent() -> None:
    once = canonical_url("HTTP://A.example/x/../y?utm_source=z&q=1#f")
    assert once is not None
    assert canonical_url(once) == once


def test_load_feed_list(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text("feeds:\n  - name: a\n    url: https://example.org/a.xml\n    language: en\n")
    assert load_feed_list(path) == [Feed("a", "https://example.org/a.xml", language="en")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds: [", "not valid YAML"),
        ("other: 1", "non-empty 'feeds:' list"),
        ("feeds:\n  - name: a\n", r"must be an http\(s\) URL"),
        ("feeds:\n  - name: 'a b'\n    url: https://x.org/\n", "'name' must be a slug"),
        ("feeds:\n  - name: a\n    url: ftp://x.org/\n", r"must be an http\(s\) URL"),
        ("feeds:\n  - name: a\n    url: https://x.org/\n    colour: red\n", "unknown keys"),
        (
            "feeds:\n  - {name: a, url: 'https://x.org/'}\n  - {name: a, url: 'https://y.org/'}\n",
            "appears twice",
        ),
    ],
)
def test_bad_feed_lists_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(text)
    with pytest.raises(FeedListError, match=message) as info:
        load_feed_list(path)
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_missing_feed_list(tmp_path: Path) -> None:
    with pytest.raises(FeedListError, match="does not exist"):
        load_feed_list(tmp_path / "nope.yaml")


def test_default_feed_list_is_valid_and_covers_the_sources() -> None:
    feeds = load_feed_list(Path(__file__).parents[1] / "monitor" / "feeds.yaml")
    assert len(feeds) >= 12
    hosts = " ".join(f.url for f in feeds)
    for source in (
        "state.gov",
        "gov.uk",
        "eeas",
        "news.un.org",
        "reliefweb",
        "canada",
        "diplomatie",
    ):
        assert source in hosts
