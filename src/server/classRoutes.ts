// The classroom's HTTP routes (/api/class/...) as one Koa middleware on the lobby's app.
// Every body is read under the lobby's size limit and checked with zod (unknown fields
// refused); every error is {"error": "<sentence>", "code", "params"?} (refused.ts).
// Teacher routes need the X-Teacher-Key header, student routes `Authorization: Bearer`.
// The decisions are the classroom's (src/classroom, through classSessions.ts); this file
// only reads requests and writes answers.
import type Koa from 'koa';
import type { Logger } from 'pino';
import { z } from 'zod';
import { SCENARIO_IDS } from '../content/ids';
import { debriefCsv, debriefJson, exportFileName } from '../debrief/export';
import type { ClassRecord } from '../classroom/record';
import { normalizeCode } from '../online/classroom';
import { refused, type ReasonParams } from '../online/reasons';
import { TURN_SECONDS_MAX, TURN_SECONDS_MIN } from '../online/setup';
import type { ClassRetention } from './classRetention';
import { classJson, reflectionsCsv, reflectionsOf } from './classReflections';
import { rubricCsv } from './classRubric';
import type { ClassSessions } from './classSessions';
import { malformed, MatchIDSchema } from './guards';
import { asRefused, readBody } from './lobby';
import type { Limiter } from './rateLimit';
import { errorBody, httpStatus, Refused } from './refused';
import { injectableEvents } from '../classroom/inject';

const CreateBody = z.strictObject({
  scenario: z.enum(SCENARIO_IDS).optional(),
  players: z.union([z.literal(2), z.literal(3)]).optional(),
  fill: z.enum(['easy', 'standard', 'hard']).optional(),
  turnSeconds: z.number().int().min(TURN_SECONDS_MIN).max(TURN_SECONDS_MAX).nullable().optional(),
  language: z.enum(['en', 'ru', 'kk', 'zh']).optional(),
});
const JoinBody = z.strictObject({ nickname: z.unknown() });
const StudentID = z.string().min(1).max(40);
const PairBody = z.union([
  z.strictObject({ auto: z.literal(true) }),
  z.strictObject({ groups: z.array(z.array(StudentID).min(1).max(3)).min(1).max(200) }),
]);
const Targets = z.strictObject({ matches: z.array(MatchIDSchema).min(1).max(500).optional() });
const InjectBody = z.strictObject({
  event: z.string().min(1).max(64),
  matches: z.array(MatchIDSchema).min(1).max(500).optional(),
});
const RenameBody = z.strictObject({ student: StudentID, nickname: z.unknown() });
const RemoveBody = z.strictObject({ student: StudentID });
const QuestionsBody = z.strictObject({ questions: z.array(z.string().min(1).max(64)).min(1).max(10) });
const AnswerBody = z.strictObject({ question: z.string().min(1).max(64), text: z.unknown() });
const CommentBody = z.strictObject({
  student: StudentID,
  match: MatchIDSchema,
  question: z.string().min(1).max(64),
  text: z.unknown(),
});
const RubricBody = z.strictObject({
  criteria: z.array(z.strictObject({ id: z.string().max(40).optional(), label: z.unknown() })).max(20),
});
const GradeBody = z.union([
  z.strictObject({ student: StudentID, criterion: z.string().min(1).max(40), accept: z.literal(true) }),
  z.strictObject({ student: StudentID, criterion: z.string().min(1).max(40), text: z.unknown() }),
]);
const ExtendBody = z.strictObject({ minutes: z.number().int().min(1).max(120) });
const Empty = z.strictObject({});
/** Deleting a session says so in its body: a stray POST deletes nothing. */
const DeleteBody = z.strictObject({ confirm: z.literal(true) });

export interface ClassRoutesOptions {
  readonly sessions: ClassSessions;
  readonly retention: ClassRetention;
  readonly logger: Logger;
  readonly limiter: Limiter;
}

