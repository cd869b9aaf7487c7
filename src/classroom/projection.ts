// What the teacher's dashboard and a student's `/me` show, projected from the session's
// record and its matches' stored states and metadata. The server reads; these decide.
import type { Ctx } from 'boardgame.io';
import { EVENT_BY_ID } from '../content/index';
import { actingSeat } from '../game/actor';
import { firedEvents } from '../game/inject';
import { roleOfSeat } from '../game/moves';
import type { GameState } from '../game/state';
import type { Dashboard, DashboardMatch, DashboardSeat, EndedResult, Me, Role } from '../online/classroom';
import { holdOf } from './hold';
import type { ClassMatchRecord, ClassRecord, StudentRecord } from './record';

/** A seat in a match's metadata, as boardgame.io stores it. */
export interface SeatMeta {
  readonly id: number;
  readonly name?: string;
  readonly credentials?: string;
  readonly isConnected?: boolean;
  readonly data?: unknown;
}

/** What the projections read of a match's stored metadata. */
export interface MatchMeta {
  readonly players: Readonly<Record<string, SeatMeta>>;
  readonly updatedAt: number;
}

/** A class match as stored: its state and metadata. */
export interface StoredMatch {
  readonly record: ClassMatchRecord;
  readonly state: {
    readonly _stateID: number;
    readonly G: GameState;
    readonly ctx: Pick<Ctx, 'phase' | 'currentPlayer' | 'gameover'>;
  };
  readonly metadata: MatchMeta;
}

export function roleOf(playerID: string): Role {
  return roleOfSeat(playerID) ?? 'kazakhstan';
}

/** A seat's entry, looked up as an own property only. */
function seatMeta(metadata: MatchMeta | undefined, playerID: string): SeatMeta | undefined {
  if (metadata === undefined || !Object.hasOwn(metadata.players, playerID)) return undefined;
  return metadata.players[playerID];
}

/** What the end of a session reads of a match's state: the rope, and whether the match is over. */
export interface EndingState {
  readonly G: Pick<GameState, 'rope' | 'result'>;
  readonly ctx: Pick<Ctx, 'gameover'>;
}

/** Whether a match was still being played when its session ended. */
export function endedUnfinished(record: ClassRecord, state: EndingState | undefined): boolean {
  if (record.status !== 'ended' || state === undefined) return false;
  return state.G.result === null && (state.ctx.gameover === undefined || state.ctx.gameover === null);
}

/** The result of a match the end of the session stopped: by the rope's lean (null when even). */
export function endedResult(record: ClassRecord, state: EndingState | undefined): EndedResult | null {
  if (state === undefined || !endedUnfinished(record, state)) return null;
  const rope = state.G.rope;
  return { leader: rope < 0 ? 'russia' : rope > 0 ? 'china' : null, rope };
}

/**
 * A student's own view: the session's status, whether their match is paused, their seat
 * in it, and (once the session ended before their match did) where the rope stood.
 */
export function meOf(
  record: ClassRecord,
  student: StudentRecord,
  metadata: MatchMeta | undefined,
  state?: EndingState,
): Me {
  const base = { studentId: student.id, nickname: student.nickname, status: record.status };
  if (student.matchID === null || student.playerID === null) return { ...base, paused: false, match: null };
  const credentials = seatMeta(metadata, student.playerID)?.credentials;
  const ended = endedResult(record, state);
  return {
    ...base,
    ...(ended === null ? {} : { ended }),
    paused: holdOf(metadata) === 'paused',
    match:
      credentials === undefined
        ? null
        : { matchID: student.matchID, playerID: student.playerID, credentials, role: roleOf(student.playerID) },
  };
}

function dashboardMatch(
  record: ClassRecord,
  m: StoredMatch,
  now: number,
  seatConnected: Map<string, boolean>,
): DashboardMatch {
  const { G, ctx } = m.state;
  const actor = actingSeat(ctx);
  const idle = Math.max(0, Math.round((now - m.metadata.updatedAt) / 1000));
  const seats: DashboardSeat[] = Object.values(m.metadata.players).map((p) => {
    const playerID = String(p.id);
    const computer = (p.data as { bot?: unknown } | undefined)?.bot !== undefined;
    const connected = p.isConnected === true;
    const student = m.record.seats[playerID];
    if (typeof student === 'string') seatConnected.set(student, connected);
    // A student the teacher renamed shows under the new name.
    const renamed = typeof student === 'string' ? record.students.find((s) => s.id === student)?.nickname : undefined;
    return {
      playerID,
      role: roleOf(playerID),
      name: renamed ?? p.name ?? '',
      kind: computer ? 'computer' : 'person',
      connected,
      idleSeconds: actor === playerID ? idle : 0,
    };
  });
  const last = firedEvents(G).at(-1);
  const result = G.result;
  return {
    matchID: m.record.matchID,
    stateID: m.state._stateID,
    paused: holdOf(m.metadata) === 'paused',
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
    ...(endedUnfinished(record, m.state) ? { ended: true as const } : {}),
    seats,
    lastEvent: last === undefined ? null : (EVENT_BY_ID[last]?.title ?? last),
  };
}

/**
 * The teacher's dashboard: every stored match at a glance, and each student with their
 * match and whether they are connected (their seat's presence once seated, else whether
 * `present` knows a live class socket of theirs).
 */
export function dashboardOf(
  record: ClassRecord,
  matches: readonly StoredMatch[],
  now: number,
  present: (studentId: string) => boolean,
): Dashboard {
  const seatConnected = new Map<string, boolean>();
  const shown = matches.map((m) => dashboardMatch(record, m, now, seatConnected));
  return {
    code: record.code,
    status: record.status,
    scenario: record.scenario,
    players: record.players,
    language: record.language,
    createdAt: record.createdAt,
    endsAt: record.endsAt,
    students: record.students.map((s) => ({
      id: s.id,
      nickname: s.nickname,
      matchID: s.matchID,
      role: s.playerID === null ? null : roleOf(s.playerID),
      connected: seatConnected.get(s.id) ?? present(s.id),
    })),
    waiting: record.students.filter((s) => s.matchID === null).length,
    matches: shown,
  };
}
