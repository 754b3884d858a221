# BackTalk: `make run` and `make test` each work from a fresh clone.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
MODELS_STAMP := $(VENV)/.installed-models
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# llama-cpp-python compiles from source (5-10 minutes, once; pip caches the wheel): a portable build
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False

.PHONY: help setup setup-models ingest run test browser lint eval bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(MODELS_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,local,openai]'
	touch $(MODELS_STAMP)

setup: $(STAMP) ## create .venv and install BackTalk with its dev tools

setup-models: $(MODELS_STAMP) ## also install the local (llama-cpp) and openai backends

ingest: setup ## bring the knowledge store up to date (incremental; no-op when nothing changed)
	$(PY) ingest.py

run: ingest ## start the chat page on http://127.0.0.1:7860
	$(PY) app.py

test: setup-models browser ## run the test suite (installs the model backends and the browser too)
	$(PY) -m pytest -q

browser: ## Debian's chromium for the browser tests (apt-get, only when missing)
	@test -x $(CHROMIUM) || { echo "installing chromium with apt-get"; \
	  $(SUDO) apt-get install -y --no-install-recommends chromium || \
	  { $(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium; }; }

lint: setup ## ruff and mypy
	$(PY) -m ruff check assistant tests evals
	$(PY) -m mypy

eval: ingest ## retrieval, triage and grounding evaluations
	$(PY) -m evals

bench: ingest ## speed and memory benchmarks
	$(PY) -m evals.bench

clean: ## remove the store (the next `make run` rebuilds it)
	rm -rf .backtalk
