// A full game against the computer, played by clicking, with animations on.
import { expect, test } from './harness';
import { playByClicking, status, waitForBoard } from './play';

test('computer: Russia against the standard computer China, clicking, to game over', async ({ page, baseURL, shot }) => {
  await page.goto(`${baseURL}?seed=computer-1&botDelay=20`);
  await page.selectOption('#opt-seat', '0');
  await page.getByRole('button', { name: 'Play the computer' }).click();
  await waitForBoard(page);
  expect((await page.getByTestId('handoff').count()) === 0, 'no hand-off sheet against the computer');
  const actions = await playByClicking(page, { midGame: () => shot('computer-midgame-1280') });
  await page.getByTestId('gameover').waitFor();
  expect((await status(page)).gameover, `game over after ${actions} clicks by the person`);
  const log = (await page.getByTestId('log').textContent()) ?? '';
  expect(log.includes('China plays'), 'the computer played cards');
  expect(log.includes('material') && log.includes('ideational'), 'the log tags changes with both lenses');
});

test('computer: a person plays Kazakhstan against two computer powers, nudging and choosing policies', async ({ page, baseURL, shot }) => {
  await page.goto(`${baseURL}?seed=kz-1&botDelay=5`);
  await page.selectOption('#opt-players', '3');
  await page.selectOption('#opt-seat', '2');
  await page.getByRole('button', { name: 'Play the computer' }).click();
  await waitForBoard(page);
  await page.waitForSelector('[data-play="policy"]', { timeout: 30_000 });
  await page.waitForTimeout(200);
  await shot('kazakhstan-1280');
  const nudges = await page.locator('[data-nudge]').count();
  expect(nudges === 4, 'Kazakhstan chooses a power and a direction for its nudge');
  await playByClicking(page);
  const log = (await page.getByTestId('log').textContent()) ?? '';
  expect(log.includes("player’s choice"), 'the log shows the policies the person chose');
  expect(log.includes("Kazakhstan's nudge"), 'the log shows the nudge');
  await shot('kazakhstan-gameover-1280');
}, { reducedMotion: true });
