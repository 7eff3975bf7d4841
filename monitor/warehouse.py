"""The warehouse: versioned schema and idempotent upserts into DuckDB (default) or PostgreSQL."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.engine import Connection, Engine

from monitor.fetch import CachedRobots
from monitor.records import Article, BodySource, FeedState

if TYPE_CHECKING:
    from monitor.alerts import Channel
    from monitor.classify import Classification

LOGGER = logging.getLogger(__name__)

SUPPORTED_SCHEMES = ("duckdb", "postgresql")
MIGRATION_LOCK_ID = 0x6E6577736D6F6E  # PostgreSQL advisory lock held while migrating
LOAD_LOCK_ID = MIGRATION_LOCK_ID + 1  # … and while loading a batch of articles
TZ = sa.DateTime(timezone=True)

metadata = sa.MetaData()

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),  # hash of the canonical URL
    sa.Column("url", sa.Text, nullable=False, unique=True),
    sa.Column("feed", sa.Text, nullable=False),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("author", sa.Text),
    sa.Column("published_at", TZ, nullable=False),
    sa.Column("published_at_estimated", sa.Boolean, nullable=False),
    sa.Column("fetched_at", TZ, nullable=False),
    sa.Column("language", sa.Text),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("body_source", sa.Text, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("page_error", sa.Text),
    sa.Column("content_hash", sa.Text, nullable=False),
)

feed_state = sa.Table(
    "feed_state",
    metadata,
    sa.Column("feed", sa.Text, primary_key=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_status", sa.Text),
    sa.Column("last_error", sa.Text),
    sa.Column("consecutive_failures", sa.Integer, nullable=False),
    sa.Column("last_success_at", TZ),
    sa.Column("last_checked_at", TZ),
)

mentions = sa.Table(
    "mentions",
    metadata,
    sa.Column("article_id", sa.Text, primary_key=True),
    sa.Column("topic", sa.Text, primary_key=True),
    sa.Column("mentions", sa.Integer, nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("is_primary", sa.Boolean, nullable=False),
    sa.Column("snippet", sa.Text, nullable=False),
)

statements = sa.Table(
    "statements",
    metadata,
    sa.Column("article_id", sa.Text, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True, autoincrement=False),
    # Identity of the quotation itself (normalised text + speaker), the same in every article
    # that carries it: alerts are keyed by it, so a re-published statement is not alerted twice.
    sa.Column("statement_key", sa.Text, nullable=False),
    sa.Column("speaker", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("topics", sa.Text, nullable=False),  # comma-separated topic slugs
)


def _create_v1(connection: Connection) -> None:
    metadata.create_all(
        connection, tables=[articles, feed_state, mentions, statements], checkfirst=True
    )


# The alerts outbox (monitor.alerts): one row per (alerted item, channel), inserted in the
# transaction that stores the statement, never reset once there. Status: pending → sending →
# sent | suppressed (summarised by an "and N more" line); failed after too many attempts.
alerts = sa.Table(
    "alerts",
    metadata,
    # statement_key of the quotation, or "article:<article id>" for a primary-topic article
    sa.Column("item_key", sa.Text, primary_key=True),
    sa.Column("channel", sa.Text, primary_key=True),
    sa.Column("kind", sa.Text, nullable=False),  # statement | article
    sa.Column("article_id", sa.Text, nullable=False),  # the article it was first found in
    sa.Column("topics", sa.Text, nullable=False),  # comma-separated, those the channel watches
    sa.Column("speaker", sa.Text),
    sa.Column("quote", sa.Text),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("feed", sa.Text, nullable=False),
    sa.Column("language", sa.Text),
    sa.Column("published_at", TZ, nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("last_error", sa.Text),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("next_attempt_at", TZ, nullable=False),
    sa.Column("sent_at", TZ),
)


def _create_v2(connection: Connection) -> None:
    alerts.create(connection, checkfirst=True)


# robots.txt of each origin, kept for a day between runs (monitor.fetch.CachedRobots).
robots_txt = sa.Table(
    "robots_txt",
    metadata,
    sa.Column("origin", sa.Text, primary_key=True),
    sa.Column("body", sa.Text),  # NULL: the origin has no robots.txt
    sa.Column("fetched_at", TZ, nullable=False),
)


def _create_v3(connection: Connection) -> None:
    robots_txt.create(connection, checkfirst=True)


# Append-only: each entry upgrades the schema by one version. Never edit a released entry.
MIGRATIONS: list[Callable[[Connection], None]] = [_create_v1, _create_v2, _create_v3]


class WarehouseError(RuntimeError):
    """The warehouse cannot be used; the message is one line naming the cause."""


@dataclass(frozen=True)
class LoadStats:
    new_articles: int = 0
    updated_articles: int = 0
    unchanged_articles: int = 0
    mentions: int = 0
    statements: int = 0
    alerts_queued: int = 0


@dataclass(frozen=True)
class ClassifiedArticle:
    article: Article
    classification: Classification | None


def check_url(url: str) -> str:
    scheme = url.split(":", 1)[0].split("+", 1)[0]
    if scheme not in SUPPORTED_SCHEMES or "://" not in url:
        raise WarehouseError(
            f"unsupported warehouse URL {url!r}: use duckdb:///PATH or postgresql://HOST/DB"
        )
    return url


def connect(url: str, *, read_only: bool = False) -> Engine:
    """An engine for the warehouse URL; a DuckDB file and its folder are created on first use."""
    check_url(url)
    connect_args: dict[str, Any] = {}
    if url.startswith("duckdb"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        if read_only:
            connect_args["read_only"] = True
    return sa.create_engine(url, connect_args=connect_args, poolclass=sa.pool.NullPool)


def migrate(engine: Engine) -> int:
    """Bring the schema to the latest version; returns that version. Safe to call every run."""
    try:
        with engine.begin() as connection:
            _take_turns(connection, MIGRATION_LOCK_ID)  # two first runs would both create tables
            schema_version.create(connection, checkfirst=True)
            current = connection.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
            for version in range((current or 0) + 1, len(MIGRATIONS) + 1):
                LOGGER.info("migrating warehouse schema to version %d", version)
                MIGRATIONS[version - 1](connection)
                connection.execute(schema_version.insert().values(version=version))
    except sa.exc.OperationalError as exc:
        raise WarehouseError(f"cannot open the warehouse: {_short(exc)}") from exc
    return len(MIGRATIONS)


def _take_turns(connection: Connection, lock_id: int) -> None:
    """On PostgreSQL, wait until no other transaction holds `lock_id`, and hold it until this
    one ends (a DuckDB file has one writer at a time anyway)."""
    if connection.dialect.name == "postgresql":
        connection.execute(sa.select(sa.func.pg_advisory_xact_lock(lock_id)))


def upsert(connection: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT … ON CONFLICT (primary key) DO UPDATE: DuckDB and PostgreSQL share the syntax."""
    if not rows:
        return
    key = [c.name for c in table.primary_key.columns]
    statement = pg_insert(table).values(list(rows))
    updates = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in key}
    connection.execute(statement.on_conflict_do_update(index_elements=key, set_=updates))


