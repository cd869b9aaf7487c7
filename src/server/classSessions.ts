// Classroom sessions on the server: the read, decide, compare-and-set, notify loop around
// the classroom's rules (src/classroom, pure). A session is one record in the match store
// (table class_sessions), read whole, changed by a rule, and written back only if its
// version is still the one read (again from a fresh read when another instance wrote
// first), so concurrent joins on any instance never lose or double a seat and a restart
// loses nothing. Its matches are ordinary matches (classMatches.ts creates them and
// writes their holds). The routes are classRoutes.ts, the live namespace classLive.ts.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Server } from 'boardgame.io';
import type { Logger } from 'pino';
import type { GameState } from '../game/state';
import { matchDebrief, type MatchDebrief } from '../debrief/model';
import { storedGameOf } from '../game/counterfactual';
import { mayReadDebrief, mustBeStudent, plausibleSecret, studentByDigest, isTeacher } from '../classroom/access';
import { mapDecision, ok, type Decision } from '../classroom/decision';
import { debriefTargets } from '../classroom/debriefs';
import { saveComment, type AnswerKey } from '../classroom/comments';
import { gradeStudent, setRubric } from '../classroom/rubric';
import { evidenceOf } from '../classroom/evidence';
import { answersOf, chooseQuestions, questionsOf, saveAnswer, type AnswerRecord } from '../classroom/reflection';
import { injectInto, mayInject } from '../classroom/inject';
import { generatedNickname } from '../classroom/nickname';
import { assignMatches, planPairing } from '../classroom/pairing';
import { dashboardOf, meOf, type MatchMeta, type StoredMatch } from '../classroom/projection';
import { newRecord, parseRecord, type ClassRecord, type CreateOptions, type StudentRecord } from '../classroom/record';
import {
  endSession,
  extendSession,
  joinStudent,
  mustBeOpen,
  removeStudent,
  renameStudent,
  sessionSummary,
  targetMatches,
} from '../classroom/session';
import type { Dashboard, InjectResult, Me } from '../online/classroom';
import { CODE_ALPHABET, CODE_LENGTH } from '../online/classroom';
import { refused, reasonText, wireParams } from '../online/reasons';
import type { Clock } from './clock';
import type { ClassMatches } from './classMatches';
import { reflectionsOf, type Reflections, type ReflectionsWithEvidence } from './classReflections';
import { rubricView, studentSuggestions, type RubricView } from './classRubric';
import type { MatchStore } from './matchStore';
import { orRefuse, Refused } from './refused';

/** What changed, for the live updates: teachers get a dashboard; students a `me` if their own view changed. */
export type ClassChange = {
  readonly code: string;
  readonly students: boolean;
  /** Matches put on hold or released, so every instance's computer seats and clocks follow. */
  readonly holds?: { readonly matchIDs: readonly string[]; readonly held: boolean };
  /** The session and everything of it were deleted: its viewers are told and let go. */
  readonly deleted?: true;
};

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The digest of a presented secret, or undefined when it cannot be one of ours. */
export function digestOf(secret: unknown): string | undefined {
  return plausibleSecret(secret) ? sha256(secret) : undefined;
}

const pick = (n: number): number => randomInt(n);

function secret(): string {
  return randomBytes(32).toString('base64url');
}

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export interface ClassSessionsOptions {
  readonly store: MatchStore;
  readonly matches: ClassMatches;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Told after every change a session's viewers should see (local and, through it, other instances). */
  readonly changed: (change: ClassChange) => void;
}

export class ClassSessions {
  /** Session work in this process runs one at a time per code; the version check covers other processes. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly opts: ClassSessionsOptions) {}

  /** Whether a student has a live socket (set by the live namespace). */
  present: (code: string, studentId: string) => boolean = () => false;

  // ---- the loop -------------------------------------------------------------------

  async read(code: string): Promise<{ version: number; record: ClassRecord }> {
    const row = await this.opts.store.readClass(code);
    if (row === undefined) throw new Refused(refused('classNotFound', { code }));
    const record = parseRecord(row.record);
    this.opts.matches.learn(record);
    return { version: row.version, record };
  }

