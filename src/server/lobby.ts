// Guards in front of boardgame.io's lobby routes (which stay boardgame.io's own, so its
// LobbyClient works unchanged). One Koa middleware, added before the routes: it logs one
// line per request, rate-limits create and join per client address, reads each body
// under a size limit, checks it against the route's schema (unknown fields refused), and
// answers every error as JSON {error, code, params?} (refused.ts) without echoing what was
// sent (boardgame.io's 403 repeats the submitted credentials). An error of boardgame.io's
// own routes is coded by its status, its sentence kept.
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import type Koa from 'koa';
import type { Logger } from 'pino';
import { z } from 'zod';
import { refused, type ServerRefusal } from '../online/reasons';
import { malformed, MatchIDSchema, SeatSchema } from './guards';
import { RateLimiter, type Limiter } from './rateLimit';
import { errorBody, foreignRefusal, httpStatus, Refused } from './refused';

/** A lobby body is a few names and ids; 16 KB leaves room for player data. */
export const MAX_BODY_BYTES = 16 * 1024;

const Name = z.string().trim().min(1).max(40);
const Credentials = z.string().min(1).max(200);
/** Free player data, bounded by the body limit; only plain JSON objects. */
const PlayerData = z.record(z.string().max(40), z.unknown());

export interface LobbyGuardOptions {
  readonly logger: Logger;
  readonly gameNames: readonly string[];
  /** Checks a game's setup data; returns a reason or null. */
  readonly setupDataProblem: (data: unknown) => string | null;
  /** Create, join and play-again requests per address: burst and sustained rate. */
  readonly rate?: { readonly burst: number; readonly perMinute: number };
  /** Where the buckets live (shared between instances); one in this process by default. */
  readonly limiter?: Limiter;
}

interface Route {
  readonly name: string;
  readonly pattern: RegExp;
  readonly body?: z.ZodType;
  readonly limited?: boolean;
}

function routes(setupDataProblem: (data: unknown) => string | null): Route[] {
  const SetupData = z.unknown().superRefine((d, ctx) => {
    const problem = setupDataProblem(d);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  });
  const NumPlayers = z.union([z.number().int(), z.string().regex(/^\d{1,2}$/)]);
  return [
    { name: 'games', pattern: /^\/games\/?$/ },
    { name: 'list', pattern: /^\/games\/([^/]+)\/?$/ },
    {
      name: 'create',
      pattern: /^\/games\/([^/]+)\/create\/?$/,
      limited: true,
      body: z.strictObject({
        numPlayers: NumPlayers.optional(),
        setupData: SetupData.optional(),
        unlisted: z.boolean().optional(),
      }),
    },
    { name: 'get', pattern: /^\/games\/([^/]+)\/([^/]+)\/?$/ },
    {
      name: 'join',
      pattern: /^\/games\/([^/]+)\/([^/]+)\/join\/?$/,
      limited: true,
      body: z.strictObject({ playerID: SeatSchema.optional(), playerName: Name, data: PlayerData.optional() }),
    },
    {
      name: 'leave',
      pattern: /^\/games\/([^/]+)\/([^/]+)\/leave\/?$/,
      body: z.strictObject({ playerID: SeatSchema, credentials: Credentials }),
    },
    {
      name: 'playAgain',
      pattern: /^\/games\/([^/]+)\/([^/]+)\/playAgain\/?$/,
      limited: true,
      body: z.strictObject({
        playerID: SeatSchema,
        credentials: Credentials,
        unlisted: z.boolean().optional(),
        numPlayers: NumPlayers.optional(),
        setupData: SetupData.optional(),
      }),
    },
    ...['update', 'rename'].map((name): Route => ({
      name,
      pattern: new RegExp(`^/games/([^/]+)/([^/]+)/${name}/?$`),
      body: z
        .strictObject({
          playerID: SeatSchema,
          credentials: Credentials,
          newName: Name.optional(),
          data: PlayerData.optional(),
        })
        .refine((b) => b.newName !== undefined || b.data !== undefined, 'newName or data is required'),
    })),
  ];
}

