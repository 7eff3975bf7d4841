# Two commands matter: `make run` (the main job) and `make test` (the suite).
# Both bootstrap a repo-local .venv from uv.lock; only python3 (3.11+) and make are needed.
PYTHON ?= python3
UV_VERSION := 0.13.8
VENV := .venv
UV := $(VENV)/bin/uv
BIN := $(VENV)/bin

.PHONY: install run demo test lint typecheck bench clean

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(BIN)/monitor: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --quiet
	@touch $@

install: $(BIN)/monitor

# Airflow standalone with the news_monitor DAG and the News monitor page; Ctrl-C stops it.
run: install
	scripts/airflow-up.sh

demo: install
	scripts/airflow-up.sh --demo

test: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/pytest

# Every benchmark, each writing its own section of bench/RESULTS.md (about 12 minutes).
bench: install
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/classify.py
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/alerts.py
	$(BIN)/python bench/load.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
