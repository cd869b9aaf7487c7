// The clocks of a turn-based match (online.moveBankSeconds): each seat may take at most
// one move's bank over a turn, and at most its total bank over the whole match. Unlike the
// live turn timer (timer.ts), everything is stored, in the match's metadata under
// `timeBank`, so a restart or another instance reads the same clocks: when the turn began,
// what each seat has spent, and which seats the computer stands in for.
// When a seat's time runs out, the seat is marked as stood in for, and the server's computer
// plays its turns (bots.ts) until the player returns (opens the match again: a socket syncs
// for that seat), which hands the seat back at once. A returning player whose total bank is
// spent gets one move's bank back, so the turn in progress can be finished.
// Time is the injected clock's (clock.ts); tests advance it over days.
import type { Logger } from 'pino';
import type { Server, State } from 'boardgame.io';
import { z } from 'zod';
import { isTurnBased, type OnlineSetup } from '../online/setup';
import type { Clock, ClockTimer } from './clock';
import type { MatchStore } from './matchStore';
import { MatchQueues } from './matchQueue';
import { turnKey } from './timer';

export const BANK_FIELD = 'timeBank';
/** The event every socket of a match receives when its turn-based clock changes. */
export const BANK_EVENT = 'bank';

const Record_ = z.object({
  seat: z.string().nullable(),
  key: z.string().nullable(),
  startedAt: z.number(),
  spent: z.record(z.string(), z.number()),
  standIn: z.array(z.string()),
  computerMoves: z.record(z.string(), z.number()),
});
export type BankRecord = z.infer<typeof Record_>;

/** What clients (and "My games") are told: whose clock runs, until when, and every seat's total left. */
export interface BankMessage {
  readonly matchID: string;
  readonly seat: string | null;
  /** When the running clock runs out (ms since the epoch), or null. */
  readonly deadline: number | null;
  readonly msLeft: number;
  readonly totalLeft: Readonly<Record<string, number>>;
  readonly standIn: readonly string[];
  readonly computerMoves: Readonly<Record<string, number>>;
}

