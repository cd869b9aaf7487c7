// Every screen in every language: the first screen with its rules, the hand-off, the
// table (with a refusal showing), the rules sheet, the table mid-game, the game-over
// sheet and the debrief; the teacher's guide and the class debrief; the online lobby,
// waiting room and table strip. On each, the test-only pseudo-locale proves every
// visible word came from a locale; then in English, Russian, Kazakh and Chinese no text
// is clipped or overflows, axe finds nothing serious or critical, and a screenshot is
// kept; then the same screen at phone size (390x844) is checked for overflow and kept,
// in all four languages. One page, one game: the language is switched with the
// screen's own picker (a sheet is reopened in each language, the way a player reaches it).
import type { Page } from '@playwright/test';
import { axeCheck, overflowing, pickLanguage, unmarked } from './audit';
import { playedMatch, writeDebriefFiles } from './debriefFiles';
import { expect, test } from './fixtures';
import { clickTile, playByClicking, waitForBoard } from './play';

// Animations off, as a person who asked the system for reduced motion would have them. (The font test opens its own contexts.)
test.use({ reducedMotion: 'reduce' });

const LANGS = ['en', 'ru', 'kk', 'zh'] as const;
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };
const clampedSeen: number[] = [];

/** The pseudo-locale check on what is on screen now. */
async function allMarked(page: Page, screen: string): Promise<void> {
  const loose = await unmarked(page);
  expect(
    loose.length === 0,
    `${screen}: every visible word comes from the locales; not these:\n  ${loose.join('\n  ')}`,
  ).toBeTruthy();
}

