#!/usr/bin/env bash
# Installs the build in $1 into a temporary DESTDIR (prefix /usr/local), then
# builds the README's C example against it four ways (pkg-config shared and
# static, find_package shared and static) and once more with precis added to
# a consumer's tree by add_subdirectory, and runs each. Also checks what the
# install wrote (library with SONAME, header, man pages, licence), that the
# shared library exports exactly the functions of include/precis.h, and that
# uninstall removes it all.
set -eu
build=$(cd "$1" && pwd)
src=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
dest=$tmp/root
prefix=/usr/local

# The README's example, as written: the first ```c block.
awk '/^```c$/{on=1; next} /^```$/{if (on) exit} on' "$src/README.md" >"$tmp/example.c"
grep -q 'precis_engine_new' "$tmp/example.c" || fail "no C example in README.md"

DESTDIR=$dest cmake --install "$build" --prefix $prefix >"$tmp/install.log" || fail "install: $(cat "$tmp/install.log")"
libdir=$(dirname "$(find "$dest" -name libprecis.a)")
for f in "$dest$prefix/bin/precis" "$libdir/libprecis.a" "$libdir/libprecis.so" \
  "$libdir/libprecis.so.0" "$dest$prefix/include/precis.h" "$libdir/pkgconfig/precis.pc" \
  "$libdir/cmake/precis/precisConfig.cmake" "$dest$prefix/share/man/man1/precis.1" \
  "$dest$prefix/share/man/man3/precis.3" "$dest$prefix/share/doc/precis/LICENSE"; do
  [ -e "$f" ] || fail "not installed: ${f#"$dest"}"
done
soname=$(objdump -p "$libdir/libprecis.so" | awk '$1 == "SONAME" {print $2}')
[ "$soname" = libprecis.so.0 ] || fail "SONAME '$soname', want libprecis.so.0"

# Only the public API is exported: the PRECIS_API functions of precis.h.
tr '\n' ' ' <"$src/include/precis.h" | grep -o 'PRECIS_API [^;(]*(' |
  grep -o 'precis_[a-z0-9_]*($' | tr -d '(' | sort >"$tmp/api"
[ "$(wc -l <"$tmp/api")" -ge 30 ] || fail "could not read the API from precis.h"
nm -D --defined-only "$libdir/libprecis.so" | awk '{print $NF}' |
  grep -vxE '_init|_fini' | sort >"$tmp/exported"
diff "$tmp/api" "$tmp/exported" >"$tmp/sym.diff" ||
  fail "exported symbols differ from precis.h (< header only, > exported only): $(cat "$tmp/sym.diff")"

# run NAME: the example runs and prints a key point and a JSON brief.
run() {
  LD_LIBRARY_PATH=$libdir "$tmp/$1" >"$tmp/$1.out" 2>&1 || fail "$1 exits $?: $(cat "$tmp/$1.out")"
  grep -q '^{"schema":"precis/' "$tmp/$1.out" || fail "$1 printed: $(cat "$tmp/$1.out")"
}
# needs NAME yes|no: whether NAME loads libprecis.so.0.
needs() {
  if objdump -p "$tmp/$1" | grep -q 'NEEDED *libprecis\.so\.0'; then
    [ "$2" = yes ] || fail "$1 links libprecis.so.0, want static"
  else
    [ "$2" = no ] || fail "$1 does not link libprecis.so.0"
  fi
}

# The README's link lines as written, each run in a folder laid out as it
# assumes: example.c, and for the build-tree line include/ and build/.
readme_cc() { grep "^    cc .*$1" "$src/README.md" | head -n1 | sed 's/^    //'; }
mkdir "$tmp/tree" "$tmp/pc"
cp "$tmp/example.c" "$tmp/tree/"
cp "$tmp/example.c" "$tmp/pc/"
ln -s "$src/include" "$tmp/tree/include"
ln -s "$build" "$tmp/tree/build"
line=$(readme_cc 'build/libprecis.a')
[ -n "$line" ] || fail "README has no build-tree link line"
(cd "$tmp/tree" && eval "$line") || fail "README build-tree line: $line"
mv "$tmp/tree/example" "$tmp/readme_tree"
run readme_tree
line=$(readme_cc 'pkg-config --cflags --libs precis')
[ -n "$line" ] || fail "README has no pkg-config link line"
(cd "$tmp/pc" && PKG_CONFIG_PATH=$libdir/pkgconfig PKG_CONFIG_SYSROOT_DIR=$dest eval "$line") ||
  fail "README pkg-config line: $line"
mv "$tmp/pc/example" "$tmp/readme_pc"
run readme_pc
needs readme_pc yes

export PKG_CONFIG_PATH=$libdir/pkgconfig PKG_CONFIG_SYSROOT_DIR=$dest
cc=${CC:-cc}
# shellcheck disable=SC2046 # word splitting of pkg-config's flags is wanted
$cc -o "$tmp/pc_shared" "$tmp/example.c" $(pkg-config --cflags --libs precis) ||
  fail "pkg-config shared build"
run pc_shared
needs pc_shared yes
# shellcheck disable=SC2046
$cc -o "$tmp/pc_static" "$tmp/example.c" $(pkg-config --cflags precis) -Wl,--as-needed \
  -Wl,-Bstatic -lprecis -Wl,-Bdynamic $(pkg-config --static --libs precis) ||
  fail "pkg-config static build"
run pc_static
needs pc_static no
unset PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR

# find_package(precis), shared and static.
cmake -S "$src/tests/install/consumer" -B "$tmp/consumer" -DCMAKE_PREFIX_PATH="$dest$prefix" \
  -DEXAMPLE="$tmp/example.c" >"$tmp/consumer.log" 2>&1 || fail "find_package: $(cat "$tmp/consumer.log")"
cmake --build "$tmp/consumer" >>"$tmp/consumer.log" 2>&1 || fail "find_package build: $(cat "$tmp/consumer.log")"
cp "$tmp/consumer/example_shared" "$tmp/fp_shared"
cp "$tmp/consumer/example_static" "$tmp/fp_static"
run fp_shared
needs fp_shared yes
run fp_static
needs fp_static no

# add_subdirectory(precis): only the library is built, nothing installed.
cmake -S "$src/tests/install/subdir" -B "$tmp/subdir" -DPRECIS_DIR="$src" \
  -DEXAMPLE="$tmp/example.c" >"$tmp/subdir.log" 2>&1 || fail "add_subdirectory: $(cat "$tmp/subdir.log")"
cmake --build "$tmp/subdir" -j "$(nproc)" >>"$tmp/subdir.log" 2>&1 ||
  fail "add_subdirectory build: $(tail -20 "$tmp/subdir.log")"
[ ! -e "$tmp/subdir/precis/precis" ] || fail "add_subdirectory built the command too"
cp "$tmp/subdir/example_shared" "$tmp/sub_shared"
cp "$tmp/subdir/example_static" "$tmp/sub_static"
run sub_shared
needs sub_shared yes
run sub_static
needs sub_static no

# Uninstall leaves nothing of precis behind.
DESTDIR=$dest cmake --build "$build" --target uninstall >"$tmp/uninstall.log" 2>&1 ||
  fail "uninstall: $(cat "$tmp/uninstall.log")"
left=$(find "$dest" -type f -o -type l)
[ -z "$left" ] || fail "left after uninstall: $left"
echo ok
