// The classroom's HTTP routes (/api/class/...) as one Koa middleware on the lobby's app,
// and its live socket namespace /class. Every body is read under the lobby's size limit
// and checked with zod (unknown fields refused); every error is {"error": "<sentence>"}.
// Teacher routes need the X-Teacher-Key header, student routes `Authorization: Bearer`.
// Live updates: a change anywhere (a move in a class match, a join, a pause...) marks the
// session; teachers' sockets get a fresh dashboard at most every COALESCE_MS, students'
// sockets their own `me` when it changed. With several instances the mark crosses them
// over the cluster channel `class:CODE`.
import type Koa from 'koa';
import type { Namespace, Socket } from 'socket.io';
import type { Logger } from 'pino';
import { z } from 'zod';
import { SCENARIO_IDS } from '../content/ids';
import { TURN_SECONDS_MAX, TURN_SECONDS_MIN } from '../online/setup';
import { debriefCsv, debriefJson, exportFileName } from '../debrief/export';
import type { Cluster } from './cluster';
import { ClassError, normalizeCode, type Me } from '../online/classroom';
import { type Classroom, type ClassChange, type ClassRecord } from './classroom';
import { MatchIDSchema, zodReason } from './guards';
import { readBody } from './lobby';
import { lobbyErrorCode } from '../online/reasons';
import type { Limiter } from './rateLimit';
import { CLASS_CHANNEL_PREFIX } from './transport';

/** Teachers' dashboards are refreshed at most this often. */
export const COALESCE_MS = 250;

const CreateBody = z.strictObject({
  scenario: z.enum(SCENARIO_IDS).optional(),
  players: z.union([z.literal(2), z.literal(3)]).optional(),
  fill: z.enum(['easy', 'standard', 'hard']).optional(),
  turnSeconds: z.number().int().min(TURN_SECONDS_MIN).max(TURN_SECONDS_MAX).nullable().optional(),
  language: z.enum(['en', 'ru', 'kk', 'zh']).optional(),
});
const JoinBody = z.strictObject({ nickname: z.unknown() });
const StudentID = z.string().min(1).max(40);
const PairBody = z.union([
  z.strictObject({ auto: z.literal(true) }),
  z.strictObject({ groups: z.array(z.array(StudentID).min(1).max(3)).min(1).max(200) }),
]);
const Targets = z.strictObject({ matches: z.array(MatchIDSchema).min(1).max(500).optional() });
const InjectBody = z.strictObject({
  event: z.string().min(1).max(64),
  matches: z.array(MatchIDSchema).min(1).max(500).optional(),
});
const ExtendBody = z.strictObject({ minutes: z.number().int().min(1).max(120) });
const Empty = z.strictObject({});

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw new ClassError(400, zodReason('invalid request', r.error));
  return r.data;
}

function bearer(ctx: Koa.Context): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'));
  return m?.[1];
}

export interface ClassRoutesOptions {
  readonly classroom: Classroom;
  readonly logger: Logger;
  readonly limiter: Limiter;
}

