// The rubric's suggestions: what a student's own logged decisions say about each criterion,
// counted from their match's log (every change on the board is logged with its cause, its
// actor and its lens). Facts the teacher accepts or rewrites, never a grade. Pure.
import { INCOME_WARINESS_LIMIT } from '../content/projects';
import type { SeatRole } from '../game/moves';
import { warinessOf } from '../game/selectors';
import type { Power, ValueId } from '../content/ids';
import type { LogEntry } from '../game/state';
import type { CriterionId } from './rubric';

/** The counts behind the suggestions, for the export and for other languages. */
export interface DecisionFacts {
  readonly role: SeatRole;
  readonly cards: number;
  readonly cardsForEvent: number;
  readonly softPower: number;
  readonly softPowerSucceeded: number;
  readonly pressure: number;
  readonly projects: number;
  /** Rope steps toward the student's side, by lens (a power's seat only). */
  readonly ropeMaterial: number;
  readonly ropeIdeational: number;
  /** The first round in which Kazakhstan's Wariness of the student's power reached the limit, or null. */
  readonly warinessReachedIn: number | null;
  readonly warinessEnd: number | null;
  /** Kazakhstan's policies the student adopted, and the value changes caused by the student's own moves. */
  readonly policies: number;
  readonly valuesMoved: number;
}

export interface Suggestion {
  readonly criterion: CriterionId;
  readonly text: string;
}

const WARINESS_LIMIT = INCOME_WARINESS_LIMIT;

/** Where a value stood before the game's first logged change, from its end and every logged step. */
function startOf(entries: readonly LogEntry[], value: ValueId, end: number): number {
  return entries.reduce((v, e) => (e.kind === 'value' && e.value === value ? v - e.delta : v), end);
}

function warinessFacts(
  entries: readonly LogEntry[],
  power: Power,
  values: Readonly<Record<ValueId, number>>,
): Pick<DecisionFacts, 'warinessReachedIn' | 'warinessEnd'> {
  const w = warinessOf(power);
  const end = values[w] ?? 0;
  if (startOf(entries, w, end) >= WARINESS_LIMIT) return { warinessReachedIn: 1, warinessEnd: end };
  const first = entries.find((e) => e.kind === 'value' && e.value === w && e.after >= WARINESS_LIMIT);
  return { warinessReachedIn: first?.round ?? null, warinessEnd: end };
}

/** The counts of one seat's decisions in a match's log. */
export function decisionFacts(
  entries: readonly LogEntry[],
  role: SeatRole,
  values: Readonly<Record<ValueId, number>>,
): DecisionFacts {
  const mine = (by: string | undefined): boolean => by === role;
  const plays = entries.filter((e) => e.kind === 'play' && e.power === role);
  const rolls = entries.filter((e) => e.kind === 'roll' && e.power === role);
  const soft = rolls.filter((e) => e.kind === 'roll' && e.action === 'softPower');
  const toward = role === 'china' ? 1 : role === 'russia' ? -1 : 0;
  const rope = (lens: string): number =>
    entries.reduce(
      (n, e) => (e.kind === 'rope' && e.lens === lens && e.delta * toward > 0 ? n + Math.abs(e.delta) : n),
      0,
    );
  return {
    role,
    cards: plays.length,
    cardsForEvent: plays.filter((e) => e.kind === 'play' && e.mode === 'event').length,
    softPower: soft.length,
    softPowerSucceeded: soft.filter((e) => e.kind === 'roll' && e.success).length,
    pressure: rolls.length - soft.length,
    projects: entries.filter((e) => e.kind === 'project' && e.power === role).length,
    ropeMaterial: rope('material'),
    ropeIdeational: rope('ideational'),
    ...(role === 'kazakhstan' ? { warinessReachedIn: null, warinessEnd: null } : warinessFacts(entries, role, values)),
    policies: entries.filter((e) => e.kind === 'policy' && e.by === 'player').length,
    valuesMoved: entries.filter((e) => e.kind === 'value' && mine(e.cause.by)).length,
  };
}

const times = (n: number): string => (n === 1 ? 'once' : `${n} times`);
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function warinessText(f: DecisionFacts): string {
  if (f.warinessReachedIn === null) return `kept Wariness of you below ${WARINESS_LIMIT} throughout`;
  if (f.warinessReachedIn <= 1) return `Wariness of you was ${WARINESS_LIMIT} or more from round 1`;
  return `kept Wariness of you below ${WARINESS_LIMIT} until round ${f.warinessReachedIn}`;
}

/** One suggestion per default criterion, in plain English, from the facts. */
export function suggestionsOf(f: DecisionFacts): Suggestion[] {
  if (f.role === 'kazakhstan')
    return [
      {
        criterion: 'evidence',
        text: `played ${count(f.cards, 'card', 'cards')}; adopted ${count(f.policies, 'policy', 'policies')}`,
      },
      { criterion: 'realist', text: `${count(f.projects, 'project', 'projects')} built on your side` },
      { criterion: 'constructivist', text: `your moves changed Kazakhstan's values ${times(f.valuesMoved)}` },
      { criterion: 'agency', text: `adopted ${count(f.policies, 'policy', 'policies')} as Kazakhstan` },
    ];
  return [
    {
      criterion: 'evidence',
      text: `played ${count(f.cards, 'card', 'cards')} (${f.cardsForEvent} for their event); used soft power ${times(f.softPower)} (${f.softPowerSucceeded} succeeded) and pressure ${times(f.pressure)}`,
    },
    {
      criterion: 'realist',
      text: `built ${count(f.projects, 'project', 'projects')}; pulled the rope ${f.ropeMaterial} steps your way by material means`,
    },
    {
      criterion: 'constructivist',
      text: `pulled the rope ${f.ropeIdeational} steps your way through values; ${warinessText(f)}`,
    },
    {
      criterion: 'agency',
      text: `your moves changed Kazakhstan's values ${times(f.valuesMoved)}; Wariness of you ended at ${f.warinessEnd ?? '?'}`,
    },
  ];
}
