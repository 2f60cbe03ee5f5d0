#!/usr/bin/env bash
# Runs inside the fresh root (deb_in_fresh_root.sh puts it and the .deb in /tmp/pkg):
#   inside_fresh_root.sh DEB_FILE_NAME VERSION
# Lines starting with "RESULT " are figures for docs/benchmarks.md.
set -uo pipefail
DEB=/tmp/pkg/$1
VERSION=$2
export HOME=/root XDG_RUNTIME_DIR=/tmp/runtime-root
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*"; exit 1; }
now_ms() { date +%s%3N; }

# Every path outside the user's and the test's own folders, to compare after the purge.
snapshot() {
  find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /tmp -o -path /root \
    -o -path /var/cache -o -path /var/log -o -path /var/lib/apt -o -path /var/lib/dpkg \) -prune \
    -o -print | sort
}

step "apt-get install ./$(basename "$DEB")"
cd /tmp/pkg || fail "no /tmp/pkg"
t_install=$(now_ms)
if ! apt-get install -y -q "./$(basename "$DEB")" >/tmp/pkg/apt.log 2>&1; then
  # The cached root's package lists may be older than the build root's libraries.
  echo "first attempt failed; apt-get update and again"
  tail -n 5 /tmp/pkg/apt.log
  apt-get update -qq && apt-get install -y -q "./$(basename "$DEB")" >/tmp/pkg/apt.log 2>&1 ||
    { tail -n 40 /tmp/pkg/apt.log; fail "apt-get install ./$(basename "$DEB")"; }
fi
t_installed=$(now_ms)
tail -n 3 /tmp/pkg/apt.log
echo "RESULT apt_install_ms=$((t_installed - t_install))"
echo "RESULT packages_pulled=$(grep -c '^Setting up ' /tmp/pkg/apt.log)"

step "the first window under Xvfb"
# FASTERCODES_STARTUP_PROBE=quit: the app prints one JSON line once its window is shown, then quits.
probe=$(FASTERCODES_STARTUP_PROBE=quit timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" fastercodes 2>&1 >/dev/null)
rc=$?
t_window=$(now_ms)
echo "$probe" | tail -n 5
[[ $rc == 0 ]] || fail "the app under Xvfb exited with $rc"
line=$(echo "$probe" | grep -m1 '^{.*}$') || fail "no startup-probe line: the window was not shown"
echo "$line" | grep -q '"title"' || fail "the startup probe names no window title: $line"
echo "RESULT install_to_first_window_ms=$((t_window - t_install))"
echo "RESULT first_window_probe=$line"

step "fastercodes --version"
out=$(fastercodes --version) || fail "--version exited non-zero"
echo "$out"
[[ $out == *"$VERSION"* ]] || fail "--version does not say $VERSION"

step "fastercodes languages"
out=$(fastercodes languages) || fail "languages exited non-zero"
echo "$out" | head -n 12
echo "$out" | grep -Eiq '^\s*c\b' || echo "$out" | grep -q 'C ' || fail "languages does not list C"

step "fastercodes compare slow.c fast.c (gcc of the fresh root, the installed launcher)"
out=$(fastercodes compare --runs 5 --warmup 1 --no-save --check-output \
  --json /tmp/pkg/compare.json /tmp/pkg/slow.c /tmp/pkg/fast.c 2>&1) || { echo "$out"; fail "compare exited non-zero"; }
echo "$out" | tail -n 8
[[ -s /tmp/pkg/compare.json ]] || fail "compare wrote no JSON"
grep -q '"fastercodes.comparison/1"' /tmp/pkg/compare.json || fail "the JSON is not a fastercodes.comparison/1"

step "xdg-mime query default x-scheme-handler/fastercodes"
handler=$(xdg-mime query default x-scheme-handler/fastercodes)
echo "$handler"
[[ $handler == codes.faster.fastercodes.desktop ]] || fail "the fastercodes:// handler is '$handler'"

step "desktop-file-validate, appstreamcli validate --no-net (installed files)"
desktop-file-validate /usr/share/applications/codes.faster.fastercodes.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/codes.faster.fastercodes.metainfo.xml ||
  fail "appstreamcli validate"

step "installed files"
dpkg -L fastercodes | grep -E 'bin/|libexec|\.desktop|metainfo|man1|/apps/' 
for size in 16 22 24 32 48 64 128 256 512; do
  [[ -f /usr/share/icons/hicolor/${size}x${size}/apps/codes.faster.fastercodes.png ]] || fail "no ${size}px icon"
done
[[ -x /usr/libexec/fastercodes/fastercodes-launcher ]] || fail "no launcher in /usr/libexec/fastercodes"
[[ ! -e /usr/bin/fastercodes-launcher ]] || fail "the launcher is on PATH"
man -w fastercodes >/dev/null 2>&1 || [[ -f /usr/share/man/man1/fastercodes.1.gz ]] || fail "no man page"

step "apt-get purge fastercodes: nothing of it left"
mapfile -t owned < <(dpkg-query -L fastercodes | grep -v '^/\.$')
# The snapshot: after the dependencies were installed, so only fastercodes' own traces differ.
before=$(mktemp) && after=$(mktemp)
snapshot >"$before"
apt-get purge -y -q fastercodes >/tmp/pkg/purge.log 2>&1 || { cat /tmp/pkg/purge.log; fail "apt-get purge"; }
snapshot >"$after"
left=()
for p in "${owned[@]}"; do
  [[ -e $p && ! -d $p ]] && left+=("$p")
  # A directory only fastercodes had (libexec/fastercodes, its doc folder) must go too.
  [[ -d $p && $p == *fastercodes* ]] && left+=("$p/")
done
[[ ${#left[@]} == 0 ]] || { printf '  %s\n' "${left[@]}"; fail "the purge left files of the package"; }
new=$(comm -13 "$before" "$after")
[[ -z $new ]] || { echo "$new" | head -n 20; fail "files appeared that were not there before the install"; }
if grep -rIl fastercodes /usr/share/applications /etc 2>/dev/null | grep .; then
  fail "the files above still name fastercodes after the purge"
fi
dpkg -s fastercodes >/dev/null 2>&1 && fail "dpkg still knows fastercodes"
echo "nothing left"
echo "PASS inside the fresh root"