export function classRoutes(opts: ClassRoutesOptions): Koa.Middleware {
  const { classroom, logger } = opts;
  return async (ctx, next) => {
    if (ctx.path !== '/api/class' && !ctx.path.startsWith('/api/class/')) return next();
    const started = performance.now();
    let reason: string | undefined;
    try {
      ctx.set('cache-control', 'no-store');
      await route(ctx);
    } catch (err) {
      const status =
        err instanceof ClassError
          ? err.status
          : typeof (err as { status?: unknown }).status === 'number'
            ? (err as { status: number }).status
            : 500;
      reason =
        status >= 500 && !(err instanceof ClassError)
          ? 'internal error'
          : err instanceof Error
            ? err.message.slice(0, 300)
            : 'error';
      ctx.status = status;
      ctx.body = { error: reason, code: lobbyErrorCode(ctx.status, reason) };
      if (status >= 500) logger.error({ event: 'class', err }, 'class route failure');
    } finally {
      logger.info(
        {
          event: 'class-http',
          method: ctx.method,
          path: ctx.path.slice(0, 80),
          status: ctx.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          ip: ctx.ip,
          reason,
        },
        'class',
      );
    }
  };

  /** Creating a session and joining one share the per-address budget. */
  async function limited(ctx: Koa.Context): Promise<void> {
    if (!(await opts.limiter.take(ctx.ip)))
      throw new ClassError(429, 'too many new class sessions or joins from this address; try again in a minute');
  }

  async function route(ctx: Koa.Context): Promise<void> {
    const parts = ctx.path.replace(/\/+$/, '').split('/').slice(3); // ['', 'api', 'class', ...]
    const post = ctx.method === 'POST';
    if (ctx.method !== 'GET' && !post) throw new ClassError(405, 'use GET or POST');
    if (parts.length === 0) {
      if (!post) throw new ClassError(405, 'create a class session with POST');
      await limited(ctx);
      const body = parse(CreateBody, await readBody(ctx));
      const { code, teacherKey } = await classroom.create({
        scenario: body.scenario ?? 'classroom-quick',
        players: body.players ?? 2,
        fill: body.fill ?? 'standard',
        turnSeconds: body.turnSeconds ?? null,
        language: body.language ?? 'en',
      });
      ctx.status = 201;
      ctx.body = {
        code,
        teacherKey,
        joinUrl: `/?class=${code}`,
        teacherUrl: `/?teach=${code}#key=${teacherKey}`,
        projectorUrl: `/?projector=${code}#key=${teacherKey}`,
      };
      return;
    }
    const rawCode = decodeURIComponent(parts[0] ?? '').slice(0, 40);
    const code = normalizeCode(rawCode);
    if (code === null)
      throw new ClassError(404, `no class session with code ${rawCode.replace(/[^A-Za-z0-9]/g, '').slice(0, 12)}`);
    const action = parts.slice(1).join('/');
    // Checks the teacher key; the session it read serves a route that only reads it (the dashboard).
    const teacher = async (): Promise<ClassRecord> => {
      const { record } = await classroom.read(code);
      if (!classroom.teacherAllowed(record, ctx.get('x-teacher-key') || undefined))
        throw new ClassError(403, 'the teacher key is missing or wrong for this class session');
      return record;
    };
    // A POST without a body (e.g. `end`, or `pause` for all) reads as {}.
    const bodyless =
      (ctx.get('content-length') === '' || ctx.get('content-length') === '0') && ctx.get('transfer-encoding') === '';
    const body = async <T>(schema: z.ZodType<T>): Promise<T> => parse(schema, bodyless ? {} : await readBody(ctx));
    const want = (method: 'GET' | 'POST'): void => {
      if (ctx.method !== method) throw new ClassError(405, `use ${method} for this route`);
    };
    switch (action) {
      case '':
        want('GET');
        ctx.body = await classroom.summary(code);
        return;
      case 'nickname':
        want('GET');
        ctx.body = { nickname: await classroom.suggestNickname(code) };
        return;
      case 'join': {
        want('POST');
        await limited(ctx);
        const { nickname } = await body(JoinBody);
        ctx.status = 201;
        ctx.body = await classroom.join(code, nickname);
        return;
      }
      case 'me':
        want('GET');
        ctx.body = await classroom.me(code, bearer(ctx));
        return;
      case 'events':
        want('GET');
        await teacher();
        ctx.body = classroom.events();
        return;
      case 'dashboard':
        want('GET');
        ctx.body = await classroom.dashboard(code, await teacher());
        return;
      case 'pair': {
        want('POST');
        await teacher();
        const b = await body(PairBody);
        ctx.body = await classroom.pair(code, 'auto' in b ? 'auto' : b.groups);
        return;
      }
      case 'pause':
      case 'resume': {
        want('POST');
        await teacher();
        const b = await body(Targets);
        ctx.body = await classroom.setPaused(code, b.matches, action === 'pause');
        return;
      }
      case 'inject': {
        want('POST');
        await teacher();
        const b = await body(InjectBody);
        ctx.body = { results: await classroom.inject(code, b.event, b.matches) };
        return;
      }
      case 'extend': {
        want('POST');
        await teacher();
        const b = await body(ExtendBody);
        ctx.body = await classroom.extend(code, b.minutes);
        return;
      }
      case 'end':
        want('POST');
        await teacher();
        await body(Empty);
        ctx.body = await classroom.end(code);
        return;
      case 'export.json':
      case 'export.csv': {
        want('GET');
        await teacher();
        const matches = await classroom.debriefs(code);
        const ext = action === 'export.csv' ? 'csv' : 'json';
        ctx.type = ext === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
        ctx.set('content-disposition', `attachment; filename="${exportFileName(`class-${code}`, ext, new Date())}"`);
        ctx.body = ext === 'csv' ? debriefCsv(matches) : debriefJson(matches, new Date());
        return;
      }
      default: {
        const m = /^debrief\/([A-Za-z0-9_-]{1,64})(\.csv|\.json)?$/.exec(action);
        if (m === null) throw new ClassError(404, 'no such class route');
        want('GET');
        const matchID = m[1] as string;
        if (!(await classroom.debriefAllowed(code, matchID, ctx.get('x-teacher-key') || undefined, bearer(ctx))))
          throw new ClassError(403, 'only the teacher and the match’s own students may read its debrief');
        const matches = await classroom.debriefs(code, matchID);
        if (m[2] === '.csv') {
          ctx.type = 'text/csv; charset=utf-8';
          ctx.body = debriefCsv(matches);
        } else {
          ctx.type = 'application/json; charset=utf-8';
          ctx.body = debriefJson(matches, new Date());
        }
      }
    }
  }
}