def read_feed_states(engine: Engine) -> dict[str, FeedState]:
    with engine.connect() as connection:
        rows = connection.execute(sa.select(feed_state)).mappings().all()
    return {row["feed"]: FeedState(**row) for row in rows}


def save_feed_states(engine: Engine, states: Iterable[FeedState]) -> None:
    rows = [vars(state) for state in states]
    with engine.begin() as connection:
        upsert(connection, feed_state, rows)


def reset_feed_states(engine: Engine, names: Sequence[str]) -> list[str]:
    """Forget the failures of these feeds (a dead feed is fetched again next run); returns the
    names that had a state."""
    with engine.begin() as connection:
        found = connection.execute(
            sa.select(feed_state.c.feed).where(feed_state.c.feed.in_(list(names)))
        ).scalars()
        reset = sorted(found)
        connection.execute(
            feed_state.update()
            .where(feed_state.c.feed.in_(reset))
            .values(last_status=None, last_error=None, consecutive_failures=0)
        )
    return reset


def read_robots(engine: Engine) -> dict[str, CachedRobots]:
    with engine.connect() as connection:
        rows = connection.execute(sa.select(robots_txt)).all()
    return {row.origin: CachedRobots(row.body, row.fetched_at) for row in rows}


def save_robots(engine: Engine, cache: dict[str, CachedRobots]) -> None:
    rows = [{"origin": o, "body": c.text, "fetched_at": c.fetched_at} for o, c in cache.items()]
    with engine.begin() as connection:
        upsert(connection, robots_txt, rows)


def stored_hashes(engine: Engine, urls: Iterable[str]) -> dict[str, str]:
    """Content hash of each URL already stored, to skip or update known articles."""
    urls = list(urls)
    found: dict[str, str] = {}
    with engine.connect() as connection:
        for start in range(0, len(urls), 500):
            query = sa.select(articles.c.url, articles.c.content_hash).where(
                articles.c.url.in_(urls[start : start + 500])
            )
            found.update({row.url: row.content_hash for row in connection.execute(query)})
    return found


