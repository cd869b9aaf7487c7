// A session's life: students join while it is open, the teacher extends or ends it, and
// names which of its matches an action applies to. Each rule takes the record and answers
// with a new record (or a value) or a coded refusal.
import type { ClassStatus, Language } from '../online/classroom';
import { refused } from '../online/reasons';
import { no, ok, type Decision } from './decision';
import { checkNickname, nicknameTaken, type Pick } from './nickname';
import type { ClassRecord, StudentRecord } from './record';

/** A session takes at most this many students. */
export const MAX_STUDENTS = 500;

/** Everything a teacher does to a session needs it still open. */
export function mustBeOpen(record: ClassRecord): Decision<ClassRecord> {
  return record.status === 'ended' ? no(refused('sessionEnded')) : ok(record);
}

/** A fresh student id, not one of the session's (ten hex digits after an "s"). */
export function newStudentId(record: ClassRecord, pick: Pick): string {
  for (;;) {
    let id = 's';
    for (let i = 0; i < 10; i++) id += pick(16).toString(16);
    if (!record.students.some((s) => s.id === id)) return id;
  }
}

/**
 * A student joins under a nickname: refused when the session has ended, the nickname
 * breaks the rules or is taken (alike in case or form), or the session is full.
 */
export function joinStudent(
  record: ClassRecord,
  rawNickname: unknown,
  fresh: { readonly tokenHash: string; readonly now: number; readonly pick: Pick },
): Decision<{ readonly record: ClassRecord; readonly student: StudentRecord }> {
  const checked = checkNickname(rawNickname);
  if (!checked.ok) return checked;
  const open = mustBeOpen(record);
  if (!open.ok) return open;
  const nickname = checked.value;
  if (
    nicknameTaken(
      record.students.map((s) => s.nickname),
      nickname,
    )
  )
    return no(refused('nicknameTaken', { nickname }));
  if (record.students.length >= MAX_STUDENTS) return no(refused('classFull', { max: MAX_STUDENTS }));
  const student: StudentRecord = {
    id: newStudentId(record, fresh.pick),
    nickname,
    tokenHash: fresh.tokenHash,
    joinedAt: fresh.now,
    matchID: null,
    playerID: null,
  };
  return ok({ record: { ...record, students: [...record.students, student] }, student });
}

/** The session's end moves `minutes` later (counted from now when it had no end or it has passed). */
export function extendSession(record: ClassRecord, minutes: number, now: number): Decision<ClassRecord> {
  const open = mustBeOpen(record);
  if (!open.ok) return open;
  return ok({ ...record, endsAt: Math.max(record.endsAt ?? now, now) + minutes * 60_000 });
}

/** The session ends now (ending it again is allowed: it finishes what a crash interrupted). */
export function endSession(record: ClassRecord, now: number): ClassRecord {
  return { ...record, status: 'ended', endsAt: now };
}

/** The matches an action names (all of the session's when none are named); each must be the session's. */
export function targetMatches(record: ClassRecord, matchIDs: readonly string[] | undefined): Decision<string[]> {
  if (matchIDs === undefined) return ok(record.matches.map((m) => m.matchID));
  for (const id of matchIDs)
    if (!record.matches.some((m) => m.matchID === id)) return no(refused('notInClass', { matchID: id.slice(0, 64) }));
  return ok([...new Set(matchIDs)]);
}

/** What anyone may know of a session from its code alone. */
export function sessionSummary(record: ClassRecord): {
  code: string;
  scenario: string;
  players: 2 | 3;
  language: Language;
  status: ClassStatus;
  students: number;
} {
  return {
    code: record.code,
    scenario: record.scenario,
    players: record.players,
    language: record.language,
    status: record.status,
    students: record.students.length,
  };
}

/** The session's student with this id, or refused. */
function studentById(record: ClassRecord, studentId: string): Decision<StudentRecord> {
  const student = record.students.find((s) => s.id === studentId);
  return student === undefined ? no(refused('noStudent', { id: studentId.slice(0, 40) })) : ok(student);
}

/**
 * The teacher renames a student (a nickname that is a full name, or rude): the same rules
 * as a nickname typed at the join, and not one another student of the session has.
 */
export function renameStudent(
  record: ClassRecord,
  studentId: string,
  rawNickname: unknown,
): Decision<{ readonly record: ClassRecord; readonly student: StudentRecord }> {
  const found = studentById(record, studentId);
  if (!found.ok) return found;
  const checked = checkNickname(rawNickname);
  if (!checked.ok) return checked;
  const nickname = checked.value;
  const others = record.students.filter((s) => s.id !== studentId).map((s) => s.nickname);
  if (nicknameTaken(others, nickname)) return no(refused('nicknameTaken', { nickname }));
  const student = { ...found.value, nickname };
  return ok({
    record: { ...record, students: record.students.map((s) => (s.id === studentId ? student : s)) },
    student,
  });
}

/**
 * The teacher removes a student who is still waiting (joined twice, or by mistake): their
 * token is refused from then on. A student seated in a match stays (the match needs the seat).
 */
export function removeStudent(record: ClassRecord, studentId: string): Decision<ClassRecord> {
  const found = studentById(record, studentId);
  if (!found.ok) return found;
  if (found.value.matchID !== null) return no(refused('studentSeated', { nickname: found.value.nickname }));
  return ok({ ...record, students: record.students.filter((s) => s.id !== studentId) });
}
