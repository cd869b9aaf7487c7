// The log, kept by round: log[r - 1] holds round r's entries. A move only ever
// appends to the current round's list, so the state copied and checked on each
// move stays small however long the game runs (boardgame.io copies what a move touches).
import type { GameState, LogEntry } from './state';

export function record(G: GameState, entry: LogEntry): void {
  const i = G.round - 1;
  while (G.log.length <= i) G.log.push([]);
  const chunk = G.log[i] ?? [];
  // Past rounds are shared between states (and frozen): write to a copy.
  if (Object.isFrozen(chunk)) G.log[i] = [...chunk, entry];
  else chunk.push(entry);
}

/** Every entry of the game so far, oldest first. */
export function logEntries(G: Pick<GameState, 'log'>): LogEntry[] {
  return G.log.flat();
}
