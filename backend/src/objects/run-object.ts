import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";
import { sameDigest } from "../secrets";
import { isFinal, kvKey, type FinishedMetadata, type StoredDoc } from "../store";
import type { RunStatus } from "../validate";

/**
 * A stored value may hold 2 MB in a SQLite-backed object but only 128 KiB on the older key-value
 * backend (and in some local runtimes): documents are kept in chunks that fit both.
 */
export const CHUNK_BYTES = 128_000;
/**
 * After finishing, the object keeps a marker (no data) this long: it answers 409 to late updates
 * and tells readers the run exists while KV replicas elsewhere may not have it yet (up to ~60 s on
 * Cloudflare). Then the object deletes itself entirely.
 */
export const FINISHED_MARKER_MS = 60 * 60 * 1000;
/**
 * After a delete, the object keeps a tombstone (the token's hash, nothing of the run) this long, so
 * that a client retrying a delete whose answer it lost hears 204 again instead of 401.
 */
export const TOMBSTONE_MS = 7 * 24 * 60 * 60 * 1000;

interface Meta {
  runId: string;
  state: "running" | "finished" | "deleted";
  status: RunStatus;
  tokenHash: string;
  etag: string;
  chunks: number;
  bytes: number;
  version: number;
  createdMs: number;
  updatedMs: number;
  finishedMs?: number;
}

export type Access = "none" | "unauthorized" | "running" | "finished" | "deleted";
export type ReadResult =
  | { state: "none" }
  | { state: "finished" }
  | { state: "running"; json: string; etag: string; version: number };
export type WriteResult =
  | { result: "ok"; version: number; etag: string; status: RunStatus }
  | { result: "none" | "unauthorized" | "finished" | "deleted" | "not_final" };

const chunkKey = (i: number) => `c:${i}`;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A run in progress: its document (in chunks), the hash of its write token, and the WebSockets of
 * everyone watching it live (hibernatable: an idle watcher costs nothing). Finishing writes the run
 * to KV, pushes the final document to the watchers, closes their sockets and drops the data.
 */
