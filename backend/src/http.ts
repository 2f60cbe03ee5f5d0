/** Every error the API gives is JSON {"error": {"code", "message"[, "field"]}} with this status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly options: { headers?: HeadersInit; field?: string } = {},
  ) {
    super(message);
  }
}

const JSON_TYPE = "application/json; charset=utf-8";

export function jsonResponse(status: number, body: unknown, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  h.set("Content-Type", JSON_TYPE);
  return new Response(JSON.stringify(body), { status, headers: h });
}

export function errorResponse(error: ApiError): Response {
  const body: { code: string; message: string; field?: string } = {
    code: error.code,
    message: error.message,
  };
  if (error.options.field !== undefined) body.field = error.options.field;
  const headers = new Headers(error.options.headers);
  headers.set("Cache-Control", "no-store");
  return jsonResponse(error.status, { error: body }, headers);
}

export const notFound = (what = "no such run") => new ApiError(404, "not_found", what);

export function unauthorized(message: string): ApiError {
  return new ApiError(401, "unauthorized", message, {
    headers: { "WWW-Authenticate": 'Bearer realm="faster.codes"' },
  });
}

// --- Who may write ---------------------------------------------------------------------------------

/**
 * Writes come from the app and other programs (no Origin header: not a browser), from the site's
 * own pages, or from the origins listed in CORS_WRITE_ORIGINS. Any other browser origin is refused
 * before anything else, so a page elsewhere cannot make its visitors create runs (a form or a
 * "simple" fetch needs no preflight) nor use up their addresses' limits.
 */
export function checkWriteOrigin(request: Request, publicOrigin: string | null, writeOrigins: Set<string>): void {
  const origin = request.headers.get("Origin");
  if (origin === null) return;
  if (origin === new URL(request.url).origin || origin === publicOrigin || writeOrigins.has(origin)) return;
  throw new ApiError(403, "origin_not_allowed", `writes from pages on ${origin} are not allowed; reads are open to every origin`);
}

/** A body that is to be read as a document must say it is JSON (no form or text/plain upload). */
export function requireJson(request: Request): void {
  const type = request.headers.get("Content-Type");
  const media = type?.split(";")[0]?.trim().toLowerCase() ?? null;
  if (media === "application/json") return;
  throw new ApiError(
    415,
    "unsupported_media_type",
    `the body must be sent as Content-Type: application/json${type === null ? "" : ` (not ${type.slice(0, 100)})`}`,
  );
}

// --- CORS -----------------------------------------------------------------------------------------
// Reads are open to every origin. Writes carry a bearer token (never cookies), so allowing them
// cross-origin would be safe too, but a browser on some other site has no business creating runs
// with its visitors' addresses: only origins listed in CORS_WRITE_ORIGINS may.

const READ_METHODS = "GET, HEAD, OPTIONS";
const ALL_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
const EXPOSED = "ETag, Retry-After, Location, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Idempotent-Replayed";

/** The CORS headers of every read: any origin. */
export const READ_CORS = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": EXPOSED } as const;

export function withCors(response: Response, request: Request, writeOrigins: Set<string>): Response {
  const origin = request.headers.get("Origin");
  const isRead = request.method === "GET" || request.method === "HEAD";
  // A 101 (WebSocket) response carries its socket; its headers must not be touched.
  if (response.status === 101 || response.webSocket) return response;
  if (response.headers.has("Access-Control-Allow-Origin")) return response; // a preflight answer
  let allowed: string | null = null;
  if (isRead) allowed = "*";
  else if (origin !== null && writeOrigins.has(origin)) allowed = origin;
  if (allowed === null) return response;
  const r = new Response(response.body, response);
  r.headers.set("Access-Control-Allow-Origin", allowed);
  r.headers.set("Access-Control-Expose-Headers", EXPOSED);
  if (allowed !== "*") r.headers.append("Vary", "Origin");
  return r;
}

export function preflight(request: Request, writeOrigins: Set<string>): Response {
  const origin = request.headers.get("Origin");
  const writer = origin !== null && writeOrigins.has(origin);
  const headers = new Headers({
    "Access-Control-Allow-Origin": writer ? origin : "*",
    "Access-Control-Allow-Methods": writer ? ALL_METHODS : READ_METHODS,
    "Access-Control-Allow-Headers": writer
      ? "Authorization, Content-Type, Idempotency-Key, If-None-Match"
      : "Content-Type, If-None-Match",
    "Access-Control-Max-Age": "86400",
    "Cache-Control": "no-store",
  });
  if (writer) headers.set("Vary", "Origin");
  return new Response(null, { status: 204, headers });
}
