import { createExecutionContext, env, SELF, waitOnExecutionContext } from "cloudflare:test";
import { expect } from "vitest";
import worker from "../../src/index";
import { comparisonFixture, type FixtureOptions } from "../fixtures/comparison";

export const ORIGIN = "https://backend.test";
export const url = (path: string) => `${ORIGIN}${path}`;

let clientCounter = 0;
/** A fresh client address, so that tests never share a rate-limit window. */
export const freshIp = () => `198.51.${Math.floor(++clientCounter / 250) % 250}.${clientCounter % 250}`;

export interface Created {
  runId: string;
  writeToken: string;
  permalink: string;
}

export function doc(options: FixtureOptions = {}) {
  return comparisonFixture(options);
}

export async function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(url("/api/runs"), {
    method: "POST",
    headers: { "Content-Type": "application/json", "CF-Connecting-IP": freshIp(), ...headers },
    body: typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
}

export async function create(options: FixtureOptions = {}): Promise<Created> {
  const r = await post(doc(options));
  expect(r.status).toBe(201);
  return (await r.json()) as Created;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function put(id: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(url(`/api/runs/${id}`), {
    method: "PUT",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** PATCH /api/runs/{id}: `{base, ops}` (or any body, for the refusals). */
export function patch(id: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(url(`/api/runs/${id}`), {
    method: "PATCH",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export function finish(id: string, headers: Record<string, string> = {}, body?: unknown): Promise<Response> {
  return SELF.fetch(url(`/api/runs/${id}/finish`), {
    method: "POST",
    headers: body === undefined ? headers : { "Content-Type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export function del(id: string, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(url(`/api/runs/${id}`), { method: "DELETE", headers });
}

export function get(id: string, headers: Record<string, string> = {}): Promise<Response> {
  return SELF.fetch(url(`/api/runs/${id}`), { headers });
}

export async function expectError(r: Response, status: number, code: string): Promise<{ code: string; message: string; field?: string }> {
  const body = (await r.json()) as { error: { code: string; message: string; field?: string } };
  expect({ status: r.status, code: body.error?.code }).toEqual({ status, code });
  expect(typeof body.error.message).toBe("string");
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(r.headers.get("Content-Type")).toMatch(/^application\/json/);
  return body.error;
}

/** Collects the messages and the close of a WebSocket. */
export function watch(ws: WebSocket) {
  const messages: string[] = [];
  let waiters: (() => void)[] = [];
  let closed: { code: number; reason: string } | null = null;
  const wake = () => {
    const w = waiters;
    waiters = [];
    w.forEach((f) => f());
  };
  ws.addEventListener("message", (e) => {
    messages.push(typeof e.data === "string" ? e.data : new TextDecoder().decode(e.data as ArrayBuffer));
    wake();
  });
  ws.addEventListener("close", (e) => {
    closed = { code: e.code, reason: e.reason };
    wake();
  });
  ws.accept();
  const until = async (pred: () => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!pred()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  };
  return {
    messages,
    closed: () => closed,
    async message(n: number): Promise<string> {
      await until(() => messages.length >= n, `message ${n}`);
      return messages[n - 1]!;
    },
    async close(): Promise<{ code: number; reason: string }> {
      await until(() => closed !== null, "close");
      return closed!;
    },
  };
}

/** The Worker with some of its variables changed (the Durable Objects keep theirs). */
export async function fetchWith(vars: Partial<Env>, request: Request): Promise<Response> {
  const ctx = createExecutionContext();
  const r = await worker.fetch(request as Parameters<typeof worker.fetch>[0], { ...env, ...vars } as Env, ctx);
  await waitOnExecutionContext(ctx);
  return r;
}

/** Opens /api/runs/{id}/live (through `fetchWith` when `vars` are given). */
export function connect(id: string, headers: Record<string, string> = {}, vars?: Partial<Env>): Promise<Response> {
  const request = new Request(url(`/api/runs/${id}/live`), { headers: { Upgrade: "websocket", ...headers } });
  return vars ? fetchWith(vars, request) : SELF.fetch(request);
}
