#!/usr/bin/env bash
# `cmake --install` into a DESTDIR, then the installed binary run from there (label `package`):
# it must find its launcher in libexec/fastercodes, its recipes and translations in
# share/fastercodes (the installed files, not the copies compiled in),
# and every file of the layout must be where docs/packaging.md says.
#   install_tree.sh BUILD_DIR VERSION
set -euo pipefail
BUILD=$(cd "$1" && pwd)
VERSION=$2
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STAGE="$BUILD/install-test"
fail() { printf 'FAIL: %s\n' "$*"; exit 1; }

rm -rf "$STAGE"
DESTDIR="$STAGE" cmake --install "$BUILD" --prefix /usr >"$BUILD/install-test.log" 2>&1 ||
  { cat "$BUILD/install-test.log"; fail "cmake --install"; }
P="$STAGE/usr"
echo "installed:"
(cd "$STAGE" && find . -type f | sort | sed 's/^/  /')

for f in bin/fastercodes libexec/fastercodes/fastercodes-launcher \
  share/applications/codes.faster.fastercodes.desktop \
  share/metainfo/codes.faster.fastercodes.metainfo.xml \
  share/icons/hicolor/scalable/apps/codes.faster.fastercodes.svg \
  share/man/man1/fastercodes.1.gz share/doc/fastercodes/copyright \
  share/fastercodes/languages/c.json share/fastercodes/languages/python.json \
  share/fastercodes/translations/fastercodes_de.qm share/fastercodes/translations/fastercodes_fr.qm \
  share/fastercodes/translations/fastercodes_en.qm; do
  [[ -f "$P/$f" ]] || fail "missing $f"
done
for size in 16 22 24 32 48 64 128 256 512; do
  png="$P/share/icons/hicolor/${size}x${size}/apps/codes.faster.fastercodes.png"
  [[ -f $png ]] || fail "missing the ${size}px icon"
  # A PNG of that size: the IHDR's width and height (big-endian at offsets 16 and 20).
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
  [[ $dims == "${size}x${size}" ]] || fail "the ${size}px icon is $dims"
done
# The Windows and macOS icons, rendered here too: an ICONDIR of 7 images, an icns whose
# length field is its size.
ico="$BUILD/packaging/icons/fastercodes.ico" icns="$BUILD/packaging/icons/fastercodes.icns"
[[ $(od -An -tx1 -N6 "$ico" | tr -d ' ') == 000001000700 ]] || fail "$ico is not a 7-image icon"
[[ $(head -c4 "$icns") == icns ]] || fail "$icns has no icns magic"
[[ $(od -An -tu1 -j4 -N4 "$icns" | awk '{print $1*16777216+$2*65536+$3*256+$4}') == $(stat -c %s "$icns") ]] ||
  fail "$icns: its length field is not its size"
[[ ! -e "$P/bin/fastercodes-launcher" ]] || fail "the launcher is installed on PATH"
if [[ $(uname -m) == x86_64 || $(uname -m) == aarch64 ]]; then
  [[ -x "$P/libexec/fastercodes/fastercodes-spawner" ]] || fail "missing libexec/fastercodes/fastercodes-spawner"
fi
grep -q "version=\"$VERSION\"" "$P/share/metainfo/codes.faster.fastercodes.metainfo.xml" ||
  fail "the metainfo has no release $VERSION"
gzip -dc "$P/share/man/man1/fastercodes.1.gz" | grep -q '^\.TH FASTERCODES 1' || fail "the man page has no .TH"

# The installed binary, away from the build tree: nothing may be found through it.
export HOME="$STAGE/home" XDG_CONFIG_HOME="$STAGE/home/.config" XDG_DATA_HOME="$STAGE/home/.local/share"
unset FASTERCODES_LAUNCHER
mkdir -p "$HOME"
cd "$STAGE"
out=$("$P/bin/fastercodes" --version) || fail "--version"
echo "$out"
[[ $out == *"$VERSION"* ]] || fail "--version does not say $VERSION"
out=$("$P/bin/fastercodes" languages) || fail "languages"
echo "$out" | head -n 5
[[ $(echo "$out" | wc -l) -ge 5 ]] || fail "languages lists too little (the built-in recipes?)"
out=$(LANGUAGE=de LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 "$P/bin/fastercodes" compare --help) || fail "compare --help in German"
echo "$out" | grep -qi 'Quelltext\|Seite\|Sprache' || { echo "$out" | head; fail "no German text (translations not found)"; }
# The installed files are the ones read: a recipe renamed in the installed tree shows renamed, and
# a German .qm replaced by the French one makes German French.
recipes="$P/share/fastercodes/languages" qm="$P/share/fastercodes/translations"
sed -i 's/"name": *"Lua"/"name": "Lua (installed recipe)"/' "$recipes/lua.json"
grep -q 'Lua (installed recipe)' "$recipes/lua.json" || fail "lua.json has no \"name\": \"Lua\" to rename"
"$P/bin/fastercodes" languages | grep -q 'Lua (installed recipe)' || fail "the installed recipes are not the ones read"
cp "$qm/fastercodes_fr.qm" "$qm/fastercodes_de.qm"
out=$(LANGUAGE=de LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 "$P/bin/fastercodes" compare --help) || fail "compare --help"
echo "$out" | grep -qi 'Quelltext\|Seite\|Sprache' && { echo "$out" | head; fail "the installed translations are not the ones read"; }
rm -rf "$recipes" "$qm"
"$P/bin/fastercodes" languages | grep -q 'Lua (installed recipe)' && fail "a removed install still renames Lua"
out=$(LANGUAGE=de LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 "$P/bin/fastercodes" compare --help) || fail "compare --help"
echo "$out" | grep -qi 'Quelltext\|Seite\|Sprache' || fail "without installed files, the compiled-in German is gone"
out=$("$P/bin/fastercodes" compare --runs 3 --warmup 0 --no-save --check-output \
  "$HERE/slow.c" "$HERE/fast.c" 2>&1) || { echo "$out"; fail "compare from the installed tree"; }
echo "$out" | tail -n 6
echo PASS
