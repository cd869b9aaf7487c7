// The first screen is plain DOM and works before Phaser has even been requested;
// the board's chunk is fetched only when a game starts.
import { expect, test } from './fixtures';

test('first screen: interactive before Phaser loads, board chunk fetched only on start', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  // Hold the board chunk back, as a slow school connection would.
  let release: () => void = () => undefined;
  const held = new Promise<void>((ok) => (release = ok));
  await page.route(/\/assets\/board-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Rules' }).click();
  await page.locator('#rules').waitFor({ state: 'visible' });
  expect(
    (await page.getByRole('button', { name: 'Rules' }).getAttribute('aria-expanded')) === 'true',
    'the rules toggle answers',
  ).toBeTruthy();
  expect(await page.getByRole('button', { name: 'Play online' }).isEnabled(), 'online play is offered').toBeTruthy();
  expect(!requested.some((p) => /board-/.test(p)), 'no board chunk before a game starts').toBeTruthy();
  await page.getByRole('button', { name: 'Play hotseat' }).click();
  await page.getByTestId('handoff-ready').click();
  // The hand and the panel work while the board is still on its way.
  await page.locator('.hand .card').first().waitFor();
  expect(
    (await page.locator('.board-loading').count()) === 1,
    'the board shows its loading note meanwhile',
  ).toBeTruthy();
  release();
  await page.waitForFunction(() => window.__ngg?.tilePoint('astana') != null, undefined, { timeout: 20_000 });
  expect(
    requested.some((p) => /board-/.test(p)),
    'the board chunk arrives once a game starts',
  ).toBeTruthy();
});
