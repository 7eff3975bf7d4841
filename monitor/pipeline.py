"""Composes the stages (feeds, pages, bodies, classification, warehouse) for the CLI and DAG."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import logging
import multiprocessing
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from monitor import warehouse
from monitor.alert_channels import load_channels
from monitor.extract import MIN_BODY_CHARS, extract_article, summary_to_text
from monitor.feeds import Feed, FeedEntry, article_id, parse_feed
from monitor.fetch import FEED_TYPES, PAGE_TYPES, FetchError, HttpClient, Validators
from monitor.records import Article, BodySource, FeedState, FeedStatus
from monitor.settings import Settings
from monitor.warehouse import ClassifiedArticle, LoadStats, WarehouseError

if TYPE_CHECKING:
    from monitor.classify import Lexicon

LOGGER = logging.getLogger(__name__)

BATCH_SIZE = 200  # articles fetched, extracted and loaded together: bounds memory per run
# A server may answer 304 although its feed changed (a stale ETag or Last-Modified): after this
# long without a full fetch, the feed is fetched without validators. Costs one feed download.
FULL_FETCH_AFTER = timedelta(days=7)
GONE_ERRORS = ("HTTP 404", "HTTP 410")  # FetchError messages of a feed that is not there
# Publication dates outside [EARLIEST_DATE, fetch time + FUTURE_SLACK] are not believed: the
# fetch time is used instead and marked as estimated.
EARLIEST_DATE = datetime(1995, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)
# Longer texts are cut (at a paragraph break when there is one): the longest real articles are
# around 100,000 characters; a hostile one must not make classification or storage costly.
MAX_BODY_CHARS = 200_000
MAX_TITLE_CHARS = 1_000

Progress = Callable[[str, int], None]  # (stage, items just finished)


@dataclass(frozen=True)
class FeedFetch:
    """The outcome of fetching one feed: its entries and the state to remember for next time."""

    feed: Feed
    status: FeedStatus
    entries: tuple[FeedEntry, ...]
    warnings: tuple[str, ...]
    error: str | None
    state: FeedState


@dataclass(frozen=True)
class PageJob:
    """What a worker process needs to turn one feed entry into a classified article."""

    entry: FeedEntry
    html: bytes | None
    page_error: str | None
    selector: str | None
    feed_language: str | None
    fetched_at: datetime
    topics_path: Path | None


@dataclass
class RunSummary:
    feeds_ok: list[str] = field(default_factory=list)
    feeds_not_modified: list[str] = field(default_factory=list)
    feeds_failed: dict[str, str] = field(default_factory=dict)
    feeds_dead: dict[str, str] = field(default_factory=dict)  # skipped: gone for many runs
    feed_warnings: dict[str, list[str]] = field(default_factory=dict)
    entries_seen: int = 0
    new_articles: int = 0
    updated_articles: int = 0
    unchanged_articles: int = 0
    mentions: int = 0
    statements: int = 0
    body_sources: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def add_load(self, stats: LoadStats) -> None:
        self.new_articles += stats.new_articles
        self.updated_articles += stats.updated_articles
        self.unchanged_articles += stats.unchanged_articles
        self.mentions += stats.mentions
        self.statements += stats.statements

    def as_dict(self) -> dict[str, object]:
        data = dataclasses.asdict(self)
        data["body_sources"] = dict(self.body_sources)
        return data

    def report_lines(self) -> list[str]:
        """The run summary as the CLI prints it and the DAG's load task logs it."""
        sources = ", ".join(f"{k} {v}" for k, v in sorted(self.body_sources.items())) or "none"
        return [
            f"feeds: {len(self.feeds_ok)} ok, {len(self.feeds_not_modified)} not modified, "
            f"{len(self.feeds_failed)} failed",
            *(f"  failed {name}: {reason}" for name, reason in sorted(self.feeds_failed.items())),
            *(f"  dead {name}: {reason}" for name, reason in sorted(self.feeds_dead.items())),
            *(
                f"  warning {name}: {warning}"
                for name, warnings in sorted(self.feed_warnings.items())
                for warning in warnings
            ),
            f"articles: {self.new_articles} new, {self.updated_articles} updated "
            f"(bodies from: {sources}); mentions {self.mentions}, statements {self.statements}",
            f"took {self.seconds:.1f}s",
        ]


