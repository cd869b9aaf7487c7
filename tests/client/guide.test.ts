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
      ...T.session.flat(),
      T.sessionIntro,
      T.realism.text,
      T.constructivism.text,
      ...T.questions,
      ...Object.values(T.guideSections),
    ];
    for (const t of texts) expect(doc, t).toContain(norm(t));
  });

  it('describes the class session step by step, and no longer says its features are missing', () => {
    expect(T.session.map((r) => r[0])).toEqual([
      'Create a session',
      'Students join',
      'Pair',
      'Dashboard',
      'Pause',
      'Inject an event',
      'Extend or end',
      'Debrief',
    ]);
    for (const [step] of T.session) expect(doc).toMatch(new RegExp(`\\| ${step} \\| [^\\n]+ \\|`));
    for (const text of [doc, norm(T.session.flat().join(' ')), norm(T.sessionIntro)])
      expect(text).not.toMatch(/not yet|coming soon|being built/i);
    expect(doc).toContain(norm(T.sessionIntro));
  });
});
