// A full game against the computer, played by clicking, with animations on.
import { expect, test } from './fixtures';
import { playByClicking, status, waitForBoard } from './play';

test('computer: Russia against the standard computer China, clicking, to game over', async ({ page, shot }) => {
  await page.goto('/?seed=computer-1&botDelay=20');
  const levels = await page.locator('#opt-bot option').allTextContents();
  expect(
    levels.join(',') === 'Easy,Standard,Hard',
    `the first screen offers Easy, Standard and Hard (got ${levels.join(', ')})`,
  ).toBeTruthy();
  expect((await page.locator('#opt-bot').inputValue()) === 'standard', 'Standard is the default level').toBeTruthy();
  await page.selectOption('#opt-seat', '0');
  await page.getByRole('button', { name: 'Play the computer' }).click();
  await waitForBoard(page);
  expect((await page.getByTestId('handoff').count()) === 0, 'no hand-off sheet against the computer').toBeTruthy();
  let workerSeen = false;
  const actions = await playByClicking(page, {
    midGame: async () => {
      workerSeen = page.workers().some((w) => w.url().includes('botWorker'));
      await shot('computer-midgame-1280');
    },
  });
  await page.getByTestId('gameover').waitFor();
  expect((await status(page)).gameover, `game over after ${actions} clicks by the person`).toBeTruthy();
  expect(workerSeen, 'the computer thinks in a Web Worker, off the page thread').toBeTruthy();
  const log = (await page.getByTestId('log').textContent()) ?? '';
  expect(log.includes('China plays'), 'the computer played cards').toBeTruthy();
  expect(log.includes('material') && log.includes('ideational'), 'the log tags changes with both lenses').toBeTruthy();
});

test.describe(() => {
  test.use({ reducedMotion: 'reduce' });
  test('computer: a person plays Kazakhstan against two computer powers, nudging and choosing policies', async ({
    page,
    shot,
  }) => {
    await page.goto('/?seed=kz-1&botDelay=5');
    await page.selectOption('#opt-players', '3');
    await page.selectOption('#opt-seat', '2');
    await page.getByRole('button', { name: 'Play the computer' }).click();
    await waitForBoard(page);
    await page.waitForSelector('[data-play="policy"]', { timeout: 30_000 });
    await page.waitForTimeout(200);
    await shot('kazakhstan-1280');
    const nudges = await page.locator('[data-nudge]').count();
    expect(nudges === 4, 'Kazakhstan chooses a power and a direction for its nudge').toBeTruthy();
    await playByClicking(page);
    const log = (await page.getByTestId('log').textContent()) ?? '';
    expect(log.includes('player’s choice'), 'the log shows the policies the person chose').toBeTruthy();
    expect(log.includes("Kazakhstan's nudge"), 'the log shows the nudge').toBeTruthy();
    await shot('kazakhstan-gameover-1280');
  });
});

test('computer: the Hard computer plays China in its Web Worker while the page keeps painting', async ({ page }) => {
  await page.goto('/?seed=hard-1&botDelay=0');
  await page.selectOption('#opt-bot', 'hard');
  await page.selectOption('#opt-seat', '0');
  await page.getByRole('button', { name: 'Play the computer' }).click();
  await waitForBoard(page);
  // Watch the frames from now on: the longest gap between two painted frames.
  // (A script string, so the test runner's transform leaves it as written.)
  await page.evaluate(`(() => {
    window.__maxFrameGap = 0;
    let last = performance.now();
    const tick = (t) => {
      window.__maxFrameGap = Math.max(window.__maxFrameGap, t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  // Russia opens; after the person's cards the Hard computer answers for China.
  // A few of the person's steps only; the driver reports that the game is not over yet.
  await playByClicking(page, { maxActions: 6 }).catch((err: unknown) => {
    if (!String(err).includes('game not over')) throw err;
  });
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="log"]')?.textContent ?? '').includes('China plays'),
    undefined,
    { timeout: 60_000 },
  );
  expect(
    page.workers().some((w) => w.url().includes('botWorker')),
    'the Hard computer thinks in a Web Worker',
  ).toBeTruthy();
  const gap = await page.evaluate(() => (window as unknown as { __maxFrameGap: number }).__maxFrameGap);
  expect(
    gap < 1000,
    `the page kept painting while the computer thought (longest gap between frames ${Math.round(gap)} ms)`,
  ).toBeTruthy();
});
