#!/usr/bin/env bash
# Run the news monitor under a local `airflow standalone`: `make run` (real feeds) and
# `make demo` (--demo: the bundled offline demo web). Ctrl-C stops everything; state and data
# are kept in airflow_home/ and data/ for the next start.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
VENV="$REPO/.venv"
DEMO=0
[[ "${1:-}" == "--demo" ]] && DEMO=1

export PATH="$VENV/bin:$PATH" # standalone starts `airflow …` subprocesses: it hangs without it
export AIRFLOW_HOME="$REPO/airflow_home"
export AIRFLOW__CORE__DAGS_FOLDER="$REPO/dags"
export AIRFLOW__CORE__PLUGINS_FOLDER="$REPO/plugins"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__PARALLELISM="${AIRFLOW__CORE__PARALLELISM:-4}" # a laptop, not a cluster
export AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG="${AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG:-4}"
export AIRFLOW__API__PORT="${AIRFLOW_PORT:-8080}"
URL="http://127.0.0.1:$AIRFLOW__API__PORT"
# Task processes report to the API server's execution API: follow its port.
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL="$URL/execution/"
mkdir -p "$AIRFLOW_HOME/logs" "$REPO/data"

if ((DEMO)); then
  DEMO_PORT="${DEMO_PORT:-8765}"
  export MONITOR_WAREHOUSE_URL="${MONITOR_WAREHOUSE_URL:-duckdb:///$REPO/data/demo.duckdb}"
  export MONITOR_STAGING="${MONITOR_STAGING:-$REPO/data/demo-staging}"
  export MONITOR_FEEDS="$AIRFLOW_HOME/demo-feeds.yaml"
  export MONITOR_ALLOW_PRIVATE_NETWORKS=1 # the demo web is on loopback
  export MONITOR_PER_HOST_DELAY="${MONITOR_PER_HOST_DELAY:-0.05}"
  "$VENV/bin/python" -c "import sys; from monitor.demoweb import demo_feeds_yaml; \
sys.stdout.write(demo_feeds_yaml('http://127.0.0.1:$DEMO_PORT'))" >"$MONITOR_FEEDS"
  "$VENV/bin/monitor" demo-web --port "$DEMO_PORT" >"$AIRFLOW_HOME/logs/demo-web.log" 2>&1 &
  DEMO_PID=$!
else
  # Absolute: tasks run with other working directories than this one.
  export MONITOR_WAREHOUSE_URL="${MONITOR_WAREHOUSE_URL:-duckdb:///$REPO/data/warehouse.duckdb}"
  export MONITOR_STAGING="${MONITOR_STAGING:-$REPO/data/staging}"
fi

LOG="$AIRFLOW_HOME/logs/standalone.log"
STARTED=$(date +%s)
# Job control on for this one start: standalone gets its own process group, so a Ctrl-C in
# the terminal reaches it only through `stop` below, and, unlike a plain background job of a
# script, it does not ignore SIGINT, the signal on which it stops its components cleanly.
set -m
airflow standalone >>"$LOG" 2>&1 &
AIRFLOW_PID=$!
set +m

stop() {
  local status="$1" # 0 after Ctrl-C; the script's own status when it ends otherwise
  trap - INT TERM EXIT
  echo
  echo "stopping Airflow …"
  # SIGINT to standalone alone: it then sends SIGTERM to each component and waits for it.
  # (SIGINT to its whole group hits the components mid-shutdown; SIGTERM to standalone kills
  # it at once and leaves the components running.)
  kill -INT "$AIRFLOW_PID" 2>/dev/null || true
  wait_for_airflow 30 && return_after_stop "$status"
  # Measured on 3.3.2: a scheduler stopped while a run is active can hang in its executor's
  # shutdown; a second SIGTERM ends it, and standalone then finishes.
  echo "a component is still stopping: sending it SIGTERM again …"
  pkill -TERM -P "$AIRFLOW_PID" 2>/dev/null || true
  wait_for_airflow 30 && return_after_stop "$status"
  echo "Airflow did not stop: killing its processes" >&2
  kill -KILL -- "-$AIRFLOW_PID" 2>/dev/null || true
  return_after_stop "$status"
}

