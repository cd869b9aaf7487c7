// The log, kept by round: log[r - 1] holds round r's entries. A move only ever
// appends to the current round's list, so the state copied and checked on each
// move stays small however long the game runs (boardgame.io copies what a move touches).
import type { GameState, LogEntry } from './state';

export function record(G: GameState, entry: LogEntry): void {
  const i = G.round - 1;
  // Copy on write: successive states share their round lists, so a list is copied
  // the first time a state appends to it, and appended to in place after that.
  let own = ownLists.get(G.log);
  if (own === undefined) {
    G.log = [...G.log];
    own = new Set();
    ownLists.set(G.log, own);
  }
  while (G.log.length <= i) {
    own.add(G.log.length);
    G.log.push([]);
  }
  const chunk = G.log[i] ?? [];
  if (own.has(i)) chunk.push(entry);
  else {
    G.log[i] = [...chunk, entry];
    own.add(i);
  }
}

/** For each outer log list this module made, the rounds whose lists it has copied. */
const ownLists = new WeakMap<LogEntry[][], Set<number>>();

/** Every entry of the game so far, oldest first. */
export function logEntries(G: Pick<GameState, 'log'>): LogEntry[] {
  return G.log.flat();
}
