"""Names the Airflow front end declares: DAG id, schedule overrides, warehouse asset URIs."""

from __future__ import annotations

# The warehouse tables the load task writes. `x-` URIs are opaque to Airflow (no provider
# normalises them), so the same names hold whether the warehouse is DuckDB or PostgreSQL.
WAREHOUSE_ASSET_GROUP = "news_monitor_warehouse"
WAREHOUSE_ASSETS: dict[str, str] = {
    f"news_monitor.{table}": f"x-news-monitor://warehouse/{table}"
    for table in ("articles", "mentions", "statements", "feed_state")
}

DAG_ID = "news_monitor"
DEFAULT_SCHEDULE = "@daily"
# Parse-time schedule overrides, first one set wins. The second is the environment form of the
# Airflow Variable `news_monitor_schedule`: reading it from the environment needs no
# metadata database at import time, unlike Variable.get().
SCHEDULE_ENV_NAMES = ("MONITOR_SCHEDULE", "AIRFLOW_VAR_NEWS_MONITOR_SCHEDULE")
