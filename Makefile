# The two commands of the README:
#   make run   - set everything up, archive the inbox (ingest/), then serve the site
#                on http://127.0.0.1:5000/ in the foreground (Ctrl-C to stop)
#   make test  - set everything up (Debian packages, venv, axe-core), then run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
BROWSER := tests/browser
# axe-core, the accessibility checker of the real-browser tests, installed by npm from the
# exact version pinned in tests/browser/package.json and package-lock.json.
AXE := $(BROWSER)/node_modules/.installed

.PHONY: run test bench clean-venv

$(VENV)/.installed: pyproject.toml scripts/system-deps.sh
	sh scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# The test suite's Debian packages (chromium, fonts, nodejs, npm), then axe-core: npm ci
# installs exactly the lock file.
$(AXE): $(BROWSER)/package.json $(BROWSER)/package-lock.json scripts/system-deps.sh | $(VENV)/.installed
	sh scripts/system-deps.sh test
	cd $(BROWSER) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

run: $(VENV)/.installed
	$(BIN)/archive ingest
	$(BIN)/archive serve

# system-deps again (quiet and quick when all is there): chromium may have gone since set-up.
test: $(VENV)/.installed $(AXE)
	@sh scripts/system-deps.sh test
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/verify.py

clean-venv:
	rm -rf $(VENV) $(BROWSER)/node_modules
