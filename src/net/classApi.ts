// The browser's side of the classroom session API (docs: the class session contract):
// the HTTP calls a teacher and a student make, the live `/class` socket, and what a
// student's browser remembers ({code, token}) so a reload lands back in the match.
// The server's refusals come back as ClassError with its sentence and its coded refusal.
import type { Socket } from 'socket.io-client';
import { z } from 'zod';
import {
  ClassError,
  type Dashboard,
  type FillLevel,
  type InjectResult,
  type Language,
  type Me,
} from '../online/classroom';
import { getText, request, type Failures } from './http';
import { readSaved, storage } from './saved';
import {
  createdSchema,
  answersSchema,
  dashboardSchema,
  deletedSchema,
  myReflectionsSchema,
  reflectionsSchema,
  rubricSchema,
  type ReflectionsView,
  type RubricView,
  infoSchema,
  injectableSchema,
  injectResultsSchema,
  joinedSchema,
  meSchema,
  nicknameSchema,
  type ClassInfo,
  type CreatedClass,
  type InjectableEvent,
  type Joined,
} from './classSchemas';

export type { ClassInfo, CreatedClass, InjectableEvent, Joined } from './classSchemas';

export interface CreateClass {
  readonly scenario?: string;
  readonly players?: 2 | 3;
  readonly fill?: FillLevel;
  readonly turnSeconds?: number | null;
  readonly language?: Language;
}

/** The teacher key travels in the address's fragment (#key=...), which is never sent to a server or logged. */
export function keyFromHash(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return key !== null && /^[A-Za-z0-9_-]{16,200}$/.test(key) ? key : null;
}

type Auth = { readonly token: string } | { readonly key: string } | Record<string, never>;

const failures: Failures = {
  refused: (r) => new ClassError(r.status, r.message, r.refusal),
  unreachable: () => new ClassError(0, 'the server cannot be reached'),
};

function authHeaders(auth: Auth): Record<string, string> {
  if ('token' in auth) return { authorization: `Bearer ${auth.token}` };
  if ('key' in auth) return { 'x-teacher-key': auth.key };
  return {};
}

/** One call to the class API, its answer checked against `schema`. */
function call<S extends z.ZodType>(
  method: 'GET' | 'POST',
  path: string,
  schema: S,
  auth: Auth = {},
  body?: unknown,
): Promise<z.output<S>> {
  return request(`/api/class${path}`, schema, { method, headers: authHeaders(auth), body }, failures);
}

const at = (code: string, rest = ''): string => `/${encodeURIComponent(code)}${rest}`;

const matchList = (matches?: readonly string[]): { matches?: readonly string[] } =>
  matches === undefined ? {} : { matches };

