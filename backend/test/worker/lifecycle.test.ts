import { env, runDurableObjectAlarm, runInDurableObject, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { FinishedMetadata } from "../../src/store";
import { bearer, create, del, doc, expectError, finish, get, put, url } from "./helpers";

const runStub = (id: string) => env.RUN.get(env.RUN.idFromName(id));

/** A token of the right shape that belongs to no run. */
const FORGED = `fcw_${"A".repeat(43)}`;

describe("write tokens", () => {
  const endpoints: [string, (id: string, h: Record<string, string>) => Promise<Response>][] = [
    ["PUT", (id, h) => put(id, doc({ status: "RUNNING" }), h)],
    ["finish", (id, h) => finish(id, h)],
    ["DELETE", (id, h) => del(id, h)],
  ];
  for (const [name, call] of endpoints) {
    it(`${name}: 401 without a token, with a wrong one and with another run's`, async () => {
      const mine = await create({ status: "RUNNING" });
      const other = await create({ status: "RUNNING" });
      const missing = await call(mine.runId, {});
      await expectError(missing, 401, "unauthorized");
      expect(missing.headers.get("WWW-Authenticate")).toContain("Bearer");
      await expectError(await call(mine.runId, { Authorization: `Basic ${btoa("a:b")}` }), 401, "unauthorized");
      await expectError(await call(mine.runId, bearer(FORGED)), 401, "unauthorized");
      await expectError(await call(mine.runId, bearer("short")), 401, "unauthorized");
      await expectError(await call(mine.runId, bearer(other.writeToken)), 401, "unauthorized");
      // Nothing happened to the run.
      const r = await get(mine.runId);
      expect(r.status).toBe(200);
      expect(r.headers.get("X-Run-Version")).toBe("1");
    });

    it(`${name}: the token is checked before anything else (401, not 404 or 409)`, async () => {
      await expectError(await call("0000000000", bearer(FORGED)), 401, "unauthorized");
      await expectError(await call("NOT-AN-ID", bearer(FORGED)), 401, "unauthorized");
      const finished = await create({ status: "SUCCESS" });
      await expectError(await call(finished.runId, bearer(FORGED)), 401, "unauthorized");
      await expectError(await call(finished.runId, {}), 401, "unauthorized");
    });
  }

  it("accepts the scheme name in any case", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    expect((await put(runId, doc({ status: "RUNNING" }), { Authorization: `bearer ${writeToken}` })).status).toBe(200);
  });
});

describe("PUT /api/runs/{id}", () => {
  it("updates a run in progress, keeping the server's ids", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING", runs: 3 });
    const next = doc({ status: "RUNNING", runs: 8 });
    next.runId = "other";
    const r = await put(runId, next, bearer(writeToken));
    expect(r.status).toBe(200);
    const body = (await r.json()) as { runId: string; status: string; version: number; finished: boolean };
    expect(body).toMatchObject({ runId, status: "RUNNING", version: 2, finished: false });
    const stored = (await (await get(runId)).json()) as ReturnType<typeof doc>;
    expect(stored.runId).toBe(runId);
    expect(stored.codeRuns[1].id).toBe(`${runId}-b`);
    expect(stored.codeRuns[0].runs.length).toBe(next.codeRuns[0].runs.length);
  });

  it("answers 409 once the run is finished (with a valid token)", async () => {
    const posted = await create({ status: "SUCCESS" });
    await expectError(await put(posted.runId, doc({ status: "RUNNING" }), bearer(posted.writeToken)), 409, "run_finished");
    const live = await create({ status: "RUNNING" });
    expect((await finish(live.runId, bearer(live.writeToken), doc())).status).toBe(200);
    await expectError(await put(live.runId, doc({ status: "RUNNING" }), bearer(live.writeToken)), 409, "run_finished");
  });

  it("finishes the run when the document's status is final", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    const r = await put(runId, doc({ status: "FAILED" }), bearer(writeToken));
    expect(r.status).toBe(200);
    expect(await r.json()).toMatchObject({ runId, status: "FAILED", finished: true });
    expect(await env.RUNS.get(`run:${runId}`)).not.toBeNull();
    expect((await get(runId)).headers.get("X-Run-State")).toBe("finished");
  });

  it("answers 400 for a malformed update", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    await expectError(await put(runId, "{", bearer(writeToken)), 400, "malformed_json");
  });
});

