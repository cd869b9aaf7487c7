import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, GAME_NAME, inProcessServer, type TestServer } from './helpers';

const G = `/games/${GAME_NAME}`;

describe('lobby API over HTTP', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await inProcessServer();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers on a fresh server, guards included (the routes are not lost to early middleware composition)', async () => {
    const r = await api(t.url, '/games');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual([GAME_NAME]);
  });

  it('creates, lists, gets, joins, updates, leaves and plays again', async () => {
    const created = await api(t.url, `${G}/create`, {
      numPlayers: 2,
      setupData: { players: 2, scenario: 'belt-and-road-2013' },
    });
    expect(created.status).toBe(200);
    const matchID = String(created.body.matchID);
    const hidden = await api(t.url, `${G}/create`, { numPlayers: 3, setupData: { players: 3 }, unlisted: true });
    expect(hidden.status).toBe(200);

    const listed = await api(t.url, `${G}?isGameover=false`);
    const ids = (listed.body.matches as { matchID: string }[]).map((m) => m.matchID);
    expect(ids).toContain(matchID);
    expect(ids).not.toContain(String(hidden.body.matchID));

    const join0 = await api(t.url, `${G}/${matchID}/join`, { playerID: '0', playerName: 'Aigerim' });
    expect(join0.status).toBe(200);
    const cred0 = String(join0.body.playerCredentials);
    const join1 = await api(t.url, `${G}/${matchID}/join`, { playerName: 'Bolat' });
    expect(join1.body.playerID).toBe('1');
    const cred1 = String(join1.body.playerCredentials);

    const got = await api(t.url, `${G}/${matchID}`);
    expect(got.status).toBe(200);
    expect(got.text).not.toContain(cred0);
    expect((got.body.players as { name?: string }[]).map((p) => p.name)).toEqual(['Aigerim', 'Bolat']);

    expect(
      (await api(t.url, `${G}/${matchID}/update`, { playerID: '0', credentials: cred0, newName: 'Aika' })).status,
    ).toBe(200);
    expect(((await api(t.url, `${G}/${matchID}`)).body.players as { name?: string }[])[0]?.name).toBe('Aika');

    const again = await api(t.url, `${G}/${matchID}/playAgain`, { playerID: '1', credentials: cred1 });
    expect(again.status).toBe(200);
    const next = String(again.body.nextMatchID);
    expect(
      (await api(t.url, `${G}/${matchID}/playAgain`, { playerID: '0', credentials: cred0 })).body.nextMatchID,
    ).toBe(next);
    expect((await api(t.url, `${G}/${next}`)).status).toBe(200);

    expect((await api(t.url, `${G}/${matchID}/leave`, { playerID: '0', credentials: cred0 })).status).toBe(200);
    const after = await api(t.url, `${G}/${matchID}`);
    expect((after.body.players as { name?: string }[])[0]?.name).toBeUndefined();
  });

  it('answers each bad request with a clear error', async () => {
    const created = await api(t.url, `${G}/create`, { numPlayers: 2 });
    const matchID = String(created.body.matchID);
    const joined = await api(t.url, `${G}/${matchID}/join`, { playerID: '0', playerName: 'A' });
    const cases: [string, unknown, number, RegExp][] = [
      [`${G}/create`, { numPlayers: 5 }, 400, /numPlayers/i],
      [`${G}/create`, { numPlayers: 2, setupData: { scenario: 'atlantis' } }, 400, /unknown scenario/],
      [`${G}/create`, { numPlayers: 2, setupData: { players: 3 } }, 400, /players/],
      [`${G}/create`, { numPlayers: 2, admin: true }, 400, /admin|unrecognized/i],
      [`${G}/create`, '{"numPlayers":', 400, /not valid JSON/],
      [`${G}/create`, { numPlayers: 2, setupData: { x: 'y'.repeat(20_000) } }, 413, /body over/],
      ['/games/chess/create', { numPlayers: 2 }, 404, /no such game/],
      [`${G}/${matchID}/join`, { playerID: '0', playerName: 'B' }, 409, /not available/],
      [`${G}/${matchID}/join`, { playerID: '7', playerName: 'B' }, 400, /playerID/],
      [`${G}/${matchID}/join`, { playerID: '1' }, 400, /playerName/],
      [`${G}/${matchID}/join`, { playerName: 'x'.repeat(41) }, 400, /playerName/],
      [`${G}/nope/join`, { playerName: 'B' }, 404, /not found/],
      [`${G}/${matchID}/leave`, { playerID: '0' }, 400, /credentials/],
      [`${G}/${matchID}/update`, { playerID: '0', credentials: 'c' }, 400, /newName or data/],
    ];
    for (const [path, body, status, reason] of cases) {
      const r = await api(t.url, path, body);
      expect({ path, status: r.status }).toEqual({ path, status });
      expect(String(r.body.error)).toMatch(reason);
    }
    // The guard's own refusals also carry a code, for a browser to phrase in its language.
    const coded: [unknown, string, string][] = [
      [{ numPlayers: 5 }, `${G}/create`, 'badRequest'],
      [{ numPlayers: 2, admin: true }, `${G}/create`, 'malformed'],
      [{ playerID: '0', playerName: 'B' }, `${G}/${matchID}/join`, 'seatTaken'],
      ['{"numPlayers":', `${G}/create`, 'badRequest'],
      [{ numPlayers: 2, setupData: { x: 'y'.repeat(20_000) } }, `${G}/create`, 'tooLarge'],
      [{ numPlayers: 2 }, '/games/chess/create', 'notFound'],
    ];
    for (const [body, path, code] of coded)
      expect({ path, code: (await api(t.url, path, body)).body.code }).toEqual({ path, code });
    const text = await fetch(`${t.url}${G}/create`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'numPlayers=2',
    });
    expect(text.status).toBe(415);
    expect((await api(t.url, `${G}/missing`)).status).toBe(404);
    // Wrong credentials: refused, and the answer never repeats what was sent.
    for (const route of ['leave', 'update', 'playAgain']) {
      const secret = `guess-${route}-123456`;
      const r = await api(t.url, `${G}/${matchID}/${route}`, {
        playerID: '0',
        credentials: secret,
        ...(route === 'update' ? { newName: 'Z' } : {}),
      });
      expect(r.status).toBe(403);
      expect(r.text).not.toContain(secret);
      expect(r.body.error).toBe('Invalid credentials');
    }
    expect(JSON.stringify(t.lines)).not.toContain(String(joined.body.playerCredentials));
  });

  it('logs one structured line per request', async () => {
    const before = t.lines.filter((l) => l.event === 'lobby').length;
    await api(t.url, '/games');
    await api(t.url, `${G}/create`, { numPlayers: 9 });
    const lines = t.lines.filter((l) => l.event === 'lobby').slice(before);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ route: 'create', status: 400, method: 'POST', ip: '127.0.0.1' });
    expect(typeof lines[1]?.ms).toBe('number');
  });

  it('rate-limits create and join per address, and keeps answering the rest', async () => {
    const limited = await inProcessServer({ rate: { burst: 3, perMinute: 1 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await api(limited.url, `${G}/create`, { numPlayers: 2 })).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const r = await api(limited.url, `${G}/create`, { numPlayers: 2 });
      expect(String(r.body.error)).toMatch(/too many/);
      expect(r.body.code).toBe('rateLimited');
      expect((await api(limited.url, G)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
