// The moves. Each is a check that returns why a move is refused (a code, or null)
// and an apply step; the same checks list the legal moves (enumerate.ts) and explain
// a refusal to a player, so what the board offers and what the rules accept cannot drift.
// Operations are spent one step at a time (Twilight Struggle's influence placement),
// so every legal action of a seat can be listed in full.
import type { Ctx } from 'boardgame.io';
import {
  POWERS,
  PROJECT_KINDS,
  TILE_IDS,
  type CardId,
  type Power,
  type ProjectKind,
  type TileId,
  type ValueId,
} from '../content/ids';
import { CARD_BY_ID, isCardId, isPolicyId } from '../content/index';
import { PROJECT_BY_KIND } from '../content/projects';
import { TILE_BY_ID } from '../content/tiles';
import { addInfluence, applyEffects, buildProject, moveRope, shiftValue } from './effects';
import { adoptPolicy } from './kazakhstan';
import type { Rng } from './random';
import {
  controller,
  influenceCost,
  inReach,
  opponent,
  projectBlocker,
  SOFT_POWER_TARGET,
  WARINESS_PRICE_AT,
  warinessOf,
} from './selectors';
import type { GameState } from './state';
import { refusal, refusalText, type Refusal } from './refusal';
import { writable } from './clone';
import { valuesCount } from './world';
import { record } from './log';
import type { CardDef } from '../content/types';
import { eventBonusOps, eventRope, pressureRemoves, pressureThreshold, projectCost } from './levers';
import { MOVE_NAMES, SOFT_TARGETS, type MoveName, type SoftTarget } from './moveNames';

export { MOVE_NAMES, SOFT_TARGETS, UNDOABLE_MOVES, type MoveName, type SoftTarget } from './moveNames';

/** Pressure costs the presser this much Wariness, inside Kazakhstan or out. */
export const PRESSURE_WARINESS = 1;

/** No pressure anywhere while Kazakhstan's Wariness of the presser is this or more (its neighbours' fears are its own). */
export const PRESSURE_BARRED_AT = 10;

export type SeatRole = Power | 'kazakhstan';

export function roleOfSeat(playerID: string | null | undefined): SeatRole | null {
  return playerID === '0' ? 'russia' : playerID === '1' ? 'china' : playerID === '2' ? 'kazakhstan' : null;
}

type Check = (G: GameState, ctx: Ctx, playerID: string | null | undefined, args: readonly unknown[]) => Refusal | null;

const isTile = (x: unknown): x is TileId => typeof x === 'string' && (TILE_IDS as readonly string[]).includes(x);
const isPower = (x: unknown): x is Power => typeof x === 'string' && (POWERS as readonly string[]).includes(x);
const isProject = (x: unknown): x is ProjectKind =>
  typeof x === 'string' && (PROJECT_KINDS as readonly string[]).includes(x);
const isSoftTarget = (x: unknown): x is SoftTarget =>
  typeof x === 'string' && (SOFT_TARGETS as readonly string[]).includes(x);

/** Common ground for the powers' moves: game on, actions phase, the seat's own turn. */
function powerTurn(G: GameState, ctx: Ctx, playerID: string | null | undefined): Refusal | Power {
  if (G.result !== null || ctx.gameover !== undefined) return refusal('over');
  const role = roleOfSeat(playerID);
  if (role === null) return refusal('spectator');
  if (role === 'kazakhstan') return refusal('kzOwnPhase');
  if (ctx.phase !== 'actions') return refusal('notActions');
  if (ctx.currentPlayer !== playerID) return refusal('notYourTurn');
  return role;
}

function checkCardChoice(
  G: GameState,
  ctx: Ctx,
  playerID: string | null | undefined,
  args: readonly unknown[],
  forEvent: boolean,
): Refusal | null {
  const p = powerTurn(G, ctx, playerID);
  if (!isPower(p)) return p;
  if (G.pending !== null) return refusal('finishCard');
  const [card] = args;
  if (args.length !== 1 || typeof card !== 'string') return refusal('nameCard');
  if (!isCardId(card) || !G.hands[p].includes(card)) return refusal('notInHand');
  const def = CARD_BY_ID[card];
  if (def === undefined) return refusal('unknownCard');
  if (forEvent && def.side === opponent(p)) return refusal('opponentCard');
  return null;
}

