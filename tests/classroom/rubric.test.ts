// The rubric's rules and suggestions, on plain records and hand-written logs: the counts
// come from the seat's own logged decisions only, the Wariness line names the round it
// first reached the limit, and a teacher's rubric or grade that is no plain text is refused.
import { describe, expect, it } from 'vitest';
import type { CardId, PolicyId } from '../../src/content/ids';
import type { Cause, LogEntry } from '../../src/game/state';
import { DEFAULT_RUBRIC, gradeStudent, gradesOf, rubricOf, setRubric } from '../../src/classroom/rubric';
import { decisionFacts, suggestionsOf } from '../../src/classroom/suggest';
import { NOW, session, withStudents } from './fixtures';

const by = (who: 'russia' | 'china' | 'kazakhstan', id = 'softPower'): Cause => ({ type: 'action', id, by: who });
const card = 'c-eaeu-treaty' as CardId;

/** Russia: two cards, soft power four times (three succeed), one pressure; Wariness of Russia crosses 7 in round 4. */
const LOG: LogEntry[] = [
  { kind: 'play', round: 1, power: 'russia', card, mode: 'event' },
  { kind: 'play', round: 1, power: 'china', card, mode: 'ops' },
  ...[1, 2, 3, 3].map((round, i): LogEntry => ({
    kind: 'roll',
    round,
    power: 'russia',
    action: 'softPower',
    die: 4,
    total: 5,
    target: 4,
    success: i !== 1,
  })),
  { kind: 'roll', round: 2, power: 'russia', action: 'pressure', die: 2, total: 2, target: 4, success: false },
  { kind: 'roll', round: 2, power: 'china', action: 'softPower', die: 6, total: 6, target: 4, success: true },
  {
    kind: 'value',
    round: 2,
    value: 'warinessRussia',
    delta: 1,
    after: 6,
    cause: by('russia', 'pressure'),
    lens: 'ideational',
  },
  { kind: 'value', round: 3, value: 'reform', delta: 1, after: 4, cause: by('russia'), lens: 'ideational' },
  { kind: 'value', round: 4, value: 'warinessRussia', delta: 1, after: 7, cause: by('china'), lens: 'ideational' },
  { kind: 'rope', round: 3, delta: -2, after: -2, cause: by('russia'), lens: 'ideational' },
  { kind: 'rope', round: 3, delta: -1, after: -3, cause: { type: 'scoring' }, lens: 'material' },
  { kind: 'rope', round: 4, delta: 3, after: 0, cause: { type: 'scoring' }, lens: 'material' },
  {
    kind: 'project',
    round: 2,
    power: 'russia',
    tile: 'astana',
    project: 'railway',
    cause: by('russia', 'invest'),
    lens: 'material',
  },
  { kind: 'policy', round: 2, policy: 'p-x' as PolicyId, by: 'player' },
  { kind: 'policy', round: 3, policy: 'p-y' as PolicyId, by: 'automaton' },
  { kind: 'play', round: 2, power: 'russia', card, mode: 'ops' },
];
const END = { reform: 4, identity: 5, warinessRussia: 7, warinessChina: 3 };

