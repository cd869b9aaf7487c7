// A full game against the computer, played by clicking, with animations on.
import { expect, test } from './harness';
import { playByClicking, status, waitForBoard } from './play';

test('computer: Russia against a random computer China, clicking, to game over', async ({ page, baseURL, shot }) => {
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
