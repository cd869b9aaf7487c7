// What a school may ask of its students' data: the teacher deletes a session and
// everything of it in one action, and every session is purged by itself once nothing has
// happened in it for the retention period (CLASS_RETENTION_DAYS, 30 by default), on the
// injected clock. Deleting holds the session's matches (their computer seats and clocks
// stop), wipes each match with its log, then removes the session's row; a pairing racing
// the delete finds no row to write and wipes what it created. Every live socket of the
// session is told and closed; its code, student tokens and teacher key are refused from
// then on (classNotFound), since nothing of the session is left to recognise them.
import type { Logger } from 'pino';
import type { ClassRecord } from '../classroom/record';
import type { ClassMatches } from './classMatches';
import type { ClassChange, ClassSessions } from './classSessions';
import { repeatPasses, type Clock } from './clock';
import type { MatchStore } from './matchStore';
import { Refused } from './refused';

export const DAY_MS = 86_400_000;
/** How often the purge looks for sessions past the retention period. */
export const PURGE_EVERY_MS = 3_600_000;
export const DEFAULT_RETENTION_DAYS = 30;

export interface ClassRetentionOptions {
  readonly store: MatchStore;
  readonly sessions: ClassSessions;
  readonly matches: ClassMatches;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Days without activity after which a session is purged; 0 turns the automatic purge off. */
  readonly retentionDays: number;
  readonly changed: (change: ClassChange) => void;
}

export class ClassRetention {
  private running: Promise<number> | undefined;
  private stopRepeat: (() => void) | undefined;

  constructor(private readonly opts: ClassRetentionOptions) {}

  /** Deletes a session and everything of it; resolves to how many matches went with it. */
  async delete(code: string, why: 'teacher' | 'retention'): Promise<number> {
    const { record } = await this.opts.sessions.read(code);
    return this.deleteRecord(record, why);
  }

  private async deleteRecord(record: ClassRecord, why: 'teacher' | 'retention'): Promise<number> {
    const { code } = record;
    const ids = record.matches.map((m) => m.matchID);
    // Held first, so no computer seat or clock writes to a match while it is wiped.
    for (const id of ids) await this.opts.matches.hold(id, 'sessionEnded');
    await this.opts.matches.wipe(ids);
    this.opts.matches.forget(ids);
    await this.opts.store.deleteClass(code);
    this.opts.logger.info(
      { event: 'class', code, action: 'delete', why, matches: ids.length },
      'class session deleted',
    );
    this.opts.changed({ code, students: true, deleted: true });
    return ids.length;
  }

  /** Whether any of the session's matches moved since `since` (a match played on keeps it). */
  private async activeSince(record: ClassRecord, since: number): Promise<boolean> {
    for (const m of record.matches) {
      const { metadata } = await this.opts.store.fetch(m.matchID, { metadata: true });
      if (metadata !== undefined && metadata.updatedAt >= since) return true;
    }
    return false;
  }

  /** Deletes every session with nothing written to it, and no move in its matches, for the retention period. */
  purge(): Promise<number> {
    this.running ??= this.purgeOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  private async purgeOnce(): Promise<number> {
    const cutoff = this.opts.clock.now() - this.opts.retentionDays * DAY_MS;
    let purged = 0;
    for (const code of await this.opts.store.classesBefore(cutoff)) {
      try {
        const { record } = await this.opts.sessions.read(code);
        if (await this.activeSince(record, cutoff)) continue;
        await this.deleteRecord(record, 'retention');
        purged += 1;
      } catch (err) {
        // A session deleted meanwhile is what was wanted; anything else is logged and tried next time.
        if (!(err instanceof Refused && err.refusal.code === 'classNotFound'))
          this.opts.logger.error({ event: 'class', code, err }, 'class session not purged');
      }
    }
    if (purged > 0) this.opts.logger.info({ event: 'class', action: 'purge', purged }, 'class sessions purged');
    return purged;
  }

  /** Purges now and then every PURGE_EVERY_MS, unless the retention period is 0. */
  start(): void {
    if (this.opts.retentionDays <= 0) return;
    this.stopRepeat?.();
    this.stopRepeat = repeatPasses(
      this.opts.clock,
      PURGE_EVERY_MS,
      () => this.purge(),
      (err) => this.opts.logger.error({ event: 'class', err }, 'class purge failed'),
    );
  }

  stop(): void {
    this.stopRepeat?.();
    this.stopRepeat = undefined;
  }
}
