// A stable code for each sentence the server refuses with, so a browser can say it in
// the player's language (as src/game/refusal.ts does for the rules' refusals). The
// English sentence stays in every answer for API clients and the log; the code rides
// beside it: `refused` socket events carry {on, reason, code}, lobby errors
// {error, code}, and so are the classroom API's errors. Pure (no Node APIs): the browser imports the type and the fallback.

export const SERVER_REASON_CODES = [
  'payloadTooLarge',
  'unknownEvent',
  'chatOff',
  'malformed',
  'shuttingDown',
  'noMatch',
  'noSeat',
  'wrongCredentials',
  'otherSeat',
  'syncFirst',
  'over',
  'stale',
  'notAllowed',
  'rule',
  'internal',
  'paused',
  'sessionEnded',
  'rateLimited',
  'badRequest',
  'notFound',
  'tooLarge',
  'seatTaken',
  'classNotFound',
  'teacherKey',
  'notStudent',
  'nicknameEmpty',
  'nicknameLong',
  'nicknameMarkup',
  'nicknameChars',
  'nicknameTaken',
  'classFull',
  'busy',
  'noneWaiting',
] as const;
export type ServerReasonCode = (typeof SERVER_REASON_CODES)[number];

/** The server's sentences, by the way each begins or what it says; first match wins. */
const PATTERNS: readonly (readonly [RegExp, ServerReasonCode])[] = [
  [/^payload over /, 'payloadTooLarge'],
  [/^unknown event /, 'unknownEvent'],
  [/^chat is not offered/, 'chatOff'],
  [/^(malformed|invalid request)|^action type .* is not allowed from a client|^unknown move /, 'malformed'],
  [/shutting down/, 'shuttingDown'],
  [/^no such match/, 'noMatch'],
  [/^no seat /, 'noSeat'],
  [/^wrong credentials/, 'wrongCredentials'],
  [/names another seat/, 'otherSeat'],
  [/^sync with this match/, 'syncFirst'],
  [/^the match is over/, 'over'],
  [/^stale state|^another move reached this match first/, 'stale'],
  [/ not allowed now$/, 'notAllowed'],
  [/^internal error/, 'internal'],
  [/paused the match/, 'paused'],
  [/class session has ended/, 'sessionEnded'],
  [/^too many /, 'rateLimited'],
  [/^(no such lobby route|no such game|not found)/, 'notFound'],
  [/^send the body as application\/json|^body is not valid JSON/, 'badRequest'],
  [/^body over /, 'tooLarge'],
  [/^no class session with code/, 'classNotFound'],
  [/teacher key is missing or wrong/, 'teacherKey'],
  [/^not a student of this class session/, 'notStudent'],
  [/^the nickname is empty/, 'nicknameEmpty'],
  [/^the nickname is too long/, 'nicknameLong'],
  [/^the nickname may not contain markup/, 'nicknameMarkup'],
  [/^the nickname (may use|may not contain control|must be text)/, 'nicknameChars'],
  [/^the nickname .* is taken/, 'nicknameTaken'],
  [/^the class session is full/, 'classFull'],
  [/too busy; try again|^no free class code/, 'busy'],
  [/^no students are waiting/, 'noneWaiting'],
];

/** The code a sentence of the server's own names, if it is one of them. */
export function codeOf(reason: string): ServerReasonCode | undefined {
  return PATTERNS.find(([re]) => re.test(reason))?.[1];
}

/**
 * The code for a refusal sent over a socket. A sentence not listed here is the rules'
 * own explanation of an illegal move (or boardgame.io's), hence 'rule'.
 */
export function refusalCode(reason: string): ServerReasonCode {
  return codeOf(reason) ?? 'rule';
}

/** The code for a lobby (HTTP) error with this status and sentence. */
export function lobbyErrorCode(status: number, reason: string): ServerReasonCode {
  const known = codeOf(reason);
  if (known !== undefined) return known;
  if (status >= 500) return 'internal';
  if (status === 404) return 'notFound';
  if (status === 409) return 'seatTaken';
  if (status === 413) return 'tooLarge';
  if (status === 429) return 'rateLimited';
  return 'badRequest';
}

export function isServerReasonCode(x: unknown): x is ServerReasonCode {
  return typeof x === 'string' && (SERVER_REASON_CODES as readonly string[]).includes(x);
}
