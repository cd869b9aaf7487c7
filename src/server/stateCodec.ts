// How a match state is kept in the store and carried between instances, so that a move
// costs what it changed rather than the length of the game. The state row holds the
// state without the game log (G.log): the log's batches have rows of their own, and a
// write adds only the new ones (an undo cuts them back). boardgame.io's undo history
// (_undo, _redo: a copy of G, ctx and the plugins for each move of the current turn) is
// kept as diffs from the current state and its log. unpack(pack(state), log) gives back a
// state equal to the one packed.
import type { State } from 'boardgame.io';
import { applyLog, applyOps, diff, logDelta, type LogDelta, type Op } from '../online/delta';

type Batch = unknown;
export type Log = readonly (readonly Batch[])[];
/** The number of batches in each round of a log. */
export type Shape = readonly number[];

export function logShape(log: Log | undefined): number[] {
  return (log ?? []).map((round) => round.length);
}

/** What a write changes in the log rows: rounds cut back to a length, and rows added. */
export interface LogWrite {
  /** [round, batches kept]: rows of that round from this index on go. */
  readonly cut: readonly (readonly [number, number])[];
  /** [round, index, batch] rows to add. */
  readonly add: readonly (readonly [number, number, Batch])[];
}

/** The log rows to change, from the stored log's shape to a new log. */
export function logWrite(before: Shape, log: Log | undefined): LogWrite {
  const now = log ?? [];
  const cut: [number, number][] = [];
  const add: [number, number, Batch][] = [];
  for (let r = 0; r < Math.max(before.length, now.length); r++) {
    const was = before[r] ?? 0;
    const round = now[r] ?? [];
    if (round.length < was) cut.push([r, round.length]);
    for (let i = was; i < round.length; i++) add.push([r, i, round[i]]);
  }
  return { cut, add };
}

/** A log rebuilt from its rows, [round, index, batch] in order. */
export function logFromRows(rows: Iterable<readonly [number, number, Batch]>): Batch[][] {
  const log: Batch[][] = [];
  for (const [r, i, batch] of rows) {
    while (log.length <= r) log.push([]);
    (log[r] as Batch[])[i] = batch;
  }
  return log;
}

interface Entry {
  readonly G?: { readonly log?: Log } & Record<string, unknown>;
  readonly [k: string]: unknown;
}

/**
 * An undo entry kept as a diff: k turns the current { G (without log), ctx, plugins } into
 * the entry's, x turns the current log into the entry's (a cut for an undo entry, the
 * undone batches for a redo entry).
 */
interface PackedEntry {
  readonly k: readonly Op[];
  readonly x?: LogDelta;
  readonly [k: string]: unknown;
}

type Rec = Record<string, unknown>;

/** Marks a packed state whose G.log is in the log rows. */
const IN_ROWS = '_logRows';

/** The state as stored: G without its log, undo and redo entries as diffs from the current state. */
export function pack(state: State): Rec {
  if (typeof state.G !== 'object' || state.G === null || !('log' in state.G)) return state as unknown as Rec;
  const { log, ...G } = state.G as Rec & { log?: Log };
  const full = log ?? [];
  const now = { G, ctx: state.ctx, plugins: state.plugins };
  const entry = (e: Entry): Entry | PackedEntry => {
    if (e.G === undefined) return e;
    const { log: own, ...eg } = e.G;
    const { G: _g, ctx, plugins, ...rest } = e;
    const x = logDelta(full, own ?? []);
    return { ...rest, k: diff(now, { G: eg, ctx, plugins }), ...(x === undefined ? {} : { x }) };
  };
  const undo = (state._undo as unknown as Entry[] | undefined)?.map(entry);
  const redo = (state._redo as unknown as Entry[] | undefined)?.map(entry);
  return {
    ...state,
    G,
    [IN_ROWS]: 1,
    ...(undo === undefined ? {} : { _undo: undo }),
    ...(redo === undefined ? {} : { _redo: redo }),
  };
}

/** The state back from its stored form and its log. */
export function unpack(packed: Rec, log: Log): State {
  const now = { G: packed.G as Rec, ctx: packed.ctx, plugins: packed.plugins };
  const entry = (e: Entry | PackedEntry): Entry => {
    if (!('k' in e) || !Array.isArray(e.k)) return e as Entry;
    const { k, x, ...rest } = e as PackedEntry;
    const made = applyOps(now, k);
    return { ...rest, G: { ...made.G, log: applyLog(log, x) }, ctx: made.ctx, plugins: made.plugins };
  };
  const undo = (packed._undo as (Entry | PackedEntry)[] | undefined)?.map(entry);
  const redo = (packed._redo as (Entry | PackedEntry)[] | undefined)?.map(entry);
  const { [IN_ROWS]: _mark, ...rest } = packed;
  return {
    ...rest,
    G: { ...now.G, log },
    ...(undo === undefined ? {} : { _undo: undo }),
    ...(redo === undefined ? {} : { _redo: redo }),
  } as unknown as State;
}

/** Whether a stored state's log is in rows (else it is whole: a state without a log, or a row from before the log table). */
export function logInRows(packed: Rec | null): packed is Rec {
  return packed !== null && packed[IN_ROWS] === 1;
}
