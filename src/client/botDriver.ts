// Moves for the computer's seats. When one must act, its view (its own hand; the deck
// and the others' hands hidden) goes to a Web Worker that runs the chosen bot (src/ai),
// so the page keeps painting however long the bot thinks. The move is made after a
// short pause or when the answer arrives, whichever is later, and only if the match
// is still at the position the bot was asked about.
import { BOTS, type BotLevel } from '../ai/bots';
import { seededRandom } from '../ai/rng';
import type { MoveChoice } from '../game/enumerate';
import type { BotReply, BotRequest } from './botProtocol';
import type { TableMatch } from './match';

interface Asked {
  readonly seat: string;
  readonly stateID: number;
  readonly since: number;
}

export class BotDriver {
  private worker: Worker | null = null;
  private workerFailed = false;
  private nextId = 1;
  private readonly asked = new Map<number, Asked>();
  private readonly busySeats = new Set<string>();
  private readonly timers = new Set<number>();
  private stopped = false;

  constructor(
    private readonly match: TableMatch,
    private readonly delayMs: number,
    private readonly rand: () => number,
    private readonly level: BotLevel,
  ) {}

  /** Call after every state change; asks the computer for a move if it is its turn. */
  poll(): void {
    if (this.stopped) return;
    const seat = this.match.activeSeat();
    if (seat === null || this.match.isHuman(seat) || this.busySeats.has(seat)) return;
    const st = this.match.state(seat);
    if (st === null) return;
    this.busySeats.add(seat);
    const id = this.nextId++;
    const seed = Math.floor(this.rand() * 4294967296);
    this.asked.set(id, { seat, stateID: st.stateID, since: performance.now() });
    const worker = this.ensureWorker();
    const req: BotRequest = { id, G: st.G, ctx: st.ctx, seat, level: this.level, seed };
    if (worker !== null) {
      try {
        worker.postMessage(req);
        return;
      } catch {
        this.workerFailed = true;
      }
    }
    // No worker in this browser: think on the page, after the pause so it paints first.
    this.later(this.delayMs, () => {
      const choice = BOTS[this.level](req.G, req.ctx, seat, seededRandom(seed));
      this.answer({ id, choice: choice ?? null, ms: 0 });
    });
  }

  private ensureWorker(): Worker | null {
    if (this.worker !== null || this.workerFailed || typeof Worker === 'undefined') return this.worker;
    try {
      const w = new Worker(new URL('./botWorker.ts', import.meta.url), { type: 'module', name: 'computer-opponent' });
      w.onmessage = (e: MessageEvent<BotReply>) => this.answer(e.data);
      w.onerror = () => {
        // The worker could not start or crashed: think on the page from now on.
        this.workerFailed = true;
        this.worker?.terminate();
        this.worker = null;
        const pending = [...this.asked.keys()];
        this.asked.clear();
        this.busySeats.clear();
        if (pending.length > 0) this.poll();
      };
      this.worker = w;
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  private answer(reply: BotReply): void {
    const asked = this.asked.get(reply.id);
    if (asked === undefined || this.stopped) return;
    this.asked.delete(reply.id);
    const wait = Math.max(0, this.delayMs - (performance.now() - asked.since));
    this.later(wait, () => this.play(asked, reply.choice));
  }

  private play(asked: Asked, choice: MoveChoice | null): void {
    this.busySeats.delete(asked.seat);
    const st = this.match.state(asked.seat);
    const current = st !== null && st.stateID === asked.stateID && this.match.activeSeat() === asked.seat;
    if (current && choice !== null) this.match.act(asked.seat, choice.move, choice.args);
    else this.poll();
  }

  private later(ms: number, fn: () => void): void {
    const t = window.setTimeout(() => {
      this.timers.delete(t);
      if (!this.stopped) fn();
    }, ms);
    this.timers.add(t);
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) window.clearTimeout(t);
    this.timers.clear();
    this.asked.clear();
    this.busySeats.clear();
    this.worker?.terminate();
    this.worker = null;
  }
}
