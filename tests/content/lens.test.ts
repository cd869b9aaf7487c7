// Every effect's lens follows the coding scheme (src/content/lens.ts, docs/LENS.md), in the
// content and in the log of played games, where the rules add their own entries.
import { describe, expect, it } from 'vitest';
import { BOTS } from '../../src/ai/bots';
import { playOne } from '../../src/ai/selfplay';
import { CARDS, POLICIES, WORLD_EVENTS } from '../../src/content/index';
import { schemeLens } from '../../src/content/lens';
import { PROJECTS } from '../../src/content/projects';
import type { Effect } from '../../src/content/types';
import { hedgeLens } from '../../src/game/kazakhstan';
import { logEntries } from '../../src/game/log';
import { openingState } from '../game/fixtures';

function allEffects(): [string, Effect][] {
  const out: [string, Effect][] = [];
  for (const c of CARDS) c.effects.forEach((e, i) => out.push([`${c.id}#${i}`, e]));
  for (const c of WORLD_EVENTS) c.effects.forEach((e, i) => out.push([`${c.id}#${i}`, e]));
  for (const c of POLICIES) c.effects.forEach((e, i) => out.push([`${c.id}#${i}`, e]));
  for (const p of PROJECTS) p.onBuild.forEach((e, i) => out.push([`${p.kind}#${i}`, e]));
  return out;
}

describe('the lens follows the coding scheme', () => {
  it('in the content: values and value-gated effects are ideational, projects material', () => {
    const wrong = allEffects()
      .filter(([, e]) => {
        const want = schemeLens(e);
        return want !== null && e.lens !== want;
      })
      .map(([id, e]) => `${id}: ${e.kind} coded ${e.lens}`);
    expect(wrong).toEqual([]);
    // The scheme is not vacuous: each rule has effects to check.
    const kinds = new Set(allEffects().map(([, e]) => (e.when !== undefined ? 'gated' : e.kind)));
    for (const k of ['value', 'gated', 'influence', 'rope']) expect(kinds.has(k as never)).toBe(true);
  });

  it('in played games: every value change is ideational, project income and builds material', () => {
    for (const seed of ['lens-1', 'lens-2']) {
      const r = playOne({ seed, setup: {}, bots: [BOTS.standard, BOTS.standard] });
      const entries = logEntries(r.state.G);
      const wrong = entries.filter(
        (e) =>
          (e.kind === 'value' && e.lens !== 'ideational') ||
          (e.kind === 'project' && e.lens !== 'material') ||
          (e.kind === 'influence' && e.cause.type === 'project' && e.lens !== 'material') ||
          (e.kind === 'rope' && e.note === 'values' && e.lens !== 'ideational'),
      );
      expect(wrong).toEqual([]);
      expect(entries.some((e) => e.kind === 'value')).toBe(true);
    }
  });

  it('the hedge: material when the influence gap alone triggers it, ideational when it takes the Wariness gap', () => {
    const G = openingState();
    for (const t of Object.values(G.influence)) Object.assign(t, { russia: 0, china: 0 });
    G.influence.khorgos.china = 4;
    expect(hedgeLens(G, 'russia')).toBe('material');
    G.influence.khorgos.china = 2;
    G.values.warinessRussia = 5;
    G.values.warinessChina = 3;
    expect(hedgeLens(G, 'russia')).toBe('ideational');
  });
});