export function bankOf(metadata: unknown): BankRecord | null {
  const raw = (metadata as Record<string, unknown> | undefined)?.[BANK_FIELD];
  const parsed = Record_.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

const fresh = (now: number): BankRecord => ({
  seat: null,
  key: null,
  startedAt: now,
  spent: {},
  standIn: [],
  computerMoves: {},
});

const moveMs = (setup: OnlineSetup): number => (setup.moveBankSeconds ?? 0) * 1000;
const totalMs = (setup: OnlineSetup): number => (setup.totalBankSeconds ?? setup.moveBankSeconds ?? 0) * 1000;

/** When the running turn's clock runs out, or null when none runs (nobody to move, or the computer stands in). */
export function deadlineOf(rec: BankRecord, setup: OnlineSetup): number | null {
  if (rec.seat === null || rec.standIn.includes(rec.seat)) return null;
  const left = totalMs(setup) - (rec.spent[rec.seat] ?? 0);
  return rec.startedAt + Math.max(0, Math.min(moveMs(setup), left));
}

/** The clocks as a socket or "My games" sees them at `now`. */
export function bankMessage(
  matchID: string,
  rec: BankRecord,
  setup: OnlineSetup,
  seats: readonly string[],
  now: number,
): BankMessage {
  const deadline = deadlineOf(rec, setup);
  const totalLeft: Record<string, number> = {};
  for (const seat of seats) {
    const running = seat === rec.seat && deadline !== null ? now - rec.startedAt : 0;
    totalLeft[seat] = Math.max(0, totalMs(setup) - (rec.spent[seat] ?? 0) - running);
  }
  return {
    matchID,
    seat: rec.seat,
    deadline,
    msLeft: deadline === null ? 0 : Math.max(0, deadline - now),
    totalLeft,
    standIn: rec.standIn,
    computerMoves: rec.computerMoves,
  };
}

export interface TimeBankOptions {
  readonly store: MatchStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** The seat that must act in a state, or null while the rules run or the game is over. */
  readonly actor: (state: State) => string | null;
  readonly emit: (matchID: string, event: string, payload: BankMessage) => void;
  /** A seat's time ran out: the computer now stands in for it. */
  readonly ranOut: (matchID: string, seat: string) => void;
}

export class TimeBank {
  private readonly armed = new Map<string, { readonly key: string; readonly handle: ClockTimer }>();
  /** Every write of a match's clocks, one after another (the computer's count, a turn's change, a return). */
  private readonly queues = new MatchQueues();

  constructor(private readonly opts: TimeBankOptions) {}

  /**
   * Call with every committed state of a turn-based match (and when it is resumed): closes
   * the turn that ended (its time is spent), starts the next, arms its clock. Resolves to
   * the stored clocks.
   */
  onState(matchID: string, state: State, setup: OnlineSetup): Promise<BankRecord | null> {
    if (!isTurnBased(setup)) return Promise.resolve(null);
    return this.change(
      matchID,
      (rec, now) => {
        const seat = state.ctx.gameover === undefined ? this.opts.actor(state) : null;
        const key = seat === null ? null : turnKey(state, seat);
        if (rec.key === key) return rec;
        const spent = { ...rec.spent };
        if (rec.seat !== null && !rec.standIn.includes(rec.seat))
          spent[rec.seat] = (spent[rec.seat] ?? 0) + Math.max(0, now - rec.startedAt);
        return { ...rec, seat, key, startedAt: now, spent };
      },
      setup,
    );
  }

  /** A player opened the match again: the computer stops standing in for their seat. */
  returned(matchID: string, seat: string, setup: OnlineSetup): Promise<BankRecord | null> {
    if (!isTurnBased(setup)) return Promise.resolve(null);
    return this.change(
      matchID,
      (rec, now) => {
        if (!rec.standIn.includes(seat)) return rec;
        this.opts.logger.info({ event: 'hand-back', matchID, seat }, 'the player returned: the seat is theirs again');
        const spent = { ...rec.spent, [seat]: Math.min(rec.spent[seat] ?? 0, totalMs(setup) - moveMs(setup)) };
        const restart = rec.seat === seat ? { startedAt: now } : {};
        return { ...rec, ...restart, spent, standIn: rec.standIn.filter((s) => s !== seat) };
      },
      setup,
    );
  }

  /** The computer made a move for a seat it stands in for: counted, so the result can say so. */
  countComputerMove(matchID: string, seat: string): Promise<BankRecord | null> {
    return this.change(matchID, (rec) => ({
      ...rec,
      computerMoves: { ...rec.computerMoves, [seat]: (rec.computerMoves[seat] ?? 0) + 1 },
    }));
  }

  /** The clocks a socket that has just synced should hear, or undefined for a live match. */
  async current(matchID: string, setup: OnlineSetup): Promise<BankMessage | undefined> {
    if (!isTurnBased(setup)) return undefined;
    const { metadata } = await this.opts.store.fetch(matchID, { metadata: true });
    const rec = bankOf(metadata);
    return rec === null || metadata === undefined
      ? undefined
      : bankMessage(matchID, rec, setup, seatsOf(metadata), this.opts.clock.now());
  }

  stop(matchID: string): void {
    this.opts.clock.clearTimeout(this.armed.get(matchID)?.handle);
    this.armed.delete(matchID);
  }

  close(): void {
    for (const a of this.armed.values()) this.opts.clock.clearTimeout(a.handle);
    this.armed.clear();
  }

  /** Reads, changes and (when changed) stores a match's clocks, then arms and announces them. */
  private async change(
    matchID: string,
    next: (rec: BankRecord, now: number) => BankRecord,
    setup?: OnlineSetup,
  ): Promise<BankRecord | null> {
    let out: BankRecord | null = null;
    await this.queues.run(matchID, async () => {
      const { metadata } = await this.opts.store.fetch(matchID, { metadata: true });
      if (metadata === undefined) return;
      const now = this.opts.clock.now();
      const before = bankOf(metadata) ?? fresh(now);
      const rec = next(before, now);
      if (rec !== before || bankOf(metadata) === null)
        await this.opts.store.patchMetadata(matchID, { [BANK_FIELD]: rec });
      out = rec;
      if (setup === undefined) return;
      this.arm(matchID, rec, setup);
      if (rec !== before) this.opts.emit(matchID, BANK_EVENT, bankMessage(matchID, rec, setup, seatsOf(metadata), now));
    });
    return out;
  }

  private arm(matchID: string, rec: BankRecord, setup: OnlineSetup): void {
    const deadline = deadlineOf(rec, setup);
    const key = `${rec.key ?? ''}@${rec.startedAt}`;
    if (this.armed.get(matchID)?.key === key) return;
    this.stop(matchID);
    if (deadline === null || rec.seat === null) return;
    const seat = rec.seat;
    const handle = this.opts.clock.setTimeout(
      () => void this.expire(matchID, key, seat, setup),
      deadline - this.opts.clock.now(),
    );
    handle.unref?.();
    this.armed.set(matchID, { key, handle });
  }

  private async expire(matchID: string, key: string, seat: string, setup: OnlineSetup): Promise<void> {
    if (this.armed.get(matchID)?.key !== key) return;
    this.armed.delete(matchID);
    let ran = false;
    await this.change(
      matchID,
      (rec) => {
        if (`${rec.key ?? ''}@${rec.startedAt}` !== key || rec.standIn.includes(seat)) return rec;
        ran = true;
        this.opts.logger.info({ event: 'bank-empty', matchID, seat }, 'time bank ran out: the computer stands in');
        return { ...rec, standIn: [...rec.standIn, seat] };
      },
      setup,
    ).catch((err: unknown) => this.opts.logger.error({ event: 'bank', matchID, err }, 'time bank not saved'));
    if (ran) this.opts.ranOut(matchID, seat);
  }
}

function seatsOf(metadata: Server.MatchData): string[] {
  return Object.keys(metadata.players);
}