export const classApi = {
  create: (body: CreateClass): Promise<CreatedClass> => call('POST', '', createdSchema, {}, body),
  info: (code: string): Promise<ClassInfo> => call('GET', at(code), infoSchema),
  nickname: async (code: string): Promise<string> =>
    (await call('GET', at(code, '/nickname'), nicknameSchema)).nickname,
  join: (code: string, nickname: string): Promise<Joined> =>
    call('POST', at(code, '/join'), joinedSchema, {}, { nickname }),
  me: (code: string, token: string): Promise<Me> => call('GET', at(code, '/me'), meSchema, { token }),
  dashboard: (code: string, key: string): Promise<Dashboard> =>
    call('GET', at(code, '/dashboard'), dashboardSchema, { key }),
  pair: (code: string, key: string): Promise<Dashboard> =>
    call('POST', at(code, '/pair'), dashboardSchema, { key }, { auto: true }),
  pause: (code: string, key: string, matches?: readonly string[]): Promise<Dashboard> =>
    call('POST', at(code, '/pause'), dashboardSchema, { key }, matchList(matches)),
  resume: (code: string, key: string, matches?: readonly string[]): Promise<Dashboard> =>
    call('POST', at(code, '/resume'), dashboardSchema, { key }, matchList(matches)),
  events: (code: string, key: string): Promise<InjectableEvent[]> =>
    call('GET', at(code, '/events'), injectableSchema, { key }),
  inject: async (code: string, key: string, event: string, matches?: readonly string[]): Promise<InjectResult[]> =>
    (await call('POST', at(code, '/inject'), injectResultsSchema, { key }, { event, ...matchList(matches) })).results,
  extend: (code: string, key: string, minutes: number): Promise<Dashboard> =>
    call('POST', at(code, '/extend'), dashboardSchema, { key }, { minutes }),
  end: (code: string, key: string): Promise<Dashboard> => call('POST', at(code, '/end'), dashboardSchema, { key }, {}),
  rename: (code: string, key: string, student: string, nickname: string): Promise<Dashboard> =>
    call('POST', at(code, '/rename'), dashboardSchema, { key }, { student, nickname }),
  remove: (code: string, key: string, student: string): Promise<Dashboard> =>
    call('POST', at(code, '/remove'), dashboardSchema, { key }, { student }),
  myReflections: (code: string, token: string): Promise<z.output<typeof myReflectionsSchema>> =>
    call('GET', at(code, '/my-reflections'), myReflectionsSchema, { token }),
  answer: async (code: string, token: string, question: string, text: string): Promise<void> =>
    void (await call('POST', at(code, '/answer'), answersSchema, { token }, { question, text })),
  reflections: (code: string, key: string): Promise<z.output<typeof reflectionsSchema>> =>
    call('GET', at(code, '/reflections'), reflectionsSchema, { key }),
  comment: (
    code: string,
    key: string,
    on: { student: string; match: string; question: string },
    text: string,
  ): Promise<ReflectionsView> => call('POST', at(code, '/comment'), reflectionsSchema, { key }, { ...on, text }),
  rubric: (code: string, key: string): Promise<RubricView> => call('GET', at(code, '/rubric'), rubricSchema, { key }),
  rubricCriteria: (
    code: string,
    key: string,
    criteria: readonly { id?: string; label: string }[],
  ): Promise<RubricView> => call('POST', at(code, '/rubric/criteria'), rubricSchema, { key }, { criteria }),
  /** Keeps the suggestion as the grade note (accept), or the teacher's own words. */
  grade: (
    code: string,
    key: string,
    on: { student: string; criterion: string },
    grade: { accept: true } | { text: string },
  ): Promise<RubricView> => call('POST', at(code, '/grade'), rubricSchema, { key }, { ...on, ...grade }),
  /** Deletes the session and everything of it (the body confirms it). */
  deleteSession: (code: string, key: string): Promise<{ deleted: string; matches: number }> =>
    call('POST', at(code, '/delete'), deletedSchema, { key }, { confirm: true }),
  /** The class export as text (the teacher key goes in a header, so it is fetched, then saved). */
  exportText: (code: string, key: string, ext: 'csv' | 'json'): Promise<string> =>
    getText(`/api/class${at(code, `/export.${ext}`)}`, { refused: failures.refused }, { 'x-teacher-key': key }),
};

// ---- the live socket ------------------------------------------------------------

export type ClassSocketAuth =
  { readonly code: string; readonly teacherKey: string } | { readonly code: string; readonly token: string };

/** Opens the `/class` namespace on this page's server; socket.io-client arrives in its own chunk. */
export async function connectClass(auth: ClassSocketAuth): Promise<Socket> {
  const { io } = await import('socket.io-client');
  return io(`${window.location.origin}/class`, {
    auth: { ...auth },
    transports: ['websocket', 'polling'],
    reconnectionDelayMax: 4000,
  });
}

// ---- what a student's browser remembers -------------------------------------------

const STUDENT_KEY = 'ngg.class';

export interface SavedStudent {
  readonly code: string;
  readonly token: string;
}

/** This browser's seat in the class with this code, if it joined it. */
export function savedStudent(code: string): SavedStudent | null {
  const s = readSaved(STUDENT_KEY, z.looseObject({ code: z.string(), token: z.string() }));
  return s !== null && s.code === code ? { code: s.code, token: s.token } : null;
}

export function saveStudent(s: SavedStudent): void {
  storage()?.setItem(STUDENT_KEY, JSON.stringify({ code: s.code, token: s.token }));
}

export function forgetStudent(): void {
  storage()?.removeItem(STUDENT_KEY);
}

/** Addresses of the class's pages, on this page's origin. */
export const classUrls = {
  join: (code: string): string =>
    `${window.location.origin}${window.location.pathname}?class=${encodeURIComponent(code)}`,
  teacher: (code: string, key: string): string =>
    `${window.location.origin}${window.location.pathname}?teach=${encodeURIComponent(code)}#key=${encodeURIComponent(key)}`,
  projector: (code: string, key: string): string =>
    `${window.location.origin}${window.location.pathname}?projector=${encodeURIComponent(code)}#key=${encodeURIComponent(key)}`,
  watch: (matchID: string): string => `${window.location.pathname}?match=${encodeURIComponent(matchID)}&watch=1`,
};
