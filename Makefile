# Front end for the CMake build. `make help` lists the targets.
BUILD      ?= build
ASAN_BUILD ?= build-asan
TSAN_BUILD ?= build-tsan
VALGRIND_BUILD ?= build-valgrind
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
FUZZ_SECONDS ?= 60
PREFIX     ?= /usr/local
DESTDIR    ?=

.PHONY: all install uninstall check asan tsan valgrind bench bench-extract eval eval-extract weights fuzz format format-check clean help deps example

all: $(BUILD)/Makefile
	@cmake --build $(BUILD) -j $(JOBS)

$(BUILD)/Makefile:
	@cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

# make install [PREFIX=/usr/local] [DESTDIR=stage]: the command, libprecis.so.0
# and libprecis.a, precis.h, precis.pc, the CMake package, the man pages.
install: all
	@DESTDIR="$(DESTDIR)" cmake --install $(BUILD) --prefix "$(PREFIX)"
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" -eq 0 ]; then ldconfig; fi

uninstall:
	@DESTDIR="$(DESTDIR)" cmake --build $(BUILD) --target uninstall
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" -eq 0 ]; then ldconfig; fi

check: all
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

asan:
	@cmake -S . -B $(ASAN_BUILD) -DPRECIS_SANITIZE=ON -DPRECIS_SHARED=OFF -DCMAKE_BUILD_TYPE=Debug $(CMAKE_FLAGS)
	@cmake --build $(ASAN_BUILD) -j $(JOBS)
	@cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

# ThreadSanitizer (clang) over the tests that run threads: --jsonl with
# several jobs, and the server under concurrent requests and a SIGTERM.
TSAN_TESTS ?= ^cli_(jsonl|jsonl_jobs|jsonl_signal|serve|serve_drain|serve_hostile)$$
tsan:
	@cmake -S . -B $(TSAN_BUILD) -DCMAKE_C_COMPILER=clang -DPRECIS_TSAN=ON -DCMAKE_BUILD_TYPE=Debug $(CMAKE_FLAGS)
	@cmake --build $(TSAN_BUILD) -j $(JOBS) --target precis_cli
	@cd $(TSAN_BUILD) && TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" ctest --output-on-failure -j $(JOBS) -R '$(TSAN_TESTS)'

valgrind:
	@cmake -S . -B $(VALGRIND_BUILD) -DCMAKE_BUILD_TYPE=Debug $(CMAKE_FLAGS)
	@cmake --build $(VALGRIND_BUILD) -j $(JOBS)
	@bash tools/valgrind.sh $(VALGRIND_BUILD)

deps:
	@bash tools/install-deps.sh

example: all
	@$(BUILD)/precis examples/article.fr.txt

bench: all
	@bash bench/run.sh

bench-extract: all
	@BUILD=$(BUILD) bash bench/extract-bench.sh

eval: all
	@bash tools/eval.sh

eval-extract: all
	@BUILD=$(BUILD) bash tools/eval-extract.sh

# make weights [WEIGHTS_OUT=path]: retrain data/scorer/weights.txt from ../shared/eval.
weights: all
	@BUILD=$(BUILD) bash tools/train-weights.sh $(WEIGHTS_OUT)

fuzz:
	@bash fuzz/run.sh $(FUZZ_SECONDS)

format:
	@clang-format -i include/*.h src/*.c src/*.h src/*/*.c src/*/*.h cli/*.c tests/*.c tools/*.c $(wildcard eval/*.c eval/*.h fuzz/*.c fuzz/*.h)

format-check:
	@clang-format --dry-run --Werror include/*.h src/*.c src/*.h src/*/*.c src/*/*.h cli/*.c tests/*.c tools/*.c $(wildcard eval/*.c eval/*.h fuzz/*.c fuzz/*.h)

clean:
	@rm -rf $(BUILD) $(ASAN_BUILD) $(TSAN_BUILD) $(VALGRIND_BUILD)

help:
	@echo "make            build library, CLI and tests into $(BUILD)/"
	@echo "make check      run all tests (ctest)"
	@echo "make install    install under PREFIX (/usr/local), DESTDIR honoured; make uninstall"
	@echo "make asan       build and run the tests under ASan+UBSan"
	@echo "make tsan       the threaded tests (--jsonl -j, serve) under ThreadSanitizer (clang)"
	@echo "make eval       ROUGE on ../shared/eval, writes docs/quality.md"
	@echo "make eval-extract  HTML extraction F1 on ../shared/extract"
	@echo "make weights    retrain data/scorer/weights.txt on ../shared/eval (WEIGHTS_OUT=path)"
	@echo "make bench      speed against ots on ../shared/eval"
	@echo "make bench-extract  page extraction speed against Mozilla Readability"
	@echo "make valgrind  run the tests under valgrind memcheck"
	@echo "make fuzz       run the libFuzzer harnesses FUZZ_SECONDS each"
	@echo "make format     clang-format the sources"
	@echo "make deps       install the Debian packages needed"
