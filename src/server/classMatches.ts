// A class session's matches on the server: created as ordinary matches of the game with
// the online settings the classroom chose (classMatchSetup), the students' seats given
// names and credentials; their holds (the teacher's pause, the session's end) written into
// each match's metadata in the match's own order; which session a match belongs to.
import { randomBytes } from 'node:crypto';
import type { Game, Server, State } from 'boardgame.io';
import { createMatch } from 'boardgame.io/internal';
import { holdPatch, type Hold } from '../classroom/hold';
import { classMatchSetup, type Seating } from '../classroom/pairing';
import type { ClassRecord } from '../classroom/record';
import { refused, type ServerRefusal } from '../online/reasons';
import type { ComputerSeats } from './bots';
import type { MatchStore } from './matchStore';
import { Refused } from './refused';
import type { GuardedTransport } from './transport';

export interface ClassMatchesOptions {
  readonly game: Game;
  readonly store: MatchStore;
  readonly transport: GuardedTransport;
  readonly computer: ComputerSeats | undefined;
}

export class ClassMatches {
  /** matchID -> class code (or null: not a class match), learnt from the records and setup data. */
  private readonly matchClass = new Map<string, string | null>();

  constructor(private readonly opts: ClassMatchesOptions) {}

  /** Remembers which session a record's matches belong to. */
  learn(record: ClassRecord): void {
    for (const m of record.matches) this.matchClass.set(m.matchID, record.code);
  }

  /** The class code a match belongs to, or null. */
  async classOf(matchID: string): Promise<string | null> {
    const known = this.matchClass.get(matchID);
    if (known !== undefined) return known;
    const { metadata } = await this.opts.store.fetch(matchID, { metadata: true });
    const code = (metadata?.setupData as { class?: unknown } | undefined)?.class;
    const out = typeof code === 'string' ? code : null;
    // Bounded: a long-running server sees many lobby matches; forgetting only costs a read.
    if (this.matchClass.size >= 50_000) this.matchClass.clear();
    this.matchClass.set(matchID, out);
    return out;
  }

  /** Creates one class match with these seats; resolves to its id. */
  async create(record: ClassRecord, seats: Seating): Promise<string> {
    const { setupData, people } = classMatchSetup(record, seats);
    const made = createMatch({ game: this.opts.game, numPlayers: record.players, setupData, unlisted: true });
    if ('setupDataError' in made)
      throw new Refused(
        refused('internal', { detail: `the match could not be set up: ${String(made.setupDataError)}` }),
      );
    const players = made.metadata.players as Record<string, Server.PlayerMetadata>;
    for (const [seat, person] of Object.entries(people)) {
      const p = players[seat];
      if (p === undefined) continue;
      p.name = person.name;
      p.credentials = randomBytes(32).toString('base64url');
      p.data = { student: person.studentId };
    }
    const matchID = randomBytes(12).toString('base64url');
    await this.opts.store.createMatch(matchID, made);
    return matchID;
  }

  /** Removes matches a refused or retried pairing created. */
  async wipe(matchIDs: readonly string[]): Promise<void> {
    for (const id of matchIDs) await this.opts.store.wipe(id);
  }

  /** Matches deleted with their session belong to no session any more. */
  forget(matchIDs: readonly string[]): void {
    for (const id of matchIDs) this.matchClass.delete(id);
  }

  /** The session's new matches are recorded: they start (computer seats fill, clocks run). */
  async started(code: string, matchIDs: readonly string[]): Promise<void> {
    for (const id of matchIDs) {
      this.matchClass.set(id, code);
      await this.opts.computer?.resume(id);
    }
  }

  /** Writes a hold (or lifts it) in the match's own order, after the moves queued before it. */
  async hold(matchID: string, hold: Hold | null): Promise<void> {
    await this.opts.transport.exclusive(matchID, async () => {
      await this.opts.store.patchMetadata(matchID, holdPatch(hold));
    });
    if (hold !== null) this.opts.computer?.hold(matchID);
    else await this.opts.computer?.resume(matchID);
  }

  /** A renamed student's seat shows the new name (read and written in the match's own order). */
  async renameSeat(matchID: string, playerID: string, name: string): Promise<void> {
    await this.opts.transport.exclusive(matchID, async () => {
      const { metadata } = await this.opts.store.fetch(matchID, { metadata: true });
      const seat = metadata?.players[Number(playerID)];
      if (metadata === undefined || seat === undefined) return;
      await this.opts.store.patchMetadata(matchID, {
        players: { ...metadata.players, [playerID]: { ...seat, name } },
      });
    });
  }

  /** Changes a match's state in its own order (a teacher's injected event). */
  transform(
    matchID: string,
    change: (state: State) => { G: unknown } | { refusal: ServerRefusal },
  ): Promise<ServerRefusal | null> {
    return this.opts.transport.transform(matchID, change);
  }
}