/** One request to a session's route, with what its handlers need. */
interface Request {
  readonly ctx: Koa.Context;
  readonly code: string;
  readonly sessions: ClassSessions;
  readonly retention: ClassRetention;
  /** Refused unless the teacher key is the session's; resolves to the session it read. */
  teacher(): Promise<ClassRecord>;
  /** The body checked against a schema (a POST without a body reads as {}). */
  body<T>(schema: z.ZodType<T>): Promise<T>;
  /** Creating a session and joining one share the per-address budget. */
  limited(): Promise<void>;
}

type Handler = (r: Request) => Promise<void>;

/** The session routes by action, each with its method. */
const ROUTES: Readonly<Record<string, { readonly method: 'GET' | 'POST'; readonly run: Handler }>> = {
  '': { method: 'GET', run: async (r) => void (r.ctx.body = await r.sessions.summary(r.code)) },
  nickname: {
    method: 'GET',
    run: async (r) => void (r.ctx.body = { nickname: await r.sessions.suggestNickname(r.code) }),
  },
  join: {
    method: 'POST',
    run: async (r) => {
      await r.limited();
      const { nickname } = await r.body(JoinBody);
      r.ctx.status = 201;
      r.ctx.body = await r.sessions.join(r.code, nickname);
    },
  },
  me: { method: 'GET', run: async (r) => void (r.ctx.body = await r.sessions.me(r.code, bearer(r.ctx))) },
  events: {
    method: 'GET',
    run: async (r) => {
      await r.teacher();
      r.ctx.body = injectableEvents();
    },
  },
  dashboard: {
    method: 'GET',
    run: async (r) => void (r.ctx.body = await r.sessions.dashboard(r.code, await r.teacher())),
  },
  pair: {
    method: 'POST',
    run: async (r) => {
      await r.teacher();
      const b = await r.body(PairBody);
      r.ctx.body = await r.sessions.pair(r.code, 'auto' in b ? 'auto' : b.groups);
    },
  },
  pause: { method: 'POST', run: (r) => pauseOrResume(r, true) },
  resume: { method: 'POST', run: (r) => pauseOrResume(r, false) },
  inject: {
    method: 'POST',
    run: async (r) => {
      await r.teacher();
      const b = await r.body(InjectBody);
      r.ctx.body = { results: await r.sessions.inject(r.code, b.event, b.matches) };
    },
  },
  rename: {
    method: 'POST',
    run: async (r) => {
      await r.teacher();
      const b = await r.body(RenameBody);
      r.ctx.body = await r.sessions.rename(r.code, b.student, b.nickname);
    },
  },
  remove: {
    method: 'POST',
    run: async (r) => {
      await r.teacher();
      const b = await r.body(RemoveBody);
      r.ctx.body = await r.sessions.remove(r.code, b.student);
    },
  },
  questions: {
    method: 'POST',
    run: async (r) => {
      await r.teacher();
      r.ctx.body = await r.sessions.chooseQuestions(r.code, (await r.body(QuestionsBody)).questions);
    },
  },
  reflections: {
    method: 'GET',
    run: async (r) => void (r.ctx.body = await r.sessions.reflections(r.code, await r.teacher())),
  },
  answer: {
    method: 'POST',
    run: async (r) => {
      const b = await r.body(AnswerBody);
      r.ctx.body = { answers: await r.sessions.answer(r.code, bearer(r.ctx), b.question, b.text) };
    },
  },
  comment: {
    method: 'POST',
    run: async (r) => {
      await r.teacher();
      const b = await r.body(CommentBody);
      const key = { studentId: b.student, matchID: b.match, question: b.question };
      r.ctx.body = await r.sessions.comment(r.code, key, b.text);
    },
  },
  rubric: {
    method: 'GET',
    run: async (r) => void (r.ctx.body = await r.sessions.rubric(await r.teacher())),
  },
  'rubric/criteria': {
    method: 'POST',
    run: async (r) => {
      await r.teacher();
      r.ctx.body = await r.sessions.setRubric(r.code, (await r.body(RubricBody)).criteria);
    },
  },
  grade: {
    method: 'POST',
    run: async (r) => {
      await r.teacher();
      const b = await r.body(GradeBody);
      const g = { studentId: b.student, criterion: b.criterion };
      r.ctx.body = await r.sessions.grade(r.code, g, 'accept' in b ? { accept: true } : { text: b.text });
    },
  },
  'my-reflections': {
    method: 'GET',
    run: async (r) => void (r.ctx.body = await r.sessions.myReflections(r.code, bearer(r.ctx))),
  },
  extend: {
    method: 'POST',
    run: async (r) => {
      await r.teacher();
      const b = await r.body(ExtendBody);
      r.ctx.body = await r.sessions.extend(r.code, b.minutes);
    },
  },
  end: {
    method: 'POST',
    run: async (r) => {
      await r.teacher();
      await r.body(Empty);
      r.ctx.body = await r.sessions.end(r.code);
    },
  },
  delete: {
    method: 'POST',
    run: async (r) => {
      await r.teacher();
      await r.body(DeleteBody);
      r.ctx.body = { deleted: r.code, matches: await r.retention.delete(r.code, 'teacher') };
    },
  },
  'export.json': { method: 'GET', run: (r) => exportClass(r, 'json') },
  'export.csv': { method: 'GET', run: (r) => exportClass(r, 'csv') },
  'reflections.csv': { method: 'GET', run: (r) => exportReflections(r) },
  'rubric.csv': {
    method: 'GET',
    run: async (r) => {
      const view = await r.sessions.rubric(await r.teacher());
      r.ctx.type = 'text/csv; charset=utf-8';
      const name = exportFileName(`class-${r.code}-rubric`, 'csv', new Date());
      r.ctx.set('content-disposition', `attachment; filename="${name}"`);
      r.ctx.body = rubricCsv(view);
    },
  },
};

