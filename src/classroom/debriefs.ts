// Which of a session's matches a debrief covers, and how each is labelled in the class
// export: the session's code, the match's number, and who played which side.
import { roleOf } from './projection';
import type { ClassMatchRecord, ClassRecord } from './record';

/** The matches a debrief covers (one, or all of the session's), each with its label. */
export function debriefTargets(
  record: ClassRecord,
  only?: string,
): readonly { readonly match: ClassMatchRecord; readonly label: string }[] {
  const out: { match: ClassMatchRecord; label: string }[] = [];
  record.matches.forEach((m, i) => {
    if (only !== undefined && m.matchID !== only) return;
    const names = Object.entries(m.seats)
      .map(([seat, id]) => `${roleOf(seat)}: ${record.students.find((s) => s.id === id)?.nickname ?? 'computer'}`)
      .join(', ');
    out.push({ match: m, label: `${record.code} match ${i + 1} (${names})` });
  });
  return out;
}
