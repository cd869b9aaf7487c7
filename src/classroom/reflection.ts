// Reflections: the debrief's prompts as questions a student answers in writing, saved per
// student and match. The teacher picks one to three questions (the essay's own question,
// or the prompt of a world event); an answer is plain text, at most ANSWER_MAX
// characters, refused with a code when it is empty, too long, or carries markup.
import { ESSAY_PROMPT, promptFor } from '../content/prompts';
import { refused } from '../online/reasons';
import { no, ok, type Decision } from './decision';
import type { ClassRecord, StudentRecord } from './record';

export const ANSWER_MAX = 2000;
export const QUESTIONS_MAX = 3;
/** The question every session starts with: the essay's own. */
export const ESSAY_QUESTION = 'essay';

export interface AnswerRecord {
  readonly studentId: string;
  readonly matchID: string;
  readonly question: string;
  readonly text: string;
  readonly at: number;
}

/** A session's questions (the essay's when the teacher chose none). */
export function questionsOf(record: ClassRecord): readonly string[] {
  return record.questions ?? [ESSAY_QUESTION];
}

/** A question's English wording, or undefined for an id that is no question. */
export function questionText(id: string): string | undefined {
  return id === ESSAY_QUESTION ? ESSAY_PROMPT.question : promptFor(id)?.question;
}

/** The teacher's choice of one to three questions, each a known one, each once. */
export function chooseQuestions(record: ClassRecord, ids: readonly string[]): Decision<ClassRecord> {
  const unique = [...new Set(ids)];
  if (unique.length < 1 || unique.length > QUESTIONS_MAX) return no(refused('questionCount', { max: QUESTIONS_MAX }));
  for (const id of unique)
    if (questionText(id) === undefined) return no(refused('noQuestion', { question: id.slice(0, 64) }));
  return ok({ ...record, questions: unique });
}

/** Plain text only: no tags, no character entities, no control characters but line breaks and tabs. */
export function checkAnswer(raw: unknown): Decision<string> {
  if (typeof raw !== 'string') return no(refused('answerEmpty'));
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (text === '') return no(refused('answerEmpty'));
  if ([...text].length > ANSWER_MAX) return no(refused('answerLong', { max: ANSWER_MAX }));
  if (/<\s*[A-Za-z!/?]|&#?[A-Za-z0-9]+;/.test(text)) return no(refused('answerMarkup'));
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return no(refused('answerMarkup'));
  return ok(text);
}

/** A student's answer to one of the session's questions, for their own match (a new answer replaces the old). */
export function saveAnswer(
  record: ClassRecord,
  student: StudentRecord,
  question: string,
  raw: unknown,
  now: number,
): Decision<{ readonly record: ClassRecord; readonly answer: AnswerRecord }> {
  if (student.matchID === null) return no(refused('noAnswerMatch'));
  if (!questionsOf(record).includes(question)) return no(refused('noQuestion', { question: question.slice(0, 64) }));
  const checked = checkAnswer(raw);
  if (!checked.ok) return checked;
  const answer: AnswerRecord = {
    studentId: student.id,
    matchID: student.matchID,
    question,
    text: checked.value,
    at: now,
  };
  const same = (a: AnswerRecord): boolean =>
    a.studentId === answer.studentId && a.matchID === answer.matchID && a.question === question;
  const answers = [...(record.answers ?? []).filter((a) => !same(a)), answer];
  return ok({ record: { ...record, answers }, answer });
}

/** A student's own answers (for their match), as the student may read them back. */
export function answersOf(record: ClassRecord, student: StudentRecord): AnswerRecord[] {
  return (record.answers ?? []).filter((a) => a.studentId === student.id && a.matchID === student.matchID);
}
