#!/usr/bin/env bash
# Starts the app on a private Xvfb display, waits, and writes a screenshot of the whole screen.
#   toolchains/dev shell -c 'toolchains/screenshot.sh OUT.xwd [WAIT_S] [APP ARGS...]'
# (convert the .xwd to PNG with ImageMagick: convert OUT.xwd OUT.png)
set -euo pipefail
out=$1; wait_s=${2:-4}; shift 2 || true
app=${FASTERCODES_APP:-$(dirname "$0")/../build/dev/bin/fastercodes}
disp=:$((90 + RANDOM % 500))
Xvfb "$disp" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$disp QT_QPA_PLATFORM=xcb "$app" "$@" &
appid=$!
sleep "$wait_s"
xwd -root -display "$disp" -silent >"$out"
kill $appid 2>/dev/null || true
wait $appid 2>/dev/null || true
