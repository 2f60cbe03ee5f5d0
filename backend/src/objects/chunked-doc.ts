/**
 * A stored value may hold 2 MB in a SQLite-backed object but only 128 KiB on the older key-value
 * backend (and in some local runtimes): documents are kept in chunks that fit both.
 */
export const CHUNK_BYTES = 128_000;

/** The part of an object's `meta` record that says where its document is. */
export interface ChunkedMeta {
  runId: string;
  chunks: number;
  bytes: number;
  version: number;
}

const chunkKey = (i: number) => `c:${i}`;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * The JSON document of a Durable Object, in chunks `c:0`, `c:1`, ... beside its `meta` record, and
 * the current version in memory while the object lives (it is the only writer).
 */
export class ChunkedDoc {
  private cached: { version: number; json: string } | null = null;

  constructor(private readonly storage: DurableObjectStorage) {}

  async read(meta: ChunkedMeta): Promise<string> {
    if (this.cached && this.cached.version === meta.version) return this.cached.json;
    const keys = Array.from({ length: meta.chunks }, (_, i) => chunkKey(i));
    const parts = await this.storage.get<Uint8Array>(keys);
    const bytes = new Uint8Array(meta.bytes);
    let offset = 0;
    for (const key of keys) {
      const part = parts.get(key);
      if (!part) throw new Error(`run ${meta.runId}: chunk ${key} missing`);
      bytes.set(part, offset);
      offset += part.byteLength;
    }
    const json = decoder.decode(bytes.subarray(0, offset));
    this.cached = { version: meta.version, json };
    return json;
  }

  /**
   * Writes `meta` with the document `json` (or with no document: null keeps `meta.bytes` and drops
   * the chunks) in one atomic batch: coalesced writes, no await between them.
   */
  async write<M extends ChunkedMeta>(meta: M, json: string | null, previousChunks: number): Promise<M> {
    const bytes = json === null ? null : encoder.encode(json);
    const chunks = bytes === null ? 0 : Math.max(1, Math.ceil(bytes.byteLength / CHUNK_BYTES));
    const next: M = { ...meta, chunks, bytes: bytes?.byteLength ?? meta.bytes };
    const entries: Record<string, unknown> = { meta: next };
    for (let i = 0; i < chunks; i++) entries[chunkKey(i)] = bytes!.slice(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES);
    const stale = Array.from({ length: Math.max(0, previousChunks - chunks) }, (_, i) => chunkKey(chunks + i));
    const writes = [this.storage.put(entries)];
    if (stale.length > 0) writes.push(this.storage.delete(stale).then(() => undefined));
    await Promise.all(writes);
    this.cached = json === null ? null : { version: next.version, json };
    return next;
  }

  forget(): void {
    this.cached = null;
  }
}
