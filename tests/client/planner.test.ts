import { Client } from 'boardgame.io/client';
import type { Game } from 'boardgame.io';
import { refusalSentence } from '../../src/ui/refusalText';
import { describe, expect, it } from 'vitest';
import { NewGreatGame } from '../../src/game/game';
import type { GameState } from '../../src/game/state';
import { availableTools, legalChoices, targetTiles, tileClick } from '../../src/ui/planner';

function start(): ReturnType<typeof Client<GameState>> {
  const game: Game<GameState> = {
    ...NewGreatGame,
    seed: 'planner',
    setup: (ctx) => {
      const setup = NewGreatGame.setup;
      if (setup === undefined) throw new Error('no setup');
      return setup(ctx, { scenario: 'classroom-quick', players: 2 });
    },
  } as Game<GameState>;
  const client = Client<GameState>({ game, numPlayers: 2, playerID: '0' });
  client.start();
  return client;
}

function state(c: ReturnType<typeof start>): { G: GameState; ctx: NonNullable<ReturnType<typeof c.getState>>['ctx'] } {
  const s = c.getState();
  if (s === null) throw new Error('no state');
  return { G: s.G, ctx: s.ctx };
}

describe('planner: what a click on the board means', () => {
  it('refuses a tile before a card is chosen, saying why', () => {
    const c = start();
    const { G, ctx } = state(c);
    const out = tileClick(G, ctx, '0', legalChoices(G, ctx, '0'), 'influence', 'astana');
    expect(out.kind).toBe('refuse');
    if (out.kind === 'refuse') expect(refusalSentence(out.reason)).toContain('choose a card first');
  });

  it('rings only tiles the rules accept once a card is played for operations', () => {
    const c = start();
    const { G } = state(c);
    const card = G.hands.russia[0];
    expect(card).toBeDefined();
    c.moves.playOps?.(card);
    const s = state(c);
    const choices = legalChoices(s.G, s.ctx, '0');
    const ringed = targetTiles(choices, 'influence');
    if (s.G.pending === null) return; // an opponent's event may have ended the card at once
    expect(ringed.size).toBeGreaterThan(0);
    expect(availableTools(choices)).toContain('influence');
    for (const t of ringed) expect(tileClick(s.G, s.ctx, '0', choices, 'influence', t).kind).toBe('move');
    // Pamir borders China only and Russia starts with no influence near it.
    if (!ringed.has('pamir')) {
      const out = tileClick(s.G, s.ctx, '0', choices, 'influence', 'pamir');
      expect(out.kind).toBe('refuse');
      if (out.kind === 'refuse') expect(refusalSentence(out.reason)).toMatch(/out of reach|costs/);
    }
  });

  it('offers nothing to a seat whose turn it is not', () => {
    const c = start();
    const { G, ctx } = state(c);
    expect(legalChoices(G, ctx, '1')).toEqual([]);
    const out = tileClick(G, ctx, '1', [], 'influence', 'astana');
    expect(out.kind).toBe('refuse');
  });
});
