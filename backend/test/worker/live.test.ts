import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { bearer, create, del, doc, expectError, finish, put, url, watch } from "./helpers";

function connect(id: string): Promise<Response> {
  return SELF.fetch(url(`/api/runs/${id}/live`), { headers: { Upgrade: "websocket" } });
}

type Doc = ReturnType<typeof doc>;
const parse = (s: string) => JSON.parse(s) as Doc;

describe("GET /api/runs/{id}/live", () => {
  it("pushes the run at once and on every change, then the final run and the close", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING", runs: 2 });
    const r = await connect(runId);
    expect(r.status).toBe(101);
    const ws = watch(r.webSocket!);
    expect(parse(await ws.message(1)).codeRuns[0].runs.length).toBe(doc({ runs: 2 }).codeRuns[0].runs.length);

    expect((await put(runId, doc({ status: "RUNNING", runs: 5 }), bearer(writeToken))).status).toBe(200);
    const second = parse(await ws.message(2));
    expect(second.runId).toBe(runId);
    expect(second.codeRuns[0].runs.length).toBe(doc({ runs: 5 }).codeRuns[0].runs.length);

    expect((await put(runId, doc({ status: "RUNNING", runs: 7 }), bearer(writeToken))).status).toBe(200);
    await ws.message(3);

    expect((await finish(runId, bearer(writeToken), doc({ status: "SUCCESS", runs: 8 }))).status).toBe(200);
    const final = parse(await ws.message(4));
    expect(final.status).toBe("SUCCESS");
    expect(await ws.close()).toEqual({ code: 1000, reason: "finished" });
    // Nothing is pushed that did not change: exactly one message per state.
    expect(ws.messages).toHaveLength(4);
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
    expect(parse(await ws.message(1)).status).toBe("SUCCESS");
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
