// The rubric as the teacher reads and exports it: the criteria, and per seated student the
// suggestions counted from their match's log (src/classroom/suggest.ts) beside the grade
// notes the teacher stored. The match states are read through the given function.
import { gradesOf, rubricOf, type Criterion, type GradeRecord } from '../classroom/rubric';
import type { ClassRecord, StudentRecord } from '../classroom/record';
import { decisionFacts, suggestionsOf, type DecisionFacts, type Suggestion } from '../classroom/suggest';
import { csvField } from '../debrief/export';
import { logEntries } from '../game/log';
import { roleOfSeat } from '../game/moves';
import type { GameState } from '../game/state';

export interface StudentRubric {
  readonly studentId: string;
  readonly nickname: string;
  readonly matchID: string;
  readonly facts: DecisionFacts;
  readonly suggestions: readonly Suggestion[];
  readonly grades: readonly GradeRecord[];
}

export interface RubricView {
  readonly criteria: readonly Criterion[];
  readonly students: readonly StudentRubric[];
}

export type ReadGame = (matchID: string) => Promise<GameState | undefined>;

/** One student's facts and suggestions, or undefined for a student with no seat or no stored match. */
export async function studentSuggestions(
  student: StudentRecord,
  read: ReadGame,
): Promise<{ facts: DecisionFacts; suggestions: Suggestion[] } | undefined> {
  const role = roleOfSeat(student.playerID);
  if (student.matchID === null || role === null) return undefined;
  const G = await read(student.matchID);
  if (G === undefined) return undefined;
  const facts = decisionFacts(logEntries(G), role, G.values);
  return { facts, suggestions: suggestionsOf(facts) };
}

export async function rubricView(record: ClassRecord, read: ReadGame): Promise<RubricView> {
  const students: StudentRubric[] = [];
  for (const s of record.students) {
    const found = await studentSuggestions(s, read);
    if (found === undefined || s.matchID === null) continue;
    const { id: studentId, nickname, matchID } = s;
    students.push({ studentId, nickname, matchID, ...found, grades: gradesOf(record, s.id) });
  }
  return { criteria: rubricOf(record), students };
}

export const RUBRIC_COLUMNS = ['match_id', 'nickname', 'criterion', 'label', 'suggestion', 'grade', 'source'] as const;

/** One row per seated student and criterion: the suggestion and the grade note the teacher kept. */
export function rubricCsv(view: RubricView): string {
  const lines = [RUBRIC_COLUMNS.join(',')];
  for (const s of view.students)
    for (const c of view.criteria) {
      const grade = s.grades.find((g) => g.criterion === c.id);
      const row = [
        s.matchID,
        s.nickname,
        c.id,
        c.label,
        s.suggestions.find((x) => x.criterion === c.id)?.text ?? '',
        grade?.text ?? '',
        grade?.source ?? '',
      ];
      lines.push(row.map(csvField).join(','));
    }
  return `${lines.join('\r\n')}\r\n`;
}
