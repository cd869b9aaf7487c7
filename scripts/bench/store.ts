// server.writeBytesPerMove.p99 and server.storedBytesPerMatch: whole games in every
// scenario written move by move into a real SQLite file as the server writes them (the
// master's state and its action log), an undo now and then. A write's bytes are what the
// store sends to the database for it (state row, new log batches, action log rows); a
// match's stored bytes are the lengths of all its rows once the game is over.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Server, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame } from 'boardgame.io/internal';
import { randomBot } from '../../src/ai/randomBot';
import { seededRandom } from '../../src/ai/rng';
import { actingSeat, makeMove } from '../../src/ai/selfplay';
import { NewGreatGame } from '../../src/game/game';
import { playerView } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';
import { SCENARIOS } from '../../src/content/scenarios';
import { SqliteStore } from '../../src/server/store';
import { percentile } from './util';

async function play(
  store: SqliteStore,
  matchID: string,
  scenario: string,
  seed: string,
  writes: number[],
): Promise<void> {
  const game = {
    ...NewGreatGame,
    seed,
    setup: ({ ctx }: { ctx: { numPlayers: number } }) => NewGreatGame.setup?.({ ctx } as never, { scenario } as never),
  };
  let s = InitializeGame({ game: game as never, numPlayers: 2 }) as State<GameState>;
  const reducer = CreateGameReducer({ game: game as never, isClient: false });
  await store.createMatch(matchID, {
    initialState: s,
    metadata: { gameName: 'g', players: {}, createdAt: 1, updatedAt: 1 } as Server.MatchData,
  });
  const rand = seededRandom(seed);
  while (s.ctx.gameover === undefined) {
    const seat = actingSeat(s.ctx);
    const choice = randomBot(playerView(s.G, seat), s.ctx, seat, rand);
    if (choice === undefined) break;
    const undo = s._undo.length > 1 && rand() < 0.1;
    const action = undo
      ? { type: 'UNDO', payload: { type: null, args: null, playerID: seat } }
      : makeMove(choice.move, choice.args, seat);
    const next = reducer(s, action as never) as State<GameState>;
    if (next._stateID === s._stateID) continue;
    await store.setState(matchID, next, next.deltalog);
    writes.push(store.lastWriteBytes);
    s = next;
  }
}

export async function storeBytes(): Promise<{ writeP99: number; writeP50: number; storedPerMatch: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'ngg-store-bench-'));
  const path = join(dir, 'store.sqlite');
  const writes: number[] = [];
  const ids: string[] = [];
  try {
    const store = new SqliteStore({ path });
    for (const scenario of Object.keys(SCENARIOS))
      for (const seed of ['a', 'b']) {
        const id = `${scenario}-${seed}`;
        ids.push(id);
        await play(store, id, scenario, id, writes);
      }
    await store.close();
    const db = new Database(path, { readonly: true });
    let stored = 0;
    for (const id of ids) {
      const q = (sql: string) => db.prepare<[string], { n: number | null }>(sql).get(id)?.n ?? 0;
      stored +=
        q('SELECT length(state) + length(initial_state) + length(metadata) AS n FROM matches WHERE match_id = ?') +
        q('SELECT SUM(length(state)) AS n FROM initial_states WHERE match_id = ?') +
        q('SELECT SUM(length(entry)) AS n FROM log WHERE match_id = ?') +
        q('SELECT SUM(length(batch)) AS n FROM game_log WHERE match_id = ?');
    }
    db.close();
    writes.sort((a, b) => a - b);
    return {
      writeP99: percentile(writes, 0.99),
      writeP50: percentile(writes, 0.5),
      storedPerMatch: Math.round(stored / ids.length),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
