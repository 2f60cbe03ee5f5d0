// PATCH /api/runs/{id}: a change of a run in progress as operations on the stored document, so
// that a live share sends the runs measured since its last update instead of the whole document
// every time (which made its upload grow with the square of the run count). The operations are
// those the watchers get (live-delta.ts); the body says which version they were made against.
import { LIMITS } from "./env";
import { ApiError } from "./http";
import type { Op, Path } from "./live-delta";

export interface Patch {
  base: number;
  ops: Op[];
}

const invalid = (message: string, field: string) => new ApiError(422, "invalid_patch", message, { field });

function checkPath(path: unknown, where: string): Path {
  if (!Array.isArray(path) || path.length < 1 || path.length > LIMITS.patchPathDepth) {
    throw invalid(`${where}: the path must be a list of 1 to ${LIMITS.patchPathDepth} keys or indices`, where);
  }
  for (const step of path) {
    const key = typeof step === "string" && step.length > 0 && step.length <= 64;
    const index = typeof step === "number" && Number.isInteger(step) && step >= 0 && step <= LIMITS.runsPerSide;
    if (!key && !index) throw invalid(`${where}: a path step must be a key of 1 to 64 characters or an index`, where);
  }
  return path as Path;
}

/**
 * Checks the shape of a patch body: `{"base": version, "ops": [...]}` with at most
 * `LIMITS.patchOps` operations. What they do to the document is checked after applying them: the
 * result must be a valid document in progress (the schema and limits of a create).
 */
export function checkPatch(body: unknown): Patch {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw invalid("the body must be {\"base\", \"ops\"}", "");
  const { base, ops, ...rest } = body as Record<string, unknown>;
  const extra = Object.keys(rest);
  if (extra.length > 0) throw invalid(`unknown field "${extra[0]!.slice(0, 64)}"`, `/${extra[0]!.slice(0, 64)}`);
  if (typeof base !== "number" || !Number.isInteger(base) || base < 1) {
    throw invalid("base must be the version the operations were made against (a positive integer)", "/base");
  }
  if (!Array.isArray(ops) || ops.length < 1 || ops.length > LIMITS.patchOps) {
    throw invalid(`ops must be a list of 1 to ${LIMITS.patchOps} operations`, "/ops");
  }
  ops.forEach((op: unknown, i) => {
    const where = `/ops/${i}`;
    if (!Array.isArray(op)) throw invalid(`${where} must be ["set", path, value], ["unset", path] or ["append", path, index, items]`, where);
    checkPath(op[1], where);
    const ok =
      (op[0] === "set" && op.length === 3) ||
      (op[0] === "unset" && op.length === 2) ||
      (op[0] === "append" &&
        op.length === 4 &&
        Number.isInteger(op[2]) &&
        (op[2] as number) >= 0 &&
        Array.isArray(op[3]) &&
        (op[3] as unknown[]).length > 0);
    if (!ok) throw invalid(`${where} must be ["set", path, value], ["unset", path] or ["append", path, index, items]`, where);
  });
  return { base, ops: ops as Op[] };
}

/** An error as plain data, to cross from the run's object to the Worker. */
export interface ErrorData {
  status: number;
  code: string;
  message: string;
  field?: string;
}

export const errorData = (e: ApiError): ErrorData => ({
  status: e.status,
  code: e.code,
  message: e.message,
  ...(e.options.field === undefined ? {} : { field: e.options.field }),
});

export const fromErrorData = (e: ErrorData) => new ApiError(e.status, e.code, e.message, e.field === undefined ? {} : { field: e.field });
