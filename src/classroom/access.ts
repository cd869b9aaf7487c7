// Who is who in a session: the teacher (by the digest of the teacher key), a student (by
// the digest of their token), and who may read a match's debrief. The server hashes what
// it was sent (SHA-256) and passes the digest here; nothing secret is kept in a record.
import { refused } from '../online/reasons';
import { no, ok, type Decision } from './decision';
import type { ClassRecord, StudentRecord } from './record';

/** A key or token longer than this is no key of ours; it is not even hashed. */
export const SECRET_MAX = 200;

/** Whether a presented secret is worth hashing at all. */
export function plausibleSecret(secret: unknown): secret is string {
  return typeof secret === 'string' && secret.length > 0 && secret.length <= SECRET_MAX;
}

/** Constant-time comparison of two hex digests (the time depends on the length only). */
export function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Whether the digest of a presented teacher key is this session's. */
export function isTeacher(record: ClassRecord, keyDigest: string | undefined): boolean {
  return keyDigest !== undefined && sameDigest(keyDigest, record.teacherKeyHash);
}

/** The student a token's digest belongs to, if any. */
export function studentByDigest(record: ClassRecord, tokenDigest: string | undefined): StudentRecord | undefined {
  if (tokenDigest === undefined) return undefined;
  return record.students.find((s) => sameDigest(s.tokenHash, tokenDigest));
}

/** The teacher's routes: refused unless the key is the session's. */
export function mustBeTeacher(record: ClassRecord, keyDigest: string | undefined): Decision<ClassRecord> {
  return isTeacher(record, keyDigest) ? ok(record) : no(refused('teacherKey'));
}

/** A student's routes: the student the token names, or refused. */
export function mustBeStudent(record: ClassRecord, tokenDigest: string | undefined): Decision<StudentRecord> {
  const student = studentByDigest(record, tokenDigest);
  return student === undefined ? no(refused('notStudent')) : ok(student);
}

/** A match's debrief is shown to the teacher and to the students of that match only. */
export function mayReadDebrief(
  record: ClassRecord,
  matchID: string,
  who: { readonly keyDigest?: string | undefined; readonly tokenDigest?: string | undefined },
): Decision<true> {
  if (!record.matches.some((m) => m.matchID === matchID)) return no(refused('noClassMatch'));
  if (isTeacher(record, who.keyDigest)) return ok(true);
  return studentByDigest(record, who.tokenDigest)?.matchID === matchID ? ok(true) : no(refused('debriefForbidden'));
}
