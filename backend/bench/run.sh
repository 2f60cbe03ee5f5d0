#!/usr/bin/env bash
# Loads the local backend (wrangler dev -> workerd, on loopback) with wrk and prints requests per
# second and p50/p99 latency for: reading a finished run (KV), revalidating it (304), reading a run
# in progress (its Durable Object), and creating runs. Then: the read of a finished run against a
# bare Worker that returns the same KV value in the same runtime (bench/bare/, same persisted KV),
# against the same bare Worker behind an [assets] configuration like the viewer's, and this Worker
# as it was deployed before the split into two Workers (with the viewer as its own [assets]),
# alternating, three rounds each, with the CPU time per request of each; the latency of creates, updates and finishes
# (bench/latency.mjs); the traffic of a 1000-run live share (bench/live-share.mjs).
#
#   bench/run.sh [DURATION_S] [CONNECTIONS]        (from backend/, inside the build root)
#   toolchains/dev shell -c 'cd backend && npm run bench'
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-20}
CONNECTIONS=${2:-16}
THREADS=2
command -v wrk >/dev/null || { echo "bench: wrk is missing (Debian package wrk)" >&2; exit 2; }

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
PORT=$(free_port)
BARE_PORT=$(free_port)
ASSETS_PORT=$(free_port)
# Two wrangler dev processes at once: each needs its own inspector port (the default is 9229).
INSPECT=$(free_port)
BARE_INSPECT=$(free_port)
ASSETS_INSPECT=$(free_port)
STATE=$(mktemp -d /tmp/fastercodes-bench-XXXXXX)
WORK=$(mktemp -d /tmp/fastercodes-bench-work-XXXXXX)
ORIGIN="http://127.0.0.1:$PORT"

# The backend runs in its own process group, so that exactly it (wrangler and its workerd) is stopped.
CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_SEND_METRICS=false WRANGLER_HIDE_BANNER=true \
  setsid node node_modules/wrangler/bin/wrangler.js dev -c wrangler.toml -c viewer/wrangler.toml \
  --ip 127.0.0.1 --port "$PORT" --inspector-port "$INSPECT" \
  --persist-to "$STATE" --show-interactive-dev-session=false --log-level warn \
  --var RATE_LIMIT_CREATES:1000000000 >"$WORK/wrangler.log" 2>&1 &
