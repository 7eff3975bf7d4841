"""Extract the article body (paragraphs kept) and its metadata from a fetched HTML page."""

from __future__ import annotations

import functools
import html as html_lib
import logging
import re
from collections.abc import Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import lxml.html
import trafilatura
from bs4 import BeautifulSoup, Tag
from lxml.html import HtmlElement
from readability import Document as _ReadabilityBase
from readability.readability import REGEXES as _READABILITY_REGEXES
from trafilatura.settings import Document, set_date_params

LOGGER = logging.getLogger(__name__)

MIN_BODY_CHARS = 200
"""Below this many characters of body the pipeline uses the feed summary instead."""

# --- how the two automatic extractors are combined -----------------------------------------
# The primary extractor is trafilatura in precision mode with comments off; readability-lxml
# gives a second opinion on every page. The thresholds are round numbers inside wide plateaus on
# the extraction benchmark (bench/extraction.py): F1 stays the same for SHORT_CHARS from about
# 340 to 890, COVER_SHARE 0.8-0.95, SUBSET_SHARE 0.90-0.98, SUBSET_MIN_SIZE 0-0.7; GROW_RATIO
# 1.5 or 3 costs 0.002-0.005. Without rules 1-2 F1 drops to 0.954, without rule 3 to 0.978.
#
# 1. Readability found at least GROW_RATIO times more text AND that text contains nearly all of
#    ours (COVER_SHARE): trafilatura stopped at one block of an article split over several
#    containers (ad breaks); take readability's text.
GROW_RATIO = 2.0
COVER_SHARE = 0.9
# 2. Ours is shorter than SHORT_CHARS and readability has GROW_RATIO times more: precision mode
#    kept too little (e.g. only a reprint notice); take readability's text.
SHORT_CHARS = 500
# 3. Readability's text is (almost) a subset of ours (SUBSET_SHARE) and not tiny compared with
#    it (SUBSET_MIN_SIZE): both agree on the core, so leading and trailing paragraphs of ours that
#    readability does not have are boilerplate (decks, "about the company", sign-up blurbs).
SUBSET_SHARE = 0.95
SUBSET_MIN_SIZE = 0.5
# A paragraph "is in" the other text when at least this share of its 4-word shingles is.
PARAGRAPH_SUPPORT = 0.5

# paragraph-break mark used while turning HTML into text (a private-use character, not whitespace)
_BREAK = "\ue000"
_WORD_RE = re.compile(r"\w+")
_MARKUP_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_LANG_RE = re.compile(r"^\s*([a-zA-Z]{2})(?:[-_][a-zA-Z0-9]+)*\s*(?:[,;].*)?$")
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_Shingle = tuple[str, ...]

# Embedded social posts are quoted statements; the wrappers that sites put around them
# ("social-embed", "widget", ...) make trafilatura drop them as boilerplate.
_EMBED_XPATH = (
    "//blockquote[contains(@class, 'twitter-tweet') or contains(@class, 'instagram-media')"
    " or contains(@class, 'tiktok-embed') or contains(@class, 'bluesky-embed')"
    " or contains(@class, 'mastodon-embed') or contains(@class, 'fb-xfbml-parse-ignore')]"
)

# Tags whose boundaries are paragraph breaks when HTML is turned into text by hand.
_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl"),
        *("dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table"),
        *("td", "th", "tr", "ul"),
    }
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "object", "embed")
_HTML_META_LANG = (
    "//meta[translate(@http-equiv, 'CONTENTLAGU', 'contentlagu')='content-language']/@content",
    "//meta[translate(@name, 'LANGUE', 'langue')='language']/@content",
    "//meta[translate(@name, 'DCLANGUE.', 'dclangue.')='dc.language']/@content",
    "//meta[@property='og:locale']/@content",
)


@dataclass(frozen=True)
class ExtractedPage:
    """What the pipeline keeps of an article page."""

    body: str  # plain text, paragraphs separated by a blank line ("\n\n")
    title: str | None
    author: str | None
    published_at: datetime | None  # timezone-aware UTC when known
    language: str | None  # from page metadata, 2-letter lower-case when known
    selector_matched: bool = False  # the per-site CSS selector gave the body


