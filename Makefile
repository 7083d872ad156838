# The two commands a user needs: `make run` and `make test` (see README.rst).
# Every target that needs the host toolchain bootstraps it first.

TOOLCHAIN := .toolchain/stamp
HOSTPYTHON := .toolchain/bin/hostpython
PYTEST := $(HOSTPYTHON) -m pytest
PYTHON3 ?= python3
OPTS ?=
ARGS ?=
# rpython's work files (also made when tests import rpython) stay out of
# /tmp, next to the project
export PYPY_USESSION_DIR := $(CURDIR)/.cache/usession
$(shell mkdir -p $(PYPY_USESSION_DIR))

.PHONY: all toolchain run pypy-c test test-fast test-interp test-app \
        test-cpython test-translated clean

all: pypy-c

toolchain: $(TOOLCHAIN)

$(TOOLCHAIN): translator/toolchain.sh
	@bash translator/toolchain.sh

# Translate with the default options, or those in OPTS (see docs/options.rst).
pypy-c: $(TOOLCHAIN)
	$(HOSTPYTHON) translator/translate.py $(OPTS)

# Start the translated interpreter (translating first if there is none or
# if an interp-level source is newer); ARGS='-c "print(6*7)"' passes a
# command line.
run: $(TOOLCHAIN)
	@if [ ! -x ./pypy-c ] || [ -n "$$(find interpreter objspace translator \
	        goal -name '*.py' -newer ./pypy-c | head -n 1)" ]; then \
	    $(MAKE) pypy-c OPTS=; fi
	./pypy-c $(ARGS)

# Every lane: interp-level, app-level untranslated, the CPython oracle, and
# the translated binary.  This is what CI runs.
test: $(TOOLCHAIN)
	$(PYTEST) tests -q -m "not translated"
	$(MAKE) test-cpython
	$(MAKE) test-translated

# The untranslated lanes only, for iteration.
test-fast: $(TOOLCHAIN)
	$(PYTEST) tests -q -m "not translated and not slow"

# App-level tests run on CPython 3.11: each must expect real Python behaviour.
test-cpython: $(TOOLCHAIN)
	$(PYTEST) tests/apptest -q --cpython=$(PYTHON3)

# Translate the current sources (cached by their hash) and test the binary.
test-translated: $(TOOLCHAIN)
	$(PYTEST) tests/translated tests/programs -q -m translated --translate

# The benchmark programs of bench/ on ./pypy-c (translated first when
# missing or older than the sources), python3 and pypy3 if installed: a
# table of median times (docs/performance.rst).  ARGS='-n 5 nbody' passes
# options to bench/run.py.
.PHONY: bench
bench: $(TOOLCHAIN)
	@if [ ! -x ./pypy-c ] || [ -n "$$(find interpreter objspace translator \
	        goal -name '*.py' -newer ./pypy-c | head -n 1)" ]; then \
	    $(MAKE) pypy-c OPTS=; fi
	$(PYTHON3) bench/run.py --pypy-c ./pypy-c $(ARGS)

clean:
	rm -rf .cache pypy-c pypy-c-* .pytest_cache
	find . -name '*.pyc' -delete -o -name __pycache__ -prune -exec rm -rf {} +
