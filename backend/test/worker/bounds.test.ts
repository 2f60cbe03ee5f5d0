// What one client can make the backend store and send: runs in progress expire, updates and live
// connections are rate limited, and a run has a bounded number of watchers.
import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { bearer, connect, create, doc, expectError, fetchWith, freshIp, get, put, url, watch, type Created } from "./helpers";

const runStub = (id: string) => env.RUN.get(env.RUN.idFromName(id));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const alarmAt = (id: string) => runInDurableObject(runStub(id), (_o, state) => state.storage.getAlarm());

/** Moves a run's creation or last update `ms` into the past, as if that time had gone by. */
function age(id: string, by: { createdMs?: number; updatedMs?: number }) {
  return runInDurableObject(runStub(id), async (_o, state) => {
    const meta = (await state.storage.get<Record<string, number>>("meta"))!;
    for (const [field, ms] of Object.entries(by)) meta[field]! -= ms;
    await state.storage.put("meta", meta);
  });
}

async function createWith(vars: Partial<Env>, options = {}): Promise<Created> {
  const r = await fetchWith(
    vars,
    new Request(url("/api/runs"), {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": freshIp() },
      body: JSON.stringify(doc({ status: "RUNNING", ...options })),
    }),
  );
  expect(r.status).toBe(201);
  return (await r.json()) as Created;
}

const putWith = (vars: Partial<Env>, id: string, token: string) =>
  fetchWith(
    vars,
    new Request(url(`/api/runs/${id}`), {
      method: "PUT",
      headers: { "Content-Type": "application/json", ...bearer(token) },
      body: JSON.stringify(doc({ status: "RUNNING" })),
    }),
  );

describe("runs in progress expire", () => {
  it("arms an alarm at creation for the idle time (1 h by default)", async () => {
    const { runId } = await create({ status: "RUNNING" });
    const at = await alarmAt(runId);
    expect(at! - Date.now()).toBeGreaterThan(3600_000 - 60_000);
    expect(at! - Date.now()).toBeLessThanOrEqual(3600_000);
    // An alarm before its time only re-arms it: the run is still there.
    expect(await runDurableObjectAlarm(runStub(runId))).toBe(true);
    expect((await get(runId)).headers.get("X-Run-State")).toBe("running");
  });

  it("drops a run that got no update for RUN_IDLE_TTL_SECONDS: watchers closed, 404 to readers, 410 to the owner", async () => {
    const { runId, writeToken } = await createWith({ RUN_IDLE_TTL_SECONDS: "600" });
    expect((await alarmAt(runId))! - Date.now()).toBeLessThanOrEqual(600_000);
    const ws = watch((await connect(runId)).webSocket!);
    await ws.message(1);
    await age(runId, { updatedMs: 601_000 });
    expect(await runDurableObjectAlarm(runStub(runId))).toBe(true);
    expect(await ws.close()).toEqual({ code: 1000, reason: "expired" });
    const e = await expectError(await get(runId), 404, "not_found");
    expect(e.message).toContain("expired");
    await expectError(await put(runId, doc({ status: "RUNNING" }), bearer(writeToken)), 410, "run_expired");
    // Only a tombstone with the token's hash is left, for a week.
    expect(await runStub(runId).storedKeys()).toEqual(["meta"]);
    expect((await alarmAt(runId))! - Date.now()).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(await runDurableObjectAlarm(runStub(runId))).toBe(true);
    expect(await runStub(runId).storedKeys()).toEqual([]);
  });

  it("keeps a run that is being updated, but not past RUN_MAX_SECONDS", async () => {
    const vars = { RUN_IDLE_TTL_SECONDS: "600", RUN_MAX_SECONDS: "3600" };
    const { runId, writeToken } = await createWith(vars);
    await age(runId, { createdMs: 1800_000, updatedMs: 599_000 });
    expect((await putWith(vars, runId, writeToken)).status).toBe(200);
    expect(await runDurableObjectAlarm(runStub(runId))).toBe(true);
    expect((await get(runId)).headers.get("X-Run-State")).toBe("running");
    // Re-armed for the idle time after the update.
    expect((await alarmAt(runId))! - Date.now()).toBeGreaterThan(600_000 - 60_000);
    await age(runId, { createdMs: 3601_000 });
    expect(await runDurableObjectAlarm(runStub(runId))).toBe(true);
    await expectError(await get(runId), 404, "not_found");
  });
});

describe("rate limits and caps", () => {
  it("limits updates per run to RATE_LIMIT_UPDATES a minute: then 429 with Retry-After", async () => {
    const vars = { RATE_LIMIT_UPDATES: "3" };
    const { runId, writeToken } = await createWith(vars);
    for (let i = 0; i < 3; i++) expect((await putWith(vars, runId, writeToken)).status).toBe(200);
    const refused = await putWith(vars, runId, writeToken);
    await expectError(refused, 429, "rate_limited");
    const retry = Number(refused.headers.get("Retry-After"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    // The refused update changed nothing; another run is not affected.
    expect((await get(runId)).headers.get("X-Run-Version")).toBe("4");
    const other = await createWith(vars);
    expect((await putWith(vars, other.runId, other.writeToken)).status).toBe(200);
  });

  it("limits live connections per client address to RATE_LIMIT_LIVE_CONNECTS a minute", async () => {
    const vars = { RATE_LIMIT_LIVE_CONNECTS: "2" };
    const { runId } = await create({ status: "RUNNING" });
    const ip = freshIp();
    for (let i = 0; i < 2; i++) {
      const r = await connect(runId, { "CF-Connecting-IP": ip }, vars);
      expect(r.status).toBe(101);
      watch(r.webSocket!);
    }
    const refused = await connect(runId, { "CF-Connecting-IP": ip }, vars);
    await expectError(refused, 429, "rate_limited");
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect((await connect(runId, { "CF-Connecting-IP": freshIp() }, vars)).status).toBe(101);
  });

  it("caps the watchers of one run at LIVE_MAX_WATCHERS; a place frees when one leaves", async () => {
    const vars = { LIVE_MAX_WATCHERS: "2" };
    const { runId } = await create({ status: "RUNNING" });
    const sockets = [];
    for (let i = 0; i < 2; i++) {
      const r = await connect(runId, { "CF-Connecting-IP": freshIp() }, vars);
      expect(r.status).toBe(101);
      const ws = r.webSocket!;
      await watch(ws).message(1);
      sockets.push(ws);
    }
    const refused = await connect(runId, { "CF-Connecting-IP": freshIp() }, vars);
    await expectError(refused, 503, "too_many_watchers");
    expect(refused.headers.get("Retry-After")).not.toBeNull();
    sockets[0]!.close(1000, "bye");
    let joined = 0;
    for (let i = 0; i < 50 && joined !== 101; i++) {
      await sleep(100);
      const r = await connect(runId, { "CF-Connecting-IP": freshIp() }, vars);
      joined = r.status;
      if (r.status === 101) watch(r.webSocket!);
      else await r.arrayBuffer();
    }
    expect(joined).toBe(101);
  });
});
