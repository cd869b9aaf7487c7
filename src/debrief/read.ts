// Reads debrief JSON files back (the ones "Download JSON" saves), so a teacher can put
// the class's matches side by side before the live dashboard exists. Every file is
// checked against the format: a bad one is refused with its reason, the others kept.
import { z } from 'zod';
import { SCENARIO_IDS } from '../content/ids';
import type { MatchDebrief } from './model';

/** Larger than any real debrief file (a nine-round match is about 60 KB). */
export const MAX_DEBRIEF_FILE_BYTES = 5_000_000;
/** A class is at most this many matches. */
export const MAX_CLASS_MATCHES = 200;

const text = (max: number) => z.string().max(max);
const count = z.number().int().min(0).max(10_000);
const lensSums = z.object({ material: count, ideational: count });
const values = z.object({
  reform: z.number().int().min(0).max(10),
  identity: z.number().int().min(0).max(10),
  warinessRussia: z.number().int().min(0).max(10),
  warinessChina: z.number().int().min(0).max(10),
});
const rope = z.number().int().min(-20).max(20);
const year = z.number().int().min(1900).max(2100);
const control = z.object({ russia: z.number().int().min(0).max(18), china: z.number().int().min(0).max(18) });
const causeTypes = z.enum([
  'setup',
  'card',
  'event',
  'action',
  'policy',
  'project',
  'scoring',
  'hedge',
  'nudge',
  'final',
]);

const point = z.object({ round: z.number().int().min(0).max(20), year, rope, values, control });
const roundPoint = point.extend({
  complete: z.boolean(),
  ropePull: z.object({ russia: lensSums, china: lensSums }),
  events: z.array(text(64)).max(10),
});
const event = z.object({
  id: text(64),
  title: text(200),
  type: z.enum(['news', 'card']),
  round: z.number().int().min(1).max(20),
  gameYear: year,
  year,
  source: text(500),
  fact: text(1000),
  kind: z.enum(['historical', 'speculative']),
  injected: z.boolean(),
});
const powerLens = z.object({ rope: lensSums, influence: lensSums, ropeByCause: z.partialRecord(causeTypes, lensSums) });
const prompt = z.object({
  event: text(64),
  title: text(200),
  realist: text(1000),
  constructivist: text(1000),
  question: text(1000),
});
const result = z.union([
  z.object({ winner: z.enum(['russia', 'china', 'kazakhstan']), reason: z.enum(['rope', 'final', 'kazakhstanGoal']) }),
  z.object({ draw: z.literal(true), reason: z.literal('final') }),
]);

const realistPoint = z.object({ round: z.number().int().min(1).max(20), year, rope });
const realist = z.union([
  z.enum(['running', 'injected', 'noMoves']),
  z.object({
    rounds: z.array(realistPoint).max(20),
    final: rope,
    reason: z.enum(['rope', 'final', 'kazakhstanGoal']),
    endRound: z.number().int().min(1).max(20),
    winner: z.enum(['russia', 'china', 'kazakhstan', 'draw']),
    winnerChanged: z.boolean(),
    dropped: count,
    filled: count,
  }),
]);

const matchSchema = z.object({
  id: text(100).min(1),
  label: text(200),
  scenario: z.enum(SCENARIO_IDS),
  scenarioTitle: text(200),
  players: z.union([z.literal(2), z.literal(3)]),
  finished: z.boolean(),
  result: result.nullable(),
  winner: z.enum(['russia', 'china', 'kazakhstan', 'draw']).nullable(),
  start: point,
  rounds: z.array(roundPoint).max(20),
  final: z.object({ year, rope, values, control }),
  events: z.array(event).max(200),
  lens: z.object({ russia: powerLens, china: powerLens }),
  prompts: z.array(prompt).max(100),
  essay: z.object({ question: text(1000), realist: text(1000), constructivist: text(1000), ask: text(1000) }),
  /** Files saved before the counterfactual existed have none. */
  realist: realist.optional(),
});

const fileSchema = z.object({
  format: z.literal('new-great-game-debrief'),
  version: z.literal(1),
  exportedAt: text(40),
  matches: z.array(matchSchema).min(1).max(MAX_CLASS_MATCHES),
});

/** Why a file was refused, for the interface to phrase; `where` is the damaged field's path. */
export type ReadProblem =
  { readonly code: 'tooLarge' | 'notJson' | 'notDebrief' } | { readonly code: 'damaged'; readonly where: string };
export type ReadResult =
  | { readonly ok: true; readonly matches: MatchDebrief[] }
  | ({ readonly ok: false; readonly reason: string } & ReadProblem);

/** Checks one debrief file's text; the reason (English) and code name the first problem found. */
export function readDebriefFile(textIn: string): ReadResult {
  if (textIn.length > MAX_DEBRIEF_FILE_BYTES)
    return { ok: false, code: 'tooLarge', reason: `the file is larger than ${MAX_DEBRIEF_FILE_BYTES / 1_000_000} MB` };
  let raw: unknown;
  try {
    raw = JSON.parse(textIn);
  } catch {
    return { ok: false, code: 'notJson', reason: 'the file is not JSON' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== 'new-great-game-debrief')
    return { ok: false, code: 'notDebrief', reason: 'the file is not a New Great Game debrief' };
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : issue.path.map(String).join('.');
    return {
      ok: false,
      code: 'damaged',
      where,
      reason: `the debrief is damaged${where === '' ? '' : ` at ${where}`}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { ok: true, matches: parsed.data.matches as MatchDebrief[] };
}

/** Puts the matches of several files together: the first of each id is kept. */
export function mergeMatches(lists: readonly (readonly MatchDebrief[])[]): MatchDebrief[] {
  const seen = new Set<string>();
  const out: MatchDebrief[] = [];
  for (const list of lists)
    for (const m of list) {
      if (seen.has(m.id) || out.length >= MAX_CLASS_MATCHES) continue;
      seen.add(m.id);
      out.push(m);
    }
  return out;
}
