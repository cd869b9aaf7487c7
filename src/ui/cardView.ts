// A card in the hand: operations badge in the corner, the side as a coloured band and
// the power's shape, title, year, one line of event text and the source. Speculative
// cards (after today) carry a clear mark so no invented future passes as fact.
import type { CardDef } from '../content/types';
import { t } from '../i18n/index';
import { button, h } from './dom';
import { cardFact, cardText, cardTitle } from './names';

export interface CardPlay {
  readonly selected: boolean;
  /** False while it is not this seat's turn to choose a card. */
  readonly active: boolean;
  readonly onSelect: () => void;
  readonly onOps: () => void;
  readonly onEvent: () => void;
}

const SHAPE = { russia: 'shape', china: 'shape circle', neutral: 'shape diamond' } as const;

export function cardView(def: CardDef, play: CardPlay): HTMLElement {
  const hist = def.history;
  const titleId = `card-${def.id}-title`;
  const title = cardTitle(def.id);
  const text = cardText(def);
  const el = h(
    'article',
    {
      class: `card side-${def.side}${play.selected ? ' selected' : ''}`,
      'data-card': def.id,
      'aria-labelledby': titleId,
    },
    h('span', { class: 'band', 'aria-hidden': 'true' }),
    h(
      'span',
      { class: 'ops', title: t('card.ops', { n: def.ops }), 'aria-label': t('card.ops', { n: def.ops }) },
      String(def.ops),
    ),
    h(
      'span',
      { class: 'side-mark' },
      h('span', { class: SHAPE[def.side], 'aria-hidden': 'true' }),
      t(`card.side.${def.side}`),
    ),
    h('h3', { id: titleId, title, 'data-clamp': true }, title),
    h(
      'span',
      { class: 'meta' },
      h('span', { class: 'year' }, hist !== undefined ? String(hist.year) : t('card.anyYear')),
      hist?.speculative === true
        ? h('span', { class: 'spec', title: t('card.speculativeTitle') }, t('card.speculative'))
        : null,
    ),
    h('p', { class: 'text', title: text, 'data-clamp': true }, text),
    hist !== undefined
      ? h(
          'span',
          { class: 'source', title: cardFact(def), 'data-clamp': true },
          t('card.source', { source: hist.source }),
        )
      : null,
  );
  if (play.active) {
    const actions = h('div', { class: 'card-actions' });
    actions.append(
      button(t('card.event'), play.onEvent, {
        'aria-label': `${t('card.event')}: ${t('card.playEvent', { card: title })}`,
        'data-play': 'event',
      }),
      button(t('card.opsButton', { n: def.ops }), play.onOps, {
        'aria-label': `${t('card.opsButton', { n: def.ops })}: ${t('card.playOps', { card: title, n: def.ops })}`,
        'data-play': 'ops',
        class: 'btn primary',
      }),
    );
    el.append(actions);
  }
  el.addEventListener('click', (e) => {
    if (e.target instanceof HTMLElement && e.target.closest('button') !== null) return;
    play.onSelect();
  });
  return el;
}
