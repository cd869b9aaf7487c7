// Housekeeping of ordinary matches, on the injected clock: a match nobody joined (a seat
// still free) a day after its last change, and a finished match (over, or ended as
// abandoned) past the retention period, are wiped with their logs. Class matches are left
// to the classroom's own retention (classRetention.ts). Runs every hour and at start.
import type { Logger } from 'pino';
import type { Server } from 'boardgame.io';
import type { ComputerSeats } from './bots';
import { repeatPasses, type Clock } from './clock';
import type { MatchStore } from './matchStore';

export const HOUR_MS = 3_600_000;
export const DEFAULT_FINISHED_RETENTION_DAYS = 30;

export interface MatchPurgeOptions {
  readonly store: MatchStore;
  readonly gameName: string;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly computer: ComputerSeats | undefined;
  /** Hours after its last change an unjoined match is wiped (24 by default). */
  readonly unjoinedHours?: number;
  /** Days after its end a finished match is wiped (30 by default; 0: never). */
  readonly finishedDays?: number;
}

export class MatchPurge {
  private stopRepeat: (() => void) | undefined;

  constructor(private readonly opts: MatchPurgeOptions) {}

  start(): void {
    this.stopRepeat?.();
    this.stopRepeat = repeatPasses(
      this.opts.clock,
      HOUR_MS,
      () => this.run(),
      (err) => this.opts.logger.error({ event: 'purge', err }, 'match purge failed'),
    );
  }

  stop(): void {
    this.stopRepeat?.();
    this.stopRepeat = undefined;
  }

  /** One pass; resolves to how many matches were wiped. */
  async run(): Promise<number> {
    const now = this.opts.clock.now();
    const { store, gameName } = this.opts;
    const unjoinedBefore = now - (this.opts.unjoinedHours ?? 24) * HOUR_MS;
    const open = await store.listMatches({ gameName, where: { isGameover: false, updatedBefore: unjoinedBefore } });
    let wiped = 0;
    for (const id of open)
      if (await this.wipeIf(id, 'unjoined', (m) => unjoined(m) && m.updatedAt < unjoinedBefore)) wiped++;
    const days = this.opts.finishedDays ?? DEFAULT_FINISHED_RETENTION_DAYS;
    if (days > 0) {
      const finishedBefore = now - days * 24 * HOUR_MS;
      const over = await store.listMatches({ gameName, where: { isGameover: true, updatedBefore: finishedBefore } });
      for (const id of over) if (await this.wipeIf(id, 'finished', (m) => m.updatedAt < finishedBefore)) wiped++;
    }
    if (wiped > 0) this.opts.logger.info({ event: 'purge', matches: wiped }, 'matches purged');
    return wiped;
  }

  private async wipeIf(id: string, why: string, due: (m: Server.MatchData) => boolean): Promise<boolean> {
    const { metadata } = await this.opts.store.fetch(id, { metadata: true });
    if (metadata === undefined || isClassMatch(metadata) || !due(metadata)) return false;
    this.opts.computer?.hold(id);
    await this.opts.store.wipe(id);
    this.opts.logger.info({ event: 'purge', matchID: id, why }, 'match purged');
    return true;
  }
}

function unjoined(m: Server.MatchData): boolean {
  return Object.values(m.players as Record<string, Server.PlayerMetadata>).some((p) => p.name === undefined);
}

function isClassMatch(m: Server.MatchData): boolean {
  const setup = m.setupData as { class?: unknown } | undefined;
  return typeof setup?.class === 'string';
}
