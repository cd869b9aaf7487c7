// The accessible panel: whose turn, what to do, every legal move as a button (so the
// whole game is playable with a keyboard or a screen reader), and the board as text.
import { TILE_IDS, VALUES, type Power } from '../content/ids';
import type { MoveChoice } from '../game/enumerate';
import { controller } from '../game/selectors';
import type { GameState } from '../game/state';
import { button, h } from './dom';
import { GROUP_TITLE, moveLabel } from './moveText';
import { countryName, powerName, projectName, tileName, VALUE_NAME } from './names';
import { TILE_BY_ID } from '../content/tiles';

export interface PanelInput {
  readonly heading: string;
  readonly choices: readonly MoveChoice[];
  readonly G: GameState;
  readonly power: Power | null;
  readonly onChoose: (c: MoveChoice) => void;
  /** The keyboard user was last in this panel: bring focus back when actions reappear. */
  readonly keepFocus: boolean;
}

/** Doing something comes before giving up: ending a card early is listed last. */
const GROUP_ORDER: readonly MoveChoice['move'][] = ['playOps', 'playEvent', 'placeInfluence', 'invest', 'softPower', 'pressure', 'kzNudge', 'kzPolicy', 'endPlay'];

export function boardAsText(G: GameState): HTMLElement {
  const rope = G.rope === 0 ? 'even' : G.rope < 0 ? `${-G.rope} toward Moscow` : `${G.rope} toward Beijing`;
  const list = h('ul', {});
  list.append(h('li', {}, `Round ${G.round} of ${G.rounds}, ${G.year}. Rope: ${rope}.`));
  list.append(h('li', {}, `Kazakhstan's values: ${VALUES.map((v) => `${VALUE_NAME[v]} ${G.values[v]}`).join(', ')}.`));
  for (const t of TILE_IDS) {
    const def = TILE_BY_ID[t];
    const c = controller(G, t);
    const inf = G.influence[t];
    const projects = G.projects[t].map(projectName).join(', ');
    list.append(
      h(
        'li',
        {},
        `${tileName(t)} (${countryName(def.country)}, stability ${def.stability}${def.battleground ? ', battleground' : ''}): ` +
          `Russia ${inf.russia}, China ${inf.china}; ${c === null ? 'uncontrolled' : `${powerName(c)} controls`}` +
          `${projects === '' ? '' : `; projects: ${projects}`}.`,
      ),
    );
  }
  return h('details', {}, h('summary', {}, 'The board as text'), list);
}

export function renderPanel(el: HTMLElement, input: PanelInput): void {
  // Keyboard users stay in the panel: if focus was on one of its buttons, the first
  // action of the new list takes it, instead of dropping focus to the page body.
  const lost = document.activeElement === null || document.activeElement === document.body;
  const hadFocus = (el.contains(document.activeElement) && document.activeElement instanceof HTMLButtonElement) || (input.keepFocus && lost);
  el.replaceChildren(h('h2', { id: 'panel-title' }, 'Actions'), h('p', { class: 'who', 'data-testid': 'panel-heading' }, input.heading));
  const groups = new Map<MoveChoice['move'], MoveChoice[]>(GROUP_ORDER.map((m) => [m, []]));
  for (const c of input.choices) groups.get(c.move)?.push(c);
  for (const [move, list] of groups) {
    if (list.length === 0) continue;
    const opts = h('div', { class: 'opts' });
    for (const c of list) opts.append(button(moveLabel(c, input.G, input.power), () => input.onChoose(c), { 'data-move': c.move }));
    el.append(h('div', { class: 'group', role: 'group', 'aria-label': GROUP_TITLE[move] }, h('h3', {}, GROUP_TITLE[move]), opts));
  }
  el.append(boardAsText(input.G));
  if (hadFocus) el.querySelector<HTMLButtonElement>('button[data-move]')?.focus();
}
