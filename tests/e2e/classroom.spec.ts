// A class session in real browsers against the real server process (a temporary
// SQLite file): one teacher and six students. The teacher creates the session from the
// first screen; one student opens the join link, five type the code; Pair forms three
// matches; the teacher injects a news event into all of them, pauses (a student's move
// is refused with the paused message) and resumes (the same move goes through); one
// match is played to the end by clicking while the other two play until the injected
// news resolves in their logs; the student's debrief and the class debrief draw their
// charts, and the exported CSV parses with the documented columns.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { CSV_COLUMNS } from '../../src/debrief/export';
import { parseCsv } from '../debrief/csv';
import { axeCheck, overflowing, unmarked } from './audit';
import { expect, test } from './fixtures';
import { playByClicking, settle, status, waitForBoard } from './play';

// Animations off, as a person who asked the system for reduced motion would have them.
test.use({ reducedMotion: 'reduce' });

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 720 };
const INJECTED = 'News injected by the teacher';

interface Dash {
  status: string;
  students: { id: string; nickname: string; matchID: string | null; role: string | null }[];
  matches: {
    matchID: string;
    paused: boolean;
    round: number;
    seats: { playerID: string; name: string; kind: string }[];
    gameover: unknown;
  }[];
}

async function newPage(
  browser: Browser,
  viewport: { width: number; height: number },
  errors: string[],
  expected: RegExp[] = [],
): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('console', (m) => {
    // The browser reports a refused request (4xx) as a console error; the refusals this test provokes are expected.
    if (m.type() === 'error' && !expected.some((r) => r.test(m.text()))) errors.push(`console: ${m.text()}`);
  });
  return page;
}

const shoot = async (p: Page, name: string): Promise<void> =>
  void (await p.screenshot({ path: `tests/e2e/screenshots/${name}.png` }));

async function logText(p: Page): Promise<string> {
  return (await p.getByTestId('log').textContent()) ?? '';
}

