// The server's clock, injected: the turn timer, the computer seats' pause before a move,
// class sessions' times (created, joined, extended, ended) and the coalescing of the live
// dashboards all read the time and wait through this interface. Production uses the real
// clock; tests pass a clock they advance themselves, so no test waits for time to pass.
// What waits on another service (a database or Redis answering, a lock's expiry in Redis,
// a compare-and-set retry's jitter) stays on real time: no test clock makes them faster.

/** A scheduled call, as returned by Clock.setTimeout. */
export interface ClockTimer {
  /** Lets the process exit while this call is still waiting (production only). */
  unref?(): void;
}

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): ClockTimer;
  clearTimeout(timer: ClockTimer | undefined): void;
}

/** The real clock: Date.now and the event loop's timers. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as NodeJS.Timeout | undefined),
};

/**
 * Runs `pass` at once and then `everyMs` after each pass settles (a slow pass never
 * overlaps the next), on the injected clock; a failed pass goes to `failed` and the
 * next one is still scheduled. Returns the stop.
 */
export function repeatPasses(
  clock: Clock,
  everyMs: number,
  pass: () => Promise<unknown>,
  failed: (err: unknown) => void,
): () => void {
  let stopped = false;
  let timer: ClockTimer | undefined;
  const tick = (): void => {
    if (stopped) return;
    void pass()
      .catch(failed)
      .finally(() => {
        if (stopped) return;
        timer = clock.setTimeout(tick, everyMs);
        timer.unref?.();
      });
  };
  tick();
  return () => {
    stopped = true;
    clock.clearTimeout(timer);
  };
}
