import { DurableObject } from "cloudflare:workers";
import { LIMITS, type Env } from "../env";

interface Record {
  bodyHash: string;
  createdMs: number;
  /** Set while the first request is still creating its run. */
  pendingSinceMs?: number;
  /** The first answer, sealed (see secrets.ts): absent until the run exists. */
  sealed?: string;
}

export type Begin =
  | { state: "new" }
  | { state: "replay"; sealed: string }
  | { state: "in_progress"; retryAfterS: number }
  | { state: "mismatch" };

/**
 * One Idempotency-Key (the object is named by a hash of the key). It serialises the requests that
 * carry the key: the first creates the run, a repeat with the same body within 24 h gets the first
 * answer, a repeat with another body is refused, a repeat while the first is still working is told
 * to retry. The record deletes itself 24 h after its first use.
 */
export class IdempotencyRecord extends DurableObject<Env> {
  async begin(bodyHash: string): Promise<Begin> {
    const now = Date.now();
    let record = await this.ctx.storage.get<Record>("record");
    if (record && now - record.createdMs >= LIMITS.idempotencyTtlMs) record = undefined;
    if (record) {
      if (record.bodyHash !== bodyHash) return { state: "mismatch" };
      if (record.sealed !== undefined) return { state: "replay", sealed: record.sealed };
      const pendingFor = now - (record.pendingSinceMs ?? 0);
      if (pendingFor < LIMITS.idempotencyPendingMs) return { state: "in_progress", retryAfterS: 1 };
      // The first attempt died without finishing: this one takes over.
    }
    const fresh: Record = { bodyHash, createdMs: record?.createdMs ?? now, pendingSinceMs: now };
    await this.ctx.storage.put("record", fresh);
    await this.ctx.storage.setAlarm(fresh.createdMs + LIMITS.idempotencyTtlMs);
    return { state: "new" };
  }

  async complete(bodyHash: string, sealed: string): Promise<void> {
    const record = await this.ctx.storage.get<Record>("record");
    if (!record || record.bodyHash !== bodyHash) return;
    await this.ctx.storage.put("record", { bodyHash, createdMs: record.createdMs, sealed } satisfies Record);
  }

  /** The create failed: forget the key, so that a retry starts over. */
  async abort(bodyHash: string): Promise<void> {
    const record = await this.ctx.storage.get<Record>("record");
    if (record && record.bodyHash === bodyHash && record.sealed === undefined) await this.ctx.storage.deleteAll();
  }

  override async alarm(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }
}
