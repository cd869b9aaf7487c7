// The step bar: what to do now, why the last choice was refused, and the controls of
// the step in progress (the action for the card's operations, soft-power targets,
// Kazakhstan's nudge, what to build, undo, end the card).
import type { MoveChoice } from '../game/enumerate';
import type { GameState } from '../game/state';
import { button, h } from './dom';
import { moveLabel } from './moveText';
import { t } from '../i18n/index';
import { roleName } from './names';
import type { Nudge, Tool } from './planner';

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
    items.push(
      h(
        'span',
        { class: input.message.refusal ? 'reason' : '', role: 'alert', 'data-testid': 'reason' },
        input.message.text,
      ),
    );
  if (input.active) {
    for (const c of input.investOptions)
      items.push(
        button(t('bar.build', { what: moveLabel(c, input.G, null) }), () => input.onChoose(c), {
          'data-testid': 'invest-option',
        }),
      );
    const tileTools = input.tools.filter((t) => t !== 'nudge');
    if (tileTools.length > 1)
      for (const tool of tileTools)
        items.push(
          button(t(`tool.${tool}`), () => input.onTool(tool), {
            'aria-pressed': String(input.tool === tool),
            'data-tool': tool,
          }),
        );
    if (input.tools.includes('nudge'))
      for (const n of NUDGES) {
        const on = input.tool === 'nudge' && input.nudge.power === n.power && input.nudge.delta === n.delta;
        items.push(
          button(
            t('bar.nudge', { power: roleName(n.power), sign: n.delta > 0 ? '+1' : '−1' }),
            () => input.onTool('nudge', n),
            {
              'aria-pressed': String(on),
              'data-nudge': `${n.power}${n.delta}`,
            },
          ),
        );
      }
    const soft = input.choices.filter((x) => x.move === 'softPower');
    if (soft.length > 0) {
      const row = h(
        'span',
        { class: 'soft', role: 'group', 'aria-label': t('soft.group') },
        h('span', { class: 'soft-label' }, t('soft.label')),
      );
      for (const c of soft)
        row.append(
          button(t(`soft.${String(c.args[0])}`), () => input.onChoose(c), {
            'data-soft': String(c.args[0]),
            'aria-label': `${t(`soft.${String(c.args[0])}`)}: ${moveLabel(c, input.G, null)}`,
          }),
        );
      items.push(row);
    }
    if (input.canUndo)
      items.push(button(t('bar.undo'), input.onUndo, { 'data-testid': 'undo', title: t('bar.undoTitle') }));
    const end = input.choices.find((c) => c.move === 'endPlay');
    if (end !== undefined)
      items.push(button(t('bar.endCard'), () => input.onChoose(end), { 'data-testid': 'end-play' }));
  }
  el.replaceChildren(...items);
}
