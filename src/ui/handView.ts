// The hand along the bottom: a power's cards, or Kazakhstan's policies, or nothing at
// all while the hand-off sheet is up (the next player's cards must not be in the page).
import type { Power } from '../content/ids';
import type { SeatRole } from '../game/moves';
import { cardView } from './cardView';
import { button, h } from './dom';
import { t } from '../i18n/index';
import { cardDef, policyText, policyTitle, roleName } from './names';

export interface HandInput {
  readonly role: SeatRole | null;
  /** Card ids of a power's hand, or policy ids for Kazakhstan ('?' entries are skipped). */
  readonly cards: readonly string[];
  readonly hidden: boolean;
  /** The seat may choose a card now. */
  readonly choosing: boolean;
  readonly selected: string | null;
  readonly canAdopt: (policy: string) => boolean;
  readonly onSelect: (card: string) => void;
  readonly onPlay: (card: string, mode: 'ops' | 'event') => void;
  readonly onAdopt: (policy: string) => void;
}

const empty = (text: string): HTMLElement => h('p', { class: 'hand-empty' }, text);

function policyCard(id: string, input: HandInput): HTMLElement {
  return h(
    'article',
    { class: 'card side-kz', 'data-card': id },
    h('span', { class: 'band', 'aria-hidden': 'true' }),
    h('span', { class: 'side-mark' }, t('card.policy')),
    h('h3', { title: policyTitle(id), 'data-clamp': true }, policyTitle(id)),
    h('p', { class: 'text', title: policyText(id), 'data-clamp': true }, policyText(id)),
    input.canAdopt(id)
      ? h(
          'div',
          { class: 'card-actions' },
          button(t('card.adopt'), () => input.onAdopt(id), { class: 'btn primary', 'data-play': 'policy' }),
        )
      : null,
  );
}

export function renderHand(el: HTMLElement, input: HandInput): void {
  if (input.hidden) {
    el.replaceChildren(empty(t('hand.hiddenUntil')));
    return;
  }
  const ids = input.cards.filter((id) => id !== '?');
  if (input.role === null) {
    el.replaceChildren();
    return;
  }
  el.setAttribute('aria-label', t('hand.of', { name: roleName(input.role) }));
  if (input.role === 'kazakhstan') {
    el.replaceChildren(...(ids.length === 0 ? [empty(t('hand.kzEmpty'))] : ids.map((id) => policyCard(id, input))));
    return;
  }
  if (ids.length === 0) {
    el.replaceChildren(empty(t('hand.empty')));
    return;
  }
  el.replaceChildren(
    ...ids.flatMap((id) => {
      const def = cardDef(id);
      if (def === undefined) return [];
      return [
        cardView(def, {
          selected: input.selected === id,
          active: input.choosing,
          onSelect: () => input.onSelect(id),
          onOps: () => input.onPlay(id, 'ops'),
          onEvent: () => input.onPlay(id, 'event'),
        }),
      ];
    }),
  );
}

export function isPower(role: SeatRole | null): role is Power {
  return role === 'russia' || role === 'china';
}