export function lobbyGuard(opts: LobbyGuardOptions): Koa.Middleware {
  const table = routes(opts.setupDataProblem);
  const limiter = opts.limiter ?? new RateLimiter(opts.rate ?? { burst: 300, perMinute: 600 });
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/games')) return next();
    const started = performance.now();
    let route: Route | undefined;
    let reason: string | undefined;
    let code: ServerRefusal['code'] | undefined;
    let secrets: string[] = [];
    try {
      route = table.find((r) => r.pattern.test(ctx.path) && (r.body === undefined) === (ctx.method !== 'POST'));
      if (route === undefined) {
        if (ctx.method === 'OPTIONS') return await next();
        throw new Refused(refused('notFound', { what: 'lobby route' }));
      }
      const [, gameName, matchID] = route.pattern.exec(ctx.path) ?? [];
      if (gameName !== undefined && !opts.gameNames.includes(gameName))
        throw new Refused(refused('notFound', { what: 'game' }));
      if (matchID !== undefined && !MatchIDSchema.safeParse(matchID).success) throw new Refused(refused('noMatch'));
      if (route.limited === true && !(await limiter.take(ctx.ip)))
        throw new Refused(refused('rateLimited', { what: 'matches' }));
      if (route.body !== undefined) {
        const raw = await readBody(ctx);
        secrets = findSecrets(raw);
        const parsed = route.body.safeParse(raw);
        if (!parsed.success) throw new Refused(malformed('request', parsed.error));
        replayBody(ctx, parsed.data);
      }
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new Refused(refused('notFound'));
    } catch (err) {
      const failure = asRefused(err, secrets);
      const status = httpStatus(failure);
      reason = failure.message;
      code = failure.refusal.code;
      ctx.status = status;
      ctx.body = errorBody(failure.refusal, reason);
      if (status >= 500) opts.logger.error({ event: 'lobby', err }, 'lobby failure');
    } finally {
      opts.logger.info(
        {
          event: 'lobby',
          route: route?.name,
          method: ctx.method,
          path: ctx.path.slice(0, 120),
          status: ctx.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          ip: ctx.ip,
          code,
          reason,
        },
        'lobby',
      );
    }
  };
}

/** Reads a JSON body under MAX_BODY_BYTES; an empty body reads as {}. Errors carry a status. */
export async function readBody(ctx: Koa.Context): Promise<unknown> {
  if (!ctx.is('application/json')) throw new Refused(refused('notJson'));
  const declared = Number(ctx.get('content-length') || '0');
  if (declared > MAX_BODY_BYTES) throw new Refused(refused('tooLarge', { limit: MAX_BODY_BYTES }));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Refused(refused('tooLarge', { limit: MAX_BODY_BYTES }));
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Refused(refused('badRequest', { body: 'json' }));
  }
}

/**
 * boardgame.io's routes parse the body themselves from the request stream, which we
 * have read; hand them a stream of exactly what we validated.
 */
function replayBody(ctx: Koa.Context, body: unknown): void {
  const bytes = Buffer.from(JSON.stringify(body ?? {}), 'utf8');
  const headers = { ...ctx.req.headers, 'content-type': 'application/json', 'content-length': String(bytes.length) };
  delete headers['content-encoding'];
  delete headers['transfer-encoding'];
  const replay = Object.assign(Readable.from([bytes]), { headers });
  ctx.req = replay as unknown as IncomingMessage;
}

/** Strings in a body that must never come back in an answer or a log. */
function findSecrets(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  const c = (body as Record<string, unknown>).credentials;
  return typeof c === 'string' && c.length > 0 ? [c] : [];
}

function scrub(message: string, secrets: readonly string[]): string {
  // boardgame.io's 403 reads 'Invalid credentials <what you sent>'.
  let out = message.startsWith('Invalid credentials') ? 'Invalid credentials' : message;
  for (const s of secrets) out = out.split(s).join('[redacted]');
  return out.slice(0, 300);
}

/**
 * Any error as a refusal: ours as thrown; one of boardgame.io's routes (Koa's ctx.throw,
 * with a status) coded by its status, its sentence scrubbed of what was sent; anything
 * else an internal error.
 */
export function asRefused(err: unknown, secrets: readonly string[] = []): Refused {
  if (err instanceof Refused) return err;
  const status = (err as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500)
    return foreignRefusal(status, scrub(err instanceof Error ? err.message : 'error', secrets));
  return new Refused(refused('internal'));
}
