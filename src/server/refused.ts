// A refusal thrown inside the server: it carries the coded refusal (src/online/reasons.ts)
// from where it was decided to where it is answered (a socket's `refused` event, an HTTP
// error), and its message is the English sentence for the log.
import { reasonText, wireParams, type ServerRefusal } from '../online/reasons';

export class Refused extends Error {
  constructor(
    readonly refusal: ServerRefusal,
    /** The HTTP status a foreign error (one of boardgame.io's routes) came with; ours follow their code. */
    readonly foreignStatus?: number,
  ) {
    super(reasonText(refusal));
  }
}

/** Throws the refusal of a decision that refused; returns its value otherwise. */
export function orRefuse<T>(d: { ok: true; value: T } | { ok: false; refusal: ServerRefusal }): T {
  if (!d.ok) throw new Refused(d.refusal);
  return d.value;
}

/** The HTTP status of each refusal the server answers over HTTP. */
const STATUS: Partial<Record<ServerRefusal['code'], number>> = {
  malformed: 400,
  badRequest: 400,
  nicknameEmpty: 400,
  nicknameLong: 400,
  nicknameMarkup: 400,
  nicknameChars: 400,
  nicknameTaken: 400,
  groupSize: 400,
  noStudent: 400,
  twoGroups: 400,
  notInClass: 400,
  noWorldEvent: 400,
  noEventId: 400,
  wrongCredentials: 403,
  teacherKey: 403,
  notStudent: 403,
  debriefForbidden: 403,
  notFound: 404,
  noMatch: 404,
  classNotFound: 404,
  noClassMatch: 404,
  wrongMethod: 405,
  seatTaken: 409,
  sessionEnded: 409,
  classFull: 409,
  alreadyPaired: 409,
  studentSeated: 409,
  noAnswerMatch: 409,
  noQuestion: 404,
  noAnswer: 404,
  noCriterion: 404,
  noSuggestion: 409,
  noneWaiting: 409,
  abandoned: 409,
  notAbsent: 409,
  matchLimit: 429,
  tooLarge: 413,
  notJson: 415,
  rateLimited: 429,
  internal: 500,
  busy: 503,
  shuttingDown: 503,
};

export function httpStatus(err: Refused): number {
  return err.foreignStatus ?? STATUS[err.refusal.code] ?? 400;
}

/** An HTTP error's body: the English sentence, the code, and the code's parameters when it has any. */
export function errorBody(refusal: ServerRefusal, sentence = reasonText(refusal)): Record<string, unknown> {
  return { error: sentence, code: refusal.code, ...wireParams(refusal) };
}

/**
 * An error thrown by boardgame.io's own lobby routes (Koa's ctx.throw: a status and a
 * sentence), coded by its status; its sentence is kept as the detail.
 */
export function foreignRefusal(status: number, detail: string): Refused {
  if (status >= 500) return new Refused({ code: 'internal', params: {} }, 500);
  const code =
    status === 403 ? 'wrongCredentials' : status === 404 ? 'notFound' : status === 409 ? 'seatTaken' : 'badRequest';
  return new Refused({ code, params: { detail } }, status);
}
