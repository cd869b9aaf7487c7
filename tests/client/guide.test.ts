// The in-game teacher's guide and docs/TEACHERS.md say the same thing: every goal,
// lesson step, session step, reading and question of the one is in the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASSROOM_TEXT as T } from '../../src/ui/classroomText';

const norm = (s: string): string => s.replace(/\*\*/g, '').replace(/[’]/g, "'").replace(/\s+/g, ' ').trim();
const doc = norm(readFileSync(new URL('../../docs/TEACHERS.md', import.meta.url), 'utf8'));

describe("the teacher's guide", () => {
  it('matches docs/TEACHERS.md', () => {
    const texts = [
      T.guideQuestion,
      ...T.goals,
      ...T.lesson45.flat(),
      ...T.lesson90.flat(),
      ...T.session.map((r) => r[0]),
      ...T.session.map((r) => r[1]),
      T.realism.text,
      T.constructivism.text,
      ...T.questions,
      ...Object.values(T.guideSections),
    ];
    for (const t of texts) expect(doc, t).toContain(norm(t));
  });

  it('says plainly which classroom steps are not available yet', () => {
    const notYet = T.session.filter((r) => r[2].startsWith('Not yet')).map((r) => r[0]);
    expect(notYet).toEqual(['Create a session', 'Students join', 'Dashboard', 'Pause']);
    for (const step of notYet) expect(doc).toMatch(new RegExp(`\\| ${step} \\|[^\\n]*\\| Not yet`));
  });
});
