// Guards in front of boardgame.io's lobby routes (which stay boardgame.io's own, so its
// LobbyClient works unchanged). One Koa middleware, added before the routes: it logs one
// line per request, rate-limits create and join per client address, reads each body
// under a size limit, checks it against the route's schema (unknown fields refused), and
// answers every error as JSON without echoing what was sent (boardgame.io's 403 repeats
// the submitted credentials).
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import type Koa from 'koa';
import type { Logger } from 'pino';
import { z } from 'zod';
import { MatchIDSchema, SeatSchema, zodReason } from './guards';
import { lobbyErrorCode } from '../online/reasons';
import { RateLimiter, type Limiter } from './rateLimit';

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

class LobbyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function lobbyGuard(opts: LobbyGuardOptions): Koa.Middleware {
  const table = routes(opts.setupDataProblem);
  const limiter = opts.limiter ?? new RateLimiter(opts.rate ?? { burst: 300, perMinute: 600 });
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/games')) return next();
    const started = performance.now();
    let route: Route | undefined;
    let reason: string | undefined;
    let secrets: string[] = [];
    try {
      route = table.find((r) => r.pattern.test(ctx.path) && (r.body === undefined) === (ctx.method !== 'POST'));
      if (route === undefined) {
        if (ctx.method === 'OPTIONS') return await next();
        throw new LobbyError(404, 'no such lobby route');
      }
      const [, gameName, matchID] = route.pattern.exec(ctx.path) ?? [];
      if (gameName !== undefined && !opts.gameNames.includes(gameName)) throw new LobbyError(404, 'no such game');
      if (matchID !== undefined && !MatchIDSchema.safeParse(matchID).success)
        throw new LobbyError(404, 'no such match');
      if (route.limited === true && !(await limiter.take(ctx.ip)))
        throw new LobbyError(429, 'too many new matches or joins from this address; try again in a minute');
      if (route.body !== undefined) {
        const raw = await readBody(ctx);
        secrets = findSecrets(raw);
        const parsed = route.body.safeParse(raw);
        if (!parsed.success) throw new LobbyError(400, zodReason('invalid request', parsed.error));
        replayBody(ctx, parsed.data);
      }
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new LobbyError(404, 'not found');
    } catch (err) {
      const status = statusOf(err);
      reason = scrub(status >= 500 ? 'internal error' : messageOf(err), secrets);
      ctx.status = status;
      ctx.body = { error: reason, code: lobbyErrorCode(status, reason) };
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
          reason,
        },
        'lobby',
      );
    }
  };
}

/** Reads a JSON body under MAX_BODY_BYTES; an empty body reads as {}. Errors carry a status. */
export async function readBody(ctx: Koa.Context): Promise<unknown> {
  if (!ctx.is('application/json')) throw new LobbyError(415, 'send the body as application/json');
  const declared = Number(ctx.get('content-length') || '0');
  if (declared > MAX_BODY_BYTES) throw new LobbyError(413, `body over ${MAX_BODY_BYTES} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new LobbyError(413, `body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LobbyError(400, 'body is not valid JSON');
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

function statusOf(err: unknown): number {
  if (err instanceof LobbyError) return err.status;
  if (
    typeof err === 'object' &&
    err !== null &&
    'status' in err &&
    typeof err.status === 'number' &&
    err.status >= 400 &&
    err.status < 600
  )
    return err.status;
  return 500;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : 'error';
}