/** A step that spends operations of the card in play. */
function pendingStep(G: GameState, ctx: Ctx, playerID: string | null | undefined): Refusal | Power {
  const p = powerTurn(G, ctx, playerID);
  if (!isPower(p)) return p;
  if (G.pending === null || G.pending.power !== p) return refusal('opsFirst');
  return p;
}

function wholeCardAction(G: GameState, ctx: Ctx, playerID: string | null | undefined): Refusal | Power {
  const p = pendingStep(G, ctx, playerID);
  if (!isPower(p)) return p;
  if (G.pending?.action !== null) return refusal('alreadySpent', { action: G.pending?.action ?? '' });
  return p;
}

export function softPowerValue(target: SoftTarget, power: Power): { value: ValueId; dir: 1 | -1 } {
  switch (target) {
    case 'reform+':
      return { value: 'reform', dir: 1 };
    case 'reform-':
      return { value: 'reform', dir: -1 };
    case 'identity+':
      return { value: 'identity', dir: 1 };
    case 'identity-':
      return { value: 'identity', dir: -1 };
    case 'wariness-':
      return { value: warinessOf(power), dir: -1 };
  }
}

/** Soft power needs a 6 on die plus operations; one more when it pushes against Kazakhstan's lean. */
export function softPowerTarget(G: Pick<GameState, 'values' | 'world'>, target: SoftTarget, power: Power): number {
  if (!valuesCount(G)) return SOFT_POWER_TARGET;
  const { value, dir } = softPowerValue(target, power);
  const v = G.values[value];
  const against = target === 'wariness-' ? v >= WARINESS_PRICE_AT : (dir < 0 && v >= 7) || (dir > 0 && v <= 3);
  return SOFT_POWER_TARGET + (against ? 1 : 0);
}