// ---- live updates -------------------------------------------------------------------

interface SocketData {
  readonly code: string;
  readonly studentId: string | null;
  lastMe?: string;
}

export interface ClassLiveOptions {
  readonly classroom: Classroom;
  readonly cluster: Cluster;
  readonly logger: Logger;
  readonly coalesceMs?: number;
  /** Another instance put matches on hold or released them. */
  readonly remoteHolds?: (matchIDs: readonly string[], held: boolean) => void;
}

/** The channel every instance watches, for holds and students' presence (a code is six capitals, never this). */
const SHARED_CHANNEL = `${CLASS_CHANNEL_PREFIX}shared`;

interface Pending {
  timer: NodeJS.Timeout | undefined;
  lastSent: number;
  students: boolean;
}

/** The /class namespace, and the marks that refresh it. */
export class ClassLive {
  private nsp: Namespace | undefined;
  private readonly pending = new Map<string, Pending>();
  /** Sockets per code on this instance (the channel is watched while any is open). */
  private readonly open = new Map<string, number>();
  private closed = false;
  /**
   * Live /class sockets of each student ("code:id") on all instances, as the cluster's
   * presence count last reported it (here or in another instance's notice).
   */
  private readonly presence = new Map<string, number>();

  constructor(private readonly opts: ClassLiveOptions) {
    opts.cluster.onMessage((channel, payload) => {
      if (channel === SHARED_CHANNEL && payload.type === 'holds') {
        const [ids, held] = payload.args;
        if (Array.isArray(ids) && typeof held === 'boolean')
          opts.remoteHolds?.(
            ids.filter((x): x is string => typeof x === 'string'),
            held,
          );
        return;
      }
      if (channel === SHARED_CHANNEL && payload.type === 'presence') {
        const [code, id, sockets] = payload.args;
        if (typeof code === 'string' && typeof id === 'string' && typeof sockets === 'number') {
          this.presence.set(`${code}:${id}`, sockets);
          this.mark({ code, students: false }, false);
        }
        return;
      }
      if (!channel.startsWith(CLASS_CHANNEL_PREFIX) || payload.type !== 'class') return;
      this.mark({ code: channel.slice(CLASS_CHANNEL_PREFIX.length), students: payload.args[0] === true }, false);
    });
    void opts.cluster.watch(SHARED_CHANNEL);
    opts.classroom.present = (code, studentId) =>
      (this.presence.get(`${code}:${studentId}`) ?? 0) > 0 ||
      (this.nsp?.adapter.rooms.get(studentRoom(code, studentId))?.size ?? 0) > 0;
  }

  attach(nsp: Namespace): void {
    this.nsp = nsp;
    const { classroom } = this.opts;
    nsp.use((socket, next) => {
      const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
      const code = typeof auth.code === 'string' ? normalizeCode(auth.code.slice(0, 40)) : null;
      const fail = (reason: string): void => next(new Error(reason));
      if (code === null) return fail('no class session with that code');
      classroom
        .read(code)
        .then(({ record }) => {
          if (typeof auth.teacherKey === 'string') {
            if (!classroom.teacherAllowed(record, auth.teacherKey))
              return fail('the teacher key is wrong for this class session');
            (socket.data as SocketData) = { code, studentId: null };
            return next();
          }
          const student = classroom.studentOf(record, typeof auth.token === 'string' ? auth.token : undefined);
          if (student === undefined) return fail('not a student of this class session');
          (socket.data as SocketData) = { code, studentId: student.id };
          next();
        })
        .catch((err: unknown) => fail(err instanceof ClassError ? err.message : 'internal error'));
    });
    nsp.on('connection', (socket) => {
      const data = socket.data as SocketData;
      void socket.join(data.studentId === null ? teacherRoom(data.code) : studentRoom(data.code, data.studentId));
      this.opened(data.code, 1);
      socket.on('disconnect', () => {
        this.opened(data.code, -1);
        if (data.studentId !== null) this.seen(data.code, data.studentId, socket.id, false);
      });
      void this.greet(socket).catch((err: unknown) =>
        this.opts.logger.error({ event: 'class-live', err }, 'first update not sent'),
      );
      if (data.studentId !== null) this.seen(data.code, data.studentId, socket.id, true);
    });
  }

