// The debrief as files a teacher can open in a spreadsheet or keep: CSV with one row
// per match per round (columns documented in the README), and JSON of a whole class.
import { classDebrief, type ClassDebrief, type MatchDebrief } from './model';

/** The CSV's columns, in order. The README's "Classroom debrief" section explains each. */
export const CSV_COLUMNS = [
  'match_id',
  'match_label',
  'scenario',
  'players',
  'finished',
  'winner',
  'result_reason',
  'final_rope',
  'realist_winner',
  'realist_final_rope',
  'values_changed_winner',
  'round',
  'year',
  'round_complete',
  'rope',
  'reform',
  'identity',
  'wariness_russia',
  'wariness_china',
  'control_russia',
  'control_china',
  'pull_russia_material',
  'pull_russia_ideational',
  'pull_china_material',
  'pull_china_ideational',
  'events',
  'injected_events',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * One CSV field: quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (starting with = + - @ or a tab) gets a leading
 * apostrophe; numbers are written as they are.
 */
export function csvField(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRows(m: MatchDebrief): Record<CsvColumn, string | number | boolean>[] {
  // The counterfactual's columns stay empty when the match has none (running, injected, no moves).
  const realist = typeof m.realist === 'object' ? m.realist : null;
  return m.rounds.map((r) => ({
    match_id: m.id,
    match_label: m.label,
    scenario: m.scenario,
    players: m.players,
    finished: m.finished,
    winner: m.winner ?? '',
    result_reason: m.result?.reason ?? '',
    final_rope: m.final.rope,
    realist_winner: realist?.winner ?? '',
    realist_final_rope: realist?.final ?? '',
    values_changed_winner: realist?.winnerChanged ?? '',
    round: r.round,
    year: r.year,
    round_complete: r.complete,
    rope: r.rope,
    reform: r.values.reform,
    identity: r.values.identity,
    wariness_russia: r.values.warinessRussia,
    wariness_china: r.values.warinessChina,
    control_russia: r.control.russia,
    control_china: r.control.china,
    pull_russia_material: r.ropePull.russia.material,
    pull_russia_ideational: r.ropePull.russia.ideational,
    pull_china_material: r.ropePull.china.material,
    pull_china_ideational: r.ropePull.china.ideational,
    events: r.events.filter((id) => !m.events.some((e) => e.id === id && e.round === r.round && e.injected)).join(' '),
    injected_events: m.events
      .filter((e) => e.round === r.round && e.injected)
      .map((e) => e.id)
      .join(' '),
  }));
}

/** CSV of one or many matches, with a header line; lines end in CRLF (RFC 4180). */
export function debriefCsv(matches: readonly MatchDebrief[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const m of matches) for (const row of csvRows(m)) lines.push(CSV_COLUMNS.map((c) => csvField(row[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export interface DebriefJson {
  readonly format: 'new-great-game-debrief';
  readonly version: 1;
  readonly exportedAt: string;
  readonly class: ClassDebrief;
  readonly matches: readonly MatchDebrief[];
}

/** The whole class (or one match) as JSON: the aggregate and every match's debrief. */
export function debriefJson(matches: readonly MatchDebrief[], exportedAt: Date): string {
  const doc: DebriefJson = {
    format: 'new-great-game-debrief',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    class: classDebrief(matches),
    matches,
  };
  return JSON.stringify(doc, null, 2);
}

/** A file name safe on every system, e.g. "debrief-class-7b-2026-11-28.csv". */
export function exportFileName(label: string, ext: 'csv' | 'json', date: Date): string {
  const slug =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'match';
  return `debrief-${slug}-${date.toISOString().slice(0, 10)}.${ext}`;
}
