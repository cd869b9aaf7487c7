// The optional turn timer. When a person's turn begins in a timed match, the clock
// starts; every socket in the match is told the seat and the time left (event 'timer'),
// and a socket that syncs later is told too. If the turn is still the same when the
// time runs out, the timer hands the rest of that turn to the server's standard
// computer (see bots.ts) and says so (expired: true), and the log records it.
// Nothing here is stored: a deadline is derived from the stored state (whose turn it
// is) and the match's settings, so after a restart the seat to move gets a full turn.
// Time is the injected clock's (clock.ts): a test advances it instead of waiting.
import type { Logger } from 'pino';
import type { State } from 'boardgame.io';
import type { OnlineSetup } from '../online/setup';
import type { Clock, ClockTimer } from './clock';

export const TIMER_EVENT = 'timer';

/** What clients receive: whose clock runs and how long it has left, or seat null when none runs. */
export interface TimerMessage {
  readonly matchID: string;
  readonly seat: string | null;
  readonly msLeft: number;
  readonly seconds: number;
  readonly expired?: boolean;
}

interface Armed {
  readonly key: string;
  readonly seat: string;
  readonly seconds: number;
  readonly deadline: number;
  readonly handle: ClockTimer;
}

export interface TurnTimerOptions {
  readonly logger: Logger;
  /** Sends an event to every socket in a match. */
  readonly emit: (matchID: string, event: string, payload: TimerMessage) => void;
  /** The seat that must act in a state, or null while the rules run or the game is over. */
  readonly actor: (state: State) => string | null;
  /** Called when a turn's time ran out with the turn unchanged. */
  readonly expire: (matchID: string, key: string, seat: string) => void;
  readonly clock: Clock;
}

/** Identifies one turn of one seat: a new turn (or phase) restarts the clock. */
export function turnKey(state: State, seat: string): string {
  return `${state.ctx.turn}:${state.ctx.phase}:${seat}`;
}

export class TurnTimer {
  private readonly armed = new Map<string, Armed>();

  constructor(private readonly opts: TurnTimerOptions) {}

  private now(): number {
    return this.opts.clock.now();
  }

  /** Call with every committed state of a match (and once when a match is resumed). */
  onState(matchID: string, state: State, setup: OnlineSetup): void {
    const seconds = setup.turnSeconds;
    const seat = state.ctx.gameover === undefined ? this.opts.actor(state) : null;
    if (seconds === undefined) return;
    if (seat === null || setup.bots?.[seat] !== undefined) {
      if (this.disarm(matchID)) this.opts.emit(matchID, TIMER_EVENT, { matchID, seat: null, msLeft: 0, seconds });
      return;
    }
    const key = turnKey(state, seat);
    if (this.armed.get(matchID)?.key === key) return;
    this.disarm(matchID);
    const ms = seconds * 1000;
    const handle = this.opts.clock.setTimeout(() => this.ranOut(matchID, key), ms);
    handle.unref?.();
    this.armed.set(matchID, { key, seat, seconds, deadline: this.now() + ms, handle });
    this.opts.emit(matchID, TIMER_EVENT, { matchID, seat, msLeft: ms, seconds });
  }

  /** The clock as a socket that has just synced should see it, or undefined when none runs. */
  current(matchID: string): TimerMessage | undefined {
    const a = this.armed.get(matchID);
    if (a === undefined) return undefined;
    return { matchID, seat: a.seat, msLeft: Math.max(0, a.deadline - this.now()), seconds: a.seconds };
  }

  /** Stops a match's clock (a seat was left empty), telling its sockets. */
  stop(matchID: string): void {
    const a = this.armed.get(matchID);
    if (a !== undefined && this.disarm(matchID))
      this.opts.emit(matchID, TIMER_EVENT, { matchID, seat: null, msLeft: 0, seconds: a.seconds });
  }

  close(): void {
    for (const a of this.armed.values()) this.opts.clock.clearTimeout(a.handle);
    this.armed.clear();
  }

  private ranOut(matchID: string, key: string): void {
    const a = this.armed.get(matchID);
    if (a === undefined || a.key !== key) return;
    // Kept armed (with no time left) so the same turn does not restart its clock.
    this.opts.logger.info(
      { event: 'turn-timeout', matchID, seat: a.seat, turn: key, seconds: a.seconds },
      'turn timer ran out: the computer plays the turn',
    );
    this.opts.emit(matchID, TIMER_EVENT, { matchID, seat: a.seat, msLeft: 0, seconds: a.seconds, expired: true });
    this.opts.expire(matchID, key, a.seat);
  }

  private disarm(matchID: string): boolean {
    const a = this.armed.get(matchID);
    if (a === undefined) return false;
    this.opts.clock.clearTimeout(a.handle);
    this.armed.delete(matchID);
    return true;
  }
}
