// Moves for the computer's seats: when one must act, a timer fires after a short pause
// and the chosen bot (src/ai) plays from that seat's own view. One timer per seat, one move per
// timer, so the page keeps painting between the computer's moves.
import { BOTS, type BotLevel } from '../ai/bots';
import type { TableMatch } from './match';

export class BotDriver {
  private readonly timers = new Map<string, number>();

  constructor(
    private readonly match: TableMatch,
    private readonly delayMs: number,
    private readonly rand: () => number,
    private readonly level: BotLevel,
  ) {}

  /** Call after every state change; schedules the computer's move if it is its turn. */
  poll(): void {
    const seat = this.match.activeSeat();
    if (seat === null || this.match.isHuman(seat) || this.timers.has(seat)) return;
    const timer = window.setTimeout(() => {
      this.timers.delete(seat);
      const st = this.match.state(seat);
      if (st === null || this.match.activeSeat() !== seat) return;
      // The bot sees only this seat's view (its own hand; the deck and the others' hands hidden).
      const move = BOTS[this.level](st.G, st.ctx, seat, this.rand);
      if (move !== undefined) this.match.act(seat, move.move, move.args);
    }, this.delayMs);
    this.timers.set(seat, timer);
  }

  stop(): void {
    for (const t of this.timers.values()) window.clearTimeout(t);
    this.timers.clear();
  }
}