def fetch_feed(client: HttpClient, feed: Feed, previous: FeedState | None) -> FeedFetch:
    """Conditional GET of one feed and its parsed entries. Never raises for a bad feed.

    A feed that answered 404 or 410 and has failed `dead_feed_after` runs in a row is declared
    dead; a dead feed is not requested again until its URL changes in the feed list or its
    state is reset (`monitor reset-feed NAME`)."""
    now = datetime.now(UTC)
    previous = previous or FeedState(feed=feed.name, url=feed.url)
    same_url = previous.url == feed.url
    if same_url and previous.last_status == FeedStatus.DEAD:
        reason = previous.last_error or "gone"
        return FeedFetch(feed, FeedStatus.DEAD, (), (), reason, previous)
    # Validators belong to a URL: a feed whose URL changed in the list starts afresh.
    full_fetch_due = (
        previous.last_success_at is None or now - previous.last_success_at > FULL_FETCH_AFTER
    )
    validators = (
        Validators(previous.etag, previous.last_modified)
        if same_url and not full_fetch_due
        else None
    )
    try:
        result = client.fetch(
            feed.url, accept_types=FEED_TYPES, validators=validators, user_agent=feed.user_agent
        )
        if result.not_modified:
            state = dataclasses.replace(
                previous,
                url=feed.url,
                last_status=FeedStatus.NOT_MODIFIED,
                last_error=None,
                consecutive_failures=0,
                last_checked_at=now,
            )
            return FeedFetch(feed, FeedStatus.NOT_MODIFIED, (), (), None, state)
        parsed = parse_feed(feed, result.content, result.url, result.content_type)
    except (FetchError, ValueError) as exc:
        error = str(exc)
        failures = (previous.consecutive_failures if same_url else 0) + 1
        status = FeedStatus.FAILED
        if error.startswith(GONE_ERRORS) and failures >= client.settings.dead_feed_after:
            status = FeedStatus.DEAD
            error = (
                f"{error} ({failures} failed run{'s' if failures > 1 else ''} in a row): not "
                "fetched again until its URL "
                f"changes or `monitor reset-feed {feed.name}`"
            )
        LOGGER.warning("feed %s %s: %s", feed.name, status, error)
        state = dataclasses.replace(
            previous,
            url=feed.url,
            last_status=status,
            last_error=error,
            consecutive_failures=failures,
            last_checked_at=now,
        )
        return FeedFetch(feed, status, (), (), error, state)
    for warning in parsed.warnings:
        LOGGER.warning("feed %s: %s", feed.name, warning)
    state = FeedState(
        feed=feed.name,
        url=feed.url,
        etag=result.validators.etag,
        last_modified=result.validators.last_modified,
        last_status=FeedStatus.OK,
        last_error=None,
        consecutive_failures=0,
        last_success_at=now,
        last_checked_at=now,
    )
    return FeedFetch(feed, FeedStatus.OK, parsed.entries, parsed.warnings, None, state)


def fetch_page(
    client: HttpClient, entry: FeedEntry, feed: Feed, topics_path: Path | None
) -> PageJob:
    """Download an entry's page; a failure is recorded so that the summary can stand in."""
    html: bytes | None = None
    error: str | None = None
    try:
        html = client.fetch(entry.url, accept_types=PAGE_TYPES, user_agent=feed.user_agent).content
    except FetchError as exc:
        error = str(exc)
        LOGGER.info("page %s not used: %s", entry.url, error)
    return PageJob(
        entry=entry,
        html=html,
        page_error=error,
        selector=feed.selector,
        feed_language=feed.language,
        fetched_at=datetime.now(UTC),
        topics_path=topics_path,
    )


def build_article(job: PageJob) -> Article:
    """The article from its page, or from the feed summary when the page is missing or too thin."""
    entry = job.entry
    summary = summary_to_text(entry.summary_html)
    page = extract_article(job.html, url=entry.url, selector=job.selector) if job.html else None
    page_error = job.page_error
    if page is not None and len(page.body) >= MIN_BODY_CHARS:
        body = page.body
        source = BodySource.SELECTOR if job.selector and page.selector_matched else BodySource.PAGE
    else:
        if page is not None:
            page_error = f"page text too short ({len(page.body)} characters)"
        body, source = summary, BodySource.SUMMARY
    published = _plausible(entry.published_at, job.fetched_at) or _plausible(
        page.published_at if page else None, job.fetched_at
    )
    title = clean_text(entry.title or (page.title if page and page.title else "") or entry.url)
    title = title[:MAX_TITLE_CHARS]
    body = _cut(clean_text(body), MAX_BODY_CHARS, entry.url)
    author = entry.author or (page.author if page else None)
    return Article(
        id=article_id(entry.url),
        url=entry.url,
        feed=entry.feed,
        title=title,
        author=clean_text(author) if author else None,
        published_at=published or job.fetched_at,
        published_at_estimated=published is None,
        fetched_at=job.fetched_at,
        language=(page.language if page else None) or job.feed_language,
        body=body,
        body_source=source,
        summary=_cut(clean_text(summary), MAX_BODY_CHARS, entry.url),
        page_error=clean_text(page_error) if page_error else None,
        content_hash=content_hash(title, body),
    )


