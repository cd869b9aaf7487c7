// A side's briefing: who you are, what you want, what you fear, what Kazakhstan's values
// mean for you, and facts from history with their year and source. A student sees their
// own before the first move (a dialog over the table, once per match); the teacher prints
// all of a session's sides from the dashboard, one A4 page each (classroom.css, @media print).
import { briefingFacts } from '../classroom/briefing';
import type { Role } from '../online/classroom';
import { S, type SessionKey } from './classText';
import { CONTENT_TEXT } from './classroomText';
import { roleOf } from './classWidgets';
import { button, h } from './dom';

const SIDE: Readonly<Record<Role, string>> = { russia: 'Russia', china: 'China', kazakhstan: 'Kazakhstan' };

function part(role: Role, name: 'Who' | 'Want' | 'Fear' | 'Values'): string {
  return S(`brief${SIDE[role]}${name}` as SessionKey);
}

/** The briefing itself, as an article titled by `titleId`. */
export function briefingSheet(role: Role, titleId: string): HTMLElement {
  const section = (heading: string, text: string): HTMLElement =>
    h('section', { class: 'brief-part' }, h('h3', {}, heading), h('p', {}, text));
  const facts = briefingFacts(role).map((f) =>
    h(
      'li',
      { 'data-fact': f.id },
      h('strong', {}, `${f.history.year} · ${CONTENT_TEXT.eventTitle(f.kind, f.id, f.title)}. `),
      CONTENT_TEXT.eventFact(f.kind, f.id, f.history.fact),
      ' ',
      h(
        'span',
        { class: 'brief-source' },
        `${S('briefSource')}: `,
        ...f.sources.flatMap((url, i) => [
          i === 0 ? '' : '; ',
          h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, url),
        ]),
      ),
    ),
  );
  return h(
    'article',
    { class: `briefing who-${role}`, 'aria-labelledby': titleId, 'data-testid': 'briefing', 'data-role': role },
    h('p', { class: 'menu-kicker' }, S('briefKicker')),
    h('h2', { id: titleId }, S('briefTitle', { role: roleOf(role) })),
    section(S('briefWho'), part(role, 'Who')),
    section(S('briefWant'), part(role, 'Want')),
    section(S('briefFear'), part(role, 'Fear')),
    section(S('briefValues'), part(role, 'Values')),
    h('section', { class: 'brief-part' }, h('h3', {}, S('briefFacts')), h('ul', { class: 'brief-facts' }, ...facts)),
  );
}

/** The student's briefing over the table until they have read it; `done` runs when they close it. */
export function showBriefing(root: HTMLElement, role: Role, done: () => void): void {
  // A modal dialog: the table behind it is inert (no focus, no clicks, hidden from assistive technology).
  const behind = [...root.children].filter((el): el is HTMLElement => el instanceof HTMLElement && !el.inert);
  for (const el of behind) el.inert = true;
  const start = button(
    S('briefStart'),
    () => {
      box.remove();
      for (const el of behind) el.inert = false;
      done();
    },
    { class: 'btn primary big', 'data-testid': 'briefing-start' },
  );
  const box = h(
    'div',
    { class: 'briefing-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'briefing-title' },
    h('div', { class: 'briefing-card' }, briefingSheet(role, 'briefing-title'), h('div', { class: 'row' }, start)),
  );
  root.append(box);
  start.focus();
}

/** Prints one page per side of the session (Russia and China, and Kazakhstan in three-player matches). */
export function printBriefings(code: string, players: 2 | 3): void {
  document.querySelector('.briefing-print')?.remove();
  const roles: Role[] = players === 3 ? ['russia', 'china', 'kazakhstan'] : ['russia', 'china'];
  const pages = h(
    'div',
    { class: 'briefing-print', 'data-testid': 'briefing-print' },
    ...roles.map((role) =>
      h(
        'div',
        { class: 'briefing-page' },
        h('p', { class: 'brief-print-title' }, S('briefPrintTitle', { code })),
        briefingSheet(role, `print-brief-${role}`),
      ),
    ),
  );
  // Left in place after printing (the screen never shows it): printing again replaces it.
  document.body.append(pages);
  window.print();
}
