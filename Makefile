# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PORT   ?= 8000
HOST   ?= 127.0.0.1
DB     ?= factcheck.db
WORKERS ?= 2

.PHONY: run test install install-test seed bench clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml setup.py | $(VENV)/bin/python
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml setup.py | $(VENV)/bin/python
	$(PY) -m pip install -q -e '.[test]'
	$(PY) tests/fetch_axe.py $(VENV)/axe-core
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
		|| echo "warning: could not install chromium (needs root/apt); browser tests will be skipped"

seed: install
	$(VENV)/bin/factcheck seed --db $(DB)

run: seed
	@echo "factcheck: serving http://$(HOST):$(PORT) (database $(DB))"
	FACTCHECK_DB=$(DB) HOST=$(HOST) PORT=$(PORT) WORKERS=$(WORKERS) \
		$(VENV)/bin/gunicorn -c gunicorn.conf.py --access-logfile - 'factcheck.web:create_app()'

test: install-test
	$(PY) -m pytest -q

bench: install
	$(PY) benchmarks/run_all.py

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
