// The lesson's rubric: criteria the teacher may rename, add to or drop (the default four
// follow the essay: evidence from the game, the realist reading, the constructivist
// reading, Kazakhstan's agency), and per student and criterion a grade note, either the
// suggestion from the student's own decisions (suggest.ts) accepted as it is, or the
// teacher's own words. Plain text, refused with a code otherwise. Pure.
import { refused } from '../online/reasons';
import { checkComment } from './comments';
import { no, ok, type Decision } from './decision';
import type { ClassRecord } from './record';

export type CriterionId = string;
export const CRITERIA_MAX = 6;
export const LABEL_MAX = 120;

export interface Criterion {
  readonly id: CriterionId;
  readonly label: string;
}

export const DEFAULT_RUBRIC: readonly Criterion[] = [
  { id: 'evidence', label: 'Use of evidence from the game' },
  { id: 'realist', label: 'The realist reading' },
  { id: 'constructivist', label: 'The constructivist reading' },
  { id: 'agency', label: "Kazakhstan's agency" },
];

export interface GradeRecord {
  readonly studentId: string;
  readonly criterion: CriterionId;
  readonly text: string;
  /** 'suggested': the suggestion accepted as it was; 'teacher': the teacher's own words. */
  readonly source: 'suggested' | 'teacher';
  readonly at: number;
}

export function rubricOf(record: ClassRecord): readonly Criterion[] {
  return record.rubric ?? DEFAULT_RUBRIC;
}

const ID = /^[a-z0-9-]{1,24}$/;

/** The teacher's rubric: one to CRITERIA_MAX criteria, each a plain label; a criterion without an id gets one. */
export function setRubric(
  record: ClassRecord,
  raw: readonly { readonly id?: string; readonly label: unknown }[],
): Decision<ClassRecord> {
  if (raw.length < 1 || raw.length > CRITERIA_MAX) return no(refused('rubricCount', { max: CRITERIA_MAX }));
  const criteria: Criterion[] = [];
  for (const [i, c] of raw.entries()) {
    const label = typeof c.label === 'string' ? checkComment(c.label) : undefined;
    if (label === undefined || !label.ok || label.value === '' || [...label.value].length > LABEL_MAX)
      return no(refused('rubricLabel', { max: LABEL_MAX }));
    let id = c.id !== undefined && ID.test(c.id) ? c.id : `c${i + 1}`;
    while (criteria.some((x) => x.id === id)) id = `${id}-${i + 1}`;
    criteria.push({ id, label: label.value });
  }
  return ok({ ...record, rubric: criteria });
}

/**
 * The teacher grades one student on one criterion: `suggestion` accepted as it is
 * (accept), or their own text. An empty text takes the grade back.
 */
export function gradeStudent(
  record: ClassRecord,
  g: { readonly studentId: string; readonly criterion: CriterionId },
  input: { readonly accept: string | undefined } | { readonly text: unknown },
  now: number,
): Decision<ClassRecord> {
  if (!record.students.some((s) => s.id === g.studentId))
    return no(refused('noStudent', { id: g.studentId.slice(0, 40) }));
  if (!rubricOf(record).some((c) => c.id === g.criterion))
    return no(refused('noCriterion', { criterion: g.criterion.slice(0, 40) }));
  let text: string;
  let source: GradeRecord['source'] = 'teacher';
  if ('accept' in input) {
    if (input.accept === undefined) return no(refused('noSuggestion'));
    text = input.accept;
    source = 'suggested';
  } else {
    const checked = checkComment(input.text);
    if (!checked.ok) return checked;
    text = checked.value;
  }
  const others = (record.grades ?? []).filter((x) => x.studentId !== g.studentId || x.criterion !== g.criterion);
  const grades = text === '' ? others : [...others, { ...g, text, source, at: now }];
  return ok({ ...record, grades });
}

/** A student's grades on the rubric's current criteria. */
export function gradesOf(record: ClassRecord, studentId: string): GradeRecord[] {
  const ids = new Set(rubricOf(record).map((c) => c.id));
  return (record.grades ?? []).filter((g) => g.studentId === studentId && ids.has(g.criterion));
}
