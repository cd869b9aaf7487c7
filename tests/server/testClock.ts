// A clock the test moves by hand (src/server/clock.ts): time stands still until advance()
// is called, and then every timer that has come due fires, in order, at its own time. A
// timer already due (a zero delay) fires on the next turn of the event loop, as a real one
// would, without the clock moving. So a test says "two seconds pass" instead of waiting two
// seconds, and what it then sees does not depend on how busy the machine is.
import type { Clock, ClockTimer } from '../../src/server/clock';

interface Timer extends ClockTimer {
  readonly at: number;
  readonly seq: number;
  readonly run: () => void;
  done: boolean;
}

export class TestClock implements Clock {
  private t: number;
  private seq = 0;
  private timers: Timer[] = [];

  constructor(start = Date.now()) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  setTimeout(run: () => void, ms: number): ClockTimer {
    const timer: Timer = { at: this.t + Math.max(0, ms), seq: this.seq++, run, done: false };
    this.timers.push(timer);
    if (timer.at <= this.t) setImmediate(() => this.fireDue(this.t));
    return timer;
  }

  clearTimeout(timer: ClockTimer | undefined): void {
    if (timer !== undefined) (timer as Timer).done = true;
  }

  /** Moves time forward by `ms`, firing every timer that comes due on the way (each at its own time). */
  advance(ms: number): void {
    const target = this.t + ms;
    this.fireDue(target);
    this.t = target;
  }

  /** Timers set and neither fired nor cleared. */
  get pending(): number {
    return this.timers.filter((x) => !x.done).length;
  }

  /** Timers due now (set with no delay left) that have not fired yet. */
  get due(): number {
    return this.timers.filter((x) => !x.done && x.at <= this.t).length;
  }

  private fireDue(until: number): void {
    for (;;) {
      this.timers = this.timers.filter((x) => !x.done);
      const next = this.timers.filter((x) => x.at <= until).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (next === undefined) return;
      next.done = true;
      this.t = Math.max(this.t, next.at);
      next.run();
    }
  }
}
