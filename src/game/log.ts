// The log, kept by round and, within a round, by batch: log[r - 1] holds round r
// as a list of batches, one per move or phase hook that recorded anything. A move
// adds one small batch, so the lists it copies and hands on stay short however long
// the game runs (successive states share all the others).
import { adoptList, ownsList, writable } from './clone';
import type { GameState, LogEntry } from './state';

let quiet = 0;

/**
 * Run `fn` without logging: for a computer opponent's look-ahead on a throwaway copy,
 * which reads the board and never the log. Synchronous, and restored afterwards.
 */
export function unlogged<T>(fn: () => T): T {
  quiet++;
  try {
    return fn();
  } finally {
    quiet--;
  }
}

export function record(G: GameState, entry: LogEntry): void {
  if (quiet > 0) return;
  const i = G.round - 1;
  const log = writable(G, 'log');
  while (log.length <= i) {
    const fresh: LogEntry[][] = [];
    adoptList(G, fresh);
    log.push(fresh);
  }
  let round = log[i] ?? [];
  if (!ownsList(G, round)) {
    round = [...round];
    adoptList(G, round);
    log[i] = round;
  }
  let batch = round[round.length - 1];
  if (batch === undefined || !ownsList(G, batch)) {
    batch = [];
    adoptList(G, batch);
    round.push(batch);
  }
  // Entries never change once written. Freezing them here also spares boardgame.io's
  // Immer a walk through every new entry's fields (it skips what is already frozen).
  if ('cause' in entry) Object.freeze(entry.cause);
  batch.push(Object.freeze(entry));
}

/** Every entry of the game so far, oldest first. */
export function logEntries(G: Pick<GameState, 'log'>): LogEntry[] {
  return G.log.flat(2);
}

/** The entries of one round (1-based), oldest first. */
export function roundEntries(G: Pick<GameState, 'log'>, round: number): LogEntry[] {
  return (G.log[round - 1] ?? []).flat();
}
