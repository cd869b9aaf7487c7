// A working copy of the state for one move. boardgame.io runs moves on an Immer
// draft, which copies every object it touches through a slow generic path; a move
// that builds its next state from a plain copy and returns it skips that work.
// Everything a rule may change is copied (or replaced when written); log entries and past snapshots never
// change once written, so they are shared.
import { TILE_IDS } from '../content/ids';
import type { GameState } from './state';

export function workingCopy(G: GameState): GameState {
  return {
    ...G,
    // Tile records are replaced, never mutated (effects.ts), so they can be shared here.
    influence: { ...G.influence },
    projects: { ...G.projects },
    values: { ...G.values },
    hands: { russia: [...G.hands.russia], china: [...G.hands.china] },
    deck: [...G.deck],
    discard: [...G.discard],
    removed: [...G.removed],
    newsDeck: [...G.newsDeck],
    erasAdded: [...G.erasAdded],
    played: { ...G.played },
    pending: G.pending === null ? null : { ...G.pending },
    policyHand: [...G.policyHand],
    history: [...G.history],
    opsSpent: { ...G.opsSpent },
    // A fresh outer list; record() copies a round's list the first time it appends to it.
    log: [...G.log],
  };
}

/**
 * The lighter copy a move needs: moves replace (never mutate) hands, tile records
 * and log chunks, and do not touch the decks, the news or the history (the phase
 * hooks that do use workingCopy).
 */
export function moveCopy(G: GameState): GameState {
  return {
    ...G,
    influence: { ...G.influence },
    projects: { ...G.projects },
    values: { ...G.values },
    hands: { ...G.hands },
    discard: [...G.discard],
    removed: [...G.removed],
    played: { ...G.played },
    pending: G.pending === null ? null : { ...G.pending },
    opsSpent: { ...G.opsSpent },
    log: [...G.log],
  };
}

function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameRecord<T extends object>(a: T, b: T): boolean {
  for (const k in a) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * After a move: wherever the copy equals the original, put the original back, so
 * the next state shares every unchanged part with the last one (and boardgame.io's
 * Immer, which freezes what is new, only walks what changed).
 */
export function shareUnchanged(base: GameState, next: GameState): GameState {
  const out: GameState = { ...next };
  if (TILE_IDS.every((t) => next.influence[t] === base.influence[t])) out.influence = base.influence;
  if (TILE_IDS.every((t) => next.projects[t] === base.projects[t])) out.projects = base.projects;
  if (sameRecord(next.values, base.values)) out.values = base.values;
  if (sameArray(next.hands.russia, base.hands.russia) && sameArray(next.hands.china, base.hands.china)) out.hands = base.hands;
  for (const k of ['deck', 'discard', 'removed', 'newsDeck', 'erasAdded', 'policyHand', 'history'] as const) {
    if (sameArray<unknown>(next[k], base[k])) (out as unknown as Record<string, unknown>)[k] = base[k];
  }
  if (sameRecord(next.played, base.played)) out.played = base.played;
  if (sameRecord(next.opsSpent, base.opsSpent)) out.opsSpent = base.opsSpent;
  if (next.pending !== null && base.pending !== null && sameRecord(next.pending, base.pending)) out.pending = base.pending;
  if (sameArray(next.log, base.log)) out.log = base.log;
  return out;
}