MAX_ELEMENTS = 50_000

_EMPTY = ExtractedPage(body="", title=None, author=None, published_at=None, language=None)


def extract_article(
    html: str | bytes, url: str | None = None, selector: str | None = None
) -> ExtractedPage:
    """Body and metadata of one article page. Never raises: junk input gives an empty body.

    ``selector`` is an optional per-site CSS selector for the body. When it matches, the text of
    the matching elements is the body; otherwise a warning is logged and the automatic
    extractor is used.
    """
    try:
        return _extract(html, url, selector)
    except Exception:  # one bad page must never stop a batch
        LOGGER.warning("extraction failed for %s", url, exc_info=True)
        return _EMPTY


def summary_to_text(summary_html: str) -> str:
    """Plain text of a feed summary (an HTML fragment), paragraphs separated by a blank line."""
    try:
        paragraphs = _soup_paragraphs(BeautifulSoup(summary_html, "lxml"))
        text = _BREAK.join(paragraphs)
        if _MARKUP_RE.search(text):  # the summary was HTML-escaped once more: parse it again
            paragraphs = _soup_paragraphs(BeautifulSoup(text, "lxml"))
        return "\n\n".join(_clean_lines(html_lib.unescape(p) for p in paragraphs))
    except Exception:
        LOGGER.warning("could not clean a feed summary", exc_info=True)
        return ""


def bench_adapter(html: str, url: str | None) -> str:
    """Adapter for the extraction benchmark's scorer (``score.py --run``)."""
    return extract_article(html, url).body


# --- the extraction itself --------------------------------------------------------------------


def _extract(html: str | bytes, url: str | None, selector: str | None) -> ExtractedPage:
    if isinstance(html, bytes) and html[:2] in (b"\xff\xfe", b"\xfe\xff"):
        html = html.decode("utf-16", errors="replace")  # BOM: the only encoding with NUL bytes
    if not html or _looks_binary(html):
        return _EMPTY
    tree = trafilatura.load_html(html)
    if tree is None:
        return _EMPTY
    language = _page_language(tree)
    if sum(1 for _ in tree.iter()) > MAX_ELEMENTS:
        # trafilatura and readability slow down more than linearly on huge trees (2 MB of
        # tiny paragraphs took 44 s); real articles have a few thousand elements.
        LOGGER.warning("%s has over %d elements: plain text extraction only", url, MAX_ELEMENTS)
        return _page(_element_paragraphs(tree), Document(), language, selector_matched=False)

    if selector:
        paragraphs = _selector_paragraphs(html, selector)
        if paragraphs:
            metadata = trafilatura.extract_metadata(tree, url, date_config=_date_params())
            return _page(paragraphs, metadata, language, selector_matched=True)
        LOGGER.warning("selector %r matched no text on %s; extracting automatically", selector, url)

    _unwrap_embedded_posts(tree)
    # metadata and the primary text in one pass (trafilatura copies the tree it is given)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=True,  # trafilatura's own fallbacks are replaced by the readability check below
        favor_precision=True,
        include_comments=False,
        with_metadata=True,
        date_extraction_params=_date_params(),
    )
    if not isinstance(document, Document):  # no text found: metadata on its own
        document = trafilatura.extract_metadata(deepcopy(tree), url, date_config=_date_params())
    primary = _clean_lines((document.text or "").splitlines())
    second = _readability_paragraphs(tree, url)  # last use of the tree: readability alters it
    paragraphs = _drop_title(_combine(primary, second), _clean_field(document.title))
    return _page(paragraphs, document, language, selector_matched=False)


def _page(
    paragraphs: list[str], metadata: Document, language: str | None, *, selector_matched: bool
) -> ExtractedPage:
    return ExtractedPage(
        body="\n\n".join(paragraphs),
        title=_clean_field(metadata.title),
        author=_clean_field(metadata.author),
        published_at=_parse_date(metadata.date),
        language=language,
        selector_matched=selector_matched,
    )


