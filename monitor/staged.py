"""The pipeline as separately runnable stages that hand over through staged files (fsspec)."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.machinery
import json
import logging
import multiprocessing
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from fsspec import AbstractFileSystem
from fsspec.core import url_to_fs
from sqlalchemy.engine import Engine

from monitor import pipeline, warehouse
from monitor.feeds import Feed, FeedEntry, load_feed_list
from monitor.fetch import HttpClient
from monitor.records import Article, BodySource, FeedState, FeedStatus
from monitor.settings import Settings
from monitor.warehouse import ClassifiedArticle

if TYPE_CHECKING:
    from monitor.classify import Classification

LOGGER = logging.getLogger(__name__)

STAGING_KEEP = timedelta(days=7)  # loaded runs older than this are pruned from the staging area
# Fewer items than this are processed inline: starting a pool and importing the extraction
# and classification code in its workers costs more than it saves on small feeds (measured:
# the demo web's 4 feeds, dag.test(), 18.9 s inline against 23.4 s with pools of 2).
PROCESS_POOL_MIN = 32
LOADED_MARKER = "loaded.json"

T = TypeVar("T")
R = TypeVar("R")


class FeedFailedError(RuntimeError):
    """A feed could not be fetched or parsed; its failed state is staged for the load."""


# ---------------------------------------------------------------- staging area


@dataclass(frozen=True)
class RunStaging:
    """The staging folder of one run: feeds/, claims/, articles/, classified/, loaded.json."""

    fs: AbstractFileSystem
    root: str

    def path(self, *parts: str) -> str:
        return "/".join([self.root.rstrip("/"), *parts])

    def exists(self, *parts: str) -> bool:
        return bool(self.fs.exists(self.path(*parts)))

    def write_json(self, parts: Sequence[str], data: Any) -> str:
        text = json.dumps(data, ensure_ascii=False, default=_json_default)
        return self._publish(self.path(*parts), [text])

    def read_json(self, *parts: str) -> Any:
        with self.fs.open(self.path(*parts), "r", encoding="utf-8") as stream:
            return json.load(stream)

    def write_lines(self, parts: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> str:
        lines = (json.dumps(row, ensure_ascii=False, default=_json_default) + "\n" for row in rows)
        return self._publish(self.path(*parts), lines)

    def _publish(self, path: str, chunks: Iterable[str]) -> str:
        """Write then rename: a file appears complete or not at all (object stores publish on
        close), so a task never reads another's half-written file, nor a crashed stage's."""
        partial = f"{path}.partial"
        self.fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
        with self.fs.open(partial, "w", encoding="utf-8") as stream:
            for chunk in chunks:
                stream.write(chunk)
        self.fs.mv(partial, path)
        return path

    def read_lines(self, *parts: str) -> Iterator[dict[str, Any]]:
        with self.fs.open(self.path(*parts), "r", encoding="utf-8") as stream:
            for line in stream:
                if line.strip():
                    yield json.loads(line)

    def names(self, folder: str, suffix: str) -> list[str]:
        """Feed names staged in `folder` (files named <feed><suffix>)."""
        if not self.exists(folder):
            return []
        files = [str(p).rsplit("/", 1)[-1] for p in self.fs.ls(self.path(folder), detail=False)]
        return sorted(f[: -len(suffix)] for f in files if f.endswith(suffix))

    def remove(self, *parts: str) -> None:
        if self.exists(*parts):
            self.fs.rm(self.path(*parts))


def staging_for(settings: Settings, run_id: str) -> RunStaging:
    """The run's folder under `settings.staging_dir` (a local path or any fsspec URL)."""
    fs, root = url_to_fs(settings.staging_dir)
    return RunStaging(fs, f"{root.rstrip('/')}/{run_folder(run_id)}")


def run_folder(run_id: str) -> str:
    """A file-name-safe folder per run id; the hash keeps distinct ids distinct."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", run_id).strip("._")[:80]
    return f"{safe}-{hashlib.sha256(run_id.encode()).hexdigest()[:8]}"


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"cannot stage a {type(value).__name__}")


def _record(cls: type[T], data: Mapping[str, Any]) -> T:
    """Rebuild a staged dataclass record; datetimes travel as ISO strings."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        value = data.get(f.name)
        if value is not None and "datetime" in str(f.type):
            value = datetime.fromisoformat(value)
        elif value is not None and str(f.type) == "BodySource":
            value = BodySource(value)
        values[f.name] = value
    return cls(**values)


# ---------------------------------------------------------------- stage 0: the feed list


def list_feeds(settings: Settings) -> list[dict[str, Any]]:
    """The feed list as small mappings (one per mapped task); prunes old staged runs."""
    feeds = load_feed_list(settings.feeds_path)
    prune_staging(settings)
    return [dataclasses.asdict(feed) for feed in feeds]