/** Each move's check, returning why it is refused (a code and its ids) or null when legal. */
export const REFUSE: Record<MoveName, Check> = {
  playEvent: (G, ctx, id, args) => checkCardChoice(G, ctx, id, args, true),
  playOps: (G, ctx, id, args) => checkCardChoice(G, ctx, id, args, false),
  placeInfluence: (G, ctx, id, args) => {
    const p = pendingStep(G, ctx, id);
    if (!isPower(p)) return p;
    const [tile] = args;
    if (args.length !== 1 || !isTile(tile)) return refusal('nameTile');
    if (G.pending?.action !== null && G.pending?.action !== 'influence')
      return refusal('alreadySpent', { action: G.pending?.action ?? '' });
    if (!inReach(G, p, tile)) return refusal('outOfReach', { tile });
    const cost = influenceCost(G, p, tile);
    if (cost > (G.pending?.opsLeft ?? 0)) return refusal('pointCost', { tile, cost, left: G.pending?.opsLeft ?? 0 });
    return null;
  },
  invest: (G, ctx, id, args) => {
    const p = pendingStep(G, ctx, id);
    if (!isPower(p)) return p;
    const [tile, kind] = args;
    if (args.length !== 2 || !isTile(tile) || !isProject(kind)) return refusal('nameTileProject');
    if (G.pending?.action !== null && G.pending?.action !== 'invest')
      return refusal('alreadySpent', { action: G.pending?.action ?? '' });
    const def = PROJECT_BY_KIND[kind];
    if (def.owner !== p) return refusal('notYours', { project: kind });
    const blocker = projectBlocker(G, tile, kind);
    if (blocker !== null) return blocker;
    if (G.influence[tile][p] === 0) return refusal('needInfluence', { tile });
    if (controller(G, tile) === opponent(p)) return refusal('opponentControls', { tile });
    const cost = projectCost(G, kind);
    if (cost > (G.pending?.opsLeft ?? 0))
      return refusal('projectCost', { project: kind, cost, left: G.pending?.opsLeft ?? 0 });
    return null;
  },
  softPower: (G, ctx, id, args) => {
    const p = wholeCardAction(G, ctx, id);
    if (!isPower(p)) return p;
    const [target] = args;
    if (args.length !== 1 || !isSoftTarget(target)) return refusal('nameSoft');
    const { value, dir } = softPowerValue(target, p);
    if ((dir > 0 && G.values[value] >= 10) || (dir < 0 && G.values[value] <= 0))
      return refusal('valueStuck', { value });
    return null;
  },
  pressure: (G, ctx, id, args) => {
    const p = wholeCardAction(G, ctx, id);
    if (!isPower(p)) return p;
    const [tile] = args;
    if (args.length !== 1 || !isTile(tile)) return refusal('nameTile');
    if (valuesCount(G) && G.values[warinessOf(p)] >= PRESSURE_BARRED_AT)
      return refusal('pressureBarred', { limit: PRESSURE_BARRED_AT });
    if (G.influence[tile][opponent(p)] === 0) return refusal('noOpponentInfluence', { tile });
    if (!inReach(G, p, tile)) return refusal('tileOutOfReach', { tile });
    return null;
  },
  endPlay: (G, ctx, id, args) => {
    const p = pendingStep(G, ctx, id);
    if (!isPower(p)) return p;
    if (args.length !== 0) return refusal('noArgs');
    return null;
  },
  kzNudge: (G, ctx, id, args) => {
    const r = kazakhTurn(G, ctx, id);
    if (r !== null) return r;
    if (G.nudged) return refusal('kzAlreadyNudged');
    const [tile, power, delta] = args;
    if (args.length !== 3 || !isTile(tile) || !isPower(power) || (delta !== 1 && delta !== -1))
      return refusal('nameNudge');
    if (TILE_BY_ID[tile].country !== 'kazakhstan') return refusal('notKazakh', { tile });
    if (delta === -1 && G.influence[tile][power] === 0) return refusal('noInfluence', { power, tile });
    return null;
  },
  kzPolicy: (G, ctx, id, args) => {
    const r = kazakhTurn(G, ctx, id);
    if (r !== null) return r;
    const [policy] = args;
    if (args.length !== 1 || typeof policy !== 'string' || !isPolicyId(policy) || !G.policyHand.includes(policy))
      return refusal('choosePolicy');
    return null;
  },
};

function kazakhTurn(G: GameState, ctx: Ctx, playerID: string | null | undefined): Refusal | null {
  if (G.result !== null || ctx.gameover !== undefined) return refusal('over');
  if (roleOfSeat(playerID) !== 'kazakhstan') return refusal('onlyKazakhstan');
  if (ctx.phase !== 'kazakhstan') return refusal('notKzPhase');
  return null;
}

/** Why a move is refused, as data (a code and the ids it concerns), or null when it is legal. Forged names and arguments are refused here. */
export function checkMove(
  G: GameState,
  ctx: Ctx,
  playerID: string | null | undefined,
  move: string,
  args: readonly unknown[],
): Refusal | null {
  if (!Object.prototype.hasOwnProperty.call(REFUSE, move)) return refusal('unknownMove');
  return REFUSE[move as MoveName](G, ctx, playerID, args);
}

/** Why a move is refused, in English (the server's log and messages), or null when it is legal. */
export function explainMove(
  G: GameState,
  ctx: Ctx,
  playerID: string | null | undefined,
  move: string,
  args: readonly unknown[],
): string | null {
  if (!Object.prototype.hasOwnProperty.call(REFUSE, move)) return `unknown move ${JSON.stringify(move).slice(0, 40)}`;
  const r = REFUSE[move as MoveName](G, ctx, playerID, args);
  return r === null ? null : refusalText(r);
}

/** The checks with English reasons, move by move. */
export const CHECKS: Record<
  MoveName,
  (G: GameState, ctx: Ctx, playerID: string | null | undefined, args: readonly unknown[]) => string | null
