// The classroom's live socket namespace /class. A change anywhere (a move in a class
// match, a join, a pause...) marks the session; teachers' sockets get a fresh dashboard
// at most every COALESCE_MS (on the injected clock), students' sockets their own `me`
// when it changed. With several instances the mark crosses them over the cluster channel
// `class:CODE`; holds and students' presence over one shared channel. A refused handshake
// gets the refusal's sentence as its message and {code, params?} as its data.
import type { Namespace, Socket } from 'socket.io';
import type { Logger } from 'pino';
import { normalizeCode, type Me } from '../online/classroom';
import { reasonText, refused, wireParams, type ServerRefusal } from '../online/reasons';
import type { ClassChange, ClassSessions } from './classSessions';
import type { Clock, ClockTimer } from './clock';
import { CLASS_CHANNEL_PREFIX, type Cluster } from './cluster';
import { Refused } from './refused';

/** Teachers' dashboards are refreshed at most this often. */
export const COALESCE_MS = 250;

interface SocketData {
  readonly code: string;
  readonly studentId: string | null;
  lastMe?: string;
}

export interface ClassLiveOptions {
  readonly sessions: ClassSessions;
  readonly cluster: Cluster;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly coalesceMs?: number;
  /** Another instance put matches on hold or released them. */
  readonly remoteHolds?: (matchIDs: readonly string[], held: boolean) => void;
}

/** The channel every instance watches, for holds and students' presence (a code is six capitals, never this). */
const SHARED_CHANNEL = `${CLASS_CHANNEL_PREFIX}shared`;

interface Pending {
  timer: ClockTimer | undefined;
  lastSent: number;
  students: boolean;
}

/** A handshake refusal as socket.io carries it: the sentence as the message, the code as data. */
function handshakeError(refusal: ServerRefusal): Error {
  return Object.assign(new Error(reasonText(refusal)), { data: { code: refusal.code, ...wireParams(refusal) } });
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
    opts.cluster.onMessage((channel, payload) => this.heard(channel, payload));
    void opts.cluster.watch(SHARED_CHANNEL);
    opts.sessions.present = (code, studentId) =>
      (this.presence.get(`${code}:${studentId}`) ?? 0) > 0 ||
      (this.nsp?.adapter.rooms.get(studentRoom(code, studentId))?.size ?? 0) > 0;
  }

  /** A notice from another instance: holds, a student's presence, or a session's change. */
  private heard(channel: string, payload: { readonly type: string; readonly args: unknown[] }): void {
    if (channel === SHARED_CHANNEL && payload.type === 'holds') {
      const [ids, held] = payload.args;
      if (Array.isArray(ids) && typeof held === 'boolean')
        this.opts.remoteHolds?.(
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
    const code = channel.slice(CLASS_CHANNEL_PREFIX.length);
    this.mark(
      { code, students: payload.args[0] === true, ...(payload.args[1] === true ? { deleted: true } : {}) },
      false,
    );
  }

  attach(nsp: Namespace): void {
    this.nsp = nsp;
    nsp.use((socket, next) => {
      this.admit(socket).then(
        () => next(),
        (err: unknown) => next(handshakeError(err instanceof Refused ? err.refusal : refused('internal'))),
      );
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

  /** Who a handshake is: the session's teacher (by key) or one of its students (by token); refused otherwise. */
  private async admit(socket: Socket): Promise<void> {
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
    const code = typeof auth.code === 'string' ? normalizeCode(auth.code.slice(0, 40)) : null;
    if (code === null) throw new Refused(refused('classNotFound'));
    const { sessions } = this.opts;
    const { record } = await sessions.read(code);
    if (typeof auth.teacherKey === 'string') {
      if (!sessions.teacherAllowed(record, auth.teacherKey)) throw new Refused(refused('teacherKey'));
      (socket.data as SocketData) = { code, studentId: null };
      return;
    }
    const student = sessions.studentOf(record, auth.token);
    if (student === undefined) throw new Refused(refused('notStudent'));
    (socket.data as SocketData) = { code, studentId: student.id };
  }

  /** A change to a session: refresh this instance's viewers and, if `share`, the other instances'. */
  mark(change: ClassChange, share = true): void {
    if (this.closed) return;
    if (share) {
      const args = change.deleted === true ? [change.students, true] : [change.students];
      this.opts.cluster.publish(`${CLASS_CHANNEL_PREFIX}${change.code}`, { type: 'class', args });
      if (change.holds !== undefined)
        this.opts.cluster.publish(SHARED_CHANNEL, { type: 'holds', args: [change.holds.matchIDs, change.holds.held] });
    }
    if (!this.open.has(change.code)) return;
    if (change.deleted === true) {
      this.letGo(change.code);
      return;
    }
    let p = this.pending.get(change.code);
    if (p === undefined) this.pending.set(change.code, (p = { timer: undefined, lastSent: 0, students: false }));
    p.students ||= change.students;
    if (p.timer !== undefined) return;
    const { clock } = this.opts;
    const wait = Math.max(0, p.lastSent + (this.opts.coalesceMs ?? COALESCE_MS) - clock.now());
    const pending = p;
    pending.timer = clock.setTimeout(() => {
      pending.timer = undefined;
      pending.lastSent = clock.now();
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

  /** A deleted session: each of its sockets here is told (`deleted`) and disconnected. */
  private letGo(code: string): void {
    const nsp = this.nsp;
    this.opts.clock.clearTimeout(this.pending.get(code)?.timer);
    this.pending.delete(code);
    if (nsp === undefined) return;
    const rooms = [...nsp.adapter.rooms.keys()].filter((r) => r === teacherRoom(code) || r.startsWith(`s:${code}:`));
    for (const room of rooms) {
      nsp.to(room).emit('deleted', { code });
      nsp.in(room).disconnectSockets(false);
    }
  }

  close(): void {
    this.closed = true;
    for (const p of this.pending.values()) this.opts.clock.clearTimeout(p.timer);
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
      this.opts.clock.clearTimeout(this.pending.get(code)?.timer);
      this.pending.delete(code);
    }
  }

  private async greet(socket: Socket): Promise<void> {
    const data = socket.data as SocketData;
    const { sessions } = this.opts;
    const { record } = await sessions.read(data.code);
    if (data.studentId === null) {
      socket.emit('dashboard', await sessions.dashboard(data.code, record));
      return;
    }
    const student = record.students.find((s) => s.id === data.studentId);
    if (student === undefined) return;
    const me = await sessions.meOf(record, student);
    data.lastMe = JSON.stringify(me);
    socket.emit('me', me);
  }

  private async push(code: string, students: boolean): Promise<void> {
    const nsp = this.nsp;
    if (nsp === undefined) return;
    const { sessions } = this.opts;
    const { record } = await sessions.read(code);
    const teachers = nsp.adapter.rooms.get(teacherRoom(code));
    if (teachers !== undefined && teachers.size > 0)
      nsp.to(teacherRoom(code)).emit('dashboard', await sessions.dashboard(code, record));
    if (!students) return;
    for (const student of record.students) {
      const room = nsp.adapter.rooms.get(studentRoom(code, student.id));
      if (room === undefined || room.size === 0) continue;
      let me: Me | undefined;
      for (const id of room) {
        const socket = nsp.sockets.get(id);
        if (socket === undefined) continue;
        me ??= await sessions.meOf(record, student);
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
