// A turn-based match in real browsers against the real server: Ana creates it in the
// lobby, Bo joins by the invite link; Ana plays her turn and closes her browser; Bo plays
// his; Ana comes back to the first screen, sees her match waiting for her there and in
// "My games", opens it and plays on.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { playByClicking, status, waitForBoard } from './play';

test.use({ reducedMotion: 'reduce' });

type Stored = Awaited<ReturnType<ReturnType<Page['context']>['storageState']>>;

async function open(browser: Browser, errors: string[], storageState?: Stored): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    reducedMotion: 'reduce',
    ...(storageState === undefined ? {} : { storageState }),
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return page;
}

/** Plays this page's seat until the other seat must act. */
async function playTurn(page: Page, other: string): Promise<number> {
  return playByClicking(page, {
    until: async () => {
      const s = await status(page);
      return s.phase === 'actions' && s.currentPlayer === other;
    },
    maxActions: 20,
  });
}

test('turn-based: one player closes the browser, the other moves, the first finds "your turn" in My games and moves', async ({
  browser,
  gameServer: url,
}) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  let ana = await open(browser, errors);
  const bo = await open(browser, errors);

  await ana.goto(`${url}?online=1`);
  await ana.getByTestId('lobby').waitFor();
  await ana.fill('#online-name', 'Ana');
  await ana.selectOption('#online-scenario', 'classroom-quick');
  await ana.selectOption('#online-mode', 'turn');
  await ana.selectOption('#online-move-bank', String(24 * 3600));
  await ana.getByTestId('create').click();
  await ana.getByTestId('waiting-room').waitFor();
  const invite = await ana.getByTestId('invite-link').inputValue();

  await bo.goto(invite);
  await bo.getByTestId('invite').waitFor();
  await bo.fill('#invite-name', 'Bo');
  await bo.locator('[data-join="1"]').click();
  await waitForBoard(bo);
  await waitForBoard(ana);
  // The turn-based clock: a day to move.
  await expect(ana.getByTestId('bank-clock')).toContainText('Your move');

  // Ana plays her turn and closes her browser, keeping what it stores.
  expect(await playTurn(ana, '1')).toBeGreaterThan(0);
  const stored = await ana.context().storageState();
  await ana.context().close();

  // Bo plays his turn while Ana is away.
  const before = (await status(bo)).stateID;
  expect(await playTurn(bo, '0')).toBeGreaterThan(0);
  expect((await status(bo)).stateID).toBeGreaterThan(before);

  // Ana opens the game again: the first screen counts her games, "My games" says it is her turn.
  ana = await open(browser, errors, stored);
  await ana.goto(url);
  await expect(ana.getByTestId('my-games-link')).toContainText('1 your turn');
  await ana.getByTestId('my-games-link').click();
  const game = ana.getByTestId('my-game').first();
  await expect(game.getByTestId('game-state')).toHaveText('Your turn');
  await expect(game).toContainText('left');
  await game.getByRole('button', { name: 'Open' }).click();
  await waitForBoard(ana);
  const mine = await status(ana);
  expect(mine.viewSeat).toBe('0');
  expect(mine.currentPlayer).toBe('0');
  expect(await playTurn(ana, '1')).toBeGreaterThan(0);
  expect((await status(ana)).stateID).toBeGreaterThan(mine.stateID);
  expect(errors).toEqual([]);
  // Closed here, so the server's shutdown after the tests finds no socket open.
  await ana.context().close();
  await bo.context().close();
});
