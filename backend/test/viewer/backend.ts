// Starts and stops a local backend (wrangler dev → workerd) for the Node-side suites and benchmarks.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const backendDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface LocalBackend {
  origin: string;
  log: () => string;
  stop: () => Promise<void>;
}

/** `vars` override the Worker's [vars] (wrangler dev --var). */
export async function startBackend(vars: Record<string, string> = {}): Promise<LocalBackend> {
  const port = await freePort();
  const state = mkdtempSync(join(tmpdir(), "fastercodes-backend-"));
  const args = [
    join(backendDir, "node_modules/wrangler/bin/wrangler.js"),
    "dev",
    // The API Worker and the viewer Worker it forwards the page's paths to (README.md, "Two Workers").
    "-c", "wrangler.toml",
    "-c", "viewer/wrangler.toml",
    "--ip", "127.0.0.1",
    "--port", String(port),
    "--persist-to", state,
    "--show-interactive-dev-session=false",
    "--log-level", "warn",
    ...Object.entries(vars).flatMap(([k, v]) => ["--var", `${k}:${v}`]),
  ];
  let output = "";
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: backendDir,
    env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: "false", WRANGLER_SEND_METRICS: "false", WRANGLER_HIDE_BANNER: "true", NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
      }
    }
    rmSync(state, { recursive: true, force: true });
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output}`);
    }
    try {
      const r = await fetch(`${origin}/api/health`);
      if (r.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the local backend did not come up in 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { origin, log: () => output, stop };
}