  /** A change to a session: refresh this instance's viewers and, if `share`, the other instances'. */
  mark(change: ClassChange, share = true): void {
    if (this.closed) return;
    if (share) {
      this.opts.cluster.publish(`${CLASS_CHANNEL_PREFIX}${change.code}`, { type: 'class', args: [change.students] });
      if (change.holds !== undefined)
        this.opts.cluster.publish(SHARED_CHANNEL, { type: 'holds', args: [change.holds.matchIDs, change.holds.held] });
    }
    if (!this.open.has(change.code)) return;
    let p = this.pending.get(change.code);
    if (p === undefined) this.pending.set(change.code, (p = { timer: undefined, lastSent: 0, students: false }));
    p.students ||= change.students;
    if (p.timer !== undefined) return;
    const wait = Math.max(0, p.lastSent + (this.opts.coalesceMs ?? COALESCE_MS) - Date.now());
    const pending = p;
    pending.timer = setTimeout(() => {
      pending.timer = undefined;
      pending.lastSent = Date.now();
      const students = pending.students;
      pending.students = false;
      this.push(change.code, students).catch((err: unknown) =>
        this.opts.logger.error({ event: 'class-live', code: change.code, err }, 'live update failed'),
      );
    }, wait);
  }

  /** A student's socket came or went: counted across instances, and every dashboard told. */
  private seen(code: string, studentId: string, socketID: string, online: boolean): void {
    this.opts.cluster
      .presence(`${CLASS_CHANNEL_PREFIX}${code}`, studentId, socketID, online)
      .then((sockets) => {
        this.presence.set(`${code}:${studentId}`, sockets);
        if (this.closed) return;
        this.opts.cluster.publish(SHARED_CHANNEL, { type: 'presence', args: [code, studentId, sockets] });
        this.mark({ code, students: false }, false);
      })
      .catch((err: unknown) =>
        this.opts.logger.warn({ event: 'class-live', code, err }, 'student presence not shared'),
      );
  }

  close(): void {
    this.closed = true;
    for (const p of this.pending.values()) if (p.timer !== undefined) clearTimeout(p.timer);
    this.pending.clear();
  }

  private opened(code: string, delta: number): void {
    const n = (this.open.get(code) ?? 0) + delta;
    if (n > 0) {
      if (!this.open.has(code)) void this.opts.cluster.watch(`${CLASS_CHANNEL_PREFIX}${code}`);
      this.open.set(code, n);
    } else {
      this.open.delete(code);
      this.opts.cluster.unwatch(`${CLASS_CHANNEL_PREFIX}${code}`);
      const p = this.pending.get(code);
      if (p?.timer !== undefined) clearTimeout(p.timer);
      this.pending.delete(code);
    }
  }

  private async greet(socket: Socket): Promise<void> {
    const data = socket.data as SocketData;
    const { classroom } = this.opts;
    const { record } = await classroom.read(data.code);
    if (data.studentId === null) {
      socket.emit('dashboard', await classroom.dashboard(data.code, record));
      return;
    }
    const student = record.students.find((s) => s.id === data.studentId);
    if (student === undefined) return;
    const me = await classroom.meOf(record, student);
    data.lastMe = JSON.stringify(me);
    socket.emit('me', me);
  }

  private async push(code: string, students: boolean): Promise<void> {
    const nsp = this.nsp;
    if (nsp === undefined) return;
    const { classroom } = this.opts;
    const { record } = await classroom.read(code);
    const teachers = nsp.adapter.rooms.get(teacherRoom(code));
    if (teachers !== undefined && teachers.size > 0)
      nsp.to(teacherRoom(code)).emit('dashboard', await classroom.dashboard(code, record));
    if (!students) return;
    for (const student of record.students) {
      const room = nsp.adapter.rooms.get(studentRoom(code, student.id));
      if (room === undefined || room.size === 0) continue;
      let me: Me | undefined;
      for (const id of room) {
        const socket = nsp.sockets.get(id);
        if (socket === undefined) continue;
        me ??= await classroom.meOf(record, student);
        const text = JSON.stringify(me);
        const data = socket.data as SocketData;
        if (data.lastMe === text) continue;
        data.lastMe = text;
        socket.emit('me', me);
      }
    }
  }
}

function teacherRoom(code: string): string {
  return `t:${code}`;
}

function studentRoom(code: string, studentId: string): string {
  return `s:${code}:${studentId}`;
}
