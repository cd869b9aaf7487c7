// The browser's one HTTP helper: every call to our server goes through `request`, which
// sends JSON, checks the answer against a zod schema (the browser trusts no server JSON
// it has not checked) and turns a refusal ({error, code, params?}) into the caller's
// typed error carrying the server's coded refusal. An answer that fails its schema is
// refused the same way, as an internal error naming the field that was wrong.
import type { z } from 'zod';
import { readRefusal, type ServerRefusal } from '../online/reasons';

/** What a refused call knows: the HTTP status, the server's sentence, and its coded refusal when it sent one. */
export interface Refused {
  readonly status: number;
  readonly message: string;
  readonly refusal: ServerRefusal | undefined;
}

/** How a caller's API names its failures: each API keeps its own error class (callers test `instanceof`). */
export interface Failures {
  readonly refused: (r: Refused) => Error;
  /** When the server cannot be reached at all; without it, fetch's own rejection is passed on. */
  readonly unreachable?: () => Error;
}

export interface Call {
  readonly method?: 'GET' | 'POST';
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as JSON; absent means no body. */
  readonly body?: unknown;
}

/** The body as JSON when it is JSON, else its text (undefined when empty). */
function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The server's sentence from an error body ({error: "..."}), else the status line. */
function errorSentence(res: Response, body: unknown): string {
  const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
  return typeof error === 'string' ? error : `${res.status} ${res.statusText}`;
}

async function send(url: string, init: Call, failures: Failures): Promise<{ res: Response; text: string }> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch (err) {
    throw failures.unreachable?.() ?? err;
  }
  const text = await res.text();
  if (!res.ok) {
    const body = parseBody(text);
    throw failures.refused({ status: res.status, message: errorSentence(res, body), refusal: readRefusal(body) });
  }
  return { res, text };
}

/** The first thing wrong with an answer, as "path: problem". */
function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'unexpected answer';
  return `${issue.path.length === 0 ? '(answer)' : issue.path.join('.')}: ${issue.message}`;
}

/** Calls the server and returns its answer checked against `schema`; a refusal or a wrong answer throws the caller's error. */
export async function request<S extends z.ZodType>(
  url: string,
  schema: S,
  init: Call,
  failures: Failures,
): Promise<z.output<S>> {
  const { res, text } = await send(url, init, failures);
  const checked = schema.safeParse(parseBody(text));
  if (checked.success) return checked.data;
  const detail = `the server's answer does not match: ${firstIssue(checked.error)}`;
  throw failures.refused({ status: res.status, message: detail, refusal: { code: 'internal', params: { detail } } });
}

/** A GET whose answer is checked against `schema`. */
export function getJson<S extends z.ZodType>(
  url: string,
  schema: S,
  failures: Failures,
  headers: Readonly<Record<string, string>> = {},
): Promise<z.output<S>> {
  return request(url, schema, { method: 'GET', headers }, failures);
}

/** A GET whose answer is text (an export to save), refused like any other call. */
export async function getText(
  url: string,
  failures: Failures,
  headers: Readonly<Record<string, string>> = {},
): Promise<string> {
  return (await send(url, { method: 'GET', headers }, failures)).text;
}

/** Checks a JSON payload that arrived another way (a socket event); null when it does not match. */
export function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> | null {
  const checked = schema.safeParse(payload);
  return checked.success ? checked.data : null;
}
