// Per-seat deltas on the wire, shared by the server (which makes them) and the browser
// (which applies them). After a sync, each move reaches a socket as what changed in its
// own filtered view: the game log's new batches, appended (the log only grows, except
// that an undo cuts it back), and a short list of operations for the rest of G, ctx and
// the plugins. A delta names the state id it applies to and carries a fingerprint of the
// view it makes; a client whose state id or fingerprint does not match applies nothing
// and asks for a resync.
// Unlike a generic JSON diff of the whole view, the diff below never looks inside the
// log, and it skips every part that the new state shares with the old by reference (a
// move copies only what it writes, see src/game/clone.ts), so its cost follows what
// changed rather than the length of the game. Applying copies only the objects on the
// changed paths; everything else stays shared with the previous view.

/** A client that reads deltas says so with this `wire` in its socket handshake's query. */
export const DELTA_WIRE = 'delta1';

export type Key = string | number;
export type Path = readonly Key[];
/** [0, path, value] sets, [1, path] deletes, [2, path, items] appends items to an array. */
export type Op = readonly [0, Path, unknown] | readonly [1, Path] | readonly [2, Path, readonly unknown[]];
/** For each round that changed: [round index, batches kept, batches appended]. */
export type LogChange = readonly [number, number, readonly unknown[]];
/** The log's change: its new number of rounds and the rounds that changed. */
export type LogDelta = readonly [number, readonly LogChange[]];

/** One socket's delta for one committed move. */
export interface SeatDelta {
  /** The state id the delta applies to. */
  readonly b: number;
  /** The state id it makes. */
  readonly s: number;
  /** The log's change, when it changed. */
  readonly l?: LogDelta;
  /** Operations on { G (without its log), ctx, plugins }. */
  readonly p: readonly Op[];
  /** fingerprint() of the view it makes. */
  readonly f: number;
}

/** The part of boardgame.io's filtered state a delta changes. */
export interface View {
  readonly G: { readonly log?: unknown } & Record<string, unknown>;
  readonly ctx: unknown;
  readonly plugins?: unknown;
  readonly _stateID: number;
}

/** Why a delta was not applied. */
export class DeltaMismatch extends Error {
  constructor(readonly why: 'base' | 'shape' | 'fingerprint') {
    super(`delta not applied: ${why}`);
    this.name = 'DeltaMismatch';
  }
}

type Rec = Record<string, unknown>;
const isRecord = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Appends to `ops` what turns `a` into `b` (plain JSON data; undefined counts as absent). */
export function diff(a: unknown, b: unknown, path: Key[] = [], ops: Op[] = []): Op[] {
  if (a === b) return ops;
  if (Array.isArray(a) && Array.isArray(b) && b.length >= a.length) {
    const start = ops.length;
    for (let i = 0; i < a.length; i++) diff(a[i], b[i], [...path, i], ops);
    if (b.length > a.length) ops.push([2, path, b.slice(a.length)]);
    // Many small changes cost more than the array itself.
    if (ops.length - start > 1 + a.length / 2) ops.splice(start, ops.length - start, [0, path, b]);
    return ops;
  }
  if (isRecord(a) && isRecord(b)) {
    for (const k of Object.keys(b)) {
      const v = b[k];
      if (v === undefined) {
        if (a[k] !== undefined) ops.push([1, [...path, k]]);
      } else if (a[k] === undefined) ops.push([0, [...path, k], v]);
      else diff(a[k], v, [...path, k], ops);
    }
    for (const k of Object.keys(a)) if (a[k] !== undefined && !(k in b)) ops.push([1, [...path, k]]);
    return ops;
  }
  if (b === undefined) ops.push([1, path]);
  else ops.push([0, path, b]);
  return ops;
}

/** Applies operations copy-on-write: the result shares every untouched part with `base`; `base` is not changed. */
export function applyOps<T>(base: T, ops: readonly Op[]): T {
  const fresh = new WeakSet<object>();
  const own = (x: unknown): Rec | unknown[] => {
    if (Array.isArray(x)) return fresh.has(x) ? x : mark([...(x as unknown[])]);
    if (isRecord(x)) return fresh.has(x) ? x : mark({ ...x });
    throw new DeltaMismatch('shape');
  };
  const mark = <O extends object>(o: O): O => (fresh.add(o), o);
  let root: unknown = base;
  for (const op of ops) {
    const path = op[1];
    if (path.length === 0) {
      if (op[0] === 0) root = op[2];
      else if (op[0] === 2) root = [...(own(root) as unknown[]), ...op[2]];
      else throw new DeltaMismatch('shape');
      continue;
    }
    root = own(root);
    let node = root as Rec;
    for (let i = 0; i < path.length - 1; i++) {
      const k = keyOf(path[i]);
      const child = own(node[k]);
      node[k] = child;
      node = child as Rec;
    }
    const last = keyOf(path[path.length - 1]);
    if (op[0] === 0) node[last] = op[2];
    else if (op[0] === 1) delete node[last];
    else {
      const list = own(node[last]);
      if (!Array.isArray(list)) throw new DeltaMismatch('shape');
      list.push(...op[2]);
      node[last] = list;
    }
  }
  return root as T;
}

