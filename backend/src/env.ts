/**
 * Bindings and variables of the Worker, as `wrangler types` generates them from wrangler.toml
 * (`npm run types` -> dist/worker-configuration.d.ts). Variables arrive as strings.
 */
export type Env = Cloudflare.Env;

/** Fixed limits of the API (docs/backend-api.md). */
export const LIMITS = {
  bodyBytes: 4 * 1024 * 1024,
  codeBytesPerSide: 64 * 1024,
  runsPerSide: 10_000,
  idempotencyKeyChars: 64,
  idempotencyTtlMs: 24 * 60 * 60 * 1000,
  /** A create that has not completed after this long is taken to have died; its key may be reused. */
  idempotencyPendingMs: 60 * 1000,
  idLength: 10,
} as const;

export interface Config {
  publicOrigin: string | null;
  rateLimit: { creates: number; windowMs: number };
  cacheMaxAgeS: number;
  corsWriteOrigins: Set<string>;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isInteger(n) && n > 0 ? n : fallback;
}

export function configOf(env: Env): Config {
  const origin = (env.PUBLIC_ORIGIN ?? "").trim().replace(/\/+$/, "");
  return {
    publicOrigin: origin === "" ? null : origin,
    rateLimit: {
      creates: positiveInt(env.RATE_LIMIT_CREATES, 30),
      windowMs: positiveInt(env.RATE_LIMIT_WINDOW_SECONDS, 60) * 1000,
    },
    cacheMaxAgeS: positiveInt(env.CACHE_MAX_AGE_SECONDS, 300),
    corsWriteOrigins: new Set(
      (env.CORS_WRITE_ORIGINS ?? "")
        .split(",")
        .map((o) => o.trim().replace(/\/+$/, ""))
        .filter((o) => o !== ""),
    ),
  };
}
