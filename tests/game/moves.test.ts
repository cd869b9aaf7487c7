import { logEntries } from '../../src/game/log';
import { describe, expect, it } from 'vitest';
import { CARDS } from '../../src/content/index';
import type { CardId } from '../../src/content/ids';
import type { CardDef } from '../../src/content/types';
import {
  CHECKS,
  invest,
  placeInfluence,
  playEvent,
  playOps,
  pressure,
  softPower,
  softPowerTarget,
  endPlay,
} from '../../src/game/moves';
import { envFor, fixedDice, openingState, withCard } from './fixtures';

const cards: readonly CardDef[] = CARDS;
const find = (f: (c: CardDef) => boolean): CardDef => {
  const c = cards.find(f);
  if (c === undefined) throw new Error('no card fits this test');
  return c;
};
const influenceOnly = (c: CardDef) =>
  c.effects.length > 0 && c.effects.every((e) => e.kind === 'influence' && e.when === undefined && e.amount > 0);

describe('moves: playing cards and spending operations', () => {
  it('playing your own card for its event applies its effects and ends the turn', () => {
    const card = find((c) => c.side === 'russia' && influenceOnly(c));
    const G = withCard(openingState(), 'russia', card.id);
    const env = envFor(G, '0');
    const before = structuredClone(G.influence);
    expect(CHECKS.playEvent(G, env.ctx, '0', [card.id])).toBeNull();
    playEvent(env, card.id);
    for (const e of card.effects)
      if (e.kind === 'influence') expect(G.influence[e.tile].russia).toBeGreaterThan(before[e.tile].russia);
    expect(G.hands.russia).not.toContain(card.id);
    expect(G.played.russia).toBe(1);
    expect(env.turnsEnded).toBe(1);
    expect(logEntries(G).some((l) => l.kind === 'influence' && l.cause.type === 'card' && l.cause.id === card.id)).toBe(
      true,
    );
  });

  it("the opponent's card cannot be played for its event", () => {
    const card = find((c) => c.side === 'china');
    const G = withCard(openingState(), 'russia', card.id);
    expect(CHECKS.playEvent(G, envFor(G, '0').ctx, '0', [card.id])).toMatch(/only be played for operations/);
  });

  it("playing the opponent's card for operations fires its event for them (Twilight Struggle)", () => {
    const card = find((c) => c.side === 'china' && influenceOnly(c));
    const G = withCard(openingState(), 'russia', card.id);
    const env = envFor(G, '0');
    const before = structuredClone(G.influence);
    playOps(env, card.id);
    for (const e of card.effects)
      if (e.kind === 'influence') expect(G.influence[e.tile].china).toBeGreaterThan(before[e.tile].china);
    expect(G.pending).toEqual({ power: 'russia', card: card.id, opsLeft: card.ops, action: null });
    expect(env.turnsEnded).toBe(0);
    if (card.once) expect(G.removed).toContain(card.id);
  });

  it('own card for operations fires nothing', () => {
    const card = find((c) => c.side === 'russia' && c.effects.length > 0);
    const G = withCard(openingState(), 'russia', card.id);
    const logBefore = logEntries(G).length;
    playOps(envFor(G, '0'), card.id);
    expect(
      logEntries(G)
        .slice(logBefore)
        .map((l) => l.kind),
    ).toEqual(['play']);
    expect(G.discard).toContain(card.id);
  });

  it('influence costs operations one point at a time and the card ends when they run out', () => {
    const G = openingState();
    const env = envFor(G, '1');
    G.pending = { power: 'china', card: 'x' as CardId, opsLeft: 3, action: null };
    G.influence.shymkent = { russia: 0, china: 0 };
    placeInfluence(env, 'shymkent');
    expect(G.influence.shymkent.china).toBe(1);
    expect(G.pending).toMatchObject({ opsLeft: 2, action: 'influence' });
    expect(CHECKS.placeInfluence(G, env.ctx, '1', ['petropavl'])).toBeNull(); // costs 2 (Russian control), 2 left
    placeInfluence(env, 'petropavl');
    expect(G.pending).toBeNull();
    expect(G.opsSpent.influence).toBe(3);
    expect(env.turnsEnded).toBe(1);
  });

  it('an unaffordable or unreachable point is refused with the reason', () => {
    const G = openingState();
    const env = envFor(G, '0');
    G.pending = { power: 'russia', card: 'x' as CardId, opsLeft: 1, action: null };
    G.influence.khorgos = { russia: 0, china: 3 };
    G.influence.oskemen.russia = 0;
    G.influence.almaty.russia = 0;
    expect(CHECKS.placeInfluence(G, env.ctx, '0', ['khorgos'])).toMatch(/out of reach/);
    G.influence.almaty.russia = 1;
    expect(CHECKS.placeInfluence(G, env.ctx, '0', ['khorgos'])).toMatch(/costs 2 operations; 1 left/);
    expect(CHECKS.placeInfluence(G, env.ctx, '0', ['nowhere'])).toMatch(/name one tile/);
  });

  it('a card’s operations go to one action type', () => {
    const G = openingState();
    const env = envFor(G, '1');
    G.pending = { power: 'china', card: 'x' as CardId, opsLeft: 4, action: null };
    placeInfluence(env, 'khorgos');
    expect(CHECKS.softPower(G, env.ctx, '1', ['reform+'])).toMatch(/already went to influence/);
    expect(CHECKS.invest(G, env.ctx, '1', ['khorgos', 'dryPort'])).toMatch(/already went to influence/);
  });

  it('invest builds a project: a point of influence, its side effects, and the cost in operations', () => {
    const G = openingState();
    const env = envFor(G, '1');
    G.pending = { power: 'china', card: 'x' as CardId, opsLeft: 2, action: null };
    expect(CHECKS.invest(G, env.ctx, '1', ['khorgos', 'militaryBase'])).toMatch(/not yours/);
    expect(CHECKS.invest(G, env.ctx, '1', ['khorgos', 'newCity'])).toMatch(/costs 3 operations/);
    invest(env, 'khorgos', 'dryPort');
    expect(G.projects.khorgos).toEqual(['tradeCentre', 'dryPort']);
    expect(G.influence.khorgos.china).toBe(3);
    expect(G.values.warinessChina).toBe(3);
    expect(G.opsSpent.invest).toBe(2);
    expect(G.pending).toBeNull();
  });

  it('invest needs presence and no opposing control', () => {
    const G = openingState();
    const env = envFor(G, '1');
    G.pending = { power: 'china', card: 'x' as CardId, opsLeft: 4, action: null };
    G.influence.shymkent = { russia: 0, china: 0 };
    expect(CHECKS.invest(G, env.ctx, '1', ['shymkent', 'railway'])).toMatch(/need influence/);
    G.influence.aktau = { russia: 3, china: 1 };
    expect(CHECKS.invest(G, env.ctx, '1', ['aktau', 'railway'])).toMatch(/opponent controls/);
  });

  it.each([
    { name: 'a roll that reaches 4 moves the value one step', die: 3, ops: 2, after: 5 },
    { name: 'a roll short of 4 fails', die: 1, ops: 2, after: 4 },
    { name: 'a margin of 3 or more moves it two steps', die: 6, ops: 3, after: 6 },
  ])('soft power: $name', ({ die, ops, after }) => {
    const G = openingState();
    const env = envFor(G, '1', 'actions', fixedDice(die));
    G.pending = { power: 'china', card: 'x' as CardId, opsLeft: ops, action: null };
    softPower(env, 'identity+'); // Identity starts at 4
    expect(G.values.identity).toBe(after);
    expect(G.opsSpent.softPower).toBe(ops);
    expect(G.pending).toBeNull();
    expect(logEntries(G).at(-1)?.kind === 'roll' || logEntries(G).at(-1)?.kind === 'value').toBe(true);
  });

  it('soft power against Kazakhstan’s lean needs one more', () => {
    const G = openingState();
    G.values.identity = 8;
    expect(softPowerTarget(G, 'identity-', 'russia')).toBe(5);
    expect(softPowerTarget(G, 'identity+', 'russia')).toBe(4);
    G.values.warinessRussia = 7;
    expect(softPowerTarget(G, 'wariness-', 'russia')).toBe(5);
    G.values.reform = 2;
    expect(softPowerTarget(G, 'reform+', 'china')).toBe(5);
  });

  it('pressure removes die + operations - 2 x stability of the opponent’s points and raises wariness of the presser', () => {
    const G = openingState();
    const env = envFor(G, '0', 'actions', fixedDice(6));
    G.influence.khorgos = { russia: 1, china: 4 };
    G.pending = { power: 'russia', card: 'x' as CardId, opsLeft: 3, action: null };
    pressure(env, 'khorgos'); // 6 + 3 - 4 = 5, China had 4
    expect(G.influence.khorgos.china).toBe(0);
    expect(G.values.warinessRussia).toBe(3); // +1, in Kazakhstan as elsewhere
    expect(G.opsSpent.pressure).toBe(3);
  });

  it('failed pressure still costs wariness: 1, outside Kazakhstan as inside', () => {
    const G = openingState();
    const env = envFor(G, '1', 'actions', fixedDice(1));
    G.pending = { power: 'china', card: 'x' as CardId, opsLeft: 2, action: null };
    pressure(env, 'tashkent'); // 1 + 2 - 6 < 1
    expect(G.influence.tashkent.russia).toBe(1);
    expect(G.values.warinessChina).toBe(3);
  });

  it('endPlay forfeits the operations left and passes the turn', () => {
    const G = openingState();
    const env = envFor(G, '0');
    G.pending = { power: 'russia', card: 'x' as CardId, opsLeft: 2, action: null };
    endPlay(env);
    expect(G.pending).toBeNull();
    expect(G.played.russia).toBe(1);
    expect(env.turnsEnded).toBe(1);
  });

  it('moves out of turn, by spectators or in the wrong phase are refused', () => {
    const G = withCard(openingState(), 'china', 'c-any');
    expect(CHECKS.playOps(G, envFor(G, '0').ctx, '1', ['c-any'])).toMatch(/not your turn/);
    expect(CHECKS.playOps(G, envFor(G, '1', 'kazakhstan').ctx, '1', ['c-any'])).toMatch(/not the actions phase/);
    expect(CHECKS.playOps(G, envFor(G, '1').ctx, null, ['c-any'])).toMatch(/spectators/);
    expect(CHECKS.playOps(G, envFor(G, '1').ctx, '1', ['not-in-hand'])).toMatch(/not in your hand/);
  });
});
