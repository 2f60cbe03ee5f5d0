import { createRun, deleteRun, finishRun, patchRun, updateRun } from "./api";
import { configOf, type Env } from "./env";
import { liveRun, readRun } from "./read";
import { ApiError, checkWriteOrigin, errorResponse, jsonResponse, preflight, withCors } from "./http";

export { IdAllocator } from "./objects/id-allocator";
export { IdempotencyRecord } from "./objects/idempotency-record";
export { RateLimiter } from "./objects/rate-limiter";
export { RunObject } from "./objects/run-object";

type Handler = (request: Request, env: Env, ctx: ExecutionContext, id: string) => Promise<Response>;

interface Route {
  pattern: RegExp;
  methods: Record<string, Handler>;
}

const routes: Route[] = [
  {
    pattern: /^\/api\/health$/,
    methods: { GET: async () => jsonResponse(200, { ok: true, service: "faster.codes backend" }, { "Cache-Control": "no-store" }) },
  },
  { pattern: /^\/api\/runs$/, methods: { POST: (r, e) => createRun(r, e) } },
  {
    pattern: /^\/api\/runs\/([^/]+)$/,
    methods: {
      GET: readRun,
      HEAD: readRun,
      PUT: (r, e, _c, id) => updateRun(r, e, id),
      PATCH: (r, e, _c, id) => patchRun(r, e, id),
      DELETE: (r, e, _c, id) => deleteRun(r, e, id),
    },
  },
  { pattern: /^\/api\/runs\/([^/]+)\/finish$/, methods: { POST: (r, e, _c, id) => finishRun(r, e, id) } },
  { pattern: /^\/api\/runs\/([^/]+)\/live$/, methods: { GET: liveRun } },
];

/** A path segment as text; a malformed %-escape is kept as is (and then matches no run). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function route(request: Request, url: URL, env: Env, ctx: ExecutionContext): Promise<Response> {
  const cfg = configOf(env);
  if (request.method === "OPTIONS") return preflight(request, cfg.corsWriteOrigins);
  if (request.method !== "GET" && request.method !== "HEAD") checkWriteOrigin(request, cfg.publicOrigin, cfg.corsWriteOrigins);
  for (const { pattern, methods } of routes) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    const handler = methods[request.method];
    if (!handler) {
      const allow = [...Object.keys(methods), "OPTIONS"].join(", ");
      throw new ApiError(405, "method_not_allowed", `${request.method} is not allowed here; allowed: ${allow}`, {
        headers: { Allow: allow },
      });
    }
    return await handler(request, env, ctx, safeDecode(match[1] ?? ""));
  }
  throw new ApiError(404, "not_found", `no API endpoint at ${url.pathname}`);
}

export default {
  async fetch(request, env, ctx): Promise<Response> {
    const url = new URL(request.url);
    // Everything outside /api/ is the viewer: its page and files come from the viewer Worker
    // (static assets only, viewer/wrangler.toml) through the service binding ASSETS, as they are.
    // This Worker has no [assets] of its own, so no assets router runs in front of the API.
    if (!url.pathname.startsWith("/api/")) return env.ASSETS.fetch(request);
    let response: Response;
    try {
      response = await route(request, url, env, ctx);
    } catch (e) {
      if (e instanceof ApiError) {
        response = errorResponse(e);
      } else {
        console.error("unhandled error", e instanceof Error ? (e.stack ?? e.message) : e);
        response = errorResponse(new ApiError(500, "internal", "internal error; the request was not completed"));
      }
    }
    return withCors(response, request, configOf(env).corsWriteOrigins);
  },
} satisfies ExportedHandler<Env>;
