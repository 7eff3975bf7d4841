"""Property tests: URL canonicalisation, feed parsing of arbitrary bytes, text cleaning and
classification of arbitrary text and HTML never fail in unexpected ways."""

from __future__ import annotations

import os
import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis.provisional import urls

from monitor.extract import extract_article, summary_to_text
from monitor.feeds import Feed, canonical_url, parse_feed
from monitor.pipeline import clean_text

FEED = Feed("prop", "http://news.example/feed.xml")
# Modest by default (the file runs in seconds); PROPERTY_EXAMPLES=5000 for a long hunt.
SCALE = int(os.environ.get("PROPERTY_EXAMPLES", "0")) or None
QUICK = settings(
    max_examples=SCALE or 150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SLOW = settings(
    max_examples=SCALE or 40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

url_noise = st.sampled_from(
    [
        "?utm_source=x&b=2&a=1",
        "#frag",
        ":8080",
        ":80",
        ":99999",
        "/../a/./b",
        "/%7Euser/%e2%82%ac",
        "?q=caf%C3%A9&q=2",
        "/ünïcode/路径",
        "?a=1&a=1&a=",
        "@user:pw",
        "\t\n ",
        "[::1]",
        "/path;params",
        "//double//slashes",
        "?%zz=%",
    ]
)


@st.composite
def messy_urls(draw: st.DrawFn) -> str:
    base = draw(st.one_of(urls(), st.just("HTTP://News.Example.COM.")))
    pieces = draw(st.lists(url_noise, max_size=4))
    return base + "".join(pieces)


@QUICK
@given(
    st.one_of(messy_urls(), st.text(max_size=200)), st.sampled_from([None, "http://b.example/x/"])
)
@example("http://[::1", None)
@example("http://a.example:0/", None)
@example("https://ex ample.com/", None)
def test_canonical_url_never_raises_and_is_idempotent(url: str, base: str | None) -> None:
    canonical = canonical_url(url, base)
    if canonical is not None:
        assert canonical.startswith(("http://", "https://"))
        assert canonical_url(canonical) == canonical


xml_pieces = st.sampled_from(
    [
        b"<?xml version='1.0' encoding='utf-8'?>",
        b"<?xml version='1.0' encoding='utf-16'?>",
        b"<!DOCTYPE rss [<!ENTITY a '&b;&b;'><!ENTITY b 'x'>]>",
        b"<!DOCTYPE rss SYSTEM 'http://127.0.0.1:9/x.dtd'>",
        b"<rss version='2.0'>",
        b"<channel>",
        b"<item>",
        b"<title>",
        b"</title>",
        b"<link>http://news.example/a</link>",
        b"<link>javascript:alert(1)</link>",
        b"<description><![CDATA[<p>x</p>]]></description>",
        b"<pubDate>Tue, 10 Jun 2025 08:00:00 GMT</pubDate>",
        b"<pubDate>99/99/9999</pubDate>",
        b"<guid>https://news.example/g</guid>",
        b"</item>",
        b"</channel></rss>",
        b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><link href='/rel'/>",
        b"</entry></feed>",
        b"&#0;&#xD800;&#x110000;&#99999999999;&amp;&lt;&bogus;",
        b"\x00\xff\xfe\xef\xbb\xbf",
        "Caf\u00e9 \u201cq\u201d \U0001f600".encode(),
        "Caf\u00e9".encode("latin-1"),
        b"<script>alert(1)</script>",
    ]
)


@QUICK
@given(st.one_of(st.binary(max_size=2000), st.lists(xml_pieces, max_size=25).map(b"".join)))
@example(b"\xff\xfe")
@example(b"<\x00?\x00x\x00")
def test_parse_feed_of_arbitrary_bytes_raises_only_value_error(document: bytes) -> None:
    try:
        parsed = parse_feed(FEED, document, content_type="application/xml")
    except ValueError:
        return
    for entry in parsed.entries:
        assert entry.url.startswith(("http://", "https://"))
        clean_text(entry.title).encode("utf-8")


@QUICK
@given(st.text(max_size=300))
def test_clean_text_is_always_storable(text: str) -> None:
    cleaned = clean_text(text)
    cleaned.encode("utf-8")  # no lone surrogate
    assert "\x00" not in cleaned
    assert clean_text(cleaned) == cleaned


html_pieces = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div class='content'>",
        "</div>",
        "<script>alert(1)</script>",
        "<style>p{}</style>",
        "<article>",
        "</article>",
        "“",
        "”",
        "«",
        "»",
        '"',
        "Venezuela",
        "Ukraine",
        "Haïti",
        " dijo el ministro ",
        ', said Minister Ruiz. "',
        "\n\n",
        "<br>",
        "&amp;",
        "&#0;",
        "<!--",
        "-->",
        "<![CDATA[",
        "\u202e",
        "🇻🇪",
        "قال",
        "外交部",
    ]
)
html_text = st.lists(st.one_of(html_pieces, st.text(max_size=20)), max_size=60).map("".join)


@SLOW
@given(st.text(max_size=3000), st.text(max_size=200))
def test_classify_arbitrary_text_never_raises_and_is_quick(body: str, title: str) -> None:
    from monitor.classify import classify, load_lexicon

    lexicon = load_lexicon()
    started = time.monotonic()
    classify(title, body, lexicon)
    assert time.monotonic() - started < 5


@SLOW
@given(html_text, html_text)
def test_classify_arbitrary_html_never_raises_and_is_quick(html: str, title: str) -> None:
    from monitor.classify import classify, load_lexicon

    lexicon = load_lexicon()
    started = time.monotonic()
    page = extract_article(html.encode("utf-8", "surrogatepass"), "http://news.example/a")
    summary = summary_to_text(html)
    for text in (page.body, summary, html):
        classify(clean_text(title), clean_text(text), lexicon)
    assert time.monotonic() - started < 10
