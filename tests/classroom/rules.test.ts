// The classroom's rules over plain records, without a server: nicknames, joining,
// pairing, the hold on a match, who may read what, and the session's times.
import { describe, expect, it } from 'vitest';
import { isTeacher, mayReadDebrief, mustBeStudent, sameDigest, studentByDigest } from '../../src/classroom/access';
import { classHoldGate, holdOf, holdPatch, HOLD_FIELD } from '../../src/classroom/hold';
import { mayInject } from '../../src/classroom/inject';
import { checkNickname, generatedNickname, nicknameTaken } from '../../src/classroom/nickname';
import { assignMatches, classMatchSetup, pairingGroups, planPairing, seatGroup } from '../../src/classroom/pairing';
import { endSession, extendSession, joinStudent, MAX_STUDENTS, targetMatches } from '../../src/classroom/session';
import { NICKNAME_MAX } from '../../src/online/classroom';
import { NOW, seededPick, session, withStudents } from './fixtures';

const refusal = (d: { ok: boolean; refusal?: { code: string } }): string | undefined =>
  d.ok ? undefined : d.refusal?.code;

describe('nicknames', () => {
  it('are cleaned, and refused with the rule they break', () => {
    expect(checkNickname('  Айгерим  ')).toEqual({ ok: true, value: 'Айгерим' });
    expect(checkNickname('小龙   7')).toEqual({ ok: true, value: '小龙 7' });
    const cases: [unknown, string, Record<string, unknown>][] = [
      ['', 'nicknameEmpty', {}],
      ['   ', 'nicknameEmpty', {}],
      ['x'.repeat(10_000), 'nicknameLong', { max: NICKNAME_MAX }],
      ['x'.repeat(NICKNAME_MAX + 1), 'nicknameLong', { max: NICKNAME_MAX }],
      ['<b>Ada</b>', 'nicknameMarkup', {}],
      ['Ada\u0007', 'nicknameChars', { problem: 'control' }],
      ['Ada{}', 'nicknameChars', { problem: 'chars' }],
      [42, 'nicknameChars', { problem: 'text' }],
    ];
    for (const [raw, code, params] of cases)
      expect(checkNickname(raw), String(raw).slice(0, 20)).toEqual({ ok: false, refusal: { code, params } });
  });

  it('that read alike are the same nickname, and the generated ones avoid those taken', () => {
    expect(nicknameTaken(['Айгерим'], 'айгерим')).toBe(true);
    expect(nicknameTaken(['Ada  Lovelace'], 'ada lovelace')).toBe(true);
    expect(nicknameTaken(['Ada'], 'Bo')).toBe(false);
    const taken: string[] = [];
    for (let i = 0; i < 200; i++) taken.push(generatedNickname(taken, seededPick(i + 1)));
    expect(new Set(taken.map((n) => n.toLowerCase())).size).toBe(200);
    for (const n of taken) expect(checkNickname(n)).toEqual({ ok: true, value: n });
  });
});

describe('joining', () => {
  it('adds a student with a fresh id and changes nothing in the record it was given', () => {
    const before = session();
    const joined = joinStudent(before, 'Ada', { tokenHash: 'h', now: NOW, pick: seededPick() });
    expect(joined.ok).toBe(true);
    if (!joined.ok) return;
    expect(before.students).toEqual([]);
    expect(joined.value.record.students).toEqual([joined.value.student]);
    expect(joined.value.student).toMatchObject({ nickname: 'Ada', tokenHash: 'h', matchID: null, joinedAt: NOW });
    expect(joined.value.student.id).toMatch(/^s[0-9a-f]{10}$/);
  });

  it('refuses a taken nickname, an ended session and a full one', () => {
    const r = withStudents(session(), ['Ada']);
    const fresh = { tokenHash: 'h', now: NOW, pick: seededPick() };
    expect(joinStudent(r, 'ADA', fresh)).toEqual({
      ok: false,
      refusal: { code: 'nicknameTaken', params: { nickname: 'ADA' } },
    });
    expect(refusal(joinStudent(endSession(r, NOW), 'Bo', fresh))).toBe('sessionEnded');
    // The nickname's own rules come first, even in an ended session.
    expect(refusal(joinStudent(endSession(r, NOW), '', fresh))).toBe('nicknameEmpty');
    const full = withStudents(
      session(),
      Array.from({ length: MAX_STUDENTS }, (_, i) => `S ${i}`),
    );
    expect(joinStudent(full, 'Late', fresh)).toEqual({
      ok: false,
      refusal: { code: 'classFull', params: { max: MAX_STUDENTS } },
    });
    expect(new Set(full.students.map((s) => s.id)).size).toBe(MAX_STUDENTS);
  });
});

