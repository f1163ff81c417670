#!/usr/bin/env bash
# Installs the Debian packages precis needs to build, test and benchmark
# (libmicrohttpd for `precis serve`, curl and python3 for its tests).
# Only asks apt for what is missing, so it is quick on a ready machine.
set -euo pipefail
pkgs=(build-essential cmake pkg-config libutf8proc-dev libstemmer-dev libexttextcat-dev
      libexttextcat-data libjansson-dev libcmocka-dev libgumbo-dev libmicrohttpd-dev curl
      iso-codes miscfiles hunspell-fr-classical unicode-cldr-core wamerican
      python3)
# --fuzz: clang and its libFuzzer runtime (fuzz/run.sh); --valgrind: make
# valgrind; --all: those and the benchmark peers.
for arg in "$@"; do
  case "$arg" in
    --fuzz) pkgs+=(clang libclang-rt-14-dev) ;;
    --valgrind) pkgs+=(valgrind) ;;
    --all) pkgs+=(clang libclang-rt-14-dev ots valgrind hyperfine nodejs) ;;
  esac
done
# npm (bench-extract installs Readability with it) comes with some nodejs
# builds; Debian's nodejs needs the npm package beside it.
for arg in "$@"; do
  [ "$arg" = --all ] && ! command -v npm >/dev/null && pkgs+=(npm)
done
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
