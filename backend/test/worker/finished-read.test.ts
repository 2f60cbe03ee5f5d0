// A permalink works the moment its run finishes, wherever it is read: on Cloudflare a KV write
// takes up to a minute to reach other locations, so the run's Durable Object keeps serving the
// final document until it has read it back from KV after that time.
import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { FinishedMetadata } from "../../src/store";
import { bearer, connect, create, doc, expectError, fetchWith, finish, get, put, url, watch } from "./helpers";

const runStub = (id: string) => env.RUN.get(env.RUN.idFromName(id));
const alarmAt = (id: string) => runInDurableObject(runStub(id), (_o, state) => state.storage.getAlarm());

/** Finishes a run in progress, then hides its KV copy: a location KV has not reached yet. */
async function finishedElsewhere(runs = 12) {
  const { runId, writeToken } = await create({ status: "RUNNING", runs: 3 });
  const final = doc({ status: "SUCCESS", runs });
  expect((await finish(runId, bearer(writeToken), final)).status).toBe(200);
  const kv = await env.RUNS.getWithMetadata<FinishedMetadata>(`run:${runId}`);
  await env.RUNS.delete(`run:${runId}`);
  return { runId, writeToken, final, kv };
}

describe("a run that finished a moment ago", () => {
  it("is read from its Durable Object while KV does not have it: 200, the final document, no 503", async () => {
    const { runId, final, kv } = await finishedElsewhere();
    const r = await get(runId);
    expect(r.status).toBe(200);
    expect(r.headers.get("X-Run-State")).toBe("finished");
    expect(r.headers.get("ETag")).toBe(kv.metadata!.etag);
    expect(r.headers.get("Cache-Control")).toMatch(/^public, max-age=\d+$/);
    const body = (await r.json()) as ReturnType<typeof doc>;
    expect(body.verdict).toEqual(final.verdict);
    expect(body.codeRuns[0].runs).toEqual(final.codeRuns[0].runs);
    // Exactly the bytes KV holds.
    expect(JSON.stringify(body)).toBe(kv.value);
  });

  it("is sent to a new live watcher from the object, then the socket closes", async () => {
    const { runId } = await finishedElsewhere();
    const r = await connect(runId);
    expect(r.status).toBe(101);
    const ws = watch(r.webSocket!);
    const first = JSON.parse(await ws.message(1)) as { type: string; doc: { status: string } };
    expect(first.type).toBe("run");
    expect(first.doc.status).toBe("SUCCESS");
    expect(await ws.close()).toEqual({ code: 1000, reason: "finished" });
  });

  it("stays in the object until the object has read it back from KV, then only a marker is left", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    expect((await finish(runId, bearer(writeToken), doc())).status).toBe(200);
    // The document is kept (in chunks) with an alarm set for after KV's propagation time.
    expect((await runStub(runId).storedKeys()).some((k) => k.startsWith("c:"))).toBe(true);
    expect((await alarmAt(runId))! - Date.now()).toBeGreaterThan(60_000);
    expect(await runDurableObjectAlarm(runStub(runId))).toBe(true);
    expect(await runStub(runId).storedKeys()).toEqual(["meta"]);
    // Readers get it from KV; the marker still refuses late updates.
    expect((await get(runId)).status).toBe(200);
    await expectError(await put(runId, doc({ status: "RUNNING" }), bearer(writeToken)), 409, "run_finished");
  });

  it("is written to KV again when the read-back does not find it", async () => {
    const { runId, kv } = await finishedElsewhere();
    expect(await runDurableObjectAlarm(runStub(runId))).toBe(true);
    expect(await env.RUNS.get(`run:${runId}`)).toBe(kv.value);
    // Still held until a later read-back confirms it.
    expect((await runStub(runId).storedKeys()).some((k) => k.startsWith("c:"))).toBe(true);
    expect(await runDurableObjectAlarm(runStub(runId))).toBe(true);
    expect(await runStub(runId).storedKeys()).toEqual(["meta"]);
  });

  it("answers 503 only in the unlikely case that neither KV nor the object has the document", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    expect((await finish(runId, bearer(writeToken), doc())).status).toBe(200);
    await runDurableObjectAlarm(runStub(runId)); // confirmed and dropped by the object
    await env.RUNS.delete(`run:${runId}`);
    const r = await get(runId);
    await expectError(r, 503, "run_finishing");
    expect(r.headers.get("Retry-After")).toBe("5");
  });
});

describe("caching of finished runs", () => {
  it("gives a young run a short max-age, so that a delete reaches every cache soon", async () => {
    const { runId } = await create();
    const r = await get(runId);
    expect(r.headers.get("Cache-Control")).toBe("public, max-age=30");
    await r.arrayBuffer();
  });

  it("gives a run finished over an hour ago the full max-age", async () => {
    const { runId } = await create();
    const key = `run:${runId}`;
    const { value, metadata } = await env.RUNS.getWithMetadata<FinishedMetadata>(key);
    await env.RUNS.put(key, value!, { metadata: { ...metadata!, finishedMs: Date.now() - 2 * 3600_000 } });
    const r = await get(runId);
    expect(r.headers.get("Cache-Control")).toBe("public, max-age=300");
    await r.arrayBuffer();
  });

  it("takes both max-ages from the configuration", async () => {
    const { runId: young } = await create();
    const y = await fetchWith({ CACHE_YOUNG_MAX_AGE_SECONDS: "10" }, new Request(url(`/api/runs/${young}`)));
    expect(y.headers.get("Cache-Control")).toBe("public, max-age=10");
    await y.arrayBuffer();
  });
});
