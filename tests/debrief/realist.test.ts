// The debrief's counterfactual: a finished match's realist rope and winner, the class count
// of games whose winner values changed, and the saved file carrying both.
import { describe, expect, it } from 'vitest';
import { BOTS } from '../../src/ai/bots';
import { playOne } from '../../src/ai/selfplay';
import { debriefCsv, debriefJson } from '../../src/debrief/export';
import { classDebrief, matchDebrief } from '../../src/debrief/model';
import { readDebriefFile } from '../../src/debrief/read';
import { replay, setupOf } from '../../src/game/counterfactual';
import { csvObjects } from './csv';

function finished(seed: string) {
  const r = playOne({ seed, setup: { scenario: 'classroom-quick' }, bots: [BOTS.standard, BOTS.standard] });
  const stored = { seed, setup: setupOf(r.state.G), actions: r.actions };
  return { G: r.state.G, stored };
}

describe('the debrief’s realist counterfactual', () => {
  it('gives the realist rope and winner of a finished match, and whether values changed the winner', () => {
    const { G, stored } = finished('db-realist-1');
    const d = matchDebrief({ id: 'm1', G, stored });
    expect(typeof d.realist).toBe('object');
    if (typeof d.realist !== 'object') return;
    const R = replay(stored, 'realist').state.G;
    expect(d.realist.final).toBe(R.rope);
    expect(d.realist.rounds.map((p) => p.rope)).toEqual(R.history.map((s) => s.rope));
    const realWinner = G.result === null || 'draw' in G.result ? 'draw' : G.result.winner;
    expect(d.realist.winnerChanged).toBe(d.realist.winner !== realWinner);
  });

  it('says why there is none: no stored moves, or a match still running', () => {
    const { G } = finished('db-realist-2');
    expect(matchDebrief({ id: 'm2', G }).realist).toBe('noMoves');
    expect(matchDebrief({ id: 'm3', G: { ...G, result: null } }).realist).toBe('running');
  });

  it('counts the class’s games whose winner values changed, and survives a saved file', () => {
    const ds = ['a', 'b', 'c'].map((s) => {
      const { G, stored } = finished(`db-realist-class-${s}`);
      return matchDebrief({ id: s, G, stored });
    });
    const noMoves = matchDebrief({ id: 'd', G: finished('db-realist-class-d').G });
    const c = classDebrief([...ds, noMoves]);
    const changed = ds.filter((d) => typeof d.realist === 'object' && d.realist.winnerChanged).length;
    expect(c.valuesChangedWinner).toEqual({ changed, of: 3 });
    const back = readDebriefFile(debriefJson([...ds, noMoves], new Date('2026-12-03T08:00:00Z')));
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.matches.map((m) => m.realist)).toEqual([...ds, noMoves].map((m) => m.realist));
  });

  it('writes the realist winner, final rope and changed winner into every CSV row of a match, empty without one', () => {
    const { G, stored } = finished('db-realist-csv');
    const d = matchDebrief({ id: 'r1', G, stored });
    const none = matchDebrief({ id: 'r2', G: finished('db-realist-csv-2').G });
    const { rows } = csvObjects(debriefCsv([d, none]));
    const R = replay(stored, 'realist').state.G;
    const realistWinner = R.result === null || 'draw' in R.result ? 'draw' : R.result.winner;
    const realWinner = G.result === null || 'draw' in G.result ? 'draw' : G.result.winner;
    const mine = rows.filter((r) => r.match_id === 'r1');
    expect(mine.length).toBe(d.rounds.length);
    for (const row of mine) {
      expect(row.realist_winner).toBe(realistWinner);
      expect(Number(row.realist_final_rope)).toBe(R.rope);
      expect(row.values_changed_winner).toBe(String(realistWinner !== realWinner));
    }
    const other = rows.filter((r) => r.match_id === 'r2');
    expect(other.length).toBeGreaterThan(0);
    for (const row of other) {
      expect(row.realist_winner).toBe('');
      expect(row.realist_final_rope).toBe('');
      expect(row.values_changed_winner).toBe('');
    }
  });
});