describe('pairing', () => {
  it('groups the waiting students in join order, the last group short', () => {
    const r = withStudents(session(3), ['A', 'B', 'C', 'D']);
    const groups = pairingGroups(r, 'auto');
    const ids = r.students.map((s) => s.id);
    expect(groups).toEqual({ ok: true, value: [ids.slice(0, 3), ids.slice(3)] });
  });

  it("checks the teacher's groups", () => {
    const r = withStudents(session(3), ['A', 'B', 'C', 'D']);
    const [a, b, c, d] = r.students.map((s) => s.id) as [string, string, string, string];
    expect(pairingGroups(r, [[a, b, c, d]])).toEqual({ ok: false, refusal: { code: 'groupSize', params: { max: 3 } } });
    expect(pairingGroups(r, [[a, 'nobody']])).toEqual({
      ok: false,
      refusal: { code: 'noStudent', params: { id: 'nobody' } },
    });
    expect(pairingGroups(r, [[a, b], [b]])).toEqual({
      ok: false,
      refusal: { code: 'twoGroups', params: { nickname: 'B' } },
    });
    const paired = assignMatches(r, [{ matchID: 'm1', seats: { '0': a, '1': null, '2': null } }]);
    expect(pairingGroups(paired, [[a]])).toEqual({
      ok: false,
      refusal: { code: 'alreadyPaired', params: { nickname: 'A' } },
    });
    expect(pairingGroups(paired, [[d]]).ok).toBe(true);
    expect(refusal(pairingGroups(session(), 'auto'))).toBe('noneWaiting');
    expect(refusal(pairingGroups(endSession(r, NOW), 'auto'))).toBe('sessionEnded');
  });

  it('shuffles the roles within a group and leaves the rest to the computer', () => {
    const r = withStudents(session(3), ['A', 'B']);
    const ids = r.students.map((s) => s.id);
    const roles = new Set<string>();
    for (let seed = 1; seed < 40; seed++) {
      const seats = seatGroup(r, ids, seededPick(seed));
      expect(Object.keys(seats).sort()).toEqual(['0', '1', '2']);
      expect(Object.values(seats).filter((x) => x === null)).toHaveLength(1);
      expect(new Set(Object.values(seats))).toEqual(new Set([...ids, null]));
      roles.add(Object.entries(seats).find(([, id]) => id === ids[0])?.[0] ?? '');
    }
    expect(roles).toEqual(new Set(['0', '1', '2']));
  });

  it('describes each match for its creation and records the assignment', () => {
    const r = withStudents(session(2), ['A', 'B', 'C']);
    const plan = planPairing(r, 'auto', seededPick(3));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.value).toHaveLength(2);
    const alone = plan.value[1] ?? {};
    const setup = classMatchSetup(r, alone);
    const botSeat = Object.entries(alone).find(([, id]) => id === null)?.[0] ?? '';
    expect(setup.setupData).toEqual({
      scenario: 'classroom-quick',
      players: 2,
      online: { bots: { [botSeat]: 'easy' }, turnSeconds: 60 },
      class: 'K7QX2M',
    });
    expect(Object.values(setup.people)).toEqual([{ name: 'C', studentId: r.students[2]?.id }]);
    const after = assignMatches(
      r,
      plan.value.map((seats, i) => ({ matchID: `m${i}`, seats })),
    );
    expect(after.status).toBe('running');
    expect(after.matches.map((m) => m.matchID)).toEqual(['m0', 'm1']);
    for (const s of after.students) {
      const m = after.matches.find((x) => x.matchID === s.matchID);
      expect(m?.seats[s.playerID ?? '']).toBe(s.id);
    }
    expect(r.students.every((s) => s.matchID === null)).toBe(true);
  });
});