# NUL and other C0 controls (PostgreSQL refuses NUL in text; none belongs in an article), and
# lone surrogates (not encodable in UTF-8: the whole batch would fail to load).
_UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Text as it can be stored: characters no database or reader wants are removed."""
    return _UNSTORABLE.sub("", text)


def _cut(text: str, limit: int, url: str) -> str:
    if len(text) <= limit:
        return text
    LOGGER.warning("text of %s cut from %d to %d characters", url, len(text), limit)
    cut = text.rfind("\n\n", 0, limit)
    return text[: cut if cut > limit // 2 else limit]


def _plausible(when: datetime | None, fetched_at: datetime) -> datetime | None:
    if when is None or not EARLIEST_DATE <= when <= fetched_at + FUTURE_SLACK:
        return None
    return when


def content_hash(title: str, body: str) -> str:
    return hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()


def classify_article(article: Article, topics_path: Path | None) -> ClassifiedArticle:
    from monitor.classify import classify

    result = classify(article.title, article.body, _lexicon(topics_path))
    if result.language and result.language != article.language:
        article = dataclasses.replace(article, language=result.language)
    return ClassifiedArticle(article, result)


@functools.cache
def _lexicon(topics_path: Path | None) -> Lexicon:
    from monitor.classify import load_lexicon

    return load_lexicon(topics_path)


def process_page(job: PageJob) -> ClassifiedArticle:
    """Worker-process entry point: extraction and classification are CPU-bound. A page the
    classifier fails on is stored unclassified (`monitor reclassify` retries it) rather than
    failing its batch."""
    article = build_article(job)
    try:
        return classify_article(article, job.topics_path)
    except Exception:
        LOGGER.exception("classification failed for %s; stored unclassified", article.url)
        return ClassifiedArticle(article, None)


def run(
    settings: Settings,
    feeds: Sequence[Feed],
    *,
    client: HttpClient | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    """One full pass over the feeds into the warehouse. One feed failing never stops the others."""
    started = time.monotonic()
    report = progress or (lambda stage, n: None)
    summary = RunSummary()
    alert_channels = load_channels(settings)  # a bad alert config fails before any fetch
    engine = warehouse.connect(settings.warehouse_url)
    opened: list[HttpClient] = []
    try:
        with _warehouse_errors():
            warehouse.migrate(engine)
            states = warehouse.read_feed_states(engine)
            if client is None:
                client = HttpClient(settings, robots_cache=warehouse.read_robots(engine))
                opened.append(client)
            http = client
            with (
                ThreadPoolExecutor(settings.io_workers, thread_name_prefix="fetch") as threads,
                _process_pool(settings.extract_workers) as processes,
            ):
                fetched = _fetch_feeds(http, threads, feeds, states, summary, report)
                entries = [
                    entry
                    for outcome in fetched
                    for entry in outcome.entries[: settings.max_entries_per_feed]
                ]
                summary.entries_seen = len(entries)
                by_feed = {feed.name: feed for feed in feeds}
                for batch in _batches(_new_entries(engine, entries), BATCH_SIZE):
                    pages = threads.map(
                        lambda e: fetch_page(http, e, by_feed[e.feed], settings.topics_path),
                        batch,
                    )
                    futures = [processes.submit(process_page, job) for job in pages]
                    results = [_result(f, report) for f in futures]
                    summary.body_sources.update(str(r.article.body_source) for r in results)
                    loaded = warehouse.load_articles(engine, results, alert_channels=alert_channels)
                    summary.add_load(loaded)
            # New validators are stored only once every entry is loaded: after a crash the next
            # run fetches the feeds in full again (stored articles are skipped): nothing is lost.
            warehouse.save_feed_states(engine, [o.state for o in fetched])
            warehouse.save_robots(engine, http.robots_cache)
    finally:
        for own in opened:
            own.close()
        engine.dispose()
    summary.seconds = time.monotonic() - started
    return summary


def reset_feeds(settings: Settings, names: Sequence[str]) -> list[str]:
    """Clear the failure count and status of feeds (a dead feed is fetched again)."""
    engine = warehouse.connect(settings.warehouse_url)
    try:
        warehouse.migrate(engine)
        return warehouse.reset_feed_states(engine, names)
    finally:
        engine.dispose()


def reclassify(settings: Settings, *, progress: Progress | None = None) -> LoadStats:
    """Classify every stored article again with the current lexicon; nothing is fetched."""
    report = progress or (lambda stage, n: None)
    _lexicon(settings.topics_path)  # a bad lexicon fails here, before any worker starts
    engine = warehouse.connect(settings.warehouse_url)
    totals = RunSummary()
    try:
        with _warehouse_errors(), _process_pool(settings.extract_workers) as processes:
            warehouse.migrate(engine)
            for batch in warehouse.iter_articles(engine, BATCH_SIZE):
                paths = [settings.topics_path] * len(batch)
                results = list(processes.map(classify_article, batch, paths, chunksize=16))
                totals.add_load(warehouse.replace_classifications(engine, results))
                report("articles", len(batch))
    finally:
        engine.dispose()
    return LoadStats(
        updated_articles=totals.updated_articles,
        mentions=totals.mentions,
        statements=totals.statements,
    )


def _fetch_feeds(
    client: HttpClient,
    threads: ThreadPoolExecutor,
    feeds: Sequence[Feed],
    states: dict[str, FeedState],
    summary: RunSummary,
    report: Progress,
) -> list[FeedFetch]:
    futures = {threads.submit(fetch_feed, client, f, states.get(f.name)): f for f in feeds}
    fetched: list[FeedFetch] = []
    for future in as_completed(futures):
        outcome = future.result()
        fetched.append(outcome)
        report("feeds", 1)
        name = outcome.feed.name
        if outcome.status is FeedStatus.OK:
            summary.feeds_ok.append(name)
        elif outcome.status is FeedStatus.NOT_MODIFIED:
            summary.feeds_not_modified.append(name)
        elif outcome.status is FeedStatus.DEAD:
            summary.feeds_dead[name] = outcome.error or "gone"
        else:
            summary.feeds_failed[name] = outcome.error or "unknown error"
        warnings = list(outcome.warnings)
        if len(outcome.entries) > client.settings.max_entries_per_feed:
            skipped = len(outcome.entries) - client.settings.max_entries_per_feed
            warnings.append(f"{skipped} entries over the limit skipped")
        if warnings:
            summary.feed_warnings[name] = warnings
    order = {feed.name: index for index, feed in enumerate(feeds)}
    fetched.sort(key=lambda outcome: order[outcome.feed.name])
    return fetched


def _new_entries(engine: Engine, entries: Iterable[FeedEntry]) -> list[FeedEntry]:
    """First occurrence of each URL across feeds, minus those already stored."""
    unique: dict[str, FeedEntry] = {}
    for entry in entries:
        unique.setdefault(entry.url, entry)
    stored = warehouse.stored_hashes(engine, unique)
    return [entry for url, entry in unique.items() if url not in stored]


@contextlib.contextmanager
def _warehouse_errors() -> Iterator[None]:
    """A database failure mid-run (connection lost, file locked) as one line. Each batch is
    loaded in one transaction and the feeds' validators are saved last, so a run again picks up
    where this one stopped."""
    try:
        yield
    except sa.exc.DBAPIError as exc:
        reason = " ".join(str(exc.orig or exc).split())[:300]
        raise WarehouseError(
            f"warehouse failed during the run: {reason}; the batches loaded before are kept, "
            "run again to complete"
        ) from exc


def _result(future: Future[ClassifiedArticle], report: Progress) -> ClassifiedArticle:
    result = future.result()
    report("articles", 1)
    return result


def _batches(items: Sequence[FeedEntry], size: int) -> Iterator[Sequence[FeedEntry]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _process_pool(workers: int) -> ProcessPoolExecutor:
    # forkserver: forking a process that already runs fetch threads can deadlock the child,
    # and extraction in threads crashed natively (lxml) in trials; processes are safe.
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("forkserver"))