test('classroom: a teacher and six students, join by code and link, Pair, inject, pause and resume, a match to the end, debriefs and the CSV export', async ({
  page: teacher,
  browser,
  gameServer: url,
  shot,
}) => {
  test.setTimeout(480_000);
  const errors: string[] = [];

  // The teacher opens the classroom form from the first screen and creates a session.
  await teacher.goto(url);
  await teacher.getByRole('button', { name: 'Classroom' }).click();
  await teacher.getByTestId('class-create-form').waitFor();
  expect(
    (await teacher.locator('#class-scenario').inputValue()) === 'classroom-quick',
    'the classroom quick game is the default scenario',
  ).toBeTruthy();
  await axeCheck(teacher, 'the classroom form');
  await teacher.selectOption('#class-players', '2');
  await teacher.selectOption('#class-fill', 'easy');
  await teacher.getByTestId('class-create').click();
  await teacher.getByTestId('dashboard').waitFor();
  const code = ((await teacher.getByTestId('join-code').textContent()) ?? '').trim();
  const key = new URLSearchParams(new URL(teacher.url()).hash.slice(1)).get('key') ?? '';
  expect(/^[A-HJKMNP-Z2-9]{6}$/.test(code), `a six-character join code is shown (${code})`).toBeTruthy();
  expect(key.length >= 32, 'the teacher link carries the key in its fragment').toBeTruthy();
  const joinLink = await teacher.getByTestId('join-link').inputValue();
  expect(joinLink.endsWith(`?class=${code}`), `the dashboard shows the join link (${joinLink})`).toBeTruthy();
  await teacher.locator('[data-testid="qr"][data-ready="true"] svg').waitFor();
  const dash = async (): Promise<Dash> =>
    (await (await fetch(`${url}api/class/${code}/dashboard`, { headers: { 'x-teacher-key': key } })).json()) as Dash;

  // The projector: the code large, with the QR code and the link.
  const projector = await newPage(browser, DESK, errors);
  await projector.goto(`${url}?projector=${code}#key=${key}`);
  await projector.locator('[data-testid="qr"][data-ready="true"] svg').waitFor();
  expect(
    ((await projector.getByTestId('join-code').textContent()) ?? '').trim() === code,
    'the projector shows the code',
  ).toBeTruthy();

  // Every word on the form, the join page and the dashboard comes from the locales (the test-only pseudo-locale marks them).
  const pseudo = await newPage(browser, DESK, errors);
  for (const [where, address, ready] of [
    ['the classroom form', '?classroom=1&lang=pseudo', 'class-create-form'],
    ['the join page', `?class=${code}&lang=pseudo`, 'class-join-page'],
    ['the dashboard', `?teach=${code}&lang=pseudo#key=${key}`, 'dashboard'],
  ] as const) {
    await pseudo.goto(`${url}${address}`);
    await pseudo.getByTestId(ready).waitFor();
    await pseudo.waitForTimeout(300);
    const bare = (await unmarked(pseudo)).filter((w) => !w.includes(code));
    expect(bare.length === 0, `every word on ${where} is translated:\n  ${bare.join('\n  ')}`).toBeTruthy();
  }
  await pseudo.context().close();

  // Six students: the first (a laptop) by the join link, five (phones) typing the code on the first screen.
  const refusals = [/status of 400/];
  const students: Page[] = [await newPage(browser, DESK, errors, refusals)];
  for (let i = 1; i < 6; i++) students.push(await newPage(browser, PHONE, errors, refusals));
  const [first] = students;
  if (first === undefined) throw new Error('no student');
  await first.goto(joinLink);
  await first.getByTestId('class-join-page').waitFor();
  await first.waitForFunction(
    () => (document.querySelector<HTMLInputElement>('[data-testid="class-nickname"]')?.value ?? '') !== '',
  );
  await shoot(first, 'classroom-join-1280');
  await axeCheck(first, 'the join page');
  // Markup in a nickname is refused with the server's reason, and nothing is joined.
  await first.fill('[data-testid="class-nickname"]', '<b>Boss</b>');
  await first.getByTestId('class-join').click();
  await first
    .getByTestId('class-join-status')
    .filter({ hasText: 'That did not work: the nickname may not contain markup' })
    .waitFor();
  expect(
    (await first.getByTestId('class-join-page').count()) === 1,
    'a refused nickname leaves the student on the join page',
  ).toBeTruthy();
  const refusedText = (await first.getByTestId('class-join-status').textContent()) ?? '';
  expect(
    /^That did not work: .+/.test(refusedText),
    `the refusal gives the server's reason (${refusedText})`,
  ).toBeTruthy();
  await first.fill('[data-testid="class-nickname"]', 'Aigerim');
  await first.getByTestId('class-join').click();
  await first.getByTestId('class-waiting').waitFor();
  expect(
    ((await first.locator('h1').textContent()) ?? '').includes('Aigerim'),
    'the waiting room greets the student by nickname',
  ).toBeTruthy();
  await first.locator('.menu-kicker').filter({ hasText: '1 joined' }).waitFor();
  await shoot(first, 'classroom-waiting-1280');
  await axeCheck(first, 'the waiting room');

  const names = ['Aigerim'];
  for (let i = 1; i < 6; i++) {
    const s = students[i];
    if (s === undefined) continue;
    await s.goto(url);
    // Codes are case-insensitive: one student types it in lower case.
    await s.fill('#opt-class-code', i === 2 ? code.toLowerCase() : code);
    await s.locator('#btn-join-class').click();
    await s.getByTestId('class-join-page').waitFor();
    await s.waitForFunction(
      () => (document.querySelector<HTMLInputElement>('[data-testid="class-nickname"]')?.value ?? '') !== '',
    );
    const offered = await s.locator('[data-testid="class-nickname"]').inputValue();
    if (i === 1) {
      // A nickname already taken is refused; the one offered is free.
      await s.fill('[data-testid="class-nickname"]', 'Aigerim');
      await s.getByTestId('class-join').click();
      await s
        .getByTestId('class-join-status')
        .filter({ hasText: 'That did not work: that nickname is taken in this class; choose another' })
        .waitFor();
      await shoot(s, 'classroom-join-390');
      const o = await overflowing(s);
      expect(o.bad.length === 0, `the join page fits a phone:\n  ${o.bad.join('\n  ')}`).toBeTruthy();
      await axeCheck(s, 'the join page on a phone, with a refusal');
      await s.fill('[data-testid="class-nickname"]', offered);
    }
    names.push(offered);
    await s.getByTestId('class-join').click();
    await s.getByTestId('class-waiting').waitFor();
    if (i === 1) {
      await shoot(s, 'classroom-waiting-390');
      const o = await overflowing(s);
      expect(o.bad.length === 0, `the waiting room fits a phone:\n  ${o.bad.join('\n  ')}`).toBeTruthy();
    }
  }
  expect(new Set(names).size === 6, `six different nicknames (${names.join(', ')})`).toBeTruthy();

  // The dashboard lists the six waiting; the projector counts them.
  await teacher.locator('[data-testid="waiting-list"] li').nth(5).waitFor();
  await projector.getByTestId('proj-joined').filter({ hasText: '6 joined' }).waitFor();
  await shoot(projector, 'classroom-projector-join-1280');
  await shot('classroom-dashboard-joining-1280');
  await axeCheck(teacher, 'the dashboard while students join');

  // Pair: three matches of two start together, and each student's page opens its match.
  await teacher.getByTestId('pair').click();
  await teacher.locator('[data-testid="match-grid"] .match-card').nth(2).waitFor();
  expect(
    (await teacher.locator('[data-testid="match-grid"] .match-card').count()) === 3,
    'three matches formed',
  ).toBeTruthy();
  await Promise.all(students.map((s) => waitForBoard(s)));
  // Before the first move each student sees their side's briefing over the table, reads it and goes to the table.
  for (const [i, s] of students.entries()) {
    const brief = s.getByTestId('briefing');
    await brief.waitFor();
    const role = await brief.getAttribute('data-role');
    const seat = (await status(s)).viewSeat;
    expect(
      (role === 'russia' && seat === '0') || (role === 'china' && seat === '1'),
      `student ${i + 1} is briefed for their own side (${role}, seat ${seat})`,
    ).toBeTruthy();
    const text = (await brief.textContent()) ?? '';
    expect(
      /Who you are.+What you want.+What you fear.+What Kazakhstan’s values mean for you.+From history/s.test(text),
      `the briefing has its five parts (${text.slice(0, 80)}…)`,
    ).toBeTruthy();
    expect((await brief.locator('[data-fact]').count()) === 3, 'the briefing cites three facts').toBeTruthy();
    const sources = await brief.locator('.brief-source a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(
      sources.length >= 3 && sources.every((u) => /^https?:\/\/[^/]+\/\S+/.test(u ?? '')),
      `every fact has an article as its source (${sources.join(' ')})`,
    ).toBeTruthy();
    expect(/\b20(1[3-9]|2[0-6])\b/.test(text), 'the facts carry their years').toBeTruthy();
    if (i < 2) {
      await shoot(s, `classroom-briefing-${i === 0 ? 1280 : 390}`);
      const o = await overflowing(s);
      expect(o.bad.length === 0, `the briefing fits:\n  ${o.bad.join('\n  ')}`).toBeTruthy();
      await axeCheck(s, `the briefing at ${i === 0 ? 'desk' : 'phone'} size`);
    }
    await s.getByTestId('briefing-start').click();
    await brief.waitFor({ state: 'detached' });
  }
  const d = await dash();
  expect(
    d.matches.length === 3 && d.students.every((s) => s.matchID !== null),
    'every student has a match',
  ).toBeTruthy();
  const pageOf = (name: string): Page => {
    const p = students[names.indexOf(name)];
    if (p === undefined) throw new Error(`no page for ${name}`);
    return p;
  };
  const matches = d.matches.map((m) => ({
    id: m.matchID,
    pages: m.seats.filter((s) => s.kind === 'person').map((s) => pageOf(s.name)),
  }));
  expect(
    matches.every((m) => m.pages.length === 2),
    'two students in each match',
  ).toBeTruthy();
  for (const s of students) await s.getByTestId('online-strip').filter({ hasText: 'You play' }).waitFor();

  // Once every match is in its first actions phase (its first news has resolved), inject one
  // news event into all of them (one far in the timeline, so none has fired it yet): it
  // waits for each match's next news phase, after a full round.
  for (const s of students)
    await s.waitForFunction(() => window.__ngg?.status().phase === 'actions', undefined, { timeout: 20_000 });
  const eventId = await teacher.locator('[data-testid="inject-event"] option').last().getAttribute('value');
  await teacher.selectOption('[data-testid="inject-event"]', eventId ?? '');
  await teacher.getByTestId('inject').click();
  await teacher.getByTestId('dash-status').filter({ hasText: 'Injected into 3 of 3 matches' }).waitFor();

  // Once match 1 waits for a card (Russia's first turn), pause all: the banner shows, and a move by the student to play is refused with the paused message.
  await teacher.getByTestId('pause-all').click();
  await teacher.getByTestId('paused-tag').nth(2).waitFor();
  const [matchA, matchB, matchC] = matches;
  if (matchA === undefined || matchB === undefined || matchC === undefined) throw new Error('three matches');
  let mover: Page | null = null;
  for (const p of matchA.pages) {
    await p.getByTestId('class-banner').filter({ hasText: 'Paused by the teacher' }).waitFor();
    const st = await status(p);
    if (st.currentPlayer === st.viewSeat && st.phase === 'actions') mover = p;
  }
  if (mover === null) throw new Error('no one is to play in match 1');
  const moverPage: Page = mover;
  await shoot(moverPage, students.indexOf(moverPage) === 0 ? 'classroom-paused-1280' : 'classroom-paused-390');
  const before = await status(moverPage);
  await moverPage.locator('.hand [data-play="ops"]').first().click();
  await moverPage.locator('.bar').filter({ hasText: 'the teacher has paused the match' }).waitFor({ timeout: 10_000 });
  expect((await status(moverPage)).stateID === before.stateID, 'the paused match did not move').toBeTruthy();

  // Resume all: the banner goes, and the same move goes through.
  await teacher.getByTestId('resume-all').click();
  await moverPage.getByTestId('class-banner').waitFor({ state: 'hidden' });
  await moverPage.locator('.hand [data-play="ops"]').first().click();
  await settle(moverPage, before.stateID);
  expect((await status(moverPage)).stateID > before.stateID, 'after resume the move is taken').toBeTruthy();

  // Match 1 is played to the end by clicking; matches 2 and 3 play until the injected news resolves.
  const injectedShows = (p: Page) => async (): Promise<boolean> => (await logText(p)).includes(INJECTED);
  let dashShot = false;
  const midGame = async (): Promise<void> => {
    if (dashShot) return;
    dashShot = true;
    await shot('classroom-dashboard-1280');
    await shoot(projector, 'classroom-projector-1280');
  };
  const [clicksA] = await Promise.all([
    Promise.all(matchA.pages.map((p) => playByClicking(p, { midGame }))),
    ...[...matchB.pages, ...matchC.pages].map((p) => playByClicking(p, { until: injectedShows(p) })),
  ]);
  expect(
    clicksA.every((n) => n > 20),
    `both players of match 1 played it by clicking (${clicksA.join(' and ')} clicks)`,
  ).toBeTruthy();
  for (const m of matches)
    for (const p of m.pages) {
      await p.getByTestId('log').filter({ hasText: INJECTED }).waitFor({ timeout: 30_000 });
    }
  await axeCheck(teacher, 'the dashboard with matches running');
  const fits = await overflowing(teacher);
  expect(fits.bad.length === 0, `the dashboard's words fit their boxes:\n  ${fits.bad.join('\n  ')}`).toBeTruthy();

  // Every classroom screen in every language, matches running: nothing clipped or
  // overflowing, no serious axe violation, a screenshot each (the join page at phone size too).
  for (const lang of ['en', 'ru', 'kk', 'zh'] as const) {
    for (const [name, viewport, search, hash, ready] of [
      ['form', DESK, '?classroom=1', '', 'class-create-form'],
      ['join', DESK, `?class=${code}`, '', 'class-join-page'],
      ['join', PHONE, `?class=${code}`, '', 'class-join-page'],
      ['dashboard', DESK, `?teach=${code}`, `#key=${key}`, 'dashboard'],
      ['projector', DESK, `?projector=${code}`, `#key=${key}`, 'proj-grid'],
    ] as const) {
      const page = await newPage(browser, viewport, errors);
      await page.goto(`${url}${search}&lang=${lang}${hash}`);
      await page.getByTestId(ready).waitFor();
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const where = `the ${name} in ${lang} at ${viewport.width}x${viewport.height}`;
      expect(
        (await page.evaluate(() => document.documentElement.lang)).startsWith(lang),
        `${where} is in its language`,
      ).toBeTruthy();
      const o = await overflowing(page);
      expect(o.bad.length === 0, `${where}: words fit their boxes:\n  ${o.bad.join('\n  ')}`).toBeTruthy();
      await axeCheck(page, where);
      await shoot(page, `classroom-${name}-${lang}-${viewport.width}`);
      if (name === 'dashboard') {
        // The briefings print one A4 page per side, in the dashboard's language.
        await page.evaluate(() => {
          window.print = () => undefined;
        });
        await page.getByTestId('print-briefings').click();
        await page.emulateMedia({ media: 'print' });
        const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
        const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
        expect(pages === 2, `the briefings in ${lang} print on two A4 pages, one per side (${pages})`).toBeTruthy();
        const printed = await overflowing(page);
        expect(printed.bad.length === 0, `the printed briefings fit:\n  ${printed.bad.join('\n  ')}`).toBeTruthy();
        await shoot(page, `classroom-briefings-print-${lang}`);
        await page.emulateMedia({ media: 'screen' });
      }
      await page.context().close();
    }
  }

  // A reload lands a student back in their match and seat (the browser kept {code, token}).
  const reloader = matchB.pages[0];
  if (reloader !== undefined) {
    const seatBefore = (await status(reloader)).viewSeat;
    await reloader.reload();
    await waitForBoard(reloader);
    await reloader.waitForFunction(() => (window.__ngg?.status().stateID ?? -1) >= 0);
    expect(
      (await status(reloader)).viewSeat === seatBefore && (await reloader.getByTestId('class-join-page').count()) === 0,
      'after a reload the student is back in the same seat, not on the join page',
    ).toBeTruthy();
  }

  // Watch opens a match as a spectator, in a new tab.
  const [watcher] = await Promise.all([
    teacher.context().waitForEvent('page'),
    teacher.getByTestId('watch').nth(1).click(),
  ]);
  await waitForBoard(watcher);
  await watcher.getByTestId('online-strip').filter({ hasText: 'You are watching' }).waitFor();
  expect((await watcher.locator('.hand .card').count()) === 0, 'the spectator sees no hand').toBeTruthy();
  await watcher.close();

  // The end of match 1: its students see the game-over sheet and the debrief with its charts.
  const [winnerPage] = matchA.pages;
  if (winnerPage === undefined) throw new Error('match 1 has players');
  for (const p of matchA.pages) await p.getByTestId('gameover').waitFor();
  await winnerPage.getByTestId('open-debrief').click();
  await winnerPage.getByTestId('debrief').waitFor();
  for (const chart of ['chart-rope', 'chart-values', 'chart-lens'])
    await winnerPage.locator(`[data-testid="${chart}"] canvas`).first().waitFor();
  expect(
    ((await winnerPage.getByTestId('debrief-events').textContent()) ?? '').length > 0,
    'the debrief lists the events that fired',
  ).toBeTruthy();
  await teacher.locator('.match-card.over').first().waitFor();

  // The class debrief, from the server's export, draws its charts.
  await teacher.getByTestId('class-debrief-open').click();
  await teacher.getByTestId('class-debrief').waitFor();
  for (const chart of ['class-chart-values', 'class-chart-rope', 'class-chart-lens'])
    await teacher.locator(`[data-testid="${chart}"] canvas`).first().waitFor();
  expect(
    (await teacher.locator('[data-testid="class-matches"] tbody tr').count()) === 3,
    'the class debrief has the three matches',
  ).toBeTruthy();
  await shot('classroom-class-debrief-1280');
  await teacher.getByTestId('class-back').click();

  // The CSV export parses, with the documented columns, rows of every match, and the injected event.
  const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByTestId('export-csv').click()]);
  const path = await download.path();
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const [header, ...body] = rows;
  expect(
    header !== undefined && header.join(',') === CSV_COLUMNS.join(','),
    `the CSV has the documented columns (${header?.join(',')})`,
  ).toBeTruthy();
  const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name);
  // The export writes text a spreadsheet would run as a formula (a match id may begin with "-") after an apostrophe.
  const asWritten = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
  for (const m of matches) {
    const mine = body.filter((r) => r[col('match_id')] === asWritten(m.id));
    expect(mine.length > 0, `the CSV has rows for match ${m.id}`).toBeTruthy();
    expect(
      mine.some((r) => (r[col('injected_events')] ?? '').split(' ').includes(eventId ?? '')),
      `match ${m.id}'s rows carry the injected event`,
    ).toBeTruthy();
  }
  expect(
    body.filter((r) => r[col('match_id')] === asWritten(matchA.id)).every((r) => r[col('finished')] === 'true'),
    'the finished match is marked finished',
  ).toBeTruthy();

  // End the session: the students still playing are told.
  await teacher.getByTestId('end').click();
  await teacher.getByTestId('end-yes').click();
  await teacher.getByTestId('dash-summary').filter({ hasText: 'Ended' }).waitFor();
  const still = matchB.pages[0];
  if (still !== undefined)
    await still.getByTestId('class-banner').filter({ hasText: 'ended the class session' }).waitFor();
  // An unfinished match stops with a result by the rope, over a table that no longer looks live.
  if (still !== undefined) {
    const ended = (await still.getByTestId('class-banner').textContent()) ?? '';
    expect(
      /your match stops here/.test(ended) && /(By the rope, (Russia|China) was ahead)|(the rope was even)/.test(ended),
      `the student of an unfinished match sees the result by the rope (${ended})`,
    ).toBeTruthy();
    expect((await still.locator('.table.class-stopped').count()) === 1, 'the table is dimmed').toBeTruthy();
    await shoot(still, 'classroom-ended-390');
  }
  await teacher.getByTestId('mc-result').filter({ hasText: 'Ended by the teacher' }).nth(1).waitFor();
  await teacher.getByTestId('class-debrief-open').click();
  await teacher.getByTestId('class-unfinished').filter({ hasText: 'ended by the teacher before the end: 2' }).waitFor();
  expect(
    (await teacher.getByTestId('class-debrief').textContent())?.includes('still being played') === false,
    'the class debrief no longer calls the stopped matches still being played',
  ).toBeTruthy();
  await teacher.getByTestId('class-back').click();

  // The teacher deletes the session: the exports are offered first; then nothing of it is left, and every link says so.
  refusals.push(/status of 404/);
  await teacher.getByTestId('delete').click();
  await teacher.getByTestId('delete-confirm').waitFor();
  await axeCheck(teacher, 'the delete confirmation');
  const [saved] = await Promise.all([
    teacher.waitForEvent('download'),
    teacher.getByTestId('delete-export-json').click(),
  ]);
  const exported = JSON.parse(readFileSync(await saved.path(), 'utf8')) as { matches?: unknown[] };
  expect(exported.matches?.length === 3, 'the export offered before deleting holds the three matches').toBeTruthy();
  await teacher.getByTestId('delete-yes').click();
  await teacher.getByTestId('class-deleted').waitFor();
  for (const p of students)
    await p.getByTestId('class-refusal').filter({ hasText: 'deleted this class session' }).waitFor();
  const fresh = await newPage(browser, PHONE, errors, [/status of 404/]);
  for (const [link, ready, words] of [
    [joinLink, 'class-refusal', 'no longer exists'],
    [`${url}?teach=${code}#key=${key}`, 'class-deleted-text', 'no longer exists'],
    [`${url}?projector=${code}#key=${key}`, 'proj-gone', 'no longer exists'],
  ] as const) {
    await fresh.goto(link);
    await fresh.getByTestId(ready).filter({ hasText: words }).waitFor();
  }
  await shoot(fresh, 'classroom-deleted-390');
  const gone = await fetch(`${url}api/class/${code}/dashboard`, { headers: { 'x-teacher-key': key } });
  expect(gone.status === 404, `the teacher key is refused once the session is deleted (${gone.status})`).toBeTruthy();
  await fresh.context().close();

  expect(errors.length === 0, `no errors in the other browsers:\n${errors.join('\n')}`).toBeTruthy();
  for (const p of [projector, ...students]) await p.context().close();
});