  /**
   * Reads a session, decides, and writes the decided record by compare-and-set, again
   * from a fresh read when another instance wrote first. A refusal writes nothing.
   */
  private update<T>(
    code: string,
    decide: (
      record: ClassRecord,
    ) => Decision<{ record: ClassRecord; result: T }> | Promise<Decision<{ record: ClassRecord; result: T }>>,
  ): Promise<{ record: ClassRecord; result: T }> {
    const run = async (): Promise<{ record: ClassRecord; result: T }> => {
      for (let attempt = 0; ; attempt++) {
        const { version, record } = await this.read(code);
        const decided = orRefuse(await decide(record));
        const json = JSON.stringify(decided.record);
        if (await this.opts.store.writeClass(code, version, json, this.opts.clock.now())) return decided;
        if (attempt >= 200) throw new Refused(refused('busy', { what: 'session' }));
        // Another instance wrote first: a little jitter on real time, since what is awaited is its write.
        await new Promise((r) => setTimeout(r, randomInt(1, 5 + attempt)));
      }
    };
    const before = this.queues.get(code) ?? Promise.resolve();
    const next = before.then(run, run);
    const tail = next.catch(() => undefined);
    this.queues.set(code, tail);
    void tail.then(() => {
      if (this.queues.get(code) === tail) this.queues.delete(code);
    });
    return next;
  }

  // ---- who is who ---------------------------------------------------------------

  teacherAllowed(record: ClassRecord, key: unknown): boolean {
    return isTeacher(record, digestOf(key));
  }

  studentOf(record: ClassRecord, token: unknown): StudentRecord | undefined {
    return studentByDigest(record, digestOf(token));
  }

  // ---- operations -----------------------------------------------------------------

  async create(opts: CreateOptions): Promise<{ code: string; teacherKey: string }> {
    const teacherKey = secret();
    for (let attempt = 0; attempt < 50; attempt++) {
      const code = newCode();
      const now = this.opts.clock.now();
      const record = newRecord(code, sha256(teacherKey), opts, now);
      if (await this.opts.store.insertClass(code, JSON.stringify(record), now)) {
        this.opts.logger.info(
          { event: 'class', code, action: 'create', players: opts.players, scenario: opts.scenario },
          'class session created',
        );
        return { code, teacherKey };
      }
    }
    throw new Refused(refused('busy', { what: 'code' }));
  }

  async join(code: string, nickname: unknown): Promise<{ studentId: string; token: string; nickname: string }> {
    const token = secret();
    const fresh = { tokenHash: sha256(token), now: this.opts.clock.now(), pick };
    const { result } = await this.update(code, (record) =>
      mapDecision(joinStudent(record, nickname, fresh), (j) => ({ record: j.record, result: j.student })),
    );
    this.opts.changed({ code, students: false });
    return { studentId: result.id, token, nickname: result.nickname };
  }

  async suggestNickname(code: string): Promise<string> {
    const { record } = await this.read(code);
    return generatedNickname(
      record.students.map((s) => s.nickname),
      pick,
    );
  }

  async me(code: string, token: unknown): Promise<Me> {
    const { record } = await this.read(code);
    return this.meOf(record, orRefuse(mustBeStudent(record, digestOf(token))));
  }

  async meOf(record: ClassRecord, student: StudentRecord): Promise<Me> {
    if (student.matchID === null) return meOf(record, student, undefined);
    // Once the session has ended, the match's state says where the rope stopped.
    const ended = record.status === 'ended';
    const { metadata, state } = await this.opts.store.fetch(student.matchID, { metadata: true, state: ended });
    const ending = state === undefined ? undefined : { G: state.G as GameState, ctx: state.ctx };
    return meOf(record, student, metadata as MatchMeta | undefined, ending);
  }

  /**
   * Forms matches from the waiting students (automatically, in join order, or the
   * teacher's groups), creates them all, then records the assignment in one write; the
   * computer seats fill the rest and the matches start together.
   */
  async pair(code: string, groupsIn: readonly (readonly string[])[] | 'auto'): Promise<Dashboard> {
    const created: string[] = [];
    const attempt = this.update(code, async (record) => {
      // A retry after another instance's write starts over: drop what the last try created.
      await this.opts.matches.wipe(created.splice(0));
      const plan = planPairing(record, groupsIn, pick);
      if (!plan.ok) return plan;
      const matches = [];
      for (const seats of plan.value) {
        const matchID = await this.opts.matches.create(record, seats);
        created.push(matchID);
        matches.push({ matchID, seats });
      }
      return ok({ record: assignMatches(record, matches), result: undefined });
    });
    try {
      await attempt;
    } catch (err) {
      // Refused or failed: the matches this call created are not the session's; none stay behind.
      await this.opts.matches.wipe(created.splice(0)).catch(() => undefined);
      throw err;
    }
    await this.opts.matches.started(code, created);
    this.opts.logger.info({ event: 'class', code, action: 'pair', matches: created.length }, 'class matches formed');
    this.opts.changed({ code, students: true });
    return this.dashboard(code);
  }

