import { validate, type SchemaError } from "../dist/validate-comparison.js";
import { LIMITS } from "./env";
import { ApiError } from "./http";

export type RunStatus = "RUNNING" | "SUCCESS" | "FAILED";

/** The part of a fastercodes.comparison/1 document the backend itself reads or writes. */
export interface Comparison {
  schema: "fastercodes.comparison/1";
  runId: string;
  status: RunStatus;
  codeRuns: [CodeRun, CodeRun];
  [field: string]: unknown;
}
interface CodeRun {
  id: string;
  lang: string;
  code: string;
  runs?: unknown[];
  [field: string]: unknown;
}

export const SIDES = ["A", "B"] as const;

/** Bytes of `s` as UTF-8, without encoding it (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** RFC 6901 pointer -> the dotted form people read ("/codeRuns/0/lang" -> "codeRuns[0].lang"). */
export function readablePath(pointer: string): string {
  if (pointer === "") return "(document)";
  return pointer
    .slice(1)
    .split("/")
    .map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc === "" ? part : `${acc}.${part}`), "");
}

function describe(error: SchemaError): { field: string; message: string } {
  let pointer = error.instancePath;
  let message = error.message ?? "is invalid";
  const p = error.params;
  if (error.keyword === "required" && typeof p.missingProperty === "string") {
    pointer = `${pointer}/${p.missingProperty}`;
    message = "is required";
  } else if (error.keyword === "enum" && Array.isArray(p.allowedValues)) {
    message = `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  } else if (error.keyword === "const") {
    message = `must be ${JSON.stringify(p.allowedValue)}`;
  }
  return { field: pointer, message: `${readablePath(pointer)} ${message}` };
}

/**
 * Checks an uploaded document: the limits that answer 413/422 with their own message first (code
 * size per side, runs per side), then the shared JSON Schema (422 naming the first bad field).
 */
export function checkComparison(doc: unknown): Comparison {
  const codeRuns = (doc as { codeRuns?: unknown } | null)?.codeRuns;
  if (Array.isArray(codeRuns)) {
    codeRuns.slice(0, 2).forEach((side: unknown, i) => {
      const s = side as { code?: unknown; runs?: unknown } | null;
      if (typeof s?.code === "string") {
        const bytes = utf8Length(s.code);
        if (bytes > LIMITS.codeBytesPerSide) {
          throw new ApiError(
            413,
            "code_too_large",
            `codeRuns[${i}].code (side ${SIDES[i]}) is ${bytes} bytes of UTF-8; the limit is ${LIMITS.codeBytesPerSide} (64 KiB) per side`,
            { field: `/codeRuns/${i}/code` },
          );
        }
      }
      if (Array.isArray(s?.runs) && s.runs.length > LIMITS.runsPerSide) {
        throw new ApiError(
          422,
          "too_many_runs",
          `codeRuns[${i}].runs (side ${SIDES[i]}) has ${s.runs.length} runs; the limit is ${LIMITS.runsPerSide} per side`,
          { field: `/codeRuns/${i}/runs` },
        );
      }
    });
  }
  if (!validate(doc)) {
    const { field, message } = describe(validate.errors![0]!);
    throw new ApiError(422, "schema_violation", message, { field });
  }
  return doc as Comparison;
}
