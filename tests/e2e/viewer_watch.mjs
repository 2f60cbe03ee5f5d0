// Watches a permalink in Debian's Chromium (headless, playwright-core from backend/node_modules)
// and reports what a visitor sees, one JSON line per change on stdout:
//   {"event":"state","state":"live"}            body[data-state] changed
//   {"event":"runs","done":3,"planned":12}      the live page shows 3 of 12 runs per side
//   {"event":"final","verdict":"…","sub":"…"}   the run finished and the page shows its verdict
// SCREENSHOT=PNG: the page at the end; LIVE_SCREENSHOT=PNG: while live, when it shows
// LIVE_SCREENSHOT_AT (default 2) runs per side (taken before that "runs" line is printed).
// It exits 0 after "final", 1 on a page error or after TIMEOUT_S (default 600), 2 without a
// browser. Used by tst_liveshare_e2e:  node viewer_watch.mjs URL
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const backendDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "backend");
const { chromium } = createRequire(join(backendDir, "package.json"))("playwright-core");
const CHROMIUM = process.env.FASTERCODES_CHROMIUM ?? "/usr/bin/chromium";
const timeoutS = Number(process.env.TIMEOUT_S ?? 600);
const url = process.argv[2];
const say = (o) => process.stdout.write(JSON.stringify(o) + "\n");

if (!existsSync(CHROMIUM)) {
  say({ event: "error", message: `${CHROMIUM} is missing` });
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), "fastercodes-chromium-"));
let code = 1;
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 1280, height: 900 },
});
try {
  const page = await context.newPage();
  page.on("pageerror", (e) => say({ event: "error", message: `page error: ${e.message}` }));
  page.on("console", (m) => m.type() === "error" && say({ event: "error", message: m.text() }));
  await page.goto(url);
  const deadline = Date.now() + timeoutS * 1000;
  let last = { state: "", done: -1 };
  while (Date.now() < deadline) {
    const seen = await page.evaluate(() => ({
      state: document.body.dataset.state ?? "",
      verdict: document.querySelector("#verdict")?.textContent ?? "",
      sub: document.querySelector(".verdict-sub")?.textContent ?? "",
    }));
    if (seen.state !== last.state) say({ event: "state", state: seen.state });
    const m = /(\d+)(?: of (\d+))? runs per side so far/.exec(seen.sub);
    if (seen.state === "live" && m && Number(m[1]) !== last.done) {
      last.done = Number(m[1]);
      if (process.env.LIVE_SCREENSHOT && last.done === Number(process.env.LIVE_SCREENSHOT_AT ?? 2))
        await page.screenshot({ path: process.env.LIVE_SCREENSHOT, fullPage: false });
      say({ event: "runs", done: Number(m[1]), planned: m[2] ? Number(m[2]) : null });
    }
    last.state = seen.state;
    if (seen.state === "loaded" && seen.verdict !== "Running…") {
      say({ event: "final", verdict: seen.verdict, sub: seen.sub });
      if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
      code = 0;
      break;
    }
    if (["not-found", "deleted", "expired", "error"].includes(seen.state)) {
      say({ event: "error", message: `the page says ${seen.state}` });
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(code);