BACKEND=$!
BARE=""
BARE_ASSETS=""
WITHASSETS=""
cleanup() {
  kill -TERM -- "-$BACKEND" 2>/dev/null || true
  wait "$BACKEND" 2>/dev/null || true
  for p in "$BARE" "$BARE_ASSETS" "$WITHASSETS"; do
    [[ -n "$p" ]] || continue
    kill -TERM -- "-$p" 2>/dev/null || true
    wait "$p" 2>/dev/null || true
  done
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

# FLOOR_ONLY=1: only the comparison with the bare Worker below (to repeat it in one session).
if [[ -z "${FLOOR_ONLY:-}" ]]; then
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
row "GET finished run (200, KV)" "$WORK/read.txt"
row "GET finished run, 1 connection" "$WORK/read1.txt"
row "GET finished run, If-None-Match (304)" "$WORK/revalidate.txt"
row "GET run in progress (200, Durable Object)" "$WORK/running.txt"
row "POST /api/runs (201, new finished run)" "$WORK/create.txt"
row "POST /api/runs, 1 connection" "$WORK/create1.txt"
echo
echo "(state dir held $CREATED files after the creates)" >&2
fi

# --- a finished run against the floor: the same KV value from a bare Worker ------------------------
# Four Workers on the same persisted KV, each its own `wrangler dev` (process group): this one (the
# API Worker, no [assets]; its `wrangler dev` also runs the viewer Worker, which a read of a run
# does not touch); the bare Worker; the bare Worker behind an [assets] configuration like the
# viewer's (locally every request to a Worker with assets passes an RPC proxy and the assets router
# before the Worker); this Worker as deployed before the split, with the viewer as its [assets].
# Alternating rounds; besides requests/s, the CPU time each group spent per request (utime + stime
# of its processes from /proc), which other load on the machine moves far less than a rate.
start_worker() { # config, port, inspector port, log
  CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_SEND_METRICS=false WRANGLER_HIDE_BANNER=true \
    setsid node node_modules/wrangler/bin/wrangler.js dev -c "$1" --ip 127.0.0.1 \
    --port "$2" --inspector-port "$3" --persist-to "$STATE" --show-interactive-dev-session=false --log-level warn \
    >"$4" 2>&1 &
}
WITHASSETS_PORT=$(free_port)
WITHASSETS_INSPECT=$(free_port)
start_worker bench/bare/wrangler.toml "$BARE_PORT" "$BARE_INSPECT" "$WORK/bare.log"
BARE=$!
start_worker bench/bare/wrangler-assets.toml "$ASSETS_PORT" "$ASSETS_INSPECT" "$WORK/bare-assets.log"
BARE_ASSETS=$!
start_worker bench/bare/wrangler-withassets.toml "$WITHASSETS_PORT" "$WITHASSETS_INSPECT" "$WORK/withassets.log"
WITHASSETS=$!
declare -A ORIGIN_OF=([ours]="$ORIGIN" [bare]="http://127.0.0.1:$BARE_PORT"
  [assets]="http://127.0.0.1:$ASSETS_PORT" [withassets]="http://127.0.0.1:$WITHASSETS_PORT")
declare -A GROUP_OF=([ours]="$BACKEND" [bare]="$BARE" [assets]="$BARE_ASSETS" [withassets]="$WITHASSETS")
declare -A LOG_OF=([ours]="$WORK/wrangler.log" [bare]="$WORK/bare.log" [assets]="$WORK/bare-assets.log"
  [withassets]="$WORK/withassets.log")
VARIANTS=(ours bare assets withassets)
for v in "${VARIANTS[@]:1}"; do
  node bench/same-bytes.mjs "$ORIGIN/api/runs/$FINISHED" "${ORIGIN_OF[$v]}/api/runs/$FINISHED" \
    || { cat "${LOG_OF[$v]}" >&2; exit 1; }
  wrk -t1 -c2 -d2s "${ORIGIN_OF[$v]}/api/runs/$FINISHED" >/dev/null
done
# CPU ticks (1/CLK_TCK s) of every process in a process group, living or not yet reaped.
group_cpu() { { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v g="$1" '$5 == g { t += $14 + $15 } END { print t + 0 }'; }
requests() { awk '/requests in/ { print $1 }'; }
TICK_MS=$(awk -v t="$(getconf CLK_TCK)" 'BEGIN { print 1000 / t }')
ROUND=${ROUND_S:-10}
for i in 1 2 3; do
  echo "bench: floor round $i ($ROUND s each, alternating)" >&2
  for v in "${VARIANTS[@]}"; do
    c0=$(group_cpu "${GROUP_OF[$v]}")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${ROUND}s" --latency "${ORIGIN_OF[$v]}/api/runs/$FINISHED" >"$WORK/$v$i.txt"
    c1=$(group_cpu "${GROUP_OF[$v]}")
    awk -v c="$((c1 - c0))" -v ms="$TICK_MS" -v n="$(requests <"$WORK/$v$i.txt")" \
      'BEGIN { printf "%.3f", c * ms / n }' >"$WORK/$v$i.cpu"
  done
done
median3() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
ratio() { awk -v o="$1" -v b="$2" 'BEGIN { printf "%.2f", o / b }'; }
declare -A RPS CPU
for v in "${VARIANTS[@]}"; do
  RPS[$v]=$(median3 "$(rps <"$WORK/${v}1.txt")" "$(rps <"$WORK/${v}2.txt")" "$(rps <"$WORK/${v}3.txt")")
  CPU[$v]=$(median3 "$(cat "$WORK/${v}1.cpu")" "$(cat "$WORK/${v}2.cpu")" "$(cat "$WORK/${v}3.cpu")")
done
echo "requests/s (CPU ms per request of the Worker's wrangler dev process group)"
echo "| round | this Worker | bare Worker | ratio | bare Worker with [assets] | ratio | this Worker with [assets] (before the split) | its ratio to bare |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for i in 1 2 3; do
  declare -A R=() C=()
  for v in "${VARIANTS[@]}"; do R[$v]=$(rps <"$WORK/$v$i.txt"); C[$v]=$(cat "$WORK/$v$i.cpu"); done
  printf '| %s | %s (%s) | %s (%s) | %s | %s (%s) | %s | %s (%s) | %s |\n' "$i" "${R[ours]}" "${C[ours]}" \
    "${R[bare]}" "${C[bare]}" "$(ratio "${R[ours]}" "${R[bare]}")" "${R[assets]}" "${C[assets]}" \
    "$(ratio "${R[ours]}" "${R[assets]}")" "${R[withassets]}" "${C[withassets]}" "$(ratio "${R[withassets]}" "${R[bare]}")"
done
printf '| median | %s (%s) | %s (%s) | **%s** | %s (%s) | %s | %s (%s) | %s |\n' "${RPS[ours]}" "${CPU[ours]}" \
  "${RPS[bare]}" "${CPU[bare]}" "$(ratio "${RPS[ours]}" "${RPS[bare]}")" "${RPS[assets]}" "${CPU[assets]}" \
  "$(ratio "${RPS[ours]}" "${RPS[assets]}")" "${RPS[withassets]}" "${CPU[withassets]}" "$(ratio "${RPS[withassets]}" "${RPS[bare]}")"
echo "by CPU per request (bare / this): this Worker $(ratio "${CPU[bare]}" "${CPU[ours]}"), against the [assets] floor $(ratio "${CPU[assets]}" "${CPU[ours]}"), this Worker with [assets] (before the split) $(ratio "${CPU[bare]}" "${CPU[withassets]}")"
echo
echo "p50 / p99 ms of the same rounds ($CONNECTIONS connections)"
echo "| round | this Worker | bare Worker | bare Worker with [assets] | this Worker with [assets] (before the split) |"
echo "|---|---:|---:|---:|---:|"
for i in 1 2 3; do
  printf '| %s |' "$i"
  for v in "${VARIANTS[@]}"; do printf ' %s / %s |' "$(ms 50% <"$WORK/$v$i.txt")" "$(ms 99% <"$WORK/$v$i.txt")"; done
  echo
done
echo "(load average $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%Y-%m-%d %H:%M UTC'))"
[[ -z "${FLOOR_ONLY:-}" ]] || exit 0

node bench/latency.mjs "$ORIGIN" "${LATENCY_N:-200}"
echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"
node --experimental-websocket bench/live-share.mjs "$ORIGIN" 1000 25
echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))"
