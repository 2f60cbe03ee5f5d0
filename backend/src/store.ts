// Where runs live: finished ones in KV under "run:<id>" with their token hash in the metadata;
// runs in progress in their own Durable Object (objects/run-object.ts).
import type { Comparison, RunStatus } from "./validate";
import { sha256Hex } from "./secrets";

export const kvKey = (runId: string) => `run:${runId}`;

/** KV metadata of a finished run (KV allows 1024 bytes of it). */
export interface FinishedMetadata {
  tokenHash: string;
  etag: string;
  bytes: number;
  status: RunStatus;
  finishedMs: number;
}

const encoder = new TextEncoder();

/** A stored document: its JSON text and the strong ETag of exactly those bytes. */
export interface StoredDoc {
  json: string;
  etag: string;
  status: RunStatus;
}

export async function storedDoc(doc: { status: RunStatus }): Promise<StoredDoc> {
  const json = JSON.stringify(doc);
  return { json, etag: `"${(await sha256Hex(encoder.encode(json))).slice(0, 32)}"`, status: doc.status };
}

export const isFinal = (status: RunStatus) => status === "SUCCESS" || status === "FAILED";

/**
 * The server owns the ids: whatever the client sent in runId and the sides' ids is replaced. A
 * shared document never names the machine it was measured on: an app that still sends the host
 * name (versions before 0.2) has it dropped here.
 */
export function assignIds(doc: Comparison, id: string): void {
  doc.runId = id;
  doc.codeRuns[0].id = `${id}-a`;
  doc.codeRuns[1].id = `${id}-b`;
  const environment = doc.environment;
  if (typeof environment === "object" && environment !== null) delete (environment as { hostname?: unknown }).hostname;
}
