"""
# News monitor

Once a day (by default) this DAG reads the foreign-affairs feeds, fetches the new articles,
finds mentions of **Venezuela**, **Ukraine** and **Haiti** and the statements quoted about them,
loads them into the warehouse and delivers the alerts.

- `read_feed_list`: reads the feed list (`MONITOR_FEEDS`), prunes staged runs loaded over
  7 days ago.
- `feed.fetch_feed`, one instance **per feed**: conditional GET, entries staged. A feed
  declared dead (gone for `MONITOR_DEAD_FEED_AFTER` runs) is skipped.
- `feed.fetch_articles`, per feed: only entries that are new (not in the warehouse, not taken
  by another feed of the run); pages fetched, bodies extracted.
- `feed.classify`, per feed: topics, mentions and quoted statements.
- `load_warehouse`: the only task that writes the warehouse. Loads everything staged for the
  run, then the feeds' states; runs even when some feeds failed. Its log and return value
  hold the run summary.
- `deliver_alerts`: sends the pending alerts of the outbox.

A broken feed fails only its own `feed.*` task instances (red in the grid, named in the load
task's summary); the other feeds are loaded. The run still succeeds when the load does.

**Hand-over.** Tasks pass only names, counts and paths through XCom. Entries, articles and
classifications are staged as JSON files under `MONITOR_STAGING` (a folder or any fsspec URL,
e.g. `s3://bucket/staging`), one folder per run.

**Configuration** comes from the environment of the workers (`MONITOR_*`, see
`monitor/settings.py`). The schedule is read when the file is parsed, from `MONITOR_SCHEDULE`
or `AIRFLOW_VAR_NEWS_MONITOR_SCHEDULE` (the environment form of the Variable
`news_monitor_schedule`); a Variable stored in the metadata database is deliberately not read
at parse time, as that would cost a database round trip on every parse.

**Backfills and re-runs.** Every run stages into its own folder, and the load is an idempotent
upsert, so re-running or backfilling a run is safe; the feeds only serve their current entries,
so a backfilled run collects what the feeds offer when it runs.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta, timezone
from typing import Any

from airflow.sdk import (
    Asset,
    CronDataIntervalTimetable,
    TriggerRule,
    dag,
    get_current_context,
    task,
    task_group,
)
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

from monitor.assets import (
    DAG_ID,
    DEFAULT_SCHEDULE,
    SCHEDULE_ENV_NAMES,
    WAREHOUSE_ASSET_GROUP,
    WAREHOUSE_ASSETS,
)

LOGGER = logging.getLogger(__name__)

ARTICLES, MENTIONS, STATEMENTS, FEED_STATE = (
    Asset(name=name, uri=uri, group=WAREHOUSE_ASSET_GROUP) for name, uri in WAREHOUSE_ASSETS.items()
)
WAREHOUSE = [ARTICLES, MENTIONS, STATEMENTS, FEED_STATE]


def _schedule() -> str:
    for name in SCHEDULE_ENV_NAMES:
        if os.environ.get(name, "").strip():
            return os.environ[name].strip()
    return DEFAULT_SCHEDULE


def _settings() -> Any:
    from monitor.settings import load_settings

    return load_settings()


def _notify_failure(context: Any) -> None:
    # Imported on failure only: monitor.alerts pulls in SQLAlchemy and Apprise.
    from monitor.alerts import on_failure_callback

    on_failure_callback(context)


@dag(
    dag_id=DAG_ID,
    dag_display_name="News monitor",
    description="Daily: feeds → articles → topics and statements → warehouse → alerts",
    doc_md=__doc__,
    # Data intervals, not trigger instants: each run covers the window since the previous one.
    schedule=CronDataIntervalTimetable(_schedule(), timezone="UTC"),
    start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),  # noqa: UP017 - stdlib only, readable
    catchup=False,
    max_active_runs=1,
    dagrun_timeout=timedelta(hours=4),
    tags=["news-monitor", "feeds", "warehouse"],
    default_args={
        "owner": "news-monitor",
        "retries": 2,
        "retry_delay": timedelta(minutes=2),
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": timedelta(minutes=30),
        "execution_timeout": timedelta(minutes=30),
        "on_failure_callback": _notify_failure,
    },
)
def news_monitor() -> None:
    @task(execution_timeout=timedelta(minutes=5))
    def read_feed_list() -> list[dict[str, Any]]:
        from monitor.staged import list_feeds

        return list_feeds(_settings())

    @task(map_index_template="{{ feed_name }}", execution_timeout=timedelta(minutes=15))
    def fetch_feed(feed: dict[str, Any]) -> dict[str, Any]:
        from monitor.staged import FeedFailedError, stage_feed

        context = get_current_context()
        context["feed_name"] = feed["name"]
        try:
            staged = stage_feed(_settings(), feed, context["run_id"])
        except FeedFailedError as exc:
            # No task retry: the HTTP client has already retried transient errors, and the
            # failed state is staged for the load. The next scheduled run tries again.
            raise AirflowFailException(str(exc)) from exc
        if staged["status"] == "dead":
            raise AirflowSkipException(f"feed {feed['name']} is dead: `monitor reset-feed` it")
        return staged

    @task(map_index_template="{{ feed_name }}", execution_timeout=timedelta(minutes=45))
    def fetch_articles(staged_feed: dict[str, Any]) -> dict[str, Any]:
        from monitor.staged import stage_articles

        get_current_context()["feed_name"] = staged_feed["feed"]
        return stage_articles(_settings(), staged_feed)

    @task(map_index_template="{{ feed_name }}", execution_timeout=timedelta(minutes=30))
    def classify(staged_articles: dict[str, Any]) -> dict[str, Any]:
        from monitor.staged import stage_classification

        get_current_context()["feed_name"] = staged_articles["feed"]
        return stage_classification(_settings(), staged_articles)

    @task_group(group_id="feed")
    def per_feed(feed: dict[str, Any]) -> Any:
        return classify(fetch_articles(fetch_feed(feed)))

    # all_done: the feeds that succeeded are loaded even when others failed.
    @task(trigger_rule=TriggerRule.ALL_DONE, outlets=WAREHOUSE)
    def load_warehouse(feeds: list[dict[str, Any]]) -> dict[str, Any]:
        from monitor.staged import load_staged

        context = get_current_context()
        summary = load_staged(_settings(), context["run_id"], [feed["name"] for feed in feeds])
        interval = (context.get("data_interval_start"), context.get("data_interval_end"))
        summary["data_interval"] = [str(when) if when else None for when in interval]
        counts = {
            key: summary[key]
            for key in ("new_articles", "updated_articles", "mentions", "statements")
        }
        for asset in WAREHOUSE:
            context["outlet_events"][asset].extra = counts
        return summary

    @task(execution_timeout=timedelta(minutes=20))
    def deliver_alerts() -> dict[str, Any]:
        import dataclasses

        from monitor.alerts import deliver_pending, summary_lines

        report = deliver_pending(_settings())
        for line in summary_lines(report):
            LOGGER.info("%s", line)
        return dataclasses.asdict(report)

    feeds = read_feed_list()
    staged = per_feed.expand(feed=feeds)
    loaded = load_warehouse(feeds)
    staged >> loaded >> deliver_alerts()


news_monitor_dag = news_monitor()
