// The debrief model and its exports, on real matches played through boardgame.io's
// reducer (one with a teacher's injected event, one still running).
import { readFileSync } from 'node:fs';
import type { State } from 'boardgame.io';
import { beforeAll, describe, expect, it } from 'vitest';
import { VALUES } from '../../src/content/ids';
import { EVENT_BY_ID, WORLD_EVENTS as ALL_EVENTS } from '../../src/content/index';
import type { WorldEventDef } from '../../src/content/types';
import { PROMPTS } from '../../src/content/prompts';
import { CSV_COLUMNS, csvField, debriefCsv, debriefJson, exportFileName } from '../../src/debrief/export';
import { classDebrief, matchDebrief, type MatchDebrief } from '../../src/debrief/model';
import { logEntries } from '../../src/game/log';
import { playerView } from '../../src/game/playerView';
import type { GameState } from '../../src/game/state';
import { csvObjects } from './csv';
import { play } from './games';

type S = State<GameState>;
const WORLD_EVENTS: readonly WorldEventDef[] = ALL_EVENTS;

let games: S[] = [];
let debriefs: MatchDebrief[] = [];

beforeAll(() => {
  games = [
    play('debrief-a', { inject: 'e-invasion-of-ukraine', injectAt: 3 }),
    play('debrief-b', { smart: true }),
    play('debrief-c', { players: 3 }),
    play('debrief-running', { stopAt: 40 }),
  ];
  debriefs = games.map((s, i) =>
    matchDebrief({ id: `m${i + 1}`, label: i === 0 ? '=Table "one", 7B' : `Table ${i + 1}`, G: s.G, ctx: s.ctx }),
  );
});

