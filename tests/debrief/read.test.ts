// Debrief files read back: a saved file round-trips, a damaged or foreign one is
// refused with a reason, and several files merge without doubling a match.
import { describe, expect, it } from 'vitest';
import { debriefJson } from '../../src/debrief/export';
import { matchDebrief } from '../../src/debrief/model';
import { MAX_DEBRIEF_FILE_BYTES, mergeMatches, readDebriefFile } from '../../src/debrief/read';
import { play } from './games';

const a = matchDebrief({ id: 'a', label: 'Pair A', G: play('read-a', { inject: 'e-latin-decree', injectAt: 2 }).G });
const b = matchDebrief({ id: 'b', label: 'Pair B', G: play('read-b', { stopAt: 30 }).G });
const when = new Date('2026-11-28T09:00:00Z');

describe('reading debrief files', () => {
  it('reads back what it saved', () => {
    const out = readDebriefFile(debriefJson([a, b], when));
    if (!out.ok) throw new Error(out.reason);
    expect(out.matches).toEqual(JSON.parse(JSON.stringify([a, b])));
  });

  it('refuses what is not a debrief, or is damaged, with a reason', () => {
    expect(readDebriefFile('not json')).toEqual({ ok: false, code: 'notJson', reason: 'the file is not JSON' });
    expect(readDebriefFile('{"format":"something-else"}')).toEqual({
      ok: false,
      code: 'notDebrief',
      reason: 'the file is not a New Great Game debrief',
    });
    expect(readDebriefFile('null')).toEqual({
      ok: false,
      code: 'notDebrief',
      reason: 'the file is not a New Great Game debrief',
    });
    const doc = JSON.parse(debriefJson([a], when)) as { matches: { rounds: { rope: number }[]; label: unknown }[] };
    const round = doc.matches[0]?.rounds[0];
    if (round === undefined) throw new Error('no round');
    round.rope = 99;
    const bad = readDebriefFile(JSON.stringify(doc));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/^the debrief is damaged at matches\.0\.rounds\.0\.rope: /);
    expect(bad).toMatchObject({ code: 'damaged', where: 'matches.0.rounds.0.rope' });
    round.rope = 0;
    (doc.matches[0] as { label: unknown }).label = { html: '<b>x</b>' };
    expect(readDebriefFile(JSON.stringify(doc)).ok).toBe(false);
    expect(readDebriefFile(' '.repeat(MAX_DEBRIEF_FILE_BYTES + 1))).toEqual({
      ok: false,
      code: 'tooLarge',
      reason: 'the file is larger than 5 MB',
    });
  });

  it('merges files, keeping one copy of each match', () => {
    expect(mergeMatches([[a], [a, b], [b]]).map((m) => m.id)).toEqual(['a', 'b']);
  });
});
