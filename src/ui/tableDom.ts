// The table's DOM skeleton: canvas host, action bar, hand, and the side column with the
// accessible panel, the rules and language controls and the log, plus a polite live
// region for announcements. Its fixed words are re-read on a language change (relabel).
import { LANGS } from '../i18n/detect';
import { language, t } from '../i18n/index';
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
  /** The language picker in the side column. */
  readonly lang: HTMLSelectElement;
  /** Opens the rules sheet. */
  readonly rules: HTMLButtonElement;
  /** Puts the skeleton's own words into the current language. */
  relabel: () => void;
}

export function buildTable(app: HTMLElement): TableDom {
  const loading = h('div', { class: 'board-loading' });
  const board = h('div', { class: 'board', 'data-testid': 'board' }, loading);
  const bar = h('div', { class: 'bar', role: 'toolbar' });
  const hand = h('section', { class: 'hand', 'data-testid': 'hand' });
  const panel = h('section', { class: 'panel', 'aria-labelledby': 'panel-title', 'data-testid': 'panel' });
  const log = h('ol', { class: 'log', 'data-testid': 'log' });
  const live = h('div', { class: 'sr-only', 'aria-live': 'polite', role: 'status', 'data-testid': 'live' });
  const overlay = h('div', { 'data-testid': 'overlay-host' });
  // The log can fold away (on a phone it would push the table off the screen).
  const toggle = h('button', {
    type: 'button',
    class: 'log-toggle',
    'aria-expanded': 'true',
    'aria-controls': 'game-log',
  });
  log.id = 'game-log';
  // A scrolling region a keyboard can reach (and scroll with the arrow keys).
  log.tabIndex = 0;
  toggle.addEventListener('click', () => {
    log.hidden = !log.hidden;
    toggle.setAttribute('aria-expanded', String(!log.hidden));
  });
  const rules = h('button', { type: 'button', class: 'btn small', 'data-testid': 'rules-open' });
  const lang = h('select', { id: 'table-lang', 'data-testid': 'table-lang' });
  for (const l of LANGS) lang.append(h('option', { value: l, lang: l === 'zh' ? 'zh-Hans' : l }));
  // The test-only pseudo-locale is offered only when the page was opened in it.
  if (language() === 'pseudo' || new URLSearchParams(window.location.search).get('lang') === 'pseudo')
    lang.append(h('option', { value: 'pseudo' }, '⟦pseudo⟧'));
  const langLabel = h('label', { class: 'table-lang', for: 'table-lang' });
  const tools = h('div', { class: 'side-tools' }, rules, h('span', { class: 'table-lang-wrap' }, langLabel, lang));
  const side = h('aside', { class: 'side' }, tools, panel, h('h2', {}, toggle), log);
  const root = h('main', { class: 'table' }, board, bar, hand, side);
  // The first Tab stop: straight to the list of legal moves.
  const skip = h('a', { class: 'skip', href: '#actions-panel' });
  panel.id = 'actions-panel';
  panel.tabIndex = -1;
  skip.addEventListener('click', (e) => {
    e.preventDefault();
    (panel.querySelector<HTMLButtonElement>('button[data-move]') ?? panel).focus();
  });
  const relabel = (): void => {
    loading.textContent = t('table.loading');
    bar.setAttribute('aria-label', t('table.currentStep'));
    hand.setAttribute('aria-label', t('table.yourHand'));
    log.setAttribute('aria-label', t('table.whatHappened'));
    toggle.textContent = t('table.log');
    root.setAttribute('aria-label', t('table.gameTable'));
    skip.textContent = t('table.skip');
    rules.textContent = t('table.rules');
    langLabel.textContent = t('lang.label');
    for (const o of lang.options) if (o.value !== 'pseudo') o.textContent = t(`lang.${o.value}`);
    lang.value = language();
  };
  relabel();
  app.replaceChildren(skip, root, live, overlay);
  return { root, board, bar, hand, panel, log, live, overlay, lang, rules, relabel };
}