describe('rubric suggestions', () => {
  it("count only the seat's own decisions and name the round Wariness reached the limit", () => {
    const f = decisionFacts(LOG, 'russia', END);
    expect(f).toMatchObject({
      cards: 2,
      cardsForEvent: 1,
      softPower: 4,
      softPowerSucceeded: 3,
      pressure: 1,
      projects: 1,
      ropeMaterial: 1,
      ropeIdeational: 2,
      warinessReachedIn: 4,
      warinessEnd: 7,
      valuesMoved: 2,
    });
    const s = suggestionsOf(f);
    expect(s.map((x) => x.criterion)).toEqual(DEFAULT_RUBRIC.map((c) => c.id));
    expect(s[0]?.text).toBe(
      'played 2 cards (1 for their event); used soft power 4 times (3 succeeded) and pressure once',
    );
    expect(s[2]?.text).toBe(
      'pulled the rope 2 steps your way through values; kept Wariness of you below 7 until round 4',
    );
  });

  it('say Wariness stayed below the limit, or was over it from the start', () => {
    const china = decisionFacts(LOG, 'china', END);
    expect(china).toMatchObject({
      softPower: 1,
      cards: 1,
      ropeMaterial: 3,
      ropeIdeational: 0,
      warinessReachedIn: null,
    });
    expect(suggestionsOf(china)[2]?.text).toContain('kept Wariness of you below 7 throughout');
    // Wariness of China ended at 8 with no logged change: it started there.
    const wary = decisionFacts(LOG, 'china', { ...END, warinessChina: 8 });
    expect(wary.warinessReachedIn).toBe(1);
    expect(suggestionsOf(wary)[2]?.text).toContain('Wariness of you was 7 or more from round 1');
  });

  it("count Kazakhstan's own policies, not the automaton's", () => {
    const kz = decisionFacts(LOG, 'kazakhstan', END);
    expect(kz).toMatchObject({ policies: 1, warinessReachedIn: null, cards: 0 });
    expect(suggestionsOf(kz)[3]?.text).toBe('adopted 1 policy as Kazakhstan');
  });
});

describe('rubric rules', () => {
  const record = withStudents(session(), ['Ada', 'Bo']);
  const ada = record.students[0]?.id ?? '';

  it('is the default until the teacher edits it, and refuses what is no plain label', () => {
    expect(rubricOf(record)).toEqual(DEFAULT_RUBRIC);
    const edited = setRubric(record, [{ id: 'evidence', label: ' Evidence from your game ' }, { label: 'Spelling' }]);
    expect(edited.ok && rubricOf(edited.value)).toEqual([
      { id: 'evidence', label: 'Evidence from your game' },
      { id: 'c2', label: 'Spelling' },
    ]);
    const bad = (labels: unknown[]) =>
      setRubric(
        record,
        labels.map((label) => ({ label })),
      );
    expect(bad([])).toMatchObject({ ok: false, refusal: { code: 'rubricCount', params: { max: 6 } } });
    expect(bad(Array(7).fill('x'))).toMatchObject({ ok: false, refusal: { code: 'rubricCount' } });
    for (const label of ['', '<i>x</i>', 'x'.repeat(121), 3])
      expect(bad([label])).toMatchObject({ ok: false, refusal: { code: 'rubricLabel', params: { max: 120 } } });
  });

  it('stores an accepted suggestion or the teacher’s words per student and criterion', () => {
    const accepted = gradeStudent(
      record,
      { studentId: ada, criterion: 'realist' },
      { accept: 'built 2 projects' },
      NOW,
    );
    if (!accepted.ok) throw new Error(accepted.refusal.code);
    const changed = gradeStudent(
      accepted.value,
      { studentId: ada, criterion: 'agency' },
      { text: 'Good on policies.' },
      NOW,
    );
    if (!changed.ok) throw new Error(changed.refusal.code);
    expect(gradesOf(changed.value, ada).map((g) => [g.criterion, g.text, g.source])).toEqual([
      ['realist', 'built 2 projects', 'suggested'],
      ['agency', 'Good on policies.', 'teacher'],
    ]);
    const g = (criterion: string, input: Parameters<typeof gradeStudent>[2], studentId = ada) =>
      gradeStudent(record, { studentId, criterion }, input, NOW);
    expect(g('spelling', { text: 'x' })).toMatchObject({ ok: false, refusal: { code: 'noCriterion' } });
    expect(g('realist', { text: 'x' }, 's-nobody')).toMatchObject({ ok: false, refusal: { code: 'noStudent' } });
    expect(g('realist', { accept: undefined })).toMatchObject({ ok: false, refusal: { code: 'noSuggestion' } });
    expect(g('realist', { text: '<b>8/10</b>' })).toMatchObject({ ok: false, refusal: { code: 'commentMarkup' } });
    expect(g('realist', { text: 'y'.repeat(1001) })).toMatchObject({ ok: false, refusal: { code: 'commentLong' } });
  });
});
