// What a committed move sends to the other instances serving the match: the change of the
// whole (unfiltered) state, not the state. It is the stored form's change (stateCodec.ts:
// no log, undo history as diffs) plus the log's new batches, tagged with the state id it
// applies to and a fingerprint of the state it makes. An instance that holds that base
// rebuilds the state and hands it to its sockets, each through its seat's view; one that
// does not (it missed a message, or has only just started watching) reads the store.
import type { LogEntry, State } from 'boardgame.io';
import { applyLog, applyOps, diff, fingerprint, logDelta, type LogDelta, type Op } from '../online/delta';
import { pack, unpack, type Log } from './stateCodec';

export const STATE_DELTA = 'stateDelta';

export interface StateDelta {
  /** The state id it applies to, and the one it makes. */
  readonly b: number;
  readonly s: number;
  /** Operations on the stored form (pack) of the state. */
  readonly p: readonly Op[];
  readonly l?: LogDelta;
  /** fingerprint of the state it makes (its deltalog aside). */
  readonly f: number;
  /** boardgame.io's action log entries of the move, which the seats' full updates carry. */
  readonly dl?: readonly LogEntry[];
}

const hashes = new WeakMap<object, number>();
/** The stored form of the states seen here, by state, so a state is packed once. */
const packs = new WeakMap<object, Record<string, unknown>>();

function packed(state: State): Record<string, unknown> {
  let p = packs.get(state);
  if (p === undefined) packs.set(state, (p = pack(state)));
  return p;
}

function logOf(state: State): Log {
  return ((state.G as { log?: Log } | undefined)?.log ?? []) as Log;
}

function print(state: State): number {
  const { deltalog: _d, ...rest } = state;
  return fingerprint(rest, hashes);
}

export function stateDelta(prev: State, next: State): StateDelta {
  const { deltalog: _a, ...a } = packed(prev);
  const { deltalog: _b, ...b } = packed(next);
  const p = diff(a, b);
  const l = logDelta(logOf(prev), logOf(next));
  return {
    b: prev._stateID,
    s: next._stateID,
    p,
    ...(l === undefined ? {} : { l }),
    f: print(next),
    ...(next.deltalog === undefined ? {} : { dl: next.deltalog }),
  };
}

/** The state a delta makes from `base`, or undefined when it does not fit (another base, or a fingerprint that differs). */
export function applyStateDelta(base: State, d: StateDelta): State | undefined {
  if (base._stateID !== d.b) return undefined;
  try {
    const { deltalog: _d, ...from } = packed(base);
    const form = applyOps(from, d.p);
    const next = unpack(form, applyLog(logOf(base), d.l));
    if (print(next) !== d.f) return undefined;
    const out = d.dl === undefined ? next : { ...next, deltalog: [...d.dl] };
    packs.set(out, form);
    return out;
  } catch {
    return undefined;
  }
}
