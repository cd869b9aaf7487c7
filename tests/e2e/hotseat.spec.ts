// A complete two-player hotseat game, played by clicking cards and the board.
import { clickTile, playByClicking, settle, status, waitForBoard } from './play';
import { expect, test } from './fixtures';

// Animations off, as a person who asked the system for reduced motion would have them.
test.use({ reducedMotion: 'reduce' });

test('hotseat: a full classroom game by clicking, with hand-off, refusal and undo', async ({ page, shot }) => {
  await page.goto('/?seed=hotseat-1');
  await shot('menu-1280');
  await page.getByRole('button', { name: 'Play hotseat' }).click();
  // The hand-off sheet hides the hand until Russia confirms.
  await page.getByTestId('handoff').waitFor();
  expect((await page.locator('.hand .card').count()) === 0, 'no cards visible behind the hand-off sheet').toBeTruthy();
  await page.getByTestId('handoff-ready').click();
  await waitForBoard(page);
  expect((await page.locator('.hand .card').count()) > 0, "Russia's hand is shown after the hand-off").toBeTruthy();
  const russiaCards = await page
    .locator('.hand .card')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-card')));
  await page.waitForTimeout(300);
  await shot('table-1280');

  // An illegal choice is refused with the rules' reason: no card chosen yet.
  await clickTile(page, 'astana');
  await page.getByTestId('reason').waitFor();
  const reason = (await page.getByTestId('reason').textContent()) ?? '';
  expect(reason.includes('choose a card first'), `a reason is shown (got "${reason}")`).toBeTruthy();

  // Play a card for operations, place one influence, take it back with undo.
  // The card with the most operations, so one step leaves some to take back.
  let st = await status(page);
  const opsLabels = await page.locator('.hand [data-play="ops"]').allTextContents();
  const best = opsLabels
    .map((t) => Number(t.replace(/\D/g, '')))
    .reduce((bi, v, i, a) => (v > (a[bi] ?? 0) ? i : bi), 0);
  await page.locator('.hand [data-play="ops"]').nth(best).click();
  await settle(page, st.stateID);
  const ringed = await page.evaluate(() => window.__ngg?.legalTiles() ?? []);
  expect(ringed.length > 0, 'legal targets are ringed after choosing operations').toBeTruthy();
  await page.waitForTimeout(200);
  await shot('planning-1280');
  const before = await page.getByTestId('panel-heading').textContent();
  st = await status(page);
  await clickTile(page, ringed[0] ?? 'astana');
  await settle(page, st.stateID);
  const undo = page.getByTestId('undo');
  const left = (await page.getByTestId('panel-heading').textContent()) ?? '';
  const canUndo = await undo.isVisible();
  expect(
    canUndo || !left.includes('left'),
    `undo is offered while the card has operations left (${left})`,
  ).toBeTruthy();
  if (canUndo) {
    st = await status(page);
    await undo.click();
    await settle(page, st.stateID);
    expect(
      (await page.getByTestId('panel-heading').textContent()) === before,
      'undo restores the operations left',
    ).toBeTruthy();
  }

  // Finish Russia's card, then China's hand-off must not show Russia's cards.
  while ((await status(page)).currentPlayer === '0') {
    st = await status(page);
    const t = (await page.evaluate(() => window.__ngg?.legalTiles() ?? []))[0];
    if (t !== undefined) await clickTile(page, t);
    else await page.getByTestId('end-play').click();
    await settle(page, st.stateID);
  }
  await page.getByTestId('handoff').waitFor();
  await shot('handoff-1280');
  const hidden = await page.locator('.hand').textContent();
  expect(
    !russiaCards.some((c) => c !== null && (hidden ?? '').includes(c)) &&
      (await page.locator('.hand .card').count()) === 0,
    'the hand-off sheet hides every card',
  ).toBeTruthy();
  await page.getByTestId('handoff-ready').click();
  const chinaCards = await page
    .locator('.hand .card')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-card')));
  expect(
    chinaCards.every((c) => !russiaCards.includes(c)),
    "China's view shows China's cards, not Russia's",
  ).toBeTruthy();

  const actions = await playByClicking(page, { eventEvery: 4, midGame: () => shot('midgame-1280') });
  await page.getByTestId('gameover').waitFor();
  await page.waitForTimeout(200);
  await shot('gameover-1280');
  const final = await status(page);
  expect(final.gameover, `game over after ${actions} actions`).toBeTruthy();
  // The hotseat game's debrief opens from the same sheet, its charts drawn.
  await page.getByTestId('open-debrief').click();
  await page.waitForSelector('[data-testid="chart-values"] canvas', { timeout: 10_000 });
  // A rope win can end the game early; every round played opened with its news.
  const listed = await page.getByTestId('debrief-events').locator('li').count();
  expect(
    final.round >= 1 && listed >= final.round,
    `the hotseat debrief lists the news of each of the ${final.round} rounds played (${listed} events)`,
  ).toBeTruthy();
});
