// Ids, write tokens and the little cryptography around them (Web Crypto only).

const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
/** A run id in a URL: what the allocator hands out, and nothing longer. */
export const RUN_ID_PATTERN = /^[0-9a-z]{1,10}$/;

/** `length` characters of 0-9a-z, uniformly random (rejection sampling: no modulo bias). */
export function randomId(length: number): string {
  let out = "";
  const limit = 252; // the largest multiple of 36 that fits in a byte
  while (out.length < length) {
    const bytes = crypto.getRandomValues(new Uint8Array(length * 2));
    for (const b of bytes) {
      if (b < limit) out += ID_ALPHABET[b % 36];
      if (out.length === length) break;
    }
  }
  return out;
}

function base64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

/** A write token: 256 random bits, prefixed so that secret scanners can recognise it. */
export function newWriteToken(): string {
  return `fcw_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
}
/** What a token must look like before it is worth hashing. */
export const TOKEN_PATTERN = /^fcw_[A-Za-z0-9_-]{43}$/;

const encoder = new TextEncoder();

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  let hex = "";
  for (const b of digest) hex += b.toString(16).padStart(2, "0");
  return hex;
}

/**
 * Tokens are stored only as SHA-256 hashes. A fast hash suffices: a token has 256 random bits, so
 * there is nothing to brute-force, unlike a password.
 */
export const hashToken = (token: string) => sha256Hex(`fastercodes write token\0${token}`);

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  return crypto.subtle.timingSafeEqual(x, y);
}

// --- Sealing the first answer of an idempotent create --------------------------------------------
// The stored answer holds the write token, which must not sit in storage readable as such. It is
// encrypted (AES-256-GCM) under a key derived from the Idempotency-Key and the request body, which
// the server never stores: only the client that sends both again can open it.

async function sealingKey(idempotencyKey: string, bodyHash: string): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", encoder.encode(idempotencyKey), "HKDF", false, [
    "deriveKey",
  ]);
  return crypto.subtle.deriveKey(
    { name: "HKDF", hash: "SHA-256", salt: encoder.encode("fastercodes idempotency v1"), info: encoder.encode(bodyHash) },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

export async function seal(plaintext: string, idempotencyKey: string, bodyHash: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await sealingKey(idempotencyKey, bodyHash);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, encoder.encode(plaintext)));
  const out = new Uint8Array(iv.length + ct.length);
  out.set(iv);
  out.set(ct, iv.length);
  return toBase64(out);
}

export async function unseal(sealed: string, idempotencyKey: string, bodyHash: string): Promise<string> {
  const bytes = fromBase64(sealed);
  const key = await sealingKey(idempotencyKey, bodyHash);
  const pt = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.slice(0, 12) }, key, bytes.slice(12));
  return new TextDecoder().decode(pt);
}