async function pauseOrResume(r: Request, paused: boolean): Promise<void> {
  await r.teacher();
  const b = await r.body(Targets);
  r.ctx.body = await r.sessions.setPaused(r.code, b.matches, paused);
}

async function exportClass(r: Request, ext: 'csv' | 'json'): Promise<void> {
  const record = await r.teacher();
  const matches = await r.sessions.debriefs(r.code);
  r.ctx.type = ext === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  r.ctx.set('content-disposition', `attachment; filename="${exportFileName(`class-${r.code}`, ext, new Date())}"`);
  if (ext === 'csv') r.ctx.body = debriefCsv(matches);
  else r.ctx.body = classJson(matches, reflectionsOf(record), await r.sessions.rubric(record), new Date());
}

/** The answers with the teacher's comments and their match's evidence, one CSV row per answer. */
async function exportReflections(r: Request): Promise<void> {
  const reflections = await r.sessions.reflections(r.code, await r.teacher());
  r.ctx.type = 'text/csv; charset=utf-8';
  const name = exportFileName(`class-${r.code}-reflections`, 'csv', new Date());
  r.ctx.set('content-disposition', `attachment; filename="${name}"`);
  r.ctx.body = reflectionsCsv(reflections);
}

/** One match's debrief, for the teacher or a student of that match. */
async function debrief(r: Request, matchID: string, ext: string | undefined): Promise<void> {
  await r.sessions.mayReadDebrief(r.code, matchID, r.ctx.get('x-teacher-key') || undefined, bearer(r.ctx));
  const matches = await r.sessions.debriefs(r.code, matchID);
  if (ext === '.csv') {
    r.ctx.type = 'text/csv; charset=utf-8';
    r.ctx.body = debriefCsv(matches);
  } else {
    r.ctx.type = 'application/json; charset=utf-8';
    r.ctx.body = debriefJson(matches, new Date());
  }
}

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const r = schema.safeParse(raw);
  if (!r.success) throw new Refused(malformed('request', r.error));
  return r.data;
}

function bearer(ctx: Koa.Context): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'));
  return m?.[1];
}

function wrongMethod(allowed: ReasonParams<'wrongMethod'>['allowed'], create = false): Refused {
  return new Refused(refused('wrongMethod', create ? { allowed, create: 'class' } : { allowed }));
}

