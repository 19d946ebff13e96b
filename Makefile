# lantian's front door. `make run` and `make test` work on a fresh Debian 12 machine.
SHELL := /bin/bash
.DEFAULT_GOAL := build

JOBS ?= $(shell nproc)
BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
DEMO_DB ?= demo/lantian.db
FUZZ_SECONDS ?= 20

SOURCES = $(shell git ls-files --cached --others --exclude-standard '*.cpp' '*.hpp' 2>/dev/null || find src tools tests bench fuzz -name '*.[ch]pp')

.PHONY: deps build web run test test-fast test-asan fuzz bench format format-check clean

deps:
	@./scripts/install-deps.sh

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: deps $(BUILD)/build.ninja web
	cmake --build $(BUILD) -j $(JOBS)

# The dashboard (TypeScript, Vite, ECharts) into web/dist, served by lantian serve.
web: deps
	@cd web && { [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ] || npm ci --no-audit --no-fund; } && npm run --silent build >/dev/null

LISTEN ?= 127.0.0.1:8080

# The main job on the embedded default (SQLite): a demo store (SYNTHETIC data,
# one user per role) and the server with the dashboard.
run: build
	@mkdir -p $(dir $(DEMO_DB))
	@if [ ! -f $(DEMO_DB) ]; then \
	  ./$(BUILD)/tools/lantian init --db $(DEMO_DB) && \
	  ./$(BUILD)/tools/lantian demo-data --db $(DEMO_DB) && \
	  LANTIAN=./$(BUILD)/tools/lantian ./scripts/demo-users.sh $(DEMO_DB); \
	fi
	@echo
	@echo "lantian: http://$(LISTEN)/   (SYNTHETIC demo data in $(DEMO_DB); Ctrl-C stops the server)"
	@echo "demo logins, password lantian-demo-2020:"
	@echo "  ministry (national)  jjj-office (region JJJ)  hebei (province 河北省)"
	@echo "  shijiazhuang (city 130100)  changan (district 130102)  steelworks (enterprise)"
	@echo "  without login: the published view"
	@echo
	./$(BUILD)/tools/lantian serve --db $(DEMO_DB) --listen $(LISTEN)

test: build format-check
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) test-asan
	$(MAKE) fuzz

test-fast: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The whole suite once more under AddressSanitizer and UndefinedBehaviorSanitizer.
# Line tables only (-g1): the sanitizers' stack traces keep file and line, and
# the build compiles and links faster than with full debug information.
test-asan: deps web
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DLANTIAN_SANITIZE=ON \
	  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" >/dev/null
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS) -LE slow

# Parser fuzz targets (libFuzzer, clang), each for a bounded time.
fuzz: deps
	CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
	  -DLANTIAN_BUILD_FUZZ=ON -DLANTIAN_BUILD_TESTS=OFF >/dev/null
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target lantian_fuzzers
	./scripts/run-fuzzers.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

bench: deps
	cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DLANTIAN_BUILD_BENCH=ON \
	  -DLANTIAN_BUILD_TESTS=OFF >/dev/null
	cmake --build build-bench -j $(JOBS)
	./bench/run.sh build-bench

format:
	clang-format -i $(SOURCES)

format-check:
	@clang-format --dry-run --Werror $(SOURCES) && echo "format: ok"

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD) build-bench web/dist
