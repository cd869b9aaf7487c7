// Keeps docs/RULES.md honest: every name and number the page states is rebuilt
// here from the content and the rules code, so a change to either that the page
// does not follow fails this test.
import { readFileSync } from 'node:fs';
import {
  INCOME_LEAD_CAP,
  OWN_EVENT_ROPE,
  PRESSURE_BASE,
  PRESSURE_WARINESS_STEP,
  RUSSIAN_WEIGHT,
  SANCTIONS_FROM,
} from '../../src/game/levers';
import { RIFT_PROJECTS } from '../../src/game/effects';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, type TILE_IDS, type Power, type TileTag, type ValueId } from '../../src/content/ids';
import { CARDS as ALL_CARDS, WORLD_EVENTS as ALL_EVENTS } from '../../src/content/index';
import { POLICIES } from '../../src/content/policies';
import { INCOME_WARINESS_LIMIT, PROJECTS } from '../../src/content/projects';
import { SCENARIOS } from '../../src/content/scenarios';
import { COUNTRY_NAMES, COUNTRY_SCORING, FINAL_KAZAKHSTAN_TIERS, TILES, tilesOf } from '../../src/content/tiles';
import type { CardDef, Effect, PolicyWeight, ProjectDef, WorldEventDef } from '../../src/content/types';
import { ROPE_END, VALUE_MAX } from '../../src/game/effects';
import { HEDGE_AT, POLICY_HAND_SIZE } from '../../src/game/kazakhstan';
import { PRESSURE_BARRED_AT, PRESSURE_WARINESS } from '../../src/game/moves';
import { ERA_START, KZ_GOAL } from '../../src/game/round';
import { MAX_WAITING_INJECTIONS } from '../../src/game/inject';
import { alignment, controlledTiles, SOFT_POWER_TARGET, WARINESS_PRICE_AT } from '../../src/game/selectors';
import { initialState } from '../../src/game/setup';

const CARDS: readonly CardDef[] = ALL_CARDS;
const WORLD_EVENTS: readonly WorldEventDef[] = ALL_EVENTS;
const page = readFileSync(new URL('../../docs/RULES.md', import.meta.url), 'utf8');

const VALUE_NAME: Record<ValueId, string> = {
  reform: 'Reform',
  identity: 'Identity',
  warinessRussia: 'Wariness of Russia',
  warinessChina: 'Wariness of China',
};
const POWER_NAME: Record<Power, string> = { russia: 'Russia', china: 'China' };
const TAG_NAME: Record<TileTag, string> = {
  capital: 'capital',
  borderRussia: 'borders Russia',
  borderChina: 'borders China',
  resource: 'resource',
  transit: 'transit',
  caspian: 'Caspian',
};
const signed = (n: number): string => (n > 0 ? `+${n}` : `${n}`);

function weightText(w: PolicyWeight): string {
  const plus = (w.plus ?? []).map((v) => VALUE_NAME[v]);
  let s = w.base !== 0 || plus.length === 0 ? String(w.base) : '';
  for (const v of plus) s = s === '' ? v : `${s} + ${v}`;
  for (const v of w.minus ?? []) s = `${s} - ${VALUE_NAME[v]}`;
  return w.divide === undefined ? s : `(${s}) / ${w.divide}`;
}

function needsText(p: ProjectDef): string {
  if (p.requires === undefined) return 'any tile';
  if (p.requires === 'kazakhstan') return 'a tile in Kazakhstan';
  return `a ${p.requires} tile`;
}

function onBuildText(effects: readonly Effect[]): string {
  const parts = effects.map((e) => {
    if (e.kind !== 'value') throw new Error(`the page describes only value side effects, not ${e.kind}`);
    return `${VALUE_NAME[e.value]} ${signed(e.amount)}`;
  });
  return parts.length === 0 ? '-' : parts.join('; ');
}

function startText(scenario: keyof typeof SCENARIOS, tile: (typeof TILE_IDS)[number]): string {
  const [r, c] = SCENARIOS[scenario].influence[tile] ?? [0, 0];
  return `${r}-${c}`;
}

