import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser, newPage, signIn } from '../support/browser.js';

describe('possible duplicates', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a coordinator compares "Jon Smyth" and "Jonathan Smith", merges them, and undoes the merge', async () => {
    // Ravi Patel, lead worker at the council's housing options service, where the same man was registered twice.
    const { page } = await newPage(browser);
    await signIn(page, 'coordinator2@casehuddle.test');
    await page.getByRole('navigation', { name: 'Primary navigation' }).getByRole('link', { name: 'Possible duplicates' }).click();
    await page.getByRole('heading', { level: 1, name: 'Possible duplicates' }).waitFor();
    const card = page.locator('section.govuk-summary-card', {
      has: page.getByRole('heading', { name: /Jon Smyth and Jonathan Smith|Jonathan Smith and Jon Smyth/ }),
    });
    await card.getByText('Same date of birth').waitFor();
    await card.getByRole('columnheader', { name: 'Jon Smyth' }).waitFor();
    await card.getByRole('columnheader', { name: 'Jonathan Smith' }).waitFor();
    await expectNoAxeViolations(page);

    await card.getByRole('button', { name: /^Merge / }).click();
    await page.getByRole('heading', { level: 1, name: /^Merge / }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Jon Smyth').check();
    await page.getByRole('button', { name: 'Merge records' }).click();
    const banner = page.getByRole('alert');
    await banner.getByText('Records merged into Jon Smyth').waitFor();
    await expectNoAxeViolations(page);
    await card.waitFor({ state: 'detached' });

    // Undo: both records are back, and the pair with them.
    await banner.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Merge undone: both records are back as they were').waitFor();
    await card.getByText('Same date of birth').waitFor();

    // Merged again, the kept record says on its timeline what happened.
    await card.getByRole('button', { name: /^Merge / }).click();
    await page.getByLabel('Jon Smyth').check();
    await page.getByRole('button', { name: 'Merge records' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'View Jon Smyth’s record' }).click();
    await page.getByRole('heading', { level: 1, name: /Jon Smyth/ }).waitFor();
    await page
      .getByText(/Merged with a duplicate record of this person/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page);
  });
});
