// A whole game with the keyboard alone, on a phone-sized screen: Tab and Enter from the
// first screen to the game-over sheet. Also the phone screenshots.
import type { Page } from '@playwright/test';
import { axeCheck } from './audit';
import { expect, test } from './fixtures';
import { status } from './play';

// A phone's screen, animations off.
test.use({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });

/** Presses Tab until the focused element matches, or fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('keyboard: a full game against the computer with Tab and Enter only, phone size', async ({ page, shot }) => {
  await page.goto('/?seed=keys-1&botDelay=10&bot=random');
  await shot('menu-390');
  await tabTo(page, '#btn-computer');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.hand .card');
  await page.waitForFunction(() => window.__ngg?.tilePoint('astana') != null);
  await page.waitForTimeout(300);
  await shot('table-390');
  await axeCheck(page, 'table, phone');
  await page.screenshot({ path: 'tests/e2e/screenshots/table-390-full.png', fullPage: true });
  let presses = 0;
  let shotMid = false;
  for (;;) {
    if ((await page.getByTestId('gameover').count()) > 0) break;
    const st = await status(page);
    const mine = st.currentPlayer === st.viewSeat && st.phase === 'actions';
    if (!mine) {
      await page.waitForFunction(
        (id) =>
          (window.__ngg?.status().stateID ?? id) !== id || document.querySelector('[data-testid="gameover"]') !== null,
        st.stateID,
        { polling: 20 },
      );
      continue;
    }
    if (!shotMid && st.round >= 3) {
      shotMid = true;
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot('midgame-390');
    }
    // Focus returns to the panel's first action after each move; Tab finds it otherwise.
    await tabTo(page, '#actions-panel button[data-move]');
    await page.keyboard.press('Enter');
    presses++;
    await page.waitForFunction((id) => (window.__ngg?.status().stateID ?? id) !== id, st.stateID, { polling: 20 });
    if (presses > 500) throw new Error('game did not end');
  }
  const live = (await page.getByTestId('live').textContent()) ?? '';
  expect(live.length > 0, 'the live region announced the end').toBeTruthy();
  await page.waitForTimeout(200);
  await shot('gameover-390');
  await axeCheck(page, 'game over, phone');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  expect(focused === 'menu', 'focus lands on the game-over sheet button').toBeTruthy();
});