def load_articles(
    engine: Engine,
    items: Sequence[ClassifiedArticle],
    *,
    alert_channels: Sequence[Channel] = (),
) -> LoadStats:
    """Upsert articles with their mentions and statements in one transaction.

    Merge, not append: the natural keys (article URL; article + topic; article + position)
    make a retried or repeated load a no-op, and a changed article replaces its old results.
    The alerts outbox gets its rows for `alert_channels` in the same transaction, insert-if-
    absent: a statement already queued or sent for a channel is never queued again."""
    known = stored_hashes(engine, [item.article.url for item in items])
    new = sum(1 for item in items if item.article.url not in known)
    changed = [i for i in items if known.get(i.article.url) != i.article.content_hash]
    mention_rows, statement_rows = _classification_rows(changed)
    alert_rows: list[dict[str, Any]] = []
    if alert_channels:
        from monitor.alerts import outbox_rows

        alert_rows = outbox_rows(changed, alert_channels)
    with engine.begin() as connection:
        # Two runs loading the same new article at once: ON CONFLICT only settles the primary
        # key, and the other one's row would break the unique URL instead. They take turns.
        _take_turns(connection, LOAD_LOCK_ID)
        upsert(connection, articles, [_article_row(item.article) for item in changed])
        _replace_classifications(connection, changed, mention_rows, statement_rows)
        queued = insert_absent(connection, alerts, alert_rows)
    return LoadStats(
        new_articles=new,
        updated_articles=len(changed) - new,
        unchanged_articles=len(items) - len(changed),
        mentions=len(mention_rows),
        statements=len(statement_rows),
        alerts_queued=queued,
    )


def replace_classifications(engine: Engine, items: Sequence[ClassifiedArticle]) -> LoadStats:
    """Swap the mentions and statements of stored articles for new results (reclassification).

    No alert is queued: alerts are for statements in newly stored articles, and the lexicon
    changing does not make an old article new."""
    mention_rows, statement_rows = _classification_rows(items)
    with engine.begin() as connection:
        _replace_classifications(connection, items, mention_rows, statement_rows)
        updates = [{"article_id": i.article.id, "new_language": i.article.language} for i in items]
        if updates:
            connection.execute(
                articles.update()
                .where(articles.c.id == sa.bindparam("article_id"))
                .values(language=sa.bindparam("new_language")),
                updates,
            )
    return LoadStats(
        updated_articles=len(items), mentions=len(mention_rows), statements=len(statement_rows)
    )


def _replace_classifications(
    connection: Connection,
    items: Sequence[ClassifiedArticle],
    mention_rows: Sequence[dict[str, Any]],
    statement_rows: Sequence[dict[str, Any]],
) -> None:
    ids = [item.article.id for item in items if item.classification is not None]
    for table in (mentions, statements):
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            connection.execute(table.delete().where(table.c.article_id.in_(chunk)))
    upsert(connection, mentions, mention_rows)
    upsert(connection, statements, statement_rows)


def iter_articles(engine: Engine, batch_size: int = 500) -> Iterator[list[Article]]:
    """Every stored article, in batches ordered by id (keyset pagination: memory stays flat)."""
    last = ""
    while True:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.select(articles)
                .where(articles.c.id > last)
                .order_by(articles.c.id)
                .limit(batch_size)
            ).mappings()
            batch = [
                Article(**{**row, "body_source": BodySource(row["body_source"])}) for row in rows
            ]
        if not batch:
            return
        yield batch
        last = batch[-1].id


def insert_absent(connection: Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> int:
    """INSERT … ON CONFLICT (primary key) DO NOTHING: existing rows are never touched.
    Returns how many rows were new."""
    if not rows:
        return 0
    key = [c.name for c in table.primary_key.columns]
    inserted = 0
    for start in range(0, len(rows), 500):
        statement = pg_insert(table).values(list(rows[start : start + 500]))
        statement = statement.on_conflict_do_nothing(index_elements=key)
        result = connection.execute(statement.execution_options(preserve_rowcount=True))
        inserted += max(result.rowcount, 0)
    return inserted


def _article_row(article: Article) -> dict[str, Any]:
    row = vars(article).copy()
    row["body_source"] = str(article.body_source)
    return row


def _classification_rows(
    items: Sequence[ClassifiedArticle],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    mention_rows: list[dict[str, Any]] = []
    statement_rows: list[dict[str, Any]] = []
    for item in items:
        result = item.classification
        if result is None:
            continue
        for topic in result.topics.values():
            mention_rows.append(
                {
                    "article_id": item.article.id,
                    "topic": topic.topic,
                    "mentions": topic.mentions,
                    "score": topic.score,
                    "is_primary": topic.primary,
                    "snippet": " … ".join(topic.snippets)[:2000],
                }
            )
        for statement in result.statements:
            statement_rows.append(
                {
                    "article_id": item.article.id,
                    "position": statement.position,
                    "statement_key": statement_key(statement.text, statement.speaker),
                    "speaker": statement.speaker,
                    "text": statement.text,
                    "topics": ",".join(statement.topics),
                }
            )
    return mention_rows, statement_rows


def statement_key(text: str, speaker: str | None) -> str:
    """Stable identity of a quotation: case, accents, punctuation and spacing do not matter."""
    normalised = f"{_fold(text)}|{_fold(speaker or '')}"
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", letters))


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]
