// The end of a lesson against a real server (real sockets, a real SQLite file): the
// teacher renames and removes students, and once the session ends, a student whose match
// was unfinished is told where the rope stopped it, and the dashboard marks that match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../src/online/classroom';
import { api, inProcessServer, readStored, type TestServer } from './helpers';
import { createClass, join, me, teacher } from './classHelpers';

const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

describe('the end of a lesson', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await inProcessServer();
  });
  afterAll(async () => {
    await t.close();
  });

  it('renames waiting and seated students (the seat too), and refuses bad names with a code', async () => {
    const c = await createClass(t.url, { players: 2 });
    const [ada, bo, cy] = await Promise.all(['Ada', 'Bo', 'Cy'].map((n) => join(t.url, c.code, n)));
    if (ada === undefined || bo === undefined || cy === undefined) throw new Error('join failed');
    const paired = (await teacher(t.url, c, 'pair', { groups: [[ada.studentId, bo.studentId]] }))
      .body as unknown as Dashboard;
    const matchID = paired.matches[0]?.matchID ?? '';

    const renamed = await teacher(t.url, c, 'rename', { student: ada.studentId, nickname: 'Blue Owl' });
    expect(renamed.status).toBe(200);
    const d = renamed.body as unknown as Dashboard;
    expect(d.students.map((s) => s.nickname)).toEqual(['Blue Owl', 'Bo', 'Cy']);
    const seat = d.matches[0]?.seats.find((s) => s.playerID === (d.students[0]?.role === 'russia' ? '0' : '1'));
    expect(seat?.name).toBe('Blue Owl');
    // The match's own metadata (what the players' strip shows) has the new name.
    const meta = JSON.parse(readStored(t.dbPath, matchID)?.metadata ?? '{}') as {
      players: Record<string, { name?: string }>;
    };
    expect(Object.values(meta.players).map((p) => p.name)).toContain('Blue Owl');
    expect((await me(t.url, c.code, ada.token)).match?.matchID).toBe(matchID);

    for (const [nickname, code] of [
      ['bo', 'nicknameTaken'],
      ['<b>x</b>', 'nicknameMarkup'],
      ['', 'nicknameEmpty'],
    ] as const) {
      const r = await teacher(t.url, c, 'rename', { student: cy.studentId, nickname });
      expect(r.status, nickname).toBeGreaterThanOrEqual(400);
      expect(r.body.code, nickname).toBe(code);
    }
    const unknown = await teacher(t.url, c, 'rename', { student: 'sffffffffff', nickname: 'Fine' });
    expect(unknown.body.code).toBe('noStudent');
    const wrongKey = await teacher(t.url, c, 'rename', { student: cy.studentId, nickname: 'Fine' }, 'x'.repeat(43));
    expect(wrongKey.status).toBe(403);
    const after = (await teacher(t.url, c, 'dashboard')).body as unknown as Dashboard;
    expect(after.students.map((s) => s.nickname)).toEqual(['Blue Owl', 'Bo', 'Cy']);
  });

  it('removes a waiting student, whose token is refused from then on, and not a seated one', async () => {
    const c = await createClass(t.url, { players: 2 });
    const [ada, bo, twice] = await Promise.all(['Ada', 'Bo', 'Ada 2'].map((n) => join(t.url, c.code, n)));
    if (ada === undefined || bo === undefined || twice === undefined) throw new Error('join failed');
    await teacher(t.url, c, 'pair', { groups: [[ada.studentId, bo.studentId]] });
    const removed = await teacher(t.url, c, 'remove', { student: twice.studentId });
    expect(removed.status).toBe(200);
    expect((removed.body as unknown as Dashboard).students.map((s) => s.nickname)).toEqual(['Ada', 'Bo']);
    const refused = await api(t.url, `/api/class/${c.code}/me`, undefined, bearer(twice.token));
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('notStudent');
    const seated = await teacher(t.url, c, 'remove', { student: ada.studentId });
    expect(seated.status).toBe(409);
    expect(seated.body).toMatchObject({ code: 'studentSeated', params: { nickname: 'Ada' } });
    expect((await me(t.url, c.code, ada.token)).match).not.toBeNull();
  });

  it('tells the students of an unfinished match where the rope stopped it, and marks it on the dashboard', async () => {
    const c = await createClass(t.url, { players: 2 });
    const [ada, bo] = await Promise.all(['Ada', 'Bo'].map((n) => join(t.url, c.code, n)));
    if (ada === undefined || bo === undefined) throw new Error('join failed');
    await teacher(t.url, c, 'pair', { auto: true });
    const before = await me(t.url, c.code, ada.token);
    expect(before).not.toHaveProperty('ended');
    const ended = (await teacher(t.url, c, 'end', {})).body as unknown as Dashboard;
    const m = ended.matches[0];
    expect(m?.gameover).toBeNull();
    expect(m?.ended).toBe(true);
    const rope = m?.rope ?? NaN;
    const leader = rope < 0 ? 'russia' : rope > 0 ? 'china' : null;
    for (const s of [ada, bo]) {
      const r = await api(t.url, `/api/class/${c.code}/me`, undefined, bearer(s.token));
      expect(r.body).toMatchObject({ status: 'ended', ended: { leader, rope } });
    }
  });
});
