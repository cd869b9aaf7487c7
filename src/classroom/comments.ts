// The teacher's comments on reflections: one per answer (student, match and question),
// plain text of at most COMMENT_MAX characters, refused with a code when it is too long or
// carries markup. An empty comment takes the comment back. Pure, like every rule here.
import { refused } from '../online/reasons';
import { no, ok, type Decision } from './decision';
import type { ClassRecord } from './record';
import { checkAnswer } from './reflection';

export const COMMENT_MAX = 1000;

export interface CommentRecord {
  readonly studentId: string;
  readonly matchID: string;
  readonly question: string;
  readonly text: string;
  readonly at: number;
}

/** Which answer a comment is on. */
export interface AnswerKey {
  readonly studentId: string;
  readonly matchID: string;
  readonly question: string;
}

const sameAnswer = (a: AnswerKey, b: AnswerKey): boolean =>
  a.studentId === b.studentId && a.matchID === b.matchID && a.question === b.question;

/** The comment's text as stored, '' for taking it back, or the refusal in the comment's own codes. */
export function checkComment(raw: unknown): Decision<string> {
  if (typeof raw !== 'string') return no(refused('commentMarkup'));
  if (raw.trim() === '') return ok('');
  const checked = checkAnswer(raw);
  if (checked.ok)
    return [...checked.value].length > COMMENT_MAX ? no(refused('commentLong', { max: COMMENT_MAX })) : checked;
  return no(
    checked.refusal.code === 'answerLong' ? refused('commentLong', { max: COMMENT_MAX }) : refused('commentMarkup'),
  );
}

/** The teacher comments on one answer (a new comment replaces the old; an empty one removes it). */
export function saveComment(record: ClassRecord, key: AnswerKey, raw: unknown, now: number): Decision<ClassRecord> {
  if (!(record.answers ?? []).some((a) => sameAnswer(a, key))) return no(refused('noAnswer'));
  const checked = checkComment(raw);
  if (!checked.ok) return checked;
  const others = (record.comments ?? []).filter((c) => !sameAnswer(c, key));
  const comments = checked.value === '' ? others : [...others, { ...key, text: checked.value, at: now }];
  return ok({ ...record, comments });
}

/** The comment on an answer, if the teacher wrote one. */
export function commentOn(record: ClassRecord, key: AnswerKey): CommentRecord | undefined {
  return (record.comments ?? []).find((c) => sameAnswer(c, key));
}
