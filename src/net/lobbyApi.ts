// The browser's side of boardgame.io's lobby REST API (served by our server under
// /games), and what this browser remembers: the player's name, and per match the seat
// and credentials it joined with, so a reload or a lost connection returns to that seat.
import { z } from 'zod';
import { GAME_NAME } from '../game/game';
import { type ServerRefusal } from '../online/reasons';
import { request, type Failures } from './http';
import { readSaved, storage } from './saved';

export interface LobbyPlayer {
  readonly id: number;
  readonly name?: string;
  readonly isConnected?: boolean;
  readonly data?: { readonly bot?: string };
}

export interface LobbyMatch {
  readonly matchID: string;
  readonly players: readonly LobbyPlayer[];
  readonly setupData?: {
    scenario?: string;
    players?: number;
    online?: { bots?: Record<string, string>; turnSeconds?: number; moveBankSeconds?: number };
  };
  readonly gameover?: unknown;
  readonly nextMatchID?: string;
  readonly unlisted?: boolean;
  readonly createdAt?: number;
}

// The lobby's answers, checked against the types above; loose, so that fields the
// browser does not read (a match's setup sent back for a rematch) pass through whole.
const playerSchema = z.looseObject({
  id: z.number(),
  name: z.string().optional(),
  isConnected: z.boolean().optional(),
  data: z.looseObject({ bot: z.string().optional() }).optional(),
}) satisfies z.ZodType<LobbyPlayer>;

/** The seats of a match as the server reports them (the lobby's answers, and boardgame.io's matchData on the socket). */
export const lobbyPlayersSchema = z.array(playerSchema);

const matchSchema = z.looseObject({
  matchID: z.string(),
  players: lobbyPlayersSchema,
  setupData: z
    .looseObject({
      scenario: z.string().optional(),
      players: z.number().optional(),
      online: z
        .looseObject({
          bots: z.record(z.string(), z.string()).optional(),
          turnSeconds: z.number().optional(),
          moveBankSeconds: z.number().optional(),
        })
        .optional(),
    })
    .optional(),
  gameover: z.unknown().optional(),
  nextMatchID: z.string().optional(),
  unlisted: z.boolean().optional(),
  createdAt: z.number().optional(),
}) satisfies z.ZodType<LobbyMatch>;

export interface Seat {
  readonly playerID: string;
  readonly credentials: string;
}

export class LobbyError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** What went wrong (the server's code and parameters), for the interface to phrase; the message is the server's English. */
    readonly refusal: ServerRefusal,
  ) {
    super(message);
  }
}

/** An error answer without a code of ours (a proxy's page, say): named by its status alone. */
function uncoded(status: number): ServerRefusal {
  return { code: status >= 500 ? 'internal' : status === 404 ? 'notFound' : 'badRequest', params: {} };
}

// Without `unreachable`, fetch's own TypeError reaches the caller (the lobby's words for "cannot be reached").
const failures: Failures = {
  refused: (r) => new LobbyError(r.status, r.message, r.refusal ?? uncoded(r.status)),
};

function call<S extends z.ZodType>(path: string, schema: S, body?: unknown): Promise<z.output<S>> {
  return request(`/games/${GAME_NAME}${path}`, schema, { body }, failures);
}

const at = (matchID: string, rest = ''): string => `/${encodeURIComponent(matchID)}${rest}`;

export const lobby = {
  list: async (): Promise<LobbyMatch[]> =>
    (await call('?isGameover=false', z.looseObject({ matches: z.array(matchSchema) }))).matches,
  get: (matchID: string): Promise<LobbyMatch> => call(at(matchID), matchSchema),
  create: async (numPlayers: number, setupData: unknown, unlisted: boolean): Promise<string> =>
    (await call('/create', z.looseObject({ matchID: z.string() }), { numPlayers, setupData, unlisted })).matchID,
  join: async (matchID: string, playerID: string, playerName: string): Promise<Seat> => {
    const joined = z.looseObject({ playerCredentials: z.string(), playerID: z.string().optional() });
    const r = await call(at(matchID, '/join'), joined, { playerID, playerName });
    const seat = { playerID: r.playerID ?? playerID, credentials: r.playerCredentials };
    remember(matchID, seat);
    return seat;
  },
  leave: async (matchID: string, seat: Seat): Promise<void> => {
    await call(at(matchID, '/leave'), z.unknown(), { playerID: seat.playerID, credentials: seat.credentials });
    forget(matchID);
  },
  playAgain: async (matchID: string, seat: Seat, setupData: unknown): Promise<string> => {
    const body = { playerID: seat.playerID, credentials: seat.credentials, setupData };
    return (await call(at(matchID, '/playAgain'), z.looseObject({ nextMatchID: z.string() }), body)).nextMatchID;
  },
};

// ---- what this browser remembers ------------------------------------------------

const NAME_KEY = 'ngg.name';
const seatKey = (matchID: string): string => `ngg.seat.${matchID}`;

export function savedName(): string {
  return storage()?.getItem(NAME_KEY) ?? '';
}

export function saveName(name: string): void {
  storage()?.setItem(NAME_KEY, name.trim().slice(0, 40));
}

export function savedSeat(matchID: string): Seat | null {
  const s = readSaved(seatKey(matchID), z.looseObject({ playerID: z.string(), credentials: z.string() }));
  return s === null ? null : { playerID: s.playerID, credentials: s.credentials };
}

export function remember(matchID: string, seat: Seat): void {
  storage()?.setItem(seatKey(matchID), JSON.stringify(seat));
}

export function forget(matchID: string): void {
  storage()?.removeItem(seatKey(matchID));
}

/** The link that opens a match straight away. */
export function inviteLink(matchID: string): string {
  return `${window.location.origin}${window.location.pathname}?match=${encodeURIComponent(matchID)}`;
}
