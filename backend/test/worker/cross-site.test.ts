// Writes must come from the app (no Origin header: not a browser), the site itself, or an origin
// listed in CORS_WRITE_ORIGINS, and carry JSON: a page elsewhere cannot make its visitors' browsers
// create runs (with a form or a "simple" fetch, which need no preflight) and use up their limits.
import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { bearer, create, doc, expectError, fetchWith, freshIp, get, ORIGIN, url } from "./helpers";

const body = JSON.stringify(doc());

function write(method: string, path: string, headers: Record<string, string>, payload: string | null = body) {
  return SELF.fetch(url(path), { method, headers: { "CF-Connecting-IP": freshIp(), ...headers }, ...(payload === null ? {} : { body: payload }) });
}

describe("writes from browsers on other sites", () => {
  it("refuses a create with another site's Origin (403), even with JSON, and creates nothing", async () => {
    const ip = freshIp();
    const r = await write("POST", "/api/runs", { Origin: "https://evil.example", "Content-Type": "application/json", "CF-Connecting-IP": ip });
    const e = await expectError(r, 403, "origin_not_allowed");
    expect(e.message).toContain("https://evil.example");
    // The refused attempt did not count against the visitor's address.
    const ok = await write("POST", "/api/runs", { "Content-Type": "application/json", "CF-Connecting-IP": ip });
    expect(ok.status).toBe(201);
    expect(ok.headers.get("RateLimit-Remaining")).toBe(String(Number(ok.headers.get("RateLimit-Limit")) - 1));
  });

  it("refuses 'Origin: null' (sandboxed frames, data: pages)", async () => {
    await expectError(await write("POST", "/api/runs", { Origin: "null", "Content-Type": "application/json" }), 403, "origin_not_allowed");
  });

  it("accepts the site's own origin, PUBLIC_ORIGIN and the origins in CORS_WRITE_ORIGINS", async () => {
    expect((await write("POST", "/api/runs", { Origin: ORIGIN, "Content-Type": "application/json" })).status).toBe(201);
    const vars = { PUBLIC_ORIGIN: "https://faster.codes", CORS_WRITE_ORIGINS: "https://app.example" };
    for (const origin of ["https://faster.codes", "https://app.example"]) {
      const r = await fetchWith(
        vars,
        new Request(url("/api/runs"), { method: "POST", headers: { Origin: origin, "Content-Type": "application/json", "CF-Connecting-IP": freshIp() }, body }),
      );
      expect(r.status).toBe(201);
    }
  });

  it("accepts a client without an Origin header (the app, curl)", async () => {
    expect((await write("POST", "/api/runs", { "Content-Type": "application/json" })).status).toBe(201);
  });

  it("refuses updates, finishes and deletes from another site's browser, token or not", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    const evil = { Origin: "https://evil.example", "Content-Type": "application/json", ...bearer(writeToken) };
    await expectError(await write("PUT", `/api/runs/${runId}`, evil), 403, "origin_not_allowed");
    await expectError(await write("POST", `/api/runs/${runId}/finish`, evil), 403, "origin_not_allowed");
    await expectError(await write("DELETE", `/api/runs/${runId}`, evil, null), 403, "origin_not_allowed");
    const r = await get(runId);
    expect(r.headers.get("X-Run-Version")).toBe("1");
    await r.arrayBuffer();
  });

  it("still lets any site read", async () => {
    const { runId } = await create();
    const r = await get(runId, { Origin: "https://evil.example" });
    expect(r.status).toBe(200);
    await r.arrayBuffer();
  });
});

describe("Content-Type of writes", () => {
  for (const type of [null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonp"]) {
    it(`refuses a create sent as ${type ?? "no type"} with 415`, async () => {
      const r = await write("POST", "/api/runs", type === null ? {} : { "Content-Type": type });
      const e = await expectError(r, 415, "unsupported_media_type");
      expect(e.message).toContain("application/json");
    });
  }

  it("accepts application/json with parameters, in any case", async () => {
    for (const type of ["application/json; charset=utf-8", "Application/JSON", "application/json;charset=UTF-8"]) {
      expect((await write("POST", "/api/runs", { "Content-Type": type })).status).toBe(201);
    }
  });

  it("refuses an update or a finish with a body that is not declared JSON; a finish without a body needs no type", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    await expectError(await write("PUT", `/api/runs/${runId}`, { "Content-Type": "text/plain", ...bearer(writeToken) }), 415, "unsupported_media_type");
    await expectError(await write("POST", `/api/runs/${runId}/finish`, { "Content-Type": "text/plain", ...bearer(writeToken) }), 415, "unsupported_media_type");
    const running = await write("POST", `/api/runs/${runId}/finish`, bearer(writeToken), null);
    await expectError(running, 422, "not_final"); // got past the type check
    expect((await write("DELETE", `/api/runs/${runId}`, bearer(writeToken), null)).status).toBe(204);
  });
});
