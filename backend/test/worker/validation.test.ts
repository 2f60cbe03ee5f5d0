import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { readBody } from "../../src/body";
import { ApiError } from "../../src/http";
import { readablePath, utf8Length } from "../../src/validate";
import { bearer, create, doc, expectError, freshIp, post, put, url } from "./helpers";

const MiB = 1024 * 1024;

/** A body that streams in 64 KiB pieces without declaring its length. */
function streamOf(totalBytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const n = Math.min(64 * 1024, totalBytes - sent);
      controller.enqueue(new Uint8Array(n).fill(0x20));
      sent += n;
    },
  });
}

describe("body size", () => {
  it("refuses a declared body over 4 MiB with 413 before reading it", async () => {
    const r = await post(" ".repeat(4 * MiB + 1));
    await expectError(r, 413, "body_too_large");
  });

  it("refuses a streamed body over 4 MiB with 413 while reading it", async () => {
    const r = await SELF.fetch(url("/api/runs"), {
      method: "POST",
      headers: { "Content-Type": "application/json", "CF-Connecting-IP": freshIp() },
      body: streamOf(4 * MiB + 10),
      // @ts-expect-error -- required by fetch for streamed bodies
      duplex: "half",
    });
    await expectError(r, 413, "body_too_large");
  });

  it("stops reading an undeclared body as soon as it passes the limit", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1000;
        controller.enqueue(new Uint8Array(1000));
      },
    });
    const request = new Request(url("/x"), { method: "POST", body, // @ts-expect-error -- streamed body
      duplex: "half" });
    expect(request.headers.get("Content-Length")).toBeNull();
    const error = await readBody(request, 10_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(413);
    expect(pulled).toBeLessThanOrEqual(12_000);
    expect(await readBody(new Request(url("/x"), { method: "POST", body: "12345" }), 5)).toHaveLength(5);
  });

  it("accepts a body of exactly 4 MiB (it is then checked as JSON)", async () => {
    const d = JSON.stringify(doc());
    const padded = d + " ".repeat(4 * MiB - new TextEncoder().encode(d).byteLength);
    const r = await post(padded);
    expect(r.status).toBe(201);
  });

  it("checks the size of an update's body too", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    const r = await put(runId, " ".repeat(4 * MiB + 1), bearer(writeToken));
    await expectError(r, 413, "body_too_large");
  });
});

describe("malformed bodies", () => {
  for (const [name, body] of [
    ["truncated JSON", '{"schema": "fastercodes.comparison/1", '],
    ["not JSON at all", "hello"],
    ["an empty body", ""],
    ["trailing garbage", "{} x"],
  ] as const) {
    it(`answers 400 for ${name}`, async () => {
      const e = await expectError(await post(body), 400, "malformed_json");
      expect(e.message).toMatch(/JSON|empty/);
    });
  }

  it("answers 400 for bytes that are not UTF-8", async () => {
    const e = await expectError(await post(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])), 400, "malformed_json");
    expect(e.message).toContain("UTF-8");
  });
});

