// The contract every match store keeps, whichever database is behind it (SQLite for one
// process, PostgreSQL for several): boardgame.io's async StorageAPI, plus the few
// writes the socket transport needs to be atomic when several server processes share
// the store. tests/server/storeContract.test.ts runs one suite against each store.
import type { Server, State } from 'boardgame.io';
import type { Async } from 'boardgame.io/internal';

/** Thrown when a state write does not follow the stored state (someone else wrote first). */
export class StaleWriteError extends Error {
  constructor(
    readonly matchID: string,
    readonly expected: number,
    readonly found: number | undefined,
  ) {
    super(`stale write for match ${matchID}: expected stored _stateID ${expected}, found ${found ?? 'none'}`);
    this.name = 'StaleWriteError';
  }
}

/** A stored class session: its record as JSON, and the version a compare-and-set checks. */
export interface ClassRow {
  readonly version: number;
  readonly record: string;
}

export type MatchStore = Async & {
  /** 'sqlite' or 'postgres', for the health endpoint and logs. */
  readonly kind: string;
  /**
   * Sets one seat's isConnected inside the stored metadata without rewriting the rest,
   * so two processes updating two seats never undo each other. Returns the metadata
   * after the change, or undefined for an unknown match or seat.
   */
  setConnected(matchID: string, playerID: string, connected: boolean): Promise<Server.MatchData | undefined>;
  /**
   * What boardgame.io's master writes after a move (updatedAt, and gameover once the match
   * ends), merged into the stored metadata instead of replacing it.
   */
  touch(matchID: string, updatedAt: number, gameover: unknown): Promise<void>;
  /**
   * Merges top-level fields into a match's stored metadata (a field set to null is
   * removed) without rewriting the rest; resolves to the metadata after the change, or
   * undefined for an unknown match. The classroom keeps a match's hold (paused, ended) here,
   * where every move's checks already read the metadata.
   */
  patchMetadata(matchID: string, patch: Readonly<Record<string, unknown>>): Promise<Server.MatchData | undefined>;
  /** Stores a new class session; false when the code is taken. */
  insertClass(code: string, record: string, now: number): Promise<boolean>;
  /** A class session's record (JSON) and its version, which every write raises by one. */
  readClass(code: string): Promise<ClassRow | undefined>;
  /**
   * Compare-and-set: writes the record only if the stored version is still `expected`
   * (then it becomes expected + 1); false when another write came first.
   */
  writeClass(code: string, expected: number, record: string, now: number): Promise<boolean>;
  /** Removes a class session's row (its matches are wiped one by one with `wipe`). */
  deleteClass(code: string): Promise<void>;
  /** The codes of the class sessions whose record was last written before `before` (ms). */
  classesBefore(before: number): Promise<string[]>;
  /**
   * How many matches created by `creator` (metadata field `creator`, a hash of the address)
   * have not started: not over, and a seat still free.
   */
  countUnstarted(creator: string): Promise<number>;
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  /** Finishes and closes; the store is unusable afterwards. */
  close(): Promise<void>;
};

/**
 * The last states each store read or wrote, newest last: a move reads the state the
 * previous move wrote, so most fetches never reach the database (a late-game state
 * is about 100 KB of JSON and parsing it costs about 2 ms). Bounded, least recently
 * used first out.
 */
export class StateCache {
  private readonly states = new Map<string, State>();

  constructor(private readonly size = 256) {}

  get(matchID: string): State | undefined {
    return this.states.get(matchID);
  }

  remember(matchID: string, state: State): void {
    this.states.delete(matchID);
    this.states.set(matchID, state);
    if (this.states.size > this.size) {
      const oldest = this.states.keys().next();
      if (oldest.done !== true) this.states.delete(oldest.value);
    }
  }

  delete(matchID: string): void {
    this.states.delete(matchID);
  }
}
