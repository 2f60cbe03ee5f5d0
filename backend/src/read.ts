// Reading runs: GET/HEAD /api/runs/{id} and the live WebSocket. Finished runs come from KV (its
// value as stored, never parsed: one KV read and a Response, as close to a bare Worker as it gets),
// then (for a run that finished a moment ago, which KV at this location may not have yet) the
// run's Durable Object; runs in progress from their Durable Object. No Cache API: KV's cacheTtl
// already keeps a hot run in the location's memory, and a lookup before every KV read cost more
// than it saved (docs/benchmarks.md).
import { configOf, YOUNG_RUN_MS, type Config, type Env } from "./env";
import { ApiError, notFound, READ_CORS } from "./http";
import { clientKey } from "./objects/rate-limiter";
import { RUN_ID_PATTERN } from "./secrets";
import { kvKey, type FinishedMetadata } from "./store";

export const runStub = (env: Env, id: string) => env.RUN.get(env.RUN.idFromName(id));

/** How long KV may keep a value (or its absence) at a location: its minimum. */
const KV_CACHE_TTL_S = 30;

function etagMatches(ifNoneMatch: string, etag: string): boolean {
  const strip = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((t) => strip(t) === strip(etag));
}

/** Answers 304 when the client already has this version; drops the body for HEAD. */
async function conditional(request: Request, response: Response): Promise<Response> {
  const etag = response.headers.get("ETag");
  const inm = request.headers.get("If-None-Match");
  if (etag !== null && inm !== null && etagMatches(inm, etag)) {
    await response.body?.cancel();
    const headers = new Headers();
    for (const h of ["ETag", "Cache-Control", "Last-Modified"]) {
      const v = response.headers.get(h);
      if (v !== null) headers.set(h, v);
    }
    return new Response(null, { status: 304, headers });
  }
  if (request.method === "HEAD") {
    await response.body?.cancel();
    return new Response(null, response);
  }
  return response;
}

/**
 * A finished run for browsers and shared caches, with the CORS headers of a read (so that nothing
 * wraps the response again on its way out). Not immutable, as the owner may
 * delete it; a young run (where deletes mostly happen: "I shared the wrong thing") is kept only
 * briefly, so that a delete reaches every cache soon.
 */
function finishedResponse(body: BodyInit, meta: FinishedMetadata, cfg: Config): Response {
  const young = Date.now() - meta.finishedMs < YOUNG_RUN_MS;
  const maxAge = young ? Math.min(cfg.cacheYoungMaxAgeS, cfg.cacheMaxAgeS) : cfg.cacheMaxAgeS;
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      ETag: meta.etag,
      "Cache-Control": `public, max-age=${maxAge}`,
      "Last-Modified": new Date(meta.finishedMs).toUTCString(),
      "X-Run-State": "finished",
      ...READ_CORS,
    },
  });
}

const finishing = () =>
  new ApiError(503, "run_finishing", "the run has just finished and is still being stored; retry in a few seconds", {
    headers: { "Retry-After": "5" },
  });

export async function readRun(request: Request, env: Env, _ctx: ExecutionContext, id: string): Promise<Response> {
  if (!RUN_ID_PATTERN.test(id)) throw notFound(`no run with id "${id}"`);
  const found = await env.RUNS.getWithMetadata<FinishedMetadata>(kvKey(id), { type: "stream", cacheTtl: KV_CACHE_TTL_S });
  if (found.value !== null && found.metadata) return conditional(request, finishedResponse(found.value, found.metadata, configOf(env)));
  await found.value?.cancel();
  const live = await runStub(env, id).read();
  switch (live.state) {
    case "running":
      return conditional(
        request,
        new Response(live.json, {
          headers: {
            "Content-Type": "application/json; charset=utf-8",
            ETag: live.etag,
            "Cache-Control": "no-store",
            "X-Run-State": "running",
            "X-Run-Version": String(live.version),
          },
        }),
      );
    case "finished":
      return conditional(request, finishedResponse(live.json, live.metadata, configOf(env)));
    case "finishing":
      throw finishing();
    case "expired":
      throw notFound(`run ${id} expired: it was not finished, and got no update for too long`);
    default:
      throw notFound(`no run with id "${id}"`);
  }
}

// --- Live -----------------------------------------------------------------------------------------

export async function liveRun(request: Request, env: Env, _ctx: ExecutionContext, id: string): Promise<Response> {
  if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
    throw new ApiError(426, "upgrade_required", "this endpoint speaks WebSocket: send 'Upgrade: websocket'", {
      headers: { Upgrade: "websocket" },
    });
  }
  if (!RUN_ID_PATTERN.test(id)) throw notFound(`no run with id "${id}"`);
  const cfg = configOf(env);
  const limiter = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(`live:${clientKey(request)}`));
  const decision = await limiter.hit(cfg.rateLimit.liveConnectsPerMinute, 60_000);
  if (!decision.allowed) {
    throw new ApiError(
      429,
      "rate_limited",
      `too many live connections from this address: at most ${decision.limit} a minute; retry in ${decision.resetS} s`,
      { headers: { "Retry-After": String(decision.resetS) } },
    );
  }
  const forward = new Request(request);
  forward.headers.set("X-Max-Watchers", String(cfg.run.maxWatchers));
  const forwarded = await runStub(env, id).fetch(forward);
  if (forwarded.status === 101) return forwarded;
  if (forwarded.status === 503) {
    throw new ApiError(503, "too_many_watchers", `run ${id} has ${cfg.run.maxWatchers} live watchers already; read it with GET meanwhile`, {
      headers: { "Retry-After": "30" },
    });
  }
  const json = await env.RUNS.get(kvKey(id), { cacheTtl: KV_CACHE_TTL_S });
  if (json === null) throw notFound(`no run with id "${id}"`);
  // Already finished: the watcher gets the final document and the close at once.
  const pair = new WebSocketPair();
  const server = pair[1];
  server.accept();
  server.send(`{"type":"run","version":0,"doc":${json}}`);
  server.close(1000, "finished");
  return new Response(null, { status: 101, webSocket: pair[0] });
}
