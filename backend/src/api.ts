import { parseJson, readBody } from "./body";
import { configOf, LIMITS, type Config, type Env } from "./env";
import { ApiError, jsonResponse, requireJson, unauthorized } from "./http";
import { ALLOCATOR_NAME } from "./objects/id-allocator";
import { clientKey, type RateDecision } from "./objects/rate-limiter";
import type { WriteResult } from "./objects/run-object";
import { checkPatch, fromErrorData } from "./patch";
import { runStub } from "./read";
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
import { assignIds, isFinal, kvKey, storedDoc, type FinishedMetadata } from "./store";
import { checkComparison, type Comparison } from "./validate";

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

async function readComparison(request: Request): Promise<{ bytes: Uint8Array; doc: Comparison }> {
  const bytes = await readBody(request, LIMITS.bodyBytes);
  return { bytes, doc: checkComparison(parseJson(bytes)) };
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
  requireJson(request);
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
      await runStub(env, id).init(id, tokenHash, stored, cfg.run);
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
const expiredRun = (id: string) =>
  new ApiError(410, "run_expired", `run ${id} expired: it got no update for too long (or ran too long) and was removed`);

type Access = "running" | "finished" | "deleted" | "expired";

/** The state a write by the owner cannot go on from, as its error. */
function refuseUnlessRunning(id: string, access: Access): void {
  if (access === "deleted") throw deletedRun(id);
  if (access === "expired") throw expiredRun(id);
  if (access === "finished") throw alreadyFinished(id);
}

/**
 * Checks the write token before anything else about the run: "running", "finished" or (for a week
 * after a delete or an expiry) "deleted" or "expired"; any other token is a 401.
 */
async function authorize(request: Request, env: Env, id: string): Promise<{ access: Access; tokenHash: string }> {
  const token = bearerToken(request);
  if (!TOKEN_PATTERN.test(token) || !RUN_ID_PATTERN.test(id)) throw badToken();
  const tokenHash = await hashToken(token);
  const access = await runStub(env, id).authorize(tokenHash);
  if (access === "running" || access === "finished" || access === "deleted" || access === "expired") return { access, tokenHash };
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
    case "expired":
      throw expiredRun(id);
    case "rate_limited":
      throw new ApiError(429, "rate_limited", `too many updates of run ${id}: retry in ${r.retryAfterS} s`, {
        headers: { "Retry-After": String(r.retryAfterS) },
      });
    case "conflict":
      throw new ApiError(
        409,
        "version_mismatch",
        `run ${id} is at version ${r.version}, not the patch's base: send the whole document with PUT`,
        { field: "/base" },
      );
    case "invalid":
      throw fromErrorData(r.error);
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
  const cfg = configOf(env);
  const { access, tokenHash } = await authorize(request, env, id);
  refuseUnlessRunning(id, access);
  requireJson(request);
  const { doc } = await readComparison(request);
  assignIds(doc, id);
  const stored = await storedDoc(doc);
  const stub = runStub(env, id);
  // A document with a final status finishes the run (the same as POST .../finish with it).
  const finished = isFinal(doc.status);
  const r = writeAnswer(
    id,
    finished ? await stub.finish(tokenHash, stored) : await stub.update(tokenHash, stored, cfg.rateLimit.updatesPerMinute),
  );
  return jsonResponse(200, { runId: id, status: r.status, version: r.version, etag: r.etag, finished }, { ETag: r.etag });
}

/** PATCH: the change since version `base` as operations (patch.ts); runs arrive by appending. */
export async function patchRun(request: Request, env: Env, id: string): Promise<Response> {
  const cfg = configOf(env);
  const { access, tokenHash } = await authorize(request, env, id);
  refuseUnlessRunning(id, access);
  requireJson(request);
  const patch = checkPatch(parseJson(await readBody(request, LIMITS.bodyBytes)));
  const r = writeAnswer(id, await runStub(env, id).patch(tokenHash, patch, cfg.rateLimit.updatesPerMinute));
  return jsonResponse(200, { runId: id, status: r.status, version: r.version, etag: r.etag, finished: false }, { ETag: r.etag });
}

export async function finishRun(request: Request, env: Env, id: string): Promise<Response> {
  const cfg = configOf(env);
  const { access, tokenHash } = await authorize(request, env, id);
  refuseUnlessRunning(id, access);
  const bytes = await readBody(request, LIMITS.bodyBytes);
  let stored = null;
  if (bytes.byteLength > 0) {
    requireJson(request);
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
  // A repeat (say, after a lost answer) succeeds again: deleting is idempotent for the owner. An
  // expired run is deleted like any other (its tombstone becomes a delete's).
  if (access === "deleted") return new Response(null, { status: 204 });
  const removed = await runStub(env, id).remove(id, tokenHash);
  if (removed === "unauthorized") throw badToken();
  // The object is gone first, so a finish that was under way has written KV before this delete.
  await env.RUNS.delete(kvKey(id));
  return new Response(null, { status: 204 });
}
