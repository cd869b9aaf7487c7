// The match store on PostgreSQL, for several server processes sharing one database.
// It keeps the SQLite store's guarantees: a state write is a compare-and-set on the
// expected `_stateID` (StaleWriteError otherwise), the log is appended in its own
// table, and listMatches is answered from indexes. The schema is created and migrated
// at startup by versioned migrations, recorded in a migrations table, under a lock so
// instances starting together migrate once.
//
// Queries go through Kysely. The SQLite store does not: better-sqlite3 is synchronous
// and a move is one in-process transaction there, which an async query builder would
// only slow down (see the README for the figures).
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { LogEntry, Server, State, StorageAPI } from 'boardgame.io';
import { Async } from 'boardgame.io/internal';
import { StaleWriteError, StateCache, type ClassRow, type MatchStore } from './matchStore';
import { MIGRATIONS, type Database } from './pgMigrations';
import { logFromRows, logShape, logWrite, pack, logInRows, unpack, type Shape } from './stateCodec';

export { MIGRATIONS };

export interface PgStoreOptions {
  /** postgres://user@host:port/database */
  readonly url: string;
  /** The schema holding the tables (created if missing); 'public' by default. */
  readonly schema?: string;
  /** Connections in the pool. */
  readonly poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class PgStore extends Async implements MatchStore {
  readonly kind = 'postgres';
  readonly schema: string;
  private readonly pool: pg.Pool;
  private readonly db: Kysely<Database>;
  /** The last state written or read per match, parsed, confirmed by state_id before use. */
  private readonly cache = new StateCache();

  constructor(opts: PgStoreOptions) {
    super();
    this.schema = opts.schema ?? 'public';
    if (!SCHEMA_NAME.test(this.schema))
      throw new Error(`database schema must be lower-case letters, digits and _: ${JSON.stringify(this.schema)}`);
    this.pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      options: `-c search_path=${this.schema}`,
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection that drops (database restart) is replaced on the next query; without
    // this listener its error would end the process.
    this.pool.on('error', () => undefined);
    this.db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: this.pool }) });
  }

  /** Creates the schema if missing and applies the migrations not yet applied. */
  override async connect(): Promise<void> {
    // Two instances starting together may both try to create the schema; one wins.
    try {
      await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(this.schema)}`.execute(this.db);
    } catch (err) {
      if ((err as { code?: string }).code !== '23505') throw err;
    }
    const migrator = new Migrator({
      db: this.db,
      provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
      migrationTableSchema: this.schema,
    });
    const { error, results } = await migrator.migrateToLatest();
    if (error !== undefined) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName;
      throw new Error(
        `database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  async ping(): Promise<void> {
    await sql`SELECT 1`.execute(this.db);
  }

  /** The applied migrations, oldest first. */
  async migrations(): Promise<string[]> {
    const rows = await sql<{
      name: string;
    }>`SELECT name FROM ${sql.id(this.schema, 'kysely_migration')} ORDER BY name`.execute(this.db);
    return rows.rows.map((r) => r.name);
  }

  override async createMatch(matchID: string, opts: StorageAPI.CreateMatchOpts): Promise<void> {
    const { add } = logWrite([], (opts.initialState.G as { log?: unknown[][] }).log);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('matches')
        .values({
          match_id: matchID,
          game_name: opts.metadata.gameName,
          state_id: opts.initialState._stateID,
          state: JSON.stringify(pack(opts.initialState)),
          initial_state: JSON.stringify(opts.initialState),
          metadata: JSON.stringify(opts.metadata),
          gameover: opts.metadata.gameover !== undefined && opts.metadata.gameover !== null,
          updated_at: opts.metadata.updatedAt,
          log_len: 0,
        })
        .execute();
      if (add.length > 0)
        await trx
          .insertInto('game_log')
          .values(add.map(([round, idx, batch]) => ({ match_id: matchID, round, idx, batch: JSON.stringify(batch) })))
          .execute();
    });
  }

  override async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    const expected = state._stateID - 1;
    const entries = deltalog ?? [];
    const { cut, add } = logWrite(await this.storedShape(matchID, expected), (state.G as { log?: unknown[][] }).log);
    const text = JSON.stringify(pack(state));
    const batches = JSON.stringify(add);
    // One statement, so one round trip and atomic: the compare-and-set, the action log's
    // rows numbered from the count it returns (the updated row is locked until commit, so
    // two writers of one match never number their entries alike), and the game log's new
    // batches. An undo cuts batches first, in the same transaction.
    const write = (db: Kysely<Database>) =>
      sql<{ log_len: number }>`
      WITH moved AS (
        UPDATE matches SET state_id = ${state._stateID}, state = ${text}, log_len = log_len + ${entries.length}
        WHERE match_id = ${matchID} AND state_id = ${expected}
        RETURNING log_len
      ), appended AS (
        INSERT INTO log (match_id, seq, entry)
        SELECT ${matchID}, moved.log_len - ${entries.length} + e.ord::integer - 1, e.value
        FROM moved, jsonb_array_elements(${JSON.stringify(entries)}::jsonb) WITH ORDINALITY AS e(value, ord)
      ), batched AS (
        INSERT INTO game_log (match_id, round, idx, batch)
        SELECT ${matchID}, (b->>0)::integer, (b->>1)::integer, b->2
        FROM moved, jsonb_array_elements(${batches}::jsonb) AS b
      )
      SELECT log_len FROM moved`.execute(db);
    const result =
      cut.length === 0
        ? await write(this.db)
        : await this.db
            .transaction()
            .execute(async (trx) => {
              for (const [round, keep] of cut)
                await trx
                  .deleteFrom('game_log')
                  .where('match_id', '=', matchID)
                  .where('round', '=', round)
                  .where('idx', '>=', keep)
                  .execute();
              const r = await write(trx);
              if (r.rows.length !== 1) throw new StaleWriteError(matchID, expected, undefined);
              return r;
            })
            .catch((err: unknown) => {
              if (err instanceof StaleWriteError) return { rows: [] };
              throw err;
            });
    if (result.rows.length !== 1) {
      this.cache.delete(matchID);
      throw new StaleWriteError(matchID, expected, await this.stateIDOf(matchID));
    }
    this.cache.remember(matchID, state);
    this.lastWriteBytes = text.length + batches.length + JSON.stringify(entries).length;
  }

  /** Bytes the last state write sent (state row, log batches, action log), for the bench. */
  lastWriteBytes = 0;

  /** The stored log's shape: from the state it follows when that is the cached one, else from its rows. */
  private async storedShape(matchID: string, expected: number): Promise<Shape> {
    const cached = this.cache.get(matchID);
    if (cached !== undefined && cached._stateID === expected) return logShape((cached.G as { log?: unknown[][] }).log);
    const rows = await sql<{ round: number; n: number }>`
      SELECT round, COUNT(*)::integer AS n FROM game_log WHERE match_id = ${matchID} GROUP BY round`.execute(this.db);
    const shape: number[] = [];
    for (const { round, n } of rows.rows) shape[round] = n;
    return Array.from(shape, (n) => n ?? 0);
  }

  /** A stored state with its log rebuilt from its rows (a row from before the log table holds its own). */
  private async readState(matchID: string, text: string): Promise<State> {
    const packed = JSON.parse(text) as Record<string, unknown> | null;
    if (!logInRows(packed)) return packed as unknown as State;
    const rows = await this.db
      .selectFrom('game_log')
      .select(['round', 'idx', 'batch'])
      .where('match_id', '=', matchID)
      .orderBy('round')
      .orderBy('idx')
      .execute();
    return unpack(packed, logFromRows(rows.map((r): [number, number, unknown] => [r.round, r.idx, r.batch])));
  }

  override async setMetadata(matchID: string, metadata: Server.MatchData): Promise<void> {
    await this.db
      .updateTable('matches')
      .set({
        metadata: JSON.stringify(metadata),
        gameover: metadata.gameover !== undefined && metadata.gameover !== null,
        updated_at: metadata.updatedAt,
      })
      .where('match_id', '=', matchID)
      .execute();
  }

  async setConnected(matchID: string, playerID: string, connected: boolean): Promise<Server.MatchData | undefined> {
    const result = await sql<{ metadata: Server.MatchData }>`
      UPDATE matches SET metadata = jsonb_set(metadata, ARRAY['players', ${playerID}, 'isConnected'], to_jsonb(${connected}::boolean))
      WHERE match_id = ${matchID} AND jsonb_typeof(metadata->'players'->${playerID}) = 'object'
      RETURNING metadata`.execute(this.db);
    return result.rows[0]?.metadata;
  }

  async patchMetadata(
    matchID: string,
    patch: Readonly<Record<string, unknown>>,
  ): Promise<Server.MatchData | undefined> {
    const set: Record<string, unknown> = {};
    const removed: string[] = [];
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) removed.push(k);
      else set[k] = v;
    }
    // One statement: the merge happens in the database, so a concurrent seat update is kept.
    const result = await sql<{ metadata: Server.MatchData }>`
      UPDATE matches SET metadata = (metadata - ${removed}::text[]) || ${JSON.stringify(set)}::jsonb
      WHERE match_id = ${matchID}
      RETURNING metadata`.execute(this.db);
    return result.rows[0]?.metadata;
  }

  async insertClass(code: string, record: string, now: number): Promise<boolean> {
    const result = await this.db
      .insertInto('class_sessions')
      .values({ code, version: 1, record, updated_at: now })
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  async readClass(code: string): Promise<ClassRow | undefined> {
    return this.db
      .selectFrom('class_sessions')
      .select(['version', 'record'])
      .where('code', '=', code)
      .executeTakeFirst();
  }

  async writeClass(code: string, expected: number, record: string, now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('class_sessions')
      .set((eb) => ({ version: eb('version', '+', 1), record, updated_at: now }))
      .where('code', '=', code)
      .where('version', '=', expected)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async deleteClass(code: string): Promise<void> {
    await sql`DELETE FROM class_sessions WHERE code = ${code}`.execute(this.db);
  }

  async countUnstarted(creator: string): Promise<number> {
    const r = await sql<{ n: string }>`SELECT count(*) AS n FROM matches
      WHERE gameover = false AND metadata->>'creator' = ${creator}
        AND EXISTS (SELECT 1 FROM jsonb_each(metadata->'players') p WHERE NOT (p.value ? 'name'))`.execute(this.db);
    return Number(r.rows[0]?.n ?? 0);
  }

  async classesBefore(before: number): Promise<string[]> {
    const r = await sql<{ code: string }>`SELECT code FROM class_sessions WHERE updated_at < ${before}`.execute(
      this.db,
    );
    return r.rows.map((x) => x.code);
  }

  async touch(matchID: string, updatedAt: number, gameover: unknown): Promise<void> {
    const over = gameover !== undefined && gameover !== null;
    const patch = JSON.stringify(over ? { updatedAt, gameover } : { updatedAt });
    await sql`
      UPDATE matches SET metadata = metadata || ${patch}::jsonb, updated_at = ${updatedAt}, gameover = gameover OR ${over}
      WHERE match_id = ${matchID}`.execute(this.db);
  }

  override async fetch<O extends StorageAPI.FetchOpts>(matchID: string, opts: O): Promise<StorageAPI.FetchResult<O>> {
    const out: Partial<StorageAPI.FetchFields> = {};
    const wantsRow = opts.state === true || opts.initialState === true || opts.metadata === true;
    let exists = true;
    if (wantsRow) {
      const cached = this.cache.get(matchID);
      // The state column is read only when the cached copy is not the stored one.
      const result = await sql<{
        state_id: number;
        state: string | null;
        initial_state: string | null;
        metadata: Server.MatchData | null;
      }>`
        SELECT state_id,
          ${opts.state === true ? sql`CASE WHEN state_id = ${cached?._stateID ?? -1} THEN NULL ELSE state END` : sql`NULL`} AS state,
          ${opts.initialState === true ? sql`initial_state` : sql`NULL`} AS initial_state,
          ${opts.metadata === true ? sql`metadata` : sql`NULL`} AS metadata
        FROM matches WHERE match_id = ${matchID}`.execute(this.db);
      const row = result.rows[0];
      exists = row !== undefined;
      if (row !== undefined) {
        if (opts.state === true) {
          out.state =
            row.state === null && cached !== undefined ? cached : await this.readState(matchID, row.state ?? 'null');
          this.cache.remember(matchID, out.state);
        }
        if (opts.initialState === true && row.initial_state !== null)
          out.initialState = JSON.parse(row.initial_state) as State;
        if (opts.metadata === true && row.metadata !== null) out.metadata = row.metadata;
      }
    }
    if (opts.log === true) {
      const rows = exists
        ? await this.db.selectFrom('log').select('entry').where('match_id', '=', matchID).orderBy('seq').execute()
        : [];
      out.log = rows.map((r) => r.entry as LogEntry);
    }
    return out as StorageAPI.FetchResult<O>;
  }

  override async wipe(matchID: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('log').where('match_id', '=', matchID).execute();
      await trx.deleteFrom('game_log').where('match_id', '=', matchID).execute();
      await trx.deleteFrom('matches').where('match_id', '=', matchID).execute();
    });
    this.cache.delete(matchID);
  }

  override async listMatches(opts?: StorageAPI.ListMatchesOpts): Promise<string[]> {
    let q = this.db.selectFrom('matches').select('match_id');
    if (opts?.gameName !== undefined) q = q.where('game_name', '=', opts.gameName);
    const w = opts?.where;
    if (w?.isGameover !== undefined) q = q.where('gameover', '=', w.isGameover);
    // The same strict bounds as boardgame.io's own stores.
    if (w?.updatedBefore !== undefined) q = q.where('updated_at', '<', w.updatedBefore);
    if (w?.updatedAfter !== undefined) q = q.where('updated_at', '>', w.updatedAfter);
    const rows = await q.orderBy('updated_at').execute();
    return rows.map((r) => r.match_id);
  }

  /** The query plan PostgreSQL picks for a list query, for the index test. */
  async explainList(gameName: string, isGameover: boolean, updatedAfter: number): Promise<string> {
    // Without this a small table is scanned whole whatever the indexes.
    return this.db.connection().execute(async (conn) => {
      await sql`SET enable_seqscan = off`.execute(conn);
      try {
        const plan = await sql<{ 'QUERY PLAN': string }>`EXPLAIN SELECT match_id FROM matches
          WHERE game_name = ${gameName} AND gameover = ${isGameover} AND updated_at > ${updatedAfter} ORDER BY updated_at`.execute(
          conn,
        );
        return plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      } finally {
        await sql`SET enable_seqscan = on`.execute(conn);
      }
    });
  }

  private async stateIDOf(matchID: string): Promise<number | undefined> {
    const row = await this.db
      .selectFrom('matches')
      .select('state_id')
      .where('match_id', '=', matchID)
      .executeTakeFirst();
    return row?.state_id;
  }
}