export class RunObject extends DurableObject<Env> {
  /** The current document, kept in memory while the object lives (it is the only writer). */
  private cached: { meta: Meta; json: string } | null = null;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair("ping", "pong"));
  }

  private meta(): Promise<Meta | undefined> {
    return this.ctx.storage.get<Meta>("meta");
  }

  private async json(meta: Meta): Promise<string> {
    if (this.cached && this.cached.meta.version === meta.version) return this.cached.json;
    const keys = Array.from({ length: meta.chunks }, (_, i) => chunkKey(i));
    const parts = await this.ctx.storage.get<Uint8Array>(keys);
    const bytes = new Uint8Array(meta.bytes);
    let offset = 0;
    for (const key of keys) {
      const part = parts.get(key);
      if (!part) throw new Error(`run ${meta.runId}: chunk ${key} missing`);
      bytes.set(part, offset);
      offset += part.byteLength;
    }
    const json = decoder.decode(bytes);
    this.cached = { meta, json };
    return json;
  }

  /** Writes the document and its meta in one atomic batch (coalesced writes, no await between). */
  private async write(meta: Meta, json: string, previousChunks: number): Promise<Meta> {
    const bytes = encoder.encode(json);
    const chunks = Math.max(1, Math.ceil(bytes.byteLength / CHUNK_BYTES));
    const next: Meta = { ...meta, chunks, bytes: bytes.byteLength };
    const entries: Record<string, unknown> = { meta: next };
    for (let i = 0; i < chunks; i++) entries[chunkKey(i)] = bytes.slice(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES);
    const stale = Array.from({ length: Math.max(0, previousChunks - chunks) }, (_, i) => chunkKey(chunks + i));
    const writes = [this.ctx.storage.put(entries)];
    if (stale.length > 0) writes.push(this.ctx.storage.delete(stale).then(() => undefined));
    await Promise.all(writes);
    this.cached = { meta: next, json };
    return next;
  }

  private broadcast(json: string): void {
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.send(json);
      } catch {
        // A socket that is already closing needs nothing more.
      }
    }
  }

  private closeAll(reason: "finished" | "deleted"): void {
    for (const ws of this.ctx.getWebSockets()) {
      try {
        ws.close(1000, reason);
      } catch {
        // Already closed.
      }
    }
  }

  private static authorized(meta: Meta, tokenHash: string): boolean {
    return sameDigest(meta.tokenHash, tokenHash);
  }

  async init(runId: string, tokenHash: string, doc: StoredDoc): Promise<void> {
    if (await this.meta()) throw new Error(`run ${runId} already exists`);
    const now = Date.now();
    await this.write(
      { runId, state: "running", status: doc.status, tokenHash, etag: doc.etag, chunks: 0, bytes: 0, version: 1, createdMs: now, updatedMs: now },
      doc.json,
      0,
    );
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
    if (meta.state === "finished") return { state: "finished" };
    return { state: "running", json: await this.json(meta), etag: meta.etag, version: meta.version };
  }

  async update(tokenHash: string, doc: StoredDoc): Promise<WriteResult> {
    const meta = await this.meta();
    if (!meta) return { result: "none" };
    if (!RunObject.authorized(meta, tokenHash)) return { result: "unauthorized" };
    if (meta.state !== "running") return { result: meta.state };
    const next = await this.write(
      { ...meta, status: doc.status, etag: doc.etag, version: meta.version + 1, updatedMs: Date.now() },
      doc.json,
      meta.chunks,
    );
    this.broadcast(doc.json);
    return { result: "ok", version: next.version, etag: next.etag, status: next.status };
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
      const final: StoredDoc = doc ?? { json: await this.json(meta), etag: meta.etag, status: meta.status };
      if (!isFinal(final.status)) return { result: "not_final" };
      const finishedMs = Date.now();
      const metadata: FinishedMetadata = {
        tokenHash: meta.tokenHash,
        etag: final.etag,
        bytes: encoder.encode(final.json).byteLength,
        status: final.status,
        finishedMs,
      };
      await this.env.RUNS.put(kvKey(meta.runId), final.json, { metadata });
      const marker: Meta = {
        ...meta,
        state: "finished",
        status: final.status,
        etag: final.etag,
        chunks: 0,
        bytes: 0,
        version: meta.version + 1,
        updatedMs: finishedMs,
        finishedMs,
      };
      const chunks = Array.from({ length: meta.chunks }, (_, i) => chunkKey(i));
      await Promise.all([
        this.ctx.storage.put("meta", marker),
        this.ctx.storage.delete(chunks),
        this.ctx.storage.setAlarm(finishedMs + FINISHED_MARKER_MS),
      ]);
      this.cached = null;
      this.broadcast(final.json);
      this.closeAll("finished");
      return { result: "ok", version: marker.version, etag: final.etag, status: final.status };
    });
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
      this.closeAll("deleted");
      this.cached = null;
      await this.ctx.storage.deleteAll();
      const now = Date.now();
      const tombstone: Meta = {
        runId,
        state: "deleted",
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
      return meta?.state ?? "none";
    });
  }

  /** Storage keys held, for tests that check a finished run left nothing behind. */
  async storedKeys(): Promise<string[]> {
    return [...(await this.ctx.storage.list()).keys()];
  }

  /** GET /api/runs/{id}/live, forwarded by the Worker: 404 unless the run is in progress. */
  override async fetch(request: Request): Promise<Response> {
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") return new Response(null, { status: 426 });
    const meta = await this.meta();
    if (!meta || meta.state !== "running") return new Response(null, { status: 404 });
    const json = await this.json(meta);
    const pair = new WebSocketPair();
    const server = pair[1];
    this.ctx.acceptWebSocket(server);
    server.send(json);
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

  /** The end of a finished marker or of a tombstone: the object forgets the run entirely. */
  override async alarm(): Promise<void> {
    const meta = await this.meta();
    if (meta && meta.state !== "running") await this.ctx.storage.deleteAll();
  }
}
