// The three scenarios. Historical cards dated before a scenario's first year
// are left out of its decks (their events are not replayed). The opening boards
// are balance choices tuned by self-play (docs/TUNING.md), not maps of who held
// what in 2013 or 2022.
import type { ScenarioId } from './ids';
import type { ScenarioDef } from './types';

const BELT_AND_ROAD: ScenarioDef = {
  id: 'belt-and-road-2013',
  title: '2013: Belt and Road',
  description:
    'The full game: from Xi Jinping’s Astana speech in 2013 to the Latin-script deadline of 2031: nine rounds, two years each (the last runs to 2031).',
  years: [2013, 2015, 2017, 2019, 2021, 2023, 2025, 2027, 2029],
  handSize: 7,
  playsPerRound: 5,
  influence: {
    astana: [2, 0],
    almaty: [1, 2],
    khorgos: [0, 2],
    aktau: [0, 1],
    atyrau: [1, 1],
    petropavl: [2, 0],
    oskemen: [1, 1],
    shymkent: [0, 1],
    baikonur: [1, 0],
    tashkent: [1, 2],
    bishkek: [2, 0],
    osh: [0, 1],
    dushanbe: [3, 0],
    pamir: [0, 1],
    ashgabat: [0, 0],
    galkynysh: [0, 2],
  },
  projects: [
    { tile: 'khorgos', kind: 'tradeCentre' },
    { tile: 'atyrau', kind: 'chinaPipeline' },
    { tile: 'galkynysh', kind: 'chinaPipeline' },
    { tile: 'bishkek', kind: 'militaryBase' },
    { tile: 'dushanbe', kind: 'militaryBase' },
  ],
  values: { reform: 3, identity: 4, warinessRussia: 2, warinessChina: 2 },
  rope: 0,
};

const WAR_SHOCK: ScenarioDef = {
  id: 'war-shock-2022',
  title: '2022: War shock',
  description:
    'January unrest and CSTO troops guarding Almaty’s airport and key sites, then the invasion of Ukraine: a short game from 2022 to 2031.',
  years: [2022, 2024, 2026, 2028, 2030],
  handSize: 7,
  playsPerRound: 5,
  influence: {
    astana: [3, 1],
    almaty: [1, 1],
    khorgos: [0, 2],
    aktau: [1, 1],
    atyrau: [2, 1],
    petropavl: [3, 0],
    oskemen: [1, 1],
    shymkent: [0, 1],
    baikonur: [2, 0],
    tashkent: [2, 1],
    samarkand: [0, 1],
    bishkek: [2, 1],
    osh: [0, 1],
    dushanbe: [3, 1],
    pamir: [0, 1],
    ashgabat: [1, 0],
    galkynysh: [0, 2],
  },
  projects: [
    { tile: 'khorgos', kind: 'tradeCentre' },
    { tile: 'khorgos', kind: 'dryPort' },
    { tile: 'atyrau', kind: 'chinaPipeline' },
    { tile: 'galkynysh', kind: 'chinaPipeline' },
    { tile: 'bishkek', kind: 'militaryBase' },
    { tile: 'dushanbe', kind: 'militaryBase' },
  ],
  values: { reform: 5, identity: 5, warinessRussia: 5, warinessChina: 5 },
  rope: 0,
};

const CLASSROOM_QUICK: ScenarioDef = {
  id: 'classroom-quick',
  title: 'Classroom quick game',
  description:
    'Five rounds from 2013 to 2031, four years each (the last runs to 2031), four cards a round: one lesson long.',
  years: [2013, 2017, 2021, 2025, 2029],
  handSize: 6,
  playsPerRound: 4,
  // Between strong players the long game leans to Russia and the five-round game to China, so
  // the full game gives China Shymkent and more of Tashkent, and the quick game gives Russia
  // Tashkent 2-1 and a point in Ashgabat instead (docs/TUNING.md).
  influence: { ...BELT_AND_ROAD.influence, shymkent: [0, 0], tashkent: [2, 1], ashgabat: [1, 0], khorgos: [0, 2] },
  projects: BELT_AND_ROAD.projects,
  values: BELT_AND_ROAD.values,
  rope: 0,
};

export const SCENARIOS: Readonly<Record<ScenarioId, ScenarioDef>> = {
  'belt-and-road-2013': BELT_AND_ROAD,
  'war-shock-2022': WAR_SHOCK,
  'classroom-quick': CLASSROOM_QUICK,
};

/** The game ends after the round that reaches this year. */
export const FINAL_YEAR = 2031;

/** The years each round of a scenario covers: from its first year to the year before the next round (the last to 2031). */
export function roundSpans(years: readonly number[]): readonly (readonly [number, number])[] {
  return years.map((from, i) => [from, (years[i + 1] ?? FINAL_YEAR + 1) - 1] as const);
}
