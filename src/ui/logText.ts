// Turns the structured log (cause and lens on every change) into sentences a class
// can read aloud, in the player's language: what changed, by how much, and why.
import { PROJECT_KINDS, type ProjectKind } from '../content/ids';
import type { Cause, LogEntry } from '../game/state';
import { t } from '../i18n/index';
import { CLASSROOM_TEXT } from './classroomText';
import { cardTitle, countryName, newsTitle, policyTitle, powerName, projectName, tileName, valueName } from './names';

export interface LogLine {
  readonly text: string;
  /** Who acted, for the line's colour: 'russia', 'china', 'kazakhstan' or none. */
  readonly who?: 'russia' | 'china' | 'kazakhstan';
  readonly lens?: 'material' | 'ideational';
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
const ACTIONS = ['influence', 'invest', 'softPower', 'pressure'];

export function causeText(c: Cause): string {
  const by = c.by === undefined ? '' : t('cause.by', { name: powerName(c.by) });
  switch (c.type) {
    case 'setup':
      return t('cause.setup');
    case 'card':
      return c.id === undefined ? t('cause.card', { by }) : cardTitle(c.id);
    case 'event':
      if (c.injected === true) return CLASSROOM_TEXT.injectedCause(newsTitle(c.id ?? null) ?? t('cause.news'));
      return c.id === undefined ? t('cause.news') : t('cause.newsOf', { title: newsTitle(c.id) ?? c.id });
    case 'action':
      return ACTIONS.includes(c.id ?? '') ? t(`cause.action.${c.id ?? ''}`, { by }) : t('cause.actionAny', { by });
    case 'policy':
      return c.id === undefined ? t('cause.policy') : t('cause.policyOf', { title: policyTitle(c.id) });
    case 'project':
      return c.id !== undefined && (PROJECT_KINDS as readonly string[]).includes(c.id)
        ? t('cause.income', { project: projectName(c.id as ProjectKind).toLocaleLowerCase() })
        : t('cause.projectIncome');
    case 'scoring':
      return t('cause.scoring');
    case 'hedge':
      return t('cause.hedge');
    case 'nudge':
      return t('cause.nudge');
    case 'final':
      return t('cause.final');
  }
}

const capital = (toChina: boolean): string => t(toChina ? 'capital.beijing' : 'capital.moscow');
const rope = (n: number): string =>
  n === 0 ? t('log.ropeEven') : t('log.ropeLean', { capital: capital(n > 0), n: Math.abs(n) });

export function logLine(e: LogEntry): LogLine {
  switch (e.kind) {
    case 'influence':
      return {
        text: t('log.influence', {
          power: powerName(e.power),
          delta: signed(e.delta),
          tile: tileName(e.tile),
          after: e.after,
          cause: causeText(e.cause),
        }),
        who: e.power,
        lens: e.lens,
      };
    case 'value':
      return {
        text: t('log.value', {
          value: valueName(e.value),
          delta: signed(e.delta),
          after: e.after,
          cause: causeText(e.cause),
        }),
        who: 'kazakhstan',
        lens: e.lens,
      };
    case 'rope': {
      // The only note the rules write is 'values' (the ideational part of a round's scoring).
      const note = e.note === undefined ? '' : ` (${t(`log.note.${e.note === 'values' ? 'values' : 'other'}`)})`;
      return {
        text: t('log.rope', {
          n: Math.abs(e.delta),
          toward: t(e.delta > 0 ? 'toward.beijing' : 'toward.moscow'),
          note,
          cause: causeText(e.cause),
          score: rope(e.after),
        }),
        lens: e.lens,
      };
    }
    case 'project':
      return {
        text: t('log.project', {
          power: powerName(e.power),
          project: projectName(e.project).toLocaleLowerCase(),
          tile: tileName(e.tile),
          cause: causeText(e.cause),
        }),
        who: e.power,
        lens: e.lens,
      };
    case 'withheld':
      return {
        text: t('log.withheld', {
          power: powerName(e.power),
          project: projectName(e.project).toLocaleLowerCase(),
          tile: tileName(e.tile),
          n: e.amount,
        }),
        who: e.power,
        lens: e.lens,
      };
    case 'play':
      return {
        text: t(e.mode === 'event' ? 'log.playEvent' : 'log.playOps', {
          power: powerName(e.power),
          card: cardTitle(e.card),
        }),
        who: e.power,
      };
    case 'roll': {
      const outcome = t(e.success ? 'log.success' : 'log.noEffect');
      const base = { power: powerName(e.power), die: e.die, total: e.total, target: e.target, outcome };
      const text =
        e.action === 'pressure'
          ? e.tile === undefined
            ? t('log.rollPressureAny', base)
            : t('log.rollPressure', { ...base, tile: tileName(e.tile) })
          : e.value === undefined
            ? t('log.rollSoftAny', base)
            : t('log.rollSoft', { ...base, value: valueName(e.value) });
      return { text, who: e.power };
    }
    case 'news':
      if (e.injected === true) return { text: CLASSROOM_TEXT.injectedNews(newsTitle(e.event) ?? e.event) };
      return { text: t('log.news', { title: newsTitle(e.event) ?? e.event }) };
    case 'policy':
      return {
        text: t(e.by === 'automaton' ? 'log.policy' : 'log.policyChosen', { policy: policyTitle(e.policy) }),
        who: 'kazakhstan',
      };
    case 'score': {
      const part = (p: 'russia' | 'china', n: number): string =>
        t('log.scorePart', { power: powerName(p), tier: t(`log.tier.${e.tier[p]}`), n });
      return {
        text: t('log.score', {
          country: countryName(e.country),
          russia: part('russia', e.russia),
          china: part('china', e.china),
        }),
      };
    }
  }
}