wait_for_airflow() {
  for _ in $(seq "$1"); do
    kill -0 "$AIRFLOW_PID" 2>/dev/null || return 0
    sleep 1
  done
  return 1
}

return_after_stop() {
  wait "$AIRFLOW_PID" 2>/dev/null || true
  if [[ -n "${DEMO_PID:-}" ]]; then
    kill "$DEMO_PID" 2>/dev/null || true
    wait "$DEMO_PID" 2>/dev/null || true
  fi
  echo "stopped; state kept in $AIRFLOW_HOME and $REPO/data"
  exit "$1"
}
trap 'stop 0' INT TERM
trap 'stop $?' EXIT

echo "starting airflow standalone (log: $LOG) …"
until curl -fsS "$URL/api/v2/monitor/health" >/dev/null 2>&1; do
  if ! kill -0 "$AIRFLOW_PID" 2>/dev/null; then
    echo "airflow standalone exited; the end of its log:" >&2
    tail -n 30 "$LOG" >&2
    exit 1
  fi
  sleep 1
done
echo "Airflow UI answered after $(($(date +%s) - STARTED)) s"

PASSWORDS="$AIRFLOW_HOME/simple_auth_manager_passwords.json.generated"
PASSWORD="$("$VENV/bin/python" -c "import json,sys; print(json.load(open(sys.argv[1]))['admin'])" "$PASSWORDS")"

# Unpause the DAG and start its first run through Airflow's REST API.
"$VENV/bin/python" - "$URL" "$PASSWORD" <<'PY'
"""Wait for the DAG to be parsed, unpause it, and make sure it has a run."""
import json
import sys
import time
import urllib.error
import urllib.request

url, password = sys.argv[1], sys.argv[2]


def call(method, path, body=None, token=None):
    request = urllib.request.Request(
        url + path,
        method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Content-Type": "application/json"}
        | ({"Authorization": f"Bearer {token}"} if token else {}),
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"{}")


token = call("POST", "/auth/token", {"username": "admin", "password": password})["access_token"]
deadline = time.monotonic() + 180
while True:
    try:
        dag = call("GET", "/api/v2/dags/news_monitor", token=token)
        break
    except urllib.error.HTTPError as error:
        if error.code != 404 or time.monotonic() > deadline:
            raise
        time.sleep(2)  # the dag-processor has not parsed dags/ yet
if dag["is_paused"]:
    call("PATCH", "/api/v2/dags/news_monitor", {"is_paused": False}, token=token)
    print("news_monitor unpaused")
# Unpausing schedules the latest complete interval by itself; trigger only if nothing came.
for _ in range(10):
    runs = call("GET", "/api/v2/dags/news_monitor/dagRuns?limit=1", token=token)
    if runs["total_entries"]:
        break
    time.sleep(1)
else:
    run = call("POST", "/api/v2/dags/news_monitor/dagRuns", {"logical_date": None}, token=token)
    runs = {"dag_runs": [run], "total_entries": 1}
latest = runs["dag_runs"][0]
print(f"run {latest['dag_run_id']}: {latest['state']}")
PY

cat <<EOF

  News monitor on Airflow: $URL/dags/news_monitor
  News monitor page:       $URL/plugin/news-monitor
  Log in as admin, password: $PASSWORD
  (generated by Airflow, kept in $PASSWORDS)

  Warehouse: $MONITOR_WAREHOUSE_URL
  Press Ctrl-C to stop; starting again keeps the state and the data.
EOF
if ((DEMO)); then
  echo "  Demo web: http://127.0.0.1:$DEMO_PORT/ (its feed list: $MONITOR_FEEDS)"
fi

wait "$AIRFLOW_PID"
