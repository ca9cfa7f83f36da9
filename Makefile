PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000
# Two workers on the two-core machines this runs on; PYTEST_ARGS= runs serially.
PYTEST_ARGS ?= -n 2 --durations=15

BENCH_PAGES ?= 10000
BENCH_DB := $(CURDIR)/.bench/bench.sqlite3
BENCH_ENV := DATABASE_URL=sqlite:///$(BENCH_DB) MEDIA_ROOT=$(CURDIR)/.bench/media

.PHONY: install run serve migrate demo test lint bench worker schedule reindex clean

install: $(BIN)/.installed

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

migrate: install
	$(MANAGE) migrate --no-input

demo: migrate
	$(MANAGE) load_demo

run: demo
	$(MANAGE) ensure_admin
	$(MANAGE) setup_agency
	$(MANAGE) runserver $(HOST)

# Production: collectstatic, migrate, then gunicorn (cms/gunicorn_conf.py reads
# CMS_BIND, WEB_CONCURRENCY, CMS_THREADS); see README "Deploying".
serve: install
	$(MANAGE) serve

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

# The benchmark builds its own database once (demo + BENCH_PAGES generated pages)
# and reuses it; `make clean` removes it.
bench: install
	mkdir -p .bench
	@if [ ! -f .bench/built-$(BENCH_PAGES) ]; then \
		rm -f $(BENCH_DB) && \
		$(BENCH_ENV) $(MANAGE) migrate --no-input -v0 && \
		$(BENCH_ENV) $(MANAGE) load_demo --extra-pages $(BENCH_PAGES) && \
		touch .bench/built-$(BENCH_PAGES); \
	fi
	$(BENCH_ENV) $(MANAGE) bench_api
	$(BENCH_ENV) $(MANAGE) bench_search

# Rebuilds the search index (database or Elasticsearch), with progress.
reindex: install
	$(MANAGE) update_index

# Sends queued webhooks and email, retries failed search-index updates and
# runs the periodic jobs (a separate process in production).
worker: install
	$(MANAGE) db_worker --backend background --queue-name webhooks,search,email,schedule

# Hands the periodic jobs of CMS_SCHEDULE to the worker when their time comes
# (one per deployment is enough; a second never runs a job twice).
schedule: install
	$(MANAGE) run_schedule

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check cms blocks plugins tests

clean:
	rm -rf $(VENV) db.sqlite3 media static .bench
