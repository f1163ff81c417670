#!/usr/bin/env bash
# man/precis.1 documents every option that `precis --help`, `precis serve
# --help`, `precis extract --help` and `precis sentences --help` list, and precis.3 every function of
# include/precis.h, so that neither page falls behind the code.
. "$(dirname "$0")/lib.sh" "$@"
man1=man/precis.1
man3=man/precis.3
for sub in "" serve extract sentences; do
  # shellcheck disable=SC2086 # no subcommand: no argument
  "$bin" $sub --help >"$tmp/help" 2>&1 || true
  for opt in $(grep -o -- '--[a-z][a-z-]*' "$tmp/help" | sort -u); do
    # troff writes a hyphen as \- in an option name
    grep -qF -- "$(printf '%s' "$opt" | sed 's/-/\\-/g')" "$man1" ||
      fail "precis${sub:+ $sub} $opt is not in $man1"
  done
done
for fn in $(tr '\n' ' ' <include/precis.h | grep -o 'PRECIS_API [^;(]*(' |
  grep -o 'precis_[a-z0-9_]*($' | tr -d '('); do
  grep -qF "$fn" "$man3" || fail "$fn is not in $man3"
done
echo ok
