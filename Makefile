# Second Round. `make help` lists the targets. Each target installs what it needs first,
# from the pinned lock files (uv.lock, package-lock.json, tests/pyodide/requirements.txt).

SHELL := /bin/bash
.DEFAULT_GOAL := help

export UV_PYTHON_DOWNLOADS := never
export NO_MKDOCS_2_WARNING := 1

UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PYTHON_DEPS := $(VENV)/.installed
NODE_DEPS := node_modules/.installed
PYODIDE_WHEELS := .cache/pyodide-wheels
CHROMIUM := /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: help serve test check lint build preview bench originality clean

help: ## List the targets
	@echo "Second Round: a field guide and workbook for the second job interview."
	@echo
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

serve: $(PYTHON_DEPS) $(NODE_DEPS) ## Install what is needed, then serve the site on http://127.0.0.1:8000
	@echo "==> Serving the site on http://127.0.0.1:8000 (Ctrl-C stops)"
	$(VENV)/bin/mkdocs serve --dev-addr 127.0.0.1:8000

test: lint $(NODE_DEPS) $(CHROMIUM) $(PYODIDE_WHEELS)/.installed ## Install what is needed (a browser too), lint, then run every test
	@echo "==> Running every test: data, macros, worksheets (CPython and Pyodide), the build, the browser"
	$(VENV)/bin/pytest

check: lint $(NODE_DEPS) $(PYODIDE_WHEELS)/.installed ## Lint, then run the tests that need no browser (quick; what CI runs before deploying)
	@echo "==> Running the tests that need no browser"
	$(VENV)/bin/pytest -m "not browser"

lint: $(PYTHON_DEPS) ## Lint the Python with Ruff (configured in pyproject.toml)
	@echo "==> Linting the Python (ruff check, ruff format --check)"
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

build: $(PYTHON_DEPS) $(NODE_DEPS) ## Build the site into site/
	@echo "==> Building the site into site/ (strict)"
	$(VENV)/bin/mkdocs build

preview: build ## Build, then serve site/ as a static host would (gzip, cache headers) on a port it prints
	@echo "==> Serving site/ as a host would: compressed, with caching headers (Ctrl-C stops)"
	$(VENV)/bin/python -m tools.preview site

bench: $(PYTHON_DEPS) $(NODE_DEPS) $(CHROMIUM) ## Measure speed in Chromium; writes data/benchmark.json for the Performance page
	@echo "==> Benchmarking the built site in headless Chromium"
	$(VENV)/bin/python bench/run.py

originality: ## Check that no guide text repeats the source articles
	python3 ../shared/tools/check_originality.py docs macros worksheets data

clean: ## Remove the built site and downloaded tools (not the lock files)
	rm -rf site .cache $(VENV) $(TOOLS) node_modules

$(UV):
	@echo "==> Installing uv $(UV_VERSION), the Python package manager, into $(TOOLS)/"
	python3 -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

$(PYTHON_DEPS): pyproject.toml uv.lock | $(UV)
	@echo "==> Installing the Python packages pinned in uv.lock into $(VENV)/"
	$(UV) sync --locked --python python3 --quiet
	@touch $@

$(NODE_DEPS): package.json package-lock.json
	@echo "==> Installing Pyodide and axe-core pinned in package-lock.json (npm ci)"
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(CHROMIUM):
	@echo "==> Installing Chromium from Debian's packages, for the browser tests"
	$(SUDO) apt-get update -qq
	$(SUDO) apt-get install -y -qq chromium

$(PYODIDE_WHEELS)/.installed: tests/pyodide/requirements.txt | $(UV)
	@echo "==> Downloading pytest's pure-Python wheels (hash-checked) to run the worksheet tests inside Pyodide"
	$(TOOLS)/bin/pip download --quiet --no-deps --require-hashes --only-binary=:all: \
		--platform any --python-version 3.14 -r tests/pyodide/requirements.txt -d $(PYODIDE_WHEELS)
	@touch $@
