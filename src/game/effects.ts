// The one interpreter of content effects, and the logged primitives every rule
// uses to change the board. Every change to influence, values or the rope goes
// through here, so each is recorded with its cause and its lens.
import type { Lens, Power, ProjectKind, TileId, ValueId } from '../content/ids';
import { PROJECT_BY_KIND } from '../content/projects';
import type { Condition, Effect, PowerRef } from '../content/types';
import { opponent, projectBlocker, ropeLeader } from './selectors';
import type { Cause, GameState } from './state';
import { writable } from './clone';
import { record } from './log';
import { valuesCount } from './world';
import { TILE_BY_ID } from '../content/tiles';

/** Chinese corridor projects in Kazakhstan that raise its Wariness of Russia when built. */
export const RIFT_PROJECTS: readonly ProjectKind[] = ['dryPort', 'newCity'];

export const ROPE_END = 20;
export const VALUE_MAX = 10;

export function addInfluence(
  G: GameState,
  power: Power,
  tile: TileId,
  amount: number,
  cause: Cause,
  lens: Lens,
): number {
  const before = G.influence[tile][power];
  const after = Math.max(0, before + amount);
  const delta = after - before;
  if (delta === 0) return 0;
  // Replace, never mutate, a tile's record: states share the ones a move leaves alone.
  // Frozen on creation: states share tile records, and boardgame.io's Immer skips what is frozen.
  writable(G, 'influence')[tile] = Object.freeze({ ...G.influence[tile], [power]: after });
  record(G, { kind: 'influence', round: G.round, power, tile, delta, after, cause, lens });
  return delta;
}

export function shiftValue(G: GameState, value: ValueId, amount: number, cause: Cause, lens: Lens): number {
  const before = G.values[value];
  const after = Math.min(VALUE_MAX, Math.max(0, before + amount));
  const delta = after - before;
  if (delta === 0) return 0;
  writable(G, 'values')[value] = after;
  record(G, { kind: 'value', round: G.round, value, delta, after, cause, lens });
  return delta;
}

/** Move the rope by delta (positive toward Beijing). Reaching an end decides the game at once. */
export function moveRope(G: GameState, delta: number, cause: Cause, lens: Lens, note?: string): number {
  const before = G.rope;
  const after = Math.min(ROPE_END, Math.max(-ROPE_END, before + delta));
  const moved = after - before;
  if (moved === 0) return 0;
  G.rope = after;
  record(
    G,
    note === undefined
      ? { kind: 'rope', round: G.round, delta: moved, after, cause, lens }
      : { kind: 'rope', round: G.round, delta: moved, after, cause, lens, note },
  );
  if (G.result === null && Math.abs(after) >= ROPE_END)
    G.result = { winner: after > 0 ? 'china' : 'russia', reason: 'rope' };
  return moved;
}

/** Build a project if it fits; its owner gains a point of influence there and its side effects apply. */
export function buildProject(G: GameState, tile: TileId, kind: ProjectKind, cause: Cause): boolean {
  if (projectBlocker(G, tile, kind) !== null) return false;
  const def = PROJECT_BY_KIND[kind];
  writable(G, 'projects')[tile] = Object.freeze([...G.projects[tile], kind]) as GameState['projects'][TileId];
  record(G, { kind: 'project', round: G.round, power: def.owner, tile, project: kind, cause, lens: 'material' });
  addInfluence(G, def.owner, tile, 1, cause, 'material');
  for (const e of def.onBuild) applyEffect(G, e, def.owner, cause);
  // The essay's conclusion: Kazakhstan's integration with China widens its rift with Russia.
  if (RIFT_PROJECTS.includes(kind) && TILE_BY_ID[tile].country === 'kazakhstan')
    shiftValue(G, 'warinessRussia', 1, cause, 'ideational');
  return true;
}

export function conditionHolds(G: Pick<GameState, 'values'>, when: Condition | undefined): boolean {
  if (when === undefined) return true;
  const v = G.values[when.value];
  return (when.atLeast === undefined || v >= when.atLeast) && (when.atMost === undefined || v <= when.atMost);
}

/** Resolve a power reference; null where it names nobody (the rope at 0, or 'self' in a world event). */
export function resolvePower(G: Pick<GameState, 'rope'>, ref: PowerRef, self: Power | null): Power | null {
  switch (ref) {
    case 'russia':
    case 'china':
      return ref;
    case 'self':
      return self;
    case 'opponent':
      return self === null ? null : opponent(self);
    case 'leader':
      return ropeLeader(G);
    case 'trailer': {
      const l = ropeLeader(G);
      return l === null ? null : opponent(l);
    }
  }
}

/** Apply one content effect. `self` is the power the card is played for (null for news and policies). */
export function applyEffect(G: GameState, e: Effect, self: Power | null, cause: Cause): void {
  // The realist world (world.ts): a material effect gated on a value never applies.
  if (e.when !== undefined && e.kind !== 'value' && !valuesCount(G)) return;
  if (!conditionHolds(G, e.when)) return;
  switch (e.kind) {
    case 'influence': {
      const p = resolvePower(G, e.power, self);
      if (p !== null) addInfluence(G, p, e.tile, e.amount, cause, e.lens);
      return;
    }
    case 'value':
      shiftValue(G, e.value, e.amount, cause, e.lens);
      return;
    case 'rope': {
      const p = resolvePower(G, e.power, self);
      if (p !== null) moveRope(G, p === 'china' ? e.amount : -e.amount, cause, e.lens);
      return;
    }
    case 'project':
      buildProject(G, e.tile, e.project, cause);
      return;
  }
}

export function applyEffects(G: GameState, effects: readonly Effect[], self: Power | null, cause: Cause): void {
  for (const e of effects) {
    if (G.result !== null) return;
    applyEffect(G, e, self, cause);
  }
}
