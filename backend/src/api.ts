import { parseJson, readBody } from "./body";
import { configOf, LIMITS, type Config, type Env } from "./env";
import { ApiError, jsonResponse, notFound, unauthorized } from "./http";
import { ALLOCATOR_NAME } from "./objects/id-allocator";
import { clientKey, type RateDecision } from "./objects/rate-limiter";
import type { WriteResult } from "./objects/run-object";
import {
  hashToken,
  newWriteToken,
  RUN_ID_PATTERN,
  sameDigest,
  seal,
  sha256Hex,
  TOKEN_PATTERN,
  unseal,
} from "./secrets";
import { isFinal, kvKey, storedDoc, type FinishedMetadata } from "./store";
import { checkComparison, type Comparison } from "./validate";

const runStub = (env: Env, id: string) => env.RUN.get(env.RUN.idFromName(id));

/** The answer to a create, also what an idempotent repeat gets back. */
export interface CreateAnswer {
  runId: string;
  writeToken: string;
  permalink: string;
}

function siteOf(request: Request, cfg: Config): string {
  return cfg.publicOrigin ?? new URL(request.url).origin;
}
const permalinkOf = (site: string, id: string) => `${site}/?runId=${id}`;

/** The server owns the ids: whatever the client sent in runId and the sides' ids is replaced. */
function assignIds(doc: Comparison, id: string): void {
  doc.runId = id;
  doc.codeRuns[0].id = `${id}-a`;
  doc.codeRuns[1].id = `${id}-b`;
}

async function readComparison(request: Request): Promise<{ bytes: Uint8Array; doc: Comparison }> {
  const bytes = await readBody(request, LIMITS.bodyBytes);
  return { bytes, doc: checkComparison(parseJson(bytes)) };
}

// --- Conditional and cacheable reads --------------------------------------------------------------

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

function edgeCacheKey(request: Request, id: string): Request {
  return new Request(`${new URL(request.url).origin}/api/runs/${id}`, { method: "GET" });
}

function finishedResponse(body: BodyInit, meta: FinishedMetadata, cfg: Config): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      ETag: meta.etag,
      // Shared caches and browsers may keep it a few minutes; not immutable, as the owner may delete.
      "Cache-Control": `public, max-age=${cfg.cacheMaxAgeS}`,
      "Last-Modified": new Date(meta.finishedMs).toUTCString(),
      "X-Run-State": "finished",
    },
  });
}

const finishing = () =>
  new ApiError(503, "run_finishing", "the run has just finished and is still being stored; retry in a few seconds", {
    headers: { "Retry-After": "5" },
  });

export async function readRun(request: Request, env: Env, ctx: ExecutionContext, id: string): Promise<Response> {
  if (!RUN_ID_PATTERN.test(id)) throw notFound(`no run with id "${id}"`);
  const cfg = configOf(env);
  const cache = caches.default;
  const key = edgeCacheKey(request, id);
  let response = await cache.match(key);
  if (!response) {
    const found = await env.RUNS.getWithMetadata<FinishedMetadata>(kvKey(id), { type: "stream" });
    if (found.value !== null && found.metadata) {
      response = finishedResponse(found.value, found.metadata, cfg);
      ctx.waitUntil(cache.put(key, response.clone()));
    }
  }
  if (response) return conditional(request, response);

  const live = await runStub(env, id).read();
  if (live.state === "running") {
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
  }
  if (live.state === "finished") throw finishing();
  throw notFound(`no run with id "${id}"`);
}

// --- Create ---------------------------------------------------------------------------------------

function rateHeaders(d: RateDecision): Record<string, string> {
  return {
    "RateLimit-Limit": String(d.limit),
    "RateLimit-Remaining": String(d.remaining),
    "RateLimit-Reset": String(d.resetS),
  };
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]+$/;

