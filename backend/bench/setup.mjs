// Prepares a benchmark against a local backend: waits until it answers, writes the payloads (the
// test fixture: a realistic 30-run comparison), creates one finished run and one in progress, and
// prints shell assignments for bench/run.sh.
//   node bench/setup.mjs ORIGIN WORKDIR
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const [origin, work] = process.argv.slice(2);

const deadline = Date.now() + 90_000;
for (;;) {
  try {
    if ((await fetch(`${origin}/api/health`)).ok) break;
  } catch {
    // Not listening yet.
  }
  if (Date.now() > deadline) throw new Error(`${origin} did not answer within 90 s`);
  await new Promise((r) => setTimeout(r, 250));
}

const built = await esbuild.build({
  entryPoints: [join(here, "../test/fixtures/comparison.ts")],
  bundle: true,
  format: "esm",
  platform: "neutral",
  write: false,
});
const { comparisonFixture } = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString("base64")}`);

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