export function classRoutes(opts: ClassRoutesOptions): Koa.Middleware {
  const { sessions, retention, logger } = opts;
  const limited = async (ctx: Koa.Context): Promise<void> => {
    if (!(await opts.limiter.take(ctx.ip))) throw new Refused(refused('rateLimited', { what: 'classes' }));
  };
  return async (ctx, next) => {
    if (ctx.path !== '/api/class' && !ctx.path.startsWith('/api/class/')) return next();
    const started = performance.now();
    let failure: Refused | undefined;
    try {
      ctx.set('cache-control', 'no-store');
      await route(ctx, { sessions, retention }, limited);
    } catch (err) {
      failure = asRefused(err);
      ctx.status = httpStatus(failure);
      ctx.body = errorBody(failure.refusal, failure.message);
      if (ctx.status >= 500) logger.error({ event: 'class', err }, 'class route failure');
    } finally {
      logger.info(
        {
          event: 'class-http',
          method: ctx.method,
          path: ctx.path.slice(0, 80),
          status: ctx.status,
          ms: Math.round((performance.now() - started) * 10) / 10,
          ip: ctx.ip,
          code: failure?.refusal.code,
          reason: failure?.message,
        },
        'class',
      );
    }
  };
}

async function route(
  ctx: Koa.Context,
  { sessions, retention }: { readonly sessions: ClassSessions; readonly retention: ClassRetention },
  limited: (ctx: Koa.Context) => Promise<void>,
): Promise<void> {
  const parts = ctx.path.replace(/\/+$/, '').split('/').slice(3); // ['', 'api', 'class', ...]
  const post = ctx.method === 'POST';
  if (ctx.method !== 'GET' && !post) throw wrongMethod('GET or POST');
  if (parts.length === 0) {
    if (!post) throw wrongMethod('POST', true);
    await limited(ctx);
    return createClass(ctx, sessions);
  }
  const rawCode = decodeURIComponent(parts[0] ?? '').slice(0, 40);
  const code = normalizeCode(rawCode);
  if (code === null)
    throw new Refused(refused('classNotFound', { code: rawCode.replace(/[^A-Za-z0-9]/g, '').slice(0, 12) }));
  const action = parts.slice(1).join('/');
  // A POST without a body (e.g. `end`, or `pause` for all) reads as {}.
  const bodyless =
    (ctx.get('content-length') === '' || ctx.get('content-length') === '0') && ctx.get('transfer-encoding') === '';
  const r: Request = {
    ctx,
    code,
    sessions,
    retention,
    // The session read serves a route that only reads it (the dashboard).
    teacher: async () => {
      const { record } = await sessions.read(code);
      if (!sessions.teacherAllowed(record, ctx.get('x-teacher-key') || undefined))
        throw new Refused(refused('teacherKey'));
      return record;
    },
    body: async (schema) => parse(schema, bodyless ? {} : await readBody(ctx)),
    limited: () => limited(ctx),
  };
  const known = Object.hasOwn(ROUTES, action) ? ROUTES[action] : undefined;
  if (known !== undefined) {
    if (ctx.method !== known.method) throw wrongMethod(known.method);
    return known.run(r);
  }
  const m = /^debrief\/([A-Za-z0-9_-]{1,64})(\.csv|\.json)?$/.exec(action);
  if (m === null) throw new Refused(refused('notFound', { what: 'class route' }));
  if (ctx.method !== 'GET') throw wrongMethod('GET');
  return debrief(r, m[1] as string, m[2]);
}

async function createClass(ctx: Koa.Context, sessions: ClassSessions): Promise<void> {
  const body = parse(CreateBody, await readBody(ctx));
  const { code, teacherKey } = await sessions.create({
    scenario: body.scenario ?? 'classroom-quick',
    players: body.players ?? 2,
    fill: body.fill ?? 'standard',
    turnSeconds: body.turnSeconds ?? null,
    language: body.language ?? 'en',
  });
  ctx.status = 201;
  ctx.body = {
    code,
    teacherKey,
    joinUrl: `/?class=${code}`,
    teacherUrl: `/?teach=${code}#key=${teacherKey}`,
    projectorUrl: `/?projector=${code}#key=${teacherKey}`,
  };
}
