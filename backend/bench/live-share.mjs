// The traffic of a 1000-run live share: the app creates the run, sends an update every 500 ms with
// the runs measured since (here: a run pair every 20 ms, 25 pairs an update), and finishes it; one
// watcher follows it over /live. Each update goes as the app sends it since PATCH: the operations
// from the last acknowledged document (core/cloud/runpatch.cpp, ported below); the whole-document
// PUT of before is counted alongside (not sent). Counts the bytes each way, and what pushing the
// whole document on every change (the protocol before issue 13) would have sent to each watcher.
import { loadFixture, waitForBackend } from "./fixture.mjs";

const [origin, runsArg = "1000", perUpdateArg = "25"] = process.argv.slice(2);
const runs = Number(runsArg);
const perUpdate = Number(perUpdateArg);
await waitForBackend(origin);
const comparisonFixture = await loadFixture();
const bytes = (s) => Buffer.byteLength(s);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const json = { "Content-Type": "application/json" };

/** runPatchOps of core/cloud/runpatch.cpp: lists that grew as "append", the rest as "set"/"unset". */
function runPatchOps(before, after) {
  const ops = [];
  const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  // The changes inside `b` one by one, or `b` whole when there are many and it is smaller.
  const inside = (a, b, path) => {
    const outer = ops.length;
    into(a, b, path);
    const mine = ops.slice(outer);
    if (mine.length > 8 && JSON.stringify(b).length < JSON.stringify(mine).length) ops.splice(outer, mine.length, ["set", path, b]);
  };
  const into = (a, b, path) => {
    if (same(a, b)) return;
    if (path.length < 6 && isObject(a) && isObject(b)) {
      for (const k of Object.keys(b)) if (k in a) inside(a[k], b[k], [...path, k]); else ops.push(["set", [...path, k], b[k]]);
      for (const k of Object.keys(a)) if (!(k in b)) ops.push(["unset", [...path, k]]);
    } else if (path.length < 6 && Array.isArray(a) && Array.isArray(b) && b.length >= a.length) {
      a.forEach((x, i) => inside(x, b[i], [...path, i]));
      if (b.length > a.length) ops.push(["append", path, a.length, b.slice(a.length)]);
    } else {
      ops.push(["set", path, b]);
    }
  };
  for (const k of Object.keys(after)) if (k in before) inside(before[k], after[k], [k]); else ops.push(["set", [k], after[k]]);
  for (const k of Object.keys(before)) if (!(k in after)) ops.push(["unset", [k]]);
  return ops.length > 64 ? null : ops;
}

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
let wholeUpload = bytes(first); // the app's upload had each update been the whole document (PUT)
let wholeDocs = 0; // the watcher's bytes had every change been the whole document
let updates = 0;
let patches = 0;
let acked = JSON.parse(first);
let version = 1;
for (let n = perUpdate; n < runs; n += perUpdate) {
  const next = comparisonFixture({ status: "RUNNING", runs: n, plannedRuns: runs });
  const whole = JSON.stringify(next);
  const ops = runPatchOps(acked, next);
  const body = ops === null ? whole : JSON.stringify({ base: version, ops });
  const r = await fetch(`${origin}/api/runs/${runId}`, { method: ops === null ? "PUT" : "PATCH", headers: auth, body });
  if (r.status !== 200) throw new Error(`update answered ${r.status}: ${await r.text()}`);
  version = (await r.json()).version;
  acked = next;
  upload += bytes(body);
  wholeUpload += bytes(whole);
  wholeDocs += bytes(whole);
  updates += 1;
  if (ops !== null) patches += 1;
}
const final = JSON.stringify(comparisonFixture({ status: "SUCCESS", runs }));
const f = await fetch(`${origin}/api/runs/${runId}/finish`, { method: "POST", headers: auth, body: final });
if (f.status !== 200) throw new Error(`finish answered ${f.status}`);
upload += bytes(final);
wholeUpload += bytes(final);
wholeDocs += bytes(final);
const reason = await done;

const snapshot = bytes(received[0]);
const deltas = received.slice(1).reduce((t, m) => t + bytes(m), 0);
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
console.log(`\n${runs} counted runs per side, ${updates} updates of ${perUpdate} run pairs + finish; final document ${kib(bytes(final))}; socket closed: ${reason}\n`);
console.log("| traffic | bytes | |");
console.log("|---|---:|---|");
console.log(`| app → backend (create, ${updates} updates of which ${patches} PATCH, finish) | ${upload} | ${kib(upload)} |`);
console.log(`| the same had each update been the whole document (PUT, before) | ${wholeUpload} | ${kib(wholeUpload)} |`);
console.log(`| backend → each watcher: snapshot + ${received.length - 1} deltas | ${snapshot + deltas} | ${kib(snapshot + deltas)} |`);
console.log(`| the same had each change been the whole document | ${bytes(received[0]) + wholeDocs} | ${kib(bytes(received[0]) + wholeDocs)} |`);