  /** Puts matches on hold or releases them (all of the session's when none are named). */
  async setPaused(code: string, matchIDs: readonly string[] | undefined, paused: boolean): Promise<Dashboard> {
    const { record } = await this.read(code);
    orRefuse(mustBeOpen(record));
    const ids = orRefuse(targetMatches(record, matchIDs));
    for (const id of ids) await this.opts.matches.hold(id, paused ? 'paused' : null);
    this.opts.logger.info(
      { event: 'class', code, action: paused ? 'pause' : 'resume', matches: ids.length },
      paused ? 'matches paused' : 'matches resumed',
    );
    this.opts.changed({ code, students: true, holds: { matchIDs: ids, held: paused } });
    return this.dashboard(code);
  }

  async inject(code: string, event: string, matchIDs: readonly string[] | undefined): Promise<InjectResult[]> {
    const { record } = await this.read(code);
    orRefuse(mayInject(record, event));
    const ids = orRefuse(targetMatches(record, matchIDs));
    const results: InjectResult[] = [];
    for (const matchID of ids) {
      const refusal = await this.opts.matches.transform(matchID, (state) =>
        injectInto({ G: state.G as GameState, ctx: state.ctx }, event),
      );
      results.push(
        refusal === null
          ? { matchID, ok: true }
          : { matchID, ok: false, reason: reasonText(refusal), code: refusal.code, ...wireParams(refusal) },
      );
    }
    const ok = results.filter((r) => r.ok).length;
    this.opts.logger.info(
      { event: 'class', code, action: 'inject', worldEvent: event, ok, matches: results.length },
      'event injected',
    );
    this.opts.changed({ code, students: false });
    return results;
  }

  /** The teacher renames a student; a seated student's seat in the match takes the new name too. */
  async rename(code: string, studentId: string, nickname: unknown): Promise<Dashboard> {
    const { result: student } = await this.update(code, (record) =>
      mapDecision(renameStudent(record, studentId, nickname), (r) => ({ record: r.record, result: r.student })),
    );
    if (student.matchID !== null && student.playerID !== null)
      await this.opts.matches.renameSeat(student.matchID, student.playerID, student.nickname);
    this.opts.logger.info({ event: 'class', code, action: 'rename' }, 'student renamed');
    this.opts.changed({ code, students: true });
    return this.dashboard(code);
  }

  /** The teacher removes a waiting student: their token is refused from now on. */
  async remove(code: string, studentId: string): Promise<Dashboard> {
    await this.update(code, (record) =>
      mapDecision(removeStudent(record, studentId), (r) => ({ record: r, result: undefined })),
    );
    this.opts.logger.info({ event: 'class', code, action: 'remove' }, 'student removed');
    this.opts.changed({ code, students: false });
    return this.dashboard(code);
  }

  /** The teacher chooses the session's reflection questions (one to three). */
  async chooseQuestions(code: string, ids: readonly string[]): Promise<Reflections> {
    const { record } = await this.update(code, (r) =>
      mapDecision(chooseQuestions(r, ids), (next) => ({ record: next, result: undefined })),
    );
    this.opts.changed({ code, students: true });
    return reflectionsOf(record);
  }

  /** A student answers one of the questions for their match; resolves to their answers so far. */
  async answer(code: string, token: unknown, question: string, text: unknown): Promise<AnswerRecord[]> {
    const now = this.opts.clock.now();
    const { record, result } = await this.update(code, (r) => {
      const student = mustBeStudent(r, digestOf(token));
      if (!student.ok) return student;
      return mapDecision(saveAnswer(r, student.value, question, text, now), (a) => ({
        record: a.record,
        result: student.value.id,
      }));
    });
    this.opts.changed({ code, students: false });
    const student = record.students.find((s) => s.id === result);
    return student === undefined ? [] : answersOf(record, student);
  }

  /** The teacher comments on one answer; resolves to the reflections as the teacher sees them. */
  async comment(code: string, key: AnswerKey, text: unknown): Promise<Reflections> {
    const now = this.opts.clock.now();
    const { record } = await this.update(code, (r) =>
      mapDecision(saveComment(r, key, text, now), (next) => ({ record: next, result: undefined })),
    );
    return reflectionsOf(record);
  }

  /** Every answer beside the evidence of its match (the debriefs of the matches answered for). */
  async reflections(code: string, record: ClassRecord): Promise<ReflectionsWithEvidence> {
    const answered = new Set((record.answers ?? []).map((a) => a.matchID));
    const matches = (await this.debriefs(code)).filter((m) => answered.has(m.id));
    return { ...reflectionsOf(record), evidence: matches.map(evidenceOf) };
  }

  /** The rubric with each seated student's suggestions and grades. */
  async rubric(record: ClassRecord): Promise<RubricView> {
    return rubricView(record, this.readGame);
  }

  private readonly readGame = async (matchID: string): Promise<GameState | undefined> =>
    (await this.opts.store.fetch(matchID, { state: true })).state?.G as GameState | undefined;