export async function createRun(request: Request, env: Env): Promise<Response> {
  const cfg = configOf(env);
  const limiter = env.RATE_LIMITER.get(env.RATE_LIMITER.idFromName(clientKey(request)));
  const decision = await limiter.hit(cfg.rateLimit.creates, cfg.rateLimit.windowMs);
  const limitHeaders = rateHeaders(decision);
  if (!decision.allowed) {
    throw new ApiError(
      429,
      "rate_limited",
      `too many runs created from this address: at most ${decision.limit} in ${cfg.rateLimit.windowMs / 1000} s; retry in ${decision.resetS} s`,
      { headers: { ...limitHeaders, "Retry-After": String(decision.resetS) } },
    );
  }

  const idempotencyKey = request.headers.get("Idempotency-Key");
  if (idempotencyKey !== null && (idempotencyKey.length > LIMITS.idempotencyKeyChars || !IDEMPOTENCY_KEY.test(idempotencyKey))) {
    throw new ApiError(
      400,
      "invalid_idempotency_key",
      `Idempotency-Key must be 1 to ${LIMITS.idempotencyKeyChars} visible ASCII characters`,
    );
  }

  const { bytes, doc } = await readComparison(request);

  let record: DurableObjectStub<import("./objects/idempotency-record").IdempotencyRecord> | null = null;
  let bodyHash = "";
  if (idempotencyKey !== null) {
    bodyHash = await sha256Hex(bytes);
    record = env.IDEMPOTENCY.get(env.IDEMPOTENCY.idFromName(await sha256Hex(`idempotency\0${idempotencyKey}`)));
    const begun = await record.begin(bodyHash);
    if (begun.state === "replay") {
      const answer = await unseal(begun.sealed, idempotencyKey, bodyHash);
      return jsonResponse(200, JSON.parse(answer), { ...limitHeaders, "Idempotent-Replayed": "true" });
    }
    if (begun.state === "mismatch") {
      throw new ApiError(
        422,
        "idempotency_key_reused",
        "this Idempotency-Key was already used with a different request body in the last 24 h",
      );
    }
    if (begun.state === "in_progress") {
      throw new ApiError(409, "idempotency_in_progress", "a request with this Idempotency-Key is still being processed", {
        headers: { "Retry-After": String(begun.retryAfterS) },
      });
    }
  }

  try {
    const id = await env.IDS.get(env.IDS.idFromName(ALLOCATOR_NAME)).allocate();
    const writeToken = newWriteToken();
    const tokenHash = await hashToken(writeToken);
    assignIds(doc, id);
    const stored = await storedDoc(doc);
    if (isFinal(doc.status)) {
      const metadata: FinishedMetadata = {
        tokenHash,
        etag: stored.etag,
        bytes: new TextEncoder().encode(stored.json).byteLength,
        status: doc.status,
        finishedMs: Date.now(),
      };
      await env.RUNS.put(kvKey(id), stored.json, { metadata });
    } else {
      await runStub(env, id).init(id, tokenHash, stored);
    }
    const answer: CreateAnswer = { runId: id, writeToken, permalink: permalinkOf(siteOf(request, cfg), id) };
    if (record !== null) await record.complete(bodyHash, await seal(JSON.stringify(answer), idempotencyKey!, bodyHash));
    return jsonResponse(201, answer, { ...limitHeaders, Location: `/api/runs/${id}` });
  } catch (e) {
    if (record !== null) await record.abort(bodyHash);
    throw e;
  }
}

// --- Writes by the owner --------------------------------------------------------------------------

function bearerToken(request: Request): string {
  const header = request.headers.get("Authorization");
  if (header === null) throw unauthorized("missing Authorization: Bearer <writeToken>");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized("the Authorization header must be 'Bearer <writeToken>'");
  return match[1]!;
}

const badToken = () => unauthorized("the write token is not valid for this run");
const deletedRun = (id: string) => new ApiError(404, "not_found", `run ${id} was deleted by its owner`);
const alreadyFinished = (id: string) =>
  new ApiError(409, "run_finished", `run ${id} is finished; a finished run cannot be changed (only deleted)`);

/**
 * Checks the write token before anything else about the run: "running", "finished" or (for a week
 * after a delete) "deleted"; any other token is a 401.
 */
