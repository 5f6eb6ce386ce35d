# Weltoffen: the project's vocabulary. `make run` serves the demo, `make test` checks everything.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
PG_URL ?= postgres://postgres@127.0.0.1:5432/weltoffen_ci

.PHONY: run setup venv assets messages node-modules chromium pg-client db demo test lint check pytest \
	pytest-first pytest-second pytest-sqlite pytest-postgres pytest-postgres-rest pytest-browser \
	audit serve bench wrk clean

run: setup demo
	@echo ""
	@echo "Weltoffen-Demo: http://127.0.0.1:8000/ (Völklingen)"
	@echo "  weitere Kommunen: http://merzig.localhost:8000/ http://wilhelmshaven.localhost:8000/"
	@echo "                    http://marl.localhost:8000/ http://kaiserslautern.localhost:8000/"
	@printf "  "; $(MANAGE) demo_accounts
	@echo ""
	$(MANAGE) runserver 127.0.0.1:8000

setup: venv assets messages db

# The virtual environment, pinned by requirements.lock; the project itself is
# installed editable so that site/ is importable as `weltoffen`.
venv: $(VENV)/.installed
$(VENV)/.installed: requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

# Front-end assets: KERN UX from npm, built down to what the site uses.
assets: site/static/dist/weltoffen.css
site/static/dist/weltoffen.css: node_modules/.installed $(shell find frontend -type f 2>/dev/null)
	npm run --silent build

# The npm packages, devDependencies included: axe-core, vnu-jar (the Nu HTML
# Checker) and Lighthouse for the quality gates.
node-modules: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Debian's Chromium for the browser tests and Lighthouse (Playwright only drives
# it; it never downloads a browser), and Java for the Nu HTML Checker.
chromium:
	@test -x /usr/bin/chromium || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)
	@command -v java >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y default-jre-headless)

# pg_dump, pg_restore and psql for `manage.py dbbackup` / `dbrestore` and the
# backup round trip (tests/test_backup.py), from Debian like the server.
pg-client:
	@command -v pg_dump >/dev/null && command -v pg_restore >/dev/null || \
		(apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql-client)

# The interface translations (locale/*/LC_MESSAGES/django.po -> .mo, git-ignored).
messages: venv
	$(MANAGE) compilemessages -v0

db: venv
	$(MANAGE) migrate --noinput -v0

demo: db
	$(MANAGE) load_demo --if-empty

test: venv assets messages node-modules chromium lint check pytest

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) tools/import_graph.py --check

check: venv
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run -v1

# Four independent runs (each with its own database, media and ports), two at a
# time: the PostgreSQL pass in two halves, its real-browser gates and the SQLite
# pass. Two at a time keeps both cores busy until the end without three or four
# test processes fighting for them; each run's output is printed when it is done.
pytest: venv assets node-modules chromium pg-client
	$(MAKE) --no-print-directory -j2 -Otarget pytest-first pytest-second

# Each of the two lines runs its runs one after the other (-j1), and all of them
# even when one fails (-k): the SQLite pass, then the first half of the
# PostgreSQL pass; the browser gates, then the rest of the PostgreSQL pass.
# The browser gates load their demo beside the SQLite pass, and the first
# half's two demo loads run beside the browser gates' Chromium: never two
# loads of the demo into PostgreSQL at once. (Fresh clones, fast machine: SQLite + first
# half / rest + browser 10 m 32 s at 22:35 on 7 December. Once the upload
# tests shared their towns the rest took under three minutes and the browser
# gates started beside the first half's demo loads: 13 m 13 s; SQLite +
# browser / first half + rest 12 m 37 s; this order 11 m 59 s at 23:56 on 7
# December, the layout before it 12 m 49 s right after, the machine slower
# than at 22:35.)
pytest-first:
	$(MAKE) --no-print-directory -k -j1 pytest-sqlite pytest-postgres
pytest-second:
	$(MAKE) --no-print-directory -k -j1 pytest-browser pytest-postgres-rest

# SQLite, the embedded default of `make run`: the tests where the database
# backend makes a difference (marked `sqlite`: search, migrations, the task
# queue, the demo) and the `once` tests. Everything else behaves the same on
# both backends (no application code asks which one it runs on) and runs on
# PostgreSQL only, which keeps `make test` inside its 15 minutes on two cores.
pytest-sqlite: venv
	$(VENV)/bin/pytest -q -m "(sqlite or once) and not browser" --durations=10

