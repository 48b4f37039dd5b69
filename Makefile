# Two entry points for a fresh machine: `make demo` and `make test`.
# Both bootstrap .venv (Python >= 3.11) with everything they need.
# The distribution's CPython when it is 3.11 or newer and can make a venv: Debian's and Ubuntu's are
# built with profile-guided and link-time optimisation, as the worker image's python:3.11-slim is;
# a source build without --enable-optimizations (pyenv's default) runs the same extraction with 16%
# more instructions. `make PYTHON=python3.12 ...` picks another.
PYTHON ?= $(shell /usr/bin/python3 -c 'import sys, ensurepip, venv; assert sys.version_info >= (3, 11)' \
	2>/dev/null && echo /usr/bin/python3 || echo python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: system-packages audit demo test lint typecheck schemas bench bench-extract bench-instructions clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/frontline demo $(ARGS)

system-packages:
	./scripts/ensure-system-packages

test: $(STAMP) system-packages
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/pytest $(PYTEST_ARGS)
	./scripts/audit-dependencies

audit: $(STAMP)
	./scripts/audit-dependencies $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

schemas: $(STAMP)
	$(BIN)/python -m schemas.export
	$(BIN)/python -m streams.api.openapi

bench: $(STAMP)
	$(BIN)/frontline bench $(ARGS)

bench-extract: $(STAMP)
	$(BIN)/python benchmarks/extract_linearity.py $(ARGS)

bench-instructions: $(STAMP)
	$(BIN)/python benchmarks/extract_instructions.py $(ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
