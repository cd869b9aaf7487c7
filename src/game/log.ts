// The log, kept by round: log[r - 1] holds round r's entries. A move only ever
// appends to the current round's list, so what a move copies stays small however
// long the game runs.
import { adoptList, ownsList, writable } from './clone';
import type { GameState, LogEntry } from './state';

export function record(G: GameState, entry: LogEntry): void {
  const i = G.round - 1;
  const log = writable(G, 'log');
  while (log.length <= i) {
    const fresh: LogEntry[] = [];
    adoptList(G, fresh);
    log.push(fresh);
  }
  // Successive states share their round lists: copy one the first time this state appends to it.
  const chunk = log[i] ?? [];
  if (ownsList(G, chunk)) chunk.push(entry);
  else {
    const copy = [...chunk, entry];
    adoptList(G, copy);
    log[i] = copy;
  }
}

/** Every entry of the game so far, oldest first. */
export function logEntries(G: Pick<GameState, 'log'>): LogEntry[] {
  return G.log.flat();
}
