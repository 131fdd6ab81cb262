import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

describe('peer mentors', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a peer mentor sees only the person referred to them, only what the referral shares, and adds a note', async () => {
    // Nadia Brooks, a volunteer peer mentor, is named on one accepted peer mentoring referral from probation.
    const { page } = await newPage(browser);
    await signIn(page, 'mentor@casehuddle.test');
    const nav = page.getByRole('navigation', { name: 'Primary navigation' });
    await page.getByRole('heading', { level: 1, name: 'Your people' }).waitFor();
    expect((await nav.getByRole('link').allTextContents()).map((t) => t.trim())).toEqual(['People']);
    const people = page.locator('main ul.app-mentor-people li');
    expect(await people.count()).toBe(1);
    await expectNoAxeViolations(page);

    await people.first().getByRole('link').click();
    await page.getByRole('heading', { name: 'My story' }).first().waitFor();
    const subNav = page.getByRole('navigation', { name: 'Pages about this person' });
    expect((await subNav.getByRole('link').allTextContents()).map((t) => t.trim())).toEqual(['Record', 'Appointments']);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('Not shared with your organisation.');
    expect(main).not.toContain('Ask for access');
    expect(main).not.toContain('Open actions');
    await expectNoAxeViolations(page);

    await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Met for a coffee; going to the library together next week.');
    await page.getByRole('button', { name: /Add (the )?note/ }).click();
    await page.getByText('Note added to the timeline.').waitFor();
    await page.getByText('Met for a coffee; going to the library together next week.').first().waitFor();
  });
});
