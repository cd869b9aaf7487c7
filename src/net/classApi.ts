// The browser's side of the classroom session API (docs: the class session contract):
// the HTTP calls a teacher and a student make, the live `/class` socket, and what a
// student's browser remembers ({code, token}) so a reload lands back in the match.
// The server's refusals come back as ClassError with its sentence and its coded refusal.
import type { Socket } from 'socket.io-client';
import { readRefusal } from '../online/reasons';
import {
  ClassError,
  type ClassStatus,
  type Dashboard,
  type FillLevel,
  type InjectResult,
  type Language,
  type Me,
} from '../online/classroom';

export interface CreateClass {
  readonly scenario?: string;
  readonly players?: 2 | 3;
  readonly fill?: FillLevel;
  readonly turnSeconds?: number | null;
  readonly language?: Language;
}

export interface CreatedClass {
  readonly code: string;
  readonly teacherKey: string;
  readonly joinUrl: string;
  readonly teacherUrl: string;
  readonly projectorUrl: string;
}

export interface ClassInfo {
  readonly code: string;
  readonly scenario: string;
  readonly players: number;
  readonly language: string;
  readonly status: ClassStatus;
  readonly students: number;
}

export interface Joined {
  readonly studentId: string;
  readonly token: string;
  readonly nickname: string;
}

export interface InjectableEvent {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly speculative: boolean;
}

/** The teacher key travels in the address's fragment (#key=...), which is never sent to a server or logged. */
export function keyFromHash(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return key !== null && /^[A-Za-z0-9_-]{16,200}$/.test(key) ? key : null;
}

type Auth = { readonly token: string } | { readonly key: string } | Record<string, never>;

async function call<T>(method: 'GET' | 'POST', path: string, auth: Auth = {}, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if ('token' in auth) headers.authorization = `Bearer ${auth.token}`;
  if ('key' in auth) headers['x-teacher-key'] = auth.key;
  let res: Response;
  try {
    res = await fetch(`/api/class${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ClassError(0, 'the server cannot be reached');
  }
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = text;
  }
  if (!res.ok) {
    const body = typeof parsed === 'object' && parsed !== null ? (parsed as { error?: unknown; code?: unknown }) : {};
    const reason = typeof body.error === 'string' ? body.error : `${res.status} ${res.statusText}`;
    throw new ClassError(res.status, reason, readRefusal(body));
  }
  return parsed as T;
}

const at = (code: string, rest = ''): string => `/${encodeURIComponent(code)}${rest}`;

export const classApi = {
  create: (body: CreateClass): Promise<CreatedClass> => call('POST', '', {}, body),
  info: (code: string): Promise<ClassInfo> => call('GET', at(code)),
  nickname: async (code: string): Promise<string> =>
    (await call<{ nickname: string }>('GET', at(code, '/nickname'))).nickname,
  join: (code: string, nickname: string): Promise<Joined> => call('POST', at(code, '/join'), {}, { nickname }),
  me: (code: string, token: string): Promise<Me> => call('GET', at(code, '/me'), { token }),
  dashboard: (code: string, key: string): Promise<Dashboard> => call('GET', at(code, '/dashboard'), { key }),
  pair: (code: string, key: string): Promise<unknown> => call('POST', at(code, '/pair'), { key }, { auto: true }),
  pause: (code: string, key: string, matches?: readonly string[]): Promise<Dashboard> =>
    call('POST', at(code, '/pause'), { key }, matches === undefined ? {} : { matches }),
  resume: (code: string, key: string, matches?: readonly string[]): Promise<Dashboard> =>
    call('POST', at(code, '/resume'), { key }, matches === undefined ? {} : { matches }),
  events: (code: string, key: string): Promise<InjectableEvent[]> => call('GET', at(code, '/events'), { key }),
  inject: async (code: string, key: string, event: string, matches?: readonly string[]): Promise<InjectResult[]> =>
    (
      await call<{ results: InjectResult[] }>(
        'POST',
        at(code, '/inject'),
        { key },
        matches === undefined ? { event } : { event, matches },
      )
    ).results,
  rename: (code: string, key: string, student: string, nickname: string): Promise<Dashboard> =>
    call('POST', at(code, '/rename'), { key }, { student, nickname }),
  remove: (code: string, key: string, student: string): Promise<Dashboard> =>
    call('POST', at(code, '/remove'), { key }, { student }),
  extend: (code: string, key: string, minutes: number): Promise<Dashboard> =>
    call('POST', at(code, '/extend'), { key }, { minutes }),
  end: (code: string, key: string): Promise<Dashboard> => call('POST', at(code, '/end'), { key }, {}),
  /** Deletes the session and everything of it (the body confirms it). */
  deleteSession: (code: string, key: string): Promise<{ deleted: string; matches: number }> =>
    call('POST', at(code, '/delete'), { key }, { confirm: true }),
  /** The class export as text (the teacher key goes in a header, so it is fetched, then saved). */
  exportText: async (code: string, key: string, ext: 'csv' | 'json'): Promise<string> => {
    const res = await fetch(`/api/class${at(code, `/export.${ext}`)}`, { headers: { 'x-teacher-key': key } });
    const text = await res.text();
    if (!res.ok) {
      let reason = `${res.status} ${res.statusText}`;
      let p: unknown;
      try {
        p = JSON.parse(text);
        const error = (p as { error?: unknown } | null)?.error;
        if (typeof error === 'string') reason = error;
      } catch {
        // not JSON: keep the status line
      }
      throw new ClassError(res.status, reason, readRefusal(p));
    }
    return text;
  },
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

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export interface SavedStudent {
  readonly code: string;
  readonly token: string;
}

/** This browser's seat in the class with this code, if it joined it. */
export function savedStudent(code: string): SavedStudent | null {
  const raw = storage()?.getItem(STUDENT_KEY);
  if (raw === null || raw === undefined) return null;
  try {
    const s = JSON.parse(raw) as Partial<SavedStudent>;
    return typeof s.code === 'string' && typeof s.token === 'string' && s.code === code
      ? { code: s.code, token: s.token }
      : null;
  } catch {
    return null;
  }
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
