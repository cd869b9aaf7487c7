// A new player finishes the tutorial by doing what it says: each step's callout is read,
// and the player either presses Next or clicks the very thing the tutorial rings (a
// card's Ops button, a tile on the board, End card). Run in the pseudo-locale, so the
// tutorial's words are checked to come from the locales too; the last step is shown
// in all four languages.
import { axeCheck, overflowing, pickLanguage, unmarked } from './audit';
import { expect, test } from './fixtures';
import { status } from './play';

// Animations off, as a person who asked the system for reduced motion would have them.
test.use({ reducedMotion: 'reduce' });

test('tutorial: a new player finishes it by following the prompts', async ({ page, shot }) => {
  await page.goto('/?lang=pseudo&botDelay=40');
  await page.waitForFunction(() => document.documentElement.dataset.lang === 'pseudo');
  await page.locator('#btn-tutorial').click();
  await page.getByTestId('tutorial').waitFor();
  await page.waitForFunction(() => window.__ngg?.tilePoint('astana') != null);
  // Reduced motion is honoured: the ring that points at things does not pulse.
  expect(
    (await page.getByTestId('tutorial-ring').evaluate((el) => getComputedStyle(el).animationName)) === 'none',
    'no pulse under reduced motion',
  ).toBeTruthy();
  const seen: string[] = [];
  for (let i = 0; i < 300; i++) {
    const step = (await page.getByTestId('tutorial').getAttribute('data-step')) ?? '';
    if (seen[seen.length - 1] !== step) {
      seen.push(step);
      await page.waitForTimeout(150);
      const loose = await unmarked(page);
      expect(
        loose.length === 0,
        `tutorial step ${step}: words from the locales only:\n  ${loose.join('\n  ')}`,
      ).toBeTruthy();
      if (step === 'welcome' || step === 'tile' || step === 'done') await axeCheck(page, `tutorial ${step}`);
      if (step === 'hand' || step === 'tile') await shot(`tutorial-${step}`);
    }
    if (step === 'done') break;
    const next = page.getByTestId('tutorial-next');
    if ((await next.count()) > 0) {
      await next.click();
      continue;
    }
    const ring = await page.getByTestId('tutorial-ring').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return (el as HTMLElement).hidden || r.width === 0 ? null : { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    const st = await status(page);
    if (ring === null) {
      // The computer is playing China: wait for the state to move, or the tutorial to point at something new.
      await page.waitForFunction(
        ([id, was]) => {
          const box = document.querySelector<HTMLElement>('[data-testid="tutorial"]');
          const ring = document.querySelector<HTMLElement>('[data-testid="tutorial-ring"]');
          return (
            (window.__ngg?.status().stateID ?? id) !== id ||
            box?.dataset.step !== was ||
            (ring !== null && !ring.hidden)
          );
        },
        [st.stateID, step] as const,
        { timeout: 15_000, polling: 50 },
      );
      continue;
    }
    await page.mouse.click(ring.x, ring.y);
    await page
      .waitForFunction((id) => (window.__ngg?.status().stateID ?? id) !== id, st.stateID, {
        timeout: 3000,
        polling: 20,
      })
      .catch(() => undefined);
  }
  expect(
    seen.join(' ') === 'welcome hand tile spend log control values rules play done',
    `every step in order (saw: ${seen.join(' ')})`,
  ).toBeTruthy();
  expect((await status(page)).round >= 2, 'the first round was played to its end').toBeTruthy();
  for (const lang of ['en', 'ru', 'kk', 'zh']) {
    await pickLanguage(page, '#table-lang', lang);
    const o = await overflowing(page);
    expect(o.bad.length === 0, `tutorial (${lang}): text fits:\n  ${o.bad.join('\n  ')}`).toBeTruthy();
    await shot(`tutorial-done-${lang}`);
  }
  await page.getByTestId('tutorial-finish').click();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="tutorial-host"]')?.getAttribute('data-tutorial') === 'done',
  );
});
