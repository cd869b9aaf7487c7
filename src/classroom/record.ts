// A class session as it is stored: one plain record, read and written whole (the server
// writes it by compare-and-set on its version). Every decision in src/classroom takes a
// record and returns a new one; none changes the record it is given.
import type { ClassStatus, FillLevel, Language } from '../online/classroom';
import type { CommentRecord } from './comments';
import type { AnswerRecord } from './reflection';
import type { Criterion, GradeRecord } from './rubric';

export interface StudentRecord {
  readonly id: string;
  readonly nickname: string;
  /** sha256 of the student's token: the token itself is shown once and never stored. */
  readonly tokenHash: string;
  readonly joinedAt: number;
  readonly matchID: string | null;
  readonly playerID: string | null;
}

export interface ClassMatchRecord {
  readonly matchID: string;
  /** Seat -> student id, or null for a computer seat. */
  readonly seats: Readonly<Record<string, string | null>>;
}

export interface CreateOptions {
  readonly scenario: string;
  readonly players: 2 | 3;
  readonly fill: FillLevel;
  readonly turnSeconds: number | null;
  readonly language: Language;
}

export interface ClassRecord extends CreateOptions {
  readonly code: string;
  /** sha256 of the teacher key. */
  readonly teacherKeyHash: string;
  readonly status: ClassStatus;
  readonly createdAt: number;
  readonly endsAt: number | null;
  readonly students: readonly StudentRecord[];
  readonly matches: readonly ClassMatchRecord[];
  /** The reflection questions the teacher chose (absent: the essay's question). */
  readonly questions?: readonly string[];
  /** Students' written answers, per student, match and question. */
  readonly answers?: readonly AnswerRecord[];
  /** The teacher's comments, one per answer. */
  readonly comments?: readonly CommentRecord[];
  /** The teacher's rubric (absent: the default one). */
  readonly rubric?: readonly Criterion[];
  /** The teacher's grade notes, per student and criterion. */
  readonly grades?: readonly GradeRecord[];
}

/** A session as created: waiting, with no students and no matches. */
export function newRecord(code: string, teacherKeyHash: string, opts: CreateOptions, now: number): ClassRecord {
  return { code, teacherKeyHash, ...opts, status: 'waiting', createdAt: now, endsAt: null, students: [], matches: [] };
}

/** A record read back from the store (JSON written by this module). */
export function parseRecord(json: string): ClassRecord {
  return JSON.parse(json) as ClassRecord;
}
