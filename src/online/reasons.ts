// Every refusal the server sends, as data: a stable code and the parameters it concerns,
// as src/game/refusal.ts does for the rules. The server builds a refusal where it refuses
// (the socket guards, the lobby guard, the classroom, the rules) and sends it as is: the
// socket's `refused` event is {on, reason, code, params?}, an HTTP error {error, code,
// params?}. `reason` and `error` are the English sentence derived here from the code, for
// API clients and the log; a browser phrases the code and its parameters in the player's
// language (`serverReason.*` in the locales, and the rules' own words for a rules refusal).
// Pure: no Node, no DOM; the server and the browser both import it.
import { REFUSAL_EN, refusalText, type RefusalCode, type RefusalParams } from '../game/refusal';
import { injectionText, type InjectionCode } from '../game/inject';

type None = Readonly<Record<never, never>>;

/** The parameters of each code (all plain strings and numbers, so they cross the wire as they are). */
interface ParamsOf {
  // ---- the socket and its guards
  payloadTooLarge: { readonly limit: number };
  unknownEvent: { readonly event: string };
  chatOff: None;
  /** A payload or body that failed its schema: which input, where, and the schema's words. */
  malformed: {
    readonly input: 'sync' | 'update' | 'action' | 'request';
    readonly path?: string;
    readonly issue?: string;
  };
  actionType: { readonly type: string };
  unknownMove: { readonly move: string };
  shuttingDown: None;
  noMatch: None;
  noSeat: { readonly seat: string };
  wrongCredentials: { readonly detail?: string };
  otherSeat: None;
  syncFirst: None;
  over: None;
  stale: { readonly sent: number; readonly current: number };
  /** Another instance's write came first (the store's compare-and-set); `found` is its state when known. */
  raced: { readonly found?: number; readonly view?: 'resynced' };
  notAllowed: { readonly action: 'move' | 'undo' | 'redo'; readonly detail?: string };
  /** The rules refused the move: their own code and parameters. */
  rule: { readonly rule: RefusalCode } & RefusalParams;
  internal: { readonly detail?: string };
  // ---- a match on hold (src/classroom/hold.ts)
  paused: None;
  sessionEnded: None;
  // ---- a turn-based match (src/server/timeBank.ts, matchRoutes.ts)
  /** The others ended the match because a seat was gone. */
  abandoned: None;
  /** Ending as abandoned needs a seat the computer stands in for. */
  notAbsent: None;
  /** One address holds at most this many matches nobody has started yet. */
  matchLimit: { readonly max: number };
  // ---- HTTP: the lobby guard and the class routes
  rateLimited: { readonly what: 'matches' | 'classes' };
  badRequest: { readonly body?: 'json'; readonly detail?: string };
  notJson: None;
  wrongMethod: { readonly allowed: 'GET' | 'POST' | 'GET or POST'; readonly create?: 'class' };
  notFound: { readonly what?: 'lobby route' | 'game' | 'class route'; readonly detail?: string };
  tooLarge: { readonly limit: number };
  seatTaken: { readonly detail?: string };
  // ---- the classroom (src/classroom)
  classNotFound: { readonly code?: string };
  teacherKey: None;
  notStudent: None;
  nicknameEmpty: None;
  nicknameLong: { readonly max: number };
  nicknameMarkup: None;
  nicknameChars: { readonly problem: 'text' | 'control' | 'chars' };
  nicknameTaken: { readonly nickname: string };
  classFull: { readonly max: number };
  busy: { readonly what: 'session' | 'code' };
  noneWaiting: None;
  groupSize: { readonly max: number };
  noStudent: { readonly id: string };
  studentSeated: { readonly nickname: string };
  questionCount: { readonly max: number };
  noQuestion: { readonly question: string };
  noAnswerMatch: None;
  answerEmpty: None;
  answerLong: { readonly max: number };
  answerMarkup: None;
  noAnswer: None;
  commentLong: { readonly max: number };
  commentMarkup: None;
  rubricCount: { readonly max: number };
  rubricLabel: { readonly max: number };
  noCriterion: { readonly criterion: string };
  noSuggestion: None;
  alreadyPaired: { readonly nickname: string };
  twoGroups: { readonly nickname: string };
  notInClass: { readonly matchID: string };
  noClassMatch: None;
  debriefForbidden: None;
  // ---- a teacher's injected event, refused by the rules (src/game/inject.ts)
  noEventId: None;
  noWorldEvent: { readonly event: string };
  injectLastRound: None;
  injectWaiting: { readonly event: string };
  injectQueueFull: { readonly limit: number };
  injectFired: { readonly event: string };
}

