#!/usr/bin/env bash
# The fresh minimal Debian 13 root the package test installs the .deb into: not the build root,
# only what a user's machine would have plus the tools the checks need. Created once per recipe
# (debootstrap), cached in ~/.cache/fastercodes/freshroot-trixie-<key>, never changed afterwards:
# each use mounts a throwaway overlay on it, so every test run starts from the same fresh root.
#
#   freshroot.sh ensure             create the root if missing (under a lock); print its path
#   freshroot.sh run UPPER CMD...   run CMD as root inside an overlay of the root whose changes go
#                                   to the folder UPPER; /proc, /dev, /sys are mounted, the apt
#                                   archive cache is shared and the host's DNS setup is copied in
#
# Entered the way toolchains/dev enters the build root: a private mount namespace (unshare) and
# chroot, so no mount outlives the command. Needs root (or CAP_SYS_ADMIN), debootstrap, network
# the first time.
set -euo pipefail

CACHE=${FASTERCODES_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fastercodes}
SUITE=trixie
RECIPE_VERSION=1 # bump when the recipe below changes in a way the package list does not show
# What the checks need in the root: a compiler for `compare`, Xvfb (and xauth, for xvfb-run) for
# the window, xdg-utils for `xdg-mime`, desktop-file-utils (its trigger builds the handler cache
# xdg-mime reads) and appstream for the validators.
PACKAGES="gcc libc6-dev xvfb xauth xdg-utils desktop-file-utils appstream"
KEY=$( { echo "$SUITE $RECIPE_VERSION"; echo "$PACKAGES"; } | sha256sum | cut -c1-12)
ROOT="$CACHE/freshroot-$SUITE-$KEY"
ARCHIVES="$CACHE/freshroot-apt-archives"
LOG="$CACHE/freshroot.log"

say() { printf 'freshroot: %s\n' "$*" >&2; }
die() { printf 'freshroot: error: %s\n' "$*" >&2; exit 1; }

# Exit 77 (ctest's skip) where the root cannot be made or entered, saying why.
can_enter() {
  [[ $(uname -s) == Linux ]] || { echo "not Linux"; return 1; }
  [[ $(id -u) == 0 ]] || { echo "needs root (toolchains/dev test runs as root inside its build root)"; return 1; }
  command -v unshare >/dev/null || { echo "no unshare (util-linux)"; return 1; }
  unshare --mount true 2>/dev/null || { echo "cannot create a mount namespace here"; return 1; }
  return 0
}

# Runs "$@" chrooted in $1 (a directory already prepared), in a private mount namespace.
enter() {
  local r=$1; shift
  local script='set -e
r=$1; shift
mount -t proc proc "$r/proc"
mount --rbind /dev "$r/dev"
mount --rbind /sys "$r/sys"
mkdir -p "$r/dev/shm" "$r/var/cache/apt/archives"
mount --bind "$ARCHIVES" "$r/var/cache/apt/archives"
cp /etc/resolv.conf "$r/etc/resolv.conf" 2>/dev/null || true
exec chroot "$r" "$@"'
  ARCHIVES=$ARCHIVES unshare --mount --propagation private -- bash -c "$script" bash "$r" \
    /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

create() {
  [[ -f "$ROOT/.ready" ]] && return 0
  command -v debootstrap >/dev/null || die "debootstrap is missing (the build root has it: toolchains/root-packages.txt)"
  local t0=$SECONDS tmp="$ROOT.partial"
  rm -rf --one-file-system "$tmp"
  mkdir -p "$ARCHIVES/partial"
  say "creating the fresh Debian 13 root $ROOT (once per machine; log: $LOG)"
  # debootstrap's downloads land in the shared archive cache, which later installs reuse.
  if ! unshare --mount --propagation private -- \
      debootstrap --variant=minbase --cache-dir="$ARCHIVES" "$SUITE" "$tmp" >"$LOG" 2>&1; then
    tail -n 30 "$LOG" >&2
    die "debootstrap failed (full log: $LOG)"
  fi
  say "debootstrap done in $((SECONDS - t0)) s; installing: $PACKAGES"
  # shellcheck disable=SC2086
  if ! enter "$tmp" sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $PACKAGES" >>"$LOG" 2>&1; then
    tail -n 30 "$LOG" >&2
    die "installing the test's tools into the fresh root failed (full log: $LOG)"
  fi
  rm -f "$tmp/etc/resolv.conf"
  touch "$tmp/.ready"
  mv "$tmp" "$ROOT"
  say "fresh root ready in $((SECONDS - t0)) s"
  local old
  for old in "$CACHE"/freshroot-"$SUITE"-*; do
    [[ "$old" == "$ROOT" || "$old" == *.partial || ! -d "$old" ]] && continue
    say "removing outdated fresh root $old"
    rm -rf --one-file-system "$old"
  done
}

cmd=${1:-}
[[ $# -gt 0 ]] && shift
case "$cmd" in
  ensure)
    if ! why=$(can_enter); then echo "SKIP: $why" >&2; exit 77; fi
    mkdir -p "$CACHE/locks"
    (
      exec 9>"$CACHE/locks/freshroot.lock"
      flock -n 9 || { say "waiting for another creation of the fresh root..."; flock 9; }
      create
    )
    echo "$ROOT"
    ;;
  run)
    upper=${1:?run needs an UPPER folder}; shift
    [[ -f "$ROOT/.ready" ]] || die "no fresh root (run: freshroot.sh ensure)"
    mkdir -p "$upper/upper" "$upper/work" "$upper/merged"
    script='set -e
mount -t overlay overlay -o "lowerdir=$1,upperdir=$2/upper,workdir=$2/work" "$2/merged"
shift 2
exec "$@"'
    # The overlay lives in its own namespace too: it is gone when the command ends.
    export ARCHIVES
    unshare --mount --propagation private -- bash -c "$script" bash "$ROOT" "$upper" \
      bash -c "$(declare -f enter); enter \"\$@\"" bash "$upper/merged" "$@"
    ;;
  *) die "usage: freshroot.sh ensure | run UPPER CMD..." ;;
esac
