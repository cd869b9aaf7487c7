// A match's own routes beside the lobby (/api/match/:id/...): its status (whose turn it
// is, the turn-based clocks: what "My games" shows), ending it as abandoned; and the
// seats this browser holds (every match it joined), and the personal resume link that
// carries one seat to another device.
import { z } from 'zod';
import { request, type Failures } from './http';
import { LobbyError, remember, type Seat } from './lobbyApi';
import { storage } from './saved';

const bankSchema = z.looseObject({
  seat: z.string().nullable(),
  deadline: z.number().nullable(),
  msLeft: z.number(),
  totalLeft: z.record(z.string(), z.number()),
  standIn: z.array(z.string()),
  computerMoves: z.record(z.string(), z.number()),
});
export type BankInfo = z.output<typeof bankSchema>;

/** The server's `bank` event for a match, checked; null when it is not one or not for this match. */
export function bankEvent(payload: unknown, matchID: string): BankInfo | null {
  const checked = bankSchema.extend({ matchID: z.string() }).safeParse(payload);
  return checked.success && checked.data.matchID === matchID ? checked.data : null;
}

const statusSchema = z.looseObject({
  matchID: z.string(),
  mode: z.enum(['live', 'turn']),
  actor: z.string().nullable(),
  over: z.boolean(),
  started: z.boolean(),
  round: z.number().nullable().optional(),
  scenario: z.string().nullable().optional(),
  players: z.array(z.looseObject({ seat: z.string(), name: z.string().optional(), connected: z.boolean() })),
  abandoned: z.looseObject({ by: z.string(), absent: z.array(z.string()) }).optional(),
  bank: bankSchema.optional(),
});
export type MatchStatus = z.output<typeof statusSchema>;

const failures: Failures = {
  refused: (r) => new LobbyError(r.status, r.message, r.refusal ?? { code: 'internal', params: {} }),
};

const at = (matchID: string, rest: string): string => `/api/match/${encodeURIComponent(matchID)}/${rest}`;

export const matchApi = {
  status: (matchID: string): Promise<MatchStatus> => request(at(matchID, 'status'), statusSchema, {}, failures),
  abandon: (matchID: string, seat: Seat): Promise<unknown> =>
    request(at(matchID, 'abandon'), z.unknown(), { body: seat }, failures),
};

const SEAT_PREFIX = 'ngg.seat.';

/** Every match this browser holds a seat in (the seats the lobby remembered), by match id. */
export function savedMatchIDs(): string[] {
  const store = storage();
  if (store === null) return [];
  const ids: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(SEAT_PREFIX) === true) ids.push(key.slice(SEAT_PREFIX.length));
  }
  return ids.sort();
}

/**
 * The personal resume link of a seat: the match's invite link with the seat and its
 * credentials in the fragment, which a browser never sends to a server.
 */
export function resumeLink(matchID: string, seat: Seat): string {
  const base = `${window.location.origin}${window.location.pathname}?match=${encodeURIComponent(matchID)}`;
  return `${base}#seat=${encodeURIComponent(seat.playerID)}&key=${encodeURIComponent(seat.credentials)}`;
}

/** A resume link being opened: remembers its seat for the match and takes the secret out of the address. */
export function takeResumeLink(matchID: string): void {
  const hash = new URLSearchParams(window.location.hash.slice(1));
  const playerID = hash.get('seat');
  const credentials = hash.get('key');
  if (playerID === null || credentials === null || !/^[0-2]$/.test(playerID) || credentials.length > 200) return;
  remember(matchID, { playerID, credentials });
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
}