describe('the rules page (docs/RULES.md) matches the code', () => {
  it('states the rope, its ends and the draw', () => {
    expect(page).toContain(`**-${ROPE_END} (Moscow)** to **+${ROPE_END} (Beijing)**`);
    expect(page).toContain(`the rope reaches -${ROPE_END} or +${ROPE_END}`);
    expect(page).toContain('**Exactly 0 is a draw.**');
    for (const s of Object.values(SCENARIOS)) expect(s.rope).toBe(0);
  });

  it('has a row for every tile with its country, stability, battleground, slots, tags and starting influence', () => {
    expect(TILES).toHaveLength(18);
    expect(page).toContain('Eighteen tiles in five countries');
    for (const t of TILES) {
      const tags = t.tags.length === 0 ? '-' : t.tags.map((g) => TAG_NAME[g]).join(', ');
      const row = `| ${t.name} | ${COUNTRY_NAMES[t.country]} | ${t.stability} | ${t.battleground ? 'yes' : 'no'} | ${t.slots} | ${tags} | ${startText('belt-and-road-2013', t.id)} | ${startText('war-shock-2022', t.id)} | ${startText('classroom-quick', t.id)} |`;
      expect(page, t.name).toContain(row);
    }
  });

  it('lists the home borders, transit and resource tiles', () => {
    const named = (tag: TileTag): string[] =>
      TILES.filter((t) => (t.tags as readonly string[]).includes(tag)).map((t) => t.name);
    const list = (names: string[]): string => `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
    expect(page).toContain(`Russia's home edge touches ${list(named('borderRussia'))}.`);
    expect(page).toContain(`China's touches ${list(named('borderChina'))}.`);
    expect(page).toContain(`Transit tiles: ${named('transit').join(', ')}.`);
    expect(page).toContain(`Resource tiles: ${named('resource').join(', ')}.`);
  });

  it('states control and the influence prices', () => {
    expect(page).toContain("**by at least the tile's stability**");
    expect(page).toContain('**2 operations on a tile the opponent controls**');
    expect(page).toContain(`one more operation while Kazakhstan's Wariness of you is ${WARINESS_PRICE_AT} or more`);
  });

  it('has every scenario with its rounds, years, hand size and cards a round', () => {
    for (const s of Object.values(SCENARIOS)) {
      expect(page, s.title).toContain(
        `| ${s.title} | ${s.years.length} | ${s.years.join(', ')} | ${s.handSize} | ${s.playsPerRound} |`,
      );
      expect(page, s.title).toContain(`| ${s.title} | ${s.handSize} | ${s.playsPerRound} |`);
    }
    const v = (id: keyof typeof SCENARIOS): string => {
      const x = SCENARIOS[id].values;
      return `Reform ${x.reform}, Identity ${x.identity}, Wariness of Russia ${x.warinessRussia}, Wariness of China ${x.warinessChina}`;
    };
    expect(page).toContain(`${v('belt-and-road-2013')} in the 2013 scenarios`);
    expect(SCENARIOS['classroom-quick'].values).toEqual(SCENARIOS['belt-and-road-2013'].values);
    expect(page).toContain(`${v('war-shock-2022')} in the 2022 scenario`);
  });

  it('has every project with owner, cost, income, requirement and side effect', () => {
    for (const p of PROJECTS) {
      expect(page, p.name).toContain(
        `| ${p.name} | ${POWER_NAME[p.owner]} | ${p.cost} | ${p.income} | ${needsText(p)} | ${onBuildText(p.onBuild)} |`,
      );
    }
    expect(page).toContain(`pays nothing while Kazakhstan's Wariness of its owner is ${INCOME_WARINESS_LIMIT} or more`);
    expect(page).toContain('You need **at least 1 influence on the tile**, and **the opponent must not control it**.');
  });

  it('states soft power and pressure with their numbers', () => {
    expect(page).toContain(`**You succeed on a total of ${SOFT_POWER_TARGET} or more.**`);
    expect(page).toContain(`**Against the lean, you need ${SOFT_POWER_TARGET + 1} or more.**`);
    expect(page).toContain(`try to lower Wariness of you while it is ${WARINESS_PRICE_AT} or more`);
    expect(page).toContain('beats what you needed by 3 or more, it moves two steps');
    // The depth pass made pressure a gamble: the threshold grows with the presser's wariness.
    expect(PRESSURE_BASE).toBe(1);
    expect(page).toContain(
      `**You succeed if the total is more than twice the tile's stability plus ${PRESSURE_BASE}, plus 1 for every ${PRESSURE_WARINESS_STEP} points of Kazakhstan's Wariness of you.**`,
    );
    expect(page).toContain(`from ${SANCTIONS_FROM} every **Russian project costs 1 more operation**`);
    expect(page).toContain(`**leads on its tile by the tile's stability plus ${INCOME_LEAD_CAP} or more**`);
    expect(page).toContain(
      `**+${RUSSIAN_WEIGHT.early} in the early era (2013-2018), +${RUSSIAN_WEIGHT.middle} in the middle era (2019-2024) and +${RUSSIAN_WEIGHT.late} in the late era (2025-2031)**`,
    );
    expect(page).toContain("**the card's operations minus 1**");
    expect(page).toContain(`**the rope ${OWN_EVENT_ROPE} step toward you**`);
    expect(page).toContain(`**dry port or a new city in Kazakhstan**`);
    expect(RIFT_PROJECTS).toEqual(['dryPort', 'newCity']);
    expect(page).toContain(`raises Kazakhstan's Wariness of you by ${PRESSURE_WARINESS}, wherever the tile is`);
    expect(PRESSURE_BARRED_AT).toBe(VALUE_MAX);
    expect(page).toContain(
      `**No pressure at Wariness ${PRESSURE_BARRED_AT}.** While Kazakhstan's Wariness of you is ${PRESSURE_BARRED_AT}, you cannot pressure anywhere`,
    );
    expect(page).toContain(`each from 0 to ${VALUE_MAX}`);
  });

  it('states the hedge, and its opening example, from the code', () => {
    expect(page).toContain(
      "(China's influence in Kazakh tiles - Russia's influence in Kazakh tiles) + (Wariness of Russia - Wariness of China)",
    );
    expect(page).toContain(`At **${HEDGE_AT} or more** Kazakhstan leans too far toward Beijing`);
    expect(page).toContain(`At **-${HEDGE_AT} or less** it leans too far toward Moscow`);
    const a = alignment(initialState({ scenario: 'belt-and-road-2013' }));
    expect(Math.abs(a)).toBeLessThan(HEDGE_AT);
    expect(page).toContain(
      `At the start of the 2013 game the alignment is ${a}, so Kazakhstan does not hedge until one power pulls ahead.`,
    );
  });

  it("has every policy with its weight and effect, and the human Kazakhstan's hand", () => {
    expect(POLICIES).toHaveLength(8);
    for (const p of POLICIES) expect(page, p.title).toContain(`| ${p.title} | ${weightText(p.weight)} | ${p.text} |`);
    expect(page).toContain(`**a hand of ${POLICY_HAND_SIZE} policies**`);
    expect(page).toContain(`**chooses one of the ${POLICY_HAND_SIZE} policies**`);
  });

  it('has the scoring tiers per country, the battlegrounds and the final tiers', () => {
    for (const c of COUNTRIES) {
      const [p, d, k] = COUNTRY_SCORING[c].tiers;
      const bgs = tilesOf(c)
        .filter((t) => t.battleground)
        .map((t) => t.name)
        .join(', ');
      expect(page, c).toContain(`| ${COUNTRY_NAMES[c]} | ${p} | ${d} | ${k} | ${bgs} |`);
      // "no domination outside Kazakhstan" holds only while each smaller country has one battleground.
      if (c !== 'kazakhstan') expect(tilesOf(c).filter((t) => t.battleground)).toHaveLength(1);
    }
    expect(page).toContain(
      `**Kazakhstan counts at ${FINAL_KAZAKHSTAN_TIERS.join('/')}** instead of ${COUNTRY_SCORING.kazakhstan.tiers.join('/')}`,
    );
    expect(page).toContain(
      `in the order ${COUNTRIES.map((c) => COUNTRY_NAMES[c])
        .slice(0, -1)
        .join(', ')}, ${COUNTRY_NAMES[COUNTRIES[COUNTRIES.length - 1] ?? 'turkmenistan']}`,
    );
    expect(page).toContain(`| Wariness of a power is ${WARINESS_PRICE_AT} or more (distrust) | that power -1 |`);
  });

  it('states the three-player Kazakhstan goal', () => {
    expect(page).toContain(
      `the rope is **within ${KZ_GOAL.ropeBand} of the middle** (from -${KZ_GOAL.ropeBand} to +${KZ_GOAL.ropeBand})`,
    );
    expect(page).toContain(`**Reform plus Identity is ${KZ_GOAL.reformPlusIdentity} or more**`);
    expect(page).toContain(`**each power controls fewer than ${KZ_GOAL.maxControlledTiles} Kazakh tiles**`);
  });

  it('counts the cards and events, their eras, and marks speculation as the page says', () => {
    const side = (s: string): number => CARDS.filter((c) => c.side === s).length;
    const historical = CARDS.filter((c) => c.once && c.history !== undefined).length;
    expect(page).toContain(
      `**${CARDS.length} cards: ${side('russia')} Russian, ${side('china')} Chinese and ${side('neutral')} neutral**`,
    );
    expect(page).toContain(`**${historical} of them are historical**`);
    // Historical means: a history note, and it happens once.
    for (const c of CARDS) expect(c.once, c.id).toBe(c.history !== undefined);
    expect(page).toContain(`There are ${WORLD_EVENTS.length} world events in all.`);
    for (const e of WORLD_EVENTS) {
      if (e.history.speculative === true) {
        expect(e.title.endsWith('?'), e.id).toBe(true);
        expect(e.history.fact.startsWith('Scenario:'), e.id).toBe(true);
      }
    }
    expect(page).toContain(
      `early (${ERA_START.early}-${ERA_START.middle - 1}), middle (${ERA_START.middle}-${ERA_START.late - 1}) and late (${ERA_START.late}-2031)`,
    );
  });

  it('gets the opening control of the 2013 tip right', () => {
    const G = initialState({ scenario: 'belt-and-road-2013' });
    const names = (p: Power): string[] => controlledTiles(G, p).map((t) => TILES.find((x) => x.id === t)?.name ?? t);
    const kz = controlledTiles(G, 'russia', 'kazakhstan').map((t) => TILES.find((x) => x.id === t)?.name ?? t);
    expect(page).toContain(`In 2013 Russia controls ${kz.slice(0, -1).join(', ')} and ${kz[kz.length - 1] ?? ''};`);
    const chinaKz = controlledTiles(G, 'china', 'kazakhstan').map((t) => TILES.find((x) => x.id === t)?.name ?? t);
    expect(chinaKz).toEqual(['Khorgos', 'Shymkent']);
    expect(page).toContain(
      `China holds ${names('china').slice(0, -1).join(', ')} and ${names('china')[names('china').length - 1] ?? ''}.`,
    );
  });

  it('states when an injected event resolves and what is refused', () => {
    expect(page).toContain('## Classroom');
    expect(page).toContain('**the start of the next news phase**');
    expect(page).toContain("**before that round's scheduled news, and in addition to it**");
    expect(page).toContain(`**${MAX_WAITING_INJECTIONS} are already waiting**`);
  });

  it('keeps to plain Markdown', () => {
    expect(page).not.toMatch(/<[a-z][^>]*>/i);
    expect(page).not.toMatch(/!\[/);
    expect(page).not.toMatch(/src\/|\.ts\b|npm|vitest/);
  });
});
