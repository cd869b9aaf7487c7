// Plays short animations one after another, so a player can follow what the other
// side did, step by step. Each step is under 300 ms; with reduced motion nothing plays.
export type Step = (done: () => void) => void;

export class AnimQueue {
  private readonly steps: Step[] = [];
  private running = false;

  constructor(
    private readonly reduced: () => boolean,
    private readonly wait: (ms: number, fn: () => void) => void,
  ) {}

  push(step: Step): void {
    if (this.reduced()) return;
    // A long backlog (the computer moves fast) is trimmed: the board already shows the result.
    if (this.steps.length > 12) this.steps.splice(0, this.steps.length - 12);
    this.steps.push(step);
    if (!this.running) this.next();
  }

  get busy(): boolean {
    return this.running;
  }

  private next(): void {
    const step = this.steps.shift();
    if (step === undefined) {
      this.running = false;
      return;
    }
    this.running = true;
    let finished = false;
    const done = (): void => {
      if (finished) return;
      finished = true;
      this.next();
    };
    step(done);
    // A step that never calls back (its object destroyed mid-tween) must not stall the queue.
    this.wait(400, done);
  }
}