describe('a match debrief', () => {
  it('follows the match round by round: the rope, the values and control from its snapshots', () => {
    for (const [i, s] of games.entries()) {
      const d = debriefs[i];
      if (d === undefined) throw new Error('no debrief');
      for (const snap of s.G.history) {
        const r = d.rounds.find((x) => x.round === snap.round);
        expect(r).toMatchObject({
          year: snap.year,
          rope: snap.rope,
          values: snap.values,
          control: snap.control,
          complete: true,
        });
      }
      expect(d.final.rope).toBe(s.G.rope);
      expect(d.final.values).toEqual(s.G.values);
      expect(d.start).toMatchObject({
        round: 0,
        year: 2013,
        rope: 0,
        values: { reform: 3, identity: 4, warinessRussia: 2, warinessChina: 2 },
      });
    }
    const running = debriefs[3];
    expect(running?.finished).toBe(false);
    expect(running?.winner).toBeNull();
    const last = running?.rounds[running.rounds.length - 1];
    expect(last?.complete).toBe(false);
    expect(last?.rope).toBe(games[3]?.G.rope);
  });

  it('splits each power’s pull by lens so that the pulls add up to the rope’s movement', () => {
    for (const [i, s] of games.entries()) {
      const d = debriefs[i];
      if (d === undefined) throw new Error('no debrief');
      const china = d.lens.china.rope.material + d.lens.china.rope.ideational;
      const russia = d.lens.russia.rope.material + d.lens.russia.rope.ideational;
      expect(china - russia).toBe(s.G.rope - d.start.rope);
      // Per round, the same sums.
      const byRound = d.rounds.reduce(
        (a, r) =>
          a +
          r.ropePull.china.material +
          r.ropePull.china.ideational -
          r.ropePull.russia.material -
          r.ropePull.russia.ideational,
        0,
      );
      expect(byRound).toBe(china - russia);
      // Influence gained, from the log's positive influence entries.
      const gained = logEntries(s.G).reduce(
        (a, e) => a + (e.kind === 'influence' && e.delta > 0 && e.power === 'russia' ? e.delta : 0),
        0,
      );
      expect(d.lens.russia.influence.material + d.lens.russia.influence.ideational).toBe(gained);
      const byCause = Object.values(d.lens.china.ropeByCause).reduce(
        (a, x) => a + (x?.material ?? 0) + (x?.ideational ?? 0),
        0,
      );
      expect(byCause).toBe(china);
    }
  });

  it('lists the events that fired with year, source and kind, the injected one marked, and a prompt for each', () => {
    const d = debriefs[0];
    if (d === undefined) throw new Error('no debrief');
    const news = logEntries(games[0]?.G ?? { log: [] }).filter((e) => e.kind === 'news');
    expect(d.events.filter((e) => e.type === 'news').map((e) => e.id)).toEqual(
      news.map((e) => (e.kind === 'news' ? e.event : '')),
    );
    const injected = d.events.filter((e) => e.injected);
    expect(injected.map((e) => e.id)).toEqual(['e-invasion-of-ukraine']);
    expect(injected[0]).toMatchObject({
      year: 2022,
      kind: 'historical',
      source: EVENT_BY_ID['e-invasion-of-ukraine']?.history.source,
    });
    for (const e of d.events) {
      expect(e.year).toBeGreaterThan(2000);
      expect(e.source.length).toBeGreaterThan(3);
      expect(e.kind).toBe(e.year > 2026 ? 'speculative' : 'historical');
    }
    // Each historical card that left the game is listed once, in the round it fired.
    for (const [i, s] of games.entries()) {
      const cards = debriefs[i]?.events.filter((e) => e.type === 'card') ?? [];
      expect(cards.map((e) => e.id).sort()).toEqual([...s.G.removed].sort());
      for (const c of cards) {
        const fired = logEntries(s.G).find((e) => 'cause' in e && e.cause.type === 'card' && e.cause.id === c.id);
        if (fired !== undefined && 'round' in fired) expect(c.round).toBe(fired.round);
      }
    }
    const newsIds = [...new Set(d.events.filter((e) => e.type === 'news').map((e) => e.id))];
    expect(d.prompts.map((p) => p.event)).toEqual(newsIds);
    expect(d.essay.question).toContain('Kazakhstan and China');
  });

  it('is the same from any seat’s view as from the full state (the browser has only its view)', () => {
    for (const [i, s] of games.entries()) {
      for (const seat of ['0', '1', null])
        expect(
          matchDebrief({ id: `m${i + 1}`, label: debriefs[i]?.label ?? '', G: playerView(s.G, seat), ctx: s.ctx }),
        ).toEqual(debriefs[i]);
    }
  });

  it('has a prompt for every world event and none for anything else, each with both readings', () => {
    expect(Object.keys(PROMPTS).sort()).toEqual(WORLD_EVENTS.map((e) => e.id).sort());
    for (const e of WORLD_EVENTS) {
      const p = PROMPTS[e.id as keyof typeof PROMPTS];
      expect(p.realist.length, e.id).toBeGreaterThan(30);
      expect(p.constructivist.length, e.id).toBeGreaterThan(30);
      expect(p.question.endsWith('?'), e.id).toBe(true);
      // A prompt on a possible future says so.
      expect(p.question.startsWith('A possible future, not a fact'), e.id).toBe(e.history.speculative === true);
    }
  });
});

