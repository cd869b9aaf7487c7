// Computer seats played by the server. A match created with `online.bots` in its setup
// data gets those seats filled at once (a name, credentials kept in the match's
// metadata like any player's, shown as connected); whenever a committed state gives
// the move to such a seat, the computer chooses from that seat's own view (the game's
// playerView, never the full state) and submits the move through the transport's
// guarded path, with the seat's credentials, exactly as a socket would. The same path
// plays a person's turn when the turn timer runs out (timer.ts), and every turn of a seat
// whose turn-based time bank ran out, until its player returns (timeBank.ts).
// Everything is derived from the store: after a restart, resume() finds the matches
// still playing and the computer moves again where it must. A match the gate holds
// (moveGate.ts: a teacher's pause) gets no computer move and no clock.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Game, Server, State } from 'boardgame.io';
import { reasonText } from '../online/reasons';
import { isTurnBased, onlineSetupOf, type OnlineSetup } from '../online/setup';
import type { Clock, ClockTimer } from './clock';
import { seatOf } from './guards';
import type { MatchStore } from './matchStore';
import type { MoveGate } from './moveGate';
import { BANK_EVENT, bankOf, TimeBank } from './timeBank';
import { turnKey, TurnTimer, TIMER_EVENT } from './timer';
import type { GuardedTransport } from './transport';

/** The game-specific half: whose move it is, and a computer's choice from a seat's view. */
export interface ComputerPlayer {
  actor(state: State): string | null;
  choose(
    view: { G: unknown; ctx: State['ctx'] },
    playerID: string,
    level: string,
    seed: string,
  ): { move: string; args: unknown[] } | undefined;
  /** The level that plays a person's turn when its time runs out. */
  readonly timeoutLevel: string;
  /** The name shown for a computer seat. */
  name(level: string): string;
}

export interface ComputerSeatsOptions {
  readonly game: Game;
  readonly store: MatchStore;
  readonly transport: GuardedTransport;
  readonly logger: Logger;
  readonly player: ComputerPlayer;
  /** Pause before each computer move, so people can follow it; 0 in tests. */
  readonly delayMs: number;
  /** The same gate the transport asks: a held match gets no computer move. */
  readonly gate: MoveGate;
  readonly clock: Clock;
}

type Why = 'seat' | 'timer' | 'standIn';

/** Does a match need the computer seats' attention: a computer seat, a turn timer or a time bank? */
function timed(setup: OnlineSetup): boolean {
  return setup.bots !== undefined || setup.turnSeconds !== undefined || isTurnBased(setup);
}

interface Pending {
  readonly stateID: number;
  readonly seat: string;
  readonly handle: ClockTimer;
}

export class ComputerSeats {
  private readonly setups = new Map<string, OnlineSetup>();
  private readonly pending = new Map<string, Pending>();
  /** Turns handed to the computer by the timer, per match. */
  private readonly takenOver = new Map<string, string>();
  /** Matches with a seat nobody has taken yet: no clock runs and the computer waits. */
  private readonly waiting = new Set<string>();
  /** Matches on hold (a teacher's pause, an ended class session): no clock, no computer move. */
  private readonly held = new Set<string>();
  readonly timer: TurnTimer;
  readonly bank: TimeBank;
  private closed = false;

  constructor(private readonly opts: ComputerSeatsOptions) {
    this.timer = new TurnTimer({
      logger: opts.logger,
      emit: (matchID, event, payload) => opts.transport.emitToMatch(matchID, event, payload),
      actor: (s) => opts.player.actor(s),
      expire: (matchID, key) => this.takeOver(matchID, key),
      clock: opts.clock,
    });
    this.bank = new TimeBank({
      ...{ store: opts.store, clock: opts.clock, logger: opts.logger },
      actor: (s) => opts.player.actor(s),
      emit: (matchID, event, payload) => opts.transport.emitToMatch(matchID, event, payload),
      ranOut: (matchID) => this.replay(matchID),
    });
  }

  /** For the transport's hooks. */
  get hooks(): {
    committed: (matchID: string, state: State) => void;
    synced: (matchID: string, emit: (event: string, payload: unknown) => void) => void;
    presence: (matchID: string, seat: string, connected: boolean) => void;
  } {
    return {
      committed: (matchID, state) => void this.onState(matchID, state).catch((err: unknown) => this.fail(matchID, err)),
      synced: (matchID, emit) => {
        const t = this.timer.current(matchID);
        if (t !== undefined) emit(TIMER_EVENT, t);
        void this.setupOf(matchID)
          .then((setup) => this.bank.current(matchID, setup))
          .then((m) => m !== undefined && emit(BANK_EVENT, m))
          .catch((err: unknown) => this.fail(matchID, err));
      },
      presence: (matchID, seat, connected) => {
        if (connected) void this.returned(matchID, seat).catch((err: unknown) => this.fail(matchID, err));
      },
    };
  }

