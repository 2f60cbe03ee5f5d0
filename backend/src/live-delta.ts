// The messages of the live WebSocket (docs/backend-api.md, "Live"): a watcher gets the whole run
// once, then only what changed. Shared by the Worker (diff) and the viewer (apply).
//
// A change is a list of operations on paths into the document: runs and values arrive one by one
// during a comparison, so an array that grew by appending is sent as its new items only.

export type Path = (string | number)[];
export type Op = ["set", Path, unknown] | ["unset", Path] | ["append", Path, number, unknown[]];

/** The whole run: on connect (and whenever a watcher must start over). */
export interface Snapshot {
  type: "run";
  version: number;
  doc: Record<string, unknown>;
}
/** What changed from version `base` to version `version`. */
export interface Delta {
  type: "delta";
  version: number;
  base: number;
  ops: Op[];
}
export type LiveMessage = Snapshot | Delta;

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: object, k: string | number) => Object.prototype.hasOwnProperty.call(o, k);
const text = (v: unknown) => JSON.stringify(v);

/** Keeps the smaller of: the changes inside `b` one by one, or `b` set whole. */
function pushSmaller(path: Path, mine: Op[], b: unknown, ops: Op[]): void {
  if (mine.length > 1 && path.length > 0 && text(mine).length > text(b).length) ops.push(["set", path, b]);
  else ops.push(...mine);
}

/** Appends to `ops` what turns `a` into `b` (both parsed JSON). */
function diffInto(a: unknown, b: unknown, path: Path, ops: Op[]): void {
  if (isObject(a) && isObject(b)) {
    const mine: Op[] = [];
    for (const k of Object.keys(b)) {
      if (!own(a, k)) mine.push(["set", [...path, k], b[k]]);
      else diffInto(a[k], b[k], [...path, k], mine);
    }
    for (const k of Object.keys(a)) if (!own(b, k)) mine.push(["unset", [...path, k]]);
    pushSmaller(path, mine, b, ops);
  } else if (Array.isArray(a) && Array.isArray(b) && b.length >= a.length) {
    const mine: Op[] = [];
    a.forEach((item, i) => diffInto(item, b[i], [...path, i], mine));
    if (b.length > a.length) mine.push(["append", path, a.length, b.slice(a.length)]);
    pushSmaller(path, mine, b, ops);
  } else if (text(a) !== text(b)) {
    ops.push(["set", path, b]);
  }
}

/** The operations that turn document `before` into `after`. */
export function diff(before: unknown, after: unknown): Op[] {
  const ops: Op[] = [];
  diffInto(before, after, [], ops);
  return ops;
}

/** A message a watcher cannot apply: it should read the run again. */
export class DeltaError extends Error {}

function container(doc: unknown, path: Path): { parent: Obj | unknown[]; key: string | number } {
  let node = doc;
  for (const step of path.slice(0, -1)) {
    if (typeof node !== "object" || node === null || !own(node, step)) throw new DeltaError(`no ${path.join("/")}`);
    node = (node as Obj)[step as string];
  }
  if (typeof node !== "object" || node === null || path.length === 0) throw new DeltaError(`no parent of ${path.join("/")}`);
  return { parent: node as Obj | unknown[], key: path[path.length - 1]! };
}

/**
 * Applies `ops` to `doc` in place. Keys are set as own properties, so a document's "__proto__" or
 * "constructor" stays plain data.
 */
export function applyOps(doc: Obj, ops: Op[]): Obj {
  for (const op of ops) {
    const { parent, key } = container(doc, op[1]);
    if (op[0] === "set") {
      Object.defineProperty(parent, key, { value: op[2], enumerable: true, writable: true, configurable: true });
    } else if (op[0] === "unset") {
      if (Array.isArray(parent)) throw new DeltaError(`cannot unset an item of ${op[1].join("/")}`);
      delete (parent as Obj)[key as string];
    } else {
      const list = own(parent, key) ? (parent as Obj)[key as string] : undefined;
      if (!Array.isArray(list) || list.length !== op[2]) throw new DeltaError(`cannot append to ${op[1].join("/")} at ${op[2]}`);
      list.push(...op[3]);
    }
  }
  return doc;
}
