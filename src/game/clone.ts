// Copy on write for one move or phase hook. boardgame.io runs moves on an Immer
// draft, which copies every object it touches through a slow generic path and then
// walks and freezes what is new. A move here starts from a shallow copy of the plain
// state instead, copies a part only when it first writes to it (writable()), and
// returns the result, so the next state shares every untouched part with the last.
// Tile records and log entries are never mutated: they are replaced or appended.
import type { GameState } from './state';

/** For each copy made here, the parts of it that are its own (safe to mutate). */
const owned = new WeakMap<GameState, WeakSet<object>>();

/** The parts of the state a rule may write to through writable(). */
export type WritablePart =
  | 'influence'
  | 'projects'
  | 'values'
  | 'hands'
  | 'deck'
  | 'discard'
  | 'removed'
  | 'newsDeck'
  | 'erasAdded'
  | 'played'
  | 'history'
  | 'opsSpent'
  | 'log';

/** A state to change, sharing all its parts with G until they are written. */
export function moveCopy(G: GameState): GameState {
  const next: GameState = { ...G, pending: G.pending === null ? null : { ...G.pending } };
  owned.set(next, new WeakSet());
  return next;
}

/**
 * The part `key` of G, ready to mutate: copied on the first write to a copy made by
 * moveCopy, used as it is in a state that was not (a test's fresh state, say).
 */
export function writable<K extends WritablePart>(G: GameState, key: K): GameState[K] {
  const mine = owned.get(G);
  const part = G[key] as object;
  if (mine === undefined || mine.has(part)) return G[key];
  const copy = (Array.isArray(part) ? [...part] : { ...part }) as GameState[K];
  mine.add(copy as object);
  G[key] = copy;
  return copy;
}

/** Whether a list inside G (a round of the log, say) may be mutated in place. */
export function ownsList(G: GameState, list: readonly unknown[]): boolean {
  const mine = owned.get(G);
  return mine === undefined || mine.has(list);
}

/** Mark a list made for G as its own. */
export function adoptList(G: GameState, list: readonly unknown[]): void {
  owned.get(G)?.add(list);
}
