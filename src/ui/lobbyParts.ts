// Small pieces the online screens share: the names of roles, computer levels and
// scenarios in the player's language, form helpers, and where a match opens.
import { SCENARIOS } from '../content/scenarios';
import { tc } from '../i18n/index';
import { h } from './dom';
import { ROLE_NAME, SEAT_ROLE } from './names';
import { BOT_LEVEL_NAME } from './onlineText';

export const roleName = (seat: string): string => ROLE_NAME[SEAT_ROLE[seat] ?? 'russia'];
export const levelName = (level: string): string => BOT_LEVEL_NAME[level] ?? level;

export function scenarioTitle(id: string | undefined): string {
  const s = (SCENARIOS as Record<string, { title: string } | undefined>)[id ?? ''];
  return s === undefined ? (id ?? '') : tc(`scenarioTitle.${id ?? ''}`, s.title);
}

export function option(value: string, label: string): HTMLOptionElement {
  return h('option', { value }, label);
}

export function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  return h('label', {}, text, control);
}

/** Where a match opens: its invite link (optionally as a spectator). */
export function openMatchUrl(matchID: string, watch = false): string {
  return `${window.location.pathname}?match=${encodeURIComponent(matchID)}${watch ? '&watch=1' : ''}`;
}
