# Two commands: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Prefect stays inside the project, offline and quiet, unless PREFECT_API_URL is set.
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1
export PREFECT_LOGGING_LEVEL ?= WARNING
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS ?= 120

.PHONY: run test setup serve clean constraints bench

run: $(STAMP)  ## ingest the bundled samples into data/parquet and print a summary
	$(BIN)/newsflow ingest --config sources.yaml

test: $(STAMP)  ## run the whole test suite
	$(BIN)/python -m pytest -q

setup: $(STAMP)

# The venv is rebuilt when missing or when the pins change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

serve: $(STAMP)  ## serve the ingest and compact deployments on their schedules (no server needed)
	$(BIN)/python -m flows.serve

bench: $(STAMP)  ## speed and memory: newsflow ingest against trafilatura alone, 905/1k/5k pages (~10 min)
	$(BIN)/python benchmarks/pipeline.py

constraints:  ## re-pin the whole tree after changing pyproject.toml
	rm -rf /tmp/newsflow-pin && $(PYTHON) -m venv /tmp/newsflow-pin
	/tmp/newsflow-pin/bin/pip install -q -e '.[test]'
	/tmp/newsflow-pin/bin/pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf $(VENV) .prefect data/parquet