def prune_staging(settings: Settings, keep: timedelta = STAGING_KEEP) -> list[str]:
    """Delete staged runs loaded more than `keep` ago; unloaded runs are kept for inspection."""
    fs, root = url_to_fs(settings.staging_dir)
    if not fs.exists(root):
        return []
    cutoff = datetime.now(UTC) - keep
    removed: list[str] = []
    for folder in fs.ls(root, detail=False):
        marker = f"{str(folder).rstrip('/')}/{LOADED_MARKER}"
        if not fs.exists(marker):
            continue
        with fs.open(marker, "r", encoding="utf-8") as stream:
            loaded_at = datetime.fromisoformat(json.load(stream)["loaded_at"])
        if loaded_at < cutoff:
            fs.rm(str(folder), recursive=True)
            removed.append(str(folder))
    if removed:
        LOGGER.info("pruned %d staged runs loaded before %s", len(removed), cutoff)
    return removed


# ---------------------------------------------------------------- stage 1: one feed


def stage_feed(settings: Settings, feed: Feed | Mapping[str, Any], run_id: str) -> dict[str, Any]:
    """Fetch one feed (conditional GET against its stored state) and stage its entries and new
    state. A failed feed stages its failed state, then raises FeedFailedError. A feed declared
    dead in an earlier run is not requested: status "dead", no entries."""
    feed = feed if isinstance(feed, Feed) else Feed(**feed)
    staging = staging_for(settings, run_id)
    # A re-run replaces this feed's results: later stages must not reuse the old ones.
    for folder, suffix in (("claims", ".json"), ("articles", ".jsonl"), ("classified", ".jsonl")):
        staging.remove(folder, feed.name + suffix)
    previous = _read_states(settings).get(feed.name)
    client = HttpClient(settings)
    try:
        outcome = pipeline.fetch_feed(client, feed, previous)
    finally:
        client.close()
    entries = outcome.entries[: settings.max_entries_per_feed]
    warnings = list(outcome.warnings)
    if len(outcome.entries) > len(entries):
        warnings.append(f"{len(outcome.entries) - len(entries)} entries over the limit skipped")
    path = staging.write_json(
        ["feeds", f"{feed.name}.json"],
        {
            "feed": dataclasses.asdict(feed),
            "status": str(outcome.status),
            "error": outcome.error,
            "warnings": warnings,
            "state": dataclasses.asdict(outcome.state),
            "entries": [dataclasses.asdict(entry) for entry in entries],
        },
    )
    already_dead = previous is not None and previous.last_status == FeedStatus.DEAD
    if outcome.status is FeedStatus.FAILED or (
        outcome.status is FeedStatus.DEAD and not already_dead
    ):
        raise FeedFailedError(f"feed {feed.name} ({feed.url}) failed: {outcome.error}")
    LOGGER.info("feed %s: %s, %d entries staged", feed.name, outcome.status, len(entries))
    return {
        "feed": feed.name,
        "status": str(outcome.status),
        "entries": len(entries),
        "warnings": len(warnings),
        "path": path,
        "run_id": run_id,
    }


def _read_states(settings: Settings) -> dict[str, FeedState]:
    engine = _read_only(settings)
    if engine is None:
        return {}
    try:
        return warehouse.read_feed_states(engine)
    finally:
        engine.dispose()


def _read_only(settings: Settings) -> Engine | None:
    """A read-only warehouse engine (the load task is the only writer), or None before the
    first load created it."""
    from monitor.report import open_warehouse

    return open_warehouse(settings.warehouse_url)


# ---------------------------------------------------------------- stage 2: pages → articles


def stage_articles(settings: Settings, staged_feed: Mapping[str, Any]) -> dict[str, Any]:
    """Fetch and extract the feed's entries that are new: not in the warehouse and not claimed
    by another feed of this run. Pages download in threads, extraction runs in processes."""
    name, run_id = str(staged_feed["feed"]), str(staged_feed["run_id"])
    staging = staging_for(settings, run_id)
    staged = staging.read_json("feeds", f"{name}.json")
    feed = Feed(**staged["feed"])
    entries = [_record(FeedEntry, e) for e in staged["entries"]]
    urls = list(dict.fromkeys(entry.url for entry in entries))
    stored = _stored_urls(settings, urls)
    claimed = _claimed_by_others(staging, name)
    mine = [u for u in urls if u not in stored and u not in claimed]
    # Claiming is best effort: two feeds staging the same URL at the same moment both fetch
    # it, and the load keeps one copy. It only saves downloads.
    staging.write_json(["claims", f"{name}.json"], mine)
    claimed_here = set(mine)
    todo = [entry for entry in entries if entry.url in claimed_here]
    with ThreadPoolExecutor(settings.io_workers, thread_name_prefix="page") as threads:
        client = HttpClient(settings)
        try:
            jobs = list(
                threads.map(
                    lambda e: pipeline.fetch_page(client, e, feed, settings.topics_path), todo
                )
            )
        finally:
            client.close()
    articles = _map_cpu(pipeline.build_article, jobs, settings.extract_workers)
    path = staging.write_lines(["articles", f"{name}.jsonl"], map(dataclasses.asdict, articles))
    sources = Counter(str(article.body_source) for article in articles)
    LOGGER.info(
        "feed %s: %d articles staged (%d already stored, %d staged by another feed), bodies %s",
        name,
        len(articles),
        len(set(urls) & stored),
        len(set(urls) & claimed),
        dict(sources),
    )
    return {
        "feed": name,
        "run_id": run_id,
        "articles": len(articles),
        "already_stored": len(set(urls) & stored),
        "other_feeds": len(set(urls) & claimed),
        "body_sources": dict(sources),
        "path": path,
    }


