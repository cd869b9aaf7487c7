// A match read back from the store is exactly the match that was written: whole games in
// every scenario (and with three players), undos included, written move by move as the
// server writes them and read back by a second store on the same database (a restart,
// or another instance), on SQLite and on PostgreSQL. The state row keeps neither log,
// and a move's write stays small however long the game has run.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
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
import type { MatchStore } from '../../src/server/matchStore';
import { PgStore } from '../../src/server/pgStore';
import { SqliteStore } from '../../src/server/store';
import { tempDir } from './helpers';
import { dropSchema, PG_URL, runName, servicesMissing } from './services';

const missing = await servicesMissing(false);
const tmp = tempDir();
const schemas: string[] = [];
afterAll(async () => {
  tmp.remove();
  for (const s of schemas) await dropSchema(s);
});

const plain = (s: State) => JSON.parse(JSON.stringify(s)) as unknown;

/** Plays a whole game into `store`, an undo now and then; returns every state written. */
async function play(
  store: MatchStore,
  matchID: string,
  scenario: string,
  players: 2 | 3,
  seed: string,
): Promise<State[]> {
  const game = {
    ...NewGreatGame,
    seed,
    setup: ({ ctx }: { ctx: { numPlayers: number } }) =>
      NewGreatGame.setup?.({ ctx } as never, { scenario, players } as never),
  };
  let s = InitializeGame({ game: game as never, numPlayers: players }) as State<GameState>;
  const reducer = CreateGameReducer({ game: game as never, isClient: false });
  const metadata = { gameName: 'g', players: {}, createdAt: 1, updatedAt: 1 } as Server.MatchData;
  await store.createMatch(matchID, { initialState: s, metadata });
  const rand = seededRandom(seed);
  const states: State[] = [s];
  while (s.ctx.gameover === undefined && states.length < 2000) {
    const seat = actingSeat(s.ctx);
    const canUndo = s._undo.length > 1 && rand() < 0.15;
    const choice = randomBot(playerView(s.G, seat), s.ctx, seat, rand);
    if (choice === undefined) break;
    const action = canUndo
      ? { type: 'UNDO' as const, payload: { type: null, args: null, playerID: seat } }
      : makeMove(choice.move, choice.args, seat);
    const next = reducer(s, action as never) as State<GameState>;
    if (next._stateID === s._stateID) continue;
    await store.setState(matchID, next, next.deltalog);
    s = next;
    states.push(s);
  }
  return states;
}

interface Harness {
  readonly name: string;
  open(label: string): Promise<[MatchStore, () => Promise<MatchStore>]>;
}

const harnesses: Harness[] = [
  {
    name: 'SQLite',
    open(label) {
      const path = join(tmp.dir, `${label}.sqlite`);
      return Promise.resolve([new SqliteStore({ path }), () => Promise.resolve(new SqliteStore({ path }))]);
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const schema = runName('rebuild');
      schemas.push(schema);
      const open = async () => {
        const s = new PgStore({ url: PG_URL, schema, poolSize: 2 });
        await s.connect();
        return s;
      };
      return [await open(), open];
    },
  },
];

for (const h of harnesses)
  describe.skipIf(h.name === 'PostgreSQL' && missing !== null)(`the store rebuilds finished games: ${h.name}`, () => {
    for (const scenario of Object.keys(SCENARIOS))
      for (const players of [2, 3] as const)
        it(`${scenario}, ${players} players`, async () => {
          const [store, reopen] = await h.open(`${scenario}-${players}`);
          const states = await play(store, 'm', scenario, players, `${scenario}-${players}`);
          const last = states[states.length - 1] as State;
          expect(last.ctx.gameover).toBeDefined();
          // Undos happened, so the log was cut back and appended again.
          expect(
            states.some((s, i) => i > 0 && s.G.log.flat(2).length < (states[i - 1] as State).G.log.flat(2).length),
          ).toBe(true);
          const other = await reopen();
          try {
            const read = await other.fetch('m', { state: true });
            expect(plain(read.state)).toEqual(plain(last));
          } finally {
            await other.close();
            await store.close();
          }
          if (h.name === 'SQLite') {
            const db = new Database(join(tmp.dir, `${scenario}-${players}.sqlite`), { readonly: true });
            const row = db.prepare<[], { state: Buffer }>("SELECT state FROM matches WHERE match_id = 'm'").get();
            db.close();
            const text = inflateRawSync(row?.state ?? Buffer.alloc(0)).toString();
            const stored = JSON.parse(text) as { G: Record<string, unknown>; _undo: { G?: unknown }[] };
            expect('log' in stored.G).toBe(false);
            expect(stored._undo.every((e) => e.G === undefined)).toBe(true);
            expect(text.length).toBeLessThan(8000);
          }
        }, 120_000);
  });
