// What a click on the board means right now, decided from the legal moves the rules
// list (enumerate) and explained with the rules' own refusal reasons (checkMove's codes).
// Pure functions of the state, so the board's highlighting and refusals are unit-tested.
import type { Ctx } from 'boardgame.io';
import { PROJECT_KINDS, TILE_IDS, type Power, type ProjectKind, type TileId } from '../content/ids';
import { PROJECT_BY_KIND } from '../content/projects';
import { enumerate, type MoveChoice } from '../game/enumerate';
import { checkMove, roleOfSeat } from '../game/moves';
import type { Refusal, RefusalParams } from '../game/refusal';
import type { GameState } from '../game/state';

/** How a tile click is read: the action chosen for the card in play, or Kazakhstan's nudge. */
export type Tool = 'influence' | 'invest' | 'pressure' | 'nudge';

export interface Nudge {
  readonly power: Power;
  readonly delta: 1 | -1;
}

export type TileOutcome =
  | { readonly kind: 'move'; readonly choice: MoveChoice }
  | { readonly kind: 'choose'; readonly options: readonly MoveChoice[] }
  | { readonly kind: 'refuse'; readonly reason: UiRefusal };

/** A refusal from the rules, or one of the table's own (what to do before a tile click means anything). */
export type UiRefusal =
  | Refusal
  | {
      readonly code: 'waitHandoff' | 'chooseCardFirst' | 'chooseNudge' | 'notPossible' | 'nothingToBuild';
      readonly params: RefusalParams;
    }
  /** The server's reason for refusing an online move, already in words. */
  | { readonly code: 'remote'; readonly params: RefusalParams; readonly text: string };
const ui = (code: 'waitHandoff' | 'chooseCardFirst' | 'chooseNudge' | 'notPossible' | 'nothingToBuild'): UiRefusal => ({
  code,
  params: {},
});

export function legalChoices(G: GameState, ctx: Ctx, seat: string | null): MoveChoice[] {
  return enumerate(G, ctx, seat);
}

const TILE_MOVE: Readonly<Record<Tool, MoveChoice['move']>> = {
  influence: 'placeInfluence',
  invest: 'invest',
  pressure: 'pressure',
  nudge: 'kzNudge',
};

function matches(c: MoveChoice, tool: Tool, nudge: Nudge | null): boolean {
  if (c.move !== TILE_MOVE[tool]) return false;
  if (tool === 'nudge') return nudge !== null && c.args[1] === nudge.power && c.args[2] === nudge.delta;
  return true;
}

/** Tiles a click would act on with this tool (ringed on the board). */
export function targetTiles(choices: readonly MoveChoice[], tool: Tool, nudge: Nudge | null = null): Set<TileId> {
  const out = new Set<TileId>();
  for (const c of choices) if (matches(c, tool, nudge)) out.add(c.args[0] as TileId);
  return out;
}

/** The tools that have at least one legal target now, in the order the bar shows them. */
export function availableTools(choices: readonly MoveChoice[]): Tool[] {
  const tools: Tool[] = ['influence', 'invest', 'pressure', 'nudge'];
  return tools.filter((t) => choices.some((c) => c.move === TILE_MOVE[t]));
}

/** The tool a seat starts with: the action its card is already committed to, or influence. */
export function defaultTool(G: GameState, choices: readonly MoveChoice[]): Tool {
  if (G.pending?.action === 'invest') return 'invest';
  if (G.pending?.action === 'pressure') return 'pressure';
  const tools = availableTools(choices);
  return tools[0] ?? 'influence';
}

/** Why nothing of `tool` can be done on `tile`: the rules' own reason, for the most natural attempt. */
function reasonFor(G: GameState, ctx: Ctx, seat: string, tool: Tool, tile: TileId, nudge: Nudge | null): UiRefusal {
  const role = roleOfSeat(seat);
  if (role === 'kazakhstan' && tool !== 'nudge')
    return checkMove(G, ctx, seat, 'kzNudge', [tile, 'russia', 1]) ?? ui('chooseNudge');
  if (tool === 'nudge')
    return checkMove(G, ctx, seat, 'kzNudge', [tile, nudge?.power ?? 'russia', nudge?.delta ?? 1]) ?? ui('notPossible');
  if (G.pending === null && ctx.phase === 'actions' && ctx.currentPlayer === seat) return ui('chooseCardFirst');
  if (tool === 'invest') {
    const mine = PROJECT_KINDS.filter((k) => PROJECT_BY_KIND[k].owner === role);
    const reasons = mine.map((k) => checkMove(G, ctx, seat, 'invest', [tile, k]));
    return reasons.find((r) => r !== null && r.code !== 'notYours') ?? reasons[0] ?? ui('nothingToBuild');
  }
  return checkMove(G, ctx, seat, TILE_MOVE[tool], [tile]) ?? ui('notPossible');
}

export function tileClick(
  G: GameState,
  ctx: Ctx,
  seat: string,
  choices: readonly MoveChoice[],
  tool: Tool,
  tile: TileId,
  nudge: Nudge | null = null,
): TileOutcome {
  const options = choices.filter((c) => matches(c, tool, nudge) && c.args[0] === tile);
  const [first] = options;
  if (first === undefined) return { kind: 'refuse', reason: reasonFor(G, ctx, seat, tool, tile, nudge) };
  if (options.length === 1) return { kind: 'move', choice: first };
  return { kind: 'choose', options };
}

/** Projects a seat could build somewhere now, for the invest chooser. */
export function projectOf(c: MoveChoice): ProjectKind | null {
  return c.move === 'invest' ? (c.args[1] as ProjectKind) : null;
}

export function allTiles(): readonly TileId[] {
  return TILE_IDS;
}
