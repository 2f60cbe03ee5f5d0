#!/usr/bin/env bash
# The .deb end to end (label `package`): built by CPack from this build tree, checked by lintian,
# installed with apt into an overlay of the fresh Debian 13 root (freshroot.sh), used there as a
# user would (command line, a comparison with gcc, the window under Xvfb, the fastercodes://
# handler, the validators on the installed files), then purged, leaving no file behind.
#   deb_in_fresh_root.sh BUILD_DIR VERSION
# Writes BUILD_DIR/package-test/results.txt (sizes, timings) for docs/benchmarks.md.
set -euo pipefail
BUILD=$(cd "$1" && pwd)
VERSION=$2
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT="$BUILD/package-test"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; exit 1; }

ROOT=$("$HERE/freshroot.sh" ensure) || exit $?

step "cpack -G DEB"
rm -rf "$OUT"
mkdir -p "$OUT"
(cd "$OUT" && cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$OUT/cpack") >"$OUT/cpack.log" 2>&1 ||
  { cat "$OUT/cpack.log"; fail "cpack -G DEB"; }
debs=("$OUT"/cpack/fastercodes_*.deb)
[[ -f "${debs[0]}" ]] || { cat "$OUT/cpack.log"; fail "cpack wrote no fastercodes_*.deb"; }
DEB=${debs[0]}
dpkg-deb --info "$DEB" | sed -n '/Package:/,$p'
deb_size=$(stat -c %s "$DEB")
installed_kib=$(dpkg-deb --field "$DEB" Installed-Size)

step "lintian (no errors allowed; warnings shown)"
if command -v lintian >/dev/null; then
  lintian --fail-on error --display-info "$DEB" || fail "lintian reports errors"
else
  fail "lintian is missing from the build root"
fi

step "install into the fresh root (overlay of $ROOT)"
mkdir -p "$OUT/overlay" "$OUT/overlay/upper/tmp/pkg"
chmod 1777 "$OUT/overlay/upper/tmp"
cp "$DEB" "$OUT/overlay/upper/tmp/pkg/"
cp "$HERE/inside_fresh_root.sh" "$HERE/slow.c" "$HERE/fast.c" "$OUT/overlay/upper/tmp/pkg/"
"$HERE/freshroot.sh" run "$OUT/overlay" bash /tmp/pkg/inside_fresh_root.sh "$(basename "$DEB")" "$VERSION" \
  2>&1 | tee "$OUT/inside.log"
rc=${PIPESTATUS[0]}
[[ $rc == 0 ]] || fail "inside the fresh root (exit $rc)"

results=$(grep '^RESULT ' "$OUT/inside.log" | sed 's/^RESULT //')
{
  echo "deb_bytes=$deb_size"
  echo "installed_kib=$installed_kib"
  echo "$results"
} >"$OUT/results.txt"
step "results"
cat "$OUT/results.txt"
rm -rf --one-file-system "$OUT/overlay"
echo "PASS"