/** Overflow and axe at 1280x720, a screenshot; then overflow and a screenshot at phone size. */
async function fits(
  page: Page,
  screen: string,
  lang: string,
  shot: (n: string) => Promise<void>,
  settle: () => Promise<void> = async () => undefined,
): Promise<void> {
  const o = await overflowing(page);
  expect(o.bad.length === 0, `${screen} (${lang}): text fits its box:\n  ${o.bad.join('\n  ')}`).toBeTruthy();
  await axeCheck(page, `${screen} (${lang})`);
  await shot(`i18n-${screen}-${lang}`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(250);
  await settle();
  const p = await overflowing(page);
  expect(p.bad.length === 0, `${screen} (${lang}, 390x844): text fits its box:\n  ${p.bad.join('\n  ')}`).toBeTruthy();
  await shot(`i18n-${screen}-${lang}-390`);
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(150);
}

/**
 * A sheet opened over a screen (the debrief, the guide, the class debrief): the language
 * is picked on the screen beneath, then the sheet is opened, checked and closed again.
 */
async function everyLanguageSheet(
  page: Page,
  picker: string,
  screen: string,
  open: () => Promise<void>,
  close: () => Promise<void>,
  shot: (n: string) => Promise<void>,
): Promise<void> {
  for (const lang of ['pseudo', ...LANGS] as const) {
    await pickLanguage(page, picker, lang);
    await open();
    if (lang === 'pseudo') await allMarked(page, screen);
    else await fits(page, screen, lang, shot);
    await close();
  }
}

/** The debrief's three charts are drawn (their legends are words too). */
async function chartsDrawn(page: Page, ids: readonly string[]): Promise<void> {
  for (const id of ids) await page.waitForSelector(`[data-testid="${id}"] canvas`, { timeout: 10_000 });
}

async function everyLanguage(
  page: Page,
  picker: string,
  screen: string,
  shot: (n: string) => Promise<void>,
): Promise<void> {
  await pickLanguage(page, picker, 'pseudo');
  const loose = await unmarked(page);
  expect(
    loose.length === 0,
    `${screen}: every visible word comes from the locales; not these:\n  ${loose.join('\n  ')}`,
  ).toBeTruthy();
  for (const lang of LANGS) {
    await pickLanguage(page, picker, lang);
    const o = await overflowing(page);
    clampedSeen.push(o.clamped);
    expect(o.bad.length === 0, `${screen} (${lang}): text fits its box:\n  ${o.bad.join('\n  ')}`).toBeTruthy();
    await axeCheck(page, `${screen} (${lang})`);
    await shot(`i18n-${screen}-${lang}`);
    // The same screen on a phone, in the same language.
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(400);
    const p = await overflowing(page);
    expect(
      p.bad.length === 0,
      `${screen} (${lang}, 390x844): text fits its box:\n  ${p.bad.join('\n  ')}`,
    ).toBeTruthy();
    await shot(`i18n-${screen}-${lang}-390`);
    await page.setViewportSize(DESKTOP);
    await page.waitForTimeout(400);
  }
}

test('i18n: every screen in the pseudo-locale and in four languages, 1280x720 and 390x844', async ({ page, shot }) => {
  test.setTimeout(300_000);
  await page.goto('/?lang=pseudo&seed=i18n-1');
  await page.waitForFunction(() => document.documentElement.dataset.lang === 'pseudo');
  await page.locator('#btn-rules').click();
  await everyLanguage(page, '#opt-lang', 'first', shot);

  await page.locator('#btn-hotseat').click();
  await page.getByTestId('handoff').waitFor();
  await everyLanguage(page, '#table-lang', 'handoff', shot);

  await page.getByTestId('handoff-ready').click();
  await waitForBoard(page);
  await clickTile(page, 'astana');
  await page.getByTestId('reason').waitFor();
  await everyLanguage(page, '#table-lang', 'table', shot);

  await page.getByTestId('rules-open').click();
  await page.getByTestId('rules-sheet').waitFor();
  await everyLanguage(page, '#table-lang', 'rules', shot);
  await page.getByTestId('rules-close').click();

  let mid = false;
  await playByClicking(page, {
    eventEvery: 4,
    midGame: async () => {
      mid = true;
      await everyLanguage(page, '#table-lang', 'midgame', shot);
    },
  });
  expect(mid, 'the table was checked mid-game').toBeTruthy();
  await page.getByTestId('gameover').waitFor();
  await everyLanguage(page, '#table-lang', 'gameover', shot);
  await everyLanguageSheet(
    page,
    '#table-lang',
    'debrief',
    async () => {
      await page.getByTestId('open-debrief').click();
      await page.getByTestId('debrief').waitFor();
      await chartsDrawn(page, ['chart-rope', 'chart-values', 'chart-lens']);
      // The table of what moved the rope is folded; open it so its words are checked too.
      await page.locator('.db-bycause summary').click();
    },
    async () => {
      await page.getByTestId('debrief-back').click();
      await page.getByTestId('debrief').waitFor({ state: 'detached' });
    },
    shot,
  );
  // The language chosen at the table is remembered for the next visit.
  expect(
    (await page.evaluate(() => localStorage.getItem('ngg.lang'))) === 'zh',
    'the last choice is stored',
  ).toBeTruthy();
  await page.goto('/');
  await page.waitForFunction(() => document.documentElement.dataset.lang === 'zh');
  expect(
    (await page.locator('#menu-title').textContent()) === '新大博弈',
    'the first screen opens in the remembered language',
  ).toBeTruthy();
  console.log(`  card lines shortened on purpose (data-clamp), per screen and language: ${clampedSeen.join(' ')}`);
});

test('i18n: the browser language is detected, and only the chosen language’s font is fetched', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 720 }, baseURL });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForFunction(() => document.documentElement.dataset.lang === 'ru');
  expect(
    (await page.locator('#btn-hotseat').textContent()) === 'Игра за одним экраном',
    'a Russian browser gets Russian',
  ).toBeTruthy();
  await page.waitForTimeout(300);
  expect(
    fetched.some((p) => /noto-sans-cyrillic-400/.test(p)),
    'the Cyrillic face is fetched for Russian',
  ).toBeTruthy();
  expect(!fetched.some((p) => /noto-sans-sc/.test(p)), 'no Chinese font for Russian').toBeTruthy();
  await pickLanguage(page, '#opt-lang', 'zh');
  await page.waitForTimeout(300);
  expect(
    fetched.some((p) => /noto-sans-sc-.*\.woff2$/.test(p)),
    'Chinese slices are fetched once Chinese is chosen',
  ).toBeTruthy();
  await context.close();

  // English: no i18next chunk, no locale chunk, no font beyond the Latin subset.
  const en = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 720 }, baseURL });
  const p2 = await en.newPage();
  const got: string[] = [];
  p2.on('request', (r) => got.push(new URL(r.url()).pathname));
  await p2.goto('/');
  await p2.waitForLoadState('networkidle');
  const extra = got.filter((p) => /\/(i18n|ru|kk|zh)-[^/]*\.js$|cyrillic|latin-ext|noto-sans-sc/.test(p));
  expect(extra.length === 0, `English loads no other language's words or fonts (got ${extra.join(', ')})`).toBeTruthy();
  await en.close();
});