def _stored_urls(settings: Settings, urls: Sequence[str]) -> set[str]:
    engine = _read_only(settings)
    if engine is None:
        return set()
    try:
        return set(warehouse.stored_hashes(engine, urls))
    finally:
        engine.dispose()


def _claimed_by_others(staging: RunStaging, name: str) -> set[str]:
    claimed: set[str] = set()
    for other in staging.names("claims", ".json"):
        if other != name:
            claimed.update(staging.read_json("claims", f"{other}.json"))
    return claimed


def _map_cpu(function: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    """Map CPU-bound work over worker processes (pipeline's pool), inline for a few items."""
    if workers <= 1 or len(items) < PROCESS_POOL_MIN:
        return [function(item) for item in items]
    if multiprocessing.current_process().daemon:
        # A Celery worker's task process counts as daemonic and may not start processes;
        # there the worker's own concurrency is what spreads the work over the cores.
        LOGGER.info("in a daemonic process: %d items processed inline", len(items))
        return [function(item) for item in items]
    with _main_not_rerun_in_workers(), pipeline._process_pool(workers) as processes:
        return list(processes.map(function, items, chunksize=4))


@contextlib.contextmanager
def _main_not_rerun_in_workers() -> Iterator[None]:
    """New worker processes re-run the parent's __main__ script unless it ran as a module.
    Under Airflow that script is the `airflow` launcher, whose imports initialise Airflow and
    crash a worker (no metadata database there); mark it as a module while workers start."""
    main = sys.modules["__main__"]
    if getattr(main, "__spec__", None) is not None:
        yield
        return
    main.__spec__ = importlib.machinery.ModuleSpec("__main__", None)
    try:
        yield
    finally:
        main.__spec__ = None


# ---------------------------------------------------------------- stage 3: classification


def stage_classification(settings: Settings, staged_articles: Mapping[str, Any]) -> dict[str, Any]:
    """Classify the feed's staged articles; the staged result marks the feed complete."""
    name, run_id = str(staged_articles["feed"]), str(staged_articles["run_id"])
    staging = staging_for(settings, run_id)
    articles = [_record(Article, row) for row in staging.read_lines("articles", f"{name}.jsonl")]
    classify = _Classifier(settings)
    results = _map_cpu(classify, articles, settings.extract_workers)
    path = staging.write_lines(["classified", f"{name}.jsonl"], map(classified_to_json, results))
    matched = sum(1 for r in results if r.classification and r.classification.topics)
    LOGGER.info("feed %s: %d articles classified, %d on a topic", name, len(results), matched)
    return {
        "feed": name,
        "run_id": run_id,
        "articles": len(results),
        "on_topic": matched,
        "statements": sum(len(r.classification.statements) for r in results if r.classification),
        "path": path,
    }


@dataclass(frozen=True)
class _Classifier:
    """Picklable callable for worker processes (a lambda is not)."""

    settings: Settings

    def __call__(self, article: Article) -> ClassifiedArticle:
        return pipeline.classify_article(article, self.settings.topics_path)


def classified_to_json(item: ClassifiedArticle) -> dict[str, Any]:
    result = item.classification
    return {
        "article": dataclasses.asdict(item.article),
        "classification": None if result is None else _classification_to_json(result),
    }


def classified_from_json(data: Mapping[str, Any]) -> ClassifiedArticle:
    raw = data.get("classification")
    return ClassifiedArticle(
        _record(Article, data["article"]),
        None if raw is None else _classification_from_json(raw),
    )


def _classification_to_json(result: Classification) -> dict[str, Any]:
    data: dict[str, Any] = dataclasses.asdict(result)
    return data


def _classification_from_json(data: Mapping[str, Any]) -> Classification:
    from monitor.classify import Classification, Statement, TopicMention

    return Classification(
        language=data.get("language"),
        topics={
            key: TopicMention(**{**value, "snippets": tuple(value["snippets"])})
            for key, value in data["topics"].items()
        },
        statements=tuple(
            Statement(**{**value, "topics": tuple(value["topics"])}) for value in data["statements"]
        ),
    )


# ---------------------------------------------------------------- stage 4: the load


def load_staged(
    settings: Settings, run_id: str, expected_feeds: Sequence[str] | None = None
) -> dict[str, Any]:
    """Load everything the run staged, then the feeds' states; idempotent.

    The only stage that writes the warehouse. A feed's new state (its validators) is saved
    only when its articles were classified and loaded: a feed whose later stage failed keeps
    its old validators, so the next run fetches it in full and loses nothing."""
    started = time.monotonic()
    staging = staging_for(settings, run_id)
    staged_names = staging.names("feeds", ".json")
    order = list(expected_feeds or staged_names)
    order += [n for n in staged_names if n not in order]
    engine = warehouse.connect(settings.warehouse_url)
    summary = pipeline.RunSummary()
    try:
        warehouse.migrate(engine)
        previous = warehouse.read_feed_states(engine)
        states: list[FeedState] = []
        items: dict[str, ClassifiedArticle] = {}
        for name in order:
            state = _feed_outcome(staging, name, previous.get(name), summary)
            if state is None:
                continue
            states.append(state)
            if name in summary.feeds_ok and staging.exists("classified", f"{name}.jsonl"):
                for row in staging.read_lines("classified", f"{name}.jsonl"):
                    item = classified_from_json(row)
                    # A URL staged by two feeds is loaded once (an upsert may not touch the
                    # same row twice in one statement).
                    items.setdefault(item.article.url, item)
        loaded = list(items.values())
        summary.body_sources.update(str(i.article.body_source) for i in loaded)
        channels = _alert_channels(settings)
        for start in range(0, len(loaded), pipeline.BATCH_SIZE):
            batch = loaded[start : start + pipeline.BATCH_SIZE]
            summary.add_load(warehouse.load_articles(engine, batch, alert_channels=channels))
        # After the articles: see the docstring.
        warehouse.save_feed_states(engine, states)
    finally:
        engine.dispose()
    summary.seconds = round(time.monotonic() - started, 3)
    result = {"run_id": run_id, "staging": staging.root, **summary.as_dict()}
    staging.write_json([LOADED_MARKER], {**result, "loaded_at": datetime.now(UTC)})
    LOGGER.info("run %s\n%s", run_id, "\n".join(summary.report_lines()))
    return result


def _feed_outcome(
    staging: RunStaging, name: str, previous: FeedState | None, summary: pipeline.RunSummary
) -> FeedState | None:
    """The state to save for one feed, and its line in the summary."""
    now = datetime.now(UTC)
    if not staging.exists("feeds", f"{name}.json"):
        # The feed task died before staging anything (timeout, crash): count it as failed.
        error = "the feed task staged no result (timed out or crashed)"
        summary.feeds_failed[name] = error
        if previous is None:
            return None
        return dataclasses.replace(
            previous,
            last_status=FeedStatus.FAILED,
            last_error=error,
            consecutive_failures=previous.consecutive_failures + 1,
            last_checked_at=now,
        )
    staged = staging.read_json("feeds", f"{name}.json")
    state = _record(FeedState, staged["state"])
    status = FeedStatus(staged["status"])
    if staged["warnings"]:
        summary.feed_warnings[name] = list(staged["warnings"])
    summary.entries_seen += len(staged["entries"])
    if status is FeedStatus.FAILED:
        summary.feeds_failed[name] = staged["error"] or "unknown error"
        return state
    if status is FeedStatus.DEAD:  # not fetched: see pipeline.fetch_feed
        summary.feeds_dead[name] = staged["error"] or "gone"
        return state
    if not staging.exists("classified", f"{name}.jsonl"):
        error = "fetched, but its articles were not staged (a later task failed)"
        summary.feeds_failed[name] = error
        # Keep the old validators (or none): the next run must fetch the feed in full.
        kept = previous or FeedState(feed=name, url=state.url)
        return dataclasses.replace(
            kept, last_status=FeedStatus.FAILED, last_error=error, last_checked_at=now
        )
    if status is FeedStatus.NOT_MODIFIED:
        summary.feeds_not_modified.append(name)
    else:
        summary.feeds_ok.append(name)
    return state


def _alert_channels(settings: Settings) -> Sequence[Any]:
    """Channels whose outbox rows are queued with the articles (none configured: none)."""
    from monitor.alerts import load_channels

    return load_channels(settings)
