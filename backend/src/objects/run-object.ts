import { DurableObject } from "cloudflare:workers";
import type { Env, RunLimits } from "../env";
import { ApiError } from "../http";
import { applyOps, DeltaError, diff, type Op } from "../live-delta";
import { errorData, type ErrorData, type Patch } from "../patch";
import { sameDigest } from "../secrets";
import { assignIds, isFinal, kvKey, storedDoc, type FinishedMetadata, type StoredDoc } from "../store";
import { checkComparison, type RunStatus } from "../validate";
import { LIMITS } from "../env";
import { ChunkedDoc } from "./chunked-doc";
import { UpdateWindow } from "./update-window";

/**
 * After finishing, the object keeps the final document this long and then reads it back from KV:
 * a KV write takes up to about a minute to reach Cloudflare's other locations, and until it has,
 * readers there find it here (the Worker reads KV, then the object). Only after a successful
 * read-back is the document dropped; a failed one writes KV again and waits once more.
 */
export const KV_SETTLE_MS = 3 * 60 * 1000;
/**
 * Then the object keeps a marker (no data) this long: it answers 409 to late updates. Then the
 * object deletes itself entirely.
 */
export const FINISHED_MARKER_MS = 60 * 60 * 1000;
/**
 * After a delete or an expiry, the object keeps a tombstone (the token's hash, nothing of the run)
 * this long, so that a client retrying a delete whose answer it lost hears 204 again instead of
 * 401, and an owner sending to an expired run hears why.
 */
export const TOMBSTONE_MS = 7 * 24 * 60 * 60 * 1000;

type State = "running" | "finished" | "deleted" | "expired";

interface Meta {
  runId: string;
  state: State;
  status: RunStatus;
  tokenHash: string;
  etag: string;
  chunks: number;
  bytes: number;
  version: number;
  /** Changes stored since the base document (ChunkedDoc). */
  log?: number;
  logBytes?: number;
  createdMs: number;
  updatedMs: number;
  finishedMs?: number;
  /** Finished, and the document is still held here until KV is known to have it. */
  holding?: boolean;
  /** Running: the limits it was created with. */
  idleTtlMs?: number;
  maxLifetimeMs?: number;
}

export type Access = "none" | "unauthorized" | State;
export type ReadResult =
  | { state: "none" | "expired" | "finishing" }
  | { state: "running"; json: string; etag: string; version: number }
  | { state: "finished"; json: string; metadata: FinishedMetadata };
export type WriteResult =
  | { result: "ok"; version: number; etag: string; status: RunStatus }
  | { result: "rate_limited"; retryAfterS: number }
  | { result: "conflict"; version: number }
  | { result: "invalid"; error: ErrorData }
  | { result: "none" | "unauthorized" | "finished" | "deleted" | "expired" | "not_final" };

const encoder = new TextEncoder();

/**
 * A run in progress: its document, the hash of its write token, and the WebSockets of everyone
 * watching it live (hibernatable: an idle watcher costs nothing). Watchers get the document once,
 * then only what changed (live-delta.ts). Finishing writes the run to KV, sends the watchers the
 * last change and closes their sockets; the object serves the final document until KV is known to
 * have it. A run without an update for its idle time, or older than its lifetime, expires.
 */
export class RunObject extends DurableObject<Env> {
  private readonly doc: ChunkedDoc;
  /** The updates of the last minute (in memory: it is only needed while updates keep coming). */
  private readonly updates = new UpdateWindow(60_000);

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.doc = new ChunkedDoc(ctx.storage);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  private meta(): Promise<Meta | undefined> {
    return this.ctx.storage.get<Meta>("meta");
  }

  private static authorized(meta: Meta, tokenHash: string): boolean {
    return sameDigest(meta.tokenHash, tokenHash);
  }

  private static finishedMetadata(meta: Meta): FinishedMetadata {
    return { tokenHash: meta.tokenHash, etag: meta.etag, bytes: meta.bytes, status: meta.status, finishedMs: meta.finishedMs ?? meta.updatedMs };
  }

  private static snapshot(version: number, json: string): string {
    return `{"type":"run","version":${version},"doc":${json}}`;
  }

