import { describe, expect, it } from 'vitest';
import type { TileId } from '../../src/content/ids';
import { CONTENT, loadContent } from '../../src/content/index';
import type { ContentBundle, ContentErrorCode } from '../../src/content/validate';
import { validateContent } from '../../src/content/validate';

type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;
type Draft = Mutable<ContentBundle>;

const draft = (): Draft => structuredClone(CONTENT) as unknown as Draft;
function must<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new Error(`test content lacks ${what}`);
  return x;
}
const card = (d: Draft, id: string) =>
  must(
    d.cards.find((c) => c.id === id),
    id,
  );
const event = (d: Draft, id: string) =>
  must(
    d.events.find((e) => e.id === id),
    id,
  );
const tile = (d: Draft, id: string) =>
  must(
    d.tiles.find((t) => t.id === id),
    id,
  );
const scenario = (d: Draft, id: string) =>
  must(
    d.scenarios.find((s) => s.id === id),
    id,
  );
const nowhere = 'nowhere' as TileId;

interface BreakCase {
  readonly name: string;
  readonly breakIt: (d: Draft) => void;
  readonly code: ContentErrorCode;
  readonly id: string;
  /** The break also trips other rules (e.g. removing many items); only check the expected error is among them. */
  readonly alsoOthers?: boolean;
}

