#!/usr/bin/env bash
# The .rpm and the .tar.gz (label `package`), built by CPack from this build tree:
# - the .rpm: its requirements come from autoreq (the Qt, KF6 and QCoro libraries the binaries
#   link) plus the plugins Qt opens at run time; its files are the install tree's, without
#   Debian's lintian override, and it claims no folder other packages own;
# - the .tar.gz: unpacked anywhere (here a folder with a space in its name), it runs from there,
#   finding its launcher, recipes and translations relative to itself.
# This machine has no RPM-based root to install the .rpm into; `rpm -qp` reads it as rpm would.
#   rpm_and_tgz.sh BUILD_DIR VERSION
set -euo pipefail
BUILD=$(cd "$1" && pwd)
VERSION=$2
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT="$BUILD/package-rpm-tgz"
fail() { printf 'FAIL: %s\n' "$*"; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT"
(cd "$OUT" && cpack -G "RPM;TGZ" --config "$BUILD/CPackConfig.cmake" -B "$OUT/cpack") >"$OUT/cpack.log" 2>&1 ||
  { cat "$OUT/cpack.log"; fail "cpack -G RPM;TGZ"; }
rpms=("$OUT"/cpack/fastercodes-*.rpm)
tgzs=("$OUT"/cpack/fastercodes-*.tar.gz)
[[ -f "${rpms[0]}" ]] || fail "cpack wrote no .rpm"
[[ -f "${tgzs[0]}" ]] || fail "cpack wrote no .tar.gz"
RPM=${rpms[0]} TGZ=${tgzs[0]}
printf 'rpm %s B, tgz %s B\n' "$(stat -c %s "$RPM")" "$(stat -c %s "$TGZ")"

command -v rpm >/dev/null || fail "rpm is missing from the build root"
[[ $(rpm -qp --qf '%{VERSION}' "$RPM") == "$VERSION" ]] || fail "the .rpm is not version $VERSION"
requires=$(rpm -qp --requires "$RPM")
for lib in 'libQt6Core.so.6()(64bit)' 'libQt6Widgets.so.6()(64bit)' 'libQt6Charts.so.6()(64bit)' \
  'libKF6SyntaxHighlighting.so.6()(64bit)' 'libQCoro6Core.so.0()(64bit)' qt6-qtbase-gui qt6-qtsvg; do
  grep -qxF "$lib" <<<"$requires" || { echo "$requires"; fail "the .rpm does not require $lib"; }
done
files=$(rpm -qpl "$RPM")
for f in /usr/bin/fastercodes /usr/libexec/fastercodes/fastercodes-launcher \
  /usr/share/applications/codes.faster.fastercodes.desktop \
  /usr/share/metainfo/codes.faster.fastercodes.metainfo.xml \
  /usr/share/fastercodes/languages/c.json /usr/share/fastercodes/translations/fastercodes_de.qm \
  /usr/share/man/man1/fastercodes.1.gz; do
  grep -qxF "$f" <<<"$files" || fail "the .rpm has no $f"
done
for owned in /usr/share/lintian /usr/share/lintian/overrides /usr/share/lintian/overrides/fastercodes \
  /usr/share/icons/hicolor /usr/share/applications /usr/libexec /usr/share/man/man1; do
  grep -qxF "$owned" <<<"$files" && fail "the .rpm claims $owned"
done

dest="$OUT/un packed"
mkdir -p "$dest"
tar -xzf "$TGZ" -C "$dest"
top=("$dest"/fastercodes-*)
P="${top[0]}/usr"
[[ -x "$P/bin/fastercodes" ]] || fail "the .tar.gz has no usr/bin/fastercodes"
export HOME="$OUT/home" XDG_CONFIG_HOME="$OUT/home/.config" XDG_DATA_HOME="$OUT/home/.local/share"
unset FASTERCODES_LAUNCHER
mkdir -p "$HOME"
cd "$OUT"
[[ $("$P/bin/fastercodes" --version) == *"$VERSION"* ]] || fail "--version from the tarball"
"$P/bin/fastercodes" languages | grep -q '^ *python\b\|Python' || fail "languages from the tarball"
out=$(LANGUAGE=de LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 "$P/bin/fastercodes" compare --help) || fail "compare --help"
echo "$out" | grep -qi 'Quelltext\|Seite\|Sprache' || fail "no German text from the tarball"
out=$("$P/bin/fastercodes" compare --runs 3 --warmup 0 --no-save --check-output \
  "$HERE/slow.c" "$HERE/fast.c" 2>&1) || { echo "$out"; fail "compare from the unpacked tarball"; }
echo "$out" | tail -n 4
echo PASS