  /**
   * A new match (create, play again), a seat taken or left, or a match found at startup:
   * fill its computer seats, note whether every seat is taken, and play if due.
   */
  async resume(matchID: string): Promise<void> {
    let setup: OnlineSetup = {};
    await this.opts.transport.exclusive(matchID, async () => {
      const { state, metadata } = await this.opts.store.fetch(matchID, { state: true, metadata: true });
      if (state === undefined || metadata === undefined) return;
      if (this.opts.gate({ state, metadata }) !== null) this.held.add(matchID);
      else this.held.delete(matchID);
      setup = onlineSetupOf(metadata.setupData);
      if (!timed(setup)) return;
      if (this.fill(metadata, setup)) await this.opts.store.setMetadata(matchID, metadata);
      const players = Object.values(metadata.players as Record<string, Server.PlayerMetadata>);
      if (players.some((p) => p.name === undefined)) this.waiting.add(matchID);
      else this.waiting.delete(matchID);
    });
    if (!timed(setup)) return;
    this.setups.set(matchID, setup);
    const { state } = await this.opts.store.fetch(matchID, { state: true });
    if (state !== undefined) await this.onState(matchID, state);
  }

  /** Resumes every match still playing (at startup). */
  async resumeAll(gameName: string): Promise<number> {
    const ids = await this.opts.store.listMatches({ gameName, where: { isGameover: false } });
    for (const id of ids) await this.resume(id);
    return ids.length;
  }

  /**
   * A match was put on hold: its clock stops and a computer move already scheduled is
   * dropped. resume() (after the hold is lifted) reads the hold again and plays on, with a
   * full turn for the seat to move.
   */
  hold(matchID: string): void {
    this.held.add(matchID);
    this.timer.stop(matchID);
    this.bank.stop(matchID);
    this.opts.clock.clearTimeout(this.pending.get(matchID)?.handle);
    this.pending.delete(matchID);
    this.takenOver.delete(matchID);
  }

  /**
   * Another instance lifted a hold: this instance forgets it (that instance plays on from
   * the stored state; a move committed here later schedules the computer here as usual).
   */
  release(matchID: string): void {
    this.held.delete(matchID);
  }

  close(): void {
    this.closed = true;
    this.timer.close();
    this.bank.close();
    for (const p of this.pending.values()) this.opts.clock.clearTimeout(p.handle);
    this.pending.clear();
  }

  private fill(metadata: Server.MatchData, setup: OnlineSetup): boolean {
    let changed = false;
    for (const [seat, level] of Object.entries(setup.bots ?? {})) {
      const player = seatOf(metadata, seat);
      if (player === undefined || level === undefined || player.credentials !== undefined) continue;
      player.name = this.opts.player.name(level);
      player.credentials = randomBytes(24).toString('base64url');
      player.data = { bot: level };
      player.isConnected = true;
      changed = true;
    }
    if (changed) metadata.updatedAt = this.opts.clock.now();
    return changed;
  }

  private async setupOf(matchID: string): Promise<OnlineSetup> {
    const known = this.setups.get(matchID);
    if (known !== undefined) return known;
    const { metadata } = await this.opts.store.fetch(matchID, { metadata: true });
    const setup = onlineSetupOf(metadata?.setupData);
    this.setups.set(matchID, setup);
    return setup;
  }

  private async onState(matchID: string, state: State): Promise<void> {
    if (this.closed) return;
    const setup = await this.setupOf(matchID);
    if ((this.waiting.has(matchID) || this.held.has(matchID)) && state.ctx.gameover === undefined) {
      this.timer.stop(matchID);
      this.bank.stop(matchID);
      return;
    }
    this.timer.onState(matchID, state, setup);
    const bank = await this.bank.onState(matchID, state, setup);
    if (state.ctx.gameover !== undefined) {
      this.forget(matchID);
      return;
    }
    const seat = this.opts.player.actor(state);
    if (seat === null) return;
    const botLevel = setup.bots?.[seat];
    const timedOut = this.takenOver.get(matchID) === turnKey(state, seat);
    const standIn = bank?.standIn.includes(seat) === true;
    if (botLevel === undefined && !timedOut && !standIn) return;
    const why = botLevel !== undefined ? 'seat' : standIn ? 'standIn' : 'timer';
    this.schedule(matchID, state._stateID, seat, botLevel ?? this.opts.player.timeoutLevel, why);
  }