export type ServerReasonCode = keyof ParamsOf;
export type ReasonParams<C extends ServerReasonCode> = ParamsOf[C];

/** A refusal: its code and that code's parameters. */
export type ServerRefusal = {
  [C in ServerReasonCode]: { readonly code: C; readonly params: ParamsOf[C] };
}[ServerReasonCode];

/** The injection codes of the rules are server codes too (checked here, at compile time). */
const _injectionCodesAreServerCodes: readonly ServerReasonCode[] = [] as InjectionCode[];

/** Builds a refusal; the parameters are checked against the code at compile time. */
export function refused<C extends ServerReasonCode>(
  code: C,
  ...params: None extends ParamsOf[C] ? [ParamsOf[C]?] : [ParamsOf[C]]
): ServerRefusal {
  return { code, params: params[0] ?? {} } as ServerRefusal;
}

const q = (s: string): string => JSON.stringify(s);

/** The English sentence of each code. */
const EN: { readonly [C in ServerReasonCode]: (p: ParamsOf[C]) => string } = {
  payloadTooLarge: (p) => `payload over ${p.limit} bytes`,
  unknownEvent: (p) => `unknown event ${q(p.event)}`,
  chatOff: () => 'chat is not offered',
  malformed: (p) =>
    `${p.input === 'request' ? 'invalid request' : `malformed ${p.input}`}: ${p.path === undefined ? '' : `${p.path}: `}${p.issue ?? 'malformed'}`,
  actionType: (p) => `action type ${q(p.type)} is not allowed from a client`,
  unknownMove: (p) => `unknown move ${q(p.move)}`,
  shuttingDown: () => 'server is shutting down',
  noMatch: () => 'no such match',
  noSeat: (p) => `no seat ${p.seat} in this match`,
  wrongCredentials: (p) => p.detail ?? 'wrong credentials for this seat',
  otherSeat: () => 'the action names another seat than the sender',
  syncFirst: () => 'sync with this match and seat before moving',
  over: () => 'the match is over',
  stale: (p) => `stale state: sent ${p.sent}, current ${p.current}`,
  raced: (p) =>
    p.view === 'resynced'
      ? `another move reached this match first (state ${p.found ?? 'unknown'}); your view was resynced`
      : 'another move reached this match first; try again',
  notAllowed: (p) => `${p.action} not allowed now${p.detail === undefined ? '' : ` (${p.detail})`}`,
  rule: (p) => refusalText({ code: p.rule, params: p }),
  internal: (p) => (p.detail === undefined ? 'internal error' : `internal error: ${p.detail}`),
  paused: () => 'the teacher has paused the match',
  sessionEnded: () => 'the class session has ended',
  abandoned: () => 'the match was ended as abandoned',
  notAbsent: () => 'no seat is absent: a match can be ended as abandoned only while the computer stands in for a seat',
  matchLimit: (p) => `this address already holds ${p.max} matches nobody has started; start or leave one first`,
  rateLimited: (p) =>
    `too many new ${p.what === 'classes' ? 'class sessions' : 'matches'} or joins from this address; try again in a minute`,
  badRequest: (p) => (p.body === 'json' ? 'body is not valid JSON' : (p.detail ?? 'bad request')),
  notJson: () => 'send the body as application/json',
  wrongMethod: (p) =>
    p.create === 'class'
      ? 'create a class session with POST'
      : p.allowed === 'GET or POST'
        ? 'use GET or POST'
        : `use ${p.allowed} for this route`,
  notFound: (p) => p.detail ?? (p.what === undefined ? 'not found' : `no such ${p.what}`),
  tooLarge: (p) => `body over ${p.limit} bytes`,
  seatTaken: (p) => p.detail ?? 'that seat is taken',
  classNotFound: (p) => `no class session with ${p.code === undefined ? 'that code' : `code ${p.code}`}`,
  teacherKey: () => 'the teacher key is missing or wrong for this class session',
  notStudent: () => 'not a student of this class session (sign in again with the join code)',
  nicknameEmpty: () => 'the nickname is empty',
  nicknameLong: (p) => `the nickname is too long: at most ${p.max} characters`,
  nicknameMarkup: () => 'the nickname may not contain markup: use letters, digits, spaces and - _ . only',
  nicknameChars: (p) =>
    p.problem === 'text'
      ? 'the nickname must be text'
      : p.problem === 'control'
        ? 'the nickname may not contain control characters'
        : 'the nickname may use letters, digits, spaces and - _ . only',
  nicknameTaken: (p) => `the nickname “${p.nickname}” is taken in this class; choose another`,
  classFull: () => 'the class session is full',
  busy: (p) => (p.what === 'code' ? 'no free class code; try again' : 'the class session is too busy; try again'),
  noneWaiting: () => 'no students are waiting to be paired',
  groupSize: (p) => `a group has 1 to ${p.max} students`,
  noStudent: (p) => `no student ${p.id} in this class`,
  questionCount: (p) => `choose 1 to ${p.max} reflection questions`,
  noQuestion: (p) => `there is no reflection question ${q(p.question)} in this class session`,
  noAnswerMatch: () => 'a reflection is answered for a match: this student has none yet',
  answerEmpty: () => 'the answer is empty',
  answerLong: (p) => `the answer is too long: at most ${p.max} characters`,
  answerMarkup: () => 'the answer may not contain markup or control characters: write plain text',
  noAnswer: () => 'there is no such answer to comment on in this class session',
  commentLong: (p) => `the comment is too long: at most ${p.max} characters`,
  commentMarkup: () => 'the comment may not contain markup or control characters: write plain text',
  rubricCount: (p) => `a rubric has 1 to ${p.max} criteria`,
  rubricLabel: (p) => `a criterion is plain text of 1 to ${p.max} characters`,
  noCriterion: (p) => `there is no criterion ${q(p.criterion)} in this rubric`,
  noSuggestion: () => 'there is no suggestion for this student and criterion: write the grade instead',
  studentSeated: (p) => `${p.nickname} is playing in a match: only a waiting student can be removed`,
  alreadyPaired: (p) => `${p.nickname} is already in a match`,
  twoGroups: (p) => `${p.nickname} is in two groups`,
  notInClass: (p) => `match ${p.matchID} is not in this class session`,
  noClassMatch: () => 'no such match in this class session',
  debriefForbidden: () => 'only the teacher and the match’s own students may read its debrief',
  noEventId: () => injectionText({ code: 'noEventId', params: {} }),
  noWorldEvent: (p) => injectionText({ code: 'noWorldEvent', params: p }),
  injectLastRound: () => injectionText({ code: 'injectLastRound', params: {} }),
  injectWaiting: (p) => injectionText({ code: 'injectWaiting', params: p }),
  injectQueueFull: (p) => injectionText({ code: 'injectQueueFull', params: p }),
  injectFired: (p) => injectionText({ code: 'injectFired', params: p }),
};