  /** What turns the document `before` into `after` (both JSON text). */
  private static change(before: string, after: string): Op[] {
    return diff(JSON.parse(before), JSON.parse(after));
  }

  /** Sends the watchers what changed from `before` to `after` (computed once, only if anyone watches). */
  private sendChange(before: { version: number; json: string }, after: { version: number; json: string }): void {
    if (this.ctx.getWebSockets().length === 0) return;
    this.sendOps(before.version, after.version, RunObject.change(before.json, after.json));
  }

  private sendOps(base: number, version: number, ops: Op[]): void {
    const sockets = this.ctx.getWebSockets();
    if (sockets.length === 0 || ops.length === 0) return;
    const message = JSON.stringify({ type: "delta", version, base, ops });
    for (const ws of sockets) {
      try {
        ws.send(message);
      } catch {
        // A socket that is already closing needs nothing more.
      }
    }
  }

  private closeAll(reason: "finished" | "deleted" | "expired"): void {
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.close(1000, reason);
      } catch {
        // Already closed.
      }
    }
  }

  async init(runId: string, tokenHash: string, doc: StoredDoc, limits: RunLimits): Promise<void> {
    if (await this.meta()) throw new Error(`run ${runId} already exists`);
    const now = Date.now();
    const meta: Meta = {
      runId,
      state: "running",
      status: doc.status,
      tokenHash,
      etag: doc.etag,
      chunks: 0,
      bytes: 0,
      version: 1,
      createdMs: now,
      updatedMs: now,
      idleTtlMs: limits.idleTtlMs,
      maxLifetimeMs: limits.maxLifetimeMs,
    };
    await Promise.all([this.doc.write(meta, doc.json, null), this.ctx.storage.setAlarm(RunObject.expiry(meta))]);
  }

  /** When a running run expires, unless it is updated before. */
  private static expiry(meta: Meta): number {
    return Math.min(meta.updatedMs + (meta.idleTtlMs ?? Infinity), meta.createdMs + (meta.maxLifetimeMs ?? Infinity));
  }

  async authorize(tokenHash: string): Promise<Access> {
    const meta = await this.meta();
    if (!meta) return "none";
    if (!RunObject.authorized(meta, tokenHash)) return "unauthorized";
    return meta.state;
  }

  async read(): Promise<ReadResult> {
    const meta = await this.meta();
    if (!meta || meta.state === "deleted") return { state: "none" };
    if (meta.state === "expired") return { state: "expired" };
    if (meta.state === "finished") {
      if (!meta.holding) return { state: "finishing" };
      return { state: "finished", json: await this.doc.read(meta), metadata: RunObject.finishedMetadata(meta) };
    }
    return { state: "running", json: await this.doc.read(meta), etag: meta.etag, version: meta.version };
  }

  async update(tokenHash: string, doc: StoredDoc, updatesPerMinute: number): Promise<WriteResult> {
    const meta = await this.meta();
    if (!meta) return { result: "none" };
    if (!RunObject.authorized(meta, tokenHash)) return { result: "unauthorized" };
    if (meta.state !== "running") return { result: meta.state };
    const retryAfterMs = this.updates.admit(Date.now(), updatesPerMinute);
    if (retryAfterMs > 0) return { result: "rate_limited", retryAfterS: Math.ceil(retryAfterMs / 1000) };
    const before = { version: meta.version, json: await this.doc.read(meta) };
    return this.commit(meta, before, doc, null);
  }

  /**
   * Stores `doc` as the next version of a running run and tells the watchers what changed. It is
   * stored as what changed (ChunkedDoc.change): the operations of a PATCH (`ops`), else the
   * difference from the stored version, which the watchers get in any case.
   */
  private async commit(meta: Meta, before: { version: number; json: string }, doc: StoredDoc, ops: Op[] | null): Promise<WriteResult> {
    const delta = ops === null || this.ctx.getWebSockets().length > 0 ? RunObject.change(before.json, doc.json) : null;
    const next = await this.doc.change(
      { ...meta, status: doc.status, etag: doc.etag, version: meta.version + 1, updatedMs: Date.now() },
      doc.json,
      meta,
      before.json,
      ops ?? delta!,
    );
    if (delta !== null) this.sendOps(before.version, next.version, delta);
    return { result: "ok", version: next.version, etag: next.etag, status: next.status };
  }

  /**
   * Applies a patch made against version `patch.base` (else "conflict": the client sends the whole
   * document instead). The result is checked as a create's document is and must still be running;
   * it is stored as these operations (or whole, when they do not give exactly the stored bytes),
   * and the watchers get what changed as after a PUT. Other calls wait
   * meanwhile, so nothing slips in between the version check and the write.
   */
  patch(tokenHash: string, patch: Patch, updatesPerMinute: number): Promise<WriteResult> {
    return this.ctx.blockConcurrencyWhile(async () => {
      const meta = await this.meta();
      if (!meta) return { result: "none" };
      if (!RunObject.authorized(meta, tokenHash)) return { result: "unauthorized" };
      if (meta.state !== "running") return { result: meta.state };
      const retryAfterMs = this.updates.admit(Date.now(), updatesPerMinute);
      if (retryAfterMs > 0) return { result: "rate_limited", retryAfterS: Math.ceil(retryAfterMs / 1000) };
      if (patch.base !== meta.version) return { result: "conflict", version: meta.version };
      const before = { version: meta.version, json: await this.doc.read(meta) };
      let doc: StoredDoc;
      try {
        const changed = applyOps(JSON.parse(before.json) as Record<string, unknown>, patch.ops);
        const checked = checkComparison(changed);
        assignIds(checked, meta.runId);
        if (checked.status !== "RUNNING") {
          throw new ApiError(422, "invalid_patch", "a patch cannot finish the run: send the final document to .../finish", { field: "/status" });
        }
        doc = await storedDoc(checked);
        const bytes = encoder.encode(doc.json).byteLength;
        if (bytes > LIMITS.bodyBytes) {
          throw new ApiError(413, "document_too_large", `the run would be ${bytes} bytes as JSON; a document may have at most ${LIMITS.bodyBytes} (4 MiB)`);
        }
      } catch (e) {
        if (e instanceof DeltaError) return { result: "invalid", error: { status: 422, code: "invalid_patch", message: `the operations do not fit version ${meta.version}: ${e.message}` } };
        if (e instanceof ApiError) return { result: "invalid", error: errorData(e) };
        throw e;
      }
      return this.commit(meta, before, doc, patch.ops);
    });
  }

  /**
   * Moves the run to KV. `doc` is the final document, or null to finish with the stored one (which
   * must then have a final status). Other calls wait meanwhile, so no update can slip in between.
   */
  finish(tokenHash: string, doc: StoredDoc | null): Promise<WriteResult> {
    return this.ctx.blockConcurrencyWhile(async () => {
      const meta = await this.meta();
      if (!meta) return { result: "none" };
      if (!RunObject.authorized(meta, tokenHash)) return { result: "unauthorized" };
      if (meta.state !== "running") return { result: meta.state };
      const stored = await this.doc.read(meta);
      const final: StoredDoc = doc ?? { json: stored, etag: meta.etag, status: meta.status };
      if (!isFinal(final.status)) return { result: "not_final" };
      const finishedMs = Date.now();
      const finished: Meta = {
        ...meta,
        state: "finished",
        status: final.status,
        etag: final.etag,
        bytes: encoder.encode(final.json).byteLength,
        version: meta.version + 1,
        updatedMs: finishedMs,
        finishedMs,
        holding: true,
      };
      await this.env.RUNS.put(kvKey(meta.runId), final.json, { metadata: RunObject.finishedMetadata(finished) });
      const [written] = await Promise.all([
        this.doc.write(finished, final.json, meta),
        this.ctx.storage.setAlarm(finishedMs + KV_SETTLE_MS),
      ]);
      this.sendChange({ version: meta.version, json: stored }, { version: written.version, json: final.json });
      this.closeAll("finished");
      return { result: "ok", version: written.version, etag: final.etag, status: final.status };
    });
  }

  /** Drops everything of the run and leaves a tombstone with the token's hash for a week. */
  private async bury(meta: Meta | undefined, runId: string, tokenHash: string, state: "deleted" | "expired"): Promise<void> {
    this.closeAll(state);
    this.doc.forget();
    await this.ctx.storage.deleteAll();
    const now = Date.now();
    const tombstone: Meta = {
      runId,
      state,
      status: meta?.status ?? "SUCCESS",
      tokenHash,
      etag: "",
      chunks: 0,
      bytes: 0,
      version: (meta?.version ?? 0) + 1,
      createdMs: meta?.createdMs ?? now,
      updatedMs: now,
    };
    await Promise.all([this.ctx.storage.put("meta", tombstone), this.ctx.storage.setAlarm(now + TOMBSTONE_MS)]);
  }

  /**
   * Deletes everything this object holds of the run and leaves a tombstone; watchers see their
   * socket closed with reason "deleted". `tokenHash` has been checked by the caller against KV when
   * this object holds nothing (a run created finished); it is checked here when it holds something.
   */
  remove(runId: string, tokenHash: string): Promise<Access> {
    return this.ctx.blockConcurrencyWhile(async () => {
      const meta = await this.meta();
      if (meta && !RunObject.authorized(meta, tokenHash)) return "unauthorized";
      if (meta?.state === "deleted") return "deleted";
      await this.bury(meta, runId, tokenHash, "deleted");
      return meta?.state ?? "none";
    });
  }

  /** Storage keys held, for tests that check a finished run left nothing behind. */
  async storedKeys(): Promise<string[]> {
    return [...(await this.ctx.storage.list()).keys()];
  }

  /**
   * GET /api/runs/{id}/live, forwarded by the Worker with the watcher cap in `X-Max-Watchers`:
   * 404 unless the run is in progress or its final document is still held here.
   */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") return new Response(null, { status: 426 });
    const meta = await this.meta();
    const held = meta?.state === "finished" && meta.holding === true;
    if (!meta || (meta.state !== "running" && !held)) return new Response(null, { status: 404 });
    const max = Number(request.headers.get("X-Max-Watchers")) || Infinity;
    if (meta.state === "running" && this.ctx.getWebSockets().length >= max) return new Response(null, { status: 503 });
    const pair = new WebSocketPair();
    const server = pair[1];
    const message = RunObject.snapshot(meta.version, await this.doc.read(meta));
    if (held) {
      server.accept();
      server.send(message);
      server.close(1000, "finished");
    } else {
      this.ctx.acceptWebSocket(server);
      server.send(message);
    }
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  override webSocketMessage(): void {
    // Watchers only listen; "ping" is answered without waking the object (auto-response).
  }

  override webSocketClose(ws: WebSocket, code: number): void {
    try {
      ws.close(code === 1005 || code === 1006 ? 1000 : code, "closing");
    } catch {
      // The runtime may already have completed the close handshake.
    }
  }

  /**
   * Running: expire the run if its time has come, else wait for that time. Finished and holding:
   * read the document back from KV (written again if missing), then keep only the marker. The end
   * of a marker or a tombstone: forget the run entirely.
   */
  override async alarm(): Promise<void> {
    const meta = await this.meta();
    if (!meta) return;
    const now = Date.now();
    if (meta.state === "running") {
      const due = RunObject.expiry(meta);
      if (now >= due) await this.bury(meta, meta.runId, meta.tokenHash, "expired");
      else await this.ctx.storage.setAlarm(due);
    } else if (meta.state === "finished" && meta.holding) {
      const found = await this.env.RUNS.getWithMetadata<FinishedMetadata>(kvKey(meta.runId), { type: "stream" });
      await found.value?.cancel();
      if (found.metadata?.etag === meta.etag) {
        await this.doc.write({ ...meta, holding: false }, null, meta);
        await this.ctx.storage.setAlarm((meta.finishedMs ?? now) + FINISHED_MARKER_MS);
      } else {
        const json = await this.doc.read(meta);
        await this.env.RUNS.put(kvKey(meta.runId), json, { metadata: RunObject.finishedMetadata(meta) });
        await this.ctx.storage.setAlarm(now + KV_SETTLE_MS);
      }
    } else {
      await this.ctx.storage.deleteAll();
    }
  }
}