  /** A player opened a turn-based match again: a computer move scheduled for their seat is dropped. */
  private async returned(matchID: string, seat: string): Promise<void> {
    const setup = await this.setupOf(matchID);
    if (!isTurnBased(setup)) return;
    const before = this.pending.get(matchID);
    const rec = await this.bank.returned(matchID, seat, setup);
    if (rec === null || before === undefined || rec.standIn.includes(seat)) return;
    if (this.pending.get(matchID) === before && before.seat === seat) {
      this.opts.clock.clearTimeout(before.handle);
      this.pending.delete(matchID);
    }
  }

  /** Plays on from the stored state (after a seat's time ran out). */
  private replay(matchID: string): void {
    void this.opts.store
      .fetch(matchID, { state: true })
      .then(({ state }) => (state === undefined ? undefined : this.onState(matchID, state)))
      .catch((err: unknown) => this.fail(matchID, err));
  }

  private takeOver(matchID: string, key: string): void {
    this.takenOver.set(matchID, key);
    void this.opts.store
      .fetch(matchID, { state: true })
      .then(({ state }) => (state === undefined ? undefined : this.onState(matchID, state)))
      .catch((err: unknown) => this.fail(matchID, err));
  }

  private schedule(matchID: string, stateID: number, seat: string, level: string, why: Why): void {
    const before = this.pending.get(matchID);
    if (before !== undefined && before.stateID === stateID) return;
    if (before !== undefined) this.opts.clock.clearTimeout(before.handle);
    const handle = this.opts.clock.setTimeout(() => {
      this.pending.delete(matchID);
      this.play(matchID, stateID, seat, level, why).catch((err: unknown) => this.fail(matchID, err));
    }, this.opts.delayMs);
    this.pending.set(matchID, { stateID, seat, handle });
  }

  private async play(matchID: string, stateID: number, seat: string, level: string, why: Why): Promise<void> {
    if (this.closed) return;
    const { state, metadata } = await this.opts.store.fetch(matchID, { state: true, metadata: true });
    // A newer state schedules its own move.
    if (state === undefined || state._stateID !== stateID || state.ctx.gameover !== undefined) return;
    if (metadata === undefined || this.opts.gate({ state, metadata }) !== null) return;
    // The player came back (here or through another instance) since this move was scheduled.
    if (why === 'standIn' && bankOf(metadata)?.standIn.includes(seat) !== true) return;
    const credentials = seatOf(metadata, seat)?.credentials;
    if (credentials === undefined) return;
    const { game } = this.opts;
    const G = game.playerView === undefined ? state.G : game.playerView({ G: state.G, ctx: state.ctx, playerID: seat });
    const choice = this.opts.player.choose({ G, ctx: state.ctx }, seat, level, `${matchID}:${stateID}`);
    if (choice === undefined) {
      this.opts.logger.warn(
        { event: 'computer', matchID, seat, botLevel: level, why, reason: 'no legal move' },
        'computer has no move',
      );
      return;
    }
    const action = {
      type: 'MAKE_MOVE',
      payload: { type: choice.move, args: choice.args, playerID: seat, credentials },
    };
    const refused = await this.opts.transport.submit(matchID, seat, stateID, action);
    if (refused === null && why === 'standIn') await this.bank.countComputerMove(matchID, seat);
    this.opts.logger.info(
      {
        event: 'computer',
        matchID,
        seat,
        botLevel: level,
        why,
        move: choice.move,
        stateID,
        ...(refused === null ? {} : { code: refused.code, refused: reasonText(refused) }),
      },
      why === 'timer' ? 'computer played a timed-out turn' : why === 'standIn' ? 'computer stood in' : 'computer moved',
    );
  }

  private forget(matchID: string): void {
    this.setups.delete(matchID);
    this.waiting.delete(matchID);
    this.held.delete(matchID);
    this.takenOver.delete(matchID);
    this.bank.stop(matchID);
    this.opts.clock.clearTimeout(this.pending.get(matchID)?.handle);
    this.pending.delete(matchID);
  }

  private fail(matchID: string, err: unknown): void {
    this.opts.logger.error({ event: 'computer', matchID, err }, 'computer seat failed');
  }
}
