// A match's own HTTP routes beside boardgame.io's lobby (/api/match/:matchID/...):
//   GET  …/status   whose turn it is and the clocks (what "My games" shows), for anyone
//                   with the match's id; no name but the seats' own, no secret.
//   POST …/abandon  {playerID, credentials}: a seated player ends the match as abandoned,
//                   allowed only while the computer stands in for another seat (its time
//                   bank ran out and its player has not returned). The result is stored
//                   in the match's metadata (`abandoned`, and the lobby's `gameover`), and
//                   every move is refused afterwards with the code `abandoned`.
// Bodies are read under the lobby's size limit and checked with zod (unknown fields
// refused); errors are {error, code, params?} (refused.ts) and change nothing.
import type Koa from 'koa';
import type { Logger } from 'pino';
import type { Server } from 'boardgame.io';
import { z } from 'zod';
import { refused, type ServerRefusal } from '../online/reasons';
import { isTurnBased, onlineSetupOf } from '../online/setup';
import type { Clock } from './clock';
import type { ComputerSeats, ComputerPlayer } from './bots';
import { credentialsMatch, malformed, MatchIDSchema, SeatSchema, seatOf } from './guards';
import { asRefused, readBody } from './lobby';
import type { MatchStore } from './matchStore';
import { errorBody, httpStatus, Refused } from './refused';
import { bankMessage, bankOf } from './timeBank';
import type { GuardedTransport } from './transport';

export const ABANDONED_FIELD = 'abandoned';
export const ABANDONED_EVENT = 'abandoned';

const AbandonBody = z.strictObject({ playerID: SeatSchema, credentials: z.string().min(1).max(200) });

/** The stored result of an abandoned match. */
export interface AbandonedResult {
  readonly by: string;
  readonly absent: readonly string[];
  readonly at: number;
  readonly computerMoves: Readonly<Record<string, number>>;
}

export function abandonedOf(metadata: unknown): AbandonedResult | null {
  const a = (metadata as Record<string, unknown> | undefined)?.[ABANDONED_FIELD];
  return typeof a === 'object' && a !== null ? (a as AbandonedResult) : null;
}

/** The gate's half for abandoned matches: no move once the match was ended as abandoned. */
export function abandonedGate(match: { readonly metadata: object }): ServerRefusal | null {
  return abandonedOf(match.metadata) === null ? null : refused('abandoned');
}

export interface MatchRoutesOptions {
  readonly store: MatchStore;
  readonly transport: GuardedTransport;
  readonly computer: ComputerSeats | undefined;
  readonly player: ComputerPlayer | undefined;
  readonly clock: Clock;
  readonly logger: Logger;
}

const PATH = /^\/api\/match\/([^/]+)\/(status|abandon)\/?$/;

export function matchRoutes(opts: MatchRoutesOptions): Koa.Middleware {
  return async (ctx, next) => {
    const m = PATH.exec(ctx.path);
    if (m === null) return next();
    try {
      const [, id = '', action] = m;
      if (!MatchIDSchema.safeParse(id).success) throw new Refused(refused('noMatch'));
      const method = action === 'status' ? 'GET' : 'POST';
      if (ctx.method !== method) throw new Refused(refused('wrongMethod', { allowed: method }));
      ctx.body = action === 'status' ? await status(opts, id) : await abandon(opts, id, ctx);
    } catch (err) {
      const failure = asRefused(err);
      ctx.status = httpStatus(failure);
      ctx.body = errorBody(failure.refusal, failure.message);
      if (ctx.status >= 500) opts.logger.error({ event: 'match-route', err }, 'match route failure');
    }
  };
}

async function status(opts: MatchRoutesOptions, matchID: string): Promise<Record<string, unknown>> {
  const { state, metadata } = await opts.store.fetch(matchID, { state: true, metadata: true });
  if (state === undefined || metadata === undefined) throw new Refused(refused('noMatch'));
  const setup = onlineSetupOf(metadata.setupData);
  const rec = bankOf(metadata);
  const seats = Object.keys(metadata.players);
  const players = Object.values(metadata.players as Record<string, Server.PlayerMetadata>).map((p) => ({
    seat: String(p.id),
    ...(p.name === undefined ? {} : { name: p.name }),
    connected: p.isConnected === true,
  }));
  const abandoned = abandonedOf(metadata);
  return {
    matchID,
    mode: isTurnBased(setup) ? 'turn' : 'live',
    ...(setup.moveBankSeconds === undefined ? {} : { moveBankSeconds: setup.moveBankSeconds }),
    ...(setup.totalBankSeconds === undefined ? {} : { totalBankSeconds: setup.totalBankSeconds }),
    scenario: (metadata.setupData as { scenario?: unknown } | undefined)?.scenario ?? null,
    round: (state.G as { round?: unknown }).round ?? null,
    actor: state.ctx.gameover === undefined && abandoned === null ? (opts.player?.actor(state) ?? null) : null,
    over: state.ctx.gameover !== undefined || abandoned !== null,
    started: players.every((p) => p.name !== undefined),
    players,
    ...(abandoned === null ? {} : { abandoned }),
    ...(rec === null ? {} : { bank: bankMessage(matchID, rec, setup, seats, opts.clock.now()) }),
  };
}

async function abandon(opts: MatchRoutesOptions, matchID: string, ctx: Koa.Context): Promise<Record<string, unknown>> {
  const parsed = AbandonBody.safeParse(await readBody(ctx));
  if (!parsed.success) throw new Refused(malformed('request', parsed.error));
  const { playerID, credentials } = parsed.data;
  let result: AbandonedResult | undefined;
  await opts.transport.exclusive(matchID, async () => {
    const { state, metadata } = await opts.store.fetch(matchID, { state: true, metadata: true });
    if (state === undefined || metadata === undefined) throw new Refused(refused('noMatch'));
    const player = seatOf(metadata, playerID);
    if (player === undefined) throw new Refused(refused('noSeat', { seat: playerID }));
    if (!credentialsMatch(credentials, player)) throw new Refused(refused('wrongCredentials'));
    if (state.ctx.gameover !== undefined) throw new Refused(refused('over'));
    if (abandonedOf(metadata) !== null) throw new Refused(refused('abandoned'));
    const rec = bankOf(metadata);
    const absent = (rec?.standIn ?? []).filter((s) => s !== playerID);
    if (rec === null || absent.length === 0) throw new Refused(refused('notAbsent'));
    const at = opts.clock.now();
    result = { by: playerID, absent, at, computerMoves: rec.computerMoves };
    await opts.store.patchMetadata(matchID, { [ABANDONED_FIELD]: result });
    await opts.store.touch(matchID, at, { abandoned: true, absent });
  });
  opts.computer?.hold(matchID);
  opts.logger.info({ event: 'abandoned', matchID, by: playerID, absent: result?.absent }, 'match ended as abandoned');
  opts.transport.emitToMatch(matchID, ABANDONED_EVENT, { matchID, ...result });
  return { matchID, abandoned: result };
}
