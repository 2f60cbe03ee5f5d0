import { DurableObject } from "cloudflare:workers";
import { LIMITS, type Env } from "../env";
import { randomId } from "../secrets";

/**
 * Hands out run ids. Ids are random (not enumerable) and unique by construction: this one object
 * records every id it ever gave in a SQLite table whose primary key refuses a second copy, and
 * the object runs one call at a time. Deleted runs keep their id reserved, so a permalink never
 * comes to point at something else. 36^10 ids leave a collision (and a retry) vanishingly rare.
 */
export class IdAllocator extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    ctx.storage.sql.exec(
      "CREATE TABLE IF NOT EXISTS ids (id TEXT PRIMARY KEY, created_ms INTEGER NOT NULL) WITHOUT ROWID",
    );
  }

  allocate(): string {
    for (let attempt = 0; attempt < 16; attempt++) {
      const id = randomId(LIMITS.idLength);
      const cursor = this.ctx.storage.sql.exec("INSERT OR IGNORE INTO ids VALUES (?, ?)", id, Date.now());
      if (cursor.rowsWritten === 1) return id;
    }
    throw new Error("no free id after 16 attempts");
  }

  /** How many ids were given out (for tests and operators). */
  count(): number {
    return this.ctx.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM ids").one().n;
  }

  has(id: string): boolean {
    return this.ctx.storage.sql.exec("SELECT 1 FROM ids WHERE id = ?", id).toArray().length === 1;
  }
}

/** The allocator is a single object; its name is fixed. */
export const ALLOCATOR_NAME = "run-ids";
