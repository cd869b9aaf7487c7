// How a match changes on the server, whoever asks (a socket, a computer seat, a teacher's
// injected event): in the match's queue and under its cluster lock, read the stored
// match, ask the gate and the rules, let boardgame.io's master apply the action, write by
// compare-and-set on the state it was made from, and only then broadcast (here and to the
// other instances) and tell the hooks. A refusal is thrown as Refused with its code.
import type { Logger } from 'pino';
import type { Game, Server, State } from 'boardgame.io';
import { Master } from 'boardgame.io/master';
import { refused, type ServerRefusal } from '../online/reasons';
import { credentialsMatch, seatOf, type ClientAction } from './guards';
import type { Cluster, MatchPayload } from './cluster';
import { StaleWriteError, type MatchStore } from './matchStore';
import { writeOrder } from './masterStore';
import { MatchQueues } from './matchQueue';
import type { MoveGate } from './moveGate';
import { Refused } from './refused';
import { applyStateDelta, STATE_DELTA, stateDelta, type StateDelta } from './clusterDelta';
import type { Outbound, Rooms } from './rooms';

/** Why a move would be refused by the rules (their code and parameters); null when it is legal. */
export type ExplainMove = (
  state: State,
  playerID: string,
  move: string,
  args: readonly unknown[],
) => ServerRefusal | null;

/**
 * What other parts of the server (computer seats, the turn timer, the classroom's live
 * updates) hear: every state committed here, every socket that has just synced (so it can
 * be told what they know, e.g. the time left), every seat's presence stored. Hooks must
 * not throw.
 */
export interface TransportHooks {
  committed?(matchID: string, state: State): void;
  synced?(matchID: string, emit: (event: string, payload: unknown) => void): void;
  /** A seat's connection state was stored (a socket took or left it). */
  presence?(matchID: string, seat: string, connected: boolean): void;
}

export interface MatchMovesOptions {
  readonly store: MatchStore;
  readonly cluster: Cluster;
  readonly logger: Logger;
  readonly rooms: Rooms;
  readonly gate: MoveGate;
  readonly explain: ExplainMove | undefined;
  readonly hooks: TransportHooks | undefined;
  /** The server's clock, for the metadata's updatedAt (boardgame.io's master reads Date.now). */
  readonly now: () => number;
  /** boardgame.io's credential check, known once Server() has initialised the transport. */
  readonly auth: () => NonNullable<Master['auth']> | undefined;
  /** True once the server is stopping: no new work starts. */
  readonly closing: () => boolean;
}

export class MatchMoves {
  readonly queues = new MatchQueues();

  constructor(private readonly opts: MatchMovesOptions) {}

  /**
   * Applies a client's (or the server's own) action, already shape-checked, for a seat.
   * `resync` sends the mover the stored match again after a refusal that left its view
   * behind (a socket's; nothing for the server's own actions).
   */
  async apply(
    game: Game,
    action: ClientAction,
    stateID: number,
    matchID: string,
    playerID: string,
    resync: () => Promise<void>,
  ): Promise<void> {
    if (this.opts.closing()) throw new Refused(refused('shuttingDown'));
    const { state, metadata } = await this.opts.store.fetch(matchID, { state: true, metadata: true });
    if (state === undefined || metadata === undefined) throw new Refused(refused('noMatch'));
    if (!credentialsMatch(action.payload.credentials, seatOf(metadata, playerID)))
      throw new Refused(refused('wrongCredentials'));
    if (state.ctx.gameover !== undefined) throw new Refused(refused('over'));
    // Asked here, under the match's queue and lock, of the stored match: every instance agrees.
    const held = this.opts.gate({ state, metadata });
    if (held !== null) {
      await resync();
      throw new Refused(held);
    }
    if (state._stateID !== stateID) {
      // Another seat or instance moved first: the client gets the current match back.
      await resync();
      throw new Refused(refused('stale', { sent: stateID, current: state._stateID }));
    }
    if (action.type === 'MAKE_MOVE') {
      const why = this.opts.explain?.(state, playerID, action.payload.type, action.payload.args ?? []);
      if (why !== undefined && why !== null) throw new Refused(why);
    }
    const next = await this.runMaster(game, { state, metadata }, action, stateID, matchID, playerID, resync);
    // The state just written, as the store keeps it: no second read.
    this.opts.hooks?.committed?.(matchID, next);
  }

