// Classroom sessions: a teacher's lesson over many matches of the game. A session is one
// record in the match store (table class_sessions), read and written whole by
// compare-and-set on its version, so concurrent joins on any instance never lose or
// double a seat, and a restart loses nothing. Its matches are ordinary matches, created
// here with the online settings in their setup data (computer seats fill odd numbers,
// the turn timer) plus `class: code`; students hold ordinary seat credentials. A pause or
// the end of the session is a hold written into each match's metadata, which the
// transport reads under the match lock before every move (transport.ts holdOf).
// The HTTP routes and the live socket namespace are in classHttp.ts.
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Game, Server, State } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import type { Logger } from 'pino';
import { EVENT_BY_ID, WORLD_EVENTS } from '../content/index';
import { firedEvents, injectEvent } from '../game/inject';
import { roleOfSeat } from '../game/moves';
import type { GameState } from '../game/state';
import { matchDebrief, type MatchDebrief } from '../debrief/model';
import type { BotLevel } from '../ai/bots';
import type { ComputerSeats } from './bots';
import { seatOf } from './guards';
import type { MatchStore } from './matchStore';
import { HOLD_FIELD, holdOf, type GuardedTransport } from './transport';

import {
  CODE_LENGTH,
  CODE_ALPHABET,
  ClassError,
  NICKNAME_MAX,
  type ClassStatus,
  type Dashboard,
  type DashboardMatch,
  type DashboardSeat,
  type FillLevel,
  type InjectResult,
  type Language,
  type Me,
  type Role,
} from '../online/classroom';

export const PAUSED_REASON = 'the teacher has paused the match';
export const ENDED_REASON = 'the class session has ended';

export interface StudentRecord {
  readonly id: string;
  readonly nickname: string;
  /** sha256 of the student's token: the token itself is shown once and never stored. */
  readonly tokenHash: string;
  readonly joinedAt: number;
  matchID: string | null;
  playerID: string | null;
}

export interface ClassMatchRecord {
  readonly matchID: string;
  /** Seat -> student id, or null for a computer seat. */
  readonly seats: Readonly<Record<string, string | null>>;
}

export interface ClassRecord {
  readonly code: string;
  /** sha256 of the teacher key. */
  readonly teacherKeyHash: string;
  readonly scenario: string;
  readonly players: 2 | 3;
  readonly fill: FillLevel;
  readonly turnSeconds: number | null;
  readonly language: Language;
  status: ClassStatus;
  readonly createdAt: number;
  endsAt: number | null;
  students: StudentRecord[];
  matches: ClassMatchRecord[];
}

export interface CreateOptions {
  readonly scenario: string;
  readonly players: 2 | 3;
  readonly fill: FillLevel;
  readonly turnSeconds: number | null;
  readonly language: Language;
}

/** What changed, for the live updates: teachers get a dashboard; students a `me` if their own view changed. */
export type ClassChange = {
  readonly code: string;
  readonly students: boolean;
  /** Matches put on hold or released, so every instance's computer seats and clocks follow. */
  readonly holds?: { readonly matchIDs: readonly string[]; readonly held: boolean };
};

