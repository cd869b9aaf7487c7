// The browser's HTTP helper against a real loopback server: a good answer comes back
// checked, a coded refusal becomes the caller's error with its code and parameters, an
// answer of the wrong shape is refused rather than trusted, and a server that cannot be
// reached is named as such.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getJson, getText, parsePayload, request, type Failures, type Refused } from '../../src/net/http';
import { dashboardSchema, meSchema } from '../../src/net/classSchemas';

class Failed extends Error {
  constructor(readonly r: Refused) {
    super(r.message);
  }
}
class Unreachable extends Error {}
const failures: Failures = { refused: (r) => new Failed(r), unreachable: () => new Unreachable('unreachable') };

let server: Server;
let base = '';
const seen: { method?: string; type?: string; auth?: string; body?: string } = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      Object.assign(seen, {
        method: req.method,
        type: req.headers['content-type'],
        auth: req.headers.authorization,
        body,
      });
      const send = (status: number, text: string): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(text);
      };
      if (req.url === '/ok') send(200, JSON.stringify({ name: 'Aru', extra: [1, 2] }));
      else if (req.url === '/refused')
        send(
          409,
          JSON.stringify({ error: 'That nickname is taken', code: 'nicknameTaken', params: { nickname: 'Aru' } }),
        );
      else if (req.url === '/uncoded') send(502, '<html>bad gateway</html>');
      else if (req.url === '/csv') send(200, 'a,b\n1,2\n');
      else send(200, JSON.stringify({ name: 7 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const named = z.looseObject({ name: z.string() });

describe('the HTTP helper', () => {
  it('returns a checked answer, keeping fields the schema does not name', async () => {
    const r = await getJson(`${base}/ok`, named, failures, { authorization: 'Bearer t' });
    expect(r).toEqual({ name: 'Aru', extra: [1, 2] });
    expect(seen.method).toBe('GET');
    expect(seen.auth).toBe('Bearer t');
  });

  it('posts JSON', async () => {
    await request(`${base}/ok`, named, { body: { nickname: 'Aru' } }, failures);
    expect(seen).toMatchObject({ method: 'POST', type: 'application/json', body: '{"nickname":"Aru"}' });
  });

  it("turns a refusal into the caller's error with the server's code and parameters", async () => {
    const err = await request(`${base}/refused`, named, { body: {} }, failures).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Failed);
    const r = (err as Failed).r;
    expect(r.status).toBe(409);
    expect(r.message).toBe('That nickname is taken');
    expect(r.refusal).toEqual({ code: 'nicknameTaken', params: { nickname: 'Aru' } });
  });

  it('names an uncoded error answer by its status line and no refusal', async () => {
    const err = await getJson(`${base}/uncoded`, named, failures).catch((e: unknown) => e);
    expect((err as Failed).r).toMatchObject({ status: 502, refusal: undefined });
    expect((err as Failed).r.message).toMatch(/^502 /);
  });

  it('refuses an answer of the wrong shape instead of trusting it', async () => {
    const err = await getJson(`${base}/wrong`, named, failures).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Failed);
    const r = (err as Failed).r;
    expect(r.refusal?.code).toBe('internal');
    expect(r.message).toContain('name');
  });

  it('reads a text answer (an export) as it is', async () => {
    expect(await getText(`${base}/csv`, failures)).toBe('a,b\n1,2\n');
  });

  it("says when the server cannot be reached, or passes fetch's own error on", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/`;
    await expect(getJson(url, named, failures)).rejects.toBeInstanceOf(Unreachable);
    await expect(getJson(url, named, { refused: failures.refused })).rejects.toBeInstanceOf(TypeError);
  });
});

describe('socket payloads', () => {
  const me = { studentId: 's1', nickname: 'Aru', status: 'running', paused: false, match: null };
  it('are checked against the same schemas', () => {
    expect(parsePayload(meSchema, me)).toEqual(me);
    expect(parsePayload(meSchema, { ...me, status: 'lost' })).toBeNull();
    expect(parsePayload(dashboardSchema, { matches: [] })).toBeNull();
  });
});