describe('the hold on a match', () => {
  it('is read from the metadata (and from holds stored as sentences), and gates every move', () => {
    expect(holdOf({ [HOLD_FIELD]: 'paused' })).toBe('paused');
    expect(holdOf({ [HOLD_FIELD]: 'sessionEnded' })).toBe('sessionEnded');
    expect(holdOf({ [HOLD_FIELD]: 'the teacher has paused the match' })).toBe('paused');
    expect(holdOf({ [HOLD_FIELD]: 'the class session has ended' })).toBe('sessionEnded');
    expect(holdOf({ [HOLD_FIELD]: 'toString' })).toBeNull();
    expect(holdOf({})).toBeNull();
    expect(holdOf(undefined)).toBeNull();
    expect(classHoldGate({ metadata: { [HOLD_FIELD]: 'paused' } })).toEqual({ code: 'paused', params: {} });
    expect(classHoldGate({ metadata: { [HOLD_FIELD]: 'sessionEnded' } })).toEqual({
      code: 'sessionEnded',
      params: {},
    });
    expect(classHoldGate({ metadata: {} })).toBeNull();
    expect(holdPatch(null)).toEqual({ [HOLD_FIELD]: null });
  });
});

describe('who is who', () => {
  const r = assignMatches(withStudents(session(), ['Ada', 'Bo', 'Cy']), []);
  const [ada, bo] = r.students;
  const paired = assignMatches(r, [{ matchID: 'm1', seats: { '0': ada?.id ?? '', '1': null } }]);

  it('compares digests in full and finds the teacher and students by them', () => {
    expect(sameDigest('abcd', 'abcd')).toBe(true);
    expect(sameDigest('abcd', 'abce')).toBe(false);
    expect(sameDigest('abcd', 'abc')).toBe(false);
    expect(sameDigest('', '')).toBe(false);
    expect(isTeacher(r, 'ab'.repeat(32))).toBe(true);
    expect(isTeacher(r, 'ab'.repeat(31))).toBe(false);
    expect(isTeacher(r, undefined)).toBe(false);
    expect(studentByDigest(r, 't-Bo')?.id).toBe(bo?.id);
    expect(mustBeStudent(r, 't-Nobody')).toEqual({ ok: false, refusal: { code: 'notStudent', params: {} } });
  });

  it("shows a match's debrief to the teacher and that match's students only", () => {
    expect(mayReadDebrief(paired, 'm1', { keyDigest: 'ab'.repeat(32) }).ok).toBe(true);
    expect(mayReadDebrief(paired, 'm1', { tokenDigest: 't-Ada' }).ok).toBe(true);
    expect(refusal(mayReadDebrief(paired, 'm1', { tokenDigest: 't-Bo' }))).toBe('debriefForbidden');
    expect(refusal(mayReadDebrief(paired, 'm1', {}))).toBe('debriefForbidden');
    expect(refusal(mayReadDebrief(paired, 'm2', { keyDigest: 'ab'.repeat(32) }))).toBe('noClassMatch');
  });
});

describe("the session's times and targets", () => {
  it('extends from now or from a later end, and refuses once ended', () => {
    const r = session();
    const once = extendSession(r, 10, NOW);
    expect(once).toMatchObject({ ok: true, value: { endsAt: NOW + 10 * 60_000 } });
    if (!once.ok) return;
    expect(extendSession(once.value, 5, NOW + 60_000)).toMatchObject({ value: { endsAt: NOW + 15 * 60_000 } });
    // An end already past counts from now.
    expect(extendSession(once.value, 5, NOW + 60 * 60_000)).toMatchObject({ value: { endsAt: NOW + 65 * 60_000 } });
    const ended = endSession(once.value, NOW + 1);
    expect(ended).toMatchObject({ status: 'ended', endsAt: NOW + 1 });
    expect(refusal(extendSession(ended, 5, NOW))).toBe('sessionEnded');
  });

  it("names only the session's own matches, each once", () => {
    const r = assignMatches(withStudents(session(), ['A', 'B']), [
      { matchID: 'm1', seats: { '0': null, '1': null } },
      { matchID: 'm2', seats: { '0': null, '1': null } },
    ]);
    expect(targetMatches(r, undefined)).toEqual({ ok: true, value: ['m1', 'm2'] });
    expect(targetMatches(r, ['m2', 'm2'])).toEqual({ ok: true, value: ['m2'] });
    expect(targetMatches(r, ['m3'])).toEqual({ ok: false, refusal: { code: 'notInClass', params: { matchID: 'm3' } } });
    expect(refusal(mayInject(r, 'e-no-such-event'))).toBe('noWorldEvent');
    expect(refusal(mayInject(endSession(r, NOW), 'e-invasion-of-ukraine'))).toBe('sessionEnded');
    expect(mayInject(r, 'e-invasion-of-ukraine').ok).toBe(true);
  });
});
