// Reflections against a real server: the teacher chooses one to three questions, each
// student answers them in writing for their match, an answer over the length limit or
// with markup is refused with a code and nothing is stored, and the teacher reads every
// answer with its student and match.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_MAX } from '../../src/classroom/reflection';
import { api, inProcessServer, type TestServer } from './helpers';
import { createClass, join, teacher } from './classHelpers';

describe('reflections', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await inProcessServer();
  });
  afterAll(async () => {
    await t.close();
  });

  it('are answered per student and match, refused with a code when too long or with markup', async () => {
    const c = await createClass(t.url, { players: 2 });
    const [ada, bo, late] = await Promise.all(['Ada', 'Bo', 'Late'].map((n) => join(t.url, c.code, n)));
    if (ada === undefined || bo === undefined || late === undefined) throw new Error('join failed');
    await teacher(t.url, c, 'pair', { groups: [[ada.studentId, bo.studentId]] });
    const answer = (token: string, question: string, text: unknown) =>
      api(t.url, `/api/class/${c.code}/answer`, { question, text }, { authorization: `Bearer ${token}` });

    // The essay's question until the teacher chooses; then one to three known questions.
    expect((await teacher(t.url, c, 'reflections')).body.questions).toEqual(['essay']);
    const four = await teacher(t.url, c, 'questions', {
      questions: ['essay', 'e-silk-road-belt', 'e-latin-decree', 'e-invasion-of-ukraine'],
    });
    expect(four.body).toMatchObject({ code: 'questionCount', params: { max: 3 } });
    const unknown = await teacher(t.url, c, 'questions', { questions: ['essay', 'e-nothing'] });
    expect(unknown.body).toMatchObject({ code: 'noQuestion', params: { question: 'e-nothing' } });
    const chosen = await teacher(t.url, c, 'questions', { questions: ['essay', 'e-invasion-of-ukraine'] });
    expect(chosen.status).toBe(200);
    expect(chosen.body.questions).toEqual(['essay', 'e-invasion-of-ukraine']);
    expect((await answer(ada.token, 'essay', 'x')).status).toBe(200);
    const otherKey = await teacher(t.url, c, 'questions', { questions: ['essay'] }, 'y'.repeat(43));
    expect(otherKey.status).toBe(403);

    const ok = await answer(ada.token, 'essay', '  The rope moved most when trust fell.\r\nSo values mattered.  ');
    expect(ok.status).toBe(200);
    const mine = ok.body.answers as { question: string; text: string; matchID: string }[];
    expect(mine.map((a) => [a.question, a.text])).toEqual([
      ['essay', 'The rope moved most when trust fell.\nSo values mattered.'],
    ]);
    expect((await answer(bo.token, 'e-invasion-of-ukraine', 'Russia lost trust: rope < 0 did not last.')).status).toBe(
      200,
    );
    const before = (await teacher(t.url, c, 'reflections')).body;

    const refusals: [string, string, unknown, number, string, Record<string, unknown>?][] = [
      [ada.token, 'essay', 'a'.repeat(ANSWER_MAX + 1), 400, 'answerLong', { max: ANSWER_MAX }],
      [ada.token, 'essay', 'Good <script>alert(1)</script>', 400, 'answerMarkup'],
      [ada.token, 'essay', 'Bold <b>text</b>', 400, 'answerMarkup'],
      [ada.token, 'essay', 'an entity &lt; here', 400, 'answerMarkup'],
      [ada.token, 'essay', 'a bell \u0007', 400, 'answerMarkup'],
      [ada.token, 'essay', '   ', 400, 'answerEmpty'],
      [ada.token, 'essay', 42, 400, 'answerEmpty'],
      [ada.token, 'e-silk-road-belt', 'not chosen', 404, 'noQuestion'],
      [late.token, 'essay', 'I have no match', 409, 'noAnswerMatch'],
      ['not-a-token', 'essay', 'who am I', 403, 'notStudent'],
    ];
    for (const [token, question, text, status, code, params] of refusals) {
      const r = await answer(token, question, text);
      expect(r.status, code).toBe(status);
      expect(r.body.code, code).toBe(code);
      if (params !== undefined) expect(r.body.params, code).toEqual(params);
    }
    // Nothing refused was stored.
    expect((await teacher(t.url, c, 'reflections')).body).toEqual(before);
    // A student reads back only their own answers; the teacher reads everyone's, with nicknames.
    const back = await api(t.url, `/api/class/${c.code}/my-reflections`, undefined, {
      authorization: `Bearer ${bo.token}`,
    });
    expect(back.body).toMatchObject({
      questions: ['essay', 'e-invasion-of-ukraine'],
      answers: [{ question: 'e-invasion-of-ukraine' }],
    });
    const all = before.answers as { nickname: string; question: string; matchID: string }[];
    expect(all.map((a) => [a.nickname, a.question]).sort()).toEqual([
      ['Ada', 'essay'],
      ['Bo', 'e-invasion-of-ukraine'],
    ]);
    expect(new Set(all.map((a) => a.matchID)).size).toBe(1);
  });
});
