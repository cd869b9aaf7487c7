// The words of "My games", the turn-based settings and clocks, read from the locales
// (src/i18n, section `games`) each time one is used, so a change of language shows at the
// next render.
import { t } from '../i18n/index';

const g = (key: string, vars?: Record<string, string | number>): string => t(`games.${key}`, vars);

/** A duration as people read it: days and hours, hours and minutes, or minutes. */
export function durationText(ms: number): string {
  const minutes = Math.max(0, Math.ceil(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (d > 0) return g('durDays', { d, h: hours });
  if (hours > 0) return g('durHours', { h: hours, m: minutes % 60 });
  return g('durMinutes', { m: minutes });
}

/** A bank's size in seconds as a choice reads: hours under two days, days from there. */
export function bankChoiceText(seconds: number): string {
  const hours = seconds / 3600;
  return hours < 48 ? g('hours', { n: hours }) : g('days', { n: hours / 24 });
}

export const GAMES_TEXT = {
  word: (key: string): string => g(key),
  theirTurn: (role: string) => g('theirTurn', { role }),
  timeLeft: (ms: number) => g('timeLeft', { time: durationText(ms) }),
  totalLeft: (ms: number) => g('totalLeft', { time: durationText(ms) }),
  bankMine: (ms: number) => g('bankMine', { time: durationText(ms) }),
  bank: (role: string, ms: number) => g('bank', { role, time: durationText(ms) }),
  standingIn: (role: string) => g('standingIn', { role }),
  computerMoves: (role: string, n: number) => g('computerMoves', { role, n }),
  menuCount: (n: number, turns: number) =>
    `${g('menu')} (${n})${turns > 0 ? ` · ${g('yourTurnCount', { n: turns })}` : ''}`,
};
