// Prepares a benchmark against a local backend: waits until it answers, writes the payloads (the
// test fixture: a realistic 30-run comparison), creates one finished run and one in progress, and
// prints shell assignments for bench/run.sh.
//   node bench/setup.mjs ORIGIN WORKDIR
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadFixture, waitForBackend } from "./fixture.mjs";

const [origin, work] = process.argv.slice(2);
await waitForBackend(origin);
const comparisonFixture = await loadFixture();

async function create(status) {
  const body = JSON.stringify(comparisonFixture({ status }));
  writeFileSync(join(work, `${status.toLowerCase()}.json`), body);
  const r = await fetch(`${origin}/api/runs`, { method: "POST", body, headers: { "Content-Type": "application/json" } });
  if (r.status !== 201) throw new Error(`create answered ${r.status}: ${await r.text()}`);
  return { ...(await r.json()), bytes: Buffer.byteLength(body) };
}

const finished = await create("SUCCESS");
const running = await create("RUNNING");
const etag = (await fetch(`${origin}/api/runs/${finished.runId}`, { method: "HEAD" })).headers.get("ETag");
console.log(`FINISHED=${finished.runId} RUNNING=${running.runId} ETAG='${etag}' BYTES=${finished.bytes}`);
