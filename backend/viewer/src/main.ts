// The permalink viewer: /?runId=<id> or /?r=<id>. Loads the run from the API on the same origin,
// renders it, and follows a run in progress over its WebSocket until it finishes.
import { applyOps, type LiveMessage } from "../../src/live-delta";
import { message, RunView, setState } from "./render";
import type { Comparison } from "./types";

const ID = /^[0-9a-z]{1,10}$/;
const root = document.getElementById("app")!;

function runIdFromUrl(): string | null {
  const params = new URLSearchParams(location.search);
  return (params.get("runId") ?? params.get("r"))?.trim().toLowerCase() ?? null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Loaded = { kind: "ok"; doc: Comparison } | { kind: "not-found" } | { kind: "error"; detail: string };

async function load(id: string): Promise<Loaded> {
  for (let attempt = 0; ; attempt++) {
    let r: Response;
    try {
      r = await fetch(`/api/runs/${id}`, { headers: { Accept: "application/json" } });
    } catch {
      if (attempt < 2) {
        await sleep(1000 * (attempt + 1));
        continue;
      }
      return { kind: "error", detail: "The server could not be reached. Check your connection and try again." };
    }
    if (r.status === 404) return { kind: "not-found" };
    // 503 (finished a moment ago and still on its way into storage here) or 429: the server says
    // when to ask again. A fresh permalink must not look broken: keep asking for two minutes.
    if ((r.status === 503 || r.status === 429) && attempt < 24) {
      await sleep(Math.min(10, Math.max(1, Number(r.headers.get("Retry-After")) || 5)) * 1000);
      continue;
    }
    if (!r.ok) {
      const body = (await r.json().catch(() => null)) as { error?: { message?: string } } | null;
      return { kind: "error", detail: body?.error?.message ?? `The server answered ${r.status}.` };
    }
    try {
      return { kind: "ok", doc: (await r.json()) as Comparison };
    } catch {
      return { kind: "error", detail: "The server sent something that is not a comparison." };
    }
  }
}

/**
 * Follows a run in progress: the first message is the whole run, each later one what changed
 * (live-delta.ts); the close says why it ended. A change that does not fit what this page has
 * (never expected) makes it start over with a new connection.
 */
function follow(id: string, view: RunView): void {
  let failures = 0;
  const connect = () => {
    const ws = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/api/runs/${id}/live`);
    let current: Comparison | null = null;
    let version = -1;
    ws.addEventListener("open", () => {
      failures = 0;
      view.live = true;
      setState("live");
    });
    ws.addEventListener("message", (e) => {
      if (typeof e.data !== "string" || e.data === "pong") return;
      try {
        const m = JSON.parse(e.data) as LiveMessage;
        if (m.type === "run") {
          current = m.doc as unknown as Comparison;
        } else if (m.type === "delta" && current !== null && m.base === version) {
          applyOps(current as unknown as Record<string, unknown>, m.ops);
        } else {
          throw new Error(`unexpected live message for version ${version}`);
        }
        version = m.version;
      } catch {
        ws.close(4000, "resync");
        return;
      }
      view.show(current);
    });
    const keepAlive = setInterval(() => ws.readyState === WebSocket.OPEN && ws.send("ping"), 30_000);
    ws.addEventListener("close", async (e) => {
      clearInterval(keepAlive);
      view.live = false;
      if (e.reason === "deleted" || e.reason === "expired") {
        setState(e.reason);
        message(root, e.reason);
        return;
      }
      if (e.reason === "finished") {
        // The last message was the final run; read it once more from the cacheable endpoint.
        const final = await load(id);
        if (final.kind === "ok") view.show(final.doc);
        else if (current) view.show(current);
        setState("loaded");
        return;
      }
      // Dropped (network, deploy, a full run): reconnect with a growing pause; meanwhile the run
      // is read once per attempt, and the first message of a new connection resyncs.
      failures += 1;
      const state = await load(id);
      if (state.kind === "not-found") {
        setState("deleted");
        message(root, "deleted");
        return;
      }
      if (state.kind === "ok") {
        view.show(state.doc);
        if (state.doc.status !== "RUNNING") {
          setState("loaded");
          return;
        }
      }
      setTimeout(connect, Math.min(30_000, 1000 * 2 ** Math.min(failures, 5)));
    });
  };
  connect();
}

async function main(): Promise<void> {
  const id = runIdFromUrl();
  if (id === null || id === "") {
    setState("landing");
    message(root, "landing");
    return;
  }
  if (!ID.test(id)) {
    setState("not-found");
    message(root, "not-found", id);
    return;
  }
  setState("loading");
  message(root, "loading");
  const loaded = await load(id);
  if (loaded.kind === "not-found") {
    setState("not-found");
    message(root, "not-found", id);
    return;
  }
  if (loaded.kind === "error") {
    setState("error");
    message(root, "error", loaded.detail);
    return;
  }
  const view = new RunView(root);
  view.show(loaded.doc);
  if (loaded.doc.status === "RUNNING") follow(id, view);
  else setState("loaded");
}

void main();
