// A teacher's injected world event: which events may be offered, whether the session may
// take one, and the rules' answer for one match (src/game/inject.ts), as a coded refusal.
import { EVENT_BY_ID, WORLD_EVENTS } from '../content/index';
import { injectEvent, type InjectCtx, type InjectionRefusal } from '../game/inject';
import type { GameState } from '../game/state';
import { refused, type ServerRefusal } from '../online/reasons';
import { no, ok, type Decision } from './decision';
import type { ClassRecord } from './record';
import { mustBeOpen } from './session';

/** The world events a teacher may inject, in timeline order. */
export function injectableEvents(): { id: string; title: string; year: number; speculative: boolean }[] {
  return WORLD_EVENTS.map((e) => ({
    id: e.id,
    title: e.title,
    year: e.history.year,
    speculative: 'speculative' in e.history && e.history.speculative === true,
  }));
}

/** An injection needs the session open and an event that exists. */
export function mayInject(record: ClassRecord, event: string): Decision<string> {
  const open = mustBeOpen(record);
  if (!open.ok) return open;
  return Object.hasOwn(EVENT_BY_ID, event) ? ok(event) : no(refused('noWorldEvent', { event: event.slice(0, 64) }));
}

/** One match's state with the event queued, or the rules' refusal. */
export function injectInto(
  state: { readonly G: GameState; readonly ctx: InjectCtx },
  event: string,
): { readonly G: GameState } | { readonly refusal: ServerRefusal } {
  const r = injectEvent(state.G, { phase: state.ctx.phase, gameover: state.ctx.gameover }, event);
  return r.ok ? { G: r.G } : { refusal: coded(r.refusal) };
}

/** The rules' injection refusal as the server sends it (the codes are the same). */
function coded(r: InjectionRefusal): ServerRefusal {
  const event = r.params.event ?? '';
  switch (r.code) {
    case 'noEventId':
    case 'over':
    case 'injectLastRound':
      return refused(r.code);
    case 'noWorldEvent':
    case 'injectWaiting':
    case 'injectFired':
      return refused(r.code, { event });
    case 'injectQueueFull':
      return refused(r.code, { limit: r.params.limit ?? 0 });
  }
}