> = Object.fromEntries(
  MOVE_NAMES.map((m) => [
    m,
    (G: GameState, ctx: Ctx, playerID: string | null | undefined, args: readonly unknown[]) =>
      explainMove(G, ctx, playerID, m, args),
  ]),
) as Record<
  MoveName,
  (G: GameState, ctx: Ctx, playerID: string | null | undefined, args: readonly unknown[]) => string | null
>;

// ---- applying moves -------------------------------------------------------

export interface Events {
  endTurn: () => void;
}

export interface MoveEnv {
  G: GameState;
  ctx: Ctx;
  playerID: string;
  random: Rng;
  events: Events;
}

/** Whether the card in play has operations left that some step can still spend. */
function hasStep(G: GameState, ctx: Ctx, playerID: string): boolean {
  const pending = G.pending;
  if (pending === null || pending.opsLeft <= 0) return false;
  if (pending.action === null) return true; // soft power is always open as a first step
  if (pending.action === 'influence') {
    // No point costs more than 3, and a power's home border is always in reach.
    if (pending.opsLeft >= 3) return true;
    return TILE_IDS.some((t) => REFUSE.placeInfluence(G, ctx, playerID, [t]) === null);
  }
  return TILE_IDS.some((t) => PROJECT_KINDS.some((k) => REFUSE.invest(G, ctx, playerID, [t, k]) === null));
}

/** The card in play is done: count it and pass the turn. */
function finishCard(env: MoveEnv, power: Power): void {
  env.G.pending = null;
  writable(env.G, 'played')[power] += 1;
  env.events.endTurn();
}

function afterStep(env: MoveEnv, power: Power): void {
  if (env.G.result !== null) return;
  if (!hasStep(env.G, env.ctx, env.playerID)) finishCard(env, power);
}

function takeFromHand(G: GameState, power: Power, card: CardId): void {
  writable(G, 'hands')[power] = G.hands[power].filter((c) => c !== card);
}

function retire(G: GameState, card: CardId, once: boolean): void {
  if (once) writable(G, 'removed').push(card);
  else writable(G, 'discard').push(card);
}

/** Take a card from the player's hand and log how it is played; undefined for an unknown card. */
function playCard(
  env: MoveEnv,
  card: string,
  mode: 'event' | 'ops',
): { power: Power; def: CardDef & { readonly id: CardId } } | undefined {
  const { G } = env;
  const power = roleOfSeat(env.playerID) as Power;
  const def = CARD_BY_ID[card];
  if (def === undefined) return undefined;
  takeFromHand(G, power, def.id);
  record(G, { kind: 'play', round: G.round, power, card: def.id, mode });
  return { power, def };
}

export function playEvent(env: MoveEnv, card: string): void {
  const played = playCard(env, card, 'event');
  if (played === undefined) return;
  const { power, def } = played;
  const cause = { type: 'card', id: card, by: power } as const;
  applyEffects(env.G, def.effects, power, cause);
  // The owner's own event scores (levers.ts), in the card's lens.
  const rope = eventRope(def, power);
  if (env.G.result === null && rope > 0) moveRope(env.G, power === 'china' ? rope : -rope, cause, def.lens);
  retire(env.G, def.id, def.once);
  // The owner's own event leaves the card's operations minus 1 to spend (levers.ts).
  const bonus = eventBonusOps(def, power);
  if (env.G.result === null && bonus > 0) env.G.pending = { power, card: def.id, opsLeft: bonus, action: null };
  else if (env.G.result === null) finishCard(env, power);
}

/** Twilight Struggle: playing the opponent's card for operations fires its event for them first. */
export function playOps(env: MoveEnv, card: string): void {
  const played = playCard(env, card, 'ops');
  if (played === undefined) return;
  const { power, def } = played;
  const { G } = env;
  const theirs = def.side === opponent(power);
  if (theirs) applyEffects(G, def.effects, opponent(power), { type: 'card', id: card, by: opponent(power) });
  retire(G, def.id, theirs && def.once);
  if (G.result !== null) return;
  G.pending = { power, card: def.id, opsLeft: def.ops, action: null };
}

