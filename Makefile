# CLO — two commands do everything on a fresh machine: `make demo` and `make test`.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000
FAKES_PORT ?= 8001

.PHONY: demo test bench setup system-deps migrate lint clean-data worker

$(STAMP): pyproject.toml
	@PYBIN=$$(scripts/find-python.sh) && { [ -x $(PY) ] || $$PYBIN -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

system-deps:
	@scripts/system-deps.sh

setup: system-deps $(STAMP)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput -v 0

demo: setup
	$(PY) manage.py demo_laden
	@echo "CLO draait op http://$(HOST):$(PORT)/ — inloggegevens staan in README.md"
	$(PY) manage.py demo_serveren --host $(HOST) --port $(PORT) --fakes-port $(FAKES_PORT)

test: system-deps $(STAMP)
	CLO_FAST_PASSWORD_HASHER=1 $(PY) -m pytest $(PYTEST_ARGS)

bench: setup
	$(PY) -m benchmarks.run $(BENCH_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

worker: setup
	$(VENV)/bin/celery -A clo worker -B -l info
