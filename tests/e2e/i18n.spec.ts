// Every screen in every language: the first screen with its rules, the hand-off, the
// table (with a refusal showing), the rules sheet, the table mid-game and the game-over
// sheet. On each, the test-only pseudo-locale proves every visible word came from a
// locale; then in English, Russian, Kazakh and Chinese no text is clipped or overflows,
// axe finds nothing serious or critical, and a screenshot is kept. One page, one game:
// the language is switched with the screen's own picker.
import type { Page } from 'playwright-core';
import { axeCheck, overflowing, pickLanguage, unmarked } from './audit';
import { expect, test } from './harness';
import { clickTile, playByClicking, waitForBoard } from './play';

const LANGS = ['en', 'ru', 'kk', 'zh'] as const;
const clampedSeen: number[] = [];

async function everyLanguage(page: Page, picker: string, screen: string, shot: (n: string) => Promise<void>): Promise<void> {
  await pickLanguage(page, picker, 'pseudo');
  const loose = await unmarked(page);
  expect(loose.length === 0, `${screen}: every visible word comes from the locales; not these:\n  ${loose.join('\n  ')}`);
  for (const lang of LANGS) {
    await pickLanguage(page, picker, lang);
    const o = await overflowing(page);
    clampedSeen.push(o.clamped);
    expect(o.bad.length === 0, `${screen} (${lang}): text fits its box:\n  ${o.bad.join('\n  ')}`);
    await axeCheck(page, `${screen} (${lang})`);
    await shot(`i18n-${screen}-${lang}`);
  }
}

test('i18n: every screen in the pseudo-locale and in four languages, 1280x720', async ({ page, baseURL, shot }) => {
  await page.goto(`${baseURL}?lang=pseudo&seed=i18n-1`);
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
  expect(mid, 'the table was checked mid-game');
  await page.getByTestId('gameover').waitFor();
  await everyLanguage(page, '#table-lang', 'gameover', shot);
  // The language chosen at the table is remembered for the next visit.
  expect((await page.evaluate(() => localStorage.getItem('ngg.lang'))) === 'zh', 'the last choice is stored');
  await page.goto(baseURL);
  await page.waitForFunction(() => document.documentElement.dataset.lang === 'zh');
  expect((await page.locator('#menu-title').textContent()) === '新大博弈', 'the first screen opens in the remembered language');
  console.log(`  card lines shortened on purpose (data-clamp), per screen and language: ${clampedSeen.join(' ')}`);
}, { reducedMotion: true });

test('i18n: the browser language is detected, and only the chosen language’s font is fetched', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(baseURL);
  await page.waitForFunction(() => document.documentElement.dataset.lang === 'ru');
  expect((await page.locator('#btn-hotseat').textContent()) === 'Игра за одним экраном', 'a Russian browser gets Russian');
  await page.waitForTimeout(300);
  expect(fetched.some((p) => /noto-sans-cyrillic-400/.test(p)), 'the Cyrillic face is fetched for Russian');
  expect(!fetched.some((p) => /noto-sans-sc/.test(p)), 'no Chinese font for Russian');
  await pickLanguage(page, '#opt-lang', 'zh');
  await page.waitForTimeout(300);
  expect(fetched.some((p) => /noto-sans-sc-.*\.woff2$/.test(p)), 'Chinese slices are fetched once Chinese is chosen');
  await context.close();

  // English: no i18next chunk, no locale chunk, no font beyond the Latin subset.
  const en = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 720 } });
  const p2 = await en.newPage();
  const got: string[] = [];
  p2.on('request', (r) => got.push(new URL(r.url()).pathname));
  await p2.goto(baseURL);
  await p2.waitForLoadState('networkidle');
  const extra = got.filter((p) => /\/(i18n|ru|kk|zh)-[^/]*\.js$|cyrillic|latin-ext|noto-sans-sc/.test(p));
  expect(extra.length === 0, `English loads no other language's words or fonts (got ${extra.join(', ')})`);
  await en.close();
});