describe('the class debrief and its exports', () => {
  it('aggregates wins, lens shares and value spreads over the matches', () => {
    const c = classDebrief(debriefs);
    expect(c.matches).toBe(4);
    expect(c.finished).toBe(3);
    expect(c.wins.russia + c.wins.china + c.wins.kazakhstan + c.wins.draw).toBe(3);
    expect(c.winRate.russia + c.winRate.china + c.winRate.kazakhstan + c.winRate.draw).toBeCloseTo(1);
    for (const v of VALUES) {
      const s = c.finalValues[v];
      const xs = debriefs.map((d) => d.final.values[v]);
      expect(s?.min).toBe(Math.min(...xs));
      expect(s?.max).toBe(Math.max(...xs));
      expect(s?.mean).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / xs.length);
    }
    const shares = debriefs
      .map((d) => d.lens.china.rope)
      .filter((r) => r.material + r.ideational > 0)
      .map((r) => r.material / (r.material + r.ideational));
    expect(c.meanMaterialShare.china).toBeCloseTo(shares.reduce((a, b) => a + b, 0) / shares.length);
    expect(c.byRound[0]?.matches).toBe(4);
    expect(c.eventCounts['e-invasion-of-ukraine']).toBeGreaterThanOrEqual(1);
    expect(classDebrief([]).winRate.russia).toBe(0);
  });

  it('exports CSV with the documented columns, one row per match per round, that parses back to the matches', () => {
    const csv = debriefCsv(debriefs);
    const { header, rows } = csvObjects(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(debriefs.reduce((a, d) => a + d.rounds.length, 0));
    const readme = readFileSync(new URL('../../docs/TEACHERS.md', import.meta.url), 'utf8');
    for (const col of CSV_COLUMNS) expect(readme, col).toContain(`| \`${col}\` |`);
    let k = 0;
    for (const d of debriefs) {
      for (const r of d.rounds) {
        const row = rows[k++];
        if (row === undefined) throw new Error('missing row');
        expect(row.match_id).toBe(d.id);
        expect(row.round).toBe(String(r.round));
        expect(row.year).toBe(String(r.year));
        expect(Number(row.rope)).toBe(r.rope);
        expect(Number(row.reform)).toBe(r.values.reform);
        expect(Number(row.identity)).toBe(r.values.identity);
        expect(Number(row.wariness_russia)).toBe(r.values.warinessRussia);
        expect(Number(row.wariness_china)).toBe(r.values.warinessChina);
        expect(Number(row.control_china)).toBe(r.control.china);
        expect(Number(row.pull_china_ideational)).toBe(r.ropePull.china.ideational);
        expect(Number(row.pull_russia_material)).toBe(r.ropePull.russia.material);
        expect(Number(row.final_rope)).toBe(d.final.rope);
        expect(row.winner).toBe(d.winner ?? '');
        expect(row.finished).toBe(String(d.finished));
        const all = [row.events, row.injected_events]
          .join(' ')
          .split(' ')
          .filter((x) => x !== '');
        expect(all.sort()).toEqual([...r.events].sort());
      }
    }
    // The label with a comma, quotes and a leading "=" survives, defused as a formula.
    expect(rows[0]?.match_label).toBe(`'=Table "one", 7B`);
    const injectedRow = rows.find((r) => r.match_id === 'm1' && r.injected_events !== '');
    expect(injectedRow?.injected_events).toBe('e-invasion-of-ukraine');
    expect((injectedRow?.events ?? '').includes('e-invasion-of-ukraine')).toBe(false);
  });

  it('quotes and defuses fields, and names files safely', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"\n')).toBe('"say ""hi""\n"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField(-3)).toBe('-3');
    expect(exportFileName('Class 7B / <b>', 'csv', new Date('2026-11-28T10:00:00Z'))).toBe(
      'debrief-class-7b-b-2026-11-28.csv',
    );
    expect(exportFileName('!!!', 'json', new Date('2026-11-28T10:00:00Z'))).toBe('debrief-match-2026-11-28.json');
  });

  it('exports the class as JSON that round-trips', () => {
    const text = debriefJson(debriefs, new Date('2026-11-28T10:00:00Z'));
    const doc = JSON.parse(text) as { format: string; version: number; class: unknown; matches: unknown[] };
    expect(doc.format).toBe('new-great-game-debrief');
    expect(doc.version).toBe(1);
    expect(doc.matches).toEqual(JSON.parse(JSON.stringify(debriefs)));
    expect(doc.class).toEqual(JSON.parse(JSON.stringify(classDebrief(debriefs))));
  });
});
