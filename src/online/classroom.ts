// The classroom session's words and wire shapes, shared by the server (which answers
// with them) and the browser (which reads them): the join code's alphabet, the roles,
// what GET /me and the teacher's dashboard carry, and the browser's refusal type. Pure
// data and functions: no DOM and no Node APIs.
import type { ServerRefusal } from './reasons';

/** The code's alphabet: no 0/O, 1/I/L look-alikes. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const NICKNAME_MAX = 24;
export const ROLES = ['russia', 'china', 'kazakhstan'] as const;
export type Role = (typeof ROLES)[number];
export type FillLevel = 'easy' | 'standard' | 'hard';
export type Language = 'en' | 'ru' | 'kk' | 'zh';
export type ClassStatus = 'waiting' | 'running' | 'ended';

/** A typed code in canonical form (any case, spaces or dashes allowed), or null when it cannot be a class code. */
export function normalizeCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]+/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/**
 * A refused classroom call in the browser: its HTTP status (0 when the server could not
 * be reached), the server's English sentence, and the refusal the server sent (its code
 * and parameters pick the player's words).
 */
export class ClassError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly refusal?: ServerRefusal,
  ) {
    super(message);
  }

  get code(): string | undefined {
    return this.refusal?.code;
  }
}

export interface Assignment {
  readonly matchID: string;
  readonly playerID: string;
  readonly credentials: string;
  readonly role: Role;
}

/** GET /api/class/:code/me, and the `me` event of a student's socket. */
export interface Me {
  readonly studentId: string;
  readonly nickname: string;
  readonly status: ClassStatus;
  readonly paused: boolean;
  readonly match: Assignment | null;
  /** Present once the teacher has ended the session before the student's match was over: where the rope stood. */
  readonly ended?: EndedResult;
}

/** An unfinished match stopped by the end of the session: the side the rope leaned to (null: even) and the rope. */
export interface EndedResult {
  readonly leader: 'russia' | 'china' | null;
  readonly rope: number;
}

export type ValueSet = Readonly<{ reform: number; identity: number; warinessRussia: number; warinessChina: number }>;

export interface DashboardSeat {
  readonly playerID: string;
  readonly role: Role;
  readonly name: string;
  readonly kind: 'person' | 'computer';
  readonly connected: boolean;
  readonly idleSeconds: number;
}

export interface DashboardMatch {
  readonly matchID: string;
  /** The stored state's _stateID: changes with every move (lets a client tell updates apart). */
  readonly stateID: number;
  readonly paused: boolean;
  readonly round: number;
  readonly rounds: number;
  readonly phase: string | null;
  readonly rope: number;
  readonly values: ValueSet;
  readonly currentPlayer: string | null;
  readonly gameover: null | { readonly winner: Role | null };
  /** Present (true) once the teacher ended the session before this match was over. */
  readonly ended?: true;
  readonly seats: readonly DashboardSeat[];
  readonly lastEvent: string | null;
}

export interface DashboardStudent {
  readonly id: string;
  readonly nickname: string;
  readonly matchID: string | null;
  readonly role: Role | null;
  readonly connected: boolean;
}

/** GET /api/class/:code/dashboard, and the `dashboard` event of a teacher's socket. */
export interface Dashboard {
  readonly code: string;
  readonly status: ClassStatus;
  readonly scenario: string;
  readonly players: 2 | 3;
  readonly language: Language;
  readonly createdAt: number;
  readonly endsAt: number | null;
  readonly students: readonly DashboardStudent[];
  readonly waiting: number;
  readonly matches: readonly DashboardMatch[];
}

/** One row of POST /inject's answer: a refused match carries the refusal's sentence, code and parameters. */
export interface InjectResult {
  readonly matchID: string;
  readonly ok: boolean;
  readonly reason?: string;
  readonly code?: ServerRefusal['code'];
  readonly params?: ServerRefusal['params'];
}
