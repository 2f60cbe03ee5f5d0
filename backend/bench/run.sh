#!/usr/bin/env bash
# Loads the local backend (wrangler dev -> workerd, on loopback) with wrk and prints requests per
# second and p50/p99 latency for: reading a finished run (KV + edge cache), revalidating it (304),
# reading a run in progress (its Durable Object), and creating runs.
#
#   bench/run.sh [DURATION_S] [CONNECTIONS]        (from backend/, inside the build root)
#   toolchains/dev shell -c 'cd backend && npm run bench'
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=${2:-16}
THREADS=2
command -v wrk >/dev/null || { echo "bench: wrk is missing (Debian package wrk)" >&2; exit 2; }

PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
STATE=$(mktemp -d /tmp/fastercodes-bench-XXXXXX)
WORK=$(mktemp -d /tmp/fastercodes-bench-work-XXXXXX)
ORIGIN="http://127.0.0.1:$PORT"

# The backend runs in its own process group, so that exactly it (wrangler and its workerd) is stopped.
CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_SEND_METRICS=false WRANGLER_HIDE_BANNER=true \
  setsid node node_modules/wrangler/bin/wrangler.js dev --ip 127.0.0.1 --port "$PORT" \
  --persist-to "$STATE" --show-interactive-dev-session=false --log-level warn \
  --var RATE_LIMIT_CREATES:1000000000 >"$WORK/wrangler.log" 2>&1 &
BACKEND=$!
cleanup() {
  kill -TERM -- "-$BACKEND" 2>/dev/null || true
  wait "$BACKEND" 2>/dev/null || true
  rm -rf "$STATE" "$WORK"
}
trap cleanup EXIT

eval "$(node bench/setup.mjs "$ORIGIN" "$WORK")" || { cat "$WORK/wrangler.log" >&2; exit 1; }

# One warm-up pass so that the first compile of each path does not count.
wrk -t1 -c2 -d2s "$ORIGIN/api/runs/$FINISHED" >/dev/null
FC_PAYLOAD="$WORK/success.json" wrk -t1 -c2 -d2s -s bench/create.lua "$ORIGIN/api/runs" >/dev/null

# wrk --latency prints "50%  1.23ms" lines; normalise to milliseconds.
ms() { awk -v p="$1" '$1==p { v=$2; if (v ~ /us$/) { sub(/us$/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v) } else if (v ~ /s$/) { sub(/s$/,"",v); v=v*1000 } printf "%.2f", v }'; }
rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }'; }
errors() { awk '/Non-2xx or 3xx responses:/ { print $NF; found=1 } END { if (!found) print 0 }'; }

row() { # name, wrk output file
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$(rps <"$2")" "$(ms 50% <"$2")" "$(ms 99% <"$2")" "$(errors <"$2")"
}

run() { # name, file, wrk args...
  local name=$1 out=$2
  shift 2
  echo "bench: $name ($DURATION s, $CONNECTIONS connections)" >&2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" >"$out"
}

run "read finished" "$WORK/read.txt" "$ORIGIN/api/runs/$FINISHED"
run1() { # the same with one connection: the latency of a request that does not queue
  local name=$1 out=$2
  shift 2
  echo "bench: $name ($DURATION s, 1 connection)" >&2
  wrk -t1 -c1 -d"${DURATION}s" --latency "$@" >"$out"
}
run1 "read finished" "$WORK/read1.txt" "$ORIGIN/api/runs/$FINISHED"
run "revalidate finished" "$WORK/revalidate.txt" -H "If-None-Match: $ETAG" "$ORIGIN/api/runs/$FINISHED"
run "read in progress" "$WORK/running.txt" "$ORIGIN/api/runs/$RUNNING"
FC_PAYLOAD="$WORK/success.json" run "create" "$WORK/create.txt" -s bench/create.lua "$ORIGIN/api/runs"
FC_PAYLOAD="$WORK/success.json" run1 "create" "$WORK/create1.txt" -s bench/create.lua "$ORIGIN/api/runs"
CREATED=$(find "$STATE" -type f | wc -l)

echo
echo "wrk $THREADS threads, $CONNECTIONS connections (or 1), $DURATION s each; payload $BYTES bytes; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u +%Y-%m-%d)"
echo
echo "| workload | requests/s | p50 ms | p99 ms | non-2xx/3xx |"
echo "|---|---:|---:|---:|---:|"
row "GET finished run (200, KV + edge cache)" "$WORK/read.txt"
row "GET finished run, 1 connection" "$WORK/read1.txt"
row "GET finished run, If-None-Match (304)" "$WORK/revalidate.txt"
row "GET run in progress (200, Durable Object)" "$WORK/running.txt"
row "POST /api/runs (201, new finished run)" "$WORK/create.txt"
row "POST /api/runs, 1 connection" "$WORK/create1.txt"
echo
echo "(state dir held $CREATED files after the creates)" >&2
