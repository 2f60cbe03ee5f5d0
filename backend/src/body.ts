import { ApiError } from "./http";

function tooLarge(limit: number): ApiError {
  return new ApiError(
    413,
    "body_too_large",
    `the request body is larger than ${limit} bytes (${limit / (1024 * 1024)} MiB)`,
  );
}

/**
 * Reads the whole body, refusing (413) as soon as it is known to exceed `limit` bytes: from
 * Content-Length before reading anything, or while streaming when the length is not declared.
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get("Content-Length");
  // The unread rest of a refused body is left to the runtime: cancelling a request body from the
  // Worker has stalled later requests in local workerd (wrangler dev 4.79).
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      reader.releaseLock();
      throw tooLarge(limit);
    }
    parts.push(value);
  }
  if (parts.length === 1) return parts[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Parses a JSON body: 400 for bytes that are not UTF-8 or text that is not JSON. */
export function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new ApiError(400, "malformed_json", "the request body is not valid UTF-8");
  }
  if (text.trim() === "") throw new ApiError(400, "malformed_json", "the request body is empty; a JSON document was expected");
  try {
    return JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new ApiError(400, "malformed_json", `the request body is not valid JSON: ${detail}`);
  }
}
