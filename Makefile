# The two set-up commands of the README. Both install what they need themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLES ?= ../shared/samples
DB ?= rasd.db
GAZ ?= ../shared/data/gazetteer
GAZ_SA := $(GAZ)/syrianarchive-locations.json
GAZ_OCHA := $(GAZ)/ocha-syria-communities-2021.dta

.PHONY: install system-deps gazetteer demo test lint

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

# The Syrian Archive + OCHA village lists into the per-user gazetteer that every rasd run
# reads (once: a second run finds the same files imported and skips them).
gazetteer: install
	@if [ -f $(GAZ_SA) ] && [ -f $(GAZ_OCHA) ]; then \
	  $(BIN)/rasd gazetteer import syrian-archive $(GAZ_SA) --ocha $(GAZ_OCHA) --skip-unchanged; \
	else echo "gazetteer: no Syrian Archive + OCHA lists in $(GAZ); default gazetteer only"; fi

# Main job: ingest the samples into the embedded default store and serve the result.
demo: install gazetteer
	$(BIN)/rasd ingest $(SAMPLES) --db $(DB) || true
	$(BIN)/rasd stats --db $(DB)
	$(BIN)/rasd serve --db $(DB)

test: install system-deps
	$(BIN)/ruff check rasd tests
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check rasd tests
