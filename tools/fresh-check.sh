#!/usr/bin/env bash
# Runs the README's two set-up commands, as a newcomer would, in a brand-new
# minimal Debian 12 root (debootstrap --variant=minbase bookworm: no compiler,
# no cmake, nothing installed by hand), on the files git tracks in this
# checkout, with ../shared beside it when there is one. A package the project
# needs but tools/install-deps.sh does not install fails here, whatever the
# machine running it happens to have. CI runs it (.ci/run).
#
# Needs root (debootstrap, chroot, mounts) and the network (apt). The base
# root is downloaded once and kept as a tarball in $PRECIS_FRESH_CACHE
# (default /var/cache/precis-fresh); each run unpacks a new copy of it.
# Skipped, with a message, inside a chroot: that is already a fresh root when
# CI itself runs in one.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
cache=${PRECIS_FRESH_CACHE:-/var/cache/precis-fresh}
base=$cache/bookworm-minbase.tar

if [ "$(id -u)" -ne 0 ]; then
  echo "fresh-check: needs root (debootstrap, chroot)" >&2
  exit 2
fi
if command -v ischroot >/dev/null && ischroot; then
  echo "fresh-check: skipped, this already runs in a chroot"
  exit 0
fi

mkdir -p "$cache"
if [ ! -s "$base" ]; then
  command -v debootstrap >/dev/null || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  }
  mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)
  [ -n "$mirror" ] || mirror=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list 2>/dev/null)
  [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
  rm -rf "$cache/base"
  echo "fresh-check: debootstrap bookworm from $mirror"
  debootstrap --variant=minbase bookworm "$cache/base" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
    tail -20 "$cache/debootstrap.log" >&2
    echo "fresh-check: FAIL: debootstrap" >&2
    exit 1
  }
  tar -C "$cache/base" -cf "$base.part" . && mv "$base.part" "$base"
  rm -rf "$cache/base"
fi

work=$(mktemp -d /var/tmp/precis-fresh.XXXXXX)
root=$work/root
cleanup() {
  for m in dev/pts dev proc; do umount -l "$root/$m" 2>/dev/null || true; done
  # Never delete through a mount that is still there (the host's /dev).
  grep -q " $work/" /proc/mounts || rm -rf --one-file-system "$work"
}
trap cleanup EXIT
mkdir -p "$root"
tar -C "$root" -xf "$base"
mkdir -p "$root/root/precis"
# The tracked files as they are now (committed or not), not build folders.
(cd "$src" && git ls-files -z --cached --others --exclude-standard |
  tar --null -T - -cf - --ignore-failed-read 2>/dev/null) | tar -C "$root/root/precis" -xf -
[ -d "$src/../shared" ] && cp -a "$src/../shared" "$root/root/shared"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"

# The two commands: the first two indented lines under the README's set-up heading.
mapfile -t cmds < <(awk '/^#+ / {on = (tolower($0) ~ /set.?up/); next}
  on && /^    [^ ]/ {sub(/^    /, ""); print}' "$src/README.md" | head -n 2)
[ ${#cmds[@]} -eq 2 ] || { echo "fresh-check: FAIL: README has no two set-up commands" >&2; exit 1; }
for c in "${cmds[@]}"; do
  echo "fresh-check: $c"
  if ! chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    bash -c "cd /root/precis && $c" >"$work/log" 2>&1; then
    tail -40 "$work/log" >&2
    echo "fresh-check: FAIL: fresh Debian 12: '$c'" >&2
    exit 1
  fi
done
echo "fresh-check: PASS: fresh Debian 12: '${cmds[0]}' and '${cmds[1]}'"
