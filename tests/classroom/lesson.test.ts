// The end of a lesson over plain records: renaming and removing a student, and what a
// student and the dashboard are told of a match the end of the session stopped.
import { describe, expect, it } from 'vitest';
import { assignMatches } from '../../src/classroom/pairing';
import { endedResult, endedUnfinished, meOf } from '../../src/classroom/projection';
import { endSession, removeStudent, renameStudent } from '../../src/classroom/session';
import { NOW, session, withStudents } from './fixtures';

const seated = () => {
  const r = withStudents(session(), ['Ada', 'Bo', 'Cy']);
  const [ada, bo] = r.students;
  return assignMatches(r, [{ matchID: 'm1', seats: { '0': ada?.id ?? '', '1': bo?.id ?? '' } }]);
};

describe('renaming a student', () => {
  it('gives a waiting or a seated student a new nickname, by the nickname rules', () => {
    const r = seated();
    const cy = r.students[2]?.id ?? '';
    const ada = r.students[0]?.id ?? '';
    const renamed = renameStudent(r, cy, '  Swift Fox ');
    expect(renamed.ok && renamed.value.record.students.map((s) => s.nickname)).toEqual(['Ada', 'Bo', 'Swift Fox']);
    const seatedRename = renameStudent(r, ada, 'Blue Owl');
    expect(seatedRename.ok && seatedRename.value.student).toMatchObject({ nickname: 'Blue Owl', matchID: 'm1' });
    // Keeping one's own name (in another case) is allowed; another student's is not.
    expect(renameStudent(r, ada, 'ADA').ok).toBe(true);
    expect(renameStudent(r, ada, 'bo')).toEqual({
      ok: false,
      refusal: { code: 'nicknameTaken', params: { nickname: 'bo' } },
    });
    expect(renameStudent(r, ada, '<i>x</i>')).toEqual({ ok: false, refusal: { code: 'nicknameMarkup', params: {} } });
    expect(renameStudent(r, 'nobody', 'Fine')).toEqual({
      ok: false,
      refusal: { code: 'noStudent', params: { id: 'nobody' } },
    });
    // The record it was given is unchanged.
    expect(r.students.map((s) => s.nickname)).toEqual(['Ada', 'Bo', 'Cy']);
  });
});

describe('removing a student', () => {
  it('removes a waiting student and refuses to remove one seated in a match', () => {
    const r = seated();
    const cy = r.students[2]?.id ?? '';
    const removed = removeStudent(r, cy);
    expect(removed.ok && removed.value.students.map((s) => s.nickname)).toEqual(['Ada', 'Bo']);
    expect(removeStudent(r, r.students[0]?.id ?? '')).toEqual({
      ok: false,
      refusal: { code: 'studentSeated', params: { nickname: 'Ada' } },
    });
    expect(removeStudent(r, 'nobody').ok).toBe(false);
    expect(r.students).toHaveLength(3);
  });
});

describe('a match the end of the session stopped', () => {
  const running = (rope: number) => ({ G: { rope, result: null }, ctx: { gameover: undefined } });
  const over = { G: { rope: 20, result: { winner: 'china' as const, reason: 'rope' as const } }, ctx: {} };

  it('has a result by the rope once the session ended, and none before or for a finished match', () => {
    const r = seated();
    const ended = endSession(r, NOW + 60_000);
    expect(endedUnfinished(r, running(3))).toBe(false);
    expect(endedResult(r, running(3))).toBeNull();
    expect(endedResult(ended, running(3))).toEqual({ leader: 'china', rope: 3 });
    expect(endedResult(ended, running(-5))).toEqual({ leader: 'russia', rope: -5 });
    expect(endedResult(ended, running(0))).toEqual({ leader: null, rope: 0 });
    expect(endedUnfinished(ended, over as never)).toBe(false);
    expect(endedResult(ended, over as never)).toBeNull();
  });

  it("is in the student's own view with their seat", () => {
    const ended = endSession(seated(), NOW + 60_000);
    const ada = ended.students[0];
    if (ada === undefined) throw new Error('no student');
    const metadata = { players: { '0': { id: 0, name: 'Ada', credentials: 'c0' } }, updatedAt: NOW };
    const me = meOf(ended, ada, metadata, running(-2));
    expect(me).toMatchObject({ status: 'ended', ended: { leader: 'russia', rope: -2 }, match: { matchID: 'm1' } });
    const waiting = ended.students[2];
    if (waiting === undefined) throw new Error('no student');
    expect(meOf(ended, waiting, undefined).ended).toBeUndefined();
  });
});
