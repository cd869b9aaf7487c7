// The step bar: what to do now, why the last choice was refused, and the controls of
// the step in progress (the action for the card's operations, soft-power targets,
// Kazakhstan's nudge, what to build, undo, end the card).
import type { MoveChoice } from '../game/enumerate';
import type { GameState } from '../game/state';
import { button, h } from './dom';
import { moveLabel } from './moveText';
import { ROLE_NAME } from './names';
import type { Nudge, Tool } from './planner';

const TOOL_LABEL: Readonly<Record<Tool, string>> = { influence: 'Influence', invest: 'Invest', pressure: 'Pressure', nudge: 'Nudge' };
const SOFT_SHORT: Readonly<Record<string, string>> = {
  'reform+': 'Reform +',
  'reform-': 'Reform −',
  'identity+': 'Identity +',
  'identity-': 'Identity −',
  'wariness-': 'Trust me',
};
export const NUDGES: readonly Nudge[] = [
  { power: 'russia', delta: 1 },
  { power: 'russia', delta: -1 },
  { power: 'china', delta: 1 },
  { power: 'china', delta: -1 },
];

export interface BarInput {
  readonly prompt: string;
  readonly message: { readonly text: string; readonly refusal: boolean } | null;
  /** The seat on screen may act: show the step's controls. */
  readonly active: boolean;
  readonly G: GameState;
  readonly choices: readonly MoveChoice[];
  readonly tools: readonly Tool[];
  readonly tool: Tool;
  readonly nudge: Nudge;
  readonly investOptions: readonly MoveChoice[];
  readonly canUndo: boolean;
  readonly onTool: (tool: Tool, nudge?: Nudge) => void;
  readonly onChoose: (c: MoveChoice) => void;
  readonly onUndo: () => void;
}

export function renderBar(el: HTMLElement, input: BarInput): void {
  const items: HTMLElement[] = [h('span', { class: 'prompt', 'data-testid': 'prompt' }, input.prompt)];
  if (input.message !== null)
    items.push(h('span', { class: input.message.refusal ? 'reason' : '', role: 'alert', 'data-testid': 'reason' }, input.message.text));
  if (input.active) {
    for (const c of input.investOptions) items.push(button(`Build ${moveLabel(c, input.G, null)}`, () => input.onChoose(c), { 'data-testid': 'invest-option' }));
    const tileTools = input.tools.filter((t) => t !== 'nudge');
    if (tileTools.length > 1)
      for (const t of tileTools) items.push(button(TOOL_LABEL[t], () => input.onTool(t), { 'aria-pressed': String(input.tool === t), 'data-tool': t }));
    if (input.tools.includes('nudge'))
      for (const n of NUDGES) {
        const on = input.tool === 'nudge' && input.nudge.power === n.power && input.nudge.delta === n.delta;
        items.push(
          button(`${ROLE_NAME[n.power]} ${n.delta > 0 ? '+1' : '−1'}`, () => input.onTool('nudge', n), {
            'aria-pressed': String(on),
            'data-nudge': `${n.power}${n.delta}`,
          }),
        );
      }
    const soft = input.choices.filter((x) => x.move === 'softPower');
    if (soft.length > 0) {
      const row = h('span', { class: 'soft', role: 'group', 'aria-label': 'Soft power: rolls a die and uses all operations' }, h('span', { class: 'soft-label' }, 'Soft power:'));
      for (const c of soft)
        row.append(
          button(SOFT_SHORT[String(c.args[0])] ?? String(c.args[0]), () => input.onChoose(c), { 'data-soft': String(c.args[0]), 'aria-label': moveLabel(c, input.G, null) }),
        );
      items.push(row);
    }
    if (input.canUndo) items.push(button('Undo', input.onUndo, { 'data-testid': 'undo', title: 'Take back the last step of this card' }));
    const end = input.choices.find((c) => c.move === 'endPlay');
    if (end !== undefined) items.push(button('End card', () => input.onChoose(end), { 'data-testid': 'end-play' }));
  }
  el.replaceChildren(...items);
}
