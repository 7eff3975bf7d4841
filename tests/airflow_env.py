"""Point Airflow at a throw-away home before it is first imported; import this module first."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DAGS = REPO / "dags"
PLUGINS = REPO / "plugins"

if "airflow" in sys.modules and not os.environ.get("NEWS_MONITOR_TEST_AIRFLOW_HOME"):
    raise RuntimeError("airflow was imported before tests.airflow_env configured it")

if not os.environ.get("NEWS_MONITOR_TEST_AIRFLOW_HOME"):
    HOME = Path(tempfile.mkdtemp(prefix="airflow-test-home-"))
    atexit.register(shutil.rmtree, HOME, ignore_errors=True)
    # Airflow reads its configuration once, at import: these must be set before that, and
    # they only affect Airflow (no other test module imports it).
    os.environ.update(
        {
            "NEWS_MONITOR_TEST_AIRFLOW_HOME": str(HOME),
            "AIRFLOW_HOME": str(HOME),
            "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(PLUGINS),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{HOME}/airflow.db",
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW__LOGGING__BASE_LOG_FOLDER": str(HOME / "logs"),
            # Signs the tokens the tests mint and the app validates (one process, one secret).
            "AIRFLOW__API_AUTH__JWT_SECRET": "news-monitor-tests-only-" + "0123456789abcdef" * 4,
        }
    )
HOME = Path(os.environ["NEWS_MONITOR_TEST_AIRFLOW_HOME"])

_DB_READY = False


def init_db() -> None:
    """Create Airflow's metadata tables once per test session (what `airflow db migrate` does)."""
    global _DB_READY
    if _DB_READY:
        return
    from airflow.utils import db

    db.initdb()
    _DB_READY = True
