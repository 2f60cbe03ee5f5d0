import { env, runInDurableObject, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { ALLOCATOR_NAME } from "../../src/objects/id-allocator";
import type { FinishedMetadata } from "../../src/store";
import { create, doc, freshIp, get, ORIGIN, post, url, type Created } from "./helpers";
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";

const allocator = () => env.IDS.get(env.IDS.idFromName(ALLOCATOR_NAME));

describe("POST /api/runs", () => {
  it("answers 201 with runId, writeToken and permalink, and a Location", async () => {
    const r = await post(doc());
    expect(r.status).toBe(201);
    const body = (await r.json()) as Created;
    expect(Object.keys(body).sort()).toEqual(["permalink", "runId", "writeToken"]);
    expect(body.runId).toMatch(/^[0-9a-z]{10}$/);
    expect(body.writeToken).toMatch(/^fcw_[A-Za-z0-9_-]{43}$/);
    expect(body.permalink).toBe(`${ORIGIN}/?runId=${body.runId}`);
    expect(r.headers.get("Location")).toBe(`/api/runs/${body.runId}`);
    expect(r.headers.get("RateLimit-Limit")).toBe("1000000");
  });

  it("assigns runId and the sides' ids itself, ignoring what the client sent", async () => {
    const d = doc();
    d.runId = "zzzz";
    const { runId } = (await (await post(d)).json()) as Created;
    const stored = (await (await get(runId)).json()) as ReturnType<typeof doc>;
    expect(stored.runId).toBe(runId);
    expect(stored.codeRuns.map((s) => s.id)).toEqual([`${runId}-a`, `${runId}-b`]);
    // Everything else arrives unchanged.
    expect(stored.codeRuns[0].code).toBe(d.codeRuns[0].code);
    expect(stored.verdict).toEqual(d.verdict);
  });

  it("does not publish the host name of the machine the run was measured on", async () => {
    const d = doc({ status: "RUNNING" });
    expect(d.environment.hostname).toBe("bench-box");
    const { runId, writeToken } = (await (await post(d)).json()) as Created;
    const running = await (await get(runId)).text();
    expect(running).not.toContain("bench-box");
    expect(JSON.parse(running).environment.cpuModel).toBe(d.environment.cpuModel);
    const r = await SELF.fetch(url(`/api/runs/${runId}/finish`), {
      method: "POST",
      headers: { Authorization: `Bearer ${writeToken}`, "Content-Type": "application/json" },
      body: JSON.stringify(doc()),
    });
    expect(r.status).toBe(200);
    expect(await env.RUNS.get(`run:${runId}`)).not.toContain("bench-box");
  });

  it("puts SUCCESS and FAILED runs straight into KV, with only the token's hash", async () => {
    for (const status of ["SUCCESS", "FAILED"] as const) {
      const { runId, writeToken } = await create({ status });
      const { value, metadata } = await env.RUNS.getWithMetadata<FinishedMetadata>(`run:${runId}`);
      expect(JSON.parse(value!).status).toBe(status);
      expect(metadata!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(metadata)).not.toContain(writeToken.slice(4));
      expect(value).not.toContain(writeToken.slice(4));
      const keys = await env.RUN.get(env.RUN.idFromName(runId)).storedKeys();
      expect(keys).toEqual([]);
    }
  });

  it("keeps RUNNING runs in their Durable Object, not in KV, with only the token's hash", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    expect(await env.RUNS.get(`run:${runId}`)).toBeNull();
    const stub = env.RUN.get(env.RUN.idFromName(runId));
    const stored = await runInDurableObject(stub, async (_instance, state) => {
      const all = await state.storage.list();
      return [...all.entries()].map(([k, v]) => `${k}=${v instanceof Uint8Array ? new TextDecoder().decode(v) : JSON.stringify(v)}`).join("\n");
    });
    expect(stored).toContain('"state":"running"');
    expect(stored).not.toContain(writeToken.slice(4));
    expect((await get(runId)).status).toBe(200);
  });

  it("stores a large run in chunks under the per-value limit and reads it back whole", async () => {
    const big = doc({ status: "RUNNING", runs: 4000, codeA: "x".repeat(60_000) });
    const r = await post(big);
    expect(r.status).toBe(201);
    const { runId } = (await r.json()) as Created;
    const stub = env.RUN.get(env.RUN.idFromName(runId));
    const sizes = await runInDurableObject(stub, async (_i, state) => {
      const all = await state.storage.list<unknown>({ prefix: "c:" });
      return [...all.values()].map((v) => (v as Uint8Array).byteLength);
    });
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(128 * 1024);
    const back = (await (await get(runId)).json()) as ReturnType<typeof doc>;
    expect(back.codeRuns[0].runs.length).toBe(big.codeRuns[0].runs.length);
    expect(back.codeRuns[0].code).toBe(big.codeRuns[0].code);
  });

  it("gives 100 concurrent creates 100 distinct ids, all recorded by the allocator", async () => {
    const before = await allocator().count();
    const answers = await Promise.all(Array.from({ length: 100 }, () => post(doc({ runs: 5 }))));
    expect(answers.map((r) => r.status)).toEqual(Array(100).fill(201));
    const ids = await Promise.all(answers.map(async (r) => ((await r.json()) as Created).runId));
    expect(new Set(ids).size).toBe(100);
    expect(await allocator().count()).toBe(before + 100);
    for (const id of ids.slice(0, 5)) expect(await allocator().has(id)).toBe(true);
  });

  it("uses PUBLIC_ORIGIN for permalinks when it is set", async () => {
    const ctx = createExecutionContext();
    const r = await worker.fetch(
      new Request(url("/api/runs"), { method: "POST", body: JSON.stringify(doc()), headers: { "Content-Type": "application/json", "CF-Connecting-IP": freshIp() } }),
      { ...env, PUBLIC_ORIGIN: "https://faster.codes/" },
      ctx,
    );
    await waitOnExecutionContext(ctx);
    const body = (await r.json()) as Created;
    expect(body.permalink).toBe(`https://faster.codes/?runId=${body.runId}`);
  });

  it("creates a new run for every POST without an Idempotency-Key", async () => {
    const d = doc();
    const a = (await (await post(d)).json()) as Created;
    const b = (await (await post(d)).json()) as Created;
    expect(a.runId).not.toBe(b.runId);
    expect(a.writeToken).not.toBe(b.writeToken);
  });

  it("serves the run it created to anyone (no token needed to read)", async () => {
    const { runId } = await create();
    const r = await SELF.fetch(url(`/api/runs/${runId}`));
    expect(r.status).toBe(200);
  });
});
