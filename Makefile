PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1:8000

.PHONY: install run migrate demo test lint bench reindex clean

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
	$(MANAGE) runserver $(HOST)

test: install
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check cms blocks plugins tests

clean:
	rm -rf $(VENV) db.sqlite3 media static
