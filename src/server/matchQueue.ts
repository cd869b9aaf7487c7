// All work on one match runs in one queue, in the order it arrived: a socket's sync
// before the move it sent next, a teacher's hold after the moves before it, a computer's
// move after the state it was chosen from. Work on different matches runs side by side.
export class MatchQueues {
  private readonly queues = new Map<string, Promise<void>>();

  /** Runs work on one match after the work queued before it; the chain itself never rejects. */
  run(matchID: string, work: () => Promise<void>): Promise<void> {
    const before = this.queues.get(matchID) ?? Promise.resolve();
    let failure: unknown;
    const tail = before.then(work).catch((err: unknown) => {
      failure = err;
    });
    this.queues.set(matchID, tail);
    return tail.then(() => {
      if (this.queues.get(matchID) === tail) this.queues.delete(matchID);
      if (failure !== undefined) throw failure;
    });
  }

  /** Resolves when every match's queue is idle. */
  async drain(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()]);
  }
}
