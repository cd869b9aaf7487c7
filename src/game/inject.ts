// Classroom: a teacher injects a world event into a running match. The server calls
// injectEvent with the match's state and the event id the teacher chose; the event
// waits in G.injected and resolves at the start of the next news phase, before that
// round's scheduled news and in addition to it (see docs/RULES.md, "Classroom").
// Pure: no randomness is needed, and the state passed in is never changed.
import { EVENT_BY_ID, WORLD_EVENTS } from '../content/index';
import { applyEffects } from './effects';
import { writable } from './clone';
import { logEntries, record } from './log';
import type { GameState } from './state';

/** At most this many injected events wait at once: a lesson needs one or two. */
export const MAX_WAITING_INJECTIONS = 3;

/** What the rules need of boardgame.io's ctx to place an injection in time. */
export interface InjectCtx {
  readonly phase: string | null;
  readonly gameover?: unknown;
}

export type InjectResult =
  { readonly ok: true; readonly G: GameState } | { readonly ok: false; readonly reason: string };

/** Events that have resolved in this match so far, scheduled or injected. */
export function firedEvents(G: Pick<GameState, 'log'>): string[] {
  const out: string[] = [];
  for (const e of logEntries(G)) if (e.kind === 'news') out.push(e.event);
  return out;
}

/** Why this event cannot be injected now, or null when it can. */
export function injectionProblem(G: GameState, ctx: InjectCtx, eventId: unknown): string | null {
  if (typeof eventId !== 'string' || eventId.length === 0) return 'the event id must be a non-empty string';
  if (eventId.length > 64 || !Object.hasOwn(EVENT_BY_ID, eventId))
    return `there is no world event "${eventId.slice(0, 64)}"`;
  const title = EVENT_BY_ID[eventId]?.title ?? eventId;
  if (G.result !== null || (ctx.gameover !== undefined && ctx.gameover !== null)) return 'the match is over';
  // The news phase of the last round has run: no news phase is left to resolve it in.
  const newsDone = ctx.phase !== 'deal' && ctx.phase !== 'news';
  if (G.round >= G.rounds && newsDone) return 'the last round has begun: no news phase is left in this match';
  const waiting = G.injected ?? [];
  if (waiting.includes(eventId)) return `“${title}” is already waiting for the next news phase`;
  if (waiting.length >= MAX_WAITING_INJECTIONS) return `${MAX_WAITING_INJECTIONS} injected events are already waiting`;
  if (firedEvents(G).includes(eventId)) return `“${title}” has already happened in this match`;
  return null;
}

/** For a teacher's picker: every world event, in timeline order, with why it cannot be injected now (null when it can). */
export function injectableEvents(
  G: GameState,
  ctx: InjectCtx,
): {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly speculative: boolean;
  readonly problem: string | null;
}[] {
  return WORLD_EVENTS.map((e) => ({
    id: e.id,
    title: e.title,
    year: e.history.year,
    speculative: 'speculative' in e.history && e.history.speculative === true,
    problem: injectionProblem(G, ctx, e.id),
  }));
}

/**
 * Queues a teacher's world event for the match. Returns the new state (the given one is
 * left as it was), or the reason it was refused.
 *
 * For a server: nothing on screen changes until the event resolves, so the queued state
 * need not be broadcast, but it must be written in the match's own order, like a move
 * (over the state it was made from), or a move processed meanwhile would drop it.
 */
export function injectEvent(G: GameState, ctx: InjectCtx, eventId: unknown): InjectResult {
  const problem = injectionProblem(G, ctx, eventId);
  if (problem !== null) return { ok: false, reason: problem };
  return { ok: true, G: { ...G, injected: [...(G.injected ?? []), eventId as string] } };
}

/**
 * At the start of a news phase: resolve the waiting injected events, oldest first, each
 * logged as injected by the teacher with its effects' lenses. An injected event still in
 * the schedule is taken out of it, so it never resolves twice.
 */
export function resolveInjected(G: GameState): void {
  const waiting = G.injected ?? [];
  if (waiting.length === 0) return;
  G.injected = [];
  for (const id of waiting) {
    if (G.result !== null) return;
    const def = EVENT_BY_ID[id];
    if (def === undefined) continue;
    if (G.newsDeck.includes(id)) G.newsDeck = writable(G, 'newsDeck').filter((x) => x !== id);
    record(G, { kind: 'news', round: G.round, event: id, injected: true });
    applyEffects(G, def.effects, null, { type: 'event', id, injected: true });
  }
}
