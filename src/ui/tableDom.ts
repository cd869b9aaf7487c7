// The table's DOM skeleton: canvas host, action bar, hand, and the side column with the
// accessible panel and the log, plus a polite live region for announcements.
import { h } from './dom';

export interface TableDom {
  readonly root: HTMLElement;
  readonly board: HTMLElement;
  readonly bar: HTMLElement;
  readonly hand: HTMLElement;
  readonly panel: HTMLElement;
  readonly log: HTMLElement;
  readonly live: HTMLElement;
  readonly overlay: HTMLElement;
}

export function buildTable(app: HTMLElement): TableDom {
  const board = h('div', { class: 'board', 'data-testid': 'board' }, h('div', { class: 'board-loading' }, 'Unrolling the map…'));
  const bar = h('div', { class: 'bar', role: 'toolbar', 'aria-label': 'Current step' });
  const hand = h('section', { class: 'hand', 'aria-label': 'Your hand', 'data-testid': 'hand' });
  const panel = h('section', { class: 'panel', 'aria-labelledby': 'panel-title', 'data-testid': 'panel' });
  const log = h('ol', { class: 'log', 'aria-label': 'What happened', 'data-testid': 'log' });
  const live = h('div', { class: 'sr-only', 'aria-live': 'polite', role: 'status', 'data-testid': 'live' });
  const overlay = h('div', { 'data-testid': 'overlay-host' });
  // The log can fold away (on a phone it would push the table off the screen).
  const toggle = h('button', { type: 'button', class: 'log-toggle', 'aria-expanded': 'true', 'aria-controls': 'game-log' }, 'Log');
  log.id = 'game-log';
  toggle.addEventListener('click', () => {
    log.hidden = !log.hidden;
    toggle.setAttribute('aria-expanded', String(!log.hidden));
  });
  const side = h('aside', { class: 'side' }, panel, h('h2', {}, toggle), log);
  const root = h('main', { class: 'table', 'aria-label': 'Game table' }, board, bar, hand, side);
  // The first Tab stop: straight to the list of legal moves.
  const skip = h('a', { class: 'skip', href: '#actions-panel' }, 'Skip to actions');
  panel.id = 'actions-panel';
  panel.tabIndex = -1;
  skip.addEventListener('click', (e) => {
    e.preventDefault();
    (panel.querySelector<HTMLButtonElement>('button[data-move]') ?? panel).focus();
  });
  app.replaceChildren(skip, root, live, overlay);
  return { root, board, bar, hand, panel, log, live, overlay };
}