const CASES: readonly BreakCase[] = [
  {
    name: 'a card effect naming an unknown tile',
    breakIt: (d) => {
      const e = must(card(d, 'c-russian-tv').effects[0], 'an effect');
      if (e.kind === 'influence') e.tile = nowhere;
    },
    code: 'dangling-tile',
    id: 'c-russian-tv',
  },
  {
    name: 'an event effect naming an unknown tile',
    breakIt: (d) => {
      const e = must(event(d, 'e-silk-road-belt').effects[0], 'an effect');
      if (e.kind === 'influence') e.tile = nowhere;
    },
    code: 'dangling-tile',
    id: 'e-silk-road-belt',
  },
  {
    name: 'adjacency to an unknown tile',
    breakIt: (d) => tile(d, 'aktau').adjacent.push(nowhere),
    code: 'dangling-tile',
    id: 'aktau',
  },
  {
    name: 'starting influence on an unknown tile',
    breakIt: (d) => {
      scenario(d, 'war-shock-2022').influence[nowhere] = [1, 0];
    },
    code: 'dangling-tile',
    id: 'war-shock-2022',
  },
  {
    name: 'asymmetric adjacency',
    breakIt: (d) => {
      const p = tile(d, 'petropavl');
      p.adjacent = p.adjacent.filter((a) => a !== 'astana');
    },
    code: 'asymmetric-adjacency',
    id: 'astana',
  },
  {
    name: 'an event reusing a card id',
    breakIt: (d) => {
      event(d, 'e-xian-summit').id = 'c-visa-free';
    },
    code: 'duplicate-id',
    id: 'c-visa-free',
    alsoOthers: true,
  },
  {
    name: 'two cards with one id',
    breakIt: (d) => {
      card(d, 'c-gas-contract').id = 'c-gas-purchase';
    },
    code: 'duplicate-id',
    id: 'c-gas-purchase',
  },
  {
    name: 'a card reusing a policy id',
    breakIt: (d) => {
      card(d, 'c-media-campaign').id = 'p-summit';
    },
    code: 'duplicate-id',
    id: 'p-summit',
    alsoOthers: true,
  },
  {
    name: 'a card id that is not kebab-case',
    breakIt: (d) => void (card(d, 'c-trade-mission').id = 'c-TradeMission'),
    code: 'bad-id',
    id: 'c-TradeMission',
  },
  {
    name: 'a history note without a source',
    breakIt: (d) => {
      must(card(d, 'c-cpc-halt').history, 'history').source = ' ';
    },
    code: 'history-incomplete',
    id: 'c-cpc-halt',
  },
  {
    name: 'a history note without a fact',
    breakIt: (d) => void (event(d, 'e-tajik-debt').history.fact = ''),
    code: 'history-incomplete',
    id: 'e-tajik-debt',
  },
  {
    name: 'a source that is a bare domain',
    breakIt: (d) => void (event(d, 'e-factory-protests').history.source = 'rferl.org'),
    code: 'source-without-path',
    id: 'e-factory-protests',
  },
  {
    name: 'a source that is a site address with no page',
    breakIt: (d) => void (event(d, 'e-factory-protests').history.source = 'https://www.rferl.org/'),
    code: 'source-without-path',
    id: 'e-factory-protests',
  },
  {
    name: 'a bare domain after a good article address',
    breakIt: (d) => {
      const h = must(card(d, 'c-cpc-halt').history, 'history');
      h.source = `${h.source}; thediplomat.com (2022/07)`;
    },
    code: 'source-without-path',
    id: 'c-cpc-halt',
  },
  {
    name: 'a source named in words, with no address',
    breakIt: (d) => void (event(d, 'e-invasion-of-ukraine').history.source = 'UN General Assembly resolution ES-11/1'),
    code: 'source-without-path',
    id: 'e-invasion-of-ukraine',
  },
  {
    name: 'a speculative note that does not say what it projects from',
    breakIt: (d) => void (event(d, 'e-spec-qazaqstan').history.source = 'astanatimes.com'),
    code: 'source-without-path',
    id: 'e-spec-qazaqstan',
  },
  {
    name: 'a history year before 1990',
    breakIt: (d) => void (event(d, 'e-mirziyoyev').history.year = 1985),
    code: 'history-year',
    id: 'e-mirziyoyev',
    alsoOthers: true,
  },
  {
    name: 'a future year not flagged speculative',
    breakIt: (d) => {
      delete event(d, 'e-spec-qazaqstan').history.speculative;
    },
    code: 'unflagged-future',
    id: 'e-spec-qazaqstan',
  },
  {
    name: 'a speculative note not phrased as a scenario',
    breakIt: (d) => void (event(d, 'e-spec-trade-climb').history.fact = 'Trade with China doubles.'),
    code: 'unflagged-future',
    id: 'e-spec-trade-climb',
  },
  {
    name: 'a past fact flagged speculative',
    breakIt: (d) => void (event(d, 'e-crimea-abstention').history.speculative = true),
    code: 'speculative-past',
    id: 'e-crimea-abstention',
    alsoOthers: true,
  },
  {
    name: 'operations of 5',
    breakIt: (d) => void ((card(d, 'c-csto-drill') as { ops: number }).ops = 5),
    code: 'bad-ops',
    id: 'c-csto-drill',
  },
  {
    name: 'operations of 0',
    breakIt: (d) => void ((card(d, 'c-rail-link') as { ops: number }).ops = 0),
    code: 'bad-ops',
    id: 'c-rail-link',
  },
  {
    name: 'an influence effect of 0',
    breakIt: (d) => {
      const e = must(card(d, 'c-remittances').effects[1], 'an effect');
      if (e.kind === 'influence') e.amount = 0;
    },
    code: 'empty-effect',
    id: 'c-remittances',
  },
  {
    name: 'a value effect of 0',
    breakIt: (d) => {
      const e = must(event(d, 'e-nuclear-referendum').effects[0], 'an effect');
      if (e.kind === 'value') e.amount = 0;
    },
    code: 'empty-effect',
    id: 'e-nuclear-referendum',
  },
  {
    name: 'a card with no effects',
    breakIt: (d) => void (card(d, 'c-water-talks').effects = []),
    code: 'empty-effect',
    id: 'c-water-talks',
  },
  {
    name: 'a pipeline on a tile without resources',
    breakIt: (d) => {
      const e = must(card(d, 'c-export-pipeline').effects[0], 'an effect');
      if (e.kind === 'project') e.tile = 'astana';
    },
    code: 'project-misfit',
    id: 'c-export-pipeline',
  },
  {
    name: 'a nuclear plant outside Kazakhstan',
    breakIt: (d) => {
      const e = must(card(d, 'c-rosatom-consortium').effects[0], 'an effect');
      if (e.kind === 'project') e.tile = 'tashkent';
    },
    code: 'project-misfit',
    id: 'c-rosatom-consortium',
  },
  {
    name: 'a project on a tile with no slots',
    breakIt: (d) => void (tile(d, 'shymkent').slots = 0),
    code: 'project-misfit',
    id: 'c-rail-link',
  },
  {
    name: 'a condition above 10',
    breakIt: (d) => {
      const e = must(card(d, 'c-russian-tv').effects[1], 'an effect');
      e.when = { value: 'identity', atMost: 11 };
    },
    code: 'bad-condition',
    id: 'c-russian-tv',
  },
  {
    name: 'a condition that can never hold',
    breakIt: (d) => {
      const e = must(card(d, 'c-russian-tv').effects[1], 'an effect');
      e.when = { value: 'identity', atLeast: 8, atMost: 3 };
    },
    code: 'bad-condition',
    id: 'c-russian-tv',
  },
  {
    name: 'a rope pull of 5',
    breakIt: (d) => {
      const e = must(
        event(d, 'e-invasion-of-ukraine').effects.find((x) => x.kind === 'rope'),
        'a rope effect',
      );
      if (e.kind === 'rope') e.amount = 5;
    },
    code: 'bad-amount',
    id: 'e-invasion-of-ukraine',
  },
  {
    name: "'self' in a world event",
    breakIt: (d) => {
      const e = must(event(d, 'e-sco-astana').effects[0], 'an effect');
      if (e.kind === 'influence') e.power = 'self';
    },
    code: 'no-player',
    id: 'e-sco-astana',
  },
  {
    name: 'a historical card that repeats',
    breakIt: (d) => void (card(d, 'c-nurkent').once = false),
    code: 'not-once',
    id: 'c-nurkent',
  },
  {
    name: 'a historical card in the wrong era',
    breakIt: (d) => void (card(d, 'c-visa-free').era = 'late'),
    code: 'era-mismatch',
    id: 'c-visa-free',
  },
  {
    name: 'a historical card dated before every scenario',
    breakIt: (d) => void (must(card(d, 'c-kyrgyz-eaeu').history, 'history').year = 2004),
    code: 'never-dealt',
    id: 'c-kyrgyz-eaeu',
  },
  {
    name: 'negative starting influence',
    breakIt: (d) => {
      scenario(d, 'belt-and-road-2013').influence.astana = [-1, 0];
    },
    code: 'scenario-influence',
    id: 'belt-and-road-2013',
  },
  {
    name: 'a round span with no world event',
    breakIt: (d) => {
      d.events = d.events.filter((e) => e.history.year < 2027 || e.history.year > 2028);
    },
    code: 'uncovered-span',
    id: 'belt-and-road-2013',
  },
  {
    name: 'too little history',
    breakIt: (d) => {
      for (const c of d.cards) delete c.history;
      d.events = d.events.slice(0, 10);
    },
    code: 'too-little-history',
    id: 'content',
    alsoOthers: true,
  },
];

