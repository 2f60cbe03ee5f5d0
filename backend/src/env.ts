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
  /** A PATCH of a run in progress: at most this many operations, paths at most this deep. */
  patchOps: 64,
  patchPathDepth: 6,
} as const;

export interface Config {
  publicOrigin: string | null;
  rateLimit: { creates: number; windowMs: number; updatesPerMinute: number; liveConnectsPerMinute: number };
  cacheMaxAgeS: number;
  /** max-age of a run finished less than `youngRunMs` ago: a delete reaches every cache soon. */
  cacheYoungMaxAgeS: number;
  corsWriteOrigins: Set<string>;
  run: RunLimits;
}

/** Limits a run in progress lives by (passed to its Durable Object with every call that needs them). */
export interface RunLimits {
  idleTtlMs: number;
  maxLifetimeMs: number;
  maxWatchers: number;
}

/** Runs finished less than this long ago get `cacheYoungMaxAgeS`. */
export const YOUNG_RUN_MS = 60 * 60 * 1000;

function positiveInt(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The configuration of an `env`, worked out once per isolate and env (not on every request). */
const configs = new WeakMap<Env, Config>();

export function configOf(env: Env): Config {
  let cfg = configs.get(env);
  if (cfg === undefined) {
    cfg = parseConfig(env);
    configs.set(env, cfg);
  }
  return cfg;
}

function parseConfig(env: Env): Config {
  const origin = (env.PUBLIC_ORIGIN ?? "").trim().replace(/\/+$/, "");
  return {
    publicOrigin: origin === "" ? null : origin,
    rateLimit: {
      creates: positiveInt(env.RATE_LIMIT_CREATES, 30),
      windowMs: positiveInt(env.RATE_LIMIT_WINDOW_SECONDS, 60) * 1000,
      updatesPerMinute: positiveInt(env.RATE_LIMIT_UPDATES, 300),
      liveConnectsPerMinute: positiveInt(env.RATE_LIMIT_LIVE_CONNECTS, 60),
    },
    cacheMaxAgeS: positiveInt(env.CACHE_MAX_AGE_SECONDS, 300),
    cacheYoungMaxAgeS: positiveInt(env.CACHE_YOUNG_MAX_AGE_SECONDS, 30),
    corsWriteOrigins: new Set(
      (env.CORS_WRITE_ORIGINS ?? "")
        .split(",")
        .map((o) => o.trim().replace(/\/+$/, ""))
        .filter((o) => o !== ""),
    ),
    run: {
      idleTtlMs: positiveInt(env.RUN_IDLE_TTL_SECONDS, 3600) * 1000,
      maxLifetimeMs: positiveInt(env.RUN_MAX_SECONDS, 86_400) * 1000,
      maxWatchers: positiveInt(env.LIVE_MAX_WATCHERS, 100),
    },
  };
}
