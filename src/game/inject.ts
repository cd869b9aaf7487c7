// Classroom: a teacher injects a world event into a running match. The server calls
// injectEvent with the match's state and the event id the teacher chose; the event
// waits in G.injected and resolves at the start of the next news phase, before that
// round's scheduled news and in addition to it (see docs/RULES.md, "Classroom").
// Pure: no randomness is needed, and the state passed in is never changed.
import type { EventId } from '../content/ids';
import { EVENT_BY_ID, isEventId, WORLD_EVENTS } from '../content/index';
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

/** Why an event cannot be injected now, as data: a code and what it concerns. */
export type InjectionCode =
  'noEventId' | 'noWorldEvent' | 'over' | 'injectLastRound' | 'injectWaiting' | 'injectQueueFull' | 'injectFired';
export interface InjectionRefusal {
  readonly code: InjectionCode;
  readonly params: { readonly event?: string; readonly limit?: number };
}

export type InjectResult =
  | { readonly ok: true; readonly G: GameState }
  | { readonly ok: false; readonly reason: string; readonly refusal: InjectionRefusal };

/** Events that have resolved in this match so far, scheduled or injected. */
export function firedEvents(G: Pick<GameState, 'log'>): string[] {
  const out: string[] = [];
  for (const e of logEntries(G)) if (e.kind === 'news') out.push(e.event);
  return out;
}

/** Why this event cannot be injected now (a code and the event or limit it names), or null when it can. */
export function injectionRefusal(G: GameState, ctx: InjectCtx, eventId: unknown): InjectionRefusal | null {
  if (typeof eventId !== 'string' || eventId.length === 0) return { code: 'noEventId', params: {} };
  if (eventId.length > 64 || !isEventId(eventId))
    return { code: 'noWorldEvent', params: { event: eventId.slice(0, 64) } };
  if (G.result !== null || (ctx.gameover !== undefined && ctx.gameover !== null)) return { code: 'over', params: {} };
  // The news phase of the last round has run: no news phase is left to resolve it in.
  const newsDone = ctx.phase !== 'deal' && ctx.phase !== 'news';
  if (G.round >= G.rounds && newsDone) return { code: 'injectLastRound', params: {} };
  const waiting = G.injected ?? [];
  if (waiting.includes(eventId)) return { code: 'injectWaiting', params: { event: eventId } };
  if (waiting.length >= MAX_WAITING_INJECTIONS)
    return { code: 'injectQueueFull', params: { limit: MAX_WAITING_INJECTIONS } };
  if (firedEvents(G).includes(eventId)) return { code: 'injectFired', params: { event: eventId } };
  return null;
}

/** An injection refusal as an English sentence (the event named by its English title). */
export function injectionText(r: InjectionRefusal): string {
  const event = r.params.event ?? '';
  const title = EVENT_BY_ID[event]?.title ?? event;
  switch (r.code) {
    case 'noEventId':
      return 'the event id must be a non-empty string';
    case 'noWorldEvent':
      return `there is no world event "${event}"`;
    case 'over':
      return 'the match is over';
    case 'injectLastRound':
      return 'the last round has begun: no news phase is left in this match';
    case 'injectWaiting':
      return `“${title}” is already waiting for the next news phase`;
    case 'injectQueueFull':
      return `${r.params.limit ?? MAX_WAITING_INJECTIONS} injected events are already waiting`;
    case 'injectFired':
      return `“${title}” has already happened in this match`;
  }
}

/** Why this event cannot be injected now, in English, or null when it can. */
export function injectionProblem(G: GameState, ctx: InjectCtx, eventId: unknown): string | null {
  const r = injectionRefusal(G, ctx, eventId);
  return r === null ? null : injectionText(r);
}

/** For a teacher's picker: every world event, in timeline order, with why it cannot be injected now (null when it can). */
export function injectableEvents(
  G: GameState,
  ctx: InjectCtx,
): {
  readonly id: EventId;
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
  const refusal = injectionRefusal(G, ctx, eventId);
  if (refusal !== null) return { ok: false, reason: injectionText(refusal), refusal };
  // injectionRefusal has checked that it names a world event.
  return { ok: true, G: { ...G, injected: [...(G.injected ?? []), eventId as EventId] } };
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
