// The browser's side of boardgame.io's lobby REST API (served by our server under
// /games), and what this browser remembers: the player's name, and per match the seat
// and credentials it joined with, so a reload or a lost connection returns to that seat.
import { GAME_NAME } from '../game/game';
import { readRefusal, type ServerRefusal } from '../online/reasons';

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
    online?: { bots?: Record<string, string>; turnSeconds?: number };
  };
  readonly gameover?: unknown;
  readonly nextMatchID?: string;
  readonly unlisted?: boolean;
  readonly createdAt?: number;
}

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

async function call<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(`/games/${GAME_NAME}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (!res.ok) {
    const body = typeof parsed === 'object' && parsed !== null ? (parsed as { error?: unknown; code?: unknown }) : {};
    const reason = body.error !== undefined ? String(body.error) : `${res.status} ${res.statusText}`;
    throw new LobbyError(res.status, reason, readRefusal(body) ?? uncoded(res.status));
  }
  return parsed as T;
}

export const lobby = {
  list: async (): Promise<LobbyMatch[]> => (await call<{ matches: LobbyMatch[] }>('?isGameover=false')).matches,
  get: (matchID: string): Promise<LobbyMatch> => call<LobbyMatch>(`/${encodeURIComponent(matchID)}`),
  create: async (numPlayers: number, setupData: unknown, unlisted: boolean): Promise<string> =>
    (await call<{ matchID: string }>('/create', { numPlayers, setupData, unlisted })).matchID,
  join: async (matchID: string, playerID: string, playerName: string): Promise<Seat> => {
    const r = await call<{ playerCredentials: string; playerID: string }>(`/${encodeURIComponent(matchID)}/join`, {
      playerID,
      playerName,
    });
    const seat = { playerID: r.playerID ?? playerID, credentials: r.playerCredentials };
    remember(matchID, seat);
    return seat;
  },
  leave: async (matchID: string, seat: Seat): Promise<void> => {
    await call(`/${encodeURIComponent(matchID)}/leave`, { playerID: seat.playerID, credentials: seat.credentials });
    forget(matchID);
  },
  playAgain: async (matchID: string, seat: Seat, setupData: unknown): Promise<string> =>
    (
      await call<{ nextMatchID: string }>(`/${encodeURIComponent(matchID)}/playAgain`, {
        playerID: seat.playerID,
        credentials: seat.credentials,
        setupData,
      })
    ).nextMatchID,
};

// ---- what this browser remembers ------------------------------------------------

const NAME_KEY = 'ngg.name';
const seatKey = (matchID: string): string => `ngg.seat.${matchID}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function savedName(): string {
  return storage()?.getItem(NAME_KEY) ?? '';
}

export function saveName(name: string): void {
  storage()?.setItem(NAME_KEY, name.trim().slice(0, 40));
}

export function savedSeat(matchID: string): Seat | null {
  const raw = storage()?.getItem(seatKey(matchID));
  if (raw === null || raw === undefined) return null;
  try {
    const s = JSON.parse(raw) as Partial<Seat>;
    return typeof s.playerID === 'string' && typeof s.credentials === 'string'
      ? { playerID: s.playerID, credentials: s.credentials }
      : null;
  } catch {
    return null;
  }
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
