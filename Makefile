# The two commands that matter: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
AWS_VENV := .venv-aws
PORT ?= 8000

.PHONY: help install dev-install browser run test test-fast lint format bench screenshots clean

help:
	@echo "make run      install, start the emulator, provision, and serve on :$(PORT)"
	@echo "make test     install everything needed, lint, run the whole suite"
	@echo "make lint     ruff (format + lint) and mypy"
	@echo "make bench    run the benchmarks and print a summary table"

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

$(AWS_VENV)/.installed: requirements-emulator.txt
	$(PYTHON) -m venv $(AWS_VENV)
	$(AWS_VENV)/bin/python -m pip install --quiet -r requirements-emulator.txt
	touch $@

install: $(VENV)/.installed $(AWS_VENV)/.installed

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
	$(VENV)/bin/mypy .

format: dev-install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: dev-install browser lint
	$(PY) -m pytest

test-fast: dev-install
	$(PY) -m pytest -m "not browser"

bench: dev-install
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) $(AWS_VENV) var staticfiles .pytest_cache .mypy_cache .ruff_cache