  /** boardgame.io's master applies the action; its broadcasts go out only after the write committed. */
  private async runMaster(
    game: Game,
    read: { state: State; metadata: Server.MatchData },
    action: ClientAction,
    stateID: number,
    matchID: string,
    playerID: string,
    resync: () => Promise<void>,
  ): Promise<State> {
    const held: Outbound[] = [];
    const writes = writeOrder(this.opts.store, read, this.opts.now);
    const sends = { send: () => undefined, sendAll: (p: Outbound) => void held.push(p) };
    const master = new Master(game, writes.store, sends, this.opts.auth());
    const kind = action.type === 'MAKE_MOVE' ? 'move' : action.type === 'UNDO' ? 'undo' : 'redo';
    let result: Awaited<ReturnType<Master['onUpdate']>>;
    try {
      result = await master.onUpdate(action, stateID, matchID, playerID);
    } catch (err) {
      if (!(err instanceof StaleWriteError)) throw err;
      // Only possible with several instances: the compare-and-set kept the other write.
      await resync();
      throw new Refused(
        refused('raced', { view: 'resynced', ...(err.found === undefined ? {} : { found: err.found }) }),
      );
    }
    if (result !== undefined) throw new Refused(refused('notAllowed', { action: kind, detail: result.error }));
    const next = writes.written();
    if (next === undefined) throw new Refused(refused('notAllowed', { action: kind }));
    for (const p of held) this.broadcast(matchID, p, read.state);
    return next;
  }

  /**
   * An action from inside the server (a computer seat, a timed-out turn), through the
   * same checks as a socket's (`check` is the guards'): seat, credentials, the gate, the rules,
   * under the match's queue and cluster lock. Resolves to null when committed, or to the
   * refusal.
   */
  async submit(
    game: Game,
    check: () => ClientAction,
    stateID: number,
    matchID: string,
    playerID: string,
  ): Promise<ServerRefusal | null> {
    try {
      const action = check();
      await this.queues.run(matchID, () =>
        this.opts.cluster.withLock(matchID, () =>
          this.apply(game, action, stateID, matchID, playerID, () => Promise.resolve()),
        ),
      );
      return null;
    } catch (err) {
      if (!(err instanceof Refused)) throw err;
      this.opts.logger.warn(
        { event: 'refused', on: 'server', matchID, playerID, code: err.refusal.code, reason: err.message },
        'refused',
      );
      return err.refusal;
    }
  }

  /**
   * Changes a match's state from inside the server (a teacher's injected event) in the
   * match's own order: in its queue, under its cluster lock, written by compare-and-set over
   * the state it was made from, then broadcast like a move and handed to the hooks. `change`
   * returns the new G, or a refusal to leave the match as it is. Resolves to null when
   * written, or to the refusal.
   */
  async transform(
    matchID: string,
    change: (state: State, metadata: Server.MatchData) => { G: unknown } | { refusal: ServerRefusal },
  ): Promise<ServerRefusal | null> {
    let outcome: ServerRefusal | null = null;
    await this.queues.run(matchID, () =>
      this.opts.cluster.withLock(matchID, async () => {
        if (this.opts.closing()) return void (outcome = refused('shuttingDown'));
        const { state, metadata } = await this.opts.store.fetch(matchID, { state: true, metadata: true });
        if (state === undefined || metadata === undefined) return void (outcome = refused('noMatch'));
        const changed = change(state, metadata);
        if ('refusal' in changed) return void (outcome = changed.refusal);
        const next: State = { ...state, G: changed.G, _stateID: state._stateID + 1, deltalog: [] };
        try {
          await this.opts.store.setState(matchID, next);
        } catch (err) {
          if (!(err instanceof StaleWriteError)) throw err;
          return void (outcome = refused('raced'));
        }
        this.broadcast(matchID, { type: 'update', args: [matchID, next] }, state);
        this.opts.hooks?.committed?.(matchID, next);
      }),
    );
    return outcome;
  }

  /** Another instance's move: rebuilt from the state held here, or read from the store when that is not its base. */
  async remote(matchID: string, delta: StateDelta): Promise<void> {
    // A sync here may already have read the state it makes (then each socket still gets it once).
    const base = this.opts.rooms.latest(matchID);
    let next = base?._stateID === delta.s ? base : base === undefined ? undefined : applyStateDelta(base, delta);
    if (next === undefined) {
      const { state } = await this.opts.store.fetch(matchID, { state: true });
      if (state === undefined || state._stateID < delta.s) return;
      next = state;
    }
    this.opts.rooms.deliver(matchID, { type: 'update', args: [matchID, next] });
  }

  /**
   * Sends a committed payload to this instance's sockets in the match and to the other
   * instances; a state that follows `prev` crosses to them as its delta (clusterDelta.ts).
   */
  broadcast(matchID: string, payload: Outbound, prev?: State): void {
    this.opts.rooms.deliver(matchID, payload);
    if (this.opts.cluster.kind === 'local') return;
    const next = payload.type === 'update' ? ((payload.args as unknown[])[1] as State) : undefined;
    const out: MatchPayload =
      prev !== undefined && next !== undefined && next._stateID === prev._stateID + 1
        ? { type: STATE_DELTA, args: [matchID, stateDelta(prev, next)] }
        : (payload as MatchPayload);
    this.opts.cluster.publish(matchID, out);
  }
}