describe("schema violations answer 422 naming the field", () => {
  const cases: [string, (d: ReturnType<typeof doc>) => unknown, string, RegExp][] = [
    ["a missing schema marker", (d) => ({ ...d, schema: undefined }), "/schema", /schema is required/],
    ["a wrong schema marker", (d) => ({ ...d, schema: "fastercodes.comparison/2" }), "/schema", /must be "fastercodes.comparison\/1"/],
    ["an unknown status", (d) => ({ ...d, status: "DONE" }), "/status", /status must be one of "RUNNING", "SUCCESS", "FAILED"/],
    ["one side only", (d) => ({ ...d, codeRuns: [d.codeRuns[0]] }), "/codeRuns", /codeRuns must NOT have fewer than 2 items/],
    ["a side without code", (d) => ({ ...d, codeRuns: [d.codeRuns[0], { ...d.codeRuns[1], code: undefined }] }), "/codeRuns/1/code", /codeRuns\[1\]\.code is required/],
    ["a bad language id", (d) => ({ ...d, codeRuns: [{ ...d.codeRuns[0], lang: "C++ 20" }, d.codeRuns[1]] }), "/codeRuns/0/lang", /codeRuns\[0\]\.lang must match pattern/],
    ["a negative wall time", (d) => {
      const runs = d.codeRuns[1].runs.map((r, i) => (i === 3 ? { ...r, wallMs: -1 } : r));
      return { ...d, codeRuns: [d.codeRuns[0], { ...d.codeRuns[1], runs }] };
    }, "/codeRuns/1/runs/3/wallMs", /codeRuns\[1\]\.runs\[3\]\.wallMs must be >= 0/],
    ["a string where a number belongs", (d) => ({ ...d, startTime: "yesterday" }), "/startTime", /startTime must be number/],
    ["a JSON array instead of an object", () => [1, 2], "", /must be object/],
  ];
  for (const [name, mutate, field, message] of cases) {
    it(name, async () => {
      const e = await expectError(await post(JSON.stringify(mutate(doc()))), 422, "schema_violation");
      expect(e.field).toBe(field);
      expect(e.message).toMatch(message);
    });
  }

  it("applies to updates as well", async () => {
    const { runId, writeToken } = await create({ status: "RUNNING" });
    const e = await expectError(await put(runId, { ...doc({ status: "RUNNING" }), status: "PAUSED" }, bearer(writeToken)), 422, "schema_violation");
    expect(e.field).toBe("/status");
  });
});

describe("code size per side", () => {
  it("accepts exactly 64 KiB of UTF-8 per side", async () => {
    const r = await post(doc({ codeA: "a".repeat(65_536), codeB: "é".repeat(32_768) }));
    expect(r.status).toBe(201);
  });

  it("answers 413 for 64 KiB + 1 byte on side A", async () => {
    const e = await expectError(await post(doc({ codeA: "a".repeat(65_537) })), 413, "code_too_large");
    expect(e.field).toBe("/codeRuns/0/code");
    expect(e.message).toContain("side A");
  });

  it("counts UTF-8 bytes, not characters (side B, 3-byte characters)", async () => {
    // 21 846 characters of 3 bytes = 65 538 bytes, though far fewer than 65 536 characters.
    const e = await expectError(await post(doc({ codeB: "€".repeat(21_846) })), 413, "code_too_large");
    expect(e.field).toBe("/codeRuns/1/code");
    expect(e.message).toContain("65538 bytes");
  });

  it("measures UTF-8 lengths like TextEncoder does", () => {
    for (const s of ["", "abc", "é", "€", "😀", "a😀b€é", "\ud800x", "x\udc00"]) {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).byteLength);
    }
  });
});

describe("runs per side", () => {
  it("accepts 10 000 runs on a side", async () => {
    const d = doc({ runs: 10 });
    const run = d.codeRuns[0].runs[2]!;
    d.codeRuns[0].runs = Array.from({ length: 10_000 }, (_, i) => ({ ...run, index: i }));
    expect((await post(d)).status).toBe(201);
  });

  it("answers 422 for 10 001 runs on a side", async () => {
    const d = doc({ runs: 10 });
    const run = d.codeRuns[1].runs[2]!;
    d.codeRuns[1].runs = Array.from({ length: 10_001 }, (_, i) => ({ ...run, index: i }));
    const e = await expectError(await post(d), 422, "too_many_runs");
    expect(e.field).toBe("/codeRuns/1/runs");
    expect(e.message).toContain("10001");
  });

  it("answers 422 for more than 10 000 values in the original stats arrays", async () => {
    const d = doc({ runs: 10 });
    d.codeRuns[0].stats.duration.values = Array(10_001).fill(1);
    const e = await expectError(await post(d), 422, "schema_violation");
    expect(e.field).toBe("/codeRuns/0/stats/duration/values");
  });
});

it("renders JSON pointers as readable paths", () => {
  expect(readablePath("")).toBe("(document)");
  expect(readablePath("/codeRuns/0/runs/12/wallMs")).toBe("codeRuns[0].runs[12].wallMs");
  expect(readablePath("/a~1b/c~0d")).toBe("a/b.c~d");
});
