import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { create, doc, expectError, get, url } from "./helpers";

describe("GET /api/runs/{id}", () => {
  it("serves a finished run with a strong ETag and a few minutes of public caching", async () => {
    const { runId } = await create();
    const r = await get(runId);
    expect(r.status).toBe(200);
    expect(r.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(r.headers.get("ETag")).toMatch(/^"[0-9a-f]{32}"$/);
    const cc = r.headers.get("Cache-Control")!;
    expect(cc).toBe("public, max-age=30"); // young; see finished-read.test.ts
    expect(cc).not.toContain("immutable");
    expect(r.headers.get("Last-Modified")).toMatch(/GMT$/);
    expect(r.headers.get("X-Run-State")).toBe("finished");
    const body = (await r.json()) as ReturnType<typeof doc>;
    expect(body.runId).toBe(runId);
    expect(body.schema).toBe("fastercodes.comparison/1");
  });

  it("gives the same ETag on every read, and 304 to a client that has it", async () => {
    const { runId } = await create();
    const first = await get(runId);
    const etag = first.headers.get("ETag")!;
    await first.arrayBuffer();
    const second = await get(runId);
    expect(second.headers.get("ETag")).toBe(etag);
    await second.arrayBuffer();
    const r304 = await get(runId, { "If-None-Match": etag });
    expect(r304.status).toBe(304);
    expect(r304.headers.get("ETag")).toBe(etag);
    expect(await r304.text()).toBe("");
    const weak = await get(runId, { "If-None-Match": `"nope", W/${etag}` });
    expect(weak.status).toBe(304);
    const other = await get(runId, { "If-None-Match": '"0000"' });
    expect(other.status).toBe(200);
    await other.arrayBuffer();
  });

  it("answers HEAD with the headers and no body", async () => {
    const { runId } = await create();
    const r = await SELF.fetch(url(`/api/runs/${runId}`), { method: "HEAD" });
    expect(r.status).toBe(200);
    expect(r.headers.get("ETag")).toMatch(/^"/);
    expect(await r.text()).toBe("");
  });

  it("serves a run in progress from its Durable Object, never cached", async () => {
    const { runId } = await create({ status: "RUNNING" });
    const r = await get(runId);
    expect(r.status).toBe(200);
    expect(r.headers.get("Cache-Control")).toBe("no-store");
    expect(r.headers.get("X-Run-State")).toBe("running");
    expect(r.headers.get("X-Run-Version")).toBe("1");
    expect(((await r.json()) as { status: string }).status).toBe("RUNNING");
    const etag = r.headers.get("ETag")!;
    expect((await get(runId, { "If-None-Match": etag })).status).toBe(304);
  });

  it("answers 404 with a JSON error for unknown ids", async () => {
    const e = await expectError(await get("0000000000"), 404, "not_found");
    expect(e.message).toContain("0000000000");
  });

  it("answers 404 for ids that cannot exist (too long, wrong characters)", async () => {
    for (const id of ["abcdefghijk", "ABC", "a-b", "%20", "%E0%A4%A", "%ZZ"]) await expectError(await get(id), 404, "not_found");
  });
});

describe("routing", () => {
  it("answers /api/health", async () => {
    const r = await SELF.fetch(url("/api/health"));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true, service: "faster.codes backend" });
  });

  it("answers 404 JSON for unknown API paths", async () => {
    await expectError(await SELF.fetch(url("/api/nothing")), 404, "not_found");
    await expectError(await SELF.fetch(url("/api/runs/abc/other")), 404, "not_found");
  });

  it("answers 405 with Allow for a method a path does not take", async () => {
    const r = await SELF.fetch(url("/api/runs"), { method: "GET" });
    await expectError(r, 405, "method_not_allowed");
    expect(r.headers.get("Allow")).toBe("POST, OPTIONS");
    const r2 = await SELF.fetch(url("/api/runs/abc"), { method: "POST", body: "{}" });
    await expectError(r2, 405, "method_not_allowed");
    expect(r2.headers.get("Allow")).toBe("GET, HEAD, PUT, PATCH, DELETE, OPTIONS");
    const r3 = await SELF.fetch(url("/api/runs/abc/finish"), { method: "GET" });
    await expectError(r3, 405, "method_not_allowed");
  });
});

describe("CORS", () => {
  it("lets any origin read runs", async () => {
    const { runId } = await create();
    const r = await get(runId, { Origin: "https://elsewhere.example" });
    expect(r.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(r.headers.get("Access-Control-Expose-Headers")).toContain("ETag");
    await r.arrayBuffer();
    const missing = await get("0000000001", { Origin: "https://elsewhere.example" });
    expect(missing.headers.get("Access-Control-Allow-Origin")).toBe("*");
    await missing.arrayBuffer();
  });

  it("answers the OPTIONS preflight for reads from any origin with 204", async () => {
    const r = await SELF.fetch(url("/api/runs/abc"), {
      method: "OPTIONS",
      headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" },
    });
    expect(r.status).toBe(204);
    expect(r.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(r.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD, OPTIONS");
    expect(r.headers.get("Access-Control-Allow-Headers")).toContain("If-None-Match");
    expect(r.headers.get("Access-Control-Max-Age")).toBe("86400");
  });

  it("does not let other origins' browsers write (the refusal itself: cross-site.test.ts)", async () => {
    const pre = await SELF.fetch(url("/api/runs"), {
      method: "OPTIONS",
      headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "POST" },
    });
    expect(pre.headers.get("Access-Control-Allow-Methods")).not.toContain("POST");
    const r = await SELF.fetch(url("/api/runs"), {
      method: "POST",
      headers: { Origin: "https://elsewhere.example", "Content-Type": "application/json", "CF-Connecting-IP": "192.0.2.200" },
      body: JSON.stringify(doc()),
    });
    expect(r.status).toBe(403);
    expect(r.headers.get("Access-Control-Allow-Origin")).toBeNull();
    await r.arrayBuffer();
  });

  it("lets the origins in CORS_WRITE_ORIGINS write", async () => {
    const { default: worker } = await import("../../src/index");
    const { createExecutionContext } = await import("cloudflare:test");
    const cfg = { ...env, CORS_WRITE_ORIGINS: "https://app.example, https://faster.codes/" };
    const pre = await worker.fetch(
      new Request(url("/api/runs"), {
        method: "OPTIONS",
        headers: { Origin: "https://faster.codes", "Access-Control-Request-Method": "POST" },
      }),
      cfg,
      createExecutionContext(),
    );
    expect(pre.status).toBe(204);
    expect(pre.headers.get("Access-Control-Allow-Origin")).toBe("https://faster.codes");
    expect(pre.headers.get("Access-Control-Allow-Methods")).toContain("POST");
    expect(pre.headers.get("Access-Control-Allow-Headers")).toContain("Authorization");
    expect(pre.headers.get("Access-Control-Allow-Headers")).toContain("Idempotency-Key");
    expect(pre.headers.get("Vary")).toBe("Origin");
    const post = await worker.fetch(
      new Request(url("/api/runs"), {
        method: "POST",
        headers: { Origin: "https://app.example", "Content-Type": "application/json", "CF-Connecting-IP": "192.0.2.201" },
        body: JSON.stringify(doc()),
      }),
      cfg,
      createExecutionContext(),
    );
    expect(post.status).toBe(201);
    expect(post.headers.get("Access-Control-Allow-Origin")).toBe("https://app.example");
  });
});
