// Latency of the writes a share makes, one request at a time (no queueing), on one connection:
// create a finished run (the app's Share), create a run in progress, update it, finish it (the
// app's Share live). Prints a Markdown table of p50/p99 in milliseconds.
//   node bench/latency.mjs ORIGIN [N]
import { loadFixture, percentile, waitForBackend } from "./fixture.mjs";

const [origin, n = "200"] = process.argv.slice(2);
const count = Number(n);
await waitForBackend(origin);
const comparisonFixture = await loadFixture();
const json = { "Content-Type": "application/json" };
const finished = JSON.stringify(comparisonFixture({ status: "SUCCESS" }));
const running = JSON.stringify(comparisonFixture({ status: "RUNNING", runs: 10, plannedRuns: 30 }));
const update = JSON.stringify(comparisonFixture({ status: "RUNNING", runs: 20, plannedRuns: 30 }));

async function timed(what, url, init, expect) {
  const t0 = performance.now();
  const r = await fetch(url, init);
  const body = await r.text();
  const ms = performance.now() - t0;
  if (r.status !== expect) throw new Error(`${what} answered ${r.status}: ${body.slice(0, 200)}`);
  return { ms, body };
}

const times = { create: [], createRunning: [], update: [], finish: [] };
for (let i = 0; i < count + 5; i++) {
  const warm = i < 5; // the first requests of each path compile it
  const c = await timed("create", `${origin}/api/runs`, { method: "POST", headers: json, body: finished }, 201);
  const r = await timed("create running", `${origin}/api/runs`, { method: "POST", headers: json, body: running }, 201);
  const { runId, writeToken } = JSON.parse(r.body);
  const auth = { ...json, Authorization: `Bearer ${writeToken}` };
  const u = await timed("update", `${origin}/api/runs/${runId}`, { method: "PUT", headers: auth, body: update }, 200);
  const f = await timed("finish", `${origin}/api/runs/${runId}/finish`, { method: "POST", headers: auth, body: finished }, 200);
  if (warm) continue;
  times.create.push(c.ms);
  times.createRunning.push(r.ms);
  times.update.push(u.ms);
  times.finish.push(f.ms);
}

const rows = [
  ["POST /api/runs, finished run (Share)", times.create],
  ["POST /api/runs, run in progress (Share live starts)", times.createRunning],
  ["PUT /api/runs/{id} (an update)", times.update],
  ["POST /api/runs/{id}/finish, final document", times.finish],
];
console.log(`\n${count} of each, one at a time; payload ${finished.length} bytes\n`);
console.log("| request | p50 ms | p99 ms |");
console.log("|---|---:|---:|");
for (const [name, values] of rows) {
  const s = [...values].sort((a, b) => a - b);
  console.log(`| ${name} | ${percentile(s, 50).toFixed(1)} | ${percentile(s, 99).toFixed(1)} |`);
}
