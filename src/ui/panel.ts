// The accessible panel: whose turn, what to do, every legal move as a button (so the
// whole game is playable with a keyboard or a screen reader), and the board as text.
import { TILE_IDS, VALUES, type Power } from '../content/ids';
import type { MoveChoice } from '../game/enumerate';
import { controller } from '../game/selectors';
import type { GameState } from '../game/state';
import { button, h } from './dom';
import { t } from '../i18n/index';
import { groupTitle, moveLabel } from './moveText';
import { countryName, powerName, projectName, tileName, valueName } from './names';
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
const GROUP_ORDER: readonly MoveChoice['move'][] = [
  'playOps',
  'playEvent',
  'placeInfluence',
  'invest',
  'softPower',
  'pressure',
  'kzNudge',
  'kzPolicy',
  'endPlay',
];

export function boardAsText(G: GameState): HTMLElement {
  const rope =
    G.rope === 0
      ? t('text.ropeEven')
      : G.rope < 0
        ? t('text.ropeMoscow', { n: -G.rope })
        : t('text.ropeBeijing', { n: G.rope });
  const list = h('ul', {});
  list.append(h('li', {}, t('text.round', { round: G.round, rounds: G.rounds, year: G.year, rope })));
  list.append(h('li', {}, t('text.values', { list: VALUES.map((v) => `${valueName(v)} ${G.values[v]}`).join(', ') })));
  for (const id of TILE_IDS) {
    const def = TILE_BY_ID[id];
    const c = controller(G, id);
    const inf = G.influence[id];
    const projects = G.projects[id].map(projectName).join(', ');
    list.append(
      h(
        'li',
        {},
        t('text.tile', {
          tile: tileName(id),
          country: countryName(def.country),
          stability: def.stability,
          bg: def.battleground ? t('text.battleground') : '',
          russia: inf.russia,
          china: inf.china,
          control: c === null ? t('text.uncontrolled') : t('text.controls', { name: powerName(c) }),
          projects: projects === '' ? '' : t('text.projects', { list: projects }),
        }),
      ),
    );
  }
  return h('details', {}, h('summary', {}, t('table.boardAsText')), list);
}

export function renderPanel(el: HTMLElement, input: PanelInput): void {
  // Keyboard users stay in the panel: if focus was on one of its buttons, the first
  // action of the new list takes it, instead of dropping focus to the page body.
  const lost = document.activeElement === null || document.activeElement === document.body;
  const hadFocus =
    (el.contains(document.activeElement) && document.activeElement instanceof HTMLButtonElement) ||
    (input.keepFocus && lost);
  el.replaceChildren(
    h('h2', { id: 'panel-title' }, t('table.actions')),
    h('p', { class: 'who', 'data-testid': 'panel-heading' }, input.heading),
  );
  const groups = new Map<MoveChoice['move'], MoveChoice[]>(GROUP_ORDER.map((m) => [m, []]));
  for (const c of input.choices) groups.get(c.move)?.push(c);
  for (const [move, list] of groups) {
    if (list.length === 0) continue;
    const opts = h('div', { class: 'opts' });
    for (const c of list)
      opts.append(button(moveLabel(c, input.G, input.power), () => input.onChoose(c), { 'data-move': c.move }));
    el.append(
      h('div', { class: 'group', role: 'group', 'aria-label': groupTitle(move) }, h('h3', {}, groupTitle(move)), opts),
    );
  }
  el.append(boardAsText(input.G));
  if (hadFocus) el.querySelector<HTMLButtonElement>('button[data-move]')?.focus();
}
