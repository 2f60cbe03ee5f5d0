import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ALLOCATOR_NAME } from "../../src/objects/id-allocator";
import { sha256Hex } from "../../src/secrets";
import { doc, expectError, get, post, type Created } from "./helpers";

const allocated = () => env.IDS.get(env.IDS.idFromName(ALLOCATOR_NAME)).count();
const recordOf = async (key: string) => env.IDEMPOTENCY.get(env.IDEMPOTENCY.idFromName(await sha256Hex(`idempotency\0${key}`)));

describe("Idempotency-Key", () => {
  it("the same key twice gives one run: 201, then 200 with the first answer", async () => {
    const key = crypto.randomUUID();
    const body = JSON.stringify(doc());
    const before = await allocated();
    const first = await post(body, { "Idempotency-Key": key });
    expect(first.status).toBe(201);
    const a = (await first.json()) as Created;
    const second = await post(body, { "Idempotency-Key": key });
    expect(second.status).toBe(200);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await second.json()).toEqual(a);
    expect(await allocated()).toBe(before + 1);
    // The replayed token is the real one.
    expect((await get(a.runId)).status).toBe(200);
  });

  it("also for a run in progress, whose replayed token still works", async () => {
    const key = `run-${crypto.randomUUID()}`;
    const body = JSON.stringify(doc({ status: "RUNNING" }));
    const a = (await (await post(body, { "Idempotency-Key": key })).json()) as Created;
    const again = await post(body, { "Idempotency-Key": key });
    const b = (await again.json()) as Created;
    expect(b).toEqual(a);
    const { put, bearer } = await import("./helpers");
    expect((await put(a.runId, doc({ status: "RUNNING", runs: 4 }), bearer(b.writeToken))).status).toBe(200);
  });

  it("concurrent requests with one key create exactly one run", async () => {
    const key = crypto.randomUUID();
    const body = JSON.stringify(doc({ runs: 4 }));
    const before = await allocated();
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(body, { "Idempotency-Key": key })));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    // The others either waited for the first answer or were told to retry.
    expect(statuses.every((s) => s === 201 || s === 200 || s === 409)).toBe(true);
    const ids = new Set<string>();
    for (const r of answers) {
      if (r.status === 409) {
        expect(r.headers.get("Retry-After")).toBe("1");
        await expectError(r, 409, "idempotency_in_progress");
      } else ids.add(((await r.json()) as Created).runId);
    }
    expect(ids.size).toBe(1);
    expect(await allocated()).toBe(before + 1);
  });

  it("different keys create different runs", async () => {
    const body = JSON.stringify(doc());
    const a = (await (await post(body, { "Idempotency-Key": crypto.randomUUID() })).json()) as Created;
    const b = (await (await post(body, { "Idempotency-Key": crypto.randomUUID() })).json()) as Created;
    expect(a.runId).not.toBe(b.runId);
  });

  it("refuses a key reused with a different body (422) and keeps the first answer for the first body", async () => {
    const key = crypto.randomUUID();
    const first = (await (await post(doc(), { "Idempotency-Key": key })).json()) as Created;
    await expectError(await post(doc({ title: "something else" }), { "Idempotency-Key": key }), 422, "idempotency_key_reused");
    const again = await post(doc(), { "Idempotency-Key": key });
    expect(again.status).toBe(200);
    expect(((await again.json()) as Created).runId).toBe(first.runId);
  });

  it("accepts keys of up to 64 characters and answers 400 beyond", async () => {
    expect((await post(doc(), { "Idempotency-Key": "k".repeat(64) })).status).toBe(201);
    await expectError(await post(doc(), { "Idempotency-Key": "k".repeat(65) }), 400, "invalid_idempotency_key");
    await expectError(await post(doc(), { "Idempotency-Key": "two words" }), 400, "invalid_idempotency_key");
  });

  it("does not spend the key on an invalid body", async () => {
    const key = crypto.randomUUID();
    await expectError(await post("{", { "Idempotency-Key": key }), 400, "malformed_json");
    expect((await post(doc(), { "Idempotency-Key": key })).status).toBe(201);
  });

  it("stores the first answer sealed: the write token is not in storage", async () => {
    const key = crypto.randomUUID();
    const a = (await (await post(doc(), { "Idempotency-Key": key })).json()) as Created;
    const stored = await runInDurableObject(await recordOf(key), async (_i, state) =>
      JSON.stringify([...(await state.storage.list()).entries()]),
    );
    expect(stored).toContain("sealed");
    expect(stored).not.toContain(a.writeToken.slice(4));
    expect(stored).not.toContain(a.runId);
    expect(stored).not.toContain(key);
  });

  it("forgets the key after 24 h: the same request then creates a new run", async () => {
    const key = crypto.randomUUID();
    const body = JSON.stringify(doc());
    const a = (await (await post(body, { "Idempotency-Key": key })).json()) as Created;
    const record = await recordOf(key);
    const alarmAt = await runInDurableObject(record, (_i, state) => state.storage.getAlarm());
    expect(alarmAt! - Date.now()).toBeGreaterThan(24 * 3600 * 1000 - 60_000);
    expect(alarmAt! - Date.now()).toBeLessThanOrEqual(24 * 3600 * 1000);
    expect(await runDurableObjectAlarm(record)).toBe(true);
    const b = await post(body, { "Idempotency-Key": key });
    expect(b.status).toBe(201);
    expect(((await b.json()) as Created).runId).not.toBe(a.runId);
  });

  it("treats a record older than 24 h as gone even before its alarm ran", async () => {
    const key = crypto.randomUUID();
    const body = JSON.stringify(doc());
    const a = (await (await post(body, { "Idempotency-Key": key })).json()) as Created;
    await runInDurableObject(await recordOf(key), async (_i, state) => {
      const r = (await state.storage.get<{ createdMs: number }>("record"))!;
      await state.storage.put("record", { ...r, createdMs: r.createdMs - 24 * 3600 * 1000 - 1 });
    });
    const b = await post(body, { "Idempotency-Key": key });
    expect(b.status).toBe(201);
    expect(((await b.json()) as Created).runId).not.toBe(a.runId);
  });
});
