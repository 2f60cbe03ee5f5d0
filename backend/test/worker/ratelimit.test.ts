import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Env } from "../../src/env";
import worker from "../../src/index";
import { clientKey } from "../../src/objects/rate-limiter";
import { doc, expectError, url } from "./helpers";

const body = JSON.stringify(doc({ runs: 3 }));

/** POSTs a create from `ip` through the Worker with its configuration changed by `vars`. */
async function createFrom(ip: string, vars: Partial<Env>, payload: string = body): Promise<Response> {
  const ctx = createExecutionContext();
  const r = await worker.fetch(
    new Request(url("/api/runs"), { method: "POST", headers: { "Content-Type": "application/json", "CF-Connecting-IP": ip }, body: payload }),
    { ...env, ...vars } as Env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return r;
}

describe("rate limit on creates", () => {
  it("allows 30 creates per address in 60 s by default, then answers 429 with Retry-After", async () => {
    const vars = { RATE_LIMIT_CREATES: undefined, RATE_LIMIT_WINDOW_SECONDS: undefined };
    const ip = "203.0.113.10";
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const r = await createFrom(ip, vars);
      statuses.push(r.status);
      if (i === 0) {
        expect(r.headers.get("RateLimit-Limit")).toBe("30");
        expect(r.headers.get("RateLimit-Remaining")).toBe("29");
      }
      await r.arrayBuffer();
    }
    expect(statuses).toEqual(Array(30).fill(201));
    const refused = await createFrom(ip, vars);
    const e = await expectError(refused, 429, "rate_limited");
    expect(e.message).toContain("30 in 60 s");
    const retry = Number(refused.headers.get("Retry-After"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect(refused.headers.get("RateLimit-Remaining")).toBe("0");
    // Another address is not affected.
    expect((await createFrom("203.0.113.11", vars)).status).toBe(201);
  });

  it("takes its limit and window from the configuration", async () => {
    const vars = { RATE_LIMIT_CREATES: "3", RATE_LIMIT_WINDOW_SECONDS: "600" };
    const ip = "203.0.113.20";
    for (let i = 0; i < 3; i++) expect((await createFrom(ip, vars)).status).toBe(201);
    const r = await createFrom(ip, vars);
    await expectError(r, 429, "rate_limited");
    expect(Number(r.headers.get("Retry-After"))).toBeGreaterThan(590);
  });

  it("counts attempts whatever their outcome, but not refused ones", async () => {
    const vars = { RATE_LIMIT_CREATES: "2", RATE_LIMIT_WINDOW_SECONDS: "600" };
    const ip = "203.0.113.30";
    expect((await createFrom(ip, vars, "{")).status).toBe(400);
    expect((await createFrom(ip, vars)).status).toBe(201);
    expect((await createFrom(ip, vars)).status).toBe(429);
    expect((await createFrom(ip, vars)).status).toBe(429);
  });

  it("slides: a create is allowed again once the oldest one leaves the window", async () => {
    const vars = { RATE_LIMIT_CREATES: "2", RATE_LIMIT_WINDOW_SECONDS: "1" };
    const ip = "203.0.113.40";
    expect((await createFrom(ip, vars)).status).toBe(201);
    expect((await createFrom(ip, vars)).status).toBe(201);
    const refused = await createFrom(ip, vars);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("Retry-After")).toBe("1");
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await createFrom(ip, vars)).status).toBe(201);
  });

  it("does not limit reads", async () => {
    const vars = { RATE_LIMIT_CREATES: "1", RATE_LIMIT_WINDOW_SECONDS: "600" };
    const ip = "203.0.113.50";
    const { runId } = (await (await createFrom(ip, vars)).json()) as { runId: string };
    for (let i = 0; i < 5; i++) {
      const ctx = createExecutionContext();
      const r = await worker.fetch(new Request(url(`/api/runs/${runId}`), { headers: { "CF-Connecting-IP": ip } }), { ...env, ...vars } as Env, ctx);
      expect(r.status).toBe(200);
      await r.arrayBuffer();
      await waitOnExecutionContext(ctx);
    }
  });

  it("groups IPv6 clients by /64 and IPv4 clients by address", async () => {
    const key = (ip: string | null) =>
      clientKey(new Request(url("/"), { headers: ip === null ? {} : { "CF-Connecting-IP": ip } }));
    expect(key("2001:db8:1:2:aaaa::1")).toBe(key("2001:0db8:0001:0002:ffff:ffff:ffff:ffff"));
    expect(key("2001:db8:1:2::1")).toBe("v6:2001:db8:1:2::/64");
    expect(key("2001:db8::1")).toBe("v6:2001:db8:0:0::/64");
    expect(key("2001:db8:1:3::1")).not.toBe(key("2001:db8:1:2::1"));
    expect(key("192.0.2.1")).toBe("v4:192.0.2.1");
    expect(key("192.0.2.1")).not.toBe(key("192.0.2.2"));
    expect(key(null)).toBe("unknown");

    const vars = { RATE_LIMIT_CREATES: "1", RATE_LIMIT_WINDOW_SECONDS: "600" };
    expect((await createFrom("2001:db8:77:1::1", vars)).status).toBe(201);
    expect((await createFrom("2001:db8:77:1::2", vars)).status).toBe(429);
    expect((await createFrom("2001:db8:77:2::1", vars)).status).toBe(201);
  });
});
