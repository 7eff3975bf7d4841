from __future__ import annotations

import dataclasses
import threading
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from monitor import warehouse
from monitor.records import Article, BodySource, FeedState
from monitor.warehouse import ClassifiedArticle, WarehouseError

NOW = datetime(2025, 6, 10, 12, 0, tzinfo=UTC)


def make_article(n: int, body: str = "Body text.") -> Article:
    url = f"https://example.org/news/{n}"
    return Article(
        id=f"id{n}",
        url=url,
        feed="feed-a",
        title=f"Title {n}",
        author=None,
        published_at=NOW,
        published_at_estimated=False,
        fetched_at=NOW,
        language="en",
        body=body,
        body_source=BodySource.PAGE,
        summary="",
        page_error=None,
        content_hash=f"hash-{n}-{body}",
    )


def count(engine: sa.Engine, table: sa.Table) -> int:
    with engine.connect() as connection:
        return int(connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def test_migrate_is_repeatable(warehouse_url: str) -> None:
    engine = warehouse.connect(warehouse_url)
    first = warehouse.migrate(engine)
    assert warehouse.migrate(engine) == first == len(warehouse.MIGRATIONS)
    with engine.connect() as connection:
        versions = connection.execute(sa.select(warehouse.schema_version.c.version)).scalars()
        assert sorted(versions) == list(range(1, first + 1))


def test_load_is_idempotent_and_updates_changes(warehouse_url: str) -> None:
    engine = warehouse.connect(warehouse_url)
    warehouse.migrate(engine)
    items = [ClassifiedArticle(make_article(n), None) for n in range(3)]
    stats = warehouse.load_articles(engine, items)
    assert (stats.new_articles, stats.updated_articles) == (3, 0)
    again = warehouse.load_articles(engine, items)
    assert (again.new_articles, again.updated_articles, again.unchanged_articles) == (0, 0, 3)
    changed = make_article(1, body="Corrected body.")
    stats = warehouse.load_articles(engine, [ClassifiedArticle(changed, None)])
    assert (stats.new_articles, stats.updated_articles) == (0, 1)
    assert count(engine, warehouse.articles) == 3
    with engine.connect() as connection:
        body = connection.execute(
            sa.select(warehouse.articles.c.body).where(warehouse.articles.c.id == "id1")
        ).scalar_one()
    assert body == "Corrected body."


def test_feed_states_round_trip(warehouse_url: str) -> None:
    engine = warehouse.connect(warehouse_url)
    warehouse.migrate(engine)
    state = FeedState(
        feed="a",
        url="https://example.org/a",
        etag='"x"',
        consecutive_failures=2,
        last_checked_at=NOW,
    )
    warehouse.save_feed_states(engine, [state])
    warehouse.save_feed_states(engine, [dataclasses.replace(state, etag='"y"')])
    assert warehouse.read_feed_states(engine) == {"a": dataclasses.replace(state, etag='"y"')}


def test_existing_data_survives_a_schema_upgrade(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"duckdb:///{tmp_path}/w.duckdb"
    engine = warehouse.connect(url)
    warehouse.migrate(engine)
    warehouse.load_articles(engine, [ClassifiedArticle(make_article(1), None)])

    def add_column(connection: sa.Connection) -> None:
        connection.execute(sa.text("ALTER TABLE articles ADD COLUMN extra TEXT"))

    monkeypatch.setattr(warehouse, "MIGRATIONS", [*warehouse.MIGRATIONS, add_column])
    assert warehouse.migrate(engine) == len(warehouse.MIGRATIONS)
    assert count(engine, warehouse.articles) == 1


@pytest.mark.parametrize("url", ["sqlite:///x.db", "mysql://h/db", "warehouse.duckdb"])
def test_unknown_warehouse_url_is_a_clear_error(url: str) -> None:
    with pytest.raises(WarehouseError, match="unsupported warehouse URL"):
        warehouse.connect(url)


def test_statement_key_ignores_case_accents_and_punctuation() -> None:
    a = warehouse.statement_key("“We will keep working for Venezuela,”", "José Manuel Albares")
    b = warehouse.statement_key("we will keep working for venezuela", "jose manuel albares")
    c = warehouse.statement_key("we will keep working for venezuela", "Antony Blinken")
    assert a == b != c


def test_loads_of_two_runs_take_turns_on_postgresql(postgres_url: str) -> None:
    """Two runs loading the same new article at once: PostgreSQL's ON CONFLICT settles only the
    primary key, so the second insert could break the unique URL; a load waits for the other."""
    engine = warehouse.connect(postgres_url)
    warehouse.migrate(engine)
    done = threading.Event()

    def load() -> None:
        warehouse.load_articles(engine, [ClassifiedArticle(make_article(1), None)])
        done.set()

    with engine.begin() as other_run:
        other_run.execute(sa.select(sa.func.pg_advisory_xact_lock(warehouse.LOAD_LOCK_ID)))
        loader = threading.Thread(target=load)
        loader.start()
        assert not done.wait(1.0)  # it waits for the other run's load to commit
    loader.join(timeout=10)
    assert done.is_set()
    assert count(engine, warehouse.articles) == 1
