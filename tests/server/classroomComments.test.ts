// The teacher's comments on reflections against a real server, on SQLite and on
// PostgreSQL: the teacher reads every answer beside its match's evidence (the final rope,
// Kazakhstan's values, the realist counterfactual's winner once the match is over),
// comments per answer, a comment too long or with markup is refused with a code and nothing
// is stored, and the class exports (JSON, and the reflections CSV) hold answers and comments.
import { expect, it } from 'vitest';
import { COMMENT_MAX } from '../../src/classroom/comments';
import { api } from './helpers';
import { onBothStores, playedLesson, teacher } from './classHelpers';

await onBothStores('teacher comments', 'comments', (server) => {
  it('shows answers beside the evidence, stores comments, refuses bad ones, and exports both', async () => {
    const t = server();
    const { c, ada, bo, matchID } = await playedLesson(t.url);
    const view = (await teacher(t.url, c, 'reflections')).body;
    const evidence = (view.evidence as Record<string, unknown>[])[0] ?? {};
    expect(view.evidence).toHaveLength(1);
    expect(evidence).toMatchObject({ matchID, finished: true });
    expect(typeof evidence.finalRope).toBe('number');
    expect(Object.keys(evidence.values as object).sort()).toEqual(
      ['identity', 'reform', 'warinessChina', 'warinessRussia'].sort(),
    );
    // The match had no injected event: the realist world's winner is there.
    expect(evidence.realist).toMatchObject({ winner: expect.any(String), winnerChanged: expect.any(Boolean) });
    expect((view.answers as { comment: unknown }[]).map((a) => a.comment)).toEqual([null, null]);

    const comment = (student: string, text: unknown, key = c.teacherKey) =>
      teacher(t.url, c, 'comment', { student, match: matchID, question: 'essay', text }, key);
    const ok = await comment(ada.studentId, '  Good: name the round where trust fell.  ');
    expect(ok.status).toBe(200);
    const before = (await teacher(t.url, c, 'reflections')).body;
    const refusals: [string, unknown, number, string, Record<string, unknown>?][] = [
      [ada.studentId, 'x'.repeat(COMMENT_MAX + 1), 400, 'commentLong', { max: COMMENT_MAX }],
      [ada.studentId, 'see <a href="x">this</a>', 400, 'commentMarkup'],
      [ada.studentId, 'an entity &amp; here', 400, 'commentMarkup'],
      [ada.studentId, 7, 400, 'commentMarkup'],
      ['s-nobody', 'who wrote this?', 404, 'noAnswer'],
    ];
    for (const [student, text, status, code, params] of refusals) {
      const r = await comment(student, text);
      expect(r.status, code).toBe(status);
      expect(r.body.code, code).toBe(code);
      if (params !== undefined) expect(r.body.params, code).toEqual(params);
    }
    expect((await comment(bo.studentId, 'a stranger', 'z'.repeat(43))).status).toBe(403);
    // Nothing refused was stored.
    expect((await teacher(t.url, c, 'reflections')).body).toEqual(before);
    const byNick = (body: Record<string, unknown>) =>
      Object.fromEntries(
        (body.answers as { nickname: string; comment: { text: string } | null }[]).map((a) => [
          a.nickname,
          a.comment?.text ?? null,
        ]),
      );
    expect(byNick(before)).toEqual({ 'Ada Bek': 'Good: name the round where trust fell.', 'Bo Lan': null });
    // A student reads their answers, not the teacher's view.
    const denied = await api(t.url, `/api/class/${c.code}/reflections`, undefined, {
      authorization: `Bearer ${ada.token}`,
    });
    expect(denied.status).toBe(403);

    await comment(bo.studentId, 'Which "values"? Say which one moved.');
    const json = JSON.parse((await teacher(t.url, c, 'export.json')).text) as {
      reflections: Record<string, unknown>;
    };
    expect(byNick(json.reflections)).toEqual({
      'Ada Bek': 'Good: name the round where trust fell.',
      'Bo Lan': 'Which "values"? Say which one moved.',
    });
    const csv = await teacher(t.url, c, 'reflections.csv');
    expect(csv.status).toBe(200);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toMatch(/^match_id,match_label,nickname,question,answer,answered_at,comment,/);
    expect(lines.filter((l) => l !== '')).toHaveLength(3);
    expect(csv.text).toContain('"Money, then ""values"", decided it."');
    expect(csv.text).toContain('"Which ""values""? Say which one moved."');
    // Taking a comment back: an empty comment removes it.
    await comment(ada.studentId, '');
    expect(byNick((await teacher(t.url, c, 'reflections')).body)['Ada Bek']).toBeNull();
  }, 120_000);
});