describe("POST /api/runs/{id}/finish", () => {
  it("moves the run to KV and the Durable Object no longer holds it", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    expect((await runStub(runId).storedKeys()).filter((k) => k.startsWith("c:")).length).toBeGreaterThan(0);
    const final = doc({ status: "SUCCESS" });
    const r = await finish(runId, bearer(writeToken), final);
    expect(r.status).toBe(200);
    const body = (await r.json()) as { runId: string; status: string; permalink: string; etag: string };
    expect(body).toMatchObject({ runId, status: "SUCCESS", permalink: `https://backend.test/?runId=${runId}` });

    const { value, metadata } = await env.RUNS.getWithMetadata<FinishedMetadata>(`run:${runId}`);
    expect(JSON.parse(value!)).toMatchObject({ runId, status: "SUCCESS", verdict: final.verdict });
    expect(metadata).toMatchObject({ status: "SUCCESS", etag: body.etag });

    // The object serves the final document until it has read it back from KV (finished-read.test.ts);
    // then only a marker without data remains, until its alarm clears the object entirely.
    expect(await runStub(runId).read()).toMatchObject({ state: "finished", metadata: { etag: body.etag } });
    expect(await runDurableObjectAlarm(runStub(runId))).toBe(true);
    expect(await runStub(runId).storedKeys()).toEqual(["meta"]);
    expect(await runStub(runId).read()).toEqual({ state: "finishing" });
    expect(await runDurableObjectAlarm(runStub(runId))).toBe(true);
    expect(await runStub(runId).storedKeys()).toEqual([]);

    // Readers and the owner still see it, from KV.
    const g = await get(runId);
    expect(g.status).toBe(200);
    expect(g.headers.get("Cache-Control")).toContain("max-age");
    await g.arrayBuffer();
    await expectError(await put(runId, doc({ status: "RUNNING" }), bearer(writeToken)), 409, "run_finished");
  });

  it("finishes with the stored document when no body is sent, if its status is final", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    const running = await finish(runId, bearer(writeToken));
    const e = await expectError(running, 422, "not_final");
    expect(e.field).toBe("/status");
    // Still in progress, nothing lost.
    expect((await get(runId)).headers.get("X-Run-State")).toBe("running");

    const withFinal = doc({ status: "SUCCESS" });
    // An update may carry any status; a final one would finish it, so store RUNNING, then finish
    // with a final document.
    expect((await put(runId, doc({ status: "RUNNING", runs: 12 }), bearer(writeToken))).status).toBe(200);
    const r = await finish(runId, bearer(writeToken), withFinal);
    expect(r.status).toBe(200);
    expect(await env.RUNS.get(`run:${runId}`)).not.toBeNull();
  });

  it("answers 422 when the final document does not have a final status", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    await expectError(await finish(runId, bearer(writeToken), doc({ status: "RUNNING" })), 422, "not_final");
  });

  it("answers 409 when finishing twice", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    expect((await finish(runId, bearer(writeToken), doc())).status).toBe(200);
    await expectError(await finish(runId, bearer(writeToken), doc()), 409, "run_finished");
    // Also after the marker is gone (the answer then comes from KV's metadata).
    await runDurableObjectAlarm(runStub(runId));
    await runDurableObjectAlarm(runStub(runId));
    await expectError(await finish(runId, bearer(writeToken), doc()), 409, "run_finished");
  });

  it("answers 422 for an invalid final document", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    await expectError(await finish(runId, bearer(writeToken), { ...doc(), codeRuns: [] }), 422, "schema_violation");
  });
});