export const SERVER_REASON_CODES = Object.keys(EN) as readonly ServerReasonCode[];

/** The refusal as an English sentence (for API clients and the log). */
export function reasonText(r: ServerRefusal): string {
  return (EN[r.code] as (p: ServerRefusal['params']) => string)(r.params);
}

export function isServerReasonCode(x: unknown): x is ServerReasonCode {
  return typeof x === 'string' && Object.hasOwn(EN, x);
}

/** The refusal's parameters as the wire carries them: absent when there are none. */
export function wireParams(r: ServerRefusal): { params?: ServerRefusal['params'] } {
  return Object.keys(r.params).length === 0 ? {} : { params: r.params };
}

/**
 * A refusal read from the wire ({code, params?} inside an event or an error body), or
 * undefined when it names no known code. Parameters are kept only as plain strings and
 * numbers; a rules refusal must name a rules code.
 */
export function readRefusal(body: unknown): ServerRefusal | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { code, params } = body as { code?: unknown; params?: unknown };
  if (!isServerReasonCode(code)) return undefined;
  const kept: Record<string, string | number> = {};
  if (typeof params === 'object' && params !== null && !Array.isArray(params))
    for (const [k, v] of Object.entries(params))
      if ((typeof v === 'string' && v.length <= 300) || (typeof v === 'number' && Number.isFinite(v))) kept[k] = v;
  if (code === 'rule' && !(typeof kept.rule === 'string' && Object.hasOwn(REFUSAL_EN, kept.rule))) return undefined;
  return { code, params: kept } as ServerRefusal;
}
