// What a socket may send, checked before boardgame.io's master sees it. The master
// of 0.50.2 trusts its clients too much (see the design notes): it accepts any action
// type, looks move names up with `in`, lets the payload's playerID differ from the
// authenticated seat, and creates a match for any unknown ID on sync. Each check here
// returns a coded refusal (for the client and the log) or the checked value.
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Server } from 'boardgame.io';
import { refused, type ReasonParams, type ServerRefusal } from '../online/reasons';

/** The largest socket payload we parse, serialised; a real move is well under 1 KB. */
export const MAX_PAYLOAD_BYTES = 8 * 1024;

export const MatchIDSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'matchID must be 1-64 letters, digits, _ or -');
export const SeatSchema = z.enum(['0', '1', '2']);
const Credentials = z.string().min(1).max(200);

/** `sync(matchID, playerID, credentials, numPlayers)`; spectators send no seat. */
export const SyncArgs = z.tuple([
  MatchIDSchema,
  SeatSchema.nullish(),
  Credentials.nullish(),
  z.number().int().min(1).max(3).nullish(),
]);

/**
 * The action types a client may send: moves, and undo/redo of undoable moves.
 * Game events (endTurn, endGame, ...) are never sent by our client: the rules end
 * turns and phases themselves, so every event from a socket is refused.
 */
export const CLIENT_ACTIONS = ['MAKE_MOVE', 'UNDO', 'REDO'] as const;

const MovePayload = z.strictObject({
  type: z.string().max(40),
  args: z.array(z.unknown()).max(8).nullable(),
  playerID: SeatSchema,
  credentials: Credentials,
});
const UndoPayload = z.strictObject({
  type: z.null(),
  args: z.null(),
  playerID: SeatSchema,
  credentials: Credentials,
});
export const ClientAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('MAKE_MOVE'), payload: MovePayload }),
  z.strictObject({ type: z.literal('UNDO'), payload: UndoPayload }),
  z.strictObject({ type: z.literal('REDO'), payload: UndoPayload }),
]);
export type ClientAction = z.infer<typeof ClientAction>;

/** `update(action, stateID, matchID, playerID)`. */
export const UpdateArgs = z.tuple([z.unknown(), z.number().int().min(0), MatchIDSchema, SeatSchema]);

/** The serialised size of a payload, or Infinity when it cannot be serialised. */
export function payloadBytes(args: readonly unknown[]): number {
  try {
    return Buffer.byteLength(JSON.stringify(args) ?? '', 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** A zod failure as a refusal naming the input, where it failed and the schema's words, never the values sent. */
export function malformed(input: ReasonParams<'malformed'>['input'], error: z.ZodError): ServerRefusal {
  const first = error.issues[0];
  if (first === undefined) return refused('malformed', { input });
  const path = first.path.length > 0 ? first.path.join('.') : 'payload';
  return refused('malformed', { input, path, issue: first.message });
}

/** Checks an action type and its move name; the move name must be one of the game's own. */
export function actionProblem(
  raw: unknown,
  moveNames: readonly string[],
): { action: ClientAction } | { refusal: ServerRefusal } {
  if (typeof raw === 'object' && raw !== null && 'type' in raw) {
    const type = (raw as { type: unknown }).type;
    if (typeof type === 'string' && !(CLIENT_ACTIONS as readonly string[]).includes(type))
      return { refusal: refused('actionType', { type: type.slice(0, 20) }) };
  }
  const parsed = ClientAction.safeParse(raw);
  if (!parsed.success) return { refusal: malformed('action', parsed.error) };
  const action = parsed.data;
  // An own-entry check on a list: `toString` or `hasOwnProperty` are not moves.
  if (action.type === 'MAKE_MOVE' && !moveNames.includes(action.payload.type))
    return { refusal: refused('unknownMove', { move: action.payload.type }) };
  return { action };
}

/**
 * A seat's credentials must exist and match. boardgame.io's default skips the check
 * while nobody in the match has joined, which would let anyone move for an empty seat.
 */
export function credentialsMatch(
  credentials: string | null | undefined,
  player: Server.PlayerMetadata | undefined,
): boolean {
  const expected = player?.credentials;
  if (typeof credentials !== 'string' || typeof expected !== 'string' || expected.length === 0) return false;
  const a = Buffer.from(credentials);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The metadata entry of a seat, looked up as an own property only. */
export function seatOf(metadata: Server.MatchData | undefined, playerID: string): Server.PlayerMetadata | undefined {
  if (metadata === undefined) return undefined;
  const players = metadata.players as Record<string, Server.PlayerMetadata>;
  return Object.prototype.hasOwnProperty.call(players, playerID) ? players[playerID] : undefined;
}
