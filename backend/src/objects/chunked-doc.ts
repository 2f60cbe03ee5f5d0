import { applyOps, type Op } from "../live-delta";

/**
 * A stored value may hold 2 MB in a SQLite-backed object but only 128 KiB on the older key-value
 * backend (and in some local runtimes): documents are kept in chunks that fit both.
 */
export const CHUNK_BYTES = 128_000;
/**
 * The changes kept after a base, at most: a read after the object was evicted gets them in one
 * `get` (which takes at most 128 keys).
 */
export const MAX_LOG_ENTRIES = 100;
/** The changes may add up to the base's size, or to this much for a small base, before a new base. */
export const MIN_LOG_BYTES = 16 * 1024;

/** The part of an object's `meta` record that says where its document is. */
export interface ChunkedMeta {
  runId: string;
  /** The base document: `chunks` chunks of `bytes` bytes in all. */
  chunks: number;
  bytes: number;
  version: number;
  /** Changes stored since the base (`p:0` … `p:<log - 1>`, operations as JSON) and their bytes. */
  log?: number;
  logBytes?: number;
}

const chunkKey = (i: number) => `c:${i}`;
const logKey = (i: number) => `p:${i}`;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The JSON document of a Durable Object, in chunks `c:0`, `c:1`, ... beside its `meta` record, and
 * the current version in memory while the object lives (it is the only writer).
 *
 * A change of a running run is stored as what changed, not as the whole document again: the
 * operations (live-delta.ts) that turn the previous version into the next one, under `p:<i>`,
 * beside the base in `c:*`. So a live share that sends a thousand runs in forty PATCHes writes
 * each run about once, not once per later update (which grew with the square of the run count).
 * Once the changes add up to the base's size (or to `MAX_LOG_ENTRIES` of them) the whole document
 * becomes the new base: the base at least doubles each time, so all writes together stay a small
 * multiple of the final document. A read after the object was evicted applies the changes to the
 * base; while it lives, the current version is in memory.
 */
export class ChunkedDoc {
  private cached: { version: number; json: string } | null = null;

  constructor(private readonly storage: DurableObjectStorage) {}

  async read(meta: ChunkedMeta): Promise<string> {
    if (this.cached && this.cached.version === meta.version) return this.cached.json;
    const chunks = Array.from({ length: meta.chunks }, (_, i) => chunkKey(i));
    const changes = Array.from({ length: meta.log ?? 0 }, (_, i) => logKey(i));
    const [parts, log] = await Promise.all([
      this.storage.get<Uint8Array>(chunks),
      changes.length > 0 ? this.storage.get<string>(changes) : Promise.resolve(new Map<string, string>()),
    ]);
    const bytes = new Uint8Array(meta.bytes);
    let offset = 0;
    for (const key of chunks) {
      const part = parts.get(key);
      if (!part) throw new Error(`run ${meta.runId}: chunk ${key} missing`);
      bytes.set(part, offset);
      offset += part.byteLength;
    }
    let json = decoder.decode(bytes.subarray(0, offset));
    if (changes.length > 0) {
      const doc = JSON.parse(json) as Record<string, unknown>;
      for (const key of changes) {
        const ops = log.get(key);
        if (ops === undefined) throw new Error(`run ${meta.runId}: change ${key} missing`);
        applyOps(doc, JSON.parse(ops) as Op[]);
      }
      json = JSON.stringify(doc);
    }
    this.cached = { version: meta.version, json };
    return json;
  }

  /**
   * Writes `meta` with the whole document `json` as the new base (or with no document: null keeps
   * `meta.bytes` and drops the chunks) in one atomic batch: coalesced writes, no await between them.
   * What `previous` had stored beyond it (chunks, changes) is deleted.
   */
  async write<M extends ChunkedMeta>(meta: M, json: string | null, previous: ChunkedMeta | null): Promise<M> {
    const bytes = json === null ? null : encoder.encode(json);
    const chunks = bytes === null ? 0 : Math.max(1, Math.ceil(bytes.byteLength / CHUNK_BYTES));
    const next: M = { ...meta, chunks, bytes: bytes?.byteLength ?? meta.bytes, log: 0, logBytes: 0 };
    const entries: Record<string, unknown> = { meta: next };
    for (let i = 0; i < chunks; i++) entries[chunkKey(i)] = bytes!.slice(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES);
    const stale = [
      ...Array.from({ length: Math.max(0, (previous?.chunks ?? 0) - chunks) }, (_, i) => chunkKey(chunks + i)),
      ...Array.from({ length: previous?.log ?? 0 }, (_, i) => logKey(i)),
    ];
    const writes = [this.storage.put(entries)];
    // delete() takes at most 128 keys at once.
    for (let i = 0; i < stale.length; i += 128) writes.push(this.storage.delete(stale.slice(i, i + 128)).then(() => undefined));
    await Promise.all(writes);
    this.cached = json === null ? null : { version: next.version, json };
    return next;
  }

  /**
   * Stores the next version `json` of the document stored in `previous` (whose text is `before`)
   * as the operations `ops` that turn one into the other: `meta` and one change, nothing of the
   * document itself. Only when the operations give exactly `json` (byte for byte: the ETag is of
   * those bytes) and the changes still fit beside the base; else `json` becomes the new base.
   */
  async change<M extends ChunkedMeta>(meta: M, json: string, previous: ChunkedMeta, before: string, ops: Op[]): Promise<M> {
    const log = previous.log ?? 0;
    const logBytes = previous.logBytes ?? 0;
    const entry = JSON.stringify(ops);
    const entryBytes = encoder.encode(entry).byteLength;
    const fits =
      log < MAX_LOG_ENTRIES && entryBytes <= CHUNK_BYTES && logBytes + entryBytes <= Math.max(previous.bytes, MIN_LOG_BYTES);
    if (!fits || JSON.stringify(applyOps(JSON.parse(before) as Record<string, unknown>, JSON.parse(entry) as Op[])) !== json) {
      return this.write(meta, json, previous);
    }
    const next: M = { ...meta, chunks: previous.chunks, bytes: previous.bytes, log: log + 1, logBytes: logBytes + entryBytes };
    await this.storage.put({ meta: next, [logKey(log)]: entry });
    this.cached = { version: next.version, json };
    return next;
  }

  forget(): void {
    this.cached = null;
  }
}
