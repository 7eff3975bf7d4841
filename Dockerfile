# The news monitor on the official Airflow image: the locked dependencies, then the project.
# Keep the tag equal to the apache-airflow pin in pyproject.toml (tests/test_compose.py checks).
FROM apache/airflow:3.3.2

ARG UV_VERSION=0.13.8

# The staging volume takes this folder's owner on first mount: writable by the airflow user
# and, for a custom AIRFLOW_UID, by group 0 as in the official image.
USER root
RUN mkdir -p /opt/airflow/staging && chown airflow:0 /opt/airflow/staging \
    && chmod 2775 /opt/airflow/staging
USER airflow

# Dependencies first, from uv.lock only (pinned and hashed), so code changes reuse this layer.
COPY --chown=airflow:0 pyproject.toml uv.lock README.md /opt/news-monitor/
RUN pip install --no-cache-dir "uv==${UV_VERSION}" \
    && uv export --project /opt/news-monitor --frozen --no-dev --no-emit-project \
        --format requirements-txt --output-file /tmp/requirements.txt \
    && pip install --no-cache-dir --require-hashes -r /tmp/requirements.txt \
    && rm /tmp/requirements.txt

# The project itself; its dependencies are all installed above.
COPY --chown=airflow:0 monitor /opt/news-monitor/monitor
RUN pip install --no-cache-dir --no-deps /opt/news-monitor
