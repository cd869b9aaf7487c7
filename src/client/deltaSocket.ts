// boardgame.io's socket transport, taught the server's per-seat deltas (src/online/delta.ts).
// It says so in its handshake (the server sends deltas only to sockets that ask), keeps
// the last view the server sent (from a sync, a full update or a delta) and turns each
// delta into the full update boardgame.io's client expects, so the client, the table and
// its animations see exactly what a full update would have brought. A delta whose base
// state id or fingerprint does not match is never applied: the transport asks for a
// resync and ignores deltas until the sync arrives.
import { SocketIO } from 'boardgame.io/multiplayer';
import { applySeatDelta, DELTA_WIRE, DeltaMismatch, type SeatDelta, type View } from '../online/delta';

/** The handshake's query says the client reads deltas. */
export const DELTA_QUERY = { wire: DELTA_WIRE } as const;

/** What happened to one delta, for tests and diagnostics. */
export type DeltaOutcome = 'applied' | 'base' | 'shape' | 'fingerprint' | 'waiting' | 'old';

export interface DeltaSocketOptions {
  readonly server?: string;
  readonly socketOpts?: Record<string, unknown>;
  /** Told of every delta received and what became of it, with the view it made when applied. */
  readonly onDelta?: (outcome: DeltaOutcome, delta: SeatDelta, view: View | undefined) => void;
}

type TransportFactory = ReturnType<typeof SocketIO>;
type TransportOpts = Parameters<TransportFactory>[0];

interface SocketLike {
  on(event: string, fn: (...args: never[]) => void): void;
}

interface Transport {
  socket: SocketLike | null;
  matchID: string;
  connect(): void;
  requestSync(): void;
  notifyClient(data: { type: string; args: unknown[] }): void;
}

export function DeltaSocketIO(opts: DeltaSocketOptions = {}): TransportFactory {
  const query = { ...((opts.socketOpts?.query as Record<string, string> | undefined) ?? {}), ...DELTA_QUERY };
  const make = SocketIO({
    ...(opts.server === undefined ? {} : { server: opts.server }),
    socketOpts: { ...opts.socketOpts, query },
  });
  return (transportOpts: TransportOpts) => {
    const made = make(transportOpts);
    teach(made as unknown as Transport, opts.onDelta);
    return made;
  };
}

function teach(t: Transport, onDelta: DeltaSocketOptions['onDelta']): void {
  const connect = t.connect.bind(t);
  let base: View | undefined;
  let waiting = false;
  t.connect = () => {
    connect();
    const socket = t.socket;
    if (socket === null) return;
    socket.on('sync', (matchID: string, info: { state?: View }) => {
      if (matchID !== t.matchID || info.state === undefined) return;
      base = info.state;
      waiting = false;
    });
    socket.on('update', (matchID: string, state: View) => {
      if (matchID !== t.matchID || (base !== undefined && state._stateID < base._stateID)) return;
      base = state;
      waiting = false;
    });
    socket.on('delta', (matchID: string, delta: SeatDelta) => {
      if (matchID !== t.matchID) return;
      if (waiting || base === undefined) return onDelta?.('waiting', delta, undefined);
      if (delta.s <= base._stateID) return onDelta?.('old', delta, undefined);
      try {
        const next = applySeatDelta(base, delta);
        base = next;
        onDelta?.('applied', delta, next);
        t.notifyClient({ type: 'update', args: [matchID, next, []] });
      } catch (err) {
        if (!(err instanceof DeltaMismatch)) throw err;
        onDelta?.(err.why, delta, undefined);
        waiting = true;
        t.requestSync();
      }
    });
    socket.on('disconnect', () => {
      base = undefined;
      waiting = false;
    });
  };
}
