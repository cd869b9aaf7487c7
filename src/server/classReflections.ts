// The reflections as the teacher reads and exports them: every answer with its student's
// nickname and the teacher's comment, beside the evidence of the match it was written for.
import { commentOn } from '../classroom/comments';
import { csvField, type DebriefJson } from '../debrief/export';
import { classDebrief, type MatchDebrief } from '../debrief/model';
import type { MatchEvidence } from '../classroom/evidence';
import type { ClassRecord } from '../classroom/record';
import { questionsOf, type AnswerRecord } from '../classroom/reflection';
import type { RubricView } from './classRubric';

/** One answer as the teacher reads it: with its student's nickname and the teacher's comment. */
export type TeacherAnswer = AnswerRecord & {
  readonly nickname: string;
  readonly comment: { readonly text: string; readonly at: number } | null;
};

/** The session's questions and every answer with its student's nickname (the teacher's view and export). */
export interface Reflections {
  readonly questions: readonly string[];
  readonly answers: readonly TeacherAnswer[];
}

export function reflectionsOf(record: ClassRecord): Reflections {
  const nick = new Map(record.students.map((s) => [s.id, s.nickname]));
  return {
    questions: questionsOf(record),
    answers: (record.answers ?? []).map((a) => {
      const c = commentOn(record, a);
      return { ...a, nickname: nick.get(a.studentId) ?? '', comment: c ? { text: c.text, at: c.at } : null };
    }),
  };
}

/** The teacher's view: every answer, and the evidence of each match answered for. */
export interface ReflectionsWithEvidence extends Reflections {
  readonly evidence: readonly MatchEvidence[];
}

/** The class's JSON export: the debrief of every match, every answer with its comment, and the rubric. */
export function classJson(
  matches: readonly MatchDebrief[],
  reflections: Reflections,
  rubric: RubricView,
  exportedAt: Date,
): string {
  const doc: DebriefJson & { readonly reflections: Reflections; readonly rubric: RubricView } = {
    format: 'new-great-game-debrief',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    class: classDebrief(matches),
    matches,
    reflections,
    rubric,
  };
  return JSON.stringify(doc, null, 2);
}

/** The reflections CSV's columns, in order: the answer, the teacher's comment, the match's evidence. */
export const REFLECTION_COLUMNS = [
  'match_id',
  'match_label',
  'nickname',
  'question',
  'answer',
  'answered_at',
  'comment',
  'commented_at',
  'finished',
  'winner',
  'final_rope',
  'reform',
  'identity',
  'wariness_russia',
  'wariness_china',
  'realist_winner',
  'values_changed_winner',
] as const;

type ReflectionRow = Record<(typeof REFLECTION_COLUMNS)[number], string | number | boolean>;

function reflectionRow(a: TeacherAnswer, e: MatchEvidence | undefined): ReflectionRow {
  const realist = e === undefined || 'none' in e.realist ? undefined : e.realist;
  return {
    match_id: a.matchID,
    match_label: e?.label ?? '',
    nickname: a.nickname,
    question: a.question,
    answer: a.text,
    answered_at: new Date(a.at).toISOString(),
    comment: a.comment?.text ?? '',
    commented_at: a.comment ? new Date(a.comment.at).toISOString() : '',
    finished: e?.finished ?? false,
    winner: e?.winner ?? '',
    final_rope: e?.finalRope ?? '',
    reform: e?.values.reform ?? '',
    identity: e?.values.identity ?? '',
    wariness_russia: e?.values.warinessRussia ?? '',
    wariness_china: e?.values.warinessChina ?? '',
    realist_winner: realist?.winner ?? '',
    values_changed_winner: realist?.winnerChanged ?? '',
  };
}

/** One row per answer; lines end in CRLF like the class CSV. */
export function reflectionsCsv(r: ReflectionsWithEvidence): string {
  const evidence = new Map(r.evidence.map((e) => [e.matchID, e]));
  const lines = [REFLECTION_COLUMNS.join(',')];
  for (const a of r.answers) {
    const row = reflectionRow(a, evidence.get(a.matchID));
    lines.push(REFLECTION_COLUMNS.map((c) => csvField(row[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
