// The words of the class session screens (create form, join page, waiting room,
// dashboard, projector), read from the locales (src/i18n, section `session`) each time
// one is used, so a change of language shows at the next render.
import { t } from '../i18n/index';
import type { UI_EN } from '../i18n/en';

export type SessionKey = keyof (typeof UI_EN)['session'];

/** A session string by key, with its {{slots}} filled. */
export function S(key: SessionKey, vars?: Readonly<Record<string, string | number>>): string {
  return t(`session.${key}`, vars);
}

const PHASE: Readonly<Record<string, SessionKey>> = {
  deal: 'phaseDeal',
  news: 'phaseNews',
  actions: 'phaseActions',
  kazakhstan: 'phaseKazakhstan',
  scoring: 'phaseScoring',
};

/** A phase's name; empty when the match has none (it is over). */
export function phaseName(phase: string | null): string {
  if (phase === null) return '';
  const k = PHASE[phase];
  return k === undefined ? phase : S(k);
}

/** "Round 2 of 5 · actions" (without the phase once it has none). */
export function roundLine(round: number, rounds: number, phase: string | null): string {
  const r = S('round', { round: Math.min(round, rounds), rounds });
  const p = phaseName(phase);
  return p === '' ? r : `${r} · ${p}`;
}

export function timerChoice(seconds: number): string {
  return seconds < 60 ? S('timerSeconds', { n: seconds }) : S('timerMinutes', { n: seconds / 60 });
}

/** The rope's lean in words: "even", or "3 toward Beijing". Negative leans to Moscow. */
export function ropeLean(rope: number): string {
  if (rope === 0) return S('ropeEven');
  return S('ropeLean', { n: Math.abs(rope), capital: t(rope < 0 ? 'capital.moscow' : 'capital.beijing') });
}
