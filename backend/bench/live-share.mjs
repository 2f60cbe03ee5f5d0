// The traffic of a 1000-run live share: the app creates the run, sends an update every 500 ms with
// the runs measured since (here: a run pair every 20 ms, 25 pairs an update), and finishes it; one
// watcher follows it over /live. Counts the bytes each way, and what pushing the whole document on
// every change (the protocol before issue 13) would have sent to each watcher.
//   node --experimental-websocket bench/live-share.mjs ORIGIN [RUNS] [PAIRS_PER_UPDATE]
import { loadFixture, waitForBackend } from "./fixture.mjs";

const [origin, runsArg = "1000", perUpdateArg = "25"] = process.argv.slice(2);
const runs = Number(runsArg);
const perUpdate = Number(perUpdateArg);
await waitForBackend(origin);
const comparisonFixture = await loadFixture();
const bytes = (s) => Buffer.byteLength(s);
const json = { "Content-Type": "application/json" };

const first = JSON.stringify(comparisonFixture({ status: "RUNNING", runs: 0, plannedRuns: runs }));
const created = await fetch(`${origin}/api/runs`, { method: "POST", headers: json, body: first });
if (created.status !== 201) throw new Error(`create answered ${created.status}`);
const { runId, writeToken } = await created.json();
const auth = { ...json, Authorization: `Bearer ${writeToken}` };

const ws = new WebSocket(`${origin.replace(/^http/, "ws")}/api/runs/${runId}/live`);
const received = [];
let closed;
const done = new Promise((resolve) => (closed = resolve));
ws.addEventListener("message", (e) => received.push(e.data));
ws.addEventListener("close", (e) => closed(e.reason));
await new Promise((resolve, reject) => {
  ws.addEventListener("open", resolve);
  ws.addEventListener("error", reject);
});
while (received.length === 0) await new Promise((r) => setTimeout(r, 10));

let upload = bytes(first);
let wholeDocs = 0; // the watcher's bytes had every change been the whole document
let updates = 0;
for (let n = perUpdate; n < runs; n += perUpdate) {
  const body = JSON.stringify(comparisonFixture({ status: "RUNNING", runs: n, plannedRuns: runs }));
  const r = await fetch(`${origin}/api/runs/${runId}`, { method: "PUT", headers: auth, body });
  if (r.status !== 200) throw new Error(`update answered ${r.status}: ${await r.text()}`);
  upload += bytes(body);
  wholeDocs += bytes(body);
  updates += 1;
}
const final = JSON.stringify(comparisonFixture({ status: "SUCCESS", runs }));
const f = await fetch(`${origin}/api/runs/${runId}/finish`, { method: "POST", headers: auth, body: final });
if (f.status !== 200) throw new Error(`finish answered ${f.status}`);
upload += bytes(final);
wholeDocs += bytes(final);
const reason = await done;

const snapshot = bytes(received[0]);
const deltas = received.slice(1).reduce((t, m) => t + bytes(m), 0);
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
console.log(`\n${runs} counted runs per side, ${updates} updates of ${perUpdate} run pairs + finish; final document ${kib(bytes(final))}; socket closed: ${reason}\n`);
console.log("| traffic | bytes | |");
console.log("|---|---:|---|");
console.log(`| app → backend (create, ${updates} updates, finish) | ${upload} | ${kib(upload)} |`);
console.log(`| backend → each watcher: snapshot + ${received.length - 1} deltas | ${snapshot + deltas} | ${kib(snapshot + deltas)} |`);
console.log(`| the same had each change been the whole document | ${bytes(received[0]) + wholeDocs} | ${kib(bytes(received[0]) + wholeDocs)} |`);