describe('content validation', () => {
  it('the shipped content validates with no errors', () => {
    expect(validateContent(CONTENT)).toEqual([]);
  });

  it('every real fact is sourced to article addresses, never a bare domain', () => {
    const notes = [...CONTENT.cards, ...CONTENT.events, ...CONTENT.policies].flatMap((x) =>
      x.history === undefined || x.history.speculative === true ? [] : [x.history.source],
    );
    expect(notes.length).toBeGreaterThanOrEqual(30);
    for (const source of notes)
      for (const ref of source.split('; ')) expect(new URL(ref).pathname.length, ref).toBeGreaterThan(1);
  });

  it('has enough cards, events, policies and history', () => {
    expect(CONTENT.cards.length).toBeGreaterThanOrEqual(45);
    expect(CONTENT.events.length).toBeGreaterThanOrEqual(20);
    expect(CONTENT.policies.length).toBe(8);
    const historical = [...CONTENT.cards, ...CONTENT.events, ...CONTENT.policies].filter(
      (x) => x.history !== undefined && x.history.speculative !== true,
    );
    expect(historical.length).toBeGreaterThanOrEqual(30);
  });

  it('sides are about even: card counts and operations per power', () => {
    const ops = (side: string) => CONTENT.cards.filter((c) => c.side === side).reduce((n, c) => n + c.ops, 0);
    const count = (side: string) => CONTENT.cards.filter((c) => c.side === side).length;
    expect(Math.abs(count('russia') - count('china'))).toBeLessThanOrEqual(2);
    expect(Math.abs(ops('russia') - ops('china'))).toBeLessThanOrEqual(4);
    expect(count('neutral')).toBeGreaterThanOrEqual(8);
  });

  it("sided cards name powers absolutely; 'self' and 'opponent' belong to neutral cards", () => {
    const relative = CONTENT.cards.filter(
      (c) =>
        c.side !== 'neutral' &&
        c.effects.some(
          (e) => (e.kind === 'influence' || e.kind === 'rope') && (e.power === 'self' || e.power === 'opponent'),
        ),
    );
    expect(relative.map((c) => c.id)).toEqual([]);
  });

  it('every world event scores one of the four other countries, and each of them is scored', () => {
    const scored = new Set(CONTENT.events.map((e) => e.scores));
    expect([...scored].sort()).toEqual(['kyrgyzstan', 'tajikistan', 'turkmenistan', 'uzbekistan']);
  });

  it.each(CASES)('reports $name', ({ breakIt, code, id, alsoOthers }) => {
    const d = draft();
    breakIt(d);
    const errors = validateContent(d as unknown as ContentBundle);
    expect(errors).toContainEqual(expect.objectContaining({ code, id }));
    const mine = errors.find((e) => e.code === code && e.id === id);
    expect(mine?.reason).toContain(id);
    if (alsoOthers !== true) expect(errors.filter((e) => e.code !== code)).toEqual([]);
  });

  it('loadContent throws, listing every reason, when content is broken', () => {
    const d = draft();
    (card(d, 'c-csto-drill') as { ops: number }).ops = 9;
    must(card(d, 'c-cpc-halt').history, 'history').source = '';
    expect(() => loadContent(d as unknown as ContentBundle)).toThrow(/c-csto-drill[\s\S]*c-cpc-halt/);
    expect(loadContent()).toBe(CONTENT);
  });
});