test('classroom: reflections, written by each student after the session ends and read by the teacher', async ({
  page: teacher,
  browser,
  gameServer: url,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  const made = (await (
    await fetch(`${url}api/class`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ players: 2 }),
    })
  ).json()) as { code: string; teacherKey: string };
  const { code, teacherKey: key } = made;
  const chose = await fetch(`${url}api/class/${code}/questions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-teacher-key': key },
    body: JSON.stringify({ questions: ['essay', 'e-invasion-of-ukraine'] }),
  });
  expect(chose.status === 200, `the teacher chooses two questions (${chose.status})`).toBeTruthy();
  await teacher.goto(`${url}?teach=${code}#key=${key}`);
  await teacher.getByTestId('dashboard').waitFor();
  const students = [
    await newPage(browser, DESK, errors, [/status of 400/]),
    await newPage(browser, PHONE, errors, [/status of 400/]),
  ];
  for (const s of students) {
    await s.goto(`${url}?class=${code}`);
    await s.waitForFunction(
      () => (document.querySelector<HTMLInputElement>('[data-testid="class-nickname"]')?.value ?? '') !== '',
    );
    await s.getByTestId('class-join').click();
    await s.getByTestId('class-waiting').waitFor();
  }
  await teacher.locator('[data-testid="waiting-list"] li').nth(1).waitFor();
  await teacher.getByTestId('pair').click();
  for (const s of students) {
    await waitForBoard(s);
    await s.getByTestId('briefing-start').click();
  }
  await teacher.getByTestId('end').click();
  await teacher.getByTestId('end-yes').click();
  const texts = [
    [
      'The rope moved toward Beijing when Wariness of Russia rose: trust mattered more than money.',
      'Russia lost trust after the invasion, so its projects stopped paying.',
    ],
    [
      'Russia pressured Kazakhstan and the rope still moved to China: a constructivist reading fits.',
      'The war raised Wariness of Russia; China gained without a move.',
    ],
  ];
  for (const [i, s] of students.entries()) {
    await s.getByTestId('class-banner').filter({ hasText: 'your match stops here' }).waitFor();
    await s.getByTestId('reflect-open').click();
    const form = s.getByTestId('reflection');
    await form.waitFor();
    expect(
      (await form.getByTestId('reflect-question').count()) === 2,
      'the two chosen questions are asked',
    ).toBeTruthy();
    expect(
      ((await form.textContent()) ?? '').includes('What are the geopolitical implications'),
      'the essay question is asked in words',
    ).toBeTruthy();
    const areas = form.locator('textarea');
    // Markup is refused with the server's coded reason, in the student's words.
    await areas.nth(0).fill('An answer with <b>markup</b>');
    await form.getByTestId('reflect-save').nth(0).click();
    await form.getByText('the answer may not contain markup').waitFor();
    for (const n of [0, 1]) {
      await areas.nth(n).fill(texts[i]?.[n] ?? '');
      await form.getByTestId('reflect-save').nth(n).click();
      await form.locator('.reflect-question').nth(n).getByText('Saved.').waitFor();
    }
    if (i === 1) {
      await s.screenshot({ path: 'tests/e2e/screenshots/classroom-reflection-390.png' });
      const o = await overflowing(s);
      expect(o.bad.length === 0, `the reflection form fits a phone:\n  ${o.bad.join('\n  ')}`).toBeTruthy();
    }
    await axeCheck(s, `the reflection form of student ${i + 1}`);
    await s.getByTestId('reflect-close').click();
  }
  // The teacher reads every answer, by match and student.
  await teacher.getByTestId('reflections-show').click();
  await teacher.getByTestId('reflect-answer').nth(3).waitFor();
  const shown = (await teacher.getByTestId('reflections').textContent()) ?? '';
  for (const t of texts.flat()) expect(shown.includes(t), `the teacher sees “${t}”`).toBeTruthy();
  expect(!shown.includes('<b>markup</b>'), 'the refused answer was not stored').toBeTruthy();
  await teacher.screenshot({ path: 'tests/e2e/screenshots/classroom-reflections-1280.png', fullPage: true });
  await axeCheck(teacher, 'the dashboard with the reflections');
  expect(errors.length === 0, `no errors in the students' browsers:\n${errors.join('\n')}`).toBeTruthy();
  for (const s of students) await s.context().close();
});
