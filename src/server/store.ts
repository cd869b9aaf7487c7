// The match store: one SQLite file in WAL mode, behind boardgame.io's async StorageAPI.
// SQLite rather than boardgame.io's FlatFile: a committed move survives a crash of the
// process (FlatFile queues writes for about 0.8 s), and one file is one backup.
// A state write is a compare-and-set on the expected `_stateID` (the master always
// writes its fetched state's id + 1), so a stale or duplicated write is refused
// instead of silently replacing a newer state. Neither log lives in the state row:
// boardgame.io's action log and the game's own history (G.log, by batch) have tables of
// their own and are appended, and the undo history is kept as diffs (stateCodec.ts), so a
// move writes a few kilobytes however long the game has run.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { dirname } from 'node:path';
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { Async } from 'boardgame.io/internal';
import { StaleWriteError, StateCache, type ClassRow, type MatchStore } from './matchStore';
import { logFromRows, logShape, logWrite, pack, logInRows, unpack, type Shape } from './stateCodec';

export { StaleWriteError };

export interface StoreOptions {
  /** The SQLite file; its folder is created if missing. */
  readonly path: string;
  /**
   * 'normal' survives a crash of the process (the WAL is in the OS cache); 'full' also
   * survives a power cut, at the cost of one fsync per move.
   */
  readonly synchronous?: 'normal' | 'full';
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS matches (
  match_id      TEXT PRIMARY KEY,
  game_name     TEXT NOT NULL,
  state_id      INTEGER NOT NULL,
  state         TEXT NOT NULL,
  initial_state TEXT NOT NULL,
  metadata      TEXT NOT NULL,
  gameover      INTEGER NOT NULL DEFAULT 0,
  updated_at    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS matches_by_game ON matches (game_name, updated_at);
CREATE TABLE IF NOT EXISTS log (
  match_id TEXT NOT NULL,
  seq      INTEGER NOT NULL,
  entry    TEXT NOT NULL,
  PRIMARY KEY (match_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS game_log (
  match_id TEXT NOT NULL,
  round    INTEGER NOT NULL,
  idx      INTEGER NOT NULL,
  batch    TEXT NOT NULL,
  PRIMARY KEY (match_id, round, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS initial_states (
  match_id TEXT PRIMARY KEY,
  state    TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS class_sessions (
  code       TEXT PRIMARY KEY,
  version    INTEGER NOT NULL,
  record     TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
`;

/** A state row as written: its JSON deflated (a few kilobytes of repetitive JSON become about a third). */
function deflated(packed: unknown): Buffer {
  return deflateRawSync(JSON.stringify(packed), { level: 1 });
}

function textOf(stored: string | Buffer): string {
  return typeof stored === 'string' ? stored : inflateRawSync(stored).toString();
}

interface MatchRow {
  state_id: number;
  /** JSON, or (written since the log has its own table) that JSON deflated. */
  state: string | Buffer;
  /** JSON; empty in rows written since the initial state has its own table. */
  initial_state: string;
  metadata: string;
}

export class SqliteStore extends Async implements MatchStore {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private readonly stmt;
  /**
   * The last state written or read per match, parsed. A move fetches its match twice
   * (our guards, then the master); both get this object as long as the stored
   * `_stateID` still matches it, which one indexed read confirms, so a write by
   * another process is never hidden. Nobody mutates a fetched state: the master's
   * reducer derives new states without touching the old one.
   */
  private readonly cache = new StateCache();

  constructor(private readonly options: StoreOptions) {
    super();
    mkdirSync(dirname(options.path), { recursive: true });
    this.db = new Database(options.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    const db = this.db;
    this.stmt = {
      insert: db.prepare(
        `INSERT INTO matches (match_id, game_name, state_id, state, initial_state, metadata, gameover, updated_at)
         VALUES (@id, @game, @stateID, @state, @initial, @metadata, @gameover, @updatedAt)`,
      ),
      stateID: db.prepare<[string], { state_id: number }>('SELECT state_id FROM matches WHERE match_id = ?'),
      setState: db.prepare(
        'UPDATE matches SET state_id = @stateID, state = @state WHERE match_id = @id AND state_id = @expected',
      ),
      setMetadata: db.prepare(
        'UPDATE matches SET metadata = @metadata, gameover = @gameover, updated_at = @updatedAt WHERE match_id = @id',
      ),
      // A move's metadata change, merged in place: no read, parse and rewrite of the seats in JavaScript.
      touch: db.prepare(
        "UPDATE matches SET metadata = json_set(metadata, '$.updatedAt', CAST(@updatedAt AS INTEGER)), updated_at = @updatedAt WHERE match_id = @id",
      ),
      touchOver: db.prepare(
        "UPDATE matches SET metadata = json_set(metadata, '$.updatedAt', CAST(@updatedAt AS INTEGER), '$.gameover', json(@over)), gameover = @gameover, updated_at = @updatedAt WHERE match_id = @id",
      ),
      insertInitial: db.prepare('INSERT INTO initial_states (match_id, state) VALUES (?, ?)'),
      initial: db.prepare<[string], { state: string }>('SELECT state FROM initial_states WHERE match_id = ?'),
      wipeInitial: db.prepare('DELETE FROM initial_states WHERE match_id = ?'),
      row: db.prepare<[string], MatchRow>(
        'SELECT state_id, state, initial_state, metadata FROM matches WHERE match_id = ?',
      ),
      lastSeq: db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM log WHERE match_id = ?'),
      appendLog: db.prepare('INSERT INTO log (match_id, seq, entry) VALUES (?, ?, ?)'),
      log: db.prepare<[string], { entry: string }>('SELECT entry FROM log WHERE match_id = ? ORDER BY seq'),
      wipeMatch: db.prepare('DELETE FROM matches WHERE match_id = ?'),
      gameLog: db.prepare<[string], { round: number; idx: number; batch: string | Buffer }>(
        'SELECT round, idx, batch FROM game_log WHERE match_id = ? ORDER BY round, idx',
      ),
      shape: db.prepare<[string], { round: number; n: number }>(
        'SELECT round, COUNT(*) AS n FROM game_log WHERE match_id = ? GROUP BY round ORDER BY round',
      ),
      addBatch: db.prepare('INSERT INTO game_log (match_id, round, idx, batch) VALUES (?, ?, ?, ?)'),
      cutBatches: db.prepare('DELETE FROM game_log WHERE match_id = ? AND round = ? AND idx >= ?'),
      wipeGameLog: db.prepare('DELETE FROM game_log WHERE match_id = ?'),
      wipeLog: db.prepare('DELETE FROM log WHERE match_id = ?'),
      ping: db.prepare('SELECT 1'),
      metadata: db.prepare<[string], { metadata: string }>('SELECT metadata FROM matches WHERE match_id = ?'),
      setMetadataOnly: db.prepare('UPDATE matches SET metadata = @metadata WHERE match_id = @id'),
      insertClass: db.prepare(
        'INSERT OR IGNORE INTO class_sessions (code, version, record, updated_at) VALUES (?, 1, ?, ?)',
      ),
      readClass: db.prepare<[string], ClassRow>('SELECT version, record FROM class_sessions WHERE code = ?'),
      writeClass: db.prepare(
        'UPDATE class_sessions SET version = version + 1, record = @record, updated_at = @now WHERE code = @code AND version = @expected',
      ),
      deleteClass: db.prepare('DELETE FROM class_sessions WHERE code = ?'),
      classesBefore: db.prepare<[number], { code: string }>('SELECT code FROM class_sessions WHERE updated_at < ?'),
    };
  }

  /** The file is opened in the constructor, so a bad path fails at startup, not on the first move. */
  override connect(): Promise<void> {
    return Promise.resolve();
  }

  /** Finishes nothing asynchronously (every write is synchronous), so closing is final. */
  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }

  ping(): Promise<void> {
    return this.run(() => {
      this.stmt.ping.get();
    });
  }

  setConnected(matchID: string, playerID: string, connected: boolean): Promise<Server.MatchData | undefined> {
    return this.run(
      this.db.transaction(() => {
        const row = this.stmt.metadata.get(matchID);
        if (row === undefined) return undefined;
        const metadata = JSON.parse(row.metadata) as Server.MatchData;
        const players = metadata.players as Record<string, Server.PlayerMetadata>;
        const player = Object.prototype.hasOwnProperty.call(players, playerID) ? players[playerID] : undefined;
        if (player === undefined) return undefined;
        player.isConnected = connected;
        this.stmt.setMetadataOnly.run({ id: matchID, metadata: JSON.stringify(metadata) });
        return metadata;
      }),
    );
  }

  patchMetadata(matchID: string, patch: Readonly<Record<string, unknown>>): Promise<Server.MatchData | undefined> {
    return this.run(
      this.db.transaction(() => {
        const row = this.stmt.metadata.get(matchID);
        if (row === undefined) return undefined;
        const metadata = JSON.parse(row.metadata) as Server.MatchData & Record<string, unknown>;
        for (const [k, v] of Object.entries(patch)) {
          if (v === null) delete metadata[k];
          else metadata[k] = v;
        }
        this.stmt.setMetadataOnly.run({ id: matchID, metadata: JSON.stringify(metadata) });
        return metadata;
      }),
    );
  }

  insertClass(code: string, record: string, now: number): Promise<boolean> {
    return this.run(() => this.stmt.insertClass.run(code, record, now).changes === 1);
  }

  readClass(code: string): Promise<ClassRow | undefined> {
    return this.run(() => this.stmt.readClass.get(code));
  }

  writeClass(code: string, expected: number, record: string, now: number): Promise<boolean> {
    return this.run(() => this.stmt.writeClass.run({ code, expected, record, now }).changes === 1);
  }

  async deleteClass(code: string): Promise<void> {
    await this.run(() => this.stmt.deleteClass.run(code));
  }

  countUnstarted(creator: string): Promise<number> {
    return this.run(
      () =>
        this.db
          .prepare<[string], { n: number }>(
            `SELECT COUNT(*) AS n FROM matches WHERE gameover = 0 AND json_extract(metadata, '$.creator') = ?
               AND EXISTS (SELECT 1 FROM json_each(metadata, '$.players') WHERE json_extract(value, '$.name') IS NULL)`,
          )
          .get(creator)?.n ?? 0,
    );
  }

  classesBefore(before: number): Promise<string[]> {
    return this.run(() => this.stmt.classesBefore.all(before).map((r) => r.code));
  }

  touch(matchID: string, updatedAt: number, gameover: unknown): Promise<void> {
    return this.run(() => {
      if (gameover === undefined) this.stmt.touch.run({ id: matchID, updatedAt });
      else
        this.stmt.touchOver.run({
          id: matchID,
          updatedAt,
          over: JSON.stringify(gameover),
          gameover: gameover === null ? 0 : 1,
        });
    });
  }

  override createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): Promise<void> {
    return this.run(
      this.db.transaction(() => {
        this.stmt.insert.run({
          id: matchID,
          game: opts.metadata.gameName,
          stateID: opts.initialState._stateID,
          state: deflated(pack(opts.initialState)),
          // Kept out of the row a move rewrites (its own table), so a move does not copy it again.
          initial: '',
          metadata: JSON.stringify(opts.metadata),
          gameover: opts.metadata.gameover === undefined ? 0 : 1,
          updatedAt: opts.metadata.updatedAt,
        });
        this.stmt.insertInitial.run(matchID, JSON.stringify(opts.initialState));
        this.writeLog(matchID, [], opts.initialState);
      }),
    );
  }

  /** Brings the match's log rows from `before` to the state's G.log; returns the bytes written. */
  private writeLog(matchID: string, before: Shape, state: State): number {
    const { cut, add } = logWrite(before, (state.G as { log?: unknown[][] }).log);
    for (const [round, keep] of cut) this.stmt.cutBatches.run(matchID, round, keep);
    let bytes = 0;
    for (const [round, idx, batch] of add) {
      const text = JSON.stringify(batch);
      // A long batch (a round's news, say) is stored deflated.
      const stored = text.length > 512 ? deflateRawSync(text, { level: 1 }) : text;
      bytes += stored.length;
      this.stmt.addBatch.run(matchID, round, idx, stored);
    }
    return bytes;
  }

  /** The shape of the stored log: from the state it follows when that is the cached one, else from its rows. */
  private storedShape(matchID: string, expected: number): Shape {
    const cached = this.cache.get(matchID);
    if (cached !== undefined && cached._stateID === expected) return logShape((cached.G as { log?: unknown[][] }).log);
    const shape: number[] = [];
    for (const { round, n } of this.stmt.shape.all(matchID)) shape[round] = n;
    return Array.from(shape, (n) => n ?? 0);
  }

  /** Bytes the last state write sent to the database (state row, log batches, action log), for the bench. */
  lastWriteBytes = 0;

  override setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    return this.run(
      this.db.transaction(() => {
        const expected = state._stateID - 1;
        const before = this.storedShape(matchID, expected);
        const row = deflated(pack(state));
        const changed = this.stmt.setState.run({ id: matchID, stateID: state._stateID, state: row, expected }).changes;
        if (changed !== 1) throw new StaleWriteError(matchID, expected, this.stmt.stateID.get(matchID)?.state_id);
        let bytes = row.length + this.writeLog(matchID, before, state);
        this.cache.remember(matchID, state);
        this.lastWriteBytes = bytes;
        if (deltalog === undefined || deltalog.length === 0) return;
        let seq = (this.stmt.lastSeq.get(matchID)?.seq ?? -1) + 1;
        for (const entry of deltalog) {
          const line = JSON.stringify(entry);
          bytes += line.length;
          this.stmt.appendLog.run(matchID, seq++, line);
        }
        this.lastWriteBytes = bytes;
      }),
    );
  }

  override setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    return this.run(() => {
      this.stmt.setMetadata.run({
        id: matchID,
        metadata: JSON.stringify(metadata),
        gameover: metadata.gameover === undefined || metadata.gameover === null ? 0 : 1,
        updatedAt: metadata.updatedAt,
      });
    });
  }

  override fetch<O extends StorageAPI.FetchOpts>(matchID: string, opts: O): Promise<StorageAPI.FetchResult<O>> {
    return this.run(() => {
      const out: Partial<StorageAPI.FetchFields> = {};
      const cached = this.cache.get(matchID);
      if (
        opts.state === true &&
        opts.initialState !== true &&
        opts.metadata !== true &&
        opts.log !== true &&
        cached !== undefined
      ) {
        if (this.stmt.stateID.get(matchID)?.state_id === cached._stateID) {
          out.state = cached;
          return out as StorageAPI.FetchResult<O>;
        }
      }
      const row = this.stmt.row.get(matchID);
      if (row !== undefined) {
        if (opts.state === true) {
          out.state = cached !== undefined && cached._stateID === row.state_id ? cached : this.readState(matchID, row);
          this.cache.remember(matchID, out.state);
        }
        if (opts.initialState === true)
          out.initialState = JSON.parse(
            row.initial_state || (this.stmt.initial.get(matchID)?.state ?? 'null'),
          ) as State;
        if (opts.metadata === true) out.metadata = JSON.parse(row.metadata) as Server.MatchData;
      }
      if (opts.log === true)
        out.log = row === undefined ? [] : this.stmt.log.all(matchID).map((r) => JSON.parse(r.entry) as LogEntry);
      return out as StorageAPI.FetchResult<O>;
    });
  }

  /** A stored state with its log rebuilt from its rows (a row from before the log table holds its own). */
  private readState(matchID: string, row: MatchRow): State {
    const packed = JSON.parse(textOf(row.state)) as Record<string, unknown> | null;
    if (!logInRows(packed)) return packed as unknown as State;
    const rows = this.stmt.gameLog
      .all(matchID)
      .map((r): [number, number, unknown] => [r.round, r.idx, JSON.parse(textOf(r.batch))]);
    return unpack(packed, logFromRows(rows));
  }

  override wipe(matchID: string): Promise<void> {
    return this.run(
      this.db.transaction(() => {
        this.stmt.wipeLog.run(matchID);
        this.stmt.wipeGameLog.run(matchID);
        this.stmt.wipeInitial.run(matchID);
        this.stmt.wipeMatch.run(matchID);
        this.cache.delete(matchID);
      }),
    );
  }

  override listMatches(opts?: StorageAPI.ListMatchesOpts): Promise<string[]> {
    return this.run(() => {
      const where: string[] = [];
      const params: (string | number)[] = [];
      if (opts?.gameName !== undefined) {
        where.push('game_name = ?');
        params.push(opts.gameName);
      }
      const w = opts?.where;
      if (w?.isGameover !== undefined) where.push(w.isGameover ? 'gameover = 1' : 'gameover = 0');
      // The same strict bounds as boardgame.io's own stores.
      if (w?.updatedBefore !== undefined) {
        where.push('updated_at < ?');
        params.push(w.updatedBefore);
      }
      if (w?.updatedAfter !== undefined) {
        where.push('updated_at > ?');
        params.push(w.updatedAfter);
      }
      const sql = `SELECT match_id FROM matches${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at`;
      return this.db
        .prepare<(string | number)[], { match_id: string }>(sql)
        .all(...params)
        .map((r) => r.match_id);
    });
  }

  /** The stored `_stateID` of a match, for tests and guards that must not parse the state. */
  stateID(matchID: string): number | undefined {
    return this.stmt.stateID.get(matchID)?.state_id;
  }

  get path(): string {
    return this.options.path;
  }

  /** Runs a synchronous database step as the promise the StorageAPI expects; errors reject. */
  private run<T>(step: () => T): Promise<T> {
    try {
      return Promise.resolve(step());
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }
}
