// The rubric against a real server, on SQLite and on PostgreSQL: after a match played to the
// end, the teacher reads each student's suggestions counted from their own decisions,
// accepts two, changes one, edits the criteria; bad edits and grades are refused with a code
// and store nothing; the JSON export and rubric.csv hold the criteria and every grade.
import { expect, it } from 'vitest';
import { DEFAULT_RUBRIC } from '../../src/classroom/rubric';
import { onBothStores, playedLesson, teacher } from './classHelpers';

interface View {
  criteria: { id: string; label: string }[];
  students: {
    studentId: string;
    nickname: string;
    facts: { role: string; cards: number };
    suggestions: { criterion: string; text: string }[];
    grades: { criterion: string; text: string; source: string }[];
  }[];
}

await onBothStores('the rubric', 'rubric', (server) => {
  it('suggests from each student’s decisions, stores accepted and changed grades, and exports them', async () => {
    const t = server();
    const { c, ada, bo, roles } = await playedLesson(t.url);
    const view = (await teacher(t.url, c, 'rubric')).body as unknown as View;
    expect(view.criteria).toEqual(DEFAULT_RUBRIC);
    const byNick = Object.fromEntries(view.students.map((s) => [s.nickname, s]));
    // Each suggestion speaks of the side the student was dealt (the pairing shuffles roles).
    expect([roles.ada, roles.bo].sort()).toEqual(['china', 'russia']);
    expect(byNick['Ada Bek']?.facts.role).toBe(roles.ada);
    expect(byNick['Bo Lan']?.facts.role).toBe(roles.bo);
    // The match was played to the end: each side played cards, and its suggestion says how many.
    for (const s of view.students) {
      expect(s.facts.cards).toBeGreaterThan(0);
      expect(s.suggestions.map((x) => x.criterion)).toEqual(DEFAULT_RUBRIC.map((x) => x.id));
      expect(s.suggestions[0]?.text).toMatch(new RegExp(`^played ${s.facts.cards} cards? `));
      expect(s.grades).toEqual([]);
    }
    const adaSuggests = byNick['Ada Bek']?.suggestions ?? [];

    const grade = (body: Record<string, unknown>) => teacher(t.url, c, 'grade', body);
    expect((await grade({ student: ada.studentId, criterion: 'evidence', accept: true })).status).toBe(200);
    expect((await grade({ student: ada.studentId, criterion: 'constructivist', accept: true })).status).toBe(200);
    const own = await grade({ student: bo.studentId, criterion: 'agency', text: 'Name the policy you feared.' });
    expect(own.status).toBe(200);
    const before = (await teacher(t.url, c, 'rubric')).body;
    const refusals: [Record<string, unknown>, number, string][] = [
      [{ student: ada.studentId, criterion: 'spelling', text: 'x' }, 404, 'noCriterion'],
      [{ student: 's-nobody', criterion: 'evidence', text: 'x' }, 400, 'noStudent'],
      [{ student: ada.studentId, criterion: 'evidence', text: '<b>A</b>' }, 400, 'commentMarkup'],
      [{ student: ada.studentId, criterion: 'evidence', text: 'x'.repeat(1001) }, 400, 'commentLong'],
      [{ student: ada.studentId, criterion: 'evidence', accept: false }, 400, 'malformed'],
    ];
    for (const [body, status, code] of refusals) {
      const r = await grade(body);
      expect(r.status, code).toBe(status);
      expect(r.body.code, code).toBe(code);
    }
    const criteria = (list: unknown) => teacher(t.url, c, 'rubric/criteria', { criteria: list });
    expect((await criteria([])).body).toMatchObject({ code: 'rubricCount', params: { max: 6 } });
    expect((await criteria([{ label: 'A <i>b</i>' }])).body).toMatchObject({ code: 'rubricLabel' });
    expect(
      (await teacher(t.url, c, 'grade', { student: ada.studentId, criterion: 'evidence', text: 'x' }, 'k'.repeat(43)))
        .status,
    ).toBe(403);
    expect((await teacher(t.url, c, 'rubric')).body).toEqual(before);

    const graded = (before as unknown as View).students;
    expect(
      Object.fromEntries(graded.map((s) => [s.nickname, s.grades.map((g) => [g.criterion, g.text, g.source])])),
    ).toEqual({
      'Ada Bek': [
        ['evidence', adaSuggests[0]?.text, 'suggested'],
        ['constructivist', adaSuggests[2]?.text, 'suggested'],
      ],
      'Bo Lan': [['agency', 'Name the policy you feared.', 'teacher']],
    });

    // The teacher renames a criterion (its grades stay) and adds one.
    const edited = await criteria([
      { id: 'evidence', label: 'Evidence from your own game' },
      { id: 'constructivist', label: 'Values and relations' },
      { id: 'agency', label: "Kazakhstan's agency" },
      { label: 'Clarity' },
    ]);
    expect(edited.status).toBe(200);
    expect((edited.body as unknown as View).criteria.map((x) => x.id)).toEqual([
      'evidence',
      'constructivist',
      'agency',
      'c4',
    ]);

    const json = JSON.parse((await teacher(t.url, c, 'export.json')).text) as { rubric: View };
    expect(json.rubric.criteria[0]).toEqual({ id: 'evidence', label: 'Evidence from your own game' });
    expect(json.rubric.students.flatMap((s) => s.grades.map((g) => g.source)).sort()).toEqual([
      'suggested',
      'suggested',
      'teacher',
    ]);
    const csv = (await teacher(t.url, c, 'rubric.csv')).text.split('\r\n').filter((l) => l !== '');
    expect(csv[0]).toBe('match_id,nickname,criterion,label,suggestion,grade,source');
    expect(csv).toHaveLength(1 + 2 * 4);
    expect(csv.filter((l) => l.endsWith(',suggested'))).toHaveLength(2);
    expect(csv.some((l) => l.includes('Bo Lan,agency') && l.endsWith('Name the policy you feared.,teacher'))).toBe(
      true,
    );
  }, 120_000);
});
