import { DurableObject } from "cloudflare:workers";
import type { Env } from "../env";

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the next create would be allowed (when refused) or the window empties. */
  resetS: number;
}

/**
 * A sliding-window log of one client's creates: at most `limit` in any `windowMs`. One object per
 * client address, so clients never wait on each other. Refused attempts are not logged: a client
 * that keeps retrying gets in again as soon as its oldest create leaves the window.
 */
export class RateLimiter extends DurableObject<Env> {
  private ensureTable(): void {
    this.ctx.storage.sql.exec("CREATE TABLE IF NOT EXISTS hits (t INTEGER NOT NULL)");
  }

  hit(limit: number, windowMs: number): RateDecision {
    this.ensureTable();
    const now = Date.now();
    const sql = this.ctx.storage.sql;
    sql.exec("DELETE FROM hits WHERE t <= ?", now - windowMs);
    const { n, oldest } = sql.exec<{ n: number; oldest: number | null }>("SELECT COUNT(*) AS n, MIN(t) AS oldest FROM hits").one();
    if (n >= limit) {
      const resetS = Math.max(1, Math.ceil(((oldest ?? now) + windowMs - now) / 1000));
      return { allowed: false, limit, remaining: 0, resetS };
    }
    sql.exec("INSERT INTO hits VALUES (?)", now);
    // Forget this client once its window is empty, so idle clients cost no storage.
    void this.ctx.storage.setAlarm(now + windowMs + 1000);
    const first = oldest ?? now;
    return { allowed: true, limit, remaining: limit - n - 1, resetS: Math.max(1, Math.ceil((first + windowMs - now) / 1000)) };
  }

  override async alarm(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }
}

/**
 * The name of a client's limiter: its IPv4 address, or its IPv6 /64 (one subscriber usually holds a
 * whole /64, so per-address limits would be trivial to sidestep).
 */
export function clientKey(request: Request): string {
  const ip = request.headers.get("CF-Connecting-IP")?.trim() ?? "";
  if (ip === "") return "unknown";
  if (!ip.includes(":")) return `v4:${ip}`;
  const [head = "", tail = ""] = ip.toLowerCase().split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === "" ? [] : tail.split(":");
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `v6:${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
