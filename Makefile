# Two commands set everything up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
LOCK := requirements-dev.lock

# The first interpreter that really is Python 3.12 or newer. `python3` comes first so that
# pyenv's .python-version decides where it is used; a shim for a version that is not
# installed fails the version check and is skipped.
FIND_PYTHON := for p in python3 python3.13 python3.12; do \
	if command -v $$p >/dev/null 2>&1 && \
	   $$p -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; then \
	  echo $$p; break; fi; done

.PHONY: help run prod-local test lint format bench messages clean

help:
	@echo "make run    - set up .venv, migrate, load the demo once, serve on 127.0.0.1:$(PORT)"
	@echo "make prod-local - production settings on PostgreSQL, gunicorn, worker (deploy/README.md)"
	@echo "make test   - the whole test suite (DATABASE_URL selects PostgreSQL)"
	@echo "make lint   - ruff and djhtml"
	@echo "make bench  - portal timings with 10,000 postings (bench/README.md)"
	@echo "make messages - refresh locale/ja from the source strings, compile it and locale/wagtail"

$(VENV)/.installed: $(LOCK)
	@python=$$($(FIND_PYTHON)); \
	if [ -z "$$python" ]; then \
	  echo "Python 3.12 or newer is needed and none was found (tried python3, python3.13, python3.12)." >&2; \
	  echo "Install it (e.g. 'pyenv install 3.12') and run make again." >&2; exit 1; fi; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)'; then \
	  rm -rf $(VENV); echo "Creating $(VENV) with $$($$python --version)"; $$python -m venv $(VENV); fi
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCK)
	@touch $@

# Links in mail (private management links, admin links, Wagtail's workflow mails) use
# WAGTAILADMIN_BASE_URL: point it at the port served here, unless it is set already.
WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)
run: export WAGTAILADMIN_BASE_URL := $(WAGTAILADMIN_BASE_URL)
# The task worker (mail, search index) runs beside the server: a background job of this
# shell, ended by the trap when runserver stops (Ctrl-C). Without --reload, so that the
# kill reaches the worker itself: restart `make run` after changing task code.
run: $(VENV)/.installed
	@echo "Mail is printed here by the task worker, readable; its links point to $$WAGTAILADMIN_BASE_URL"
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo --if-empty
	@$(PY) manage.py db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

# The production stack on this machine, plain HTTP, for checking it (deploy/README.md).
# NGINX_PORT=8080 puts nginx with deploy/nginx/himi.conf in front.
prod-local: $(VENV)/.installed
	PORT=$(PORT) deploy/prod-local.sh

test: $(VENV)/.installed
	$(PY) -m pytest $(PYTEST_ARGS)

# Portal and search timings with 10,000 postings (and 500 pages for search) in a database
# of its own (SQLite, or PostgreSQL when DATABASE_URL points there). A measurement, not a
# test: see bench/README.md.
bench: $(VENV)/.installed
	$(PY) bench/portal_bench.py
	$(PY) bench/search_bench.py
	$(PY) bench/pages_bench.py
	bench/first_view.sh

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	git ls-files '*.html' | xargs $(VENV)/bin/djhtml --check

format: $(VENV)/.installed
	$(VENV)/bin/ruff format .
	git ls-files '*.html' | xargs $(VENV)/bin/djhtml

# Needs GNU gettext (msgfmt). The compiled catalogues are committed, so running the site
# does not. makemessages writes only locale/ja/; compilemessages compiles it and the
# hand-kept locale/wagtail/ja/ (Wagtail's admin strings), both being in LOCALE_PATHS.
messages: $(VENV)/.installed
	$(PY) manage.py makemessages --locale ja --no-obsolete --add-location file \
	  --ignore '.venv/*' --ignore 'static/*' --ignore 'media/*'
	$(PY) manage.py compilemessages --locale ja --ignore '.venv/*'

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
