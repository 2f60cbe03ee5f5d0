import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { applyOps, diff, type LiveMessage } from "../../src/live-delta";
import { bearer, connect, create, del, doc, expectError, finish, get, put, url, watch } from "./helpers";

type Doc = ReturnType<typeof doc>;
const parse = (s: string) => JSON.parse(s) as LiveMessage;

/** What a watcher knows: the snapshot with every delta applied in order. */
function replay(messages: string[]): { version: number; doc: Doc } {
  const first = parse(messages[0]!);
  if (first.type !== "run") throw new Error(`the first message is a ${first.type}`);
  let version = first.version;
  const current = first.doc;
  for (const m of messages.slice(1).map(parse)) {
    if (m.type !== "delta" || m.base !== version) throw new Error(`message for base ${JSON.stringify(m)} after version ${version}`);
    applyOps(current, m.ops);
    version = m.version;
  }
  return { version, doc: current as unknown as Doc };
}

describe("GET /api/runs/{id}/live", () => {
  it("sends the run at once, then only what changed, then the final run and the close", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING", runs: 2 });
    const r = await connect(runId);
    expect(r.status).toBe(101);
    const ws = watch(r.webSocket!);
    const first = parse(await ws.message(1));
    expect(first).toMatchObject({ type: "run", version: 1 });
    expect(first.type === "run" && first.doc.runId).toBe(runId);

    for (const [n, runs] of [[2, 5], [3, 7]] as const) {
      expect((await put(runId, doc({ status: "RUNNING", runs }), bearer(writeToken))).status).toBe(200);
      await ws.message(n);
      const seen = replay(ws.messages);
      expect(seen.version).toBe(n);
      expect(seen.doc).toEqual(await (await get(runId)).json());
    }

    const final = doc({ status: "SUCCESS", runs: 8 });
    expect((await finish(runId, bearer(writeToken), final)).status).toBe(200);
    await ws.message(4);
    expect(await ws.close()).toEqual({ code: 1000, reason: "finished" });
    // Nothing is pushed that did not change: exactly one message per state.
    expect(ws.messages).toHaveLength(4);
    expect(replay(ws.messages).doc).toEqual(await (await get(runId)).json());
  });

  it("sends appended runs as their new items only: a delta is a small part of the document", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING", runs: 200 });
    const ws = watch((await connect(runId)).webSocket!);
    const snapshot = await ws.message(1);
    const next = doc({ status: "RUNNING", runs: 201 });
    expect((await put(runId, next, bearer(writeToken))).status).toBe(200);
    const delta = parse(await ws.message(2));
    expect(delta).toMatchObject({ type: "delta", base: 1, version: 2 });
    const appended = delta.type === "delta" ? delta.ops.filter((op) => op[0] === "append") : [];
    expect(appended.map((op) => op[1].join("/"))).toContain("codeRuns/0/runs");
    const bytes = new TextEncoder().encode(ws.messages[1]!).byteLength;
    expect(bytes).toBeLessThan(new TextEncoder().encode(snapshot).byteLength / 10);
    await del(runId, bearer(writeToken));
  });

  it("serves every watcher", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    const watchers = await Promise.all([connect(runId), connect(runId), connect(runId)]);
    const sockets = watchers.map((r) => watch(r.webSocket!));
    await Promise.all(sockets.map((w) => w.message(1)));
    await put(runId, doc({ status: "RUNNING", runs: 9 }), bearer(writeToken));
    await Promise.all(sockets.map((w) => w.message(2)));
    await put(runId, doc({ status: "SUCCESS", runs: 9 }), bearer(writeToken));
    for (const w of sockets) expect((await w.close()).reason).toBe("finished");
  });

  it("closes with reason 'deleted' when the owner deletes the run", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    const ws = watch((await connect(runId)).webSocket!);
    await ws.message(1);
    expect((await del(runId, bearer(writeToken))).status).toBe(204);
    expect(await ws.close()).toEqual({ code: 1000, reason: "deleted" });
  });

  it("sends a finished run once and closes", async () => {
    const { runId } = await create({ status: "SUCCESS" });
    const r = await connect(runId);
    expect(r.status).toBe(101);
    const ws = watch(r.webSocket!);
    expect(parse(await ws.message(1))).toMatchObject({ type: "run", doc: { status: "SUCCESS" } });
    expect(await ws.close()).toEqual({ code: 1000, reason: "finished" });
  });

  it("answers 'ping' with 'pong' (keep-alive)", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    const socket = (await connect(runId)).webSocket!;
    const ws = watch(socket);
    await ws.message(1);
    socket.send("ping");
    expect(await ws.message(2)).toBe("pong");
    await del(runId, bearer(writeToken));
  });

  it("answers 404 for unknown ids and 426 without a WebSocket upgrade", async () => {
    await expectError(await connect("0000000000"), 404, "not_found");
    await expectError(await connect("BAD"), 404, "not_found");
    const { runId } = await create({ status: "RUNNING" });
    const r = await SELF.fetch(url(`/api/runs/${runId}/live`));
    await expectError(r, 426, "upgrade_required");
    expect(r.headers.get("Upgrade")).toBe("websocket");
  });
});

describe("live deltas", () => {
  const base = () => doc({ status: "RUNNING", runs: 3 }) as unknown as Record<string, unknown>;
  const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

  it("turn any document into any other (fields set, changed, removed; arrays grown, shrunk, replaced)", () => {
    const cases: ((d: Record<string, unknown>) => void)[] = [
      (d) => void (d.title = "other"),
      (d) => void delete d.verdict,
      (d) => void (d.extra = { nested: [1, 2, { x: null }] }),
      (d) => void ((d.codeRuns as Record<string, unknown>[])[1]!.runs = []),
      (d) => void ((d.codeRuns as { runs: unknown[] }[])[0]!.runs.push({ index: 99, wallMs: 1, cpuMs: 1, memKiB: 1 })),
      (d) => void ((d.codeRuns as { runs: { wallMs: number }[] }[])[0]!.runs[1]!.wallMs = 5),
      (d) => void (d.codeRuns = [(d.codeRuns as unknown[])[1], (d.codeRuns as unknown[])[0]]),
    ];
    for (const change of cases) {
      const before = base();
      const after = clone(before);
      change(after);
      expect(applyOps(clone(before), diff(before, after))).toEqual(after);
    }
    expect(diff(base(), base())).toEqual([]);
  });

  it("keep '__proto__' and 'constructor' keys as plain data", () => {
    const before = JSON.parse('{"a":{}}') as Record<string, unknown>;
    const after = JSON.parse('{"a":{"__proto__":{"polluted":true},"constructor":1}}') as Record<string, unknown>;
    const applied = applyOps(clone(before), diff(before, after));
    expect(JSON.stringify(applied)).toBe(JSON.stringify(after));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