function keyOf(k: Key | undefined): string {
  if (k === undefined || FORBIDDEN.has(String(k))) throw new DeltaMismatch('shape');
  return String(k);
}

type Log = readonly (readonly unknown[])[];

/** The log's change from `a` to `b`, found by reference (batches are never changed once written); undefined when none. */
export function logDelta(a: Log, b: Log): LogDelta | undefined {
  if (a === b) return undefined;
  const changes: LogChange[] = [];
  for (let r = 0; r < b.length; r++) {
    const was = a[r] ?? [];
    const now = b[r] ?? [];
    if (was === now) continue;
    let keep = 0;
    while (keep < was.length && keep < now.length && was[keep] === now[keep]) keep++;
    if (keep === was.length && keep === now.length) continue;
    changes.push([r, keep, now.slice(keep)]);
  }
  if (changes.length === 0 && a.length === b.length) return undefined;
  return [b.length, changes];
}

/** Applies a log change; the result shares the untouched rounds with `log`. */
export function applyLog(log: Log, d: LogDelta | undefined): Log {
  if (d === undefined) return log;
  const [rounds, changes] = d;
  const out: (readonly unknown[])[] = log.slice(0, rounds);
  while (out.length < rounds) out.push([]);
  for (const [r, keep, batches] of changes) {
    const was = out[r];
    if (was === undefined || keep > was.length) throw new DeltaMismatch('shape');
    out[r] = [...was.slice(0, keep), ...batches];
  }
  return out;
}

/** The delta from one filtered view to the next, for the state id `b.\_stateID`. */
export function seatDelta(a: View, b: View, memo?: WeakMap<object, number>): SeatDelta {
  const p: Op[] = [];
  const { log: aLog, ...aG } = a.G;
  const { log: bLog, ...bG } = b.G;
  diff(aG, bG, ['G'], p);
  diff(a.ctx, b.ctx, ['ctx'], p);
  diff(a.plugins, b.plugins, ['plugins'], p);
  const l = logDelta((aLog ?? []) as Log, (bLog ?? []) as Log);
  return { b: a._stateID, s: b._stateID, ...(l === undefined ? {} : { l }), p, f: fingerprint(viewPart(b), memo) };
}

/** Rebuilds the next view from `base` and a delta; throws DeltaMismatch (and changes nothing) when it does not fit. */
export function applySeatDelta<V extends View>(base: V, d: SeatDelta, memo?: WeakMap<object, number>): V {
  if (base._stateID !== d.b) throw new DeltaMismatch('base');
  const { log, ...G } = base.G;
  const part = applyOps({ G, ctx: base.ctx, plugins: base.plugins }, d.p);
  const nextLog = applyLog((log ?? []) as Log, d.l);
  const next = {
    ...base,
    G: { ...part.G, log: nextLog },
    ctx: part.ctx,
    plugins: part.plugins,
    _stateID: d.s,
  } as V;
  if (fingerprint(viewPart(next), memo) !== d.f) throw new DeltaMismatch('fingerprint');
  return next;
}

/** What a fingerprint covers: G (its log included), ctx and the plugins. */
export function viewPart(v: View): unknown {
  return { G: v.G, ctx: v.ctx, plugins: v.plugins };
}

/**
 * A 32-bit hash of plain JSON data that does not depend on key order; undefined counts
 * as absent (as JSON drops it). With a memo, the hash of each object is kept, so data
 * that is never mutated (a state made copy-on-write) is hashed once per object.
 */
export function fingerprint(x: unknown, memo?: WeakMap<object, number>): number {
  return hashOf(x, memo) >>> 0;
}

const PRIME = 0x01000193;

function mixString(h: number, s: string): number {
  let x = h;
  for (let i = 0; i < s.length; i++) x = Math.imul(x ^ s.charCodeAt(i), PRIME);
  return Math.imul(x ^ s.length, PRIME);
}

function hashOf(x: unknown, memo: WeakMap<object, number> | undefined): number {
  switch (typeof x) {
    case 'string':
      return mixString(0x73, x);
    case 'number':
      return mixString(0x6e, String(x));
    case 'boolean':
      return x ? 0x74 : 0x66;
    case 'object':
      break;
    default:
      return 0x6c;
  }
  if (x === null) return 0x6c;
  const known = memo?.get(x);
  if (known !== undefined) return known;
  let h: number;
  if (Array.isArray(x)) {
    h = 0x5b;
    for (const item of x as unknown[]) h = Math.imul(h ^ hashOf(item === undefined ? null : item, memo), PRIME);
    h = Math.imul(h ^ x.length, PRIME);
  } else {
    h = 0x7b;
    const rec = x as Rec;
    for (const k of Object.keys(rec).sort()) {
      const v = rec[k];
      if (v === undefined) continue;
      h = mixString(h, k);
      h = Math.imul(h ^ hashOf(v, memo), PRIME);
    }
  }
  memo?.set(x, h);
  return h;
}
