// Turns the structured log (cause and lens on every change) into sentences a class
// can read aloud: what changed, by how much, and why.
import { PROJECT_KINDS, type ProjectKind } from '../content/ids';
import type { Cause, LogEntry } from '../game/state';
import { CLASSROOM_TEXT } from './classroomText';
import { cardTitle, countryName, newsTitle, policyTitle, powerName, projectName, tileName, VALUE_NAME } from './names';

export interface LogLine {
  readonly text: string;
  /** Who acted, for the line's colour: 'russia', 'china', 'kazakhstan' or none. */
  readonly who?: 'russia' | 'china' | 'kazakhstan';
  readonly lens?: 'material' | 'ideational';
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

const ACTION_NAME: Readonly<Record<string, string>> = {
  influence: 'influence placement',
  invest: 'investment',
  softPower: 'soft power',
  pressure: 'pressure',
};

export function causeText(c: Cause): string {
  const by = c.by === undefined ? '' : `${powerName(c.by)}'s `;
  switch (c.type) {
    case 'setup':
      return 'the opening position';
    case 'card':
      return c.id === undefined ? `${by}card` : `${cardTitle(c.id)}`;
    case 'event':
      if (c.injected === true) return CLASSROOM_TEXT.injectedCause(newsTitle(c.id ?? null) ?? 'an event');
      return c.id === undefined ? 'the news' : `news: ${newsTitle(c.id) ?? c.id}`;
    case 'action':
      return `${by}${ACTION_NAME[c.id ?? ''] ?? c.id ?? 'action'}`;
    case 'policy':
      return c.id === undefined ? "Kazakhstan's policy" : `policy: ${policyTitle(c.id)}`;
    case 'project':
      return c.id !== undefined && (PROJECT_KINDS as readonly string[]).includes(c.id)
        ? `income from the ${projectName(c.id as ProjectKind).toLowerCase()}`
        : 'project income';
    case 'scoring':
      return 'round scoring';
    case 'hedge':
      return "Kazakhstan's hedge";
    case 'nudge':
      return "Kazakhstan's nudge";
    case 'final':
      return 'final scoring';
  }
}

const rope = (n: number): string => (n === 0 ? 'even' : n < 0 ? `Moscow +${-n}` : `Beijing +${n}`);

export function logLine(e: LogEntry): LogLine {
  switch (e.kind) {
    case 'influence':
      return {
        text: `${powerName(e.power)} ${signed(e.delta)} influence in ${tileName(e.tile)} (now ${e.after}), from ${causeText(e.cause)}.`,
        who: e.power,
        lens: e.lens,
      };
    case 'value':
      return { text: `${VALUE_NAME[e.value]} ${signed(e.delta)} (now ${e.after}), from ${causeText(e.cause)}.`, who: 'kazakhstan', lens: e.lens };
    case 'rope': {
      const toward = e.delta > 0 ? 'Beijing' : 'Moscow';
      const note = e.note === undefined ? '' : ` (${e.note})`;
      return { text: `The rope moves ${Math.abs(e.delta)} toward ${toward}${note}, from ${causeText(e.cause)}: ${rope(e.after)}.`, lens: e.lens };
    }
    case 'project':
      return { text: `${powerName(e.power)} builds a ${projectName(e.project).toLowerCase()} in ${tileName(e.tile)}, from ${causeText(e.cause)}.`, who: e.power, lens: e.lens };
    case 'play':
      return {
        text: `${powerName(e.power)} plays ${cardTitle(e.card)} ${e.mode === 'event' ? 'for its event' : 'for operations'}.`,
        who: e.power,
      };
    case 'roll': {
      const what = e.action === 'pressure' ? `pressure${e.tile === undefined ? '' : ` on ${tileName(e.tile)}`}` : `soft power${e.value === undefined ? '' : ` on ${VALUE_NAME[e.value]}`}`;
      return {
        text: `${powerName(e.power)} rolls ${e.die} for ${what}: ${e.total} against ${e.target}, ${e.success ? 'success' : 'no effect'}.`,
        who: e.power,
      };
    }
    case 'news':
      if (e.injected === true) return { text: CLASSROOM_TEXT.injectedNews(newsTitle(e.event) ?? e.event) };
      return { text: `News: ${newsTitle(e.event) ?? e.event}.` };
    case 'policy':
      return { text: `Kazakhstan adopts ${policyTitle(e.policy)}${e.by === 'automaton' ? '' : ' (player’s choice)'}.`, who: 'kazakhstan' };
    case 'score': {
      const part = (p: 'russia' | 'china', n: number): string => `${powerName(p)} ${e.tier[p] === 'none' ? 'nothing' : e.tier[p]} (${n})`;
      return { text: `${countryName(e.country)} scored: ${part('russia', e.russia)}, ${part('china', e.china)}.` };
    }
  }
}
