// The teacher's guide opens from the first screen, reads as a page (goals, both lesson
// plans, how a class session runs step by step, the readings, questions), and
// closes back to the menu.
import { expect, test } from './fixtures';

for (const [name, viewport] of [
  ['1280', { width: 1280, height: 720 }],
  ['390', { width: 390, height: 844 }],
] as const) {
  test.describe(() => {
    test.use({ viewport });
    test(`guide: the teacher's guide from the first screen (${name})`, async ({ page, shot }) => {
      await page.goto('/');
      await shot(`menu-${name}`);
      await page.getByRole('button', { name: 'Teacher’s guide' }).click();
      const guide = page.getByTestId('guide');
      await guide.waitFor();
      const text = (await guide.textContent()) ?? '';
      for (const heading of [
        'Learning goals',
        'A 45-minute lesson',
        'A 90-minute lesson',
        'How a classroom session runs',
        'The two readings, in plain words',
        'Discussion questions',
      ])
        expect(text.includes(heading), `the guide has "${heading}"`).toBeTruthy();
      expect(text.includes('Realism') && text.includes('Constructivism'), 'both readings are explained').toBeTruthy();
      const steps = await guide.locator('#g-session').locator('xpath=..').locator('tbody tr').count();
      expect(steps === 8, `the session is told step by step, create to debrief (${steps} steps)`).toBeTruthy();
      expect(!/not yet/i.test(text), 'the guide no longer says the session features are missing').toBeTruthy();
      expect(
        (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'guide-close',
        'focus moves into the guide',
      ).toBeTruthy();
      await shot(`guide-${name}`);
      await page.getByTestId('class-files').scrollIntoViewIfNeeded();
      await shot(`guide-${name}-end`);
      await page.keyboard.press('Escape');
      await guide.waitFor({ state: 'detached' });
      expect(
        (await page.evaluate(() => document.activeElement?.id)) === 'btn-guide',
        'focus returns to the guide button',
      ).toBeTruthy();
      await page.getByRole('button', { name: 'Teacher’s guide' }).click();
      await page.getByTestId('guide-close').click();
      await guide.waitFor({ state: 'detached' });
    });
  });
}