export function roleOf(playerID: string): Role {
  return roleOfSeat(playerID) ?? 'kazakhstan';
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Constant-time comparison of two hex digests. */
function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

const NICKNAME_CHARS = /^[\p{L}\p{M}\p{N} _.-]+$/u;

/** Why a nickname is refused (null when fine), and its cleaned form. */
export function nicknameProblem(raw: unknown): { nickname: string } | { reason: string } {
  if (typeof raw !== 'string') return { reason: 'the nickname must be text' };
  if (raw.length > 200) return { reason: `the nickname is too long: at most ${NICKNAME_MAX} characters` };
  const nickname = raw.normalize('NFC').trim().replace(/ {2,}/g, ' ');
  if (nickname.length === 0) return { reason: 'the nickname is empty' };
  if (/[<>&"'`/\\]/.test(nickname))
    return { reason: 'the nickname may not contain markup: use letters, digits, spaces and - _ . only' };
  if ([...nickname].length > NICKNAME_MAX)
    return { reason: `the nickname is too long: at most ${NICKNAME_MAX} characters` };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(nickname))
    return { reason: 'the nickname may not contain control characters' };
  if (!NICKNAME_CHARS.test(nickname)) return { reason: 'the nickname may use letters, digits, spaces and - _ . only' };
  return { nickname };
}

/** Two nicknames that read alike are the same nickname. */
function nicknameKey(n: string): string {
  return n.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ');
}

const ADJECTIVES = [
  'Swift',
  'Bright',
  'Calm',
  'Bold',
  'Clever',
  'Quiet',
  'Brave',
  'Keen',
  'Steady',
  'Wise',
  'Lucky',
  'Sunny',
  'Nimble',
  'Gentle',
  'Proud',
  'Merry',
];
const ANIMALS = [
  'Falcon',
  'Snow Leopard',
  'Saiga',
  'Eagle',
  'Camel',
  'Marmot',
  'Wolf',
  'Ibex',
  'Crane',
  'Argali',
  'Lynx',
  'Fox',
  'Horse',
  'Owl',
  'Bustard',
  'Tiger',
];

/** A friendly nickname not used in the session (e.g. "Swift Falcon 12"). */
export function generatedNickname(taken: readonly string[]): string {
  const used = new Set(taken.map(nicknameKey));
  for (;;) {
    const name = `${ADJECTIVES[randomInt(ADJECTIVES.length)]} ${ANIMALS[randomInt(ANIMALS.length)]} ${randomInt(1, 100)}`;
    if (name.length <= NICKNAME_MAX && !used.has(nicknameKey(name))) return name;
  }
}

function secret(): string {
  return randomBytes(32).toString('base64url');
}

function matchIDFor(): string {
  return randomBytes(12).toString('base64url');
}

function shuffled<T>(xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface ClassroomOptions {
  readonly game: Game;
  readonly store: MatchStore;
  readonly transport: GuardedTransport;
  readonly computer: ComputerSeats | undefined;
  readonly logger: Logger;
  /** Told after every change a session's viewers should see (local and, through it, other instances). */
  readonly changed: (change: ClassChange) => void;
}

export class Classroom {
  /** Session work in this process runs one at a time per code; the version check covers other processes. */
  private readonly queues = new Map<string, Promise<unknown>>();
  /** matchID -> class code (or null: not a class match), learnt from the records and setup data. */
  private readonly matchClass = new Map<string, string | null>();

  constructor(private readonly opts: ClassroomOptions) {}

  // ---- records ----------------------------------------------------------------

  async read(code: string): Promise<{ version: number; record: ClassRecord }> {
    const row = await this.opts.store.readClass(code);
    if (row === undefined) throw new ClassError(404, `no class session with code ${code}`);
    const record = JSON.parse(row.record) as ClassRecord;
    for (const m of record.matches) this.matchClass.set(m.matchID, code);
    return { version: row.version, record };
  }

  /**
   * Reads, changes and writes a session by compare-and-set, again from a fresh read when
   * another instance wrote first. `change` mutates the record it is given or throws a
   * ClassError (then nothing is written).
   */
  private update<T>(
    code: string,
    change: (record: ClassRecord) => T | Promise<T>,
  ): Promise<{ record: ClassRecord; result: T }> {
    const run = async (): Promise<{ record: ClassRecord; result: T }> => {
      for (let attempt = 0; ; attempt++) {
        const { version, record } = await this.read(code);
        const result = await change(record);
        if (await this.opts.store.writeClass(code, version, JSON.stringify(record), Date.now()))
          return { record, result };
        if (attempt >= 200) throw new ClassError(503, 'the class session is too busy; try again');
        await new Promise((r) => setTimeout(r, randomInt(1, 5 + attempt)));
      }
    };
    const before = this.queues.get(code) ?? Promise.resolve();
    const next = before.then(run, run);
    const tail = next.catch(() => undefined);
    this.queues.set(code, tail);
    void tail.then(() => {
      if (this.queues.get(code) === tail) this.queues.delete(code);
    });
    return next;
  }

  teacherAllowed(record: ClassRecord, key: string | undefined): boolean {
    return (
      typeof key === 'string' && key.length > 0 && key.length <= 200 && sameDigest(sha256(key), record.teacherKeyHash)
    );
  }

  studentOf(record: ClassRecord, token: string | undefined): StudentRecord | undefined {
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return undefined;
    const hash = sha256(token);
    return record.students.find((s) => sameDigest(s.tokenHash, hash));
  }

  /** The class code a match belongs to, or null. */
  async classOf(matchID: string): Promise<string | null> {
    const known = this.matchClass.get(matchID);
    if (known !== undefined) return known;
    const { metadata } = await this.opts.store.fetch(matchID, { metadata: true });
    const code = (metadata?.setupData as { class?: unknown } | undefined)?.class;
    const out = typeof code === 'string' ? code : null;
    // Bounded: a long-running server sees many lobby matches; forgetting only costs a read.
    if (this.matchClass.size >= 50_000) this.matchClass.clear();
    this.matchClass.set(matchID, out);
    return out;
  }

  // ---- operations -----------------------------------------------------------

  async create(opts: CreateOptions): Promise<{ code: string; teacherKey: string }> {
    const teacherKey = secret();
    for (let attempt = 0; attempt < 50; attempt++) {
      const code = newCode();
      const record: ClassRecord = {
        code,
        teacherKeyHash: sha256(teacherKey),
        ...opts,
        status: 'waiting',
        createdAt: Date.now(),
        endsAt: null,
        students: [],
        matches: [],
      };
      if (await this.opts.store.insertClass(code, JSON.stringify(record), Date.now())) {
        this.opts.logger.info(
          { event: 'class', code, action: 'create', players: opts.players, scenario: opts.scenario },
          'class session created',
        );
        return { code, teacherKey };
      }
    }
    throw new ClassError(503, 'no free class code; try again');
  }

  async join(code: string, rawNickname: unknown): Promise<{ studentId: string; token: string; nickname: string }> {
    const checked = nicknameProblem(rawNickname);
    if ('reason' in checked) throw new ClassError(400, checked.reason);
    const token = secret();
    const { result } = await this.update(code, (record) => {
      if (record.status === 'ended') throw new ClassError(409, 'the class session has ended');
      const key = nicknameKey(checked.nickname);
      if (record.students.some((s) => nicknameKey(s.nickname) === key))
        throw new ClassError(400, `the nickname “${checked.nickname}” is taken in this class; choose another`);
      if (record.students.length >= 500) throw new ClassError(409, 'the class session is full');
      let id: string;
      do id = `s${randomBytes(5).toString('hex')}`;
      while (record.students.some((s) => s.id === id));
      record.students.push({
        id,
        nickname: checked.nickname,
        tokenHash: sha256(token),
        joinedAt: Date.now(),
        matchID: null,
        playerID: null,
      });
      return { studentId: id, token, nickname: checked.nickname };
    });
    this.opts.changed({ code, students: false });
    return result;
  }

  async suggestNickname(code: string): Promise<string> {
    const { record } = await this.read(code);
    return generatedNickname(record.students.map((s) => s.nickname));
  }

  async me(code: string, token: string | undefined): Promise<Me> {
    const { record } = await this.read(code);
    const student = this.studentOf(record, token);
    if (student === undefined)
      throw new ClassError(403, 'not a student of this class session (sign in again with the join code)');
    return this.meOf(record, student);
  }

  async meOf(record: ClassRecord, student: StudentRecord): Promise<Me> {
    const base = { studentId: student.id, nickname: student.nickname, status: record.status };
    if (student.matchID === null || student.playerID === null) return { ...base, paused: false, match: null };
    const { metadata } = await this.opts.store.fetch(student.matchID, { metadata: true });
    const credentials = seatOf(metadata, student.playerID)?.credentials;
    const hold = holdOf(metadata);
    return {
      ...base,
      paused: hold === PAUSED_REASON,
      match:
        credentials === undefined
          ? null
          : { matchID: student.matchID, playerID: student.playerID, credentials, role: roleOf(student.playerID) },
    };
  }

  /**
   * Forms matches from the waiting students (automatically, in join order, or the
   * teacher's groups), creates them all, then records the assignment in one write; the
   * computer seats fill the rest and the matches start together.
   */
  async pair(code: string, groupsIn: readonly (readonly string[])[] | 'auto'): Promise<Dashboard> {
    const created: string[] = [];
    const attempt = this.update(code, async (record) => {
      // A retry after another instance's write starts over: drop what the last try created.
      for (const id of created.splice(0)) await this.opts.store.wipe(id);
      if (record.status === 'ended') throw new ClassError(409, 'the class session has ended');
      const waiting = record.students.filter((s) => s.matchID === null);
      let groups: string[][];
      if (groupsIn === 'auto') {
        groups = [];
        for (let i = 0; i < waiting.length; i += record.players)
          groups.push(waiting.slice(i, i + record.players).map((s) => s.id));
      } else {
        const seen = new Set<string>();
        for (const g of groupsIn) {
          if (g.length < 1 || g.length > record.players)
            throw new ClassError(400, `a group has 1 to ${record.players} students`);
          for (const id of g) {
            const s = record.students.find((x) => x.id === id);
            if (s === undefined) throw new ClassError(400, `no student ${id.slice(0, 20)} in this class`);
            if (s.matchID !== null) throw new ClassError(409, `${s.nickname} is already in a match`);
            if (seen.has(id)) throw new ClassError(400, `${s.nickname} is in two groups`);
            seen.add(id);
          }
        }
        groups = groupsIn.map((g) => [...g]);
      }
      if (groups.length === 0) throw new ClassError(409, 'no students are waiting to be paired');
      for (const group of groups) {
        const seatsShuffled = shuffled(Array.from({ length: record.players }, (_, i) => String(i)));
        const seats: Record<string, string | null> = {};
        for (let i = 0; i < record.players; i++) seats[seatsShuffled[i] as string] = group[i] ?? null;
        const matchID = matchIDFor();
        await this.createMatch(record, matchID, seats);
        created.push(matchID);
        record.matches.push({ matchID, seats });
        for (const [playerID, studentId] of Object.entries(seats)) {
          const s = studentId === null ? undefined : record.students.find((x) => x.id === studentId);
          if (s !== undefined) {
            s.matchID = matchID;
            s.playerID = playerID;
          }
        }
      }
      record.status = 'running';
    });
    try {
      await attempt;
    } catch (err) {
      // Refused or failed: the matches this call created are not the session's; none stay behind.
      for (const id of created.splice(0)) await this.opts.store.wipe(id).catch(() => undefined);
      throw err;
    }
    for (const id of created) {
      this.matchClass.set(id, code);
      await this.opts.computer?.resume(id);
    }
    this.opts.logger.info({ event: 'class', code, action: 'pair', matches: created.length }, 'class matches formed');
    this.opts.changed({ code, students: true });
    return this.dashboard(code);
  }

  private async createMatch(record: ClassRecord, matchID: string, seats: Record<string, string | null>): Promise<void> {
    const bots: Record<string, BotLevel> = {};
    for (const [seat, student] of Object.entries(seats)) if (student === null) bots[seat] = record.fill;
    const setupData = {
      scenario: record.scenario,
      players: record.players,
      online: {
        ...(Object.keys(bots).length > 0 ? { bots } : {}),
        ...(record.turnSeconds === null ? {} : { turnSeconds: record.turnSeconds }),
      },
      class: record.code,
    };
    const made = createMatch({ game: this.opts.game, numPlayers: record.players, setupData, unlisted: true });
    if ('setupDataError' in made)
      throw new ClassError(500, `the match could not be set up: ${String(made.setupDataError)}`);
    const players = made.metadata.players as Record<string, Server.PlayerMetadata>;
    for (const [seat, studentId] of Object.entries(seats)) {
      const student = studentId === null ? undefined : record.students.find((s) => s.id === studentId);
      const p = players[seat];
      if (student === undefined || p === undefined) continue;
      p.name = student.nickname;
      p.credentials = secret();
      p.data = { student: student.id };
    }
    await this.opts.store.createMatch(matchID, made);
  }

  /** Puts matches on hold or releases them (all of the session's when none are named). */
  async setPaused(code: string, matchIDs: readonly string[] | undefined, paused: boolean): Promise<Dashboard> {
    const { record } = await this.read(code);
    if (record.status === 'ended') throw new ClassError(409, 'the class session has ended');
    const ids = this.targets(record, matchIDs);
    for (const id of ids) await this.setHold(id, paused ? PAUSED_REASON : null);
    this.opts.logger.info(
      { event: 'class', code, action: paused ? 'pause' : 'resume', matches: ids.length },
      paused ? 'matches paused' : 'matches resumed',
    );
    this.opts.changed({ code, students: true, holds: { matchIDs: ids, held: paused } });
    return this.dashboard(code);
  }

  private targets(record: ClassRecord, matchIDs: readonly string[] | undefined): string[] {
    if (matchIDs === undefined) return record.matches.map((m) => m.matchID);
    for (const id of matchIDs)
      if (!record.matches.some((m) => m.matchID === id))
        throw new ClassError(400, `match ${id.slice(0, 64)} is not in this class session`);
    return [...new Set(matchIDs)];
  }

  /** Writes a hold in the match's own order (after the moves queued before it). */
  private async setHold(matchID: string, hold: string | null): Promise<void> {
    await this.opts.transport.exclusive(matchID, async () => {
      await this.opts.store.patchMetadata(matchID, { [HOLD_FIELD]: hold });
    });
    if (hold !== null) this.opts.computer?.hold(matchID);
    else await this.opts.computer?.resume(matchID);
  }

  async inject(code: string, event: string, matchIDs: readonly string[] | undefined): Promise<InjectResult[]> {
    const { record } = await this.read(code);
    if (record.status === 'ended') throw new ClassError(409, 'the class session has ended');
    if (!Object.hasOwn(EVENT_BY_ID, event))
      throw new ClassError(400, `there is no world event "${event.slice(0, 64)}"`);
    const ids = this.targets(record, matchIDs);
    const results: InjectResult[] = [];
    for (const matchID of ids) {
      const reason = await this.opts.transport.transform(matchID, (state: State) => {
        const r = injectEvent(state.G as GameState, { phase: state.ctx.phase, gameover: state.ctx.gameover }, event);
        return r.ok ? { G: r.G } : { reason: r.reason };
      });
      results.push(reason === null ? { matchID, ok: true } : { matchID, ok: false, reason });
    }
    this.opts.logger.info(
      {
        event: 'class',
        code,
        action: 'inject',
        worldEvent: event,
        ok: results.filter((r) => r.ok).length,
        matches: results.length,
      },
      'event injected',
    );
    this.opts.changed({ code, students: false });
    return results;
  }

  async extend(code: string, minutes: number): Promise<Dashboard> {
    await this.update(code, (record) => {
      if (record.status === 'ended') throw new ClassError(409, 'the class session has ended');
      record.endsAt = Math.max(record.endsAt ?? Date.now(), Date.now()) + minutes * 60_000;
    });
    this.opts.changed({ code, students: false });
    return this.dashboard(code);
  }

  async end(code: string): Promise<Dashboard> {
    // The matches' holds first, then the session's status: a restart in between leaves the
    // matches stopped and the session still open, and ending it again finishes the job.
    const { record: before } = await this.read(code);
    for (const m of before.matches) await this.setHold(m.matchID, ENDED_REASON);
    const { record } = await this.update(code, (r) => {
      r.status = 'ended';
      r.endsAt = Date.now();
    });
    // Matches formed meanwhile (a pair call racing the end) are stopped too.
    for (const m of record.matches)
      if (!before.matches.some((b) => b.matchID === m.matchID)) await this.setHold(m.matchID, ENDED_REASON);
    this.opts.logger.info({ event: 'class', code, action: 'end' }, 'class session ended');
    this.opts.changed({ code, students: true, holds: { matchIDs: record.matches.map((m) => m.matchID), held: true } });
    return this.dashboard(code);
  }

  // ---- reading ------------------------------------------------------------------

  async summary(code: string): Promise<{
    code: string;
    scenario: string;
    players: 2 | 3;
    language: Language;
    status: ClassStatus;
    students: number;
  }> {
    const { record } = await this.read(code);
    return {
      code,
      scenario: record.scenario,
      players: record.players,
      language: record.language,
      status: record.status,
      students: record.students.length,
    };
  }

  events(): { id: string; title: string; year: number; speculative: boolean }[] {
    return WORLD_EVENTS.map((e) => ({
      id: e.id,
      title: e.title,
      year: e.history.year,
      speculative: 'speculative' in e.history && e.history.speculative === true,
    }));
  }

  async dashboard(code: string, record?: ClassRecord): Promise<Dashboard> {
    const r = record ?? (await this.read(code)).record;
    const now = Date.now();
    const matches: DashboardMatch[] = [];
    const seatConnected = new Map<string, boolean>();
    for (const m of r.matches) {
      const { state, metadata } = await this.opts.store.fetch(m.matchID, { state: true, metadata: true });
      if (state === undefined || metadata === undefined) continue;
      const G = state.G as GameState;
      const ctx = state.ctx;
      const actor =
        ctx.gameover !== undefined
          ? null
          : ctx.phase === 'actions' || ctx.phase === 'kazakhstan'
            ? ctx.currentPlayer
            : null;
      const idle = Math.max(0, Math.round((now - metadata.updatedAt) / 1000));
      const players = metadata.players as Record<string, Server.PlayerMetadata>;
      const seats: DashboardSeat[] = Object.values(players).map((p) => {
        const playerID = String(p.id);
        const computer = (p.data as { bot?: unknown } | undefined)?.bot !== undefined;
        const connected = p.isConnected === true;
        const student = m.seats[playerID];
        if (typeof student === 'string') seatConnected.set(student, connected);
        return {
          playerID,
          role: roleOf(playerID),
          name: p.name ?? '',
          kind: computer ? 'computer' : 'person',
          connected,
          idleSeconds: actor === playerID ? idle : 0,
        };
      });
      const last = firedEvents(G).at(-1);
      const result = G.result;
      matches.push({
        matchID: m.matchID,
        stateID: state._stateID,
        paused: holdOf(metadata) === PAUSED_REASON,
        round: G.round,
        rounds: G.rounds,
        phase: ctx.phase ?? null,
        rope: G.rope,
        values: {
          reform: G.values.reform,
          identity: G.values.identity,
          warinessRussia: G.values.warinessRussia,
          warinessChina: G.values.warinessChina,
        },
        currentPlayer: actor,
        gameover:
          ctx.gameover === undefined && result === null
            ? null
            : { winner: result === null || 'draw' in result ? null : result.winner },
        seats,
        lastEvent: last === undefined ? null : (EVENT_BY_ID[last]?.title ?? last),
      });
    }
    return {
      code: r.code,
      status: r.status,
      scenario: r.scenario,
      players: r.players,
      language: r.language,
      createdAt: r.createdAt,
      endsAt: r.endsAt,
      students: r.students.map((s) => ({
        id: s.id,
        nickname: s.nickname,
        matchID: s.matchID,
        role: s.playerID === null ? null : roleOf(s.playerID),
        connected: seatConnected.get(s.id) ?? this.present?.(r.code, s.id) ?? false,
      })),
      waiting: r.students.filter((s) => s.matchID === null).length,
      matches,
    };
  }

  /** Whether a student has a live socket on this instance (set by the live namespace). */
  present?: (code: string, studentId: string) => boolean;

  /** The debrief of each of the session's matches (or one), from the stored states. */
  async debriefs(code: string, only?: string): Promise<MatchDebrief[]> {
    const { record } = await this.read(code);
    const out: MatchDebrief[] = [];
    let n = 0;
    for (const m of record.matches) {
      n++;
      if (only !== undefined && m.matchID !== only) continue;
      const { state } = await this.opts.store.fetch(m.matchID, { state: true });
      if (state === undefined) continue;
      const names = Object.entries(m.seats)
        .map(([seat, id]) => `${roleOf(seat)}: ${record.students.find((s) => s.id === id)?.nickname ?? 'computer'}`)
        .join(', ');
      out.push(
        matchDebrief({
          id: m.matchID,
          label: `${record.code} match ${n} (${names})`,
          G: state.G as GameState,
          ctx: state.ctx,
        }),
      );
    }
    return out;
  }

  /** A student's own match, or the teacher's: whom the debrief of a match may be shown to. */
  async debriefAllowed(
    code: string,
    matchID: string,
    teacherKey: string | undefined,
    token: string | undefined,
  ): Promise<boolean> {
    const { record } = await this.read(code);
    if (!record.matches.some((m) => m.matchID === matchID))
      throw new ClassError(404, 'no such match in this class session');
    if (this.teacherAllowed(record, teacherKey)) return true;
    return this.studentOf(record, token)?.matchID === matchID;
  }
}
