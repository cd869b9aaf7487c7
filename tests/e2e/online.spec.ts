// Online play in real browsers against the real server process: a match made in the
// lobby, joined by its invite link from another browser, watched by a third; one player
// reloads mid-game and carries on in the same seat while the other sees them drop and
// come back; both play to the end by clicking and meet again in a rematch, sides swapped.
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { playByClicking, status, waitForBoard } from './play';

// Animations off, as a person who asked the system for reduced motion would have them.
test.use({ reducedMotion: 'reduce' });

const PHONE = { width: 390, height: 844 };

async function newPage(browser: Browser, viewport: { width: number; height: number }, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return page;
}

/** Records every text the online strip's note shows, and the most hand cards ever on screen. */
async function watchPage(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.__notes = [];
    window.__maxCards = 0;
    new MutationObserver(() => {
      const n = document.querySelector('[data-testid="presence-note"]');
      if (n && window.__notes[window.__notes.length - 1] !== n.textContent) window.__notes.push(n.textContent);
      window.__maxCards = Math.max(window.__maxCards, document.querySelectorAll('.hand .card').length);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
}

test('online: lobby, invite link, waiting room, spectator, a reload mid-game, to game over and a rematch', async ({
  page: ana,
  browser,
  gameServer: url,
  shot,
}) => {
  test.setTimeout(400_000);
  const errors: string[] = [];
  const bo = await newPage(browser, PHONE, errors);
  const eve = await newPage(browser, PHONE, errors);
  const shoot = async (p: Page, name: string): Promise<void> =>
    void (await p.screenshot({ path: `tests/e2e/screenshots/${name}.png` }));

  // Ana opens the lobby from the first screen and creates a timed match for two people.
  await ana.goto(url);
  await ana.getByRole('button', { name: 'Play online' }).click();
  await ana.getByTestId('lobby').waitFor();
  await ana.fill('#online-name', 'Ana');
  await ana.selectOption('#online-scenario', 'classroom-quick');
  await ana.selectOption('#online-timer', '300');
  await shot('online-lobby-1280');
  await ana.getByTestId('create').click();
  await ana.getByTestId('waiting-room').waitFor();
  const invite = await ana.getByTestId('invite-link').inputValue();
  expect(invite.includes('?match='), `the waiting room shows the invite link (${invite})`).toBeTruthy();
  await shot('online-waiting-1280');

  // Bo sees the match listed in the lobby, with who is in.
  await bo.goto(`${url}?online=1`);
  const item = bo.locator('.match-item').filter({ hasText: 'Russia: Ana' }).first();
  await item.waitFor();
  expect(((await item.textContent()) ?? '').includes('China: free'), 'the open match shows the free seat').toBeTruthy();
  await bo.fill('#online-name', 'Bo');
  await shoot(bo, 'online-lobby-390');

  // Eve opens the invite link to watch before the match is full: a waiting room, no seat.
  await eve.goto(`${invite}&watch=1`);
  await eve.getByTestId('waiting-room').waitFor();
  await watchPage(eve);
  await shoot(eve, 'online-waiting-390');

  // Bo takes the free seat through the invite link; the waiting room closes for everyone.
  await bo.goto(invite);
  await bo.getByTestId('invite').waitFor();
  await bo.locator('[data-join="1"]').click();
  await waitForBoard(bo).catch(async (e: unknown) => {
    await shoot(bo, 'failed-online-bo');
    throw new Error(`Bo's board did not load: ${String(e)}\n${errors.join('\n')}`);
  });
  await ana.getByTestId('waiting-room').waitFor({ state: 'detached' });
  await eve.getByTestId('waiting-room').waitFor({ state: 'detached' });
  await waitForBoard(ana);
  await watchPage(ana);
  expect(
    ((await ana.getByTestId('online-strip').textContent()) ?? '').includes('China: Bo (connected)'),
    'Ana sees Bo connected',
  ).toBeTruthy();
  await ana.getByTestId('clock').waitFor();

  let reloaded = false;
  const [anaMoves, boMoves] = await Promise.all([
    playByClicking(ana, { midGame: () => shot('online-match-1280') }),
    playByClicking(bo, {
      midGame: async () => {
        await shoot(bo, 'online-match-390');
        const before = await status(bo);
        await bo.reload();
        await waitForBoard(bo);
        await bo.waitForFunction(() => (window.__ngg?.status().stateID ?? -1) >= 0);
        const after = await status(bo);
        expect(
          after.viewSeat === '1' && after.stateID >= before.stateID,
          'after a reload Bo is back in China’s seat at the same state',
        ).toBeTruthy();
        reloaded = true;
      },
    }),
  ]);
  expect(reloaded, 'Bo reloaded mid-game').toBeTruthy();
  await ana.getByTestId('gameover').waitFor();
  await bo.getByTestId('gameover').waitFor();
  expect(anaMoves > 5 && boMoves > 5, `both played (${anaMoves} and ${boMoves} clicks)`).toBeTruthy();

  // Ana saw Bo drop and come back; Eve, the spectator, saw the end and never a hand.
  const notes = (await ana.evaluate('window.__notes')) as string[];
  const gone = notes.indexOf('China disconnected');
  expect(
    gone >= 0 && notes.indexOf('China is back', gone) > gone,
    `Ana saw “China disconnected” then “China is back” (${notes.join(' | ')})`,
  ).toBeTruthy();
  await eve.getByTestId('gameover').waitFor();
  expect((await eve.evaluate('window.__maxCards')) === 0, 'the spectator never saw a card of a hand').toBeTruthy();
  expect((await status(eve)).gameover, 'the spectator saw the game end').toBeTruthy();

  // Rematch, sides swapped: both press it and meet in the new match.
  const first = ana.url();
  await ana.getByTestId('rematch').click();
  await ana.waitForURL((u) => u.href !== first);
  await waitForBoard(ana);
  await bo.getByTestId('rematch-note').filter({ hasText: 'A rematch is ready' }).waitFor();
  await shoot(bo, 'online-gameover-390');
  await bo.getByTestId('rematch').click();
  await bo.waitForURL((u) => u.href !== first);
  await waitForBoard(bo);
  expect(ana.url() === bo.url(), 'both are in the same new match').toBeTruthy();
  expect(
    (await status(ana)).viewSeat === '1' && (await status(bo)).viewSeat === '0',
    'Ana plays China and Bo Russia in the rematch',
  ).toBeTruthy();
  await ana.getByTestId('waiting-room').waitFor({ state: 'detached' });
  expect(
    ((await ana.getByTestId('online-strip').textContent()) ?? '').includes('You play China'),
    'the strip says who Ana plays now',
  ).toBeTruthy();
  expect(errors.length === 0, `no errors in the other browsers:\n${errors.join('\n')}`).toBeTruthy();
  await bo.context().close();
  await eve.context().close();
});

test.describe(() => {
  test.use({ viewport: PHONE });
  test('online on a phone: a private match left from the waiting room, then the server’s computer as China to game over, and a rematch where it plays Russia', async ({
    page,
    gameServer: url,
  }) => {
    test.setTimeout(300_000);
    await page.goto(`${url}?online=1`);
    await page.fill('#online-name', 'Dana');
    // A private match: not listed; leaving from the waiting room gives the seat back.
    await page.selectOption('#online-listing', 'unlisted');
    await page.getByTestId('create').click();
    await page.getByTestId('waiting-room').waitFor();
    const link = await page.getByTestId('invite-link').inputValue();
    const matchID = new URL(link).searchParams.get('match') ?? '';
    await page.getByTestId('leave').click();
    await page.getByTestId('lobby').waitFor();
    // boardgame.io removes a match nobody is in any more.
    const left = await fetch(`${url}games/new-great-game/${matchID}`);
    expect(
      matchID !== '' && left.status === 404,
      `the match left by its only player is gone (${left.status})`,
    ).toBeTruthy();
    expect(
      (await page.locator(`[data-match="${matchID}"]`).count()) === 0,
      'a private match is not listed',
    ).toBeTruthy();

    // Against the server's computer: no waiting room, the computer plays China from the server.
    await page.selectOption('#online-listing', 'listed');
    await page.selectOption('#online-seat-1', 'standard');
    await page.getByTestId('create').click();
    await waitForBoard(page);
    expect(
      (await page.getByTestId('waiting-room').count()) === 0,
      'no waiting room when the computer fills the other seat',
    ).toBeTruthy();
    expect(
      ((await page.getByTestId('online-strip').textContent()) ?? '').includes('China: the computer (standard)'),
      'the strip names the computer seat',
    ).toBeTruthy();
    // Back in the lobby, the match offers this browser its seat again.
    const matchUrl = page.url();
    const id = new URL(matchUrl).searchParams.get('match') ?? '';
    await page.goto(`${url}?online=1`);
    await page.locator(`[data-return="${id}"]`).click();
    await page.waitForURL(matchUrl);
    await waitForBoard(page);
    expect((await status(page)).viewSeat === '0', 'back in Russia’s seat from the lobby').toBeTruthy();
    await playByClicking(page);
    await page.getByTestId('gameover').waitFor();
    const log = (await page.getByTestId('log').textContent()) ?? '';
    expect(log.includes('China plays'), 'the computer played China’s cards').toBeTruthy();

    // The rematch swaps sides: Dana plays China, the computer Russia (and moves first).
    const first = page.url();
    await page.getByTestId('rematch').click();
    await page.waitForURL((u) => u.href !== first);
    await waitForBoard(page);
    expect((await status(page)).viewSeat === '1', 'Dana plays China in the rematch').toBeTruthy();
    await page.getByTestId('log').filter({ hasText: 'Russia plays' }).waitFor({ timeout: 20_000 });
  });
});

test('online: the turn clock counts down, and when it runs out the computer plays the turn and says so', async ({
  page,
  gameServer: url,
}) => {
  // The lobby offers 30 seconds and up; the API takes shorter clocks, which keeps this test short.
  const created = await fetch(`${url}games/new-great-game/create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      numPlayers: 2,
      setupData: { scenario: 'classroom-quick', players: 2, online: { bots: { '1': 'standard' }, turnSeconds: 4 } },
      unlisted: true,
    }),
  });
  const { matchID } = (await created.json()) as { matchID: string };
  await page.goto(`${url}?match=${matchID}`);
  await page.getByTestId('invite').waitFor();
  await page.fill('#invite-name', 'Erlan');
  await page.locator('[data-join="0"]').click();
  await waitForBoard(page);
  const clock = page.getByTestId('clock');
  await clock.waitFor();
  const shown = (await clock.textContent()) ?? '';
  expect(/Your turn: 0:0[1-4] left/.test(shown), `the clock counts down from four seconds (${shown})`).toBeTruthy();
  // Nobody moves: the server's computer plays Russia's turn and the strip says so.
  await page
    .getByTestId('presence-note')
    .filter({ hasText: 'Russia’s time ran out: the computer played the rest of the turn.' })
    .waitFor({ timeout: 15_000 });
  await page.getByTestId('log').filter({ hasText: 'Russia plays' }).waitFor({ timeout: 15_000 });
});
