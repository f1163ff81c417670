#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (ASan + UBSan + libFuzzer) in
# build-fuzz/ and runs each for SECONDS (default 60). Fails on any crash,
# leak, timeout or out-of-memory; the input that caused it is copied to
# fuzz/regressions/<harness>/, which every later run replays first.
# Usage: fuzz/run.sh [SECONDS] [harness...]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
build=${FUZZ_BUILD:-build-fuzz}
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S . -B "$build" -DCMAKE_C_COMPILER="${FUZZ_CC:-clang}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPRECIS_SANITIZE=ON -DPRECIS_FUZZ=ON -DPRECIS_TESTS=OFF >/dev/null
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  for f in fuzz/fuzz_*.c; do harnesses+=("$(basename "$f" .c)"); done
fi
cmake --build "$build" -j "$jobs" --target "${harnesses[@]}" >/dev/null

status=0
printf '%-18s %10s %8s %8s %s\n' harness execs cov ft result
for h in "${harnesses[@]}"; do
  work="$build/fuzz-work/$h"
  mkdir -p "$work/corpus" "$work/artifacts" "fuzz/regressions/$h"
  dict=()
  [ "$h" = fuzz_jsonl ] && dict=(-dict=fuzz/json.dict)
  [ "$h" = fuzz_html ] && dict=(-dict=fuzz/html.dict)
  # the shapes harness bounds its own allocator; one malloc past 256 MB,
  # or 1 GB of RSS under ASan, is a failure too
  limits=(-rss_limit_mb=2048)
  [ "$h" = fuzz_html_shapes ] && limits=(-rss_limit_mb=1024 -malloc_limit_mb=256)
  if [ "$h" = fuzz_http_request ]; then # JSON bodies, plus the HTTP tokens
    cat fuzz/json.dict fuzz/http.dict >"$work/dict"
    dict=(-dict="$work/dict")
  fi
  log="$work/log.txt"
  # The first corpus directory collects new inputs; the seeds and the
  # regressions are read only.
  set +e
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "$build/$h" -max_total_time="$secs" -timeout=10 "${limits[@]}" -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "${dict[@]}" \
    "$work/corpus" "fuzz/corpus/$h" "fuzz/regressions/$h" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  result=ok
  if [ $rc -ne 0 ]; then
    result="FAILED (exit $rc)"
    status=1
    for a in "$work"/artifacts/*; do
      [ -e "$a" ] || continue
      cp "$a" "fuzz/regressions/$h/"
      result="$result, kept fuzz/regressions/$h/$(basename "$a")"
    done
    grep -m1 -E 'ERROR|SUMMARY|deadly signal' "$log" >&2 || true
    echo "log: $log" >&2
  fi
  printf '%-18s %10s %8s %8s %s\n' "$h" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$result"
done
exit $status
