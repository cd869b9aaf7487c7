// The PostgreSQL store's tables and the migrations that make them (see pgStore.ts).
import { sql, type Migration } from 'kysely';

interface MatchesTable {
  match_id: string;
  game_name: string;
  state_id: number;
  state: string;
  initial_state: string;
  metadata: unknown;
  gameover: boolean;
  updated_at: string | number;
  log_len: number;
}

interface LogTable {
  match_id: string;
  seq: number;
  entry: unknown;
}

interface ClassSessionsTable {
  code: string;
  version: number;
  record: string;
  updated_at: string | number;
}

interface GameLogTable {
  match_id: string;
  round: number;
  idx: number;
  batch: unknown;
}

export interface Database {
  matches: MatchesTable;
  log: LogTable;
  game_log: GameLogTable;
  class_sessions: ClassSessionsTable;
}

/**
 * The schema's history, oldest first. Migrations are never edited once released: a
 * change is a new entry, so a database at any earlier version is brought up to date.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_matches_and_log': {
    async up(db) {
      await db.schema
        .createTable('matches')
        .addColumn('match_id', 'text', (c) => c.primaryKey())
        .addColumn('game_name', 'text', (c) => c.notNull())
        .addColumn('state_id', 'integer', (c) => c.notNull())
        // States are stored and returned whole, never queried into: text costs less than jsonb.
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('initial_state', 'text', (c) => c.notNull())
        // jsonb, so a seat's presence is set in place (jsonb_set) without a read.
        .addColumn('metadata', 'jsonb', (c) => c.notNull())
        .addColumn('gameover', 'boolean', (c) => c.notNull().defaultTo(false))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('log_len', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable('log')
        .addColumn('match_id', 'text', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('entry', 'jsonb', (c) => c.notNull())
        .addPrimaryKeyConstraint('log_pkey', ['match_id', 'seq'])
        .execute();
    },
  },
  '0002_list_indexes': {
    async up(db) {
      // listMatches: the lobby always names its game; the second serves lists across games.
      await db.schema
        .createIndex('matches_by_game')
        .on('matches')
        .columns(['game_name', 'gameover', 'updated_at'])
        .execute();
      await db.schema.createIndex('matches_by_update').on('matches').columns(['updated_at']).execute();
    },
  },
  '0003_state_lz4': {
    async up(db) {
      // A state is ~100 KB of JSON rewritten on every move; the default pglz compression of
      // that is a large share of a move's database time, lz4 a small one. A server built
      // without lz4 keeps pglz.
      try {
        await sql`ALTER TABLE matches ALTER COLUMN state SET COMPRESSION lz4, ALTER COLUMN initial_state SET COMPRESSION lz4`.execute(
          db,
        );
      } catch (err) {
        if (!/lz4/i.test(err instanceof Error ? err.message : '')) throw err;
      }
    },
  },
  '0004_class_sessions': {
    async up(db) {
      // One row per class session: its record is read and written whole (a compare-and-set
      // on version), like a match state.
      await db.schema
        .createTable('class_sessions')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
    },
  },
  '0005_game_log': {
    async up(db) {
      // The game's own history (G.log) by batch: a move adds a row or two instead of
      // rewriting a state that grows with the game.
      await db.schema
        .createTable('game_log')
        .addColumn('match_id', 'text', (c) => c.notNull())
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('batch', 'jsonb', (c) => c.notNull())
        .addPrimaryKeyConstraint('game_log_pkey', ['match_id', 'round', 'idx'])
        .execute();
    },
  },
};
