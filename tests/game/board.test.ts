import { describe, expect, it } from 'vitest';
import { controller, influenceCost, inReach, projectBlocker } from '../../src/game/selectors';
import { openingState } from './fixtures';
import { refusalText } from '../../src/game/refusal';

describe('the board: control, reach and the price of influence', () => {
  it.each([
    { name: 'a lead equal to stability controls', tile: 'astana' as const, russia: 3, china: 0, expected: 'russia' },
    { name: 'a lead one short of stability does not', tile: 'astana' as const, russia: 2, china: 0, expected: null },
    { name: 'stability 1 needs a lead of one', tile: 'shymkent' as const, russia: 0, china: 1, expected: 'china' },
    { name: 'a tie controls nothing', tile: 'shymkent' as const, russia: 2, china: 2, expected: null },
  ])('$name', ({ tile, russia, china, expected }) => {
    const G = openingState();
    G.influence[tile] = { russia, china };
    expect(controller(G, tile)).toBe(expected);
  });

  it('a point costs 1, 2 where the opponent controls the tile', () => {
    const G = openingState();
    G.influence.shymkent = { russia: 0, china: 0 };
    expect(influenceCost(G, 'china', 'shymkent')).toBe(1);
    expect(controller(G, 'petropavl')).toBe('russia');
    expect(influenceCost(G, 'china', 'petropavl')).toBe(2);
  });

  it('wariness of 7 or more makes influence in Kazakh tiles cost one more, and only there', () => {
    const G = openingState();
    G.influence.shymkent = { russia: 0, china: 0 };
    G.values.warinessChina = 7;
    expect(influenceCost(G, 'china', 'shymkent')).toBe(2);
    expect(influenceCost(G, 'china', 'tashkent')).toBe(1);
    expect(influenceCost(G, 'russia', 'shymkent')).toBe(1);
    G.values.warinessChina = 6;
    expect(influenceCost(G, 'china', 'shymkent')).toBe(1);
  });

  it('influence reaches tiles with some, their neighbours and the home border', () => {
    const G = openingState();
    expect(inReach(G, 'china', 'khorgos')).toBe(true); // has some
    G.influence.shymkent = { russia: 0, china: 0 };
    expect(inReach(G, 'china', 'shymkent')).toBe(true); // next to Almaty
    G.influence.oskemen = { russia: 1, china: 0 };
    expect(inReach(G, 'china', 'oskemen')).toBe(true); // borders China
    // Galkynysh: no Russian influence there, in Ashgabat or in Samarkand, and no Russian border.
    G.influence.ashgabat.russia = 0;
    expect(inReach(G, 'russia', 'galkynysh')).toBe(false);
    G.influence.samarkand.russia = 1;
    expect(inReach(G, 'russia', 'galkynysh')).toBe(true);
  });

  it('projects need a free slot, the right kind of tile, and no twin', () => {
    const G = openingState();
    expect(projectBlocker(G, 'khorgos', 'dryPort')).toBeNull();
    expect(projectBlocker(G, 'khorgos', 'tradeCentre')).toEqual({
      code: 'alreadyBuilt',
      params: { tile: 'khorgos', project: 'tradeCentre' },
    });
    expect(projectBlocker(G, 'astana', 'dryPort')).toEqual({
      code: 'needTag',
      params: { project: 'dryPort', need: 'transit' },
    });
    expect(projectBlocker(G, 'tashkent', 'nuclearPlant')).toEqual({
      code: 'needTag',
      params: { project: 'nuclearPlant', need: 'kazakhstan' },
    });
    expect(refusalText(projectBlocker(G, 'tashkent', 'nuclearPlant')!)).toMatch(/Kazakhstan/);
    expect(refusalText(projectBlocker(G, 'galkynysh', 'russiaPipeline')!)).toMatch(/no free project slot/);
  });
});