describe("DELETE /api/runs/{id}", () => {
  it("removes a finished run: 204, then 404 at once, even right after it was read", async () => {
    const { runId, writeToken } = await create({ status: "SUCCESS" });
    for (let i = 0; i < 3; i++) expect((await (await get(runId)).arrayBuffer()).byteLength).toBeGreaterThan(0);
    const r = await del(runId, bearer(writeToken));
    expect(r.status).toBe(204);
    expect(await r.text()).toBe("");
    await expectError(await get(runId), 404, "not_found");
    expect(await env.RUNS.get(`run:${runId}`)).toBeNull();
  });

  it("removes a run in progress everywhere, leaving only a tombstone", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    expect((await del(runId, bearer(writeToken))).status).toBe(204);
    await expectError(await get(runId), 404, "not_found");
    // Nothing of the run: the tombstone holds the token's hash only.
    expect(await runStub(runId).storedKeys()).toEqual(["meta"]);
    expect(await runStub(runId).read()).toEqual({ state: "none" });
    const e = await expectError(await put(runId, doc({ status: "RUNNING" }), bearer(writeToken)), 404, "not_found");
    expect(e.message).toContain("deleted");
    await expectError(await finish(runId, bearer(writeToken), doc()), 404, "not_found");
    await expectError(await put(runId, doc({ status: "RUNNING" }), bearer(FORGED)), 401, "unauthorized");
  });

  it("removes a run that was finished through the API (KV copy and marker)", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    expect((await finish(runId, bearer(writeToken), doc())).status).toBe(200);
    expect((await del(runId, bearer(writeToken))).status).toBe(204);
    await expectError(await get(runId), 404, "not_found");
    expect(await runStub(runId).read()).toEqual({ state: "none" });
    expect(await env.RUNS.get(`run:${runId}`)).toBeNull();
  });

  it("keeps the id reserved after deletion", async () => {
    const { runId, writeToken } = await create();
    await del(runId, bearer(writeToken));
    const { ALLOCATOR_NAME } = await import("../../src/objects/id-allocator");
    expect(await env.IDS.get(env.IDS.idFromName(ALLOCATOR_NAME)).has(runId)).toBe(true);
  });

  it("answers a repeated delete by the owner with 204 again, for a week", async () => {
    const { runId, writeToken } = await create();
    const other = await create();
    expect((await del(runId, bearer(writeToken))).status).toBe(204);
    // The answer got lost; the client retries.
    expect((await del(runId, bearer(writeToken))).status).toBe(204);
    await expectError(await get(runId), 404, "not_found");
    await expectError(await del(runId, bearer(other.writeToken)), 401, "unauthorized");
    await expectError(await del(runId, {}), 401, "unauthorized");
    const alarmAt = await runInDurableObject(runStub(runId), (_i, state) => state.storage.getAlarm());
    expect(alarmAt! - Date.now()).toBeGreaterThan(7 * 24 * 3600 * 1000 - 60_000);
    // A week later the tombstone is gone, and with it the last trace of the token.
    expect(await runDurableObjectAlarm(runStub(runId))).toBe(true);
    expect(await runStub(runId).storedKeys()).toEqual([]);
    await expectError(await del(runId, bearer(writeToken)), 401, "unauthorized");
  });
});

it("serves the whole lifecycle through one permalink", async () => {
  const { runId, writeToken, permalink } = await create({ status: "RUNNING", runs: 2 });
  expect(permalink).toBe(`https://backend.test/?runId=${runId}`);
  for (let n = 3; n <= 5; n++) {
    const r = await put(runId, doc({ status: "RUNNING", runs: n }), bearer(writeToken));
    expect(((await r.json()) as { version: number }).version).toBe(n - 1);
  }
  const fin = await SELF.fetch(url(`/api/runs/${runId}/finish`), {
    method: "POST",
    headers: { ...bearer(writeToken), "Content-Type": "application/json" },
    body: JSON.stringify(doc({ status: "SUCCESS", runs: 6 })),
  });
  expect(fin.status).toBe(200);
  const final = (await (await get(runId)).json()) as ReturnType<typeof doc>;
  expect(final.status).toBe("SUCCESS");
  expect(final.codeRuns[0].runs.filter((r) => !r.warmup).length).toBe(6);
});