# The whole suite on the real PostgreSQL server; pytest-django creates and
# drops a throwaway test database next to the one named here. Tests marked
# `once` (slow, independent of the database server: the admin isolation walk,
# the generated bad input, the Redis and database outages with their own
# servers) run only in the SQLite pass. The pass is split in two: the modules
# below, and the rest, where a new test module lands; each line of `pytest`
# then takes about five minutes on two cores (measured with --junitxml).
# (8 December, 02:48, a slow machine: SQLite 335 s + first half 529 s against
# browser 474 s + rest 265 s, so the municipality, security header and
# two-server modules, about 70 s and no demo load, moved to the rest.)
PG_FIRST_HALF := tests/demo_content tests/consultation tests/comparison \
	tests/test_consultation_upgrade.py tests/test_leaks.py \
	tests/test_queries.py tests/test_interface_language.py \
	tests/test_news.py tests/test_roles.py tests/test_login_protection.py \
	tests/test_i18n_editors.py tests/test_translation_exchange.py tests/test_meta.py \
	tests/test_demo_app.py tests/test_accessibility_pages.py
pytest-postgres: venv pg-client
	DATABASE_URL=$(PG_URL) $(VENV)/bin/pytest -q --create-db --durations=10 \
		-m "not once and not browser" $(PG_FIRST_HALF)

pytest-postgres-rest: venv pg-client
	DATABASE_URL=$(PG_URL)_rest $(VENV)/bin/pytest -q --create-db --durations=10 \
		-m "not once and not browser" $(addprefix --ignore=,$(PG_FIRST_HALF))

# The real-browser gates on PostgreSQL (tests/browser: journeys, axe-core,
# Nu HTML Checker, crawler), in a database of their own.
pytest-browser: venv assets node-modules chromium pg-client
	DATABASE_URL=$(PG_URL)_browser $(VENV)/bin/pytest -q --create-db --durations=10 -m browser

# Lighthouse on the demo, one URL per page type: a report, not a test. Starts
# the development server on 127.0.0.1:8000 for the run if none is answering.
audit: setup demo node-modules chromium
	$(PY) tools/audit.py

# Production settings on this machine: gunicorn and whitenoise on PostgreSQL
# and Redis (created, migrated and given the demo when empty), with the
# background worker for e-mails (django-tasks; `manage.py run_worker` resumes
# after a database restart).
# WELTOFFEN_DEMO=true installs the demo app, which production settings leave out;
# SERVE_MEDIA_LOCALLY=true lets Django serve the images, as no proxy is in front.
SERVE_DATABASE_URL ?= $(or $(DATABASE_URL),postgres://postgres@127.0.0.1:5432/weltoffen)
SERVE_REDIS_URL ?= $(or $(REDIS_URL),redis://127.0.0.1:6379/0)
SERVE_ENV := DJANGO_SETTINGS_MODULE=weltoffen.settings.production SECRET_KEY=local-serve-only \
	ALLOWED_HOSTS=localhost,.localhost,127.0.0.1 SECURE_SSL_REDIRECT=false \
	DATABASE_URL=$(SERVE_DATABASE_URL) REDIS_URL=$(SERVE_REDIS_URL) WELTOFFEN_DEMO=true \
	SERVE_MEDIA_LOCALLY=true
serve: setup
	$(SERVE_ENV) $(MANAGE) ensure_database
	$(SERVE_ENV) $(MANAGE) migrate --noinput -v0
	$(SERVE_ENV) $(MANAGE) load_demo --if-empty
	$(SERVE_ENV) $(MANAGE) collectstatic --noinput -v0
	$(SERVE_ENV) $(MANAGE) run_worker & worker=$$!; trap "kill $$worker" EXIT; \
	$(SERVE_ENV) $(VENV)/bin/gunicorn weltoffen.wsgi --bind 127.0.0.1:8000 --workers 2 \
		--worker-class gthread --threads 4

# The scale benchmark (not a test): 1,000 and 10,000 pages in a database of
# its own, timings per page type, throughput through gunicorn next to static
# files, search latency and quality. BENCH_SIZES=1000 for a quicker run.
bench: setup wrk
	$(PY) tools/bench/run.py

# wrk (Debian's package) for the benchmark's load: a client in C takes little
# of the CPUs it shares with the server (tools/bench/throughput.py).
wrk:
	@command -v wrk >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk)

clean:
	rm -rf $(VENV) node_modules site/static/dist static media db.sqlite3
