// The permalink viewer in a real browser (Debian's Chromium via playwright-core) against the local
// backend. Screenshots go to dist/screenshots/ (git-ignored); with FASTERCODES_UPDATE_SCREENSHOT=1
// the finished-run screenshot also replaces docs/viewer.png.
import { existsSync, mkdirSync, copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { comparisonFixture } from "../fixtures/comparison";
import { backendDir, startBackend, type LocalBackend } from "./backend";

const CHROMIUM = process.env.FASTERCODES_CHROMIUM ?? "/usr/bin/chromium";
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.FASTERCODES_REQUIRE_BROWSER === "1") {
  throw new Error(`${CHROMIUM} is missing, and FASTERCODES_REQUIRE_BROWSER=1 (install Debian's chromium)`);
}

const shots = join(backendDir, "dist/screenshots");

interface Created {
  runId: string;
  writeToken: string;
  permalink: string;
}

describe.skipIf(!haveBrowser)("permalink viewer in Chromium", () => {
  let backend: LocalBackend;
  let context: BrowserContext;
  let profile: string;
  const problems: string[] = [];

  const api = async (path: string, init: RequestInit = {}) => fetch(`${backend.origin}${path}`, init);
  const create = async (doc: unknown): Promise<Created> => {
    const r = await api("/api/runs", { method: "POST", body: JSON.stringify(doc), headers: { "Content-Type": "application/json" } });
    expect(r.status).toBe(201);
    return (await r.json()) as Created;
  };
  const auth = (token: string) => ({ Authorization: `Bearer ${token}`, "Content-Type": "application/json" });

  async function open(path: string, colorScheme: "light" | "dark" = "light"): Promise<Page> {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => {
      // A WebSocket torn down by a finished run is normal; anything else is not.
      if (!r.url().includes("/live")) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
    });
    await page.goto(`${backend.origin}${path}`);
    return page;
  }

  beforeAll(async () => {
    backend = await startBackend({ RATE_LIMIT_CREATES: "1000" });
    profile = mkdtempSync(join(tmpdir(), "fastercodes-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1280, height: 900 },
      deviceScaleFactor: 1,
      locale: "en-GB",
      timezoneId: "UTC",
    });
    mkdirSync(shots, { recursive: true });
  });

  beforeEach(() => {
    problems.length = 0;
  });

  afterAll(async () => {
    await context?.close();
    await backend?.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("renders a finished run: verdict, highlighted code, charts, statistics, environment", async () => {
    const doc = comparisonFixture();
    const { runId } = await create(doc);
    const page = await open(`/?runId=${runId}`);
    await page.waitForSelector("body[data-state=loaded]");

    expect(await page.textContent("#verdict")).toBe(doc.verdict.text);
    expect(await page.textContent("#title")).toBe(doc.title);
    expect(await page.title()).toBe(`${doc.title} — faster.codes`);
    // The desktop link names this backend (the app would look "fastercodes://run/ID" up on the
    // backend it is configured for, another one perhaps).
    const host = new URL(page.url()).host;
    expect(await page.getAttribute("#open-desktop", "href")).toBe(`fastercodes://${host}/?runId=${runId}`);

    // Both code blocks, highlighted as C++.
    expect(await page.locator(".code-card").count()).toBe(2);
    expect(await page.locator(".side-a .hljs-keyword").count()).toBeGreaterThan(3);
    expect(await page.locator(".side-b code").textContent()).toBe(doc.codeRuns[1].code);

    // Two charts that actually drew something, in A's blue and B's orange.
    for (const id of ["chart-runs", "chart-dist"]) {
      const drawn = await page.$eval(`#${id}`, (c) => {
        const canvas = c as HTMLCanvasElement;
        const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
        const has = (r: number, g: number, b: number) => {
          for (let i = 0; i < data.length; i += 4) {
            if (Math.abs(data[i]! - r) < 12 && Math.abs(data[i + 1]! - g) < 12 && Math.abs(data[i + 2]! - b) < 12 && data[i + 3]! > 200) return true;
          }
          return false;
        };
        return { width: canvas.width, height: canvas.height, blue: has(0x3b, 0x82, 0xf6), orange: has(0xf5, 0x9e, 0x0b) };
      });
      expect(drawn.width).toBeGreaterThan(300);
      expect(drawn.height).toBeGreaterThan(200);
      expect(drawn.blue).toBe(true);
      expect(drawn.orange).toBe(true);
    }

    // The statistics table shows the medians of the document.
    const table = (await page.textContent("table.stats"))!;
    expect(table).toContain("Median (95% CI)");
    expect(table).toContain(`${doc.codeRuns[0].summary.duration.median.toFixed(1)} ms`);
    expect(table).toContain(`${doc.codeRuns[1].summary.duration.median.toFixed(1)} ms`);
    expect(await page.textContent(".kv")).toContain("AMD EPYC 7B13, 2 cores");

    // Switching the metric redraws the charts for memory.
    await page.click("[data-metric=mem]");
    expect(await page.getAttribute("[data-metric=mem]", "aria-selected")).toBe("true");

    await page.click("[data-metric=duration]");
    await page.screenshot({ path: join(shots, "viewer.png"), fullPage: true });
    if (process.env.FASTERCODES_UPDATE_SCREENSHOT === "1") {
      copyFileSync(join(shots, "viewer.png"), join(backendDir, "../docs/viewer.png"));
    }
    const dark = await open(`/?runId=${runId}`, "dark");
    await dark.waitForSelector("body[data-state=loaded]");
    await dark.screenshot({ path: join(shots, "viewer-dark.png"), fullPage: true });
    await dark.close();
    await page.close();
    expect(problems).toEqual([]);
  });

  it("fits a phone screen without sideways scrolling", async () => {
    const { runId } = await create(comparisonFixture());
    const page = await open(`/?runId=${runId}`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForSelector("body[data-state=loaded]");
    // Code and tables scroll inside their boxes; the page itself must not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.isVisible("#chart-runs")).toBe(true);
    await page.screenshot({ path: join(shots, "viewer-phone.png"), fullPage: true });
    await page.close();
    expect(problems).toEqual([]);
  });

  it("says 'no meaningful difference' with the ratio and the threshold, in a neutral tone", async () => {
    // Issue 15's trial: identical programs, real to the test (p = 0.023) but far below 1 %.
    const doc = comparisonFixture();
    doc.verdict = {
      kind: "no-meaningful-difference",
      faster: null,
      factor: null,
      factorCiLow: null,
      factorCiHigh: null,
      pValue: 0.023,
      ratio: 1.0002,
      ratioCiLow: 1.00002,
      ratioCiHigh: 1.0011,
      thresholdPercent: 1,
      text: "No meaningful difference (≤ 1%) in wall time between A and B (ratio B/A 1.00020, 95% CI 1.000020–1.0011, p = 0.0230, 30 runs each)",
    } as unknown as typeof doc.verdict;
    (doc as Record<string, unknown>).health = {
      warnings: [
        { kind: "frequency-not-readable", severity: "note", message: "CPU frequency not readable on this machine" },
        { kind: "other-load", severity: "warning", message: "Other load on the machine: other processes used 0.80 of 2 cores on average" },
      ],
    };
    const { runId } = await create(doc);
    const page = await open(`/?runId=${runId}`);
    await page.waitForSelector("body[data-state=loaded]");
    expect(await page.textContent("#verdict")).toBe(doc.verdict.text);
    const sub = (await page.textContent(".verdict-sub"))!;
    expect(sub).toContain("B/A = 1.00020 (95% CI 1.000020 – 1.0011, p = 0.023)");
    expect(sub).toContain("beyond ±1 %");
    expect(await page.getAttribute("section.verdict", "class")).toContain("verdict-neutral");
    // Measurement health beside the verdict: warnings first, then notes.
    const health = await page.locator(".verdict-health li").allTextContents();
    expect(health).toEqual([
      "⚠ Other load on the machine: other processes used 0.80 of 2 cores on average",
      "Note: CPU frequency not readable on this machine",
    ]);
    await page.screenshot({ path: join(shots, "viewer-no-meaningful-difference.png") });
    await page.close();
    expect(problems).toEqual([]);
  });

  it("accepts the short form /?r=<id>", async () => {
    const { runId } = await create(comparisonFixture({ status: "FAILED" }));
    const page = await open(`/?r=${runId}`);
    await page.waitForSelector("body[data-state=loaded]");
    expect(await page.textContent(".eyebrow")).toContain("Failed");
    await page.close();
    expect(problems).toEqual([]);
  });

  it("follows a run in progress live and shows the final verdict when it finishes", async () => {
    const { runId, writeToken } = await create(comparisonFixture({ status: "RUNNING", runs: 3, plannedRuns: 12 }));
    const page = await open(`/?runId=${runId}`);
    await page.waitForSelector("body[data-state=live]");
    expect(await page.textContent("#verdict")).toBe("Running…");
    expect(await page.textContent(".verdict-sub")).toContain("3 of 12 runs per side");
    expect(await page.textContent(".eyebrow")).toContain("3 runs per side");
    await page.screenshot({ path: join(shots, "viewer-live.png"), fullPage: true });

    const update = await api(`/api/runs/${runId}`, { method: "PUT", headers: auth(writeToken), body: JSON.stringify(comparisonFixture({ status: "RUNNING", runs: 9, plannedRuns: 12 })) });
    expect(update.status).toBe(200);
    await page.waitForFunction(() => document.querySelector(".eyebrow")?.textContent?.includes("9 runs per side"));

    const final = comparisonFixture({ status: "SUCCESS", runs: 12 });
    const fin = await api(`/api/runs/${runId}/finish`, { method: "POST", headers: auth(writeToken), body: JSON.stringify(final) });
    expect(fin.status).toBe(200);
    await page.waitForSelector("body[data-state=loaded]");
    expect(await page.textContent("#verdict")).toBe(final.verdict.text);
    expect(await page.textContent(".eyebrow")).toContain("Finished");
    await page.close();
    expect(problems).toEqual([]);
  });

  it("tells the watcher when the owner deletes the run", async () => {
    const { runId, writeToken } = await create(comparisonFixture({ status: "RUNNING", runs: 3 }));
    const page = await open(`/?runId=${runId}`);
    await page.waitForSelector("body[data-state=live]");
    expect((await api(`/api/runs/${runId}`, { method: "DELETE", headers: auth(writeToken) })).status).toBe(204);
    await page.waitForSelector("body[data-state=deleted]");
    expect(await page.textContent("h1")).toBe("This comparison was deleted");
    await page.close();
    expect(problems).toEqual([]);
  });

  it("renders a document whose language ids are names of Object.prototype's members", async () => {
    const doc = comparisonFixture();
    doc.codeRuns[0].lang = "constructor";
    doc.codeRuns[1].lang = "__proto__";
    const { runId } = await create(doc);
    const page = await open(`/?runId=${runId}`);
    await page.waitForSelector("body[data-state=loaded]");
    // Unknown languages: the code is shown as plain text, whole.
    expect(await page.locator(".side-a code").textContent()).toBe(doc.codeRuns[0].code);
    expect(await page.locator(".side-b code").textContent()).toBe(doc.codeRuns[1].code);
    expect(await page.locator(".side-a .hljs-keyword").count()).toBe(0);
    expect(await page.textContent("#title")).toBe(doc.title);
    await page.close();
    expect(problems).toEqual([]);
  });

  it("explains unknown and malformed ids, and shows a landing text without one", async () => {
    for (const [path, state, heading] of [
      ["/?runId=0000000000", "not-found", "No such comparison"],
      ["/?r=not!an!id", "not-found", "No such comparison"],
      ["/", "landing", "faster.codes permalinks"],
    ] as const) {
      const page = await open(path);
      await page.waitForSelector(`body[data-state=${state}]`);
      expect(await page.textContent("main h1")).toBe(heading);
      await page.close();
    }
    // The 404 of the API is expected for the unknown id; nothing else may fail.
    expect(problems.filter((p) => !p.includes("404"))).toEqual([]);
  });

  it("keeps answering after refused writes whose bodies it did not read", async () => {
    // Regression: cancelling an unread request body stalled the next request for 10-20 s in the
    // local runtime. Refused writes now leave their bodies to the runtime.
    const finished = await create(comparisonFixture());
    const other = await create(comparisonFixture());
    const quick = { signal: AbortSignal.timeout(5000) };
    for (let i = 0; i < 6; i++) {
      const refused = await api(`/api/runs/${finished.runId}`, { method: "PUT", headers: auth(finished.writeToken), body: JSON.stringify({ small: i }) });
      expect(refused.status).toBe(409);
      await refused.arrayBuffer();
      const unauthorized = await api(`/api/runs/${finished.runId}/finish`, { method: "POST", headers: auth(other.writeToken), body: "x".repeat(20_000) });
      expect(unauthorized.status).toBe(401);
      await unauthorized.arrayBuffer();
      const read = await api(`/api/runs/${other.runId}`, quick);
      expect(read.status).toBe(200);
      await read.arrayBuffer();
    }
  });

  it("serves the page with a strict Content-Security-Policy and cacheable bundles", async () => {
    const r = await api("/?runId=abc");
    expect(r.status).toBe(200);
    expect(r.headers.get("Content-Security-Policy")).toContain("script-src 'self'");
    const html = await r.text();
    const script = /src="(\/assets\/viewer-[0-9a-f]{10}\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const js = await api(script!);
    expect(js.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(js.headers.get("Content-Type")).toMatch(/javascript/);
    const missing = await api("/no/such/page");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Nothing here");
  });
});
