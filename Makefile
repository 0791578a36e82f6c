# The two set-up commands of the README. Both install what they need themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLES ?= ../shared/samples
DB ?= rasd.db

.PHONY: install system-deps demo test lint

$(BIN)/rasd: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(BIN)/rasd

install: $(BIN)/rasd

# Debian's Chromium + driver for the end-to-end browser tests, and Arabic fonts.
system-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-core >/dev/null; \
	  else echo "chromium missing: the e2e tests will be skipped"; fi; fi

# Main job: ingest the samples into the embedded default store and serve the result.
demo: install
	$(BIN)/rasd ingest $(SAMPLES) --db $(DB) || true
	$(BIN)/rasd stats --db $(DB)
	$(BIN)/rasd serve --db $(DB)

test: install system-deps
	$(BIN)/ruff check rasd tests
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check rasd tests
