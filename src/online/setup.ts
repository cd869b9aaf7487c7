// What an online match is created with besides the rules' own setup data: which seats
// the server's computer plays (and how well), and the optional turn timer. It travels
// in the match's setup data under `online`, so boardgame.io stores it with the match
// (a restart keeps it) and its lobby lists it; the rules ignore it. Shared by the
// server (which checks it) and the browser (which writes and reads it); no Node or DOM.
import { isBotLevel, type BotLevel } from '../ai/bots';

export interface OnlineSetup {
  /** Seats the server's computer plays, by seat id ('0' Russia, '1' China, '2' Kazakhstan). */
  readonly bots?: Readonly<Partial<Record<string, BotLevel>>>;
  /** Seconds each person has for a turn; absent means no timer. */
  readonly turnSeconds?: number;
  /**
   * A turn-based match (played over days): the most a seat may take over one turn, in
   * seconds. Absent means a live match. Never together with turnSeconds.
   */
  readonly moveBankSeconds?: number;
  /** A turn-based match's total time per seat over the whole match, in seconds (at least one move's bank). */
  readonly totalBankSeconds?: number;
}

const HOUR = 3600;
const DAY = 24 * HOUR;
/** A turn-based move's bank: from one hour to a week; the lobby offers 12 h, 24 h and 3 days. */
export const MOVE_BANK_MIN = HOUR;
export const MOVE_BANK_MAX = 7 * DAY;
export const MOVE_BANK_CHOICES = [12 * HOUR, DAY, 3 * DAY] as const;
/** The whole match's bank per seat: at most 60 days; the lobby offers 3, 7 and 14 days. */
export const TOTAL_BANK_MAX = 60 * DAY;
export const TOTAL_BANK_CHOICES = [3 * DAY, 7 * DAY, 14 * DAY] as const;

/** True for a match played turn by turn over days. */
export function isTurnBased(setup: OnlineSetup): boolean {
  return setup.moveBankSeconds !== undefined;
}

const SETTINGS = ['bots', 'turnSeconds', 'moveBankSeconds', 'totalBankSeconds'];

/** Why a turn-based match's banks are unacceptable, or null. */
function bankProblem(o: Record<string, unknown>): string | null {
  const move = o.moveBankSeconds;
  const total = o.totalBankSeconds;
  if (move === undefined) return total === undefined ? null : 'online.totalBankSeconds needs online.moveBankSeconds';
  if (o.turnSeconds !== undefined) return 'online.turnSeconds is for live matches, not with online.moveBankSeconds';
  if (typeof move !== 'number' || !Number.isInteger(move) || move < MOVE_BANK_MIN || move > MOVE_BANK_MAX)
    return `online.moveBankSeconds must be a whole number from ${MOVE_BANK_MIN} to ${MOVE_BANK_MAX}`;
  if (
    total !== undefined &&
    (typeof total !== 'number' || !Number.isInteger(total) || total < move || total > TOTAL_BANK_MAX)
  )
    return `online.totalBankSeconds must be a whole number from online.moveBankSeconds to ${TOTAL_BANK_MAX}`;
  return null;
}

export const TURN_SECONDS_MIN = 2;
export const TURN_SECONDS_MAX = 3600;
/** The choices the lobby offers; the server accepts any whole number in range. */
export const TURN_SECONDS_CHOICES = [30, 60, 120, 300] as const;

/** Why setup data's `online` part is unacceptable, or null. */
export function onlineSetupProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const online = (data as Record<string, unknown>).online;
  if (online === undefined) return null;
  if (typeof online !== 'object' || online === null || Array.isArray(online)) return 'online must be an object';
  const o = online as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!SETTINGS.includes(k)) return `online.${k.slice(0, 20)} is not a setting`;
  const banks = bankProblem(o);
  if (banks !== null) return banks;
  const players = (data as Record<string, unknown>).players === 3 ? 3 : 2;
  if (o.turnSeconds !== undefined) {
    const t = o.turnSeconds;
    if (typeof t !== 'number' || !Number.isInteger(t) || t < TURN_SECONDS_MIN || t > TURN_SECONDS_MAX)
      return `online.turnSeconds must be a whole number from ${TURN_SECONDS_MIN} to ${TURN_SECONDS_MAX}`;
  }
  if (o.bots !== undefined) {
    if (typeof o.bots !== 'object' || o.bots === null || Array.isArray(o.bots)) return 'online.bots must be an object';
    const entries = Object.entries(o.bots);
    for (const [seat, level] of entries) {
      if (!['0', '1', '2'].includes(seat) || Number(seat) >= players)
        return `online.bots: no seat ${seat.slice(0, 4)} with ${players} players`;
      if (typeof level !== 'string' || !isBotLevel(level)) return `online.bots.${seat}: unknown computer level`;
    }
    if (entries.length >= players) return 'online.bots: at least one seat must be left for a person';
  }
  return null;
}

/** The online part of stored setup data (already checked when the match was created). */
export function onlineSetupOf(setupData: unknown): OnlineSetup {
  if (onlineSetupProblem(setupData) !== null || typeof setupData !== 'object' || setupData === null) return {};
  const online = (setupData as { online?: OnlineSetup }).online;
  return online ?? {};
}

/** The seat a rematch gives a player: Russia and China change sides, Kazakhstan stays. */
export function swappedSeat(seat: string): string {
  return seat === '0' ? '1' : seat === '1' ? '0' : seat;
}

/** The setup for a rematch with sides swapped: the computer's seats change sides too. */
export function swappedSetup<T extends object>(setupData: T): T {
  const online = (setupData as { online?: OnlineSetup }).online;
  const bots = online?.bots;
  if (online === undefined || bots === undefined) return setupData;
  const swapped: Partial<Record<string, BotLevel>> = {};
  for (const [seat, level] of Object.entries(bots)) if (level !== undefined) swapped[swappedSeat(seat)] = level;
  return { ...setupData, online: { ...online, bots: swapped } };
}