def _combine(primary: list[str], second: list[str]) -> list[str]:
    """Choose between, or trim, the two extractors' paragraphs (see the constants above)."""
    if not second:
        return primary
    len_primary, len_second = _text_len(primary), _text_len(second)
    primary_sets = [_paragraph_shingles(p) for p in primary]
    second_sets = [_paragraph_shingles(p) for p in second]
    primary_all: set[_Shingle] = set().union(*primary_sets)
    second_all: set[_Shingle] = set().union(*second_sets)
    if len_second >= GROW_RATIO * len_primary and (
        len_primary < SHORT_CHARS or _share(primary_all, second_all) >= COVER_SHARE
    ):
        return second
    if (
        len_second >= SUBSET_MIN_SIZE * len_primary
        and _share(second_all, primary_all) >= SUBSET_SHARE
    ):
        kept = [_share(shingles, second_all) >= PARAGRAPH_SUPPORT for shingles in primary_sets]
        if any(kept):
            first = kept.index(True)
            last = len(kept) - 1 - kept[::-1].index(True)
            return primary[first : last + 1]
    return primary


def _drop_title(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop a leading paragraph that repeats the headline (the title is kept separately)."""
    if paragraphs and title:
        first, headline = _words(paragraphs[0]), _words(title)
        if first and (first == headline or (len(first) >= 4 and _contains_run(headline, first))):
            return paragraphs[1:]
    return paragraphs


def _unwrap_embedded_posts(tree: HtmlElement) -> None:
    """Replace the pure wrappers around embedded social posts by the posts (in place)."""
    for post in tree.xpath(_EMBED_XPATH):
        words = _words(_visible_text(post))
        wrapper = None
        parent = post.getparent()
        while (
            parent is not None
            and parent.tag not in ("body", "html", "article", "main")
            and _words(_visible_text(parent)) == words
        ):
            wrapper, parent = parent, parent.getparent()
        if wrapper is not None and parent is not None:
            post.tail = wrapper.tail
            parent.replace(wrapper, post)


def _visible_text(elem: HtmlElement) -> str:
    return "".join(elem.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]"))


# --- readability-lxml as the second opinion -----------------------------------------------------


class _Readability(_ReadabilityBase):  # type: ignore[misc]  # untyped library
    """readability-lxml, given an already parsed tree and a leaner cleaner.

    The stock ``_parse`` runs lxml's Cleaner with ``javascript=True``, which rewrites every link
    on the page (about a third of readability's time) and cannot change the extracted text.
    Everything else is as in readability-lxml 0.9.
    """

    def _parse(self, input: HtmlElement) -> HtmlElement:
        self.encoding = "utf-8"
        for elem in input.xpath("//*[@hidden]"):
            elem.drop_tree()
        for elem in input.xpath("//*[@style]"):
            if _READABILITY_REGEXES["displayNoneRe"].search(elem.get("style")):
                elem.drop_tree()
        # clean_html works on a copy: summary() re-parses the input when it retries
        cleaned: HtmlElement = _text_cleaner().clean_html(input)
        return cleaned


@functools.cache
def _text_cleaner() -> Any:
    try:
        from lxml.html.clean import Cleaner
    except ImportError:  # lxml >= 5.2 ships the cleaner separately
        from lxml_html_clean import Cleaner
    return Cleaner(
        scripts=True,
        javascript=False,
        comments=True,
        style=True,
        links=True,
        meta=False,
        add_nofollow=False,
        page_structure=False,
        processing_instructions=True,
        embedded=False,
        frames=False,
        forms=False,
        annoying_tags=False,
        remove_tags=None,
        remove_unknown_tags=False,
        safe_attrs_only=False,
    )


def _readability_paragraphs(tree: HtmlElement, url: str | None) -> list[str]:
    try:
        summary = _Readability(tree, url=url).summary(html_partial=True)
        return _element_paragraphs(lxml.html.fromstring(summary))
    except Exception as err:  # readability raises on pages it cannot score
        LOGGER.debug("readability failed on %s: %s", url, err)
        return []


def _element_paragraphs(root: HtmlElement) -> list[str]:
    """Paragraphs of an lxml element: a break at every block element and <br>."""
    parts: list[str] = []
    for event, elem in lxml.html.etree.iterwalk(root, events=("start", "end")):
        tag = elem.tag if isinstance(elem.tag, str) else ""
        if event == "start":
            if tag in _BLOCK_TAGS or tag == "br":
                parts.append(_BREAK)
            if elem.text and tag not in _DROP_TAGS:
                parts.append(elem.text)
        else:
            if tag in _BLOCK_TAGS:
                parts.append(_BREAK)
            if elem.tail and elem is not root:
                parts.append(elem.tail)
    return _split_paragraphs("".join(parts))


# --- the per-site selector and feed summaries (BeautifulSoup) -----------------------------------


def _selector_paragraphs(html: str | bytes, selector: str) -> list[str]:
    soup = BeautifulSoup(html, "lxml")
    try:
        matches = soup.select(selector)
    except Exception as err:  # invalid selector syntax
        LOGGER.warning("invalid CSS selector %r: %s", selector, err)
        return []
    matched = {id(match) for match in matches}
    paragraphs: list[str] = []
    for match in matches:
        if any(id(parent) in matched for parent in match.parents):
            continue  # nested in another match: its text is already there
        paragraphs.extend(_soup_paragraphs(match))
    return paragraphs


def _soup_paragraphs(root: Tag) -> list[str]:
    """Paragraphs of a BeautifulSoup element: a break at every block element and <br>.

    Alters ``root``: non-text elements are removed and break marks inserted.
    """
    for elem in root.find_all(_DROP_TAGS):
        elem.decompose()
    for elem in root.find_all("br"):
        elem.replace_with(_BREAK)
    for elem in root.find_all(_BLOCK_TAGS):
        elem.insert_before(_BREAK)
        elem.insert_after(_BREAK)
    return _split_paragraphs(root.get_text())


# --- metadata ----------------------------------------------------------------------------------


def _date_params() -> dict[str, Any]:
    params = set_date_params(extensive=True)  # max_date is today: build per call
    params["outputformat"] = _DATE_FORMAT
    return params


def _parse_date(value: str | None) -> datetime | None:
    """htmldate's string as an aware UTC datetime; a date without zone is taken as UTC."""
    if not value:
        return None
    try:
        parsed = datetime.strptime(value, _DATE_FORMAT)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            LOGGER.debug("unparsable date %r", value)
            return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _page_language(tree: HtmlElement) -> str | None:
    """Language declared by the page: <html lang>, then content-language/og:locale metas."""
    root = tree.getroottree().getroot()
    candidates: list[str] = [
        root.get("lang") or "",
        root.get("xml:lang") or "",
        root.get("{http://www.w3.org/XML/1998/namespace}lang") or "",
    ]
    for xpath in _HTML_META_LANG:
        candidates.extend(str(value) for value in tree.xpath(xpath))
    for candidate in candidates:
        match = _LANG_RE.match(candidate)
        if match:
            return match.group(1).lower()
    return None


def _clean_field(value: str | None) -> str | None:
    text = " ".join(value.split()) if value else ""
    return text or None


# --- small text helpers ----------------------------------------------------------------------


def _looks_binary(html: str | bytes) -> bool:
    """NUL bytes or many control characters in the first KiB: not a web page."""
    head = html[:1024]
    sample = head.decode("latin-1") if isinstance(head, bytes) else head
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\f")
    return "\x00" in sample or controls > len(sample) // 10


def _split_paragraphs(text: str) -> list[str]:
    """Paragraphs of text with break marks; other line breaks are ordinary whitespace (HTML)."""
    return _clean_lines(text.split(_BREAK))


def _clean_lines(lines: Iterable[str]) -> list[str]:
    """Whitespace-collapsed, non-empty lines."""
    cleaned = (" ".join(line.split()) for line in lines)
    return [line for line in cleaned if line]


def _text_len(paragraphs: Sequence[str]) -> int:
    return sum(len(p) for p in paragraphs)


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.casefold())


def _paragraph_shingles(paragraph: str) -> set[_Shingle]:
    """4-word shingles of a paragraph (a shorter paragraph is one shingle)."""
    words = _words(paragraph)
    if len(words) <= 4:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def _share(part: set[_Shingle], whole: set[_Shingle]) -> float:
    """Share of the shingles of ``part`` that are also in ``whole``."""
    return len(part & whole) / len(part) if part else 0.0


def _contains_run(haystack: list[str], needle: list[str]) -> bool:
    size = len(needle)
    return any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))
