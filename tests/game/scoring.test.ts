import { logEntries } from '../../src/game/log';
import { RUSSIAN_WEIGHT, russianWeight } from '../../src/game/levers';
import { describe, expect, it } from 'vitest';
import { countryScore, payProjectIncome, scoreCountry } from '../../src/game/scoring';
import { countryTier } from '../../src/game/selectors';
import { openingState } from './fixtures';
import type { GameState } from '../../src/game/state';
import type { TileId } from '../../src/content/ids';

function board(set: Partial<Record<TileId, [number, number]>>): GameState {
  const G = openingState();
  for (const t of Object.keys(G.influence) as TileId[]) G.influence[t] = { russia: 0, china: 0 };
  for (const [t, [r, c]] of Object.entries(set) as [TileId, [number, number]][])
    G.influence[t] = { russia: r, china: c };
  G.values = { reform: 5, identity: 5, warinessRussia: 5, warinessChina: 5 };
  return G;
}

describe('scoring: presence, domination, control, and what values make of them', () => {
  it('no controlled tile: no tier', () => {
    expect(countryTier(board({}), 'russia', 'kyrgyzstan')).toBe('none');
  });

  it('presence: any controlled tile', () => {
    const G = board({ osh: [2, 0] });
    expect(countryTier(G, 'russia', 'kyrgyzstan')).toBe('presence');
    expect(countryScore(G, 'kyrgyzstan', [1, 3, 5]).material).toEqual({ russia: 1, china: 0 });
  });

  it('domination: more tiles and more battlegrounds, with at least one of each kind', () => {
    // Kazakhstan: Russia holds Astana (bg) and Petropavl; China holds Khorgos (bg) only.
    const G = board({ astana: [3, 0], petropavl: [1, 0], khorgos: [0, 2] });
    expect(countryTier(G, 'russia', 'kazakhstan')).toBe('presence'); // battlegrounds 1 v 1: not more
    G.influence.almaty = { russia: 2, china: 0 };
    expect(countryTier(G, 'russia', 'kazakhstan')).toBe('domination');
    // Russia's economic weight (2 in the early era, 3 before TUNING.md section 10) is added to its score in Kazakhstan.
    expect(russianWeight(G)).toBe(2);
    expect(countryScore(G, 'kazakhstan', [1, 3, 5]).material).toEqual({ russia: 3 + 2 + 2, china: 1 + 1 });
  });

  it('holding one tile alone, even the only battleground, is presence', () => {
    const G = board({ bishkek: [0, 3] });
    expect(countryTier(G, 'china', 'kyrgyzstan')).toBe('presence');
  });

  it('control: more tiles and every battleground', () => {
    const G = board({ bishkek: [0, 3], osh: [0, 1] });
    expect(countryTier(G, 'china', 'kyrgyzstan')).toBe('control');
    expect(countryScore(G, 'kyrgyzstan', [1, 3, 5]).material).toEqual({ russia: 0, china: 5 + 1 });
  });

  it('in a country with one battleground, domination is the battleground and more; control is every tile', () => {
    const G = board({ tashkent: [3, 0], fergana: [1, 0] });
    expect(countryTier(G, 'russia', 'uzbekistan')).toBe('domination');
    expect(countryScore(G, 'uzbekistan', [2, 4, 6]).material.russia).toBe(4 + 1);
    G.influence.samarkand = { russia: 2, china: 0 };
    expect(countryTier(G, 'russia', 'uzbekistan')).toBe('control');
  });

  it('scoring moves the rope by the difference, material and ideational parts logged apart', () => {
    const G = board({ bishkek: [0, 3], osh: [0, 1] });
    scoreCountry(G, 'kyrgyzstan', false);
    expect(G.rope).toBe(6);
    expect(logEntries(G).at(-1)).toMatchObject({
      kind: 'rope',
      delta: 6,
      lens: 'material',
      cause: { type: 'scoring', id: 'kyrgyzstan' },
    });
  });

  it("Kazakhstan's values add to or take from a present power's score, never below zero", () => {
    const G = board({ petropavl: [2, 0], khorgos: [0, 2] });
    G.values = { reform: 8, identity: 8, warinessRussia: 8, warinessChina: 1 };
    G.year = 2025; // the late era: Russia's economic weight is 1
    const s = countryScore(G, 'kazakhstan', [1, 3, 5]);
    expect(s.material).toEqual({ russia: 1 + 1, china: 2 });
    expect(s.ideational).toEqual({ russia: -2, china: 1 }); // -3 capped at -2; China +1 for trust
    scoreCountry(G, 'kazakhstan', false);
    expect(G.rope).toBe(3);
    expect(
      logEntries(G)
        .filter((l) => l.kind === 'rope')
        .map((l) => l.kind === 'rope' && l.lens),
    ).toEqual(['ideational']);
  });

  it('a power with no presence gets nothing from values', () => {
    const G = board({ astana: [3, 0] });
    G.values.warinessChina = 1;
    expect(countryScore(G, 'kazakhstan', [1, 3, 5]).ideational.china).toBe(0);
  });

  it('final scoring counts Kazakhstan at 3/6/9', () => {
    const G = board({ astana: [3, 0] });
    scoreCountry(G, 'kazakhstan', true);
    expect(G.rope).toBe(-(3 + 1 + russianWeight(G)));
  });

  it('projects pay their owners each round unless Kazakhstan’s wariness of the owner is 7 or more', () => {
    const G = openingState();
    payProjectIncome(G);
    expect(G.influence.khorgos.china).toBe(3);
    expect(G.influence.bishkek.russia).toBe(3);
    G.influence.khorgos = { russia: 2, china: 3 }; // contested, so only Wariness can stop it
    G.values.warinessChina = 7;
    payProjectIncome(G);
    expect(G.influence.khorgos.china).toBe(3); // Kazakh tile: withheld
    expect(G.influence.galkynysh.china).toBe(3); // Turkmenistan: China leads 3-0 there, stability 2 + 1: capped
    G.influence.galkynysh = { russia: 1, china: 3 };
    payProjectIncome(G);
    expect(G.influence.galkynysh.china).toBe(4); // contested again: it pays, whatever the wariness
    expect(
      logEntries(G).filter((l) => l.kind === 'withheld' && l.tile === 'khorgos' && l.power === 'china'),
    ).toHaveLength(2);
  });

  it('Russia’s economic weight in Kazakhstan declines era by era', () => {
    const G = board({ astana: [3, 0] });
    const russia = (year: number): number => {
      G.year = year;
      return countryScore(G, 'kazakhstan', [1, 3, 5]).material.russia;
    };
    expect([russia(2013), russia(2019), russia(2025)]).toEqual([1 + 1 + 2, 1 + 1 + 1, 1 + 1 + 1]);
    expect(russianWeight({ year: 2018 })).toBe(RUSSIAN_WEIGHT.early);
  });
});
