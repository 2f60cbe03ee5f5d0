import { describe, expect, it } from "vitest";
import { diff, type Op } from "../../src/live-delta";
import { bearer, connect, create, del, doc, expectError, fetchWith, finish, get, patch, put, url, watch } from "./helpers";

const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v)).byteLength;

/** The document the server stores for `options` after its ids are assigned. */
async function stored(runId: string) {
  const r = await get(runId);
  expect(r.status).toBe(200);
  return { version: Number(r.headers.get("X-Run-Version")), doc: (await r.json()) as Record<string, unknown> };
}

describe("PATCH /api/runs/{id}", () => {
  it("applies the runs measured since a version: the same document a PUT of it would give, for a fraction of its bytes", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING", runs: 200 });
    const twin = await create({ status: "RUNNING", runs: 200 });
    const ws = watch((await connect(runId)).webSocket!);
    await ws.message(1);
    let base = 1;
    for (const runs of [201, 230, 260]) {
      const before = doc({ status: "RUNNING", runs: runs === 201 ? 200 : runs === 230 ? 201 : 230 });
      const after = doc({ status: "RUNNING", runs });
      const ops = diff(before, after);
      expect(ops.some((op) => op[0] === "append")).toBe(true);
      const r = await patch(runId, { base, ops }, bearer(writeToken));
      expect(r.status).toBe(200);
      const answer = (await r.json()) as { version: number; status: string; finished: boolean; etag: string };
      expect(answer).toMatchObject({ version: base + 1, status: "RUNNING", finished: false });
      expect(r.headers.get("ETag")).toBe(answer.etag);
      base = answer.version;
      // The bytes sent are those of the change, not of the document.
      expect(bytes({ base, ops })).toBeLessThan(bytes(after) / 4);

      expect((await put(twin.runId, after, bearer(twin.writeToken))).status).toBe(200);
      const mine = await stored(runId);
      const theirs = await stored(twin.runId);
      expect(mine.version).toBe(base);
      expect({ ...mine.doc, runId: "", codeRuns: "" }).toEqual({ ...theirs.doc, runId: "", codeRuns: "" });
      const sides = (d: Record<string, unknown>) => (d.codeRuns as Record<string, unknown>[]).map(({ id: _, ...rest }) => rest);
      expect(sides(mine.doc)).toEqual(sides(theirs.doc));
      expect((mine.doc.codeRuns as { id: string }[]).map((s) => s.id)).toEqual([`${runId}-a`, `${runId}-b`]);
      // Watchers get the change as after a PUT.
      await ws.message(base);
    }
    const final = doc({ status: "SUCCESS", runs: 260 });
    expect((await finish(runId, bearer(writeToken), final)).status).toBe(200);
    expect(await ws.close()).toEqual({ code: 1000, reason: "finished" });
    await del(twin.runId, bearer(twin.writeToken));
  });

  it("refuses operations made against another version (409 version_mismatch) and changes nothing", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING", runs: 3 });
    const ops = diff(doc({ status: "RUNNING", runs: 3 }), doc({ status: "RUNNING", runs: 4 }));
    expect((await patch(runId, { base: 1, ops }, bearer(writeToken))).status).toBe(200);
    // A retry of the same change after its answer was lost: the run has moved on.
    const e = await expectError(await patch(runId, { base: 1, ops }, bearer(writeToken)), 409, "version_mismatch");
    expect(e.message).toContain("version 2");
    expect(e.field).toBe("/base");
    const after = await stored(runId);
    expect(after.version).toBe(2);
    expect((after.doc.codeRuns as { runs: unknown[] }[])[0]!.runs).toHaveLength(doc({ status: "RUNNING", runs: 4 }).codeRuns[0].runs.length);
  });

  const appendA = (index: number, items: unknown[]): Op => ["append", ["codeRuns", 0, "runs"], index, items];
  const refusals: [string, unknown, number, string, string?][] = [
    ["not an object", [1, 2], 422, "invalid_patch", ""],
    ["an unknown field", { base: 1, ops: [["unset", ["title"]]], more: 1 }, 422, "invalid_patch", "/more"],
    ["no base", { ops: [["unset", ["title"]]] }, 422, "invalid_patch", "/base"],
    ["a base of 0", { base: 0, ops: [["unset", ["title"]]] }, 422, "invalid_patch", "/base"],
    ["no operations", { base: 1, ops: [] }, 422, "invalid_patch", "/ops"],
    ["65 operations", { base: 1, ops: Array.from({ length: 65 }, () => ["unset", ["title"]]) }, 422, "invalid_patch", "/ops"],
    ["an unknown operation", { base: 1, ops: [["move", ["title"], ["x"]]] }, 422, "invalid_patch", "/ops/0"],
    ["an empty path", { base: 1, ops: [["set", [], {}]] }, 422, "invalid_patch", "/ops/0"],
    ["a path 7 deep", { base: 1, ops: [["set", ["a", "b", "c", "d", "e", "f", "g"], 1]] }, 422, "invalid_patch", "/ops/0"],
    ["a negative index", { base: 1, ops: [["set", ["codeRuns", -1], 1]] }, 422, "invalid_patch", "/ops/0"],
    ["an append of nothing", { base: 1, ops: [appendA(0, [])] }, 422, "invalid_patch", "/ops/0"],
    ["an append at the wrong place", { base: 1, ops: [appendA(5, [{}])] }, 422, "invalid_patch"],
    ["an append to what is no list", { base: 1, ops: [["append", ["title"], 0, [1]]] }, 422, "invalid_patch"],
    ["a path through the prototype", { base: 1, ops: [["set", ["__proto__", "polluted"], 1]] }, 422, "invalid_patch"],
    ["a run that breaks the schema", { base: 1, ops: [["set", ["codeRuns", 0, "runs", 0, "wallMs"], "fast"]] }, 422, "schema_violation"],
    ["a status that finishes", { base: 1, ops: [["set", ["status"], "SUCCESS"]] }, 422, "invalid_patch", "/status"],
    ["more runs than a side may have", { base: 1, ops: [["set", ["codeRuns", 0, "runs"], Array.from({ length: 10_001 }, () => ({}))]] }, 422, "too_many_runs"],
    ["code over 64 KiB", { base: 1, ops: [["set", ["codeRuns", 1, "code"], "x".repeat(65 * 1024)]] }, 413, "code_too_large"],
  ];
  it.each(refusals)("refuses %s and changes nothing", async (_what, body, status, code, field) => {
    const { runId, writeToken } = await create({ status: "RUNNING", runs: 1 });
    const before = await stored(runId);
    const e = await expectError(await patch(runId, body, bearer(writeToken)), status, code);
    if (field !== undefined) expect(e.field).toBe(field);
    const after = await stored(runId);
    expect(after).toEqual(before);
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("takes the token, state, type and size checks of a PUT", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING", runs: 1 });
    const body = { base: 1, ops: [["set", ["title"], "renamed"]] };
    await expectError(await patch(runId, body), 401, "unauthorized");
    await expectError(await patch(runId, body, bearer(`fcw_${"x".repeat(43)}`)), 401, "unauthorized");
    await expectError(await patch(runId, JSON.stringify(body), { ...bearer(writeToken), "Content-Type": "text/plain" }), 415, "unsupported_media_type");
    await expectError(await patch(runId, "{", bearer(writeToken)), 400, "malformed_json");
    const huge = JSON.stringify({ base: 1, ops: [["set", ["title"], "x".repeat(4 * 1024 * 1024)]] });
    await expectError(await patch(runId, huge, bearer(writeToken)), 413, "body_too_large");
    await expectError(await patch(runId, body, { ...bearer(writeToken), Origin: "https://elsewhere.example" }), 403, "origin_not_allowed");
    expect((await finish(runId, bearer(writeToken), doc({ status: "SUCCESS", runs: 1 }))).status).toBe(200);
    await expectError(await patch(runId, body, bearer(writeToken)), 409, "run_finished");
    expect((await del(runId, bearer(writeToken))).status).toBe(204);
    await expectError(await patch(runId, body, bearer(writeToken)), 404, "not_found");
  });

  it("counts against the run's update limit", async () => {
    const vars = { RATE_LIMIT_UPDATES: "2" };
    const { runId, writeToken } = await create({ status: "RUNNING", runs: 1 });
    const send = (base: number, title: string) =>
      fetchWith(
        vars,
        new Request(url(`/api/runs/${runId}`), {
          method: "PATCH",
          headers: { "Content-Type": "application/json", ...bearer(writeToken) },
          body: JSON.stringify({ base, ops: [["set", ["title"], title]] }),
        }),
      );
    expect((await send(1, "one")).status).toBe(200);
    expect((await send(2, "two")).status).toBe(200);
    const refused = await send(3, "three");
    await expectError(refused, 429, "rate_limited");
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect((await stored(runId)).doc.title).toBe("two");
  });
});