  /** The teacher edits the rubric's criteria. */
  async setRubric(code: string, criteria: readonly { id?: string; label: unknown }[]): Promise<RubricView> {
    const { record } = await this.update(code, (r) =>
      mapDecision(setRubric(r, criteria), (next) => ({ record: next, result: undefined })),
    );
    return this.rubric(record);
  }

  /** The teacher accepts the suggestion for one student and criterion, or writes their own note. */
  async grade(
    code: string,
    g: { studentId: string; criterion: string },
    input: { accept: true } | { text: unknown },
  ): Promise<RubricView> {
    let suggestion: string | undefined;
    if ('accept' in input) {
      const student = (await this.read(code)).record.students.find((s) => s.id === g.studentId);
      const found = student && (await studentSuggestions(student, this.readGame));
      suggestion = found?.suggestions.find((x) => x.criterion === g.criterion)?.text;
    }
    const now = this.opts.clock.now();
    const { record } = await this.update(code, (r) =>
      mapDecision(gradeStudent(r, g, 'accept' in input ? { accept: suggestion } : input, now), (next) => ({
        record: next,
        result: undefined,
      })),
    );
    return this.rubric(record);
  }

  /** The questions, and a student's own answers. */
  async myReflections(
    code: string,
    token: unknown,
  ): Promise<{ questions: readonly string[]; answers: AnswerRecord[] }> {
    const { record } = await this.read(code);
    const student = orRefuse(mustBeStudent(record, digestOf(token)));
    return { questions: questionsOf(record), answers: answersOf(record, student) };
  }

  async extend(code: string, minutes: number): Promise<Dashboard> {
    const now = this.opts.clock.now();
    await this.update(code, (record) =>
      mapDecision(extendSession(record, minutes, now), (r) => ({ record: r, result: undefined })),
    );
    this.opts.changed({ code, students: false });
    return this.dashboard(code);
  }

  async end(code: string): Promise<Dashboard> {
    // The matches' holds first, then the session's status: a restart in between leaves the
    // matches stopped and the session still open, and ending it again finishes the job.
    const { record: before } = await this.read(code);
    for (const m of before.matches) await this.opts.matches.hold(m.matchID, 'sessionEnded');
    const { record } = await this.update(code, (r) =>
      ok({ record: endSession(r, this.opts.clock.now()), result: undefined }),
    );
    // Matches formed meanwhile (a pair call racing the end) are stopped too.
    for (const m of record.matches)
      if (!before.matches.some((b) => b.matchID === m.matchID)) await this.opts.matches.hold(m.matchID, 'sessionEnded');
    this.opts.logger.info({ event: 'class', code, action: 'end' }, 'class session ended');
    this.opts.changed({ code, students: true, holds: { matchIDs: record.matches.map((m) => m.matchID), held: true } });
    return this.dashboard(code);
  }

  // ---- reading ----------------------------------------------------------------------

  async summary(code: string): Promise<ReturnType<typeof sessionSummary>> {
    return sessionSummary((await this.read(code)).record);
  }

  async dashboard(code: string, record?: ClassRecord): Promise<Dashboard> {
    const r = record ?? (await this.read(code)).record;
    const stored: StoredMatch[] = [];
    for (const m of r.matches) {
      const { state, metadata } = await this.opts.store.fetch(m.matchID, { state: true, metadata: true });
      if (state === undefined || metadata === undefined) continue;
      stored.push({ record: m, state: { ...state, G: state.G as GameState }, metadata: metaOf(metadata) });
    }
    return dashboardOf(r, stored, this.opts.clock.now(), (id) => this.present(r.code, id));
  }

  /** The debrief of each of the session's matches (or one), from the stored states. */
  async debriefs(code: string, only?: string): Promise<MatchDebrief[]> {
    const { record } = await this.read(code);
    const out: MatchDebrief[] = [];
    for (const { match, label } of debriefTargets(record, only)) {
      const { state, log } = await this.opts.store.fetch(match.matchID, { state: true, log: true });
      if (state === undefined) continue;
      const G = state.G as GameState;
      // The seed and the moves, for the realist counterfactual (src/game/counterfactual.ts).
      const stored = storedGameOf({ ...state, G }, log ?? []);
      out.push(matchDebrief({ id: match.matchID, label, G, ctx: state.ctx, ...(stored ? { stored } : {}) }));
    }
    return out;
  }

  /** A student's own match, or the teacher's: refused for anyone else. */
  async mayReadDebrief(code: string, matchID: string, teacherKey: unknown, token: unknown): Promise<void> {
    const { record } = await this.read(code);
    orRefuse(mayReadDebrief(record, matchID, { keyDigest: digestOf(teacherKey), tokenDigest: digestOf(token) }));
  }
}

/** boardgame.io's metadata as the classroom's projections read it. */
function metaOf(metadata: Server.MatchData): MatchMeta {
  return metadata as unknown as MatchMeta;
}
