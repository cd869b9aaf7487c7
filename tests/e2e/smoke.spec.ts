import { expect, test } from './harness';

test('first screen loads and starts a hotseat game', async ({ page, baseURL, shot }) => {
  await page.goto(baseURL);
  await page.getByRole('button', { name: 'Play hotseat' }).click();
  await page.getByTestId('handoff-ready').click();
  await page.waitForFunction(() => window.__ngg?.tilePoint('astana') !== null && window.__ngg?.tilePoint('astana') !== undefined);
  await page.waitForTimeout(500);
  await shot('smoke-1280');
  expect(true, 'ran');
});
