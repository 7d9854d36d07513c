# communique — the two set-up commands of the README are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= data/communique.db
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: demo test lint eval bench lock fmt sysdeps clean

# Create the virtualenv and install the locked, hash-checked dependencies plus the package itself.
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Debian packages the browser tests need (chromium + its driver); installed only when missing.
sysdeps:
	bash scripts/install-system-deps.sh

demo: $(STAMP)
	mkdir -p data
	$(BIN)/communique ingest examples/corpus --db $(DB)
	$(BIN)/communique stats --db $(DB)
	$(BIN)/communique serve --db $(DB) --host $(HOST) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/ruff format --check src tests bench scripts
	$(BIN)/mypy

test: $(STAMP) sysdeps lint
	$(BIN)/python -m pytest --cov --cov-report=term:skip-covered

eval: $(STAMP)
	@echo "== Team gold (tests/gold: development data, tuned on) =="
	$(BIN)/communique evaluate tests/gold/
	@echo "== Unseen test split (tests/unseen: sealed, never tuned on; aggregates only) =="
	$(BIN)/communique evaluate tests/unseen/
	@if [ -f ../shared/data/dev/petr2_gsr_validation.xml ]; then \
		$(BIN)/communique evaluate ../shared/data/dev/petr2_gsr_validation.xml --categories AFP,GOLD; \
	else echo "(../shared not present: PETRARCH dev file skipped)"; fi

bench: $(STAMP)
	$(BIN)/python bench/pipeline.py

fmt: $(STAMP)
	$(BIN)/ruff format src tests bench scripts
	$(BIN)/ruff check --fix src tests bench scripts

# Re-resolve requirements.in into requirements.lock (hash-pinned). Needs `uv` on PATH.
lock:
	uv pip compile --generate-hashes --python-version 3.11 --python-platform x86_64-manylinux_2_28 \
		requirements.in -o requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage
