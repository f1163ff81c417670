#!/usr/bin/env bash
# Runs the test suite under valgrind memcheck: every cmocka test executable,
# and the CLI tests with the precis binary wrapped in valgrind. Any memcheck
# error or definite/indirect leak fails the run.
# Usage: tools/valgrind.sh BUILD_DIR (a plain, non-sanitized build)
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-valgrind}
vg=(valgrind --quiet --error-exitcode=99 --leak-check=full
    --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect
    --track-origins=yes)
logdir="$build/valgrind"
mkdir -p "$logdir"

# The CLI tests take the binary as $1: give them a wrapper.
wrapper="$build/precis-valgrind"
printf '#!/bin/sh\nexec %s --log-file=%s/cli.%%p.log "%s" "$@"\n' \
  "${vg[*]}" "$PWD/$logdir" "$PWD/$build/precis" >"$wrapper"
chmod +x "$wrapper"
rm -f "$logdir"/cli.*.log

export PRECIS_NO_TIME_BOUNDS=1 # valgrind slows some cases more than others
export PRECIS_SCALE_LINES=5000 # tests/cli/jsonl_scale.sh: same paths, fewer lines
fails=0
for t in "$build"/test_*; do
  [ -x "$t" ] || continue
  name=$(basename "$t")
  start=$(date +%s)
  if "${vg[@]}" --log-file="$logdir/$name.log" "$t" >"$logdir/$name.out" 2>&1; then
    echo "ok    $name ($(($(date +%s) - start)) s)"
  else
    echo "FAIL  $name: see $logdir/$name.log and $name.out"
    fails=$((fails + 1))
  fi
done
for t in tests/cli/*.sh; do
  [ "$(basename "$t")" = lib.sh ] && continue # sourced by the others
  name=cli_$(basename "$t" .sh)
  if bash "$t" "$wrapper" >"$logdir/$name.out" 2>&1; then
    echo "ok    $name"
  else
    echo "FAIL  $name: see $logdir/$name.out"
    fails=$((fails + 1))
  fi
done
# A client's memcheck errors land in its log even when the script ignored
# its exit status.
for l in "$logdir"/cli.*.log; do
  [ -s "$l" ] || continue
  echo "FAIL  memcheck errors in $l"
  fails=$((fails + 1))
done
echo "valgrind: $fails failing"
[ "$fails" -eq 0 ]