test('i18n: the teacher’s guide and the class debrief in the pseudo-locale and four languages, 1280x720 and 390x844', async ({
  page,
  shot,
}) => {
  // Labels are the teacher's own words, not the interface's: numbers keep the sweep honest.
  const a = playedMatch('pair-a', '#1', 'i18n-a', { inject: 'e-invasion-of-ukraine', injectAt: 2 });
  const b = playedMatch('pair-b', '#2', 'i18n-b', { players: 3 });
  const files = await writeDebriefFiles('ngg-i18n-class-', [
    ['1.json', [a, b]],
    ['2.json', 'not a debrief'],
  ]);

  await page.goto('/?lang=pseudo');
  await page.waitForFunction(() => document.documentElement.dataset.lang === 'pseudo');
  const guide = page.getByTestId('guide');
  await everyLanguageSheet(
    page,
    '#opt-lang',
    'guide',
    async () => {
      await page.locator('#btn-guide').click();
      await guide.waitFor();
    },
    async () => {
      await page.getByTestId('guide-close').click();
      await guide.waitFor({ state: 'detached' });
    },
    shot,
  );
  await everyLanguageSheet(
    page,
    '#opt-lang',
    'class-debrief',
    async () => {
      await page.locator('#btn-guide').click();
      await guide.waitFor();
      await page.getByTestId('class-files').setInputFiles(files);
      await page.getByTestId('class-debrief').waitFor();
      await chartsDrawn(page, ['class-chart-values', 'class-chart-rope', 'class-chart-lens']);
    },
    async () => {
      // The refused file's reason shows in the guide under the class debrief: checked too.
      await page.getByTestId('class-back').click();
      await page.getByTestId('class-debrief').waitFor({ state: 'detached' });
      const problems = (await page.getByTestId('class-files-problems').textContent()) ?? '';
      expect(problems.includes('2.json'), `the refused file is named: ${problems}`).toBeTruthy();
      if ((await page.evaluate(() => document.documentElement.dataset.lang)) === 'pseudo')
        await allMarked(page, 'guide with a refused file');
      await page.getByTestId('guide-close').click();
      await guide.waitFor({ state: 'detached' });
    },
    shot,
  );
});

test('i18n: the online lobby, waiting room and table strip in the pseudo-locale and four languages, 1280x720 and 390x844', async ({
  page,
  gameServer: url,
  shot,
}) => {
  test.setTimeout(240_000);
  const visit = async (query: string, lang: string, ready: () => Promise<void>): Promise<void> => {
    await page.goto(`${url}?${query}&lang=${lang}`);
    if (lang !== 'en') await page.waitForFunction((l) => document.documentElement.dataset.lang === l, lang);
    await ready();
  };
  const sweep = async (
    screen: string,
    query: string,
    ready: () => Promise<void>,
    settle?: () => Promise<void>,
  ): Promise<void> => {
    for (const lang of ['pseudo', ...LANGS] as const) {
      await visit(query, lang, ready);
      if (lang === 'pseudo') await allMarked(page, screen);
      else await fits(page, screen, lang, shot, settle);
    }
  };

  // The lobby, with the open matches listed (one waiting for a second player).
  await page.goto(`${url}?online=1`);
  await page.getByTestId('lobby').waitFor();
  await page.fill('#online-name', 'Ana');
  await page.selectOption('#online-timer', '300');
  await page.getByTestId('create').click();
  await page.getByTestId('waiting-room').waitFor();
  const waiting = new URL(page.url()).searchParams.get('match') ?? '';
  expect(waiting !== '', `the waiting room has its match in the address (${page.url()})`).toBeTruthy();
  await sweep('online-lobby', 'online=1', async () => {
    await page.getByTestId('lobby').waitFor();
    await page.locator('.match-item').first().waitFor();
  });
  await sweep('online-waiting', `match=${waiting}`, () => page.getByTestId('waiting-room').waitFor());

  // A match against the computer: the table with the online strip over it.
  await page.goto(`${url}?online=1`);
  await page.getByTestId('lobby').waitFor();
  await page.selectOption('#online-timer', '300');
  await page.selectOption('#online-seat-1', 'standard');
  await page.getByTestId('create').click();
  await page.getByTestId('online-strip').waitFor();
  const playing = new URL(page.url()).searchParams.get('match') ?? '';
  await sweep(
    'online-table',
    `match=${playing}`,
    async () => {
      await waitForBoard(page);
      await page.getByTestId('online-strip').waitFor();
    },
    () => waitForBoard(page),
  );
});
