// The test fixture (test/fixtures/comparison.ts), compiled on the fly for the benchmark scripts.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));

export async function loadFixture() {
  const built = await esbuild.build({
    entryPoints: [join(here, "../test/fixtures/comparison.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    write: false,
  });
  const source = Buffer.from(built.outputFiles[0].text).toString("base64");
  return (await import(`data:text/javascript;base64,${source}`)).comparisonFixture;
}

/** Waits until the backend at `origin` answers /api/health. */
export async function waitForBackend(origin, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${origin} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
