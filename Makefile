PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000
# Two workers on the two-core machines this runs on; PYTEST_ARGS= runs serially.
# loadscope with tests/scheduling.py sends each world (a test module, or the
# browser folder) whole to one worker, so no world is built twice.
PYTEST_ARGS ?= -n 2 --dist loadscope --durations=15

BENCH_PAGES ?= 10000
BENCH_DB := $(CURDIR)/.bench/bench.sqlite3
# An SQLite file by default; BENCH_DATABASE_URL=postgres://... measures the
# database production runs on (an empty database of its own, built once).
BENCH_DATABASE_URL ?= sqlite:///$(BENCH_DB)
BENCH_ENV := DATABASE_URL=$(BENCH_DATABASE_URL) MEDIA_ROOT=$(CURDIR)/.bench/media
# Recursive (=): worked out only when make bench reads it.
BENCH_BUILT = .bench/built-$(BENCH_PAGES)-$(shell printf '%s' '$(BENCH_DATABASE_URL)' | md5sum | cut -c1-8)

.PHONY: install run serve migrate demo test lint bench loadtest worker schedule reindex clean messages openapi-examples

# Interface translations: each app's locale/<language>/LC_MESSAGES/django.po, compiled
# into a .mo (not committed) when the .po is newer, by msgfmt or else polib
# (cms/catalogues.py), so a fresh machine without gettext installs too.
CATALOGUES := $(wildcard cms/locale/*/LC_MESSAGES/django.po blocks/locale/*/LC_MESSAGES/django.po plugins/*/locale/*/LC_MESSAGES/django.po)

install: $(BIN)/.installed $(CATALOGUES:.po=.mo) plugins/site/node_modules/.installed tests/client/node_modules/.installed

# The public site's USWDS 3 assets, pinned in plugins/site/package-lock.json and
# served as static files from node_modules (STATICFILES_DIRS): no CDN, no network.
plugins/site/node_modules/.installed: plugins/site/package-lock.json
	npm ci --prefix plugins/site --no-audit --no-fund
	touch $@

# The TypeScript client check's tools (openapi-typescript, typescript), pinned in
# tests/client/package-lock.json: tests/client/test_typescript_client.py runs them.
tests/client/node_modules/.installed: tests/client/package-lock.json
	npm ci --prefix tests/client --no-audit --no-fund
	touch $@

# Redocly CLI, pinned in tests/openapi/package-lock.json: it lints the served
# OpenAPI document (tests/headless/test_openapi_document.py).
install: tests/openapi/node_modules/.installed
tests/openapi/node_modules/.installed: tests/openapi/package-lock.json
	npm ci --prefix tests/openapi --no-audit --no-fund
	touch $@

# An example of every API response for the OpenAPI document, taken from the
# demo's real responses (plugins/headless/openapi_examples.py) on a database of
# its own: run it after changing a response schema, and commit the result.
OPENAPI_ENV := DATABASE_URL=sqlite:///$(CURDIR)/.bench/openapi.sqlite3 MEDIA_ROOT=$(CURDIR)/.bench/openapi-media
openapi-examples: install
	mkdir -p .bench
	rm -f .bench/openapi.sqlite3
	$(OPENAPI_ENV) $(MANAGE) migrate --no-input -v0
	$(OPENAPI_ENV) $(MANAGE) load_demo
	$(OPENAPI_ENV) $(MANAGE) openapi_examples

%.mo: %.po $(BIN)/.installed
	$(BIN)/python -m cms.catalogues $<

# uv (from PyPI) installs the same packages pip resolves in a fraction of the
# time: 57 s against 262 s for a fresh .venv on the 2-core machine CI runs on.
# Where uv cannot be had or fails, pip installs them as before.
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	( $(BIN)/pip install --quiet uv \
	  && $(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -e ".[dev]" ) \
	|| ( $(BIN)/pip install --quiet --upgrade pip \
	  && $(BIN)/pip install --quiet -e ".[dev]" )
	touch $@

migrate: install
	$(MANAGE) migrate --no-input

# The demo agency is in Riverside, California: the demo and the development
# server show its times in its zone unless TIME_ZONE is set (README).
demo run: export TIME_ZONE ?= America/Los_Angeles

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

# Bytecode caches are written even where the machine sets PYTHONDONTWRITEBYTECODE
# (CI's does): without them pytest rewrote the asserts of every test module and
# plugin (604 modules) in every worker of every run, a third of its collection.
test: export PYTHONDONTWRITEBYTECODE :=
test: install
	$(BIN)/pytest $(PYTEST_ARGS)

# The benchmark (plugins/benchmarks) builds its own database once (the demo plus
# BENCH_PAGES generated pages) and reuses it; `make clean` removes it.
bench: install
	mkdir -p .bench
	@if [ ! -f $(BENCH_BUILT) ]; then \
		case "$(BENCH_DATABASE_URL)" in sqlite*) rm -f $(BENCH_DB);; esac && \
		$(BENCH_ENV) $(MANAGE) migrate --no-input -v0 && \
		$(BENCH_ENV) $(MANAGE) load_demo && \
		$(BENCH_ENV) $(MANAGE) build_scale $(BENCH_PAGES) && \
		touch $(BENCH_BUILT); \
	fi
	rm -f .bench/requests.log
	$(BENCH_ENV) $(MANAGE) bench_api --request-log .bench/requests.log
	$(BENCH_ENV) $(MANAGE) bench_search --request-log .bench/requests.log

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

# wrk against two app processes and a worker on loopback
# (plugins/benchmarks/loadtest/run.py),
# over the demo in its own database, built once; a benchmark, not a test.
LOADTEST_SECONDS ?= 60
LOADTEST_CONNECTIONS ?= 64
LOADTEST_DB := $(CURDIR)/.bench/loadtest.sqlite3
LOADTEST_ENV := DATABASE_URL=sqlite:///$(LOADTEST_DB) MEDIA_ROOT=$(CURDIR)/.bench/media
loadtest: install
	@command -v wrk >/dev/null || { echo "make loadtest needs wrk (Debian's package): apt-get install -y wrk"; apt-get install -y wrk; } || exit 1
	mkdir -p .bench
	@if [ ! -f .bench/loadtest-built ]; then \
		rm -f $(LOADTEST_DB) && \
		$(LOADTEST_ENV) $(MANAGE) migrate --no-input -v0 && \
		$(LOADTEST_ENV) $(MANAGE) load_demo && \
		touch .bench/loadtest-built; \
	fi
	$(LOADTEST_ENV) $(BIN)/python plugins/benchmarks/loadtest/run.py --database-url sqlite:///$(LOADTEST_DB) \
		--seconds $(LOADTEST_SECONDS) --connections $(LOADTEST_CONNECTIONS)

# lint-imports: the layers' contracts in pyproject.toml (CONTRIBUTING.md).
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check cms blocks plugins tests
	$(BIN)/lint-imports

# After adding or changing interface strings: every catalogue gains the new
# msgids (untranslated) and drops the gone ones; translate, then make install.
messages: install
	$(MANAGE) update_catalogues

clean:
	rm -rf $(VENV) db.sqlite3 media static .bench
