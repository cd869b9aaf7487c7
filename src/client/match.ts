// A match on this device: one boardgame.io client per seat, all connected to one
// in-page master (boardgame.io's Local transport). Each seat's client receives only
// what that seat may see (the game's playerView), so hotseat shows one hand at a time
// and the computer plays from its own view, never from the full state.
import type { Game } from 'boardgame.io';
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import { NewGreatGame } from '../game/game';
import type { MoveName } from '../game/moves';
import type { GameState } from '../game/state';
import type { MatchOptions } from '../ui/options';
import { activeSeatIn, Listeners, seatState, sendUndo } from './seatClient';
import type { SeatClient, SeatState, TableMatch } from './seatClient';

export type { SeatState, TableMatch } from './seatClient';

export class Match implements TableMatch {
  readonly seats: readonly string[];
  private readonly clients = new Map<string, SeatClient>();
  private readonly listeners = new Listeners();

  constructor(readonly options: MatchOptions) {
    const setupData = { scenario: options.scenario, players: options.players };
    // The Local master creates the match on first sync without setup data, so the
    // scenario travels in a per-match copy of the game's setup.
    const game: Game<GameState> = {
      ...NewGreatGame,
      setup: (context) => {
        const setup = NewGreatGame.setup;
        if (setup === undefined) throw new Error('the game has no setup');
        return setup(context, setupData);
      },
      validateSetupData: undefined,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
    } as Game<GameState>;
    const multiplayer = Local();
    this.seats = options.players === 3 ? ['0', '1', '2'] : ['0', '1'];
    const matchID = `local-${Date.now().toString(36)}`;
    for (const seat of this.seats) {
      const client = Client<GameState>({ game, numPlayers: options.players, multiplayer, matchID, playerID: seat });
      client.subscribe(() => this.listeners.emit());
      this.clients.set(seat, client);
    }
  }

  start(): void {
    for (const c of this.clients.values()) c.start();
  }

  stop(): void {
    for (const c of this.clients.values()) c.stop();
    this.listeners.clear();
  }

  onChange(fn: () => void): () => void {
    return this.listeners.add(fn);
  }

  /** The state as `seat` sees it, or null before the first sync. */
  state(seat: string): SeatState | null {
    return seatState(this.clients.get(seat));
  }

  /** The seat that must act now, or null while the rules run on their own or the game is over. */
  activeSeat(): string | null {
    return activeSeatIn(this.state(this.seats[0] ?? '0'));
  }

  isHuman(seat: string): boolean {
    return this.options.humanSeats.includes(seat);
  }

  act(seat: string, move: MoveName, args: readonly unknown[]): void {
    const fn = this.clients.get(seat)?.moves[move];
    fn?.(...args);
  }

  /** Asks the master to take back the seat's last step. */
  undo(seat: string): void {
    const client = this.clients.get(seat);
    if (client !== undefined) sendUndo(client, seat);
  }
}