async function authorize(request: Request, env: Env, id: string): Promise<{ access: "running" | "finished" | "deleted"; tokenHash: string }> {
  const token = bearerToken(request);
  if (!TOKEN_PATTERN.test(token) || !RUN_ID_PATTERN.test(id)) throw badToken();
  const tokenHash = await hashToken(token);
  const access = await runStub(env, id).authorize(tokenHash);
  if (access === "running" || access === "finished" || access === "deleted") return { access, tokenHash };
  if (access === "none") {
    const { value, metadata } = await env.RUNS.getWithMetadata<FinishedMetadata>(kvKey(id), { type: "stream" });
    await value?.cancel();
    if (metadata && sameDigest(metadata.tokenHash, tokenHash)) return { access: "finished", tokenHash };
  }
  throw badToken();
}

function writeAnswer(id: string, r: WriteResult): { version: number; etag: string; status: string } {
  switch (r.result) {
    case "ok":
      return r;
    case "finished":
      throw alreadyFinished(id);
    case "deleted":
      throw deletedRun(id);
    case "not_final":
      throw new ApiError(
        422,
        "not_final",
        "to finish, the run's status must be SUCCESS or FAILED: send the final document with the request",
        { field: "/status" },
      );
    default:
      throw badToken();
  }
}

export async function updateRun(request: Request, env: Env, id: string): Promise<Response> {
  const { access, tokenHash } = await authorize(request, env, id);
  if (access === "deleted") throw deletedRun(id);
  if (access === "finished") throw alreadyFinished(id);
  const { doc } = await readComparison(request);
  assignIds(doc, id);
  const stored = await storedDoc(doc);
  const stub = runStub(env, id);
  // A document with a final status finishes the run (the same as POST .../finish with it).
  const finished = isFinal(doc.status);
  const r = writeAnswer(id, finished ? await stub.finish(tokenHash, stored) : await stub.update(tokenHash, stored));
  return jsonResponse(200, { runId: id, status: r.status, version: r.version, etag: r.etag, finished }, { ETag: r.etag });
}

export async function finishRun(request: Request, env: Env, id: string): Promise<Response> {
  const cfg = configOf(env);
  const { access, tokenHash } = await authorize(request, env, id);
  if (access === "deleted") throw deletedRun(id);
  if (access === "finished") throw alreadyFinished(id);
  const bytes = await readBody(request, LIMITS.bodyBytes);
  let stored = null;
  if (bytes.byteLength > 0) {
    const doc = checkComparison(parseJson(bytes));
    assignIds(doc, id);
    stored = await storedDoc(doc);
  }
  const r = writeAnswer(id, await runStub(env, id).finish(tokenHash, stored));
  return jsonResponse(
    200,
    { runId: id, status: r.status, etag: r.etag, permalink: permalinkOf(siteOf(request, cfg), id) },
    { ETag: r.etag },
  );
}

export async function deleteRun(request: Request, env: Env, id: string): Promise<Response> {
  const { access, tokenHash } = await authorize(request, env, id);
  // A repeat (say, after a lost answer) succeeds again: deleting is idempotent for the owner.
  if (access === "deleted") return new Response(null, { status: 204 });
  const removed = await runStub(env, id).remove(id, tokenHash);
  if (removed === "unauthorized") throw badToken();
  // The object is gone first, so a finish that was under way has written KV before this delete.
  await env.RUNS.delete(kvKey(id));
  await caches.default.delete(edgeCacheKey(request, id));
  return new Response(null, { status: 204 });
}

// --- Live -----------------------------------------------------------------------------------------

export async function liveRun(request: Request, env: Env, id: string): Promise<Response> {
  if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
    throw new ApiError(426, "upgrade_required", "this endpoint speaks WebSocket: send 'Upgrade: websocket'", {
      headers: { Upgrade: "websocket" },
    });
  }
  if (!RUN_ID_PATTERN.test(id)) throw notFound(`no run with id "${id}"`);
  const forwarded = await runStub(env, id).fetch(request);
  if (forwarded.status === 101) return forwarded;
  const json = await env.RUNS.get(kvKey(id));
  if (json === null) throw notFound(`no run with id "${id}"`);
  // Already finished: the watcher gets the final document and the close at once.
  const pair = new WebSocketPair();
  const server = pair[1];
  server.accept();
  server.send(json);
  server.close(1000, "finished");
  return new Response(null, { status: 101, webSocket: pair[0] });
}