export function placeInfluence(env: MoveEnv, tile: TileId): void {
  const { G } = env;
  const pending = G.pending;
  if (pending === null) return;
  const cost = influenceCost(G, pending.power, tile);
  pending.opsLeft -= cost;
  pending.action = 'influence';
  writable(G, 'opsSpent').influence += cost;
  addInfluence(
    G,
    pending.power,
    tile,
    1,
    { type: 'action', id: 'influence', by: pending.power },
    CARD_BY_ID[pending.card]?.lens ?? 'material',
  );
  afterStep(env, pending.power);
}

export function invest(env: MoveEnv, tile: TileId, kind: ProjectKind): void {
  const { G } = env;
  const pending = G.pending;
  if (pending === null) return;
  const cost = projectCost(G, kind);
  pending.opsLeft -= cost;
  pending.action = 'invest';
  writable(G, 'opsSpent').invest += cost;
  buildProject(G, tile, kind, { type: 'action', id: 'invest', by: pending.power });
  afterStep(env, pending.power);
}

export function softPower(env: MoveEnv, target: SoftTarget): void {
  const { G } = env;
  const pending = G.pending;
  if (pending === null) return;
  const power = pending.power;
  const { value, dir } = softPowerValue(target, power);
  const need = softPowerTarget(G, target, power);
  const die = env.random.D6();
  const total = die + pending.opsLeft;
  const success = total >= need;
  writable(G, 'opsSpent').softPower += pending.opsLeft;
  pending.action = 'softPower';
  record(G, { kind: 'roll', round: G.round, power, action: 'softPower', die, total, target: need, success, value });
  if (success)
    shiftValue(
      G,
      value,
      dir * (total - need >= 3 ? 2 : 1),
      { type: 'action', id: 'softPower', by: power },
      'ideational',
    );
  if (G.result === null) finishCard(env, power);
}

/** Like a coup: die + operations - twice the stability; every attempt makes Kazakhstan warier of the presser. */
export function pressure(env: MoveEnv, tile: TileId): void {
  const { G } = env;
  const pending = G.pending;
  if (pending === null) return;
  const power = pending.power;
  const need = pressureThreshold(G, power, tile);
  const die = env.random.D6();
  const total = die + pending.opsLeft;
  const success = total > need;
  writable(G, 'opsSpent').pressure += pending.opsLeft;
  pending.action = 'pressure';
  record(G, { kind: 'roll', round: G.round, power, action: 'pressure', die, total, target: need + 1, success, tile });
  const cause = { type: 'action', id: 'pressure', by: power } as const;
  if (success) addInfluence(G, opponent(power), tile, -pressureRemoves(total, tile), cause, 'material');
  shiftValue(G, warinessOf(power), PRESSURE_WARINESS, cause, 'ideational');
  if (G.result === null) finishCard(env, power);
}

export function endPlay(env: MoveEnv): void {
  const pending = env.G.pending;
  if (pending !== null) finishCard(env, pending.power);
}

export function kzNudge(env: MoveEnv, tile: TileId, power: Power, delta: 1 | -1): void {
  env.G.nudged = true;
  addInfluence(env.G, power, tile, delta, { type: 'nudge', id: tile, by: 'kazakhstan' }, 'ideational');
}

export function kzPolicy(env: MoveEnv, policy: string): void {
  env.G.policyHand = [];
  adoptPolicy(env.G, policy, 'player');
}

type ApplyFn = (env: MoveEnv, ...args: never[]) => void;

/** Each move's apply step by name, for the Game's wiring and for bots that look ahead. */
export const APPLY: Record<MoveName, ApplyFn> = {
  playEvent,
  playOps,
  placeInfluence,
  invest,
  softPower,
  pressure,
  endPlay,
  kzNudge,
  kzPolicy,
};

/** Apply a move already known to be legal (checked by explainMove or listed by enumerate). */
export function applyMove(env: MoveEnv, move: MoveName, args: readonly unknown[]): void {
  (APPLY[move] as (env: MoveEnv, ...a: unknown[]) => void)(env, ...args);
}
