// A card in the hand: operations badge in the corner, the side as a coloured band and
// the power's shape, title, year, one line of event text and the source. Speculative
// cards (after today) carry a clear mark so no invented future passes as fact.
import type { CardDef } from '../content/types';
import { button, h } from './dom';

export interface CardPlay {
  readonly selected: boolean;
  /** False while it is not this seat's turn to choose a card. */
  readonly active: boolean;
  readonly onSelect: () => void;
  readonly onOps: () => void;
  readonly onEvent: () => void;
}

const SIDE_LABEL = { russia: 'Russia', china: 'China', neutral: 'Neutral' } as const;
const SHAPE = { russia: 'shape', china: 'shape circle', neutral: 'shape diamond' } as const;

export function cardView(def: CardDef, play: CardPlay): HTMLElement {
  const hist = def.history;
  const titleId = `card-${def.id}-title`;
  const el = h(
    'article',
    { class: `card side-${def.side}${play.selected ? ' selected' : ''}`, 'data-card': def.id, 'aria-labelledby': titleId },
    h('span', { class: 'band', 'aria-hidden': 'true' }),
    h('span', { class: 'ops', title: `${def.ops} operations`, 'aria-label': `${def.ops} operations` }, String(def.ops)),
    h('span', { class: 'side-mark' }, h('span', { class: SHAPE[def.side], 'aria-hidden': 'true' }), `${SIDE_LABEL[def.side]} card`),
    h('h3', { id: titleId, title: def.title }, def.title),
    h(
      'span',
      { class: 'meta' },
      h('span', { class: 'year' }, hist !== undefined ? String(hist.year) : 'Any year'),
      hist?.speculative === true ? h('span', { class: 'spec', title: 'A plausible future, not a fact' }, 'Speculative') : null,
    ),
    h('p', { class: 'text', title: def.text }, def.text),
    hist !== undefined ? h('span', { class: 'source', title: hist.fact }, `Source: ${hist.source}`) : null,
  );
  if (play.active) {
    const actions = h('div', { class: 'card-actions' });
    actions.append(
      button('Event', play.onEvent, { 'aria-label': `Play ${def.title} for its event`, 'data-play': 'event' }),
      button(`Ops ${def.ops}`, play.onOps, { 'aria-label': `Play ${def.title} for ${def.ops} operations`, 'data-play': 'ops', class: 'btn primary' }),
    );
    el.append(actions);
  }
  el.addEventListener('click', (e) => {
    if (e.target instanceof HTMLElement && e.target.closest('button') !== null) return;
    play.onSelect();
  });
  return el;
}
