import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';
import { SYNC_LOG_TAIL } from '../../src/server/transport';
import {
  gameClient,
  inProcessServer,
  playOneMove,
  readStored,
  rng,
  seatedMatch,
  stateOf,
  waitFor,
  type GameClient,
  type TestServer,
} from './helpers';

describe('online match over sockets', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await inProcessServer();
  });
  afterAll(async () => {
    await t.close();
  });

  it('two clients play a match to the end and a spectator never sees a hand', async () => {
    const { matchID, credentials } = await seatedMatch(t.url, 2);
    const clients: Record<string, GameClient> = {
      '0': gameClient(t.url, matchID, '0', credentials['0']),
      '1': gameClient(t.url, matchID, '1', credentials['1']),
    };
    const spectator = gameClient(t.url, matchID, null);
    const seen: GameState[] = [];
    spectator.subscribe((s) => {
      if (s !== null) seen.push(s.G);
    });
    try {
      const rand = rng(7);
      let moves = 0;
      while ((await playOneMove(clients, rand)) !== null) moves += 1;
      const final = await waitFor(() => stateOf(clients['0'] as GameClient)?.ctx.gameover, 10_000, 'game over');
      expect(final).toBeDefined();
      expect(moves).toBeGreaterThan(20);
      // The store holds the finished match, with one log entry or more per move.
      const stored = readStored(t.dbPath, matchID);
      expect(stored?.stateID).toBe(moves);
      expect(stored?.logRows).toBeGreaterThanOrEqual(moves);
      expect(JSON.parse(stored?.metadata ?? '{}')).toHaveProperty('gameover');
      await waitFor(() => stateOf(spectator)?.ctx.gameover, 5_000, 'spectator sees the end');
      expect(seen.length).toBeGreaterThan(moves / 2);
      for (const G of seen) {
        for (const hand of Object.values(G.hands)) expect(hand.every((c) => c === HIDDEN)).toBe(true);
        expect(G.deck.every((c) => c === HIDDEN)).toBe(true);
      }
      // A late spectator gets the final state and only the tail of boardgame.io's action log.
      const late = gameClient(t.url, matchID, null);
      try {
        await waitFor(() => stateOf(late)?.ctx.gameover, 5_000, 'late spectator sync');
        expect(late.log?.length ?? 0).toBeLessThanOrEqual(SYNC_LOG_TAIL);
        expect(late.log?.length ?? 0).toBeGreaterThan(0);
      } finally {
        late.stop();
      }
      // A seated player sees its own hand and not the other's, at some point in the match.
      const mine = stateOf(clients['0'] as GameClient)?.G;
      expect(mine?.hands.china.every((c) => c === HIDDEN)).toBe(true);
    } finally {
      for (const c of Object.values(clients)) c.stop();
      spectator.stop();
    }
  });
});
